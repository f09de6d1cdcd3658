"""Events: what happened when, the rows of the actor timeline.

Two sources, one row each:

* every quote row is a speech act: predicate = the cue lemma, category STATEMENT
  unless the cue names another PLOVER category ("warn" -> THREATEN, "urge" ->
  DEMAND, "deny" -> REJECT), actors = the speaker, then the other actors of the
  cue's clause outside the quoted content;
* every clause whose head verb (or event noun after a light verb: "hold talks",
  "impose sanctions") is in ``data/reference/event_verbs.csv`` and that has an
  actor mention or names a clear event noun. Clauses inside quoted content are
  the quote's business (its speech act is the event), negated clauses ("chose not
  to attend") did not happen, and boilerplate gives nothing.

Actors are the actor_ids of the mentions inside the clause (its own subtree minus
the sub-clauses that are events of their own), the subject first; a clause with
no actor of its own that is the complement of another ("Putin proposed that Kyiv
resume talks") takes the actors of the clause governing it. The date comes from
the time expression the clause governs (the shortest dependency path from the
head), then from the clauses governing it, then the nearest time in the sentence that no
other event clause owns;
``date`` is the time's ``date_start`` (so "since 2022" dates the event 2022-01-01)
and its precision comes along. With no time, the publication date stands in and
``date_inferred`` is true.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .article import Article
from .records import PLOVER_CATEGORIES, Event, Mention, Quote, Time
from .reference import read_table
from .tables import ArticleTables

#: dependency labels of a child that starts a clause of its own
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent_subject"}
_RELATIVE = {"who", "which", "that", "whom", "whose"}


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for row in read_table("event_verbs.csv"):
        category = row["category"].upper()
        if category not in PLOVER_CATEGORIES and category != "LIGHT":
            raise ValueError(f"event_verbs.csv: {row['lemma']!r} has unknown category {category!r}")
        (nouns if row["pos"] == "noun" else verbs)[row["lemma"].lower()] = category
    return verbs, nouns


def category_of(lemma: Optional[str], *, default: str = "STATEMENT") -> str:
    """The PLOVER category of a verb lemma (or cue phrase); ``default`` when unlisted or light."""
    verbs, _ = _lexicon()
    cat = verbs.get((lemma or "").lower())
    return cat if cat and cat != "LIGHT" else default


@dataclass
class _Candidate:
    head: Token                       # the clause's verb (or the event noun when it stands alone)
    predicate: str
    category: str
    noun: Optional[Token] = None      # the event noun of a light-verb construction
    quote: Optional[Quote] = None
    actors: list[str] = field(default_factory=list)


def _noun_lemma(token: Token) -> str:
    _, nouns = _lexicon()
    for form in (token.lower_, token.lemma_.lower()):
        if form in nouns:
            return form
    return ""


def _is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or \
        (token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children))


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    if isinstance(spans, _Covered) and spans.lo <= start < spans.hi:
        return bool(spans.chars[start - spans.lo])
    return any(a <= start < b for a, b in spans)


class _Covered(list):
    """Quote spans, plus which characters of one sentence they cover: ``_inside`` in O(1).

    A 100,000-character sentence has hundreds of quotes, verbs and mentions; testing
    each mention against each quote for each verb took minutes.
    """

    def __init__(self, spans: list[tuple[int, int]], lo: int, hi: int):
        super().__init__(spans)
        self.lo, self.hi = lo, hi
        self.chars = bytearray(max(hi - lo, 0))
        for a, b in spans:
            a, b = max(a, lo), min(b, hi)
            if a < b:
                self.chars[a - lo:b - lo] = b"\x01" * (b - a)


def _find_candidates(sent: Span, quoted: list[tuple[int, int]]) -> list[_Candidate]:
    verbs, nouns = _lexicon()
    found: list[_Candidate] = []
    taken_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or _inside(tok.idx, quoted) or _is_negated(tok):
            continue
        cat = verbs.get(tok.lemma_.lower())
        if cat is None:
            continue
        noun = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr") and _noun_lemma(c)), None)
        if cat == "LIGHT":
            if noun is None:
                continue
            found.append(_Candidate(tok, tok.lemma_.lower(), nouns[_noun_lemma(noun)], noun=noun))
        else:
            found.append(_Candidate(tok, tok.lemma_.lower(), cat))
        if noun is not None:
            taken_nouns.add(noun.i)
    return found


def _clause_tokens(head: Token, heads: set[int]) -> list[Token]:
    """The head's subtree without the sub-clauses headed by other events."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.i in heads and c.i != head.i:
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _subject(head: Token) -> Optional[Token]:
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in _RELATIVE and head.dep_ == "relcl":
                return head.head
            return c
    if head.dep_ in ("conj", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head)
    if head.dep_ == "relcl":
        return head.head
    return None


