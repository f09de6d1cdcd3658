"""Long texts: parse in paragraph chunks, join into one Doc whose offsets are the text's.

spaCy's parser and NER need memory in proportion to the length of the text they
see at once (about 1 GB per 100,000 characters, says spaCy's ``max_length`` note),
so an article over ``LONG_TEXT`` characters is cut into chunks of at most
``CHUNK_CHARS`` characters, each ending just before a paragraph starts. The chunks
go through ``nlp.pipe`` and ``Doc.from_docs(..., ensure_whitespace=False)`` glues
them back: the chunks partition the text exactly, so the joined ``doc.text`` is
the article's text and every character offset still points into it (the joined
Doc has no ``tensor``: no table reads it, and it is most of the memory). A paragraph
break is already a sentence break (``helpers.pipeline``), so cutting there changes
no sentence. A single paragraph longer than a chunk (a 100,000-character line) is
cut after the last sentence end before the limit, else at white space, else hard.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

import numpy
from spacy.language import Language
from spacy.tokens import Doc

#: texts longer than this many characters are parsed in chunks
LONG_TEXT = 200_000
#: the most characters one chunk holds (spaCy parses this much at once)
CHUNK_CHARS = 100_000

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def chunk_bounds(text: str, paragraphs: Optional[Sequence[tuple[int, int]]] = None, *,
                 max_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans that partition ``text``: each at most ``max_chars`` long, cut before paragraphs.

    ``paragraphs`` are the article's paragraph spans (``Article.paragraphs``); without
    them, every line start is a possible cut.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    n = len(text)
    if n <= max_chars:
        return [(0, n)] if n else []
    if not paragraphs:
        cuts = [m.end() for m in re.finditer(r"\n", text) if m.end() < n]
    else:
        cuts = [s for s, _ in paragraphs if 0 < s < n]
    bounds: list[tuple[int, int]] = []
    start, i = 0, 0
    while n - start > max_chars:
        limit = start + max_chars
        # the last paragraph start that keeps this chunk within the limit
        best = None
        while i < len(cuts) and cuts[i] <= limit:
            if cuts[i] > start:
                best = cuts[i]
            i += 1
        end = best if best is not None else _cut_inside(text, start, limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, n))
    return bounds


def _cut_inside(text: str, start: int, limit: int) -> int:
    """Where to end a chunk inside one over-long paragraph: a sentence end, white space, or the limit."""
    window_start = start + (limit - start) // 2  # never a tiny chunk
    last = None
    for m in _SENTENCE_END.finditer(text, window_start, limit):
        last = m.end()
    if last is not None and last > start:
        return last
    for pos in range(limit, window_start, -1):
        if text[pos - 1].isspace() and not text[pos].isspace():
            return pos
    return limit


def parse(nlp: Language, text: str, paragraphs: Optional[Sequence[tuple[int, int]]] = None, *,
          max_chars: int = CHUNK_CHARS, batch_size: int = 4) -> Doc:
    """One Doc for ``text``, parsed chunk by chunk when it is long; ``doc.text == text``."""
    bounds = chunk_bounds(text, paragraphs, max_chars=max_chars)
    if len(bounds) <= 1:
        return nlp(text)
    docs = []
    for chunk in nlp.pipe((text[s:e] for s, e in bounds), batch_size=batch_size):
        # tok2vec's tensor (96 floats a token) is the bulk of a Doc and no table reads it
        chunk.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(chunk)
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    if doc.text != text:  # a broken promise here would shift every offset downstream
        raise RuntimeError("chunked parse did not reproduce the text")
    return doc


def is_long(text: str, *, threshold: int = LONG_TEXT) -> bool:
    return len(text) > threshold


__all__ = ["LONG_TEXT", "CHUNK_CHARS", "chunk_bounds", "parse", "is_long"]
