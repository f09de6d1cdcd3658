"""Coreference: a subject pronoun inside the clause of a named subject is that subject
(``coref.DOMINATING_SUBJECT``); invented sentences."""
from __future__ import annotations

from helpers import coref
from tests.test_coref import run  # noqa: F401  (the fixture)

PEOPLE = [("brown", "person", ["Tom Brown", "Brown"]), ("green", "person", ["Jim Green", "Green"])]
TEXT = "Tom Brown spoke on Monday. Brown said the talks went well. Jim Green has broken the promises he made."


def test_subject_pronoun_in_the_clause_of_a_subject_is_that_subject(run):  # noqa: F811
    assert [(m[0], m[2]) for m in run(TEXT, PEOPLE)] == [("he", "green")]


def test_switched_off_the_speaker_before_competes(run, monkeypatch):  # noqa: F811
    monkeypatch.setattr(coref, "DOMINATING_SUBJECT", 0.0)
    assert [(m[0], m[2]) for m in run(TEXT, PEOPLE)] != [("he", "green")]


def test_a_possessive_is_left_to_the_other_cues(run, monkeypatch):  # noqa: F811
    text = "Tom Brown spoke on Monday. Brown said the talks went well. Jim Green has broken his promises."
    on = run(text, PEOPLE)
    monkeypatch.setattr(coref, "DOMINATING_SUBJECT", 0.0)
    assert run(text, PEOPLE) == on
