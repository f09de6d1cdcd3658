"""Conversation verbs (event_words.csv conversation_verb) on invented sentences: a meeting with a partner,
speech about a topic without one (rule talk-about-is-speech); and "steal" an attention noun, an idiom."""
from __future__ import annotations

import pytest

from tests.test_events_senses import category


@pytest.mark.parametrize("text,trigger,expected", [
    ("Tom Reed talked with Ola Berg about the tariffs on Monday.", "talked", "CONSULT"),
    ("Tom Reed talked about raising the tariffs on Monday.", "talked", None),
])
def test_talk_needs_a_partner_to_be_a_meeting(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Tom Reed stole the show at the convention in Oslo.", "stole", None),
    ("Tom Reed stole money from Ola Berg's campaign.", "stole", "CRIME"),
])
def test_stealing_attention_is_no_theft(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected
