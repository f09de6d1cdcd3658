"""A comparison with a negative quantifier as its subject (rule comparison-none), invented quotes."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _quote, _rows


@pytest.mark.parametrize("content", ["Nobody is more qualified than Tom Reed.", "No one is better than Tom Reed."])
def test_nobody_better_than_x_supports_x(nlp, content):
    text = f"“{content}” Olga Berg said."
    q = _quote("q1", "direct", content, text, "olga-berg")
    assert ("olga-berg", "tom-reed", "support") in _rows(nlp, text, quotes=[q])
    with rules.switched_off("comparison-none"):
        assert ("olga-berg", "tom-reed", "oppose") in _rows(nlp, text, quotes=[q])


def test_a_named_subject_still_compares_against_x(nlp):
    content = "Mary Lane is far better than Tom Reed."
    text = f"“{content}” Olga Berg said."
    q = _quote("q1", "direct", content, text, "olga-berg")
    assert ("olga-berg", "tom-reed", "oppose") in _rows(nlp, text, quotes=[q])
