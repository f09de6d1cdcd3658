"""Coreference: "they" stands for a group or a body, not a country (``coref.PLURAL_KINDS``); invented
sentences."""
from __future__ import annotations

from helpers import coref
from helpers.records import COUNTRY, GROUP, ORGANIZATION
from tests.test_coref import run  # noqa: F401  (the fixture)

TEXT = "The commandos took on a larger role in Chile. They are headed to Peru to help the army."
ACTORS = [("CHL", "country", ["Chile"]), ("PER", "country", ["Peru"])]


def test_they_is_not_a_country(run):  # noqa: F811
    assert [m for m in run(TEXT, ACTORS) if m[0] == "They"] == []


def test_with_countries_allowed_the_place_is_taken(run, monkeypatch):  # noqa: F811
    monkeypatch.setattr(coref, "PLURAL_KINDS", (GROUP, ORGANIZATION, COUNTRY))
    assert [(m[0], m[2]) for m in run(TEXT, ACTORS) if m[0] == "They"] == [("They", "CHL")]


def test_they_is_still_a_body(run):  # noqa: F811
    text = "The union met in Chile on Monday. They demanded higher pay."
    out = run(text, [("union", "organization", ["The union"]), ("CHL", "country", ["Chile"])])
    assert [(m[0], m[2]) for m in out] == [("They", "union")]
