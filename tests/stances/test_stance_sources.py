"""Stance evidence sources outside structure.py and quoted.py (invented sentences): owned proposals."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _rows


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane criticized Tom Reed's proposed ban on fireworks.",
     {("mary-lane", "tom-reed", "oppose"), ("tom-reed", "ban", "support")}),
    ("Tom Reed's proposal for a carbon tax came on Monday.", {("tom-reed", "taxes", "support")}),
    ("Tom Reed's plan for Norway is unclear.", set()),
    ("His proposal for a carbon tax came on Monday.", set()),
])
def test_an_owned_proposal_is_its_owners_support(nlp, text, expected):
    assert _rows(nlp, text) == expected
    with rules.switched_off("owned-proposal"):
        assert not any(t in ("ban", "taxes") for _, t, _ in _rows(nlp, text))
