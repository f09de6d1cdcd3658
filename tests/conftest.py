"""Shared fixtures: the pipeline once per test session, the seed article and its gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "articles" / "kremlin-summit.txt"
GOLD = ROOT / "tests" / "fixtures" / "kremlin-summit.gold.json"


@pytest.fixture(scope="session")
def nlp():
    from helpers.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def extract_actors(nlp):
    """``text -> (actors, mentions)`` of the actors extractor on an invented text (published 2025-05-16),
    every mention checked to name its own span of the text."""
    from helpers import actors, sentences
    from helpers.article import from_text
    from helpers.tables import ArticleTables

    def _run(text: str, published: str = "2025-05-16"):
        article = from_text(text, published=published)
        doc = nlp(article.text)
        tables = ArticleTables(article=article.row())
        tables.sentences = sentences.extract(doc, article)
        found, mentions = actors.extract(doc, article, tables)
        assert all(article.text[m.start:m.end] == m.text for m in mentions)
        return found, mentions
    return _run


@pytest.fixture(scope="session")
def seed_article():
    from helpers.article import load_one

    return load_one(str(SEED))


@pytest.fixture(scope="session")
def seed_tables(seed_article, nlp):
    from helpers.engine import analyze

    return analyze(seed_article, nlp=nlp)


@pytest.fixture(scope="session")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.is_dir():
        pytest.skip("../shared is absent: evaluation data not available here")
    return SHARED


def gold_line_span(text: str, line: int) -> tuple[int, int]:
    """Character span of 0-based line ``line`` of ``text``."""
    start = 0
    for _ in range(line):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    return start, len(text) if end == -1 else end
