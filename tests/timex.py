"""The time expressions of an invented text, for the tests of single time rules."""
from __future__ import annotations

from helpers import sentences, times
from helpers.article import from_text
from helpers.records import Time
from helpers.tables import ArticleTables


def time_rows(nlp, text: str, published: str) -> list[Time]:
    """Every time expression ``helpers.times`` finds in ``text`` published on ``published``."""
    article = from_text(text, published=published)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    return times.extract(doc, article, tables)
