"""Adjective triggers (event_verbs.csv pos adj) on invented sentences: an act after a simple-past copula
with an of-phrase, a state otherwise."""
from __future__ import annotations

import pytest

from helpers.events.lexicon import adjective_category, verb_category
from tests.test_events_senses import category


def test_adjectives_are_read_apart_from_verbs():
    assert adjective_category("critical") == "DISAPPROVE"
    assert verb_category("critical") is None


@pytest.mark.parametrize("text,trigger,expected", [
    ("Tom Reed was sharply critical of Chile's tariffs on Monday.", "critical", "DISAPPROVE"),
    ("Tom Reed is critical of Chile's tariffs.", "critical", None),
    ("Tom Reed was not critical of Chile's tariffs.", "critical", None),
])
def test_critical_of_is_an_act_only_in_the_past(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected
