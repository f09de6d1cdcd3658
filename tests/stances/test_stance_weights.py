"""Confidence by kind of evidence (weights.py), contexts that assert nothing (conditions.py) and nouns that are
no topic (received-topic); invented sentences, events given as the events table would give them)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from helpers import stances
from helpers.stances import rules
from helpers.stances.weights import is_stance_predicate
from tests.test_stances import _make, lone_evaluation  # noqa: F401  (a fixture)


def _event(event_id, category, predicate):
    return SimpleNamespace(event_id=event_id, sentence_id=0, category=category, actor_id="mary-lane",
                           target="tom-reed", participants=("mary-lane", "tom-reed"), modality="asserted",
                           trigger_start=10, trigger_end=16, confidence=0.85, quote_id=None, predicate=predicate)


def _rows(doc, article, tables):
    return {(r.holder_id, r.target, r.label) for r in stances.extract(doc, article, tables)}


@pytest.mark.parametrize("text, category, predicate, label", [
    ("Mary Lane joined Tom Reed at a rally in Iowa.", "SUPPORT", "join", "support"),
    ("Mary Lane declined an interview request from Tom Reed.", "REJECT", "decline", "oppose"),
])
def test_an_event_on_no_stance_predicate_makes_no_row_alone(nlp, text, category, predicate, label):
    doc, article, tables = _make(nlp, text)
    tables.events = [_event("e1", category, predicate)]
    with rules.switched_off("event-supporting"):
        assert _rows(doc, article, tables) == set()
        with rules.switched_off("event-non-stance-predicate"):
            assert _rows(doc, article, tables) == {("mary-lane", "tom-reed", label)}


def test_an_event_on_a_stance_predicate_makes_no_row_alone(nlp):
    doc, article, tables = _make(nlp, "Mary Lane stood behind Tom Reed in Iowa.")
    tables.events = [_event("e1", "SUPPORT", "back")]
    assert _rows(doc, article, tables) == set()
    with rules.switched_off("event-supporting"):
        assert _rows(doc, article, tables) == {("mary-lane", "tom-reed", "support")}


def test_an_event_confirms_the_row_a_predicate_makes(nlp):
    doc, article, tables = _make(nlp, "Tom Reed mocked Mary Lane's story and Mary Lane praised Tom Reed.")
    tables.events = [_event("e1", "SUPPORT", "praise")]
    rows = stances.extract(doc, article, tables)
    row = next(r for r in rows if (r.holder_id, r.target) == ("mary-lane", "tom-reed"))
    assert row.label == "support" and "e1" in row.evidence
    assert is_stance_predicate("back") and is_stance_predicate("condemn")
    assert not is_stance_predicate("join") and not is_stance_predicate("")


def test_a_negation_with_no_evaluative_word_is_no_evaluation(nlp):
    from tests.test_stances import _quote
    from tests.test_stances import _rows as rows_of

    text = "“Tom Reed is not supposed to confer with his staff during the breaks,” Mary Lane said."
    q = _quote("q1", "direct", "Tom Reed is not supposed to confer with his staff during the breaks,", text, "mary-lane")
    with rules.switched_on("min-confidence-direct"):  # the weak evaluations of a direct quote are kept
        assert rows_of(nlp, text, quotes=[q]) == set()
        with rules.switched_off("negation-alone"):
            assert rows_of(nlp, text, quotes=[q]) == {("mary-lane", "tom-reed", "oppose")}
        text = "“Tom Reed is not honest,” Mary Lane said."
        q = _quote("q1", "direct", "Tom Reed is not honest,", text, "mary-lane")
        assert rows_of(nlp, text, quotes=[q]) == {("mary-lane", "tom-reed", "oppose")}


@pytest.mark.parametrize("text, asserted", [
    ("If the budget passes, Mary Lane will praise Tom Reed.", False),
    ("Mary Lane will praise Tom Reed if the budget passes.", False),
    ("Mary Lane praised Tom Reed, whether or not the budget passes.", True),
    ("Mary Lane praised Tom Reed because the budget passed.", True),
])
def test_the_consequent_of_a_conditional_is_not_asserted(nlp, text, asserted):
    from tests.test_stances import _rows as rows_of

    row = {("mary-lane", "tom-reed", "support")}
    assert rows_of(nlp, text) == (row if asserted else set())
    with rules.switched_off("conditional-consequent"):
        assert rows_of(nlp, text) == row


@pytest.mark.parametrize("text, off", [
    ("Tom Reed welcomed the votes of the farmers.", {("tom-reed", "votes", "support")}),
    ("Mary Lane welcomed congressional approval of the pact.", {("mary-lane", "approval", "support")}),
])
def test_what_a_holder_receives_is_no_topic(nlp, text, off):
    from tests.test_stances import _rows as rows_of

    assert rows_of(nlp, text) == set()
    with rules.switched_off("received-topic"):
        assert rows_of(nlp, text) == off
    assert rows_of(nlp, "Tom Reed won the endorsement of Mary Lane.") == {("mary-lane", "tom-reed", "support")}
    assert rows_of(nlp, "Mary Lane backs the pact.") == {("mary-lane", "pact", "support")}


def test_an_unlisted_topic_of_a_preposition_makes_no_row_alone(nlp):
    from tests.test_stances import _rows as rows_of

    text = "Mary Lane voiced support for the gun industry."
    assert rows_of(nlp, text) == set()
    with rules.switched_off("preposition-topic"):
        assert rows_of(nlp, text) == {("mary-lane", "gun industry", "support")}
    assert rows_of(nlp, "Mary Lane called for a ceasefire.") == {("mary-lane", "ceasefire", "support")}  # listed


@pytest.mark.parametrize("text", ["When asked to condemn Tom Reed, Mary Lane changed the subject.",
                                  "When asked to praise Tom Reed, Mary Lane smiled."])
def test_a_request_made_of_the_holder_asserts_no_stance(nlp, text):
    from tests.test_stances import _rows as rows_of

    assert rows_of(nlp, text) == set()
    with rules.switched_off("asked-to"):
        assert rows_of(nlp, text) != set()
    assert rows_of(nlp, "Mary Lane asked to speak and then condemned Tom Reed.") == {("mary-lane", "tom-reed", "oppose")}


@pytest.mark.parametrize("kind", ["indirect", "direct"])
def test_an_evaluation_in_reported_speech_makes_no_row_alone(nlp, kind):
    from tests.test_stances import _quote
    from tests.test_stances import _rows as rows_of

    text = ("Mary Lane said Tom Reed is a corrupt and dishonest liar." if kind == "indirect"
            else "“Tom Reed is a corrupt and dishonest liar,” Mary Lane said.")
    content = "Tom Reed is a corrupt and dishonest liar"
    q = _quote("q1", kind, content + ("," if kind == "direct" else "."), text, "mary-lane")
    row = {("mary-lane", "tom-reed", "oppose")}
    assert rows_of(nlp, text, quotes=[q]) == set()  # alone, neither makes a row (rule quote-evaluation-corroborated)
    with rules.switched_off("quote-evaluation-corroborated"):
        assert rows_of(nlp, text, quotes=[q]) == (set() if kind == "indirect" else row)
        with rules.switched_off("quote-evaluation-indirect"):
            assert rows_of(nlp, text, quotes=[q]) == row


def test_a_quote_evaluation_makes_a_row_only_with_a_second_place(nlp):
    from helpers.stances.weights import CORROBORATED
    from tests.test_stances import _quote
    from tests.test_stances import _rows as rows_of

    once = "“Tom Reed is a corrupt and dishonest liar,” Mary Lane said."
    q = _quote("q1", "direct", "Tom Reed is a corrupt and dishonest liar,", once, "mary-lane")
    assert rows_of(nlp, once, quotes=[q]) == set()
    with rules.switched_off("quote-evaluation-corroborated"):
        assert rows_of(nlp, once, quotes=[q]) == {("mary-lane", "tom-reed", "oppose")}
    # a second place of the same sign: a second quote of the speaker evaluating him
    second = "Tom Reed is a dishonest cheat,"
    twice = once + f" “{second}” Mary Lane added."
    q2 = _quote("q2", "direct", second, twice, "mary-lane")
    doc, article, tables = _make(nlp, twice, quotes=[q, q2])
    rows = {(r.holder_id, r.target, r.label): r.confidence for r in stances.extract(doc, article, tables)}
    assert rows == {("mary-lane", "tom-reed", "oppose"): CORROBORATED}


def test_a_rows_confidence_is_its_evidence_kinds_train_precision_and_grows_with_a_second_place(nlp):
    from helpers.stances.weights import CALIBRATED, CORROBORATED

    def confidence(text):
        doc, article, tables = _make(nlp, text)
        return {(r.holder_id, r.target): r.confidence for r in stances.extract(doc, article, tables)}

    once, twice = "Mary Lane praised Tom Reed.", "Mary Lane praised Tom Reed on Monday. On Tuesday, Mary Lane praised Tom Reed again."
    assert confidence(once) == {("mary-lane", "tom-reed"): CALIBRATED["predicate-object"]}
    assert confidence(twice) == {("mary-lane", "tom-reed"): CORROBORATED}
    assert CALIBRATED["predicate-object"] < CORROBORATED
    with rules.switched_off("calibrated-confidence"):
        assert confidence(once) == confidence(twice) == {("mary-lane", "tom-reed"): 0.9}


@pytest.mark.usefixtures("lone_evaluation")
def test_a_condition_is_not_asserted_whatever_the_parsers_label(nlp):
    from tests.test_stances import _quote
    from tests.test_stances import _rows as rows_of

    content = "If you're a voter and you think Tom Reed is a corrupt liar, then you're welcome to stay home."
    text = f"Mary Lane spoke on Monday.\n\n\"{content}\""
    q = _quote("q1", "direct", content, text, "mary-lane")
    assert rows_of(nlp, text, quotes=[q]) == set()
    with rules.switched_off("conditional-any-label"):  # the parser hangs "If you're" on the quotation mark
        assert rows_of(nlp, text, quotes=[q]) == {("mary-lane", "tom-reed", "oppose")}
