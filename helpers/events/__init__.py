"""Events: what happened, who did it, to whom, and when: the rows of the actor timeline.

How a row is made, one per trigger word:

1. **Triggers** (``_triggers``): verbs of ``data/reference/event_verbs.csv`` (or, with their particle,
   of ``event_phrasal_verbs.csv``: "turned to X", "opted out"), light verbs
   whose object is an event noun ("hold talks", "impose sanctions"), and event nouns
   that stand alone with an owner ("Russia's invasion", "Chinese drills"). Words inside
   direct quotations are the quote's business; boilerplate gives nothing.
2. **Sense** (``senses.py``): the category from the trigger's arguments ("warn of" is
   THREATEN, "warned that" a statement; "attacked the plan" DISAPPROVE).
3. **Modality** (``modality.py``): negated events give no row; "will", "plans to" give
   ``planned``; "would", "could", "threatened to" give ``hypothetical``.
4. **Agent** (``agents.py``): the subject of an active verb, the by-phrase of a
   passive, the owner of an event noun; the target and participants.
   A trigger without an agent gives no row.
5. **Date** (``dating.py``): the time attached to the trigger through the parse, else
   the publication date (``date_inferred``) for an event reported as now, else none.
6. **Speech**: a plain speech act (STATEMENT) whose quote row exists gives no row (the
   quotes table holds it); news speech acts (accuse, reject, threaten, urge) stay.
7. **One row per happening**: one per trigger and agent (a coordinated subject, "Chile and Peru
   signed", gives a row to each; ``agents_conj.py``); an event of the same agent that is only the
   content of another's act ("defended his call for a ban", "agreed to meet") is part of that
   row; a headline or lead event repeated by a later paragraph (same agent, predicate, target
   and category) keeps only the later, fuller row.

Every step's rules are named data in ``rules.REGISTRY`` with example sentences.
"""
from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..article import Article
from ..records import Event, Quote, Time
from ..tables import ArticleTables
from . import agents, agents_conj, agents_rel, dating, modality, senses  # noqa: F401  (registers the rules)
from .context import Cand, SentenceContext
from .lexicon import adjective_category, noun_category, phrasal_sense, verb_category, words
from .rules import FIRED, REGISTRY, counts, disabled, first  # noqa: F401

__all__ = ["extract", "category_of", "REGISTRY", "FIRED", "counts", "disabled"]

#: confidence of a row by the rule that found its agent
_AGENT_CONFIDENCE = {"passive-by-phrase": 0.8, "active-subject": 0.85, "noun-owner": 0.6}


def category_of(lemma: Optional[str], *, default: str = "STATEMENT") -> str:
    """The PLOVER category of a verb lemma (or cue phrase); ``default`` when unlisted or light."""
    cat = verb_category(lemma or "")
    return cat if cat and cat != "LIGHT" else default


def _triggers(sent: Span, ctx: SentenceContext) -> list[Cand]:
    """Verb triggers, then the event nouns no verb trigger takes as its object."""
    found: list[Cand] = []
    for tok in sent:
        if ctx.inside_quote(tok.idx):
            continue
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
            phrasal = phrasal_sense(tok)
            cat = phrasal[0] if phrasal is not None else verb_category(tok.lemma_)
            if cat is not None:
                found.append(Cand(tok, tok.lemma_.lower(), "verb", cat))
        elif tok.pos_ in ("NOUN", "PROPN"):
            hit = noun_category(tok)
            if hit is not None and ctx.mention_at(tok) is not None and ctx.mention_at(tok).actor_id in ctx.actors \
                    and ctx.actors[ctx.mention_at(tok).actor_id].kind != "person":
                continue  # "Conference" of "the U.S. Judicial Conference": a body's name, not an event
            if hit is not None:
                found.append(Cand(tok, hit[0], "noun", hit[1]))
        elif tok.pos_ == "ADJ" and adjective_category(tok.lemma_) is not None:  # "was critical of X"
            found.append(Cand(tok, tok.lemma_.lower(), "adj", adjective_category(tok.lemma_)))
    return found


