"""Actor cases of real pages, through the command line, on text written for the test.

Headline case, particle and hyphenated names, acronym / full name / short form,
companies, ministries and NGOs as speakers, treaties as topics, party members as
groups, bodies named after a leader, groups that speak, and a person's country
only from evidence in the text.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NAMES = """Holt Warns Marsh Over Farm Tariffs

Syrian President Bashar al-Assad met envoys in Damascus on Monday. Assad said the talks had gone well.

Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said the ceasefire would hold. Al Thani spoke after meeting the envoys.

The former president spent the weekend at Mar-a-Lago, his Florida resort. Guests at Mar-a-Lago said he was in good spirits.

Senator Jane Holt said the tariffs would hurt farmers. Governor Tom Marsh said they would not.

Hungarian Prime Minister Viktor Orban arrives in Brussels on Monday before heading to Ukraine Orban also hinted that he would veto the plan.
"""

BODIES = """The United Nations Interim Force in Lebanon (UNIFIL) said on Tuesday that two of its posts had been hit. UNIFIL said no one was hurt. A spokesman for the UN Interim Force said patrols would continue, and UNFIL later confirmed the damage.

Volkswagen says tariffs are "the wrong approach" for Europe. Taiwan's defence ministry said it had tracked 20 aircraft near the island. Greenpeace said the spill was a disaster.

Ministers discussed CETA and TTIP at length. CETA has been in force since 2017.
"""

POLITICS = """President Karen Doyle signed the order on Friday. The Doyle administration said the rules would take effect in May.

Republicans said the order went too far. The Republican National Committee said it would run advertisements against it. GOP leaders in the Senate said they would wait.

Federal investigators said the records had been destroyed. Many experts warned that the order would be challenged in court.

Jane Holt, an analyst at the Royal United Services Institute in London, said Russia would not back down. Holt said the sanctions had failed.

Tom Marsh, a RUSI analyst in Moscow, said the talks would fail.
"""


def _analyze(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(path), "--format", "json",
                          "--no-progress", "--published", "2025-03-01"],
                         capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def names(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("actors"), "names.txt", NAMES)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("actors"), "bodies.txt", BODIES)


@pytest.fixture(scope="module")
def politics(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("actors"), "politics.txt", POLITICS)


def _owner(doc: dict, surface: str, nth: int = 0) -> dict:
    """The actor of the mention that covers the ``nth`` occurrence of ``surface``."""
    text = doc["article"]["text"]
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    ids = [m["actor_id"] for m in doc["mentions"] if m["start"] <= at < m["end"] and m["how"] != "pronoun"]
    assert ids, f"no mention covers {surface!r}"
    return next(a for a in doc["actors"] if a["actor_id"] == ids[0])


def _speaker(doc: dict, words: str) -> str | None:
    return next(q["speaker_id"] for q in doc["quotes"] if words in q["text"])


def test_headline_case_makes_no_actor_and_is_the_title(names):
    assert names["article"]["title"] == "Holt Warns Marsh Over Farm Tariffs"
    assert not [a["name"] for a in names["actors"] if "Warns" in a["name"] or "Tariffs" in a["name"]]
    assert _owner(names, "Jane Holt")["actor_id"] == _owner(names, "Holt")["actor_id"]


def test_joined_particle_surname_is_the_same_person(names):
    assert _owner(names, "Assad", 1)["actor_id"] == _owner(names, "Bashar al-Assad")["actor_id"]
    assert len([a for a in names["actors"] if "Assad" in a["name"]]) == 1


def test_particle_name_and_its_family_name_are_one_person(names):
    full = _owner(names, "Mohammed bin Abdulrahman")
    assert _owner(names, "Al Thani", 1)["actor_id"] == full["actor_id"]
    assert full["country"] == "QAT"


def test_hyphenated_place_name_makes_no_person(names):
    assert not [a for a in names["actors"] if a["name"] in {"Mar", "Lago", "Mar-a-Lago"}]


def test_acronym_full_name_short_form_and_typo_are_one_body(bodies):
    full = _owner(bodies, "United Nations Interim Force in Lebanon")
    assert full["kind"] == "organization"
    for surface, nth in (("UNIFIL", 0), ("UNIFIL", 1), ("UN Interim Force", 0), ("UNFIL", 0)):
        assert _owner(bodies, surface, nth)["actor_id"] == full["actor_id"], surface


def test_company_and_ngo_are_speakers(bodies):
    vw = _owner(bodies, "Volkswagen")
    assert vw["kind"] == "organization" and _speaker(bodies, "the wrong approach") == vw["actor_id"]
    green = _owner(bodies, "Greenpeace")
    assert green["kind"] == "organization" and _speaker(bodies, "the spill was a disaster") == green["actor_id"]


def test_a_countrys_ministry_is_an_organisation_of_that_country(bodies):
    ministry = _owner(bodies, "defence ministry")
    assert ministry["kind"] == "organization" and ministry["country"] == "TWN"
    assert _speaker(bodies, "tracked 20 aircraft") == ministry["actor_id"]


def test_treaties_are_topics_not_actors(bodies):
    assert not [a for a in bodies["actors"] if a["name"] in {"CETA", "TTIP"}]


def test_a_party_and_its_members_are_one_actor_apart_from_its_committee(politics):
    members = _owner(politics, "Republicans")
    committee = _owner(politics, "Republican National Committee")
    assert members["name"] == "Republicans" and members["kind"] == "organization"
    assert committee["kind"] == "organization" and members["actor_id"] != committee["actor_id"]
    assert _owner(politics, "GOP")["actor_id"] == members["actor_id"]


def test_a_leaders_administration_is_an_organisation(politics):
    body = _owner(politics, "Doyle administration")
    assert body["kind"] == "organization" and body["name"] == "Doyle administration"
    assert body["actor_id"] != _owner(politics, "Karen Doyle")["actor_id"]


def test_groups_that_speak_are_actors(politics):
    assert _owner(politics, "Federal investigators")["kind"] == "group"
    assert _owner(politics, "experts")["kind"] == "group"


def test_country_only_from_evidence_not_from_a_place_nearby(politics):
    holt = _owner(politics, "Jane Holt")
    assert holt["kind"] == "person" and holt["country"] not in {"RUS", "GBR"}
    marsh = _owner(politics, "Tom Marsh")
    assert marsh["kind"] == "person" and marsh["country"] not in {"RUS", "GBR"}


GAZETTEER = """Brussels said the new tariffs were unfair. The European Commission will reply next week.

