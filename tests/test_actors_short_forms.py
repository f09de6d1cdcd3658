"""One actor under two names (``helpers.actors.short_forms``): a body's short form, a body named
like a person, a nickname, a misspelt first name, a name in brackets; on sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.actors import rules
from helpers.actors.short_forms import is_nickname, leading_short_form


@pytest.fixture(scope="module")
def run(extract_actors):
    return lambda text: extract_actors(text)[0]


def test_leading_words_name_the_body_unless_they_drop_a_body_noun():
    assert leading_short_form(("Fox",), ("Fox", "News"))
    assert leading_short_form(("Harwell", "Center"), ("Harwell", "Center", "for", "Justice"))
    assert not leading_short_form(("Senate",), ("Senate", "Judiciary", "Committee"))
    assert not leading_short_form(("Department",), ("Department", "of", "Justice"))
    assert not leading_short_form(("News",), ("Fox", "News"))


def test_a_body_named_by_its_leading_words_is_one_actor(run, monkeypatch):
    text = rules.example("org-leading-words")
    assert [(a.name, a.n_mentions) for a in run(text)] == [("Ocelot Petroleum", 3)]
    monkeypatch.setenv(rules.OFF_SETTING, "org-leading-words")
    assert "Ocelot" in [a.name for a in run(text)]


def test_the_name_before_its_complement_is_the_body(run):
    text = "The Harwell Center for Justice said the law was unfair. The Harwell Center sued the state."
    assert [(a.name, a.n_mentions) for a in run(text)] == [("Harwell Center for Justice", 2)]


def test_a_titled_surname_tagged_as_a_body_is_the_person(run, monkeypatch):
    text = rules.example("person-named-body")
    assert [(a.name, a.kind, a.n_mentions) for a in run(text)] == [("Tom Marsh", "person", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "person-named-body")
    assert "organization" in [a.kind for a in run(text)]


def test_nicknames_come_from_the_table_both_ways():
    assert is_nickname("Steve", "Stephen") and is_nickname("sandra", "Sandy")
    assert not is_nickname("Stephen", "Sandra")


def test_a_nickname_and_the_given_name_with_one_surname_are_one_person(run, monkeypatch):
    text = rules.example("nickname-first-name")
    assert [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"] == [("Stephen Marsh", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "nickname-first-name")
    assert len([a for a in run(text) if a.kind == "person"]) == 2


def test_two_people_with_one_surname_and_unrelated_first_names_stay_apart(run):
    text = "Stephen Marsh met the envoys on Monday. Walter Marsh said the talks went well."
    assert len([a for a in run(text) if a.kind == "person"]) == 2


def test_a_name_run_on_past_the_body_takes_no_short_form():
    assert not leading_short_form(("Technion",), ("Technion", "for", "China"))
    assert not leading_short_form(("Priorities", "USA"), ("Priorities", "USA", "and", "Correct"))


def test_a_misspelt_first_name_alone_joins_the_person(run, monkeypatch):
    text = "Senator Michelle Holt spoke in Ohio on Monday. Later Michele talked about the plan. Holt said it would work."
    assert [(a.name, a.n_mentions) for a in run(text)] == [("Michelle Holt", 3)]
    monkeypatch.setenv(rules.OFF_SETTING, "typo-variant")
    assert "Michele" in [a.name for a in run(text)]


def test_an_editors_brackets_are_no_part_of_a_name(run, monkeypatch):
    text = rules.example("bracketed-name")
    assert [a.name for a in run(text) if a.kind == "person"] == ["Hillary Clinton", "Marsh"]
    monkeypatch.setenv(rules.OFF_SETTING, "bracketed-name")
    assert "Hillary] Clinton" in [a.name for a in run(text)]


def test_a_hyphenated_group_is_the_same_group_named_with_a_place(run, monkeypatch):
    from helpers.actors.prune import _group_words

    assert _group_words("Florida\u2019s Cuban Americans") == ["florida", "cuban", "americans"]
    text = ("Cuban-Americans backed Holt in May, and Cuban-Americans said they would vote. "
            "Florida's Cuban Americans said the plan would fail.")
    assert [a.kind for a in run(text) if "Cuban" in a.name] == ["group"]
    monkeypatch.setenv(rules.OFF_SETTING, "group-short-form")
    assert [a.kind for a in run(text) if "Cuban" in a.name] == ["group", "group"]


def test_a_surname_with_particles_opening_a_sentence_is_the_person(run, monkeypatch):
    text = rules.example("particle-surname")
    assert [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"] == [("Ursula von der Leyen", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "particle-surname")
    assert [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"] == [("Ursula von der Leyen", 1)]