def _absorbed(c: Cand, by_index: dict[int, Cand]) -> bool:
    """A noun that is the object or by-phrase of a verb trigger belongs to that verb's row."""
    t = c.trigger
    head = t.head
    if t.dep_ in ("dobj", "nsubjpass", "attr") and head.i in by_index:
        return True
    if t.dep_ == "pobj" and head.dep_ == "agent" and head.head.i in by_index:
        return True
    if any(ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.i in by_index and by_index[ch.i].category == "LIGHT"
           and any(g.dep_ == "agent" for g in ch.children) for ch in t.children):
        return True  # "the sanctions imposed by Norway": the participle's row, with its by-phrase agent
    return t.dep_ == "conj" and head.i in by_index and by_index[head.i].pos == "noun"


def _sense(c: Cand, ctx: SentenceContext) -> bool:
    """The sense rules; False when the trigger names no event in this sense."""
    cat, name = first("sense", c, ctx)
    if name:
        c.fired.append(name)
        c.category = cat
    return bool(c.category) and c.category != "LIGHT"


def _decide(c: Cand, ctx: SentenceContext, heads: set[int]) -> bool:
    """Modality, agent, speech and date rules on one trigger; False when it gives no row."""
    c.modality, name = modality.modality_of(c, ctx)
    if name:
        c.fired.append(name)
    if c.modality == modality.NEGATED:
        return False
    found, name = first("agent", c, ctx)
    if found is None:
        return False
    c.fired.append(name)
    c.agent, c.target = found
    if c.category == "STATEMENT" and c.quote is not None:
        return False  # plain speech with a quote row: the quotes table holds it
    c.participants = agents.participants(c, ctx, heads)
    time, now, name = dating.date_of(c, ctx, heads)
    if name:
        c.fired.append(name)
    if time is not None:
        c.time, c.date, c.date_precision = time, time.date_start, time.precision
    elif now and ctx.published:
        c.date, c.date_precision, c.date_inferred = ctx.published, "day", True
    return True


def _clause_span(c: Cand, heads: set[int]) -> tuple[int, int]:
    """The trigger's clause: its subtree and subject, without the verb clauses of other events."""
    out, stack = [], [c.trigger]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(ch for ch in t.children if ch.i not in heads or ch.pos_ not in ("VERB", "AUX"))
    subj = next((ch for ch in c.trigger.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        out += list(subj.subtree)
    return min(t.idx for t in out), max(t.idx + len(t) for t in out)


def _sentence_context(doc: Doc, tables: ArticleTables, sent_row, index) -> Optional[tuple[Span, SentenceContext]]:
    sent = doc.char_span(sent_row.start, sent_row.end, alignment_mode="expand")
    if sent is None:
        return None
    mentions, times, quotes, actors = index
    lo, hi = sent_row.start, sent_row.end
    sent_times = [(t, r) for t in times.within(lo, hi) if t.date_start and t.type in ("DATE", "TIME")
                  for r in [_time_root(doc, t)] if r is not None]
    # direct words are the speaker's: their events are the quote's business; reported
    # content ("Chile rejected the offer, officials said") is the article's account of events
    quoted = [(q.start, q.end) for q in quotes if q.start < hi and q.end > lo and q.kind != "indirect"]
    ctx = SentenceContext(sent, sent_row.sentence_id, sent_row.paragraph_id, mentions.within(lo, hi), actors, sent_times,
                          tables.article.published, quoted=quoted)
    return sent, ctx


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Event]:
    if not isinstance(doc, Doc):
        raise ValueError("events.extract needs a spaCy Doc")
    text = doc.text
    quotes = list(tables.quotes)
    # a cue that tags a direct quotation and also carries reported words ('"Why?" she asked, shaking her
    # head') is the direct quotation's: the quoted words, not the reported ones, tell what was said
    by_cue: dict[int, Quote] = {q.cue_start: q for q in sorted(quotes, key=lambda q: q.kind == "direct")
                                if q.cue_start is not None}
    index = (_Index(agents.event_mentions(doc, article, tables), lambda m: m.start), _Index(tables.times, lambda t: t.start), quotes,
             {a.actor_id: a for a in tables.actors})
    cands: list[tuple[Cand, SentenceContext]] = []
    for sent_row in tables.sentences or []:
        if sent_row.is_boilerplate:
            continue
        made = _sentence_context(doc, tables, sent_row, index)
        if made is None:
            continue
        sent, ctx = made
        found = _triggers(sent, ctx)
        by_index = {c.trigger.i: c for c in found if c.pos == "verb"}
        found = [c for c in found if c.pos == "verb" or not _absorbed(c, by_index)]
        ctx.heads = {c.trigger.i for c in found}
        for c in found:
            c.quote = by_cue.get(c.trigger.idx)
        # a word that names no event in its sense ("launched" without an event object) owns no time
        found = [c for c in found if _sense(c, ctx)]
        ctx.heads = heads = {c.trigger.i for c in found}
        for c in found:
            if _decide(c, ctx, heads):
                cands.append((c, ctx))
                cands += [(other, ctx) for other in agents_conj.widen(c, ctx)]
    rows: list[Event] = []
    for c, ctx in _merge_repeats(_nested(cands)):
        lo, hi = _clause_span(c, ctx.heads)
        while hi > lo and text[hi - 1] in " \n.,;:—–-":
            hi -= 1
        trig = c.trigger
        rows.append(Event(
            event_id=f"e{len(rows) + 1}", sentence_id=ctx.sentence_id, actor_id=c.agent, target=c.target,
            participants=tuple(c.participants), category=c.category, predicate=c.lemma,
            trigger_start=trig.idx, trigger_end=trig.idx + len(trig), text=text[lo:hi], modality=c.modality,
            date=c.date, date_precision=c.date_precision, time_id=c.time.time_id if c.time else None,
            date_inferred=c.date_inferred, confidence=_confidence(c), start=lo, end=hi,
            quote_id=c.quote.quote_id if c.quote else None))
    return rows


def _confidence(c: Cand) -> float:
    agent_rule = next((n for n in c.fired if n in _AGENT_CONFIDENCE), None)
    score = _AGENT_CONFIDENCE.get(agent_rule, 0.5)
    if c.modality != "asserted":
        score -= 0.1
    if c.category == "STATEMENT":
        score -= 0.2
    return round(max(score, 0.1), 2)


#: dependency labels through which a word is part of what a verb's act is about
_CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "poss", "amod", "dative"}


