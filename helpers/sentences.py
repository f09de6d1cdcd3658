"""Sentences: spaCy's sentences with their paragraph and a boilerplate flag.

Paragraph breaks are sentence breaks (``helpers.pipeline``); white space at the
edges is trimmed so that ``text[start:end]`` is the sentence itself. A sentence in
a boilerplate paragraph (``helpers.article``) is marked and feeds no other table.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .article import Article
from .records import Sentence


def extract(doc: Doc, article: Article) -> list[Sentence]:
    rows: list[Sentence] = []
    text = doc.text  # Doc.text joins every token: once, not once per sentence
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        rows.append(Sentence(
            sentence_id=len(rows), paragraph_id=article.paragraph_id_at(start), start=start, end=end,
            text=text[start:end], is_boilerplate=article.is_boilerplate(start, end),
        ))
    return rows
