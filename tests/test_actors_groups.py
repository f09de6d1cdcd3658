"""Groups named by a plural noun of people (``group_nouns.csv``, read by ``helpers.actors.groups``):
"Rebels said ..." makes "Rebels" a group actor; on sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.actors import groups as group_phase


@pytest.fixture(scope="module")
def run(extract_actors):
    return extract_actors


def group_names(found) -> set[str]:
    return {a.name for a in found if a.kind == "group"}


@pytest.mark.parametrize("text, name", [
    ("Rebels said the town had fallen on Monday.", "Rebels"),
    ("Foreign investors warned that the plan would fail.", "Foreign investors"),
    ("Conference attendees said the speech ran long.", "Conference attendees"),
])
def test_people_nouns_of_conflict_and_business_name_a_group(run, monkeypatch, text, name):
    assert name in group_names(run(text)[0])
    nouns = group_phase._group_nouns() - {"rebel", "investor", "attendee"}
    monkeypatch.setattr(group_phase, "_group_nouns", lambda: nouns)
    assert name not in group_names(run(text)[0])


def test_a_thing_noun_names_no_group(run):
    assert not group_names(run("Reports said the town had fallen on Monday.")[0])


def test_a_group_named_twice_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("group-named-twice")
    monkeypatch.setitem(rules.RULES, "group-named-twice", (True, text))  # off by default
    found, mentions = run(text)
    group = next(a for a in found if a.kind == "group")
    assert (group.name, [m.text for m in mentions if m.actor_id == group.actor_id]) == ("Investors", ["investors"] * 2)
    monkeypatch.setenv(rules.OFF_SETTING, "group-named-twice")
    assert not group_names(run(text)[0])


@pytest.mark.parametrize("text", [
    "Holt won 300 delegates in May and 200 delegates in June.",  # counts
    "Holt led among voters in May and lost among voters in June.",  # the population a poll counts
    "Holt told reporters in May that he would run, and he told reporters in June that he would not.",  # an audience
])
def test_a_count_population_or_audience_named_twice_is_no_group(run, text, monkeypatch):
    from helpers.actors import rules

    monkeypatch.setitem(rules.RULES, "group-named-twice", (True, rules.example("group-named-twice")))
    assert not group_names(run(text)[0])


def test_a_plural_group_noun_tagged_as_a_name_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("plural-name-group")
    monkeypatch.setitem(rules.RULES, "plural-name-group", (True, text))  # off by default
    assert "Latinos" in group_names(run(text)[0])
    assert not [a for a in run(text)[0] if a.name == "Latinos" and a.kind != "group"]
    monkeypatch.setenv(rules.OFF_SETTING, "plural-name-group")
    assert "Latinos" not in group_names(run(text)[0])


def test_people_counted_by_how_many_are_no_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("asked-count")
    assert not group_names(run(text)[0])
    monkeypatch.setenv(rules.OFF_SETTING, "asked-count")
    assert group_names(run(text)[0])