def _acts_around(c: Cand) -> set[int]:
    """Token indices of the words whose act ``c``'s trigger is part of the content of ("defended his
    call for a ban": the call is what he defended; "agreed to meet": the meeting is what was agreed)."""
    out, t = set(), c.trigger
    adjunct = words("adjunct_prep") if REGISTRY["adjunct-not-content"].enabled else frozenset()
    while t.head.i != t.i and t.dep_ in _CONTENT_DEPS:
        t = t.head
        if t.dep_ == "prep" and t.lower_ in adjunct or t.lower_ == "to" and t.head.lower_ in adjunct:
            return set()  # "after a meeting with X, he hosted Y": a second act, not what he hosted
        out.add(t.i)
    return out


def _nested(cands: list[tuple[Cand, SentenceContext]]) -> list[tuple[Cand, SentenceContext]]:
    """Drop an event of the same agent that is only the content of another's act: the agent did one
    thing (defended a call, agreed to meet), not two. Speech acts keep their content's events."""
    acts = {(id(ctx), c.trigger.i): c for c, ctx in cands if c.pos == "verb" and c.category != "STATEMENT"}
    keep = []
    for c, ctx in cands:
        outer = [acts[(id(ctx), i)] for i in _acts_around(c) if (id(ctx), i) in acts]
        if not any(o is not c and o.agent == c.agent for o in outer):
            keep.append((c, ctx))
    return keep


def _merge_repeats(cands: list[tuple[Cand, SentenceContext]]) -> list[tuple[Cand, SentenceContext]]:
    """Drop an undated row of the first paragraph (headline, dek) whose (agent, predicate, target,
    category) a later paragraph repeats: the body's row is the fuller one. Also one row per trigger."""
    seen_trigger: set[tuple] = set()
    out = []
    keys = [(c.agent, c.lemma, c.target, c.category) for c, _ in cands]
    for k, (c, ctx) in enumerate(cands):
        key = (c.trigger.idx, *((c.agent, c.target) if c.fired[-1:] == [agents_conj.COPY] else ()))
        if key in seen_trigger:
            continue
        seen_trigger.add(key)
        later = any(keys[j] == keys[k] and cands[j][1].paragraph_id > ctx.paragraph_id
                    for j in range(k + 1, len(cands)))
        if later and ctx.paragraph_id == 0:
            continue
        out.append((c, ctx))
    return out


def _time_root(doc: Doc, t: Time) -> Optional[Token]:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


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
