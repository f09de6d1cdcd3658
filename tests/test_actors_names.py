"""Personal names in the actor phases: the name-order rules are read through the public,
typed ``gazetteer.name_rules`` accessor, and name the rules that use them."""
from __future__ import annotations

from helpers import gazetteer
from helpers.actors import people


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
