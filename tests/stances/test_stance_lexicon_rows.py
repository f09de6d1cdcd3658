"""Stance predicates of ``stance_lexicon.csv`` added in the third round (invented sentences); each row's
sentence gives no row without it."""
from __future__ import annotations

import pytest

from tests.test_stances import _rows


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane prefers Tom Reed.", ("mary-lane", "tom-reed", "support")),
    ("Mary Lane does not prefer Tom Reed.", ("mary-lane", "tom-reed", "oppose")),
    ("Mary Lane spurned Tom Reed.", ("mary-lane", "tom-reed", "oppose")),
    ("Mary Lane shunned Tom Reed at the dinner.", ("mary-lane", "tom-reed", "oppose")),
    ("Mary Lane is in favor of Tom Reed.", ("mary-lane", "tom-reed", "support")),
    ("Mary Lane spoke in favour of Tom Reed.", ("mary-lane", "tom-reed", "support")),
])
def test_third_round_predicates(nlp, text, expected):
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize("verb", ["unleashed", "delivered", "directed"])
def test_light_verbs_over_a_stance_noun(nlp, verb):
    assert ("tom-reed", "mary-lane", "oppose") in _rows(nlp, f"Tom Reed {verb} a harsh attack on Mary Lane.")


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed returned the compliment to Mary Lane.", ("tom-reed", "mary-lane", "support")),
    ("Tom Reed issued a sharp rebuke of Mary Lane.", ("tom-reed", "mary-lane", "oppose")),
    ("Tom Reed launched a broadside against Mary Lane.", ("tom-reed", "mary-lane", "oppose")),
])
def test_stance_nouns_under_light_verbs(nlp, text, expected):
    assert expected in _rows(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed paid a warm tribute to Mary Lane.", ("tom-reed", "mary-lane", "support")),
    ("Tom Reed issued a rebuke to Mary Lane.", ("tom-reed", "mary-lane", "oppose")),
])
def test_a_to_phrase_the_parser_makes_a_dative(nlp, text, expected):
    assert expected in _rows(nlp, text)
