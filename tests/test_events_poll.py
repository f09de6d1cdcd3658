"""Rule ``poll-finding`` (``helpers/events/senses_poll.py``): what a poll shows people doing or thinking is a
finding, not their act; invented sentences."""
from __future__ import annotations

import pytest

from helpers import events
from tests.test_events_rules import run_text

ACTORS = {"Ola Berg": "ola-berg", "voters": "voters", "farmers": "farmers", "Farmers": "farmers"}


def rows_at(nlp, text: str, trigger: str) -> list:
    at = text.index(trigger)
    return [(e.actor_id, e.category) for e in run_text(nlp, text, ACTORS) if e.trigger_start == at]


@pytest.mark.parametrize("text,trigger", [
    ("A new survey shows farmers in the south rejecting Ola Berg.", "rejecting"),
    ("Sixty percent of the voters said the farmers had rejected Ola Berg.", "rejected"),
    ("The poll, released on Monday, shows more voters oppose Ola Berg than support him.", "support"),
])
def test_poll_content_is_no_event(nlp, text, trigger):
    assert rows_at(nlp, text, trigger) == []
    with events.disabled("poll-finding"):
        assert rows_at(nlp, text, trigger) != []


@pytest.mark.parametrize("text,trigger,agent", [
    ("Farmers in the south rejected Ola Berg on Sunday.", "rejected", "farmers"),
    ("Ola Berg said voters had rejected the plan.", "rejected", "voters"),
])
def test_acts_outside_polls_stay(nlp, text, trigger, agent):
    assert [a for a, _ in rows_at(nlp, text, trigger)][:1] == [agent]
