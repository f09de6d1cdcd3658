"""A candidate's run for office as the target (rule candidacy-owner), invented sentences."""
from __future__ import annotations

from helpers.stances import rules
from tests.test_stances import _rows


def test_the_re_election_of_candidates_is_a_stance_toward_them(nlp):
    text = "Mary Lane endorsed the re-election of Tom Reed, Olga Berg and Ivan Petrov."
    rows = _rows(nlp, text)
    assert {("mary-lane", who, "support") for who in ("tom-reed", "olga-berg", "ivan-petrov")} <= rows
    assert not {r for r in rows if r[1] in ("re", "election", "-")}
    with rules.switched_off("candidacy-owner"):
        assert ("mary-lane", "tom-reed", "support") not in _rows(nlp, text)


def test_an_owned_election_is_no_topic(nlp):
    text = "Mary Lane welcomed Tom Reed's election."
    assert _rows(nlp, text) == {("mary-lane", "tom-reed", "support")}
    with rules.switched_off("candidacy-owner"):
        assert ("mary-lane", "election", "support") in _rows(nlp, text)


def test_an_election_without_a_candidate_stays_a_topic(nlp):
    assert ("mary-lane", "election", "oppose") in _rows(nlp, "Mary Lane criticized the election.")


def test_a_pronouns_re_election_is_no_topic(nlp):
    text = "Tom Reed spoke. Mary Lane fully supports his re-election."
    assert not {r for r in _rows(nlp, text) if r[1] in ("re", "election", "-")}
    with rules.switched_off("candidacy-owner"):
        assert {r for r in _rows(nlp, text) if r[1] in ("re", "election", "-")}
