"""Rule ``opinion-of``: an opinion noun with an evaluative adjective is its holder's stance toward what it
is of (invented sentences)."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _rows


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane has a favorable view of Tom Reed.", {("mary-lane", "tom-reed", "support")}),
    ("Mary Lane holds a dim view of Tom Reed.", {("mary-lane", "tom-reed", "oppose")}),
    ("Mary Lane's negative opinion of Tom Reed is well known.", {("mary-lane", "tom-reed", "oppose")}),
])
def test_an_opinion_of_someone_is_a_stance(nlp, text, expected):
    assert _rows(nlp, text) == expected
    with rules.switched_off("opinion-of"):
        assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text", ["Mary Lane does not have a favorable view of Tom Reed.",
                                  "Mary Lane has a view of Tom Reed.",
                                  "If Mary Lane had a favorable view of Tom Reed, she would say so."])
def test_no_opinion_stance_when_negated_unevaluated_or_conditional(nlp, text):
    assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane views Tom Reed unfavorably.", {("mary-lane", "tom-reed", "oppose")}),
    ("Tom Reed is viewed favorably by Mary Lane.", {("mary-lane", "tom-reed", "support")}),
])
def test_regarding_someone_in_a_manner_is_a_stance(nlp, text, expected):
    assert _rows(nlp, text) == expected
    with rules.switched_off("regard-manner"):
        assert _rows(nlp, text) == set()


def test_no_regard_stance_under_negation(nlp):
    assert _rows(nlp, "Mary Lane does not view Tom Reed favorably.") == set()
