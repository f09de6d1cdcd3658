"""The pipeline's own components: where sentences may and may not start."""
from __future__ import annotations

from helpers.pipeline import get_nlp, no_midword_breaks, paragraph_breaks


def test_no_sentence_starts_after_a_lower_case_word_on_the_same_line():
    doc = get_nlp().make_doc("Clinton cited disparaging remarks Trump had made. Then she left\nTrump Tower was quiet.")
    doc = no_midword_breaks(paragraph_breaks(doc))
    start = {(t.i, t.text): t.is_sent_start for t in doc}
    assert start[(4, "Trump")] is False   # after "remarks", same line: never a new sentence
    assert start[(8, "Then")] is None     # after a full stop: the parser decides
    assert start[(12, "Trump")] is True   # a new line starts one
    assert start[(13, "Tower")] is False


def test_parse_keeps_the_reported_clause_in_one_sentence():
    doc = get_nlp()("At Monday's debate, Clinton cited disparaging remarks Trump had made about Machado.")
    assert len(list(doc.sents)) == 1


def test_no_sentence_starts_with_a_lower_case_word_on_the_same_line():
    doc = get_nlp()("“You winning?” she said, but Kevin was drifting off again.")
    assert len(list(doc.sents)) == 1
