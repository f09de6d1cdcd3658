"""The light verb "lead" (event_verbs.csv) on invented sentences: it names the event of its object noun
("led the talks", "led the protests") and nothing without one ("led the polls"); verbs of completing a
happening (rule complete-a-happening: "finished a visit")."""
from __future__ import annotations

import pytest

from tests.test_events_senses import category


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg led the protests in Oslo on Monday.", "led", "PROTEST"),
    ("Chile led the talks with Peru in May.", "led", "CONSULT"),
    ("Ola Berg led the polls in May.", "led", None),
])
def test_lead_names_its_object_event(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg finished a two-day visit to Peru on Monday.", "finished", "CONSULT"),
    ("Chile ended the sanctions on Peru in May.", "ended", None),
    ("Chile finished the stadium in May.", "finished", None),
])
def test_completing_a_happening_names_it(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected
