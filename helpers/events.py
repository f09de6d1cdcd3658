"""Events: what happened when, the rows of the actor timeline.

Not written yet: returns no rows.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .article import Article
from .tables import ArticleTables


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list:
    return []
