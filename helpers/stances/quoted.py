"""Stance evidence inside quotes: what a speaker says about topics, people and countries.

For every quote with a speaker (``tables.quotes``: direct, partial and indirect), the
targets are what it mentions: actors (``tables.mentions``, pronouns included),
countries (named entities the gazetteer resolves to an ISO3 code) and topics
(noun heads, or verbs, listed in ``data/reference/topics.csv`` and merged into a
canonical topic: "a summit", "such meetings", "willing to meet" are ``summit``).
Direct and indirect quotes are searched inside their content; a partial quote,
too short to hold a target, is searched in its reported clause.

* a topic is scored by stance predicates (``data/reference/stance_predicates.csv``):
  "this meeting is *necessary*", "there *must* be a ceasefire", "we *reject* the
  deal", negation flips them; object predicates count only when the speaker
  (or "I"/"we") is their subject (rule ``quote-topic``). With no predicate, no evidence;
* an actor or a country is scored by a speaker stance verb when one governs it
  ("I can understand that", ``data/reference/stance_verbs.csv``; rule ``quote-speaker-verb``),
  else, only when it is an argument of an evaluative predicate (the subject of a copula or
  of a verb, or the object of a verb, that carries a VADER valence or a negation: "Putin is not
  serious about peace"), by the tone model toward the mention, with the model's confidence
  (rule ``quote-evaluation``; its linear model unless HELPERS_STANCE_TONE_MODEL=ensemble).
"""
from __future__ import annotations

import bisect
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from . import rules
from .lexicon import is_media, outcome_words, stance_predicates, stance_verbs, topic_kinds, topic_words
from .structure import Context, Evidence, _lookup_country, hypothetical

FIRST_PERSON = {"i", "we", "me", "us"}
ANAPHORS = {"that", "this", "it", "him", "her", "them", "so"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
COUNTRY_LABELS = ("GPE", "NORP", "LOC")
LOCATIVES = {"in", "at", "from", "near", "across", "inside", "throughout"}
TONE_MIN = 0.5  # the tone model's |P(pos) - P(neg)| below which an evaluation is no evidence
TONE_VETO = 0.2  # a tone of the other sign this strong vetoes a lexical evaluation
VALENCE_MIN = 1.0  # a VADER valence (-4..4) weaker than this does not tell the sign
CONFIDENCE = {"quote-topic": 0.8, "quote-speaker-verb": 0.8, "quote-comparison": 0.7}


@dataclass(frozen=True)
class _Target:
    key: str
    kind: str  # actor | country | topic
    start: int
    end: int
    country: Optional[str] = None  # the ISO3 an actor target belongs to


def topic_of(token: Token) -> Optional[str]:
    """The canonical topic a token names, or None ("meetings" -> summit)."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    words = topic_words()
    for form in (token.lemma_.lower(), token.lower_):
        if (form, pos) in words:
            return words[(form, pos)]
    return None


# -- the extractor ---------------------------------------------------------------
def quote_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence from what each attributed quote says about its targets."""
    doc, tables = ctx.doc, ctx.tables
    index = _Index.build(doc, tables)
    actor_tokens = _actor_tokens(doc, tables)
    for quote in tables.quotes:
        holder = ctx.actors.get(quote.speaker_id) if quote.speaker_id else None
        if holder is None or tables.is_boilerplate(quote.start):
            continue
        if rules.enabled("media-holder") and is_media(holder):
            rules.fired("media-holder")
            continue  # an outlet's report is no stance of the outlet
        speaker_tokens = _speaker_tokens(doc, actor_tokens, holder.actor_id, quote)
        for target, score, conf, rule in _scored_targets(doc, tables, quote, holder.actor_id, speaker_tokens, index):
            if target.key in (holder.actor_id, holder.country) or not score:
                continue
            if rule == "quote-evaluation" and _institution(ctx, target):
                rules.fired("quote-evaluation-institution")
                continue
            rules.fired(rule)
            yield Evidence(holder.actor_id, target.key, target.kind, score, conf, target.start, (quote.quote_id,), rule)


def _institution(ctx: Context, target: _Target) -> bool:
    """An organisation or group evaluated in a quote (rule ``quote-evaluation-institution``): the tone of
    what a body does ("the FBI will be providing this information", "Republicans will win the White
    House") is rarely a stance toward the body; a person's evaluation ("he is a liar") is."""
    actor = ctx.actors.get(target.key) if target.kind == "actor" else None
    return bool(actor is not None and actor.kind in ("organization", "group")
                and rules.enabled("quote-evaluation-institution"))


def _scopes(doc: Doc, tables: object, quote) -> list[tuple[int, int]]:
    """Character ranges searched for targets: the content, or a partial quote's sentence."""
    if quote.kind == "partial":
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        sent = _sentence_span(doc, tables, quote.start)
        if span is not None and sent is not None:
            clause = _reported_clause(span, quote.cue_start, sent)
            return [(min(clause.start_char, quote.start), max(clause.end_char, quote.end))]
    return [(quote.start, quote.end)]


def _reported_clause(span: Span, cue_start: Optional[int], sent: Span) -> Span:
    """The clause a partial quote sits in, below its reporting verb (not the whole sentence)."""
    tok = span.root
    while tok.head.i != tok.i:
        head = tok.head
        if (cue_start is not None and head.idx == cue_start) or head.dep_ == "ROOT":
            break
        tok = head
    lo, hi = (sent.start, sent.end) if tok.dep_ == "ROOT" else (tok.left_edge.i, tok.right_edge.i + 1)
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    # a semicolon joins two reports in one sentence; keep the part that holds the quote
    for t in span.doc[lo:hi]:
        if t.text == ";" and t.i < span.start:
            lo = t.i + 1
        elif t.text == ";" and t.i >= span.end:
            hi = t.i
            break
    return span.doc[lo:hi]


def _speaker_tokens(doc: Doc, actor_tokens: dict[str, set[int]], speaker_id: str, quote) -> set[int]:
    """Token indices that refer to the speaker: their mentions, and first person in direct speech."""
    found = set(actor_tokens.get(speaker_id, ()))
    if quote.kind in ("direct", "partial"):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span if t.lower_ in FIRST_PERSON)
    if quote.speaker_start is not None and quote.speaker_end is not None:
        span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return found


