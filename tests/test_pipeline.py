"""The pipeline's own components: where sentences may and may not start."""
from __future__ import annotations

from helpers.pipeline import get_nlp, no_midword_breaks, paragraph_breaks


def test_no_sentence_starts_after_a_lower_case_word_on_the_same_line():
    doc = get_nlp().make_doc("Garcia quoted harsh words Nolan had written. Then she left\nNolan Hall was empty.")
    doc = no_midword_breaks(paragraph_breaks(doc))
    start = {(t.i, t.text): t.is_sent_start for t in doc}
    assert start[(4, "Nolan")] is False   # after "words", same line: never a new sentence
    assert start[(8, "Then")] is None     # after a full stop: the parser decides
    assert start[(12, "Nolan")] is True   # a new line starts one
    assert start[(13, "Hall")] is False


def test_parse_keeps_the_reported_clause_in_one_sentence():
    doc = get_nlp()("At a town hall in Maine, Delgado repeated demeaning jokes Duarte had told about farmers.")
    assert len(list(doc.sents)) == 1


def test_no_sentence_starts_with_a_lower_case_word_on_the_same_line():
    doc = get_nlp()("“You done?” she said, but Ivo was still reading the paper.")
    assert len(list(doc.sents)) == 1
