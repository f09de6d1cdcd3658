"""Durations with a half ("2 1/2 years", "half an hour"): the half is written in the next smaller
unit, as TIMEX3 does (rule ``duration_fraction``; all sentences invented)."""
from __future__ import annotations

import pytest

from helpers import times
from tests.timex import time_rows

PUB = "2025-05-16"


def durations(nlp, text):
    return [(t.text, t.value) for t in time_rows(nlp, text, PUB) if t.type == "DURATION"]


@pytest.fixture(autouse=True)
def all_on():
    times.enable()
    yield
    times.enable()


@pytest.mark.parametrize("text, expected", [
    ("The refugees stayed in the camp for 2 1/2 years.", ("2 1/2 years", "P2Y6M")),
    ("The hearing lasted 5 1/2 hours on the first day.", ("5 1/2 hours", "PT5H30M")),
    ("The minister spoke for two and a half hours.", ("two and a half hours", "PT2H30M")),
    ("A minute and a half later the alarm sounded.", ("A minute and a half", "PT1M30S")),
    ("Rescuers reached the village after half an hour.", ("half an hour", "PT30M")),
    ("The talks lasted a year and a half before they failed.", ("a year and a half", "P1Y6M")),
    ("The strike ran for one and a half days.", ("one and a half days", "P1DT12H")),
])
def test_a_half_is_written_in_the_smaller_unit(nlp, text, expected):
    assert expected in durations(nlp, text)


def test_without_the_rule_the_half_is_lost(nlp):
    times.disable("duration_fraction")
    got = durations(nlp, "The refugees stayed in the camp for 2 1/2 years.")
    assert ("2 1/2 years", "P2Y6M") not in got