President William Lai said the island would defend itself. Duterte said he had no regrets.

Eastern said it would join the talks, and Central agreed. NATO said its members would meet in June. President Karen Doyle spoke on Monday, and a Washington Post Doyle interview ran on Tuesday. The channel Sky Tg24 reported the vote, and Russian Network RT said it would appeal.
"""


@pytest.fixture(scope="module")
def gazetteer_doc(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("actors"), "gazetteer.txt", GAZETTEER)


def test_a_capital_standing_for_a_bloc_names_no_country(gazetteer_doc):
    eu = _owner(gazetteer_doc, "Brussels")
    assert eu["kind"] == "organization" and eu["country"] is None
    assert "BEL" not in {c["iso3"] for c in gazetteer_doc["countries"]}


def test_kind_and_country_from_the_officials_table(gazetteer_doc):
    lai = _owner(gazetteer_doc, "William Lai")
    assert lai["kind"] == "person" and lai["country"] == "TWN"
    duterte = _owner(gazetteer_doc, "Duterte")
    assert duterte["kind"] == "person" and duterte["country"] == "PHL"


def test_an_organisation_is_named_as_the_article_names_it(gazetteer_doc):
    assert _owner(gazetteer_doc, "NATO")["name"] == "NATO"


def test_a_channel_is_no_person(gazetteer_doc):
    assert not [a for a in gazetteer_doc["actors"] if a["kind"] == "person" and ("Tg24" in a["name"] or "RT" in a["name"])]


def test_a_surname_run_onto_a_bodys_name_is_cut_off(gazetteer_doc):
    assert not [a for a in gazetteer_doc["actors"] if a["name"].endswith("Post Doyle")]


def test_a_country_run_onto_a_known_name_is_cut_off(names):
    assert not [a for a in names["actors"] if a["name"].startswith("Ukraine")]
    assert _owner(names, "Orban", 1)["actor_id"] == _owner(names, "Viktor Orban")["actor_id"]


def test_a_lone_direction_is_no_body(gazetteer_doc):
    assert not [a for a in gazetteer_doc["actors"] if a["name"] in {"Eastern", "Central"}]
