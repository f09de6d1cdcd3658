"""What every step of the extraction reads, in one object: the Doc, its text, the article, the
tables made so far, the quotations and which of them holds each character; and the row a step
proposes before it becomes a ``Quote``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from ..article import Article
from ..records import Mention
from ..tables import ArticleTables
from .marks import Quoted, quoted_spans


class _Resolver:
    """Maps a surface span to the actor whose mention covers it."""

    def __init__(self, tables: ArticleTables):
        self.mentions = sorted(tables.mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.tables = tables

    def actor_at(self, start: int, end: int, head: Optional[int] = None) -> Optional[str]:
        i = bisect.bisect_right(self.starts, end)
        best: Optional[Mention] = None
        best_key = None
        for m in self.mentions[max(0, i - 40): i]:
            if m.end <= start or m.start >= end:
                continue
            covers_head = head is not None and m.start <= head < m.end
            overlap = min(m.end, end) - max(m.start, start)
            key = (covers_head, overlap)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best.actor_id if best else None

    def name(self, actor_id: Optional[str]) -> Optional[str]:
        a = self.tables.actor(actor_id)
        return a.name if a else None


@dataclass
class _Row:
    kind: str
    start: int
    end: int
    speaker_tok: Optional[Token] = None
    speaker_span: Optional[tuple[int, int]] = None
    speaker_id: Optional[str] = None
    cue: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    quoted: Optional[Quoted] = None
    inherited: bool = False
    minor: bool = False  # an object report ("wanted to ..."), dropped inside another report
    aside: bool = False  # a quotation in dashes after a name: that person's words, inside a report too


@dataclass
class Context:
    """One article as every step sees it: the Doc and its text, the article, the tables made so
    far, the quotations outside boilerplate, which of them holds each character (``owner``,
    marks included, -1 outside) and the mention index that maps a span to its actor."""

    doc: Doc
    text: str
    article: Article
    tables: ArticleTables
    quotes: list[Quoted]
    owner: list[int]
    resolver: _Resolver

    @classmethod
    def build(cls, doc: Doc, article: Article, tables: ArticleTables) -> "Context":
        text = doc.text
        quotes = [q for q in quoted_spans(text, article.paragraphs or None)
                  if not article.is_boilerplate(q.start, q.end) and not tables.is_boilerplate(q.start)]
        owner = [-1] * (len(text) + 1)
        for k, q in enumerate(quotes):
            for j in range(q.open, q.outer_end):
                owner[j] = k
        return cls(doc, text, article, tables, quotes, owner, _Resolver(tables))