def _actors_in(tokens: list[Token], subject: Optional[Token], mentions: list[Mention],
               skip: list[tuple[int, int]]) -> list[str]:
    chars = {t.idx for t in tokens}
    subj_chars = {t.idx for t in subject.subtree} if subject is not None else set()
    hits_subj, hits_rest = [], []
    for m in mentions:
        if _inside(m.start, skip):
            continue
        covers = [c for c in range(m.start, m.end) if c in chars or c in subj_chars]
        if not covers:
            continue
        (hits_subj if any(c in subj_chars for c in range(m.start, m.end)) else hits_rest).append(m)
    ordered: list[str] = []
    for m in sorted(hits_subj, key=lambda m: m.start) + sorted(hits_rest, key=lambda m: m.start):
        if m.actor_id not in ordered:
            ordered.append(m.actor_id)
    return ordered


def _anchorable(t: Time) -> bool:
    return t.date_start is not None and t.type in ("DATE", "TIME")


def _time_root(doc: Doc, t: Time) -> Optional[Token]:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_to(ancestor: Token, token: Token) -> Optional[int]:
    """Dependency steps from ``token`` up to ``ancestor`` (None when not below it)."""
    steps, t = 0, token
    while True:
        if t.i == ancestor.i:
            return steps
        if t.head.i == t.i:
            return None
        t, steps = t.head, steps + 1