def _actor_tokens(doc: Doc, tables: object) -> dict[str, set[int]]:
    """Token indices of every actor's mentions."""
    found: dict[str, set[int]] = defaultdict(set)
    for m in tables.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            found[m.actor_id].update(t.i for t in span)
    return found


@dataclass
class _Index:
    """Actors by id, mentions and entities sorted by start: built once per article, so
    that each quote looks only at what lies in its scope (long articles stay linear)."""

    actors: dict
    mentions: list = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    ents: list = field(default_factory=list)
    ent_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, tables: object) -> "_Index":
        mentions = sorted(tables.mentions, key=lambda m: (m.start, m.end))
        ents = sorted(doc.ents, key=lambda e: e.start_char)
        return cls({a.actor_id: a for a in tables.actors}, mentions, [m.start for m in mentions],
                   ents, [e.start_char for e in ents])

    def mentions_from(self, lo: int, hi: int) -> list:
        return self.mentions[bisect.bisect_left(self.mention_starts, lo):bisect.bisect_left(self.mention_starts, hi)]

    def ents_from(self, lo: int, hi: int) -> list:
        return self.ents[bisect.bisect_left(self.ent_starts, lo):bisect.bisect_left(self.ent_starts, hi)]


class _Covered:
    """Character ranges of the mentions in a quote's scope, asked "does one hold this offset?" and
    "does one overlap this range?" by bisection over their starts and a running maximum of their
    ends (a scope holding thousands of mentions would make a scan of them quadratic)."""

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._max_end: list[int] = []  # the largest end among the ranges up to each one, by start

    def append(self, rng: tuple[int, int]) -> None:
        self._ranges.append(rng)
        self._starts = []  # rebuilt at the next question

    def _ready(self) -> None:
        if len(self._starts) != len(self._ranges):
            self._ranges.sort()
            self._starts = [s for s, _ in self._ranges]
            top, self._max_end = -1, []
            for _, e in self._ranges:
                top = max(top, e)
                self._max_end.append(top)

    def _max_end_before(self, k: int) -> int:
        """The largest end among the ranges whose start is among the first ``k``."""
        return self._max_end[k - 1] if k > 0 else -1

    def holds(self, offset: int) -> bool:
        """Some range has start <= offset < end."""
        self._ready()
        return self._max_end_before(bisect.bisect_right(self._starts, offset)) > offset

    def overlaps(self, start: int, end: int) -> bool:
        """Some range has s < end and start < e."""
        self._ready()
        return self._max_end_before(bisect.bisect_left(self._starts, end)) > start


