"""The yes/no question rule (modality ``yes-no-question``): an event asked about is not asserted."""
from __future__ import annotations

from helpers import events
from tests.test_events_rules import row_for, run_text


def test_yes_no_question_is_not_asserted_but_a_wh_question_is(nlp):
    asked = "Did Norway sign the accord?"
    said = "Why did Norway sign the accord?"
    actors = {"Norway": "NOR"}
    assert row_for(run_text(nlp, asked, actors), asked, "sign").modality == "hypothetical"
    assert row_for(run_text(nlp, said, actors), said, "sign").modality == "asserted"
    with events.disabled("yes-no-question"):
        assert row_for(run_text(nlp, asked, actors), asked, "sign").modality == "asserted"
