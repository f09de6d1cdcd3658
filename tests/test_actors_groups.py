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
