"""The light verb "lead" (event_verbs.csv) on invented sentences: it names the event of its object noun
("led the talks", "led the protests") and nothing without one ("led the polls")."""
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
