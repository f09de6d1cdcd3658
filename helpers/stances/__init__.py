"""Stances: who stands where toward actors, countries and topics, from what the article says
they say or do, with the quotes and events as evidence.

Evidence comes from structure, not from the tone of a sentence (each source a named rule in
``rules.py``, switchable off):

* stance predicates and their arguments (``structure.py``, lexicon
  ``data/reference/stance_lexicon.csv`` from Levin/VerbNet classes), in quotes, reported speech
  and the writer's own reports: "X condemned Y", "X called for a ceasefire", "X is critical of Y",
  "X voiced skepticism about Y's intentions"; characterizations ("X called Y a liar");
* demands for an act against someone (``structure.demand_evidence``, rule ``demand-against``):
  "called for the impeachment of X", "urged X to resign" oppose X;
* events of the events table with an agent and a target (SUPPORT, AID, AGREE +; DISAPPROVE,
  REJECT, THREATEN, SANCTION, ASSAULT -), read through the v2 column names (``actor_id``,
  ``target``, ``modality``, ``confidence``) and skipped on the old table that lacks them; an event
  confirms a row that a predicate or a quote makes but makes none alone (rule ``event-supporting``,
  ``weights.py``), and so does a topic outside ``topics.csv`` that is a predicate's prepositional
  object (rule ``preposition-topic``);
* evaluation inside a quote (``quoted.py``): topics under stance predicates, the speaker's
  stance verbs, and the tone model toward an actor only where the actor is an argument of an
  evaluative predicate.

A proposal whose clause removes or bars its object supports the act, not the object (``removal.py``,
rule ``clause-removal``); a quote's evaluation of a topic counts only for an act or measure
(``stance_topic_kinds.csv``, rule ``quote-topic-act``). Holders: a "who" clause is a person's
(``antecedents.py``, rule ``who-person``), and a he/she holder is the one person last named when one
is (rule ``last-named-person``). A listed topic the article never names by its canonical word is
named by the article's own word (rule ``topic-own-word``). A topic outside the list keeps its noun as the text writes it
(``topic_form.py``, rule ``topic-text-form``: "boots", not "boot"); rule ``participle-holder`` (off by default)
would make the noun an active participle modifies its holder ("the super PAC backing X").

Feelings ("X's remarks angered Y", "Y was disappointed in X", "Y is upset that X ...") are the
experiencer's stance toward their cause (``feelings.py``, rules ``feeling-cause``, ``feeling-adjective``,
``feeling-clause``); a quoted epithet the parser folded into the object of "called" is still one
(``epithets.py``, rule ``quoted-epithet``); so is the manner of speaking of or treating someone
("spoke favorably of X", "his belittling treatment of X"; ``manner.py``), and an opinion held of someone
("have a favorable view of X"; ``opinions.py``, rule ``opinion-of``). A quantity of more than half of a group
("74 percent of Democrats say ...") and a "they" a group reports speak for the group (``groups.py``).

Negation flips or removes a stance, questions, hypotheticals and requests ("when asked to condemn X")
remove it; so do a supposed scenario ("suppose that X wins") and a lessened readiness ("much less likely to
vote for X"; ``scenarios.py``). A him/her target that coreference gave to a cited source ("..., said Ann Cole.
The governor endorsed her.") is left out (``sources.py``, rule ``source-antecedent``). Each rule's precision on the training annotations, and whether it helps fold by fold, is
measured by ``scripts/stance_cv.py`` (``explain`` names the rule behind each row). Evidence is
aggregated per holder and target: the score is the confidence-weighted mean of the signed
evidence, the confidence the strongest evidence's, ``evidence_text`` that evidence's sentence.
Neutral rows are left out unless ``keep_neutral``, and so are rows whose strongest evidence is
below ``MIN_CONFIDENCE`` (rule ``min-confidence``), unless evidence of their sign stands at two places of
the article (rule ``weak-corroboration``; rule ``min-confidence-direct``, off by default,
would keep an evaluation in a direct quote); a news outlet holds no stance through what it
reports (rule ``media-holder``); a topic outside ``topics.csv`` whose head noun the article names
only once (nor any of its compounds) is left out with rule ``topic-salience``. ``holder_country`` is set only for a holder
who speaks for the country (head of state or government, minister, spokesperson, diplomat,
state body; ``lexicon.speaks_for_country``); a stance toward such an actor is also a stance
toward the country when the holder speaks for a country too (rule ``country-target``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from spacy.tokens import Doc

from ..records import Stance
from . import rules
from .lexicon import act_words, speaks_for_country, topic_words  # noqa: F401  (re-exported)
from .quoted import (STANCE_MODEL_ENV, quote_evidence, speaker_verb_rule, stance_tone_model,  # noqa: F401
                     topic_of, topic_rule)
from .acts import act_evidence
from .feelings import feeling_evidence
from .letters import letter_evidence
from .epithets import epithet_evidence
from .manner import manner_evidence
from .opinions import opinion_evidence
from .proposals import proposal_evidence
from .weights import weigh
from .rules import RULES, switched_off  # noqa: F401
from .structure import (Context, Evidence, characterization_evidence, demand_evidence, event_evidence,
                        predicate_evidence)

BAND = 0.15
#: rows whose strongest evidence is weaker are dropped (rule ``min-confidence``). Structural evidence
#: has 0.7-0.9; a quote evaluation has the tone model's |score|, held at a floor of
#: ``quoted.TONE_MIN`` (0.5) when only the lexical valence gives the sign: on a PolNeAR-train sample
#: 5 of 18 such floor rows were stances a reader would list, against about 2 in 3 of the rest; on a
#: sample of 100, 5 of 11 in direct quotes and 4 of 21 elsewhere; rule ``min-confidence-direct`` would
#: keep the direct-quote ones, but across the 90 train articles those are 1 right and 5 wrong.
MIN_CONFIDENCE = 0.55


def evidence(doc: Doc, tables) -> list[Evidence]:
    """Every piece of stance evidence in the article, from all enabled rules."""
    ctx = Context.build(doc, tables)
    found: list[Evidence] = []
    for source in (predicate_evidence, characterization_evidence, demand_evidence, event_evidence, quote_evidence,
                   proposal_evidence, act_evidence, feeling_evidence, epithet_evidence, manner_evidence,
                   opinion_evidence, letter_evidence):
        found.extend(source(ctx))
    found = weigh(ctx.tables, found)
    return found + list(_country_evidence(ctx, found))


def _country_evidence(ctx: Context, found: list[Evidence]) -> Iterable[Evidence]:
    if not rules.enabled("country-target"):
        return
    for e in found:
        target = ctx.actors.get(e.target) if e.kind == "actor" else None
        holder = ctx.actors.get(e.holder_id)
        if target is None or not speaks_for_country(target) or not speaks_for_country(holder):
            continue
        if target.country == holder.country:
            continue
        rules.fired("country-target")
        yield Evidence(e.holder_id, target.country, "country", e.score, e.confidence, e.offset, e.ids, "country-target")


def extract(doc: Doc, article, tables, *, band: float = BAND, keep_neutral: bool = False) -> list[Stance]:
    """Stance rows for the article: one per holder and target, strongest evidence kept."""
    return [row for row, _ in explain(doc, article, tables, band=band, keep_neutral=keep_neutral)]


def explain(doc: Doc, article, tables, *, band: float = BAND, keep_neutral: bool = False) -> list[tuple[Stance, Evidence]]:
    """The rows of ``extract``, each with its strongest evidence, whose ``rule`` names the rule that made
    the row: what ``scripts/stance_cv.py`` counts to measure each rule's precision."""
    if not 0 <= band < 1:
        raise ValueError("band must lie in [0, 1)")
    groups: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    actors = {a.actor_id: a for a in tables.actors}
    for e in evidence(doc, tables):
        if not _own_side(actors.get(e.holder_id), actors.get(e.target) if e.kind == "actor" else None) \
                and not tables.is_boilerplate(e.offset):
            groups[(e.holder_id, e.target, e.kind)].append(e)
    salient = _salient_topics(doc) if rules.enabled("topic-salience") else None
    direct = {q.quote_id for q in tables.quotes if q.kind == "direct"}
    rows = []
    for (holder_id, key, kind), found in groups.items():
        if kind == "topic" and salient is not None and not _is_salient(key, salient):
            rules.fired("topic-salience")
            continue
        weight = sum(e.confidence for e in found)
        score = max(-1.0, min(1.0, sum(e.score * e.confidence for e in found) / weight)) if weight else 0.0
        label = "support" if score > band else "oppose" if score < -band else "neutral"
        if label == "neutral" and not keep_neutral:
            continue
        agreeing = [e for e in found if (e.score > 0) == (score > 0)] or found
        best = max(agreeing, key=lambda e: (e.confidence, abs(e.score), -e.offset))
        if label != "neutral" and best.confidence < MIN_CONFIDENCE and rules.enabled("min-confidence") \
                and not _direct_evaluation(best, direct) and not _weak_corroborated(agreeing):
            rules.fired("min-confidence")
            continue
        ids = tuple(sorted({i for e in found for i in e.ids}, key=_id_order))
        sent = tables.sentence_at(best.offset)
        holder = actors[holder_id]
        target = _own_word(doc, key) if kind == "topic" else key
        rows.append((Stance(holder_id=holder_id, holder_country=holder.country if speaks_for_country(holder) else None,
                           target=target, target_kind=kind, score=round(score, 4), label=label,
                           confidence=round(best.confidence, 4), evidence=ids, n_evidence=len(ids),
                           evidence_text=sent.text.strip() if sent else ""), best))
    kind_order = {"topic": 0, "country": 1, "actor": 2}
    return sorted(rows, key=lambda r: (r[0].holder_id, kind_order[r[0].target_kind], r[0].target))


