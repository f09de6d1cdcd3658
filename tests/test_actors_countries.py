"""Countries as actors (``helpers.actors.groups``): a country named twice is an actor, unless it is
only the place where something happens; on sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.actors import rules


@pytest.fixture(scope="module")
def run(extract_actors):
    return lambda text: extract_actors(text)[0]


def countries(found):
    return [a.name for a in found if a.kind == "country"]


def test_a_country_named_only_as_a_place_is_no_actor(run, monkeypatch):
    # off by default: the guide makes every entity named twice an actor, places too (on the blind check
    # set and on dev the rule lost 2-3 gold countries each while it removed junk on the training articles)
    text = rules.example("place-only-country")
    assert countries(run(text)) == ["Moldova"]
    monkeypatch.setitem(rules.RULES, "place-only-country", (True, text))
    assert countries(run(text)) == []


def test_a_country_named_twice_outside_a_place_is_still_an_actor(run):
    text = ("Holt met officials in Moldova in May. Critics say the plan is a threat to Moldova, "
            "and Marsh said Moldova's debts were large.")
    assert countries(run(text)) == ["Moldova"]


def test_a_countrys_possessive_or_small_clause_is_no_act(run, monkeypatch):
    text = rules.example("country-not-an-agent")
    assert countries(run(text)) == []
    monkeypatch.setenv(rules.OFF_SETTING, "country-not-an-agent")
    assert countries(run(text)) == ["Moldova", "Chad"]
    monkeypatch.delenv(rules.OFF_SETTING)
    assert countries(run("Moldova said the border was long.")) == ["Moldova"]
