"""The times table of one invented text, as the tests of this folder read it."""
from __future__ import annotations

from helpers import sentences, times
from helpers.article import from_text
from helpers.tables import ArticleTables


def extract(nlp, text: str, published: str):
    """The Time rows of ``text`` published on ``published``, with its sentences in place."""
    article = from_text(text, published=published)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    return times.extract(doc, article, tables)