def _own_word(doc: Doc, key: str) -> str:
    """A listed topic (topics.csv) named by the canonical word when the article uses it, else by the word
    the article uses most for it ("the deal", "the meeting"; rule ``topic-own-word``): an annotator writes
    the topic as the text names it, and "agreement" for "the deal" shares no word with it."""
    if not rules.enabled("topic-own-word") or key not in set(topic_words().values()):
        return key
    words = topic_words()
    used = Counter(tok.lower_ if (tok.lower_, "NOUN") in words else tok.lemma_.lower()  # "talks", "meeting"
                   for tok in doc if tok.pos_ in ("NOUN", "PROPN") and topic_of(tok) == key)
    if not used or any(key in (w, w + "s", w + "es") for w in used):  # "tax" is a form of "taxes"
        return key
    rules.fired("topic-own-word")
    return max(used, key=lambda w: (used[w], w))


#: how often a topic's head noun must occur in the article for a topic row outside topics.csv
TOPIC_MIN_MENTIONS = 2


def _salient_topics(doc: Doc) -> Counter:
    """How often each noun occurs in the article, by lemma and by text form (a topic's key is the text's own
    word: "boots", rule ``topic-text-form``)."""
    nouns = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
    return Counter(t.lemma_.lower() for t in nouns) + Counter(t.lower_ for t in nouns if t.lower_ != t.lemma_.lower())


