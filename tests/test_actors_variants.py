"""Spelling variants of one name (``helpers.actors.variants``), lines in headline case and titles,
on sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.actors import rules
from helpers.actors.variants import is_slip, is_variant


@pytest.fixture(scope="module")
def run(extract_actors):
    return lambda text: extract_actors(text)[0]


def test_slips_are_a_swap_of_neighbours_or_a_doubled_letter():
    assert is_slip("Petigrew", "Pettigrew") and is_slip("Brazille", "Brazile") and is_slip("Adbulhadi", "Abdulhadi")
    assert not is_slip("John", "Jon")  # too short, and no doubled letter
    assert not is_slip("Karen", "Karin")  # one letter changed: another name
    assert is_slip("Hollis", "Holliss")
    assert not is_slip("Marshal", "Marsha")  # a letter dropped that doubles nothing
    assert is_variant("Adbulhadi Yildirim", ("Abdulhadi", "Yildirim"))
    assert is_variant("Brazille", ("Jane", "Brazile"))
    assert not is_variant("Jane Brazile", ("Jane", "Brazile"))


def test_a_misspelt_surname_joins_the_person(run, monkeypatch):
    text = rules.example("typo-variant")
    people = [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"]
    assert ("Mara Pettigrew", 3) in people and "Petigrew" not in [n for n, _ in people]
    monkeypatch.setenv(rules.OFF_SETTING, "typo-variant")
    assert "Petigrew" in [a.name for a in run(text)]


def test_a_misspelt_first_name_joins_the_person(run, monkeypatch):
    text = ("Abdulhadi Yildirim runs a car dealership in Ohio. Yildirim gave money to the campaign. "
            "Adbulhadi Yildirim said he had done nothing wrong.")
    assert [a.name for a in run(text) if a.kind == "person"] == ["Abdulhadi Yildirim"]
    monkeypatch.setenv(rules.OFF_SETTING, "typo-variant")
    assert len([a for a in run(text) if a.kind == "person"]) == 2


def test_a_line_in_headline_case_makes_no_person(run, monkeypatch):
    text = rules.example("headline-case-line")
    assert [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"] == [("Tom Marsh", 3)]
    monkeypatch.setenv(rules.OFF_SETTING, "headline-case-line")
    assert "Tom Marsh Pins" in [a.name for a in run(text)]
    prose = ("Senator Tom Marsh, Jane Holt and Mara Pettigrew spoke in Ohio. The Senate voted. "
             "The House waited.\n\nMarsh said the vote would come soon.")
    monkeypatch.delenv(rules.OFF_SETTING)
    assert {"Tom Marsh", "Jane Holt", "Mara Pettigrew"} <= {a.name for a in run(prose)}  # prose is no headline


def test_a_title_short_of_its_office_finds_the_officeholder(run, monkeypatch):
    text = rules.example("title-short-form")
    by_name = {a.name: a.n_mentions for a in run(text) if a.kind == "person"}
    assert by_name == {"Hillary Clinton": 2, "Bill Clinton": 1}
    monkeypatch.setenv(rules.OFF_SETTING, "title-short-form")
    assert "Hillary Clinton" not in {a.name for a in run(text)}


def test_an_official_without_a_year_holds_the_latest_role_whatever_the_row_order():
    from helpers.actors.lexicon import _officials

    hillary = next(o for o in _officials(None) if o.name == "Hillary Clinton")
    assert hillary.role == "Democratic presidential nominee"
    assert next(o for o in _officials(2011) if o.name == "Hillary Clinton").role == "Secretary of State"


def test_a_person_entity_ending_on_a_role_word_titles_the_name_after_it(run, monkeypatch):
    text = rules.example("role-word-ends-entity")
    assert [a.name for a in run(text) if a.kind == "person"] == ["Erica Holt", "Dawn Marsh"]
    monkeypatch.setenv(rules.OFF_SETTING, "role-word-ends-entity")
    assert "Sandy Hook Elementary Principal" in [a.name for a in run(text)]


def test_a_given_name_before_and_shares_the_surname_after_it(run, monkeypatch):
    text = rules.example("shared-surname")
    assert [(a.name, a.n_mentions) for a in run(text) if a.kind == "person"] == [
        ("Walter Pettigrew", 2), ("Jane Pettigrew", 1)]
    known = "Jane Holt spoke on Monday. It will help not only Jane and Tom Marsh but the party."
    assert "Jane Marsh" not in [a.name for a in run(known)]  # the first name of someone known
    monkeypatch.setenv(rules.OFF_SETTING, "shared-surname")
    assert "Walter Pettigrew" not in [a.name for a in run(text)]


def test_an_adjective_of_the_noun_after_a_body_is_no_part_of_its_name(run, monkeypatch):
    text = rules.example("org-leading-adjective")
    assert "Republican Party" in [a.name for a in run(text)]
    monkeypatch.setenv(rules.OFF_SETTING, "org-leading-adjective")
    assert "Top Republican Party" in [a.name for a in run(text)]
