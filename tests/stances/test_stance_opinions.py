"""Rule ``opinion-of``: an opinion noun with an evaluative adjective is its holder's stance toward what it
is of (invented sentences)."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _rows, lone_evaluation  # noqa: F401  (a fixture)


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


@pytest.mark.parametrize("inner", ["Tom Reed is going to win this thing in a landslide",
                                   "Tom Reed will lose badly in November",
                                   "Tom Reed is the clear winner of the debate"])
@pytest.mark.usefixtures("lone_evaluation")
def test_an_outcome_in_a_quote_is_no_evaluation(nlp, inner):
    from tests.test_stances import _quote

    text = f"“{inner},” Mary Lane said."
    q = _quote("q1", "direct", inner + ",", text, "mary-lane")
    assert _rows(nlp, text, quotes=[q]) == set()
    with rules.switched_off("outcome-evaluation"):
        assert _rows(nlp, text, quotes=[q]) != set()
    text = "“Tom Reed is a corrupt liar,” Mary Lane said."
    q = _quote("q1", "direct", "Tom Reed is a corrupt liar,", text, "mary-lane")
    assert _rows(nlp, text, quotes=[q]) == {("mary-lane", "tom-reed", "oppose")}


@pytest.mark.parametrize("text, inner, kind, expected", [
    ("Mary Lane told Tom Reed that Olga Berg was “a terrible liar and a disgrace.”", "a terrible liar and a disgrace.",
     "partial", {("mary-lane", "olga-berg", "oppose")}),
    ("“You are a terrible liar and a disgrace,” Mary Lane told Tom Reed.", "You are a terrible liar and a disgrace,",
     "direct", set()),
])
@pytest.mark.usefixtures("lone_evaluation")
def test_the_one_a_speaker_tells_is_no_target(nlp, text, inner, kind, expected):
    from tests.test_stances import _quote

    q = _quote("q1", kind, inner, text, "mary-lane")
    assert _rows(nlp, text, quotes=[q]) == expected