def _anchor(cand: _Candidate, times: list[tuple[Time, Token]], heads: set[int],
            skip: list[tuple[int, int]]) -> Optional[Time]:
    """The clause's own time, then its governors' times, then the nearest in the sentence."""
    usable = [(t, r) for t, r in times if not _inside(t.start, skip)]
    if not usable:
        return None
    owner: dict[int, tuple[int, Time]] = {}
    for t, root in usable:
        # the first event head up the chain owns the time
        node, steps = root, 0
        while node.i not in heads and node.head.i != node.i:
            node, steps = node.head, steps + 1
        if node.i in heads:
            best = owner.get(node.i)
            if best is None or steps < best[0]:
                owner[node.i] = (steps, t)
    node = cand.head
    while True:
        if node.i in owner:
            return owner[node.i][1]
        if node.head.i == node.i:
            break
        node = node.head
    # another clause's own time ("talks stalled since 2022") does not date this one
    owned = {id(t) for _, t in owner.values()}
    free = [(t, r) for t, r in usable if id(t) not in owned]
    if not free:
        return None
    return min(free, key=lambda tr: abs(tr[1].i - cand.head.i))[0]


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Event]:
    if not isinstance(doc, Doc):
        raise ValueError("events.extract needs a spaCy Doc")
    published = article.published
    text = doc.text  # Doc.text joins every token: once, not once per event
    all_quotes = list(tables.quotes)
    # rows of each table looked up per sentence by binary search, in table order, so a
    # long article (thousands of sentences) is not quadratic; ``quotes`` and ``quoted``
    # hold the quotes that overlap the sentence, the only ones its offsets can fall in
    by_start = _Index(tables.mentions, lambda m: m.start)
    times_by_start = _Index(tables.times, lambda t: t.start)
    quotes_by_cue = _Index([q for q in all_quotes if q.cue_start is not None], lambda q: q.cue_start)
    quotes_by_start = _Index(all_quotes, lambda q: q.start)
    longest = max((q.end - q.start for q in all_quotes), default=0)
    cueless: dict[int, list[Quote]] = {}
    for q in all_quotes:
        if q.cue_start is None:
            cueless.setdefault(q.sentence_id, []).append(q)
    rows: list[Event] = []
    sentences = tables.sentences or []
    for sent_row in sentences:
        if sent_row.is_boilerplate:
            continue
        sent = doc.char_span(sent_row.start, sent_row.end, alignment_mode="expand")
        if sent is None:
            continue
        sid = sent_row.sentence_id
        lo_char, hi_char = min(sent.start_char, sent_row.start), max(sent.end_char, sent_row.end)
        quotes = [q for q in quotes_by_start.within(lo_char - longest, hi_char)
                  if q.start < hi_char and q.end > lo_char]
        quoted = _Covered([(q.start, q.end) for q in quotes], lo_char, hi_char)
        mentions = by_start.within(sent_row.start, sent_row.end)
        times = [(t, r) for t in times_by_start.within(sent_row.start, sent_row.end) if _anchorable(t)
                 for r in [_time_root(doc, t)] if r is not None]
        sent_quotes = quotes_by_cue.within(sent_row.start, sent_row.end)
        sent_quotes += cueless.get(sid, [])

        cands = _find_candidates(sent, quoted)
        by_cue = {c.head.idx: c for c in cands}
        speech: list[_Candidate] = []
        for q in sent_quotes:
            cue_tok = _token_at(doc, q.cue_start) if q.cue_start is not None else None
            verb = by_cue.pop(cue_tok.idx, None) if cue_tok is not None else None
            if verb is not None:
                cands.remove(verb)
            head = cue_tok or _token_at(doc, q.start) or sent.root
            speech.append(_Candidate(head, (q.cue or "say").lower(), category_of(q.cue), quote=q))
        heads = {c.head.i for c in cands + speech}

        for cand in cands + speech:
            tokens = _clause_tokens(cand.head, heads)
            skip = quoted  # the same spans whether or not the candidate is a quote's speech act
            actors = _actors_in(tokens, _subject(cand.head), mentions, skip)
            if cand.quote is not None and cand.quote.speaker_id:
                actors = [cand.quote.speaker_id] + [a for a in actors if a != cand.quote.speaker_id]
            cand.actors = actors
        # a complement clause with no actor of its own belongs to whoever governs it
        by_head = {c.head.i: c for c in cands + speech}
        for cand in cands:
            if cand.actors:
                continue
            node = cand.head
            while node.head.i != node.i and node.dep_ in ("ccomp", "xcomp", "conj", "dobj", "advcl"):
                node = node.head
                if node.i in by_head and by_head[node.i].actors:
                    cand.actors = list(by_head[node.i].actors)
                    break

        for cand in sorted(cands + speech, key=lambda c: (c.head.i, c.quote.start if c.quote else -1)):
            if cand.quote is None and not cand.actors and cand.noun is None:
                continue
            skip = quoted
            t = _anchor(cand, times, heads, skip)
            lo, hi = _clause_span(cand, heads)
            while hi > lo and text[hi - 1] in " \n.,;:—–-":
                hi -= 1
            rows.append(Event(
                event_id=f"e{len(rows) + 1}", sentence_id=sid,
                date=t.date_start if t else published,
                date_precision=(t.precision if t else ("day" if published else None)),
                date_inferred=t is None, time_id=t.time_id if t else None,
                actors=tuple(cand.actors), category=cand.category, predicate=cand.predicate,
                text=text[lo:hi], start=lo, end=hi,
                quote_id=cand.quote.quote_id if cand.quote else None,
            ))
    return rows


def _clause_span(cand: _Candidate, heads: set[int]) -> tuple[int, int]:
    if cand.quote is not None:
        q = cand.quote
        points = [q.start, q.end] + [p for p in (q.cue_start, q.cue_end, q.speaker_start, q.speaker_end)
                                     if p is not None]
        return min(points), max(points)
    tokens = _clause_tokens(cand.head, heads)
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t) for t in tokens)
    return lo, hi


class _Index:
    """Rows sorted by a key, for the rows whose key lies in [lo, hi), in their original order."""

    def __init__(self, rows, key):
        order = sorted(range(len(rows)), key=lambda i: key(rows[i]))
        self.rows = [rows[i] for i in order]
        self.pos = order
        self.keys = [key(rows[i]) for i in order]

    def within(self, lo: int, hi: int) -> list:
        a, b = bisect.bisect_left(self.keys, lo), bisect.bisect_left(self.keys, hi)
        return [row for _, row in sorted(zip(self.pos[a:b], self.rows[a:b]), key=lambda pr: pr[0])]


def _token_at(doc: Doc, char: Optional[int]) -> Optional[Token]:
    if char is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
