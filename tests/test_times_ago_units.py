""""N units ago" for every unit of the word list: a fortnight is two weeks, a century a hundred
years (all sentences invented)."""
from __future__ import annotations

import pytest

from tests.timex import time_rows

PUB = "2025-05-16"  # a Friday


def values(nlp, text):
    return [(t.text, t.value) for t in time_rows(nlp, text, PUB)]


@pytest.mark.parametrize("text, expected", [
    ("The two parties agreed the deal a fortnight ago.", ("a fortnight ago", "2025-W18")),
    ("The bridge over the river was built a century ago.", ("a century ago", "1925")),
    ("The town was founded two centuries ago by traders.", ("two centuries ago", "1825")),
])
def test_fortnight_and_century_count_back(nlp, text, expected):
    assert expected in values(nlp, text)
