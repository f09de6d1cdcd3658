"""Group holders (invented sentences): a quantity of more than half of a group speaks for it (rule
``quantity-holder``), and "they" in a clause a group reports is that group (rule ``reported-they``)."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import PEOPLE, _rows

GROUPS = {**PEOPLE, "Farmers": ("farmers", "group", None, "USA"), "Union": ("union", "organization", None, "USA")}


@pytest.mark.parametrize("text, expected", [
    ("Sixty percent of Farmers support Tom Reed.", {("farmers", "tom-reed", "support")}),
    ("Seventy-four percent of Farmers oppose Tom Reed.", {("farmers", "tom-reed", "oppose")}),
    ("A majority of Farmers oppose Tom Reed.", {("farmers", "tom-reed", "oppose")}),
    ("Tom Reed won praise from 74% of Farmers.", {("farmers", "tom-reed", "support")}),
])
def test_a_quantity_of_a_group_is_the_group(nlp, text, expected):
    assert _rows(nlp, text, people=GROUPS) == expected
    with rules.switched_off("quantity-holder"):
        assert _rows(nlp, text, people=GROUPS) != expected


@pytest.mark.parametrize("text", ["Just 30 percent of Farmers support Tom Reed.", "Half of Farmers support Tom Reed."])
def test_half_or_less_of_a_group_is_not_its_voice(nlp, text):
    assert ("farmers", "tom-reed", "support") not in _rows(nlp, text, people=GROUPS)


@pytest.mark.parametrize("text, expected", [
    ("Farmers say they support Tom Reed.", {("farmers", "tom-reed", "support")}),
    ("The Union said they oppose Tom Reed.", {("union", "tom-reed", "oppose")}),
    ("Sixty percent of Farmers say they oppose Tom Reed.", {("farmers", "tom-reed", "oppose")}),
])
def test_they_in_a_clause_a_group_reports_is_the_group(nlp, text, expected):
    assert _rows(nlp, text, people=GROUPS) == expected
    with rules.switched_off("reported-they"):
        assert _rows(nlp, text, people=GROUPS) == set()


def test_they_reported_by_a_person_is_no_one(nlp):
    assert _rows(nlp, "Mary Lane said they oppose Tom Reed.", people=GROUPS) == set()


@pytest.mark.parametrize("text, row", [
    ("Some Farmers oppose Tom Reed.", ("farmers", "tom-reed", "oppose")),
    ("Four in 10 Farmers oppose Tom Reed.", ("farmers", "tom-reed", "oppose")),
    ("A few Farmers criticized Mary Lane.", ("farmers", "mary-lane", "oppose")),
    ("More Farmers oppose Tom Reed than support him.", ("farmers", "tom-reed", "oppose")),
    ("Two hundred Farmers have endorsed Tom Reed.", ("farmers", "tom-reed", "support")),
])
def test_a_part_of_a_group_is_not_its_voice(nlp, text, row):
    assert row not in _rows(nlp, text, people=GROUPS)
    with rules.switched_off("partial-group"):
        assert row in _rows(nlp, text, people=GROUPS)


@pytest.mark.parametrize("text", ["Most Farmers oppose Tom Reed.", "Seven in 10 Farmers oppose Tom Reed.",
                                  "The 200 Farmers oppose Tom Reed.", "Sixty percent of Farmers oppose Tom Reed."])
def test_more_than_half_or_the_whole_group_is_its_voice(nlp, text):
    assert ("farmers", "tom-reed", "oppose") in _rows(nlp, text, people=GROUPS)
