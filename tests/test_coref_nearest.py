"""Coreference: a "he"/"she" is one of the people named in its own sentence or the one just before,
when there are any (``coref.NEAREST_SENTENCE``); invented sentences."""
from __future__ import annotations

from helpers import coref
from tests.test_coref import run  # noqa: F401  (the fixture)

PEOPLE = [("brown", "person", ["Tom Brown", "Brown"]), ("green", "person", ["Jim Green", "Green"]),
          ("council", "organization", ["the city council"])]
TEXT = ("Mayor Tom Brown has repeatedly called on the state to arrest Jim Green. Last week the city council "
        "declared Green was a leader of the plot. He was briefly detained on Monday.")


def test_he_is_the_person_of_the_sentence_before(run):  # noqa: F811
    assert [(m[0], m[2]) for m in run(TEXT, PEOPLE)] == [("He", "green")]


def test_switched_off_the_earlier_subject_wins(run, monkeypatch):  # noqa: F811
    monkeypatch.setattr(coref, "NEAREST_SENTENCE", False)
    assert [(m[0], m[2]) for m in run(TEXT, PEOPLE)] != [("He", "green")]


def test_nothing_nearer_lets_the_earlier_subject_compete(run):  # noqa: F811
    text = "Tom Brown spoke on Monday. The city council met on Tuesday. He was briefly detained on Wednesday."
    assert [(m[0], m[2]) for m in run(text, PEOPLE)] == [("He", "brown")]
