""""The next day", "the previous day" are days counted from the day last named, not one-day
durations (rule ``date_day_relative`` over ``duration_past_unit``; all sentences invented)."""
from __future__ import annotations

import pytest

from tests.timex import time_rows

PUB = "2025-05-16"  # a Friday


def values(nlp, text):
    return [(t.text, t.type, t.value) for t in time_rows(nlp, text, PUB)]


@pytest.mark.parametrize("text, expected", [
    ("The rebels seized the town on May 3. The next day they retreated.", ("The next day", "DATE", "2025-05-04")),
    ("Troops left the port on May 3, a week after the rebels had taken it the previous day.",
     ("the previous day", "DATE", "2025-05-02")),
    ("Shelling went on for the last hour.", ("the last hour", "DURATION", "PT1H")),
    ("Rain fell over the past day.", ("the past day", "DURATION", "P1D")),
])
def test_next_and_previous_day_are_days(nlp, text, expected):
    assert expected in values(nlp, text)
