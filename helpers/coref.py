"""Pronoun mentions: "he", "she", "they" resolved to actors.

Not written yet: returns no rows.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .article import Article
from .records import Mention
from .tables import ArticleTables


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Mention]:
    return []
