"""Narrowed party members (``helpers.actors.party_members``): "House Republicans" are a group of
the party's members, not the party; on sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.actors import rules


@pytest.fixture(scope="module")
def run(extract_actors):
    return extract_actors


def test_narrowed_members_that_act_are_a_group(run, monkeypatch):
    text = rules.example("narrowed-party-members")
    found, mentions = run(text)
    kinds = {a.name: a.kind for a in found}
    assert kinds["Mainstream Republicans"] == kinds["House Republicans"] == "group"
    assert "House" not in kinds  # the chamber is only the members' modifier
    party = next(a for a in found if a.kind == "organization" and a.name == "Republicans")
    assert [m.text for m in mentions if m.actor_id == party.actor_id] == ["Republicans"]
    monkeypatch.setenv(rules.OFF_SETTING, "narrowed-party-members")
    assert not [a for a in run(text)[0] if a.kind == "group"]


def test_a_count_or_a_list_does_not_narrow_the_members(run):
    found, _ = run("Many Republicans said the plan would fail, and Holt and other Republicans agreed.")
    assert not [a for a in found if a.kind == "group"]


def test_narrowed_members_named_twice_are_a_group_though_they_do_not_act(run):
    found, _ = run("The plan pleased moderate Democrats in May. Marsh met moderate Democrats in June.")
    assert ("Moderate Democrats", "group") in [(a.name, a.kind) for a in found]
