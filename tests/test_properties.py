"""Property tests: for arbitrary text the engine never raises and its tables stay consistent.

Texts are built from news-like pieces (names, titles, reporting verbs, months,
digits, every kind of quotation mark, newlines) mixed with arbitrary Unicode.
For each: ``analyze(from_text(...))`` returns, every offset lies in the text and
covers the row's text, ids are unique, references resolve (``tests.invariants``),
and a second run gives the same document. ``derandomize=True`` makes the examples
the same on every machine.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import chunking
from helpers.article import boilerplate_spans, decode, from_text, paragraph_spans
from helpers.engine import analyze
from tests.invariants import problems

PIECES = [
    "said", "says", "told reporters", "according to", "added", "warned", "denied", "the", "a", "of", "and", "in",
    "on", "he", "she", "they", "it", "his", "her", "President", "Prime Minister", "spokesman", "Mr", "Ms", "Dr.",
    "Anna Berg", "Vladimir Putin", "Putin", "Keir Starmer", "Emmanuel Macron", "Zelensky", "the Kremlin", "Moscow",
    "Kyiv", "Paris", "London", "Russia", "Ukraine", "Russian", "British", "NATO", "the United Nations", "the EU",
    "Monday", "Friday", "May", "June 12", "2025", "1999", "last week", "yesterday", "today", "next month",
    "since 2022", "three days", "every year", "at 3 p.m.", "12", "0", "-1", "3.5%", "$40bn",
    "\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", ".", ",", ";", ":", "?", "!",
    "\u2014", "-", "(", ")", "\n", "\n\n", "\r\n", "\t", "  ", "donate", "Support us via PayPal", "subscribe now",
    "ceasefire", "summit", "talks", "sanctions", "attack", "agreed", "rejected", "criticised",
]
SEPARATORS = st.sampled_from(["", " ", " ", " ", "\n"])
piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), st.text(max_size=6))
texts = st.lists(st.tuples(piece, SEPARATORS), min_size=1, max_size=60).map(
    lambda parts: "".join(p + s for p, s in parts))
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)).map(
    lambda d: d.isoformat()))

SETTINGS = dict(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(**SETTINGS)
@given(text=texts, published=dates)
def test_analyze_never_raises_and_its_tables_hold_together(nlp, text, published):
    article = from_text(text, published=published)
    first = analyze(article, nlp=nlp).to_dict()
    assert problems(first) == []
    assert first["article"]["text"] == text
    second = analyze(from_text(text, published=published), nlp=nlp).to_dict()
    assert second == first


@settings(**SETTINGS)
@given(text=texts)
def test_paragraphs_are_ordered_trimmed_and_cover_every_word(text):
    spans = paragraph_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e0 < s1 for (_, e0), (s1, _) in zip(spans, spans[1:]))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    assert set(boilerplate_spans(text, spans)) <= set(spans)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(text=texts, width=st.integers(min_value=1, max_value=80))
def test_chunk_bounds_partition_any_text(text, width):
    bounds = chunking.chunk_bounds(text, paragraph_spans(text), max_chars=width)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= width for s, e in bounds)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=200))
def test_utf8_and_utf16_come_back_as_they_went_in(text):
    assert decode(text.encode("utf-8")) == text.lstrip("\ufeff") or text.startswith("\ufeff")
    assert decode(text.encode("utf-16")) == text