def _targets(doc: Doc, tables: object, quote, speaker_id: str, index: _Index) -> list[_Target]:
    actors = index.actors
    found: list[_Target] = []
    covered = _Covered()
    for lo, hi in _scopes(doc, tables, quote):
        for m in index.mentions_from(lo, hi):
            if lo <= m.start and m.end <= hi and m.actor_id in actors:
                a = actors[m.actor_id]
                covered.append((m.start, m.end))
                if m.actor_id == speaker_id:
                    continue
                if a.kind == "country" and a.country:
                    found.append(_Target(a.country, "country", m.start, m.end))
                else:
                    found.append(_Target(a.actor_id, "actor", m.start, m.end, a.country))
        for ent in index.ents_from(lo, hi):
            if ent.label_ not in COUNTRY_LABELS or not (lo <= ent.start_char and ent.end_char <= hi):
                continue
            if covered.overlaps(ent.start_char, ent.end_char):
                continue
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVES:
                continue  # "in Tirana": where it happens, not whom it is about
            iso3 = _lookup_country(ent.text)
            if iso3:
                found.append(_Target(iso3, "country", ent.start_char, ent.end_char))
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if quote.kind != "indirect" and (rules.enabled("quote-pronoun") or rules.enabled("quote-description")
                                         or rules.enabled("quote-said-of")):
            found.extend(_pronoun_targets(span, tables, index, speaker_id, covered, _said_of(doc, quote, index)))
        for tok in span if span is not None else ():
            if tok.dep_ == "compound" and topic_of(tok.head):
                continue  # "peace talks": the head names the topic
            topic = topic_of(tok)
            if topic and not covered.holds(tok.idx):
                found.append(_Target(topic, "topic", tok.idx, tok.idx + len(tok.text)))
    # a country inside a topic phrase ("a summit between the Russian and U.S. presidents") is a
    # participant of the topic, not a target of the speaker's evaluation
    topic_heads = [doc.char_span(t.start, t.end, alignment_mode="expand") for t in found if t.kind == "topic"]
    participants = set()
    for head in topic_heads:
        if head is not None and head.root.pos_ != "VERB":
            participants.update(t.i for t in head.root.subtree if t.i != head.root.i)
    return [t for t in found if t.kind == "topic" or not _inside_tokens(doc, t, participants)]


HE, SHE = {"he", "him"}, {"she", "her"}
POINTERS = {"this", "that", "the"}


def _said_of(doc: Doc, quote, index: _Index):
    """The person the attribution says the quote is about: "..., Smith said of Jones" -> Jones's mention."""
    if getattr(quote, "cue_start", None) is None or not rules.enabled("quote-said-of"):
        return None
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None:
        return None
    for prep in cue.root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about"):
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for m in index.mentions_from(obj.left_edge.idx, obj.idx + len(obj.text)):
                    if m.actor_id in index.actors and index.actors[m.actor_id].kind == "person":
                        return m
    return None


def _pronoun_targets(span: Optional[Span], tables, index: _Index, speaker_id: str,
                     covered: _Covered, about=None) -> list[_Target]:
    """He/she/him/her in a direct quote that coreference left unresolved: the person the attribution
    names with "of" or "about" (rule ``quote-said-of``: "“He is stalling,” she said of Smith" -> Smith),
    else (rule ``quote-pronoun``, off by default) the person last named before it (in its sentence or
    the two before), not the speaker, of the pronoun's gender where officials.csv knows it. With rule
    ``quote-description``, "this man", "that woman", "the guy" too (stance_description_nouns.csv)."""
    from .lexicon import description_nouns

    out = []
    describe = rules.enabled("quote-description")
    for tok in span if span is not None else ():
        low = tok.lower_
        if covered.holds(tok.idx):
            continue
        if low in HE | SHE and (rules.enabled("quote-pronoun") or about is not None):
            gender, rule = ("m" if low in HE else "f"), "quote-pronoun" if about is None else "quote-said-of"
        elif describe and tok.pos_ == "NOUN" and tok.lemma_.lower() in description_nouns() and any(
                c.dep_ == "det" and c.lower_ in POINTERS for c in tok.children):
            gender, rule = description_nouns()[tok.lemma_.lower()], "quote-description"
        else:
            continue
        m = about if about is not None and about.actor_id != speaker_id else \
            _antecedent(tables, index, tok.idx, speaker_id, gender)
        if m is not None:
            rules.fired(rule)
            out.append(_Target(m.actor_id, "actor", tok.idx, tok.idx + len(tok.text), index.actors[m.actor_id].country))
    return out


