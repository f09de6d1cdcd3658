"""Sentences: spaCy's sentences with their paragraph and a boilerplate flag.

Paragraph breaks are sentence breaks (``helpers.pipeline``); white space at the
edges is trimmed so that ``text[start:end]`` is the sentence itself. A sentence is
also cut at the edges of each boilerplate span (``helpers.boilerplate``), so a
dateline ("LONDON (Reuters) -") or an inline credit becomes a sentence of its own,
marked as boilerplate, and the prose around it stays a sentence that feeds the
other tables; a marked sentence feeds none.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .article import Article
from .records import Sentence


def extract(doc: Doc, article: Article) -> list[Sentence]:
    rows: list[Sentence] = []
    text = doc.text  # Doc.text joins every token: once, not once per sentence
    edges = sorted({x for span in article.boilerplate for x in span})
    for sent in doc.sents:
        for start, end in _pieces(sent.start_char, sent.end_char, edges):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
            if rows and rows[-1].is_boilerplate and _same_span(article, rows[-1].start, end):
                # one dateline or credit the parser cut in pieces stays one sentence
                rows[-1] = Sentence(sentence_id=rows[-1].sentence_id, paragraph_id=rows[-1].paragraph_id,
                                    start=rows[-1].start, end=end, text=text[rows[-1].start:end], is_boilerplate=True)
                continue
            rows.append(Sentence(
                sentence_id=len(rows), paragraph_id=article.paragraph_id_at(start), start=start, end=end,
                text=text[start:end], is_boilerplate=article.is_boilerplate(start, end),
            ))
    return rows


def _pieces(start: int, end: int, edges: list[int]) -> list[tuple[int, int]]:
    """``start:end`` cut at every boilerplate edge strictly inside it."""
    cuts = edges[bisect.bisect_right(edges, start):bisect.bisect_left(edges, end)]
    bounds = [start, *cuts, end]
    return list(zip(bounds, bounds[1:]))


def _same_span(article: Article, start: int, end: int) -> bool:
    """Do ``start`` and ``end`` fall in one boilerplate span?"""
    return any(a <= start and end <= b for a, b in article.boilerplate)
