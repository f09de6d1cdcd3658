"""The engine: one parsed article in, every table of the contract out.

Each table's module is a function ``extract(doc, article, tables)`` that reads
the Doc, the Article and the tables made before it, in the order below, and
returns its records. The spaCy pipeline is loaded once and never re-run.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import actors, chunking, coref, countries, events, places, quotes, sentences, stances, times
from .article import Article
from .pipeline import get_nlp
from .tables import ArticleTables

#: languages the English pipeline is meant for; other articles get article and sentences only
ENGLISH = {"en", None}


def build_tables(doc: Doc, article: Article) -> ArticleTables:
    """Every table for an article whose text ``doc`` already parsed."""
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    if article.language not in ENGLISH:
        return tables
    tables.actors, tables.mentions = actors.extract(doc, article, tables)
    # pronouns resolve against the named actors, then every actor is counted again
    tables.mentions = sorted(tables.mentions + coref.extract(doc, article, tables), key=lambda m: (m.start, m.end))
    tables.actors = actors.recount(tables.actors, tables.mentions)
    tables.places = places.extract(doc, article, tables)
    tables.countries = countries.extract(doc, article, tables)
    tables.quotes = quotes.extract(doc, article, tables)
    tables.times = times.extract(doc, article, tables)
    tables.events = events.extract(doc, article, tables)
    tables.stances = stances.extract(doc, article, tables)
    return tables


def analyze(article: Article, *, nlp: Optional[Language] = None) -> ArticleTables:
    """Parse one article and build its tables."""
    nlp = nlp or get_nlp()
    return build_tables(parse(nlp, article), article)


def parse(nlp: Language, article: Article) -> Doc:
    """The article's Doc; a long text is parsed in paragraph chunks (``helpers.chunking``)."""
    if chunking.is_long(article.text):
        return chunking.parse(nlp, article.text, article.paragraphs)
    return nlp(article.text)


def analyze_many(articles: Iterable[Article], *, nlp: Optional[Language] = None, batch_size: int = 16,
                 on_error: Optional[Callable[[Article, Exception], None]] = None) -> Iterator[ArticleTables]:
    """Stream articles through ``nlp.pipe`` in batches; tables come out in input order.

    This is the one run path: single articles, corpus runs and the benchmark all come
    here. A long text is parsed in chunks (``helpers.chunking``). With ``on_error``, an
    article whose parse or tables raise is handed to it and the stream goes on (if
    the parser breaks inside a batch, the rest of the batch is parsed one by one to
    find the culprit); without it, the exception propagates.
    """
    nlp = nlp or get_nlp()
    fed: deque[Article] = deque()

    def feed(items: Iterator[Article]) -> Iterator[tuple[str, Article]]:
        for a in items:
            fed.append(a)
            # a long text would make one huge batch: it passes the batch as "" and is parsed in chunks
            yield ("" if chunking.is_long(a.text) else a.text), a

    source = iter(articles)
    try:
        for doc, article in nlp.pipe(feed(source), as_tuples=True, batch_size=batch_size):
            fed.popleft()
            tables = _tables(nlp, doc, article, on_error)
            if tables is not None:
                yield tables
    except Exception:
        if on_error is None:
            raise
        for article in [*fed, *source]:
            try:
                doc = parse(nlp, article)
            except Exception as exc:
                on_error(article, exc)
                continue
            tables = _tables(nlp, doc, article, on_error)
            if tables is not None:
                yield tables


def _tables(nlp: Language, doc: Doc, article: Article,
            on_error: Optional[Callable[[Article, Exception], None]]) -> Optional[ArticleTables]:
    try:
        if chunking.is_long(article.text):
            doc = chunking.parse(nlp, article.text, article.paragraphs)
        return build_tables(doc, article)
    except Exception as exc:  # one broken article in a thousand must not stop the run
        if on_error is None:
            raise
        on_error(article, exc)
        return None
