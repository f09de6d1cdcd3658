"""A count of units after "more", "additional", "extra" or "further" is a duration ("two more
weeks", "an additional year"; rule ``duration_more_units``; all sentences invented)."""
from __future__ import annotations

import pytest

from helpers import sentences, times
from helpers.article import from_text
from helpers.tables import ArticleTables
from tests.timex import time_rows

PUB = "2025-05-16"


def durations(nlp, text):
    return [t.value for t in time_rows(nlp, text, PUB) if t.type == "DURATION"]


@pytest.fixture(autouse=True)
def all_on():
    times.enable()
    yield
    times.enable()


@pytest.mark.parametrize("text, value", [
    ("The court gave the lawyers two more weeks to file.", "P2W"),
    ("The mission was extended by an additional year.", "P1Y"),
    ("The miners were trapped for 36 extra hours.", "PT36H"),
    ("Officials expect a few more days of talks.", "PXD"),
])
def test_more_units_are_durations(nlp, text, value):
    assert value in durations(nlp, text)


def test_without_the_rule_nothing_is_found(nlp):
    times.disable("duration_more_units")
    assert durations(nlp, "The court gave the lawyers two more weeks to file.") == []


@pytest.mark.parametrize("text, span", [
    ("The strike lasted at least three weeks.", "at least three weeks"),
    ("He was held for at least 48 hours.", "at least 48 hours"),
    ("The minister arrived at noon.", "noon"),
])
def test_at_least_stays_in_the_span(nlp, text, span):
    article = from_text(text, published=PUB)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    assert span in [t.text for t in times.extract(doc, article, tables)]
