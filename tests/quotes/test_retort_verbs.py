"""Phrasal verbs of retort ("shot back", "fired back") and manner-of-speaking verbs ("fumed",
"mused") attribute quotations and reports (``reporting_verbs.csv``, rule ``adverb-particle``)."""
from __future__ import annotations

import pytest

from .support import brief, run_example, shows

LEARNED = {"row-classifier"}


@pytest.mark.parametrize("text, speaker, content", [
    ("“The audit was a sham from the start,” the councillor fired back.", "the councillor", "The audit was a sham"),
    ("The governor hit back that the new budget would cut the deficit by half.", "The governor",
     "the new budget would cut the deficit"),
])
def test_a_retort_with_back_attributes_its_words(nlp, text, speaker, content):
    rows, counts = run_example(nlp, text, disabled=LEARNED)
    assert shows(rows, speaker, content), brief(rows)
    assert counts["adverb-particle"] > 0
    off, _ = run_example(nlp, text, disabled=LEARNED | {"adverb-particle"})
    assert not shows(off, speaker, content), brief(off)


def test_the_cue_holds_the_particle(nlp):
    rows, _ = run_example(nlp, "“Nobody asked you,” the treasurer shot back.", disabled=LEARNED)
    assert [q.cue for q in rows if q.kind == "direct"] == ["shoot back"]


def test_an_adverb_that_makes_no_phrasal_verb_of_the_lexicon_is_not_a_cue(nlp):
    rows, counts = run_example(nlp, "The guards fell back that night, and the crowd cheered.", disabled=LEARNED)
    assert not counts["adverb-particle"]
    assert not rows


def test_a_retort_verb_with_nothing_said_makes_no_row(nlp):
    rows, _ = run_example(nlp, "The striker fired back into the crowd after the final whistle.", disabled=LEARNED)
    assert not rows


@pytest.mark.parametrize("text, speaker, content", [
    ("“This is not how a city should be run,” the landlord fumed.", "the landlord", "This is not how a city"),
    ("The columnist mused that the harbour project would never be finished.", "The columnist",
     "the harbour project would never be finished"),
])
def test_manner_of_speaking_verbs_attribute(nlp, text, speaker, content):
    rows, _ = run_example(nlp, text, disabled=LEARNED)
    assert shows(rows, speaker, content), brief(rows)


@pytest.mark.parametrize("text, speaker, content", [
    ("The governor bemoaned the slow pace of the harbour repairs.", "The governor", "the slow pace of the harbour"),
    ("Several council members weighed in on the parking plan for the old market.", "Several council members",
     "the parking plan"),
])
def test_bemoan_and_weigh_in_report_what_they_are_about(nlp, text, speaker, content):
    rows, _ = run_example(nlp, text, disabled=LEARNED)
    assert shows(rows, speaker, content), brief(rows)
