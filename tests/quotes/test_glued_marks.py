"""The tokenizer rule ``glued-marks`` (helpers.quotes.marks.split_glued_marks): a quotation mark
typed with no space before the next word is a token of its own, so the word after it is too."""
from __future__ import annotations

import spacy

from helpers.quotes.marks import GLUED_MARKS_EXAMPLES, GLUED_MARKS_RULE, split_glued_marks


def _tokens(text, disabled=()):
    nlp = spacy.blank("en")
    split_glued_marks(nlp.tokenizer, disabled)
    return [t.text for t in nlp.make_doc(text)]


def test_a_glued_closing_mark_and_its_comma_are_tokens_of_their_own():
    assert _tokens(GLUED_MARKS_EXAMPLES[0])[3:7] == ["win", ",", "”", "Clinton"]
    assert "He" in _tokens(GLUED_MARKS_EXAMPLES[1])
    assert _tokens("The chair said“We are done,\"Pat Moss said.")[2:4] == ["said", "“"]
    assert "Pat" in _tokens("“We are done,\"Pat Moss said.")


def test_the_rule_switched_off_leaves_the_glued_word():
    assert "win,”Clinton" in _tokens(GLUED_MARKS_EXAMPLES[0], {GLUED_MARKS_RULE})


def test_apostrophes_and_abbreviations_are_untouched():
    assert _tokens("Ms. Okafor’s aide can’t say U.S. policy is “clear.”") == [
        "Ms.", "Okafor", "’s", "aide", "ca", "n’t", "say", "U.S.", "policy", "is", "“", "clear", ".", "”"]


def test_the_speaker_after_a_glued_mark_is_found(run):
    rows = run("“We will cut the tax on bread,”Okafor said on Monday.")
    assert [(q.kind, q.speaker_text) for q in rows] == [("direct", "Okafor")]
