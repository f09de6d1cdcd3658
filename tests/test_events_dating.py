"""Event dating beyond the rules' own examples: the order of the dating rules and how the clause
fallbacks (a refused complement, a date after the subject, a dated document, a when-clause of a time,
a purpose clause, a made antecedent) keep the issue's guards."""
from __future__ import annotations

import pytest

from helpers.events.rules import active
from tests.test_events_rules import row_for, run_text

ACTORS = {"Norway": "NOR", "Chile": "CHL", "Peru": "PER"}


def date_of(nlp, text: str, trigger: str):
    row = row_for(run_text(nlp, text, ACTORS), text, trigger)
    assert row is not None, f"no row for {trigger!r} in {text!r}"
    return row.date, row.date_inferred


def test_own_time_first_and_publication_date_last():
    names = [r.name for r in active("dating")]
    assert names[0] == "own-time" and names[-1] == "reported-as-now"
    for fallback in ("refused-complement-time", "time-after-subject", "dated-document-subject",
                     "when-clause-of-time", "purpose-clause-time", "made-antecedent-time"):
        assert names.index("own-time") < names.index(fallback) < names.index("reported-as-now")


@pytest.mark.parametrize("text,trigger,date", [
    # the refusal's own time wins over its complement's
    ("Chile refused on Friday to meet Peru on Monday.", "refused", "2025-05-16"),
    # a made antecedent's date gives way to the clause's own
    ("Chile rejected the 2016 accord, which Peru negotiated in 2015.", "negotiated", "2015-01-01"),
    # a when-clause with no time above it has no date of its own
    ("Chile protested when Peru invaded the Atacama.", "invaded", None),
    # a date after the subject of another clause does not date this one
    ("Norway, Chile and Peru Friday formally signed the accord that Peru criticized.", "criticized", None),
])
def test_fallbacks_keep_the_guards(nlp, text, trigger, date):
    assert date_of(nlp, text, trigger)[0] == date


def test_a_present_refusal_with_a_complement_date_is_not_inferred(nlp):
    got, inferred = date_of(nlp, "Chile refuses to meet Peru on Monday.", "refuses")
    assert got in ("2025-05-12", "2025-05-19") and not inferred  # which Monday is the times table's call