def _is_salient(key: str, salient: Counter) -> bool:
    """A listed topic (topics.csv), an act someone makes (an offer, an invitation: ``stance_act_words.csv``
    owned_act_noun), or one a word of which (its head noun or a compound: "TPP" of "the TPP
    pact") the article names at least ``TOPIC_MIN_MENTIONS`` times: "welcomed a baby girl" in passing is no
    topic a reader lists."""
    if key in set(topic_words().values()):
        return True
    head, acts = key.split()[-1], act_words("owned_act_noun")
    if head in acts or head.endswith("s") and head[:-1] in acts:  # "accepted the invitation": an act
        return True
    return any(salient[w] >= TOPIC_MIN_MENTIONS for w in key.split())


def _direct_evaluation(e: Evidence, direct: set[str]) -> bool:
    """An evaluation in the speaker's own words (a direct quote) keeps its row below the floor when
    rule ``min-confidence-direct`` is on: there the evaluative word is the speaker's, while in
    reported speech it is often the writer's paraphrase."""
    return rules.enabled("min-confidence-direct") and e.rule == "quote-evaluation" and bool(e.ids) \
        and all(i in direct for i in e.ids)


def _own_side(holder, target) -> bool:
    """A holder who speaks for a country toward that country's own state bodies ("Putin" and
    "the Kremlin"), or an organisation named after the target person ("Ryan's office" and Paul Ryan,
    "the Smith campaign" and Tom Smith; rule ``own-organization``): the same side, never a stance row."""
    if holder is not None and target is not None and holder.kind != "person" and target.kind == "person" \
            and rules.enabled("own-organization") and target.name.split() \
            and target.name.split()[-1].lower() in holder.name.lower().replace("’", "'").replace("'s", "").split():
        rules.fired("own-organization")
        return True
    return bool(holder is not None and target is not None and holder.country and holder.country == target.country
                and speaks_for_country(holder) and target.kind in ("organization", "country")
                and speaks_for_country(target))


def _id_order(ident: str):
    digits = "".join(c for c in ident if c.isdigit())
    return (ident[:1], int(digits) if digits else 0, ident)


def _weak_corroborated(agreeing: list[Evidence]) -> bool:
    """Evidence below the floor at two or more places of the article, all of one sign (rule ``weak-corroboration``):
    an event and an evaluation in reported speech, or two events, each only infer a stance, but two of them agreeing
    make the row, as evidence at two places lifts a row's confidence (``weights.CORROBORATED``)."""
    if not rules.enabled("weak-corroboration") or len({e.offset for e in agreeing if e.score}) < 2:
        return False
    rules.fired("weak-corroboration")
    return True
