"""Relative-clause antecedents (``helpers/events/agents_rel.py``): a relative pronoun after a
coordination stands for the nearest conjunct; invented sentences."""
from __future__ import annotations

import pytest

from helpers import events
from tests.test_events_rules import run_text

ACTORS = {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg", "Lima Trust": "lima-trust", "the union": "union"}


def agents_at(nlp, text: str, trigger: str) -> list:
    at = text.index(trigger)
    return [e.actor_id for e in run_text(nlp, text, ACTORS) if e.trigger_start == at]


@pytest.mark.parametrize("text,trigger,agents", [
    ("Several firms dropped the deal, including Jo Hart's company and the bank Lima Trust, "
     "which decided against financing the tour.", "decided", ["lima-trust"]),
    # no coordination: the head itself
    ("The plan was praised by Jo Hart, who rejected the tax.", "rejected", ["jo-hart"]),
    ("The tour was funded by Jo Hart and the bank Lima Trust, which rejected the tax.", "rejected", ["lima-trust"]),
    # "who" after two people stands for both (coordinated-subject)
    ("The plan was backed by Ola Berg and Jo Hart, who praised the deal.", "praised", ["ola-berg", "jo-hart"]),
])
def test_relative_nearest_conjunct(nlp, text, trigger, agents):
    assert agents_at(nlp, text, trigger) == agents


def test_switched_off_goes_to_the_first_conjunct(nlp):
    text = "Critics included the union and Lima Trust, which rejected the tax."
    assert agents_at(nlp, text, "rejected") == ["lima-trust"]
    with events.disabled("relative-nearest-conjunct"):
        assert agents_at(nlp, text, "rejected")[0] == "union"


@pytest.mark.parametrize("text,agents", [
    ("The city's new mayor rejected the plan on Tuesday. Jo Hart was elected mayor of Lima last week.", ["jo-hart"]),
    ("The mayor rejected the plan on Tuesday. Jo Hart has served as mayor since 2019.", ["jo-hart"]),
    # the one named after is no mayor
    ("The city's new mayor rejected the plan on Tuesday. Jo Hart was elected to the Senate.", []),
    # the one named before is the mayor
    ("Mayor Ola Berg met Jo Hart on Monday. The mayor rejected the plan on Tuesday. Jo Hart was elected mayor "
     "of Lima.", ["ola-berg"]),
])
def test_role_description_ahead(nlp, text, agents):
    assert agents_at(nlp, text, "rejected") == agents


def test_role_description_ahead_switch(nlp):
    text = "The city's new mayor rejected the plan on Tuesday. Jo Hart was elected mayor of Lima last week."
    with events.disabled("role-description-ahead"):
        assert agents_at(nlp, text, "rejected") == []
