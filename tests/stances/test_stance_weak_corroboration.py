"""Weak evidence at two places of an article makes a row (rule weak-corroboration), invented sentences."""
from __future__ import annotations

from helpers.stances import rules
from tests.test_stances import _rows

ONE = "Mary Lane said Tom Reed wants to help."
TWO = "Mary Lane said Tom Reed wants to help. Later Mary Lane said Tom Reed wants to help the city."


def _quotes(text):
    """An indirect quote of Mary Lane for each sentence's reported clause."""
    from helpers.records import Quote

    found, pos = [], 0
    for k, content in enumerate(("Tom Reed wants to help", "Tom Reed wants to help the city")):
        i = text.find(content + ("." if k == 0 else ""), pos)
        if i >= 0:
            found.append(Quote(quote_id=f"q{k}", kind="indirect", text=content, start=i, end=i + len(content),
                               speaker_id="mary-lane", speaker="mary-lane", speaker_text=None, speaker_start=None,
                               speaker_end=None, cue="say", cue_start=None, cue_end=None, sentence_id=k,
                               paragraph_id=0))
            pos = i + len(content)
    return found


def test_one_weak_evaluation_makes_no_row(nlp):
    with rules.switched_on("weak-corroboration"):
        assert ("mary-lane", "tom-reed", "support") not in _rows(nlp, ONE, quotes=_quotes(ONE))


def test_two_weak_evaluations_of_one_sign_make_a_row(nlp):
    quotes = _quotes(TWO)
    assert len(quotes) == 2
    assert ("mary-lane", "tom-reed", "support") not in _rows(nlp, TWO, quotes=quotes)  # off by default
    with rules.switched_on("weak-corroboration"):
        assert ("mary-lane", "tom-reed", "support") in _rows(nlp, TWO, quotes=quotes)
    with rules.switched_off("weak-corroboration"):
        assert ("mary-lane", "tom-reed", "support") not in _rows(nlp, TWO, quotes=quotes)
