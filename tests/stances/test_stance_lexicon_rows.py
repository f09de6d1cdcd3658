"""Stance predicates of ``stance_lexicon.csv`` added in the third round (invented sentences); each row's
sentence gives no row without it."""
from __future__ import annotations

import pytest

from tests.test_stances import _rows


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane prefers Tom Reed.", ("mary-lane", "tom-reed", "support")),
    ("Mary Lane does not prefer Tom Reed.", ("mary-lane", "tom-reed", "oppose")),
    ("Mary Lane is in favor of Tom Reed.", ("mary-lane", "tom-reed", "support")),
    ("Mary Lane spoke in favour of Tom Reed.", ("mary-lane", "tom-reed", "support")),
])
def test_third_round_predicates(nlp, text, expected):
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize("verb", ["unleashed", "delivered", "directed"])
def test_light_verbs_over_a_stance_noun(nlp, verb):
    assert ("tom-reed", "mary-lane", "oppose") in _rows(nlp, f"Tom Reed {verb} a harsh attack on Mary Lane.")


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed returned the compliment to Mary Lane.", ("tom-reed", "mary-lane", "support")),
    ("Tom Reed issued a sharp rebuke of Mary Lane.", ("tom-reed", "mary-lane", "oppose")),
])
def test_stance_nouns_under_light_verbs(nlp, text, expected):
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed issued a rebuke to Mary Lane.", ("tom-reed", "mary-lane", "oppose")),
])
def test_a_to_phrase_the_parser_makes_a_dative(nlp, text, expected):
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize("text", [
    "Mary Lane wants the river valley for her cattle.",       # want: wanting a thing is no stance toward it
    "Mary Lane is seeking a permanent injunction.",           # seek: the same
    "Mary Lane accepted the invitation from Tom Reed.",       # accept: an invitation, an award, a job
    "Mary Lane banned Tom Reed from the hall.",               # ban: barring a person is no stance toward him
    "Mary Lane battled Tom Reed in the Senate race.",         # battle + object: a contest between candidates
])
def test_audited_senses_that_are_no_stance_give_no_row(nlp, text):
    assert not {r for r in _rows(nlp, text) if r[2] != "neutral"}


def test_every_lexicon_row_names_its_source():
    from helpers.reference import read_table

    for r in read_table("stance_lexicon.csv"):
        assert r["class"].strip(), r["lemma"]


@pytest.mark.parametrize("text", ["Mary Lane welcomed Tom Reed to the White House on Monday.",
                                  "Mary Lane welcomed Tom Reed at the airport.",
                                  "Mary Lane welcomed Tom Reed back to the party."])
def test_a_welcomed_guest_is_no_target(nlp, text):
    from helpers.stances import rules

    assert _rows(nlp, text) == set()
    with rules.switched_off("welcome-guest"):
        assert _rows(nlp, text) == {("mary-lane", "tom-reed", "support")}
    assert _rows(nlp, "Mary Lane welcomed Tom Reed's decision.") == {("mary-lane", "tom-reed", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane criticized Tom Reed's treatment of Olga Berg.", ("mary-lane", "tom-reed", "oppose")),
    ("Mary Lane criticized Tom Reed's handling of the crisis.", ("mary-lane", "tom-reed", "oppose")),
])
def test_the_one_treated_is_no_target_of_a_judgment_of_the_treatment(nlp, text, expected):
    rows = _rows(nlp, text)
    assert expected in rows
    assert not {r for r in rows if r[1] in ("olga-berg", "crisis")}