def _antecedent(tables, index: _Index, offset: int, speaker_id: str, gender: Optional[str]):
    """The person mention last before ``offset`` (its sentence or the two before), not the speaker,
    not of the other gender where officials.csv knows the person's."""
    from .lexicon import official_gender

    sent = tables.sentence_at(offset)
    if sent is None:
        return None
    first = max(0, sent.sentence_id - 2)
    lo = tables.sentences[first].start if first < len(tables.sentences) else sent.start
    before = [m for m in index.mentions_from(lo, offset) if m.actor_id != speaker_id
              and m.actor_id in index.actors and index.actors[m.actor_id].kind == "person"]
    for m in reversed(before):
        known = official_gender(index.actors[m.actor_id].name)
        if known and gender and known != gender:
            continue
        return m
    return None


def _inside_tokens(doc: Doc, target: _Target, tokens: set[int]) -> bool:
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    return span is not None and all(t.i in tokens for t in span)


STANCE_MODEL_ENV = "HELPERS_STANCE_TONE_MODEL"


def stance_tone_model() -> str:
    """The tone model the stance table uses: ``linear`` unless HELPERS_STANCE_TONE_MODEL says
    ``ensemble``. The ensemble is the more accurate (NewsMTSC held-out macro-F1 0.703 against
    0.661) but costs about twelve times as much per target: with it the engine runs at 0.60x
    the speed of bare spaCy parsing instead of at least 0.75x (``make bench``)."""
    from ..tone import model_kind

    return model_kind(env=STANCE_MODEL_ENV, default="linear")


def _scored_targets(doc: Doc, tables, quote, speaker_id: str, speaker_tokens: set[int],
                    index: _Index) -> Iterable[tuple[_Target, float, float, str]]:
    from ..tone import score_doc_span

    model = stance_tone_model()
    quote_span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # third-person subjects are the structure rules' (structure.py); here the speaker's "I"/"we"
    first_person = {i for i in speaker_tokens if doc[i].lower_ in FIRST_PERSON}
    for target in _targets(doc, tables, quote, speaker_id, index):
        span = doc.char_span(target.start, target.end, alignment_mode="expand")
        sent = _sentence_span(doc, tables, target.start)
        if span is None or sent is None:
            continue
        if sent.text.rstrip(" ”\"'’)").endswith("?") and rules.enabled("hypothetical"):
            continue  # a question takes no stance
        if target.kind == "topic":
            rule = topic_rule(span.root, speaker_tokens) if rules.enabled("quote-topic") and _act_topic(target.key) else None
            if rule is not None:
                yield target, rule, CONFIDENCE["quote-topic"], "quote-topic"
            continue
        rule = speaker_verb_rule(span, first_person, quote_span=quote_span, sentence=sent) \
            if rules.enabled("quote-speaker-verb") and quote.kind != "indirect" else None
        if rule is None and rules.enabled("quote-speaker-verb") and quote.kind != "indirect":
            rule = speaker_action(span.root, first_person, sent.text)
        if rule is not None:
            yield target, rule, CONFIDENCE["quote-speaker-verb"], "quote-speaker-verb"
        elif (compared := comparison_valence(span.root)) is not None:
            if not (rules.enabled("hypothetical") and hypothetical(span.root.head.head, sent.text)):
                # the tone model reads a comparison as tone toward both sides: the lexicon alone decides
                yield target, (1.0 if compared > 0 else -1.0), CONFIDENCE["quote-comparison"], "quote-comparison"
        elif rules.enabled("quote-evaluation"):
            lexical = evaluated_argument(span.root)
            if lexical is None and rules.enabled("quote-tone"):
                found = _tone_evidence(sent, span, model)
                if found is not None:
                    yield target, found, abs(found), "quote-tone"
                continue
            if lexical is None or (rules.enabled("hypothetical") and hypothetical(span.root.head, sent.text)):
                continue
            tone = score_doc_span(sent, span.start_char, span.end_char, model=model)
            # the lexical valence gives the sign and the tone model the strength; a tone of the
            # other sign vetoes it. A negation alone (no valence) needs a direct quote and a strong tone
            if lexical:
                if tone.score * lexical < 0 and abs(tone.score) >= TONE_VETO:
                    continue
                sign = 1.0 if lexical > 0 else -1.0
                yield target, sign * max(abs(tone.score), TONE_MIN), max(abs(tone.score), TONE_MIN), "quote-evaluation"
            elif quote.kind != "indirect" and abs(tone.score) >= TONE_MIN:
                yield target, tone.score, abs(tone.score), "quote-evaluation"


