"""The extractor's contract: the Doc must be the article's, boilerplate feeds nothing (helpers.quotes.extract)."""
from __future__ import annotations

import pytest

from helpers import quotes
from helpers.article import from_text
from helpers.tables import ArticleTables


def test_boilerplate_feeds_no_quotes(run):
    text = ("“We will win,” Smith said.\n"
            "Please consider making a donation, “every dollar helps,” our editor says.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [q.text for q in rows] == ["We will win,"]


def test_doc_must_match_article(nlp):
    article = from_text("Smith said the vote failed.")
    with pytest.raises(ValueError):
        quotes.extract(nlp("Another text."), article, ArticleTables(article=article.row()))
