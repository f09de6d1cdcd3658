"""Personal names in the actor phases: the name-order rules read through the public, typed
``gazetteer.name_rules`` accessor; one person under a name and its prefix ("name-prefix"), a
garbled word ("garbled-name") and two people whose names end on "Jr." ("name-suffix"); on
sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers import gazetteer
from helpers.actors import people, rules
from helpers.actors.name_keys import name_key, repaired


def test_name_rules_are_typed_fields_of_name_order_csv():
    rules = gazetteer.name_rules()
    assert isinstance(rules, gazetteer.NameRules)
    assert "CHN" in rules.family_first
    assert "von" in rules.particles and all(p == p.lower() for p in rules.particles)
    assert "Jr." in rules.suffixes


def test_people_reads_particles_and_suffixes_from_the_accessor():
    rules = gazetteer.name_rules()
    assert people.NAME_PARTICLES == rules.particles
    assert "jr" in people.GENERATIONAL and "iv" in people.GENERATIONAL


def test_surname_uses_the_rules():
    assert gazetteer.surname("Tomas van der Brink") == "van der Brink"
    assert gazetteer.surname("Wei Lanfang", country="CHN") == "Wei"
    assert gazetteer.surname("Jon Marsh Jr.") == "Marsh"


@pytest.fixture(scope="module")
def run(extract_actors):
    def _run(text: str):
        found, mentions = extract_actors(text)
        return {a.name: [m.text for m in mentions if m.actor_id == a.actor_id] for a in found if a.kind == "person"}
    return _run


def test_a_name_that_begins_a_longer_one_is_that_person(run, monkeypatch):
    text = rules.example("name-prefix")
    assert run(text) == {"Mara Quinn Holt": ["Mara Quinn Holt", "Mara Quinn"]}
    monkeypatch.setenv(rules.OFF_SETTING, "name-prefix")
    assert set(run(text)) == {"Mara Quinn Holt", "Mara Quinn"}


def test_a_garbled_word_of_a_name_is_the_word(run, monkeypatch):
    text = rules.example("garbled-name")
    assert "\u00c3\u00b1" in text and len(run(text)) == 1
    monkeypatch.setenv(rules.OFF_SETTING, "garbled-name")
    assert len(run(text)) == 2


def test_garbled_words_decode_once_or_twice():
    assert repaired("Pe\u00c3\u00b1a") == "Pe\u00f1a" == repaired("PeA\u0303\u00b1a")  # composed first
    assert repaired("Pe\u00c3\u0083\u00c2\u00b1a") == "Pe\u00f1a"  # garbled twice
    assert repaired("\u00c3rbol") == "\u00c3rbol"  # no UTF-8 behind it: left alone
    assert name_key("Pe\u00f1a") == name_key("Pena") == "pena"


def test_two_names_ending_on_a_generational_suffix_are_two_people(run, monkeypatch):
    text = "Senator Tom R. Marsh Jr. met General Tom F. Holt Jr. on Monday."
    assert set(run(text)) == {"Tom R. Marsh Jr.", "Tom F. Holt Jr."}
    monkeypatch.setenv(rules.OFF_SETTING, "name-suffix")
    assert len(run(text)) == 1


def test_a_garbled_name_with_a_spelt_fraction_is_a_name(run, monkeypatch):
    text = ("The group is led by a cleric named Tarik Y\u00c3\u0031\u2044\u0034ksel, who lives in Ohio. "
            "Officials say Y\u00c3\u0031\u2044\u0034ksel runs a network.")
    assert repaired("Y\u00c3\u0031\u2044\u0034ksel") == "Y\u00fcksel"
    assert len(run(text)) == 1
    monkeypatch.setenv(rules.OFF_SETTING, "garbled-name")
    assert run(text) == {}  # read as a channel's name with digits ("Sky Tg24")
