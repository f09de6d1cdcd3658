"""Coordinated agents (``helpers/events/agents_conj.py``): one row per actor a coordinated subject or
by-phrase names; invented sentences."""
from __future__ import annotations

import pytest

from helpers import events
from tests.test_events_rules import run_text

PEOPLE = {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}


def agents_at(nlp, text: str, trigger: str) -> list:
    at = text.index(trigger)
    return [e.actor_id for e in run_text(nlp, text, PEOPLE) if e.trigger_start == at]


@pytest.mark.parametrize("text,trigger,agents", [
    ("Jo Hart and Ola Berg rejected the plan on Monday.", "rejected", ["jo-hart", "ola-berg"]),
    ("Jo Hart, Ola Berg and Tom Reed rejected the plan.", "rejected", ["jo-hart", "ola-berg", "tom-reed"]),
    ("Two senators, Jo Hart and Ola Berg, rejected the plan.", "rejected", ["jo-hart", "ola-berg"]),
    ("The plan was backed by Jo Hart and Ola Berg.", "backed", ["jo-hart", "ola-berg"]),
    # an owner and a name compounded on a common noun are not doers
    ("Jo Hart's critics and Ola Berg rejected the plan.", "rejected", ["ola-berg"]),
    ("Jo Hart supporters and Ola Berg booed Tom Reed.", "booed", ["ola-berg"]),
    # no "and": one agent
    ("Jo Hart, a friend of Ola Berg, rejected the plan.", "rejected", ["jo-hart"]),
])
def test_each_coordinated_actor_gets_a_row(nlp, text, trigger, agents):
    assert agents_at(nlp, text, trigger) == agents


def test_switched_off_gives_one_row(nlp):
    text = "Jo Hart and Ola Berg rejected the plan on Monday."
    with events.disabled("coordinated-subject"):
        assert agents_at(nlp, text, "rejected") == ["jo-hart"]


def test_copies_keep_the_act_and_put_their_agent_first(nlp):
    text = "Jo Hart and Ola Berg rejected the plan on Monday."
    rows = [e for e in run_text(nlp, text, PEOPLE) if e.predicate == "reject"]
    assert [r.participants[0] for r in rows] == ["jo-hart", "ola-berg"]
    assert len({(r.category, r.date, r.trigger_start) for r in rows}) == 1


@pytest.mark.parametrize("text,trigger,agents", [
    ("Senators, including Jo Hart and Ola Berg, rejected the plan.", "rejected", ["jo-hart", "ola-berg"]),
    ("The plan was applauded by critics like Tom Reed.", "applauded", ["tom-reed"]),
    ("Leaders such as Jo Hart rejected the plan.", "rejected", ["jo-hart"]),
    # a preposition that gives no examples names no member
    ("Critics of Jo Hart rejected the plan.", "rejected", []),
])
def test_named_members_act(nlp, text, trigger, agents):
    assert agents_at(nlp, text, trigger) == agents


def test_members_switch(nlp):
    text = "The plan was applauded by critics like Tom Reed."
    with events.disabled("named-members"):
        assert agents_at(nlp, text, "applauded") == []


@pytest.mark.parametrize("text,trigger,agents", [
    ("Take the senators Jo Hart and Ola Berg. Last week, they endorsed Tom Reed.", "endorsed", ["jo-hart", "ola-berg"]),
    ("Everybody came except Jo Hart, a senator, and Ola Berg, a mayor. Both were suspending their campaigns.",
     "suspending", ["jo-hart", "ola-berg"]),
    # "both of ..." counts a group; a "they" in a relative clause is someone else's
    ("Take the senators Jo Hart and Ola Berg. Both of their aides endorsed Tom Reed.", "endorsed", []),
    ("Jo Hart and Ola Berg spoke. The plan has critics who say they endorsed Tom Reed.", "endorsed", []),
])
def test_they_after_a_pair_is_each_of_them(nlp, text, trigger, agents):
    assert agents_at(nlp, text, trigger) == agents


def targets_at(nlp, text: str, trigger: str) -> list:
    at = text.index(trigger)
    return [(e.actor_id, e.target) for e in run_text(nlp, text, PEOPLE) if e.trigger_start == at]


@pytest.mark.parametrize("text,trigger,rows", [
    ("Jo Hart attacked Ola Berg and Tom Reed on Monday.", "attacked",
     [("jo-hart", "ola-berg"), ("jo-hart", "tom-reed")]),
    # several agents and several targets: a row per agent only
    ("Jo Hart and Ola Berg attacked Tom Reed and the mayor.", "attacked", [("jo-hart", "tom-reed"), ("ola-berg", "tom-reed")]),
    # an owner in the object is no second target
    ("Jo Hart attacked Ola Berg and Tom Reed's aides.", "attacked", [("jo-hart", "ola-berg")]),
])
def test_one_row_per_coordinated_target(nlp, text, trigger, rows):
    assert targets_at(nlp, text, trigger) == rows


def test_coordinated_object_switch(nlp):
    text = "Jo Hart attacked Ola Berg and Tom Reed on Monday."
    with events.disabled("coordinated-object"):
        assert targets_at(nlp, text, "attacked") == [("jo-hart", "ola-berg")]
