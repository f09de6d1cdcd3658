"""Times: every temporal expression, typed and resolved against the publication date.

Spans come from named rules (``data/reference/time_rules.csv``, modelled on HeidelTime's rule
files: a name, a regex over the word classes of ``data/reference/time_words.csv``, a
normalisation function of ``normalise.py`` and an example), run over every sentence, longest
match first. Named filters (``rules.py``) veto matches the spaCy parse shows are no time:
"May"/"March" only as a proper noun or inside a DATE entity, a four-digit number is no year as a
count ("1999 voters") or inside a name or code ("Windows 2000", "Iron Shield 2023-A"), a
lower-case time word capitalised mid-sentence is part of a name ("Russia Today", "60 Minutes"),
"the past"/"the future" are times only as nouns, "a daily" is a newspaper, ages ("52 years
old"), rates ("700 cars a week") and fractions ("a quarter of the voters") are no durations.
"The quarter", "a year earlier", "that day" are read from the date last named. Each span is
resolved to a TIMEX3 ``value`` (``2025-05-16``, ``2025-W20``, ``2025-05``, ``2025-Q1``,
``2025``, ``199`` for the 1990s, ``P6W``, ``PRESENT_REF``...), a ``precision`` and the ISO dates
bounding it. The clause decides the direction of underspecified dates (``tense.py``): "on
Friday" in a past clause is the last Friday on or before publication, in a future one ("will
meet on Friday", "expected in April") the next, in a present one the nearest. Without a
publication date, relative expressions keep ``value`` null. Boilerplate sentences give no
times. Any rule or filter can be switched off by name (``rules.disable``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Doc

from ..article import Article
from ..records import Time
from ..tables import ArticleTables
from .dates import FUTURE, NEAREST, PAST, Resolved
from .normalise import Context
from .rules import Match, Rule, active_rules, all_rules, disable, enable, vetoed
from .tense import clause_tense, dates_the_verb

__all__ = ["FUTURE", "NEAREST", "PAST", "Resolved", "Rule", "all_rules", "clause_tense", "disable", "enable",
           "extract", "extract_with_rules", "find", "resolve"]


def find(text: str, *, doc: Optional[Doc] = None, offset: int = 0) -> list[tuple[int, int, Rule, re.Match]]:
    """Non-overlapping rule matches in ``text`` (offsets relative to it), longest first."""
    found = []
    for order, rule in enumerate(active_rules()):
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and (doc is None or vetoed(Match(rule, m, text, doc, offset)) is None):
                found.append((m.start(), m.end(), order, rule, m))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    chosen: list[tuple[int, int, Rule, re.Match]] = []
    for a, b, _, rule, m in found:
        if all(b <= c[0] or a >= c[1] for c in chosen):
            chosen.append((a, b, rule, m))
    return sorted(chosen, key=lambda f: f[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leading prepositions are not part of a TIMEX3 ("on Friday" -> "Friday"); "at least" is
    ("at least three weeks")."""
    m = re.match(r"(?:on|in|at(?!\s+least\b)|since|by|during|until|till|from|for|of|within|over|before|after)\s+",
                 text[start:end], re.I)
    if m and end - start > m.end():
        start += m.end()
    while end > start and text[end - 1] in " ,.;:'’" and not re.search(r"[ap]\.m\.$", text[start:end], re.I):
        if text[end - 1] in "'’" and text[start:end - 1].lower().endswith("s"):
            break
        end -= 1
    return start, end


@dataclass
class _Sent:
    start: int
    end: int


def extract_with_rules(doc: Doc, article: Article, tables: ArticleTables) -> list[tuple[Time, str]]:
    """The time rows with the name of the rule that found each."""
    if not isinstance(doc, Doc):
        raise ValueError("times.extract needs a spaCy Doc")
    published, text = article.published_date, doc.text
    rows: list[tuple[Time, str]] = []
    anchor = last = quarter = None
    sentences = tables.sentences or [_Sent(s.start_char, s.end_char) for s in doc.sents]
    for sent in sentences:
        if getattr(sent, "is_boilerplate", False):
            continue
        s0, s1 = sent.start, sent.end
        for a, b, rule, m in find(text[s0:s1], doc=doc, offset=s0):
            start, end = s0 + a, s0 + b
            ctx = Context(published=published, anchor=anchor, tense=_lazy(clause_tense, doc, start, end),
                          on_verb=_lazy(dates_the_verb, doc, start, end),
                          before=text[max(s0, start - 12):start], after=text[end:end + 12],
                          last=last, quarter=quarter, sentence=text[s0:s1])
            r = rule.handler(m, ctx)
            if r is None:
                continue
            if r.type == "DATE" and r.date_start and r.value and r.value[:1].isdigit():
                last = r
                if r.precision == "quarter" and rule.normalise == "quarter":
                    quarter = r
            a, b = _trim(text, start, end)
            if r.precision == "day" and r.date_start and r.type == "DATE":
                anchor = r.date_start
            rows.append((Time(
                time_id=f"t{len(rows) + 1}", start=a, end=b, text=text[a:b], type=r.type, value=r.value,
                precision=r.precision,
                date_start=r.date_start.isoformat() if r.date_start else None,
                date_end=r.date_end.isoformat() if r.date_end else None,
                sentence_id=tables.sentence_id_at(a) if tables.sentences else _sent_index(doc, a),
            ), rule.name))
    return rows


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Time]:
    return [t for t, _ in extract_with_rules(doc, article, tables)]


def _sent_index(doc: Doc, char: int) -> int:
    for i, s in enumerate(doc.sents):
        if s.start_char <= char < s.end_char:
            return i
    return 0


def _lazy(fn: Callable, doc: Doc, start: int, end: int) -> Callable:
    """``fn(doc, start, end)`` worked out on first call only (most rules never ask)."""
    cache: list = []

    def value():
        if not cache:
            cache.append(fn(doc, start, end))
        return cache[0]
    return value


def resolve(expression: str, *, published: Optional[str] = None, tense: str = PAST) -> Optional[Resolved]:
    """Resolve one expression on its own (no Doc): for notebooks and quick checks."""
    import datetime as dt

    pub = dt.date.fromisoformat(published) if published else None
    hits = find(expression)
    if not hits:
        return None
    start, end, rule, m = max(hits, key=lambda h: h[1] - h[0])
    return rule.handler(m, Context(published=pub, tense=lambda: tense, anchor=None,
                                   before=expression[:start], after=expression[end:]))