CLAUSE_DEPS = ("acomp", "attr", "oprd", "xcomp", "dobj", "advmod", "prep", "npadvmod")
#: rule ``quote-tone``: the tone model's |score| at or above which it alone gives the sign
TONE_ALONE = float(os.environ.get("HELPERS_STANCE_TONE_ALONE", "0.8"))


def _tone_evidence(sent: Span, span: Span, model: str) -> Optional[float]:
    """The tone model's score toward an actor the quote names, when it is strong enough to stand alone
    and the target is not under a question, condition or modal."""
    from ..tone import score_doc_span

    if hypothetical(span.root.head, sent.text) or _outcome(span.root):
        return None
    tone = score_doc_span(sent, span.start_char, span.end_char, model=model)
    return tone.score if abs(tone.score) >= TONE_ALONE else None


def speaker_action(tok: Token, first_person: set[int], sentence_text: str) -> Optional[float]:
    """The speaker's own act toward the target: "we will defeat them", "I will fight him" (a verb
    with a VADER valence whose subject is I/we and whose object is the target); its sign."""
    from .lexicon import valence

    head = tok.head
    if tok.dep_ != "dobj" or head.pos_ != "VERB" or hypothetical(head, sentence_text):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    v = valence(head.lemma_.lower())
    if subj is None or subj.i not in first_person or abs(v) < VALENCE_MIN:
        return None
    neg = any(c.dep_ == "neg" for c in head.children)
    return None if neg else (1.0 if v > 0 else -1.0)


def evaluated_argument(tok: Token) -> Optional[float]:
    """The lexical valence (VADER, negation flipped; 0 when too weak to tell) of the evaluative
    predicate the target is an argument of, or None when it is none: the subject of a copula with
    an adjective or noun complement, or the subject of a verb, with a valence or a negation
    ("Smith is a liar", "Smith is not serious", "Smith betrayed us"), or an evaluative adjective on the
    target itself ("crooked Smith") or, rule ``quote-possessor``, on what it owns ("Smith's reckless
    plan"). The object of a verb is the subject's evaluation, not the speaker's: the structure rules read it."""
    from .lexicon import valence

    # an attributive evaluation of the target itself: "crooked Smith", "the reckless Smith campaign"
    noun = tok.head if tok.dep_ == "compound" else tok
    attributive = sum(valence(c.lemma_.lower()) for c in noun.children if c.dep_ == "amod" and not _participle(c))
    if abs(attributive) >= VALENCE_MIN:
        return attributive
    if tok.dep_ == "poss" and rules.enabled("quote-possessor"):
        # "Smith's extreme vision", "Smith's disastrous policies": the owner of an evaluated thing
        owned = sum(valence(c.lemma_.lower()) for c in tok.head.children
                    if c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in ("anti", "pro"))  # not "anti-EU"
        if abs(owned) >= VALENCE_MIN:
            return owned
    if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        tok = tok.head  # "Smith's plan is a disaster" evaluates Smith
    head = tok.head
    neg = any(c.dep_ == "neg" for c in head.children)
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return None
    if _outcome(tok):
        return None  # "Smith will win", "Smith is the clear winner": a result, not a judgment
    # the predicate's own words: the verb, its complements, objects and adverbs, not nested clauses
    words = [head] + [t for c in head.children if c.dep_ in CLAUSE_DEPS for t in c.subtree]
    if any(t.lower_ == "less" for t in words):
        return None  # "less corrupt (than Y)": a degree, not the word's sign
    words = [t for t in words if t.pos_ in ("ADJ", "NOUN", "VERB", "ADV")]
    v = sum(valence(t.lemma_.lower()) for t in words)
    if abs(v) < VALENCE_MIN:
        # a negation with no evaluative word states a fact (rule negation-alone): "isn't likely to flip it"
        return 0.0 if neg and not rules.enabled("negation-alone") else None
    return -v if neg else v


