"""Actors and mentions: who takes part, one row per real-world actor.

Not written yet: returns no rows.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .article import Article
from .records import Actor, Mention
from .tables import ArticleTables


def extract(doc: Doc, article: Article, tables: ArticleTables) -> tuple[list[Actor], list[Mention]]:
    return [], []