def _outcome(tok: Token) -> bool:
    """The target is the subject of a predicate of a contest's outcome (rule ``outcome-evaluation``,
    ``stance_outcome_words.csv``): the verb or its complement chain ("is going to win", "will lose badly",
    "is the clear winner", "is losing ground")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not rules.enabled("outcome-evaluation"):
        return False
    words, todo = [], [tok.head]
    while todo:
        w = todo.pop()
        words.append(w)
        todo.extend(c for c in w.children if c.dep_ in ("xcomp", "attr", "acomp", "oprd", "dobj"))
    if any(w.lemma_.lower() in outcome_words() for w in words):
        rules.fired("outcome-evaluation")
        return True
    return False


def _participle(tok: Token) -> bool:
    """A participle modifier ("their endorsed candidate", "the elected mayor") tells what others did to
    the target, not how the speaker judges it (rule ``attributive-participle``)."""
    return rules.enabled("attributive-participle") and tok.tag_ in ("VBN", "VBG")


def comparison_valence(tok: Token) -> Optional[float]:
    """The valence the target gets as the object of "than" after an evaluative comparative, the
    other way round from the compared subject: "Smith is better than Jones" (- Jones), "more honest
    than Jones" (- Jones), "less corrupt than Jones" (- Jones: the more corrupt); None when it is no such object."""
    from .lexicon import valence

    if not rules.enabled("quote-comparison") or tok.dep_ != "pobj" or tok.head.lower_ != "than":
        return None
    head = tok.head.head
    degree = 1.0
    marks = [c.lower_ for c in head.children if c.dep_ == "advmod" and c.lower_ in ("more", "less")]
    if head.lower_ in ("more", "less") and head.head.i != head.i:
        degree = 1.0 if head.lower_ == "more" else -1.0
        head = head.head  # "more honest than" with "than" on "more"
    elif marks:
        degree = 1.0 if marks[0] == "more" else -1.0  # "less corrupt than"
    elif head.tag_ not in ("JJR", "RBR"):
        return None
    v = valence(head.lemma_.lower()) or valence(head.lower_)
    if abs(v) < VALENCE_MIN:
        return None
    neg = any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in head.head.children)
    if neg:
        return None  # "not better than Jones" says little about Jones
    if _compared_is_none(head):
        rules.fired("comparison-none")
        return v * degree  # "nobody more qualified than Jones": Jones is the most qualified
    return -v * degree


NONE_WORDS = {"nobody", "none", "nothing", "noone"}


def _compared_is_none(adj: Token) -> bool:
    """The comparative's subject is a negative quantifier ("nobody is better than X", "no one more qualified
    than X", "no candidate is more honest than X"; rule ``comparison-none``): the comparison makes X the best."""
    if not rules.enabled("comparison-none"):
        return False
    if adj.dep_ == "amod":
        compared = [adj.head]
    elif adj.dep_ in ("acomp", "attr") and adj.head.i != adj.i:
        compared = [c for c in adj.head.children if c.dep_ == "nsubj"]
    else:
        return False
    return any(t.lower_ in NONE_WORDS or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) for t in compared)


def _sentence_span(doc: Doc, tables: object, offset: int) -> Optional[Span]:
    """The sentence holding ``offset``, from the sentences table (Span.sent costs a walk of the Doc)."""
    s = tables.sentence_at(offset)
    if s is None:
        return None
    return doc.char_span(s.start, s.end, alignment_mode="expand")


# -- rules -------------------------------------------------------------------------
def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _governor(token: Token) -> Token:
    """The word a noun depends on, through prepositions ("call for a ceasefire" -> call)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        return head.head
    return head


def _subject_of(verb: Token) -> Optional[Token]:
    """The subject of a verb, climbing control ("we want to hold talks" -> we)."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            v = v.head
        else:
            return None
    return None


def _act_topic(topic: str) -> bool:
    """An act or measure someone proposes (a meeting, a deal): an evaluation of an event or an issue
    ("how important this election is") takes no position on it (rule ``quote-topic-act``)."""
    if not rules.enabled("quote-topic-act") or topic_kinds().get(topic, "act") == "act":
        return True
    rules.fired("quote-topic-act")
    return False


def _no_topic(token: Token) -> bool:
    """A topic under the determiner "no" ("there was no call or meeting planned") is not there to be
    supported or opposed (rule ``quote-topic-no``); its conjunct head's "no" counts too."""
    heads = [token, token.head] if token.dep_ == "conj" else [token]
    if rules.enabled("quote-topic-no") and any(c.dep_ == "det" and c.lower_ == "no" for h in heads for c in h.children):
        rules.fired("quote-topic-no")
        return True
    return False


def topic_rule(token: Token, speaker_tokens: set[int]) -> Optional[float]:
    """Support (+) or opposition (-) toward a topic word from the predicates that govern it."""
    if _no_topic(token):
        return None
    preds = stance_predicates()
    votes: list[float] = []

    def add(word: Token, polarity: int, negated: bool) -> None:
        votes.append(-polarity if negated else polarity)

    # "a necessary meeting"
    for child in token.children:
        p = preds.get(child.lemma_.lower())
        if child.dep_ in ("amod", "compound") and p and p[1] in ("subject", "any"):
            add(child, p[0], False)

    head = token.head
    is_subject = token.dep_ in SUBJECT_DEPS
    existential = token.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children)
    if is_subject or existential:
        neg = _negated(head)
        complements = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp")]
        for comp in list(complements):
            complements.extend(c for c in comp.children if c.dep_ == "conj")
        complements.extend(c for c in head.children if c.dep_ == "conj")
        for word in complements:
            if word.i == token.i:
                continue
            p = preds.get(word.lemma_.lower())
            if p and p[1] in ("subject", "any"):
                add(word, p[0], neg or _negated(word))
        for verb in {head, *[c for c in head.children if c.dep_ == "conj"]}:
            for aux in verb.children:
                p = preds.get(aux.lemma_.lower())
                if aux.dep_ == "aux" and p and p[1] == "modal" and not _perfect(aux):
                    add(aux, p[0], _negated(verb))
    else:
        gov = _governor(token)
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("xcomp", "ccomp", "advcl"):
            gov = token.head  # "willing to meet"
        p = preds.get(gov.lemma_.lower())
        if p and p[1] in ("object", "any"):
            subj = _subject_of(gov)
            if subj is None or subj.i in speaker_tokens:
                add(gov, p[0], _negated(gov) or (gov.dep_ == "xcomp" and _negated(gov.head)))
        # "described the summit as important", "called the summit a mistake"
        for prep in gov.children:
            if (prep.dep_ == "prep" and prep.lower_ == "as") or prep.dep_ == "oprd":
                for word in prep.subtree:
                    q = preds.get(word.lemma_.lower())
                    if q and q[1] in ("subject", "any"):
                        add(word, q[0], False)
    if not votes:
        return None
    return max(-1.0, min(1.0, sum(votes) / len(votes)))


def _perfect(aux: Token) -> bool:
    """"has spent", "have been": "have" as an auxiliary is the perfect, no "have to" of need (rule
    ``quote-topic-perfect``)."""
    return aux.lemma_.lower() == "have" and rules.enabled("quote-topic-perfect")


def speaker_verb_rule(span: Span, speaker_tokens: set[int], *, quote_span: Optional[Span] = None,
                      sentence: Optional[Span] = None) -> Optional[float]:
    """+1 / -1 when the speaker is the subject of a stance verb whose object holds the target.

    An anaphoric object ("I can understand that") points at the sentence before it in
    the same quote, and at the earlier part of its own sentence.
    """
    verbs = stance_verbs()
    doc = span.doc
    sent = sentence if sentence is not None else span.sent
    target_tokens = {t.i for t in span}
    for tok in doc[max(sent.start, span.start - 60): min(len(doc), sent.end + 40, span.end + 60)]:
        pol = verbs.get(tok.lemma_.lower())
        if pol is None or tok.pos_ not in ("VERB", "ADJ"):
            continue
        subj = _subject_of(tok)
        if subj is None or subj.i not in speaker_tokens or subj.i in target_tokens:
            continue
        sign = -pol if _negated(tok) else pol
        objects = [c for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "advcl")]
        inside = quote_span is None or (quote_span.start <= span.start and span.end <= quote_span.end)
        for obj in objects:
            sub = {t.i for t in obj.subtree}
            if target_tokens & sub and inside:
                return float(sign)
            if obj.lower_ in ANAPHORS and obj.dep_ == "dobj":
                # the object points back: to what came before the verb in this sentence or the one before
                # the verb is in the target's sentence, or in the next one
                before = tok.i < sent.end and sent.start <= span.start < tok.i
                prior = tok.i >= sent.end and sent.start <= span.start
                inside_quote = quote_span is None or (
                    quote_span.start <= span.start and span.end <= quote_span.end)
                if (before or prior) and inside_quote:
                    return float(sign)
    return None
