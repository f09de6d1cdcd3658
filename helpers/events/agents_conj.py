"""Coordinated agents and targets: one row per actor of a coordination.

"Jo Hart and Ola Berg pledged to work together" is a pledge by each of them: the timeline of
both gets the act. The agent rules give one agent (the head of the subject phrase); ``widen`` copies
the decided row for the others:

- ``coordinated-subject``: the names joined to the agent by "and" (or a comma list) in its subject or
  by-phrase, also through an appositive ("two senators, Jo Hart and Ola Berg, rejected ..."), never an
  owner ("Hart's aide and Berg") nor a name compounded on a common noun ("Hart supporters and Berg");
- ``named-members``: the names an agent phrase gives as its examples ("critics like Jo Hart",
  "senators, including Hart and Berg");
- ``they-of-a-pair``: a "they"/"both" subject after people joined by "and" (read through
  ``coref.descriptions``);
- ``coordinated-object``: with one agent, the other targets joined by "and" ("attacked Berg and Reed").
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext, is_passive, phrase_tokens, pobj_of, subject_of
from .rules import REGISTRY, Example, rule

#: the mark a copied row carries in ``Cand.fired`` (one row per trigger and agent, ``events._merge_repeats``)
COPY = "coordinated-subject"

#: the agent rules whose agent is a noun phrase a coordination can widen
_WIDENED = {"active-subject", "passive-by-phrase", "coordinated-subject", "named-members", "partitive-subject"}


@rule("coordinated-subject", "agent", (
    Example("Jo Hart and Ola Berg pledged to work together.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "pledged", {"actor_id": "jo-hart"}),
    Example("Tom Reed supporters and Ola Berg booed Jo Hart.",
            {"Tom Reed": "tom-reed", "Ola Berg": "ola-berg", "Jo Hart": "jo-hart"}, "booed",
            {"actor_id": "ola-berg", "target": "jo-hart"}),
))
def coordinated_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """A coordinated subject is an agent in each of its names ("Hart and Berg pledged": both pledged;
    the other names get rows of their own, ``co_agents``); when its head names no agent
    ("Reed supporters and Berg booed X"), the first conjunct that does acts."""
    from .agents import _verb_target

    if c.pos != "verb" or is_passive(c.trigger):
        return None
    subj = subject_of(c.trigger)
    if subj is None:
        return None
    for conj in subj.conjuncts:
        if conj.i > subj.i:
            agent = _named_conjunct(conj, ctx)
            if agent is not None:
                return agent, _verb_target(c.trigger, ctx, agent)
    return None


@rule("they-of-a-pair", "agent", (
    Example("Take the senators Jo Hart and Ola Berg. Last week, they endorsed Tom Reed.",
            {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "endorsed",
            {"actor_id": "jo-hart", "target": "tom-reed"}),
))
def they_of_a_pair(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``event_mentions`` (``coref.descriptions``,
    ``pairs``) and ``widen``: a "they"/"both" subject after "Hart and Berg" is each of them."""
    return None


@rule("coordinated-object", "target", (
    # the second row of "attacked" makes "rejected" the third row
    Example("Jo Hart attacked Ola Berg and Tom Reed, and Tom Reed rejected the plan.",
            {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "rejected",
            {"actor_id": "tom-reed", "event_id": "e3"}),
))
def coordinated_object(obj: Token, ctx: SentenceContext) -> Optional[bool]:
    """Registered for its switch and example; read in ``widen``: an act aimed at names joined by "and"
    ("attacked Berg and Reed", "ridiculed Hart, Berg and Reed") gives a row per target."""
    return None


def widen(c: Cand, ctx: SentenceContext) -> list[Cand]:
    """Copies of a decided row for the other agents of the same act ("Hart and Berg pledged": one row
    each; "Hart and Berg met. They agreed ...": one row each), else for its other targets ("Hart
    attacked Berg and Reed": one row per target)."""
    rule_name = next((n for n in c.fired if n in REGISTRY and REGISTRY[n].kind == "agent"), None)
    others = co_agents(c, ctx, rule_name) + [a for a in _pair_agents(c, ctx) if a != c.agent]
    out = [_set_agent(dataclasses.replace(c, fired=[*c.fired, COPY]), a) for a in dict.fromkeys(others)]
    for target in [] if out else _co_targets(c, ctx):  # several agents and several targets: a row per agent
        copy = dataclasses.replace(c, fired=[*c.fired, COPY], target=target)
        copy.participants = list(dict.fromkeys([*c.participants, target]))
        out.append(copy)
    return out


def _co_targets(c: Cand, ctx: SentenceContext) -> list[str]:
    """Rule ``coordinated-object``: the other actors joined by "and" to the object that is the target."""
    if not REGISTRY["coordinated-object"].enabled or c.pos != "verb" or c.target is None:
        return []
    objs = [ch for ch in c.trigger.children if ch.dep_ in ("dobj", "dative", "iobj")]
    objs += [o for p in c.trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    obj = next((o for o in objs if ctx.actor_of(o) == c.target), None)
    if obj is None or not any(t.lower_ in ("and", "&") and t.dep_ == "cc" for t in _coordination(obj)):
        return []
    names = [_named_conjunct(t, ctx) for t in _coordination(obj)]
    return list(dict.fromkeys(a for a in names if a is not None and a not in (c.agent, c.target)))


def _pair_agents(c: Cand, ctx: SentenceContext) -> list[str]:
    """The actors a "they"/"both" subject stands for when it stands for several (rule ``they-of-a-pair``)."""
    from ..coref import PAIR_PRONOUNS

    subj = subject_of(c.trigger) if c.pos == "verb" and REGISTRY["they-of-a-pair"].enabled else None
    if subj is None or subj.lower_ not in PAIR_PRONOUNS:
        return []
    return list(dict.fromkeys(m.actor_id for m in ctx.mentions if m.start == subj.idx))


def _set_agent(c: Cand, agent: str) -> Cand:
    """``c`` (a copy) with ``agent`` as its agent, the old agent still a participant."""
    c.participants = [agent] + [p for p in c.participants if p != agent]
    c.target = None if c.target == agent else c.target
    c.agent = agent
    return c


def co_agents(c: Cand, ctx: SentenceContext, rule_name: Optional[str]) -> list[str]:
    """The other actors the agent's noun phrase coordinates with it (rule ``coordinated-subject``) or
    names as its members (rule ``named-members``), in reading order, for rows of their own."""
    if rule_name not in _WIDENED or c.pos != "verb":
        return []
    head = pobj_of(c.trigger, ("by",)) if is_passive(c.trigger) else subject_of(c.trigger)
    if head is None:
        return []
    tokens = _same_side(head, _coordination(head))
    if not REGISTRY["coordinated-subject"].enabled or not any(t.lower_ in ("and", "&") and t.dep_ == "cc"
                                                               for t in tokens):
        tokens = []
    if REGISTRY["named-members"].enabled:
        tokens += _members(head)
    out: list[str] = []
    for t in tokens:
        agent = _named_conjunct(t, ctx)
        if agent is not None and agent != c.agent and agent not in out:
            out.append(agent)
    return out


@rule("subject-before-its-verb", "agent", (
    # the parser hangs "John Keller" on "Mark Dunn" as an appositive; with the rule off Keller gets a row (e2)
    # and "rejected" becomes the fourth row
    Example("Republican nominee Mark Dunn on Friday endorsed the re-election of Speaker Paul Vance (R-Wis.), "
            "Senator John Keller (R-Ariz.), and Senator Kelly Norton (R-N.H.). Paul Vance rejected the plan.",
            {"Mark Dunn": "mark-dunn", "Paul Vance": "paul-vance", "John Keller": "john-keller",
             "Kelly Norton": "kelly-norton"}, "rejected", {"actor_id": "paul-vance", "event_id": "e2"}),
))
def subject_before_its_verb(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``_same_side``: names the parser hangs on a subject
    as its appositive or conjunct from across its verb ("Trump endorsed the re-election of Ryan, Sen. John
    McCain (R-Ariz.), and ...", McCain an appositive of Trump) are not co-agents: a subject's phrase lies
    on one side of its verb."""
    return None


def _same_side(head: Token, tokens: list[Token]) -> list[Token]:
    """The tokens of a subject's phrase on the subject's side of its verb (rule ``subject-before-its-verb``)."""
    verb = head.head
    if not REGISTRY["subject-before-its-verb"].enabled or not head.dep_.startswith("nsubj") or verb.i < head.i:
        return tokens
    return [t for t in tokens if t.i < verb.i]


@rule("named-members", "agent", (
    Example("Senators such as Jo Hart rejected the plan.", {"Jo Hart": "jo-hart"}, "rejected",
            {"actor_id": "jo-hart"}),
    Example("The plan was backed by critics like Jo Hart.", {"Jo Hart": "jo-hart"}, "backed",
            {"actor_id": "jo-hart"}),
))
def named_members(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An agent phrase that names examples of itself ("critics like Jo Hart", "senators, including Hart
    and Berg", "Republicans such as Hart") acts in each member it names: they get rows of their own
    (``co_agents``), and when the phrase names no actor itself the first member acts."""
    from .agents import _verb_target

    if c.pos != "verb":
        return None
    head = pobj_of(c.trigger, ("by",)) if is_passive(c.trigger) else subject_of(c.trigger)
    members = _members(head) if head is not None else []
    agent = next((a for a in (_named_conjunct(t, ctx) for t in members) if a is not None), None)
    return (agent, _verb_target(c.trigger, ctx, agent)) if agent is not None else None


def _members(head: Token) -> list[Token]:
    """The tokens of the names a phrase gives as its examples: "including X", "like X", "such as X"."""
    out: list[Token] = []
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ in ("including", "like") or prep.lower_ == "as" and any(
                ch.lower_ == "such" for ch in [*prep.children, *head.children])):
            out += [t for obj in prep.children if obj.dep_ == "pobj" for t in phrase_tokens(obj)]
    return out


def _coordination(head: Token) -> list[Token]:
    """The tokens of a noun phrase, of its appositives ("two senators, Hart and Berg") and their "and"s."""
    out = list(phrase_tokens(head))
    out += [p for t in list(out) for ap in t.children if ap.dep_ == "appos" for p in phrase_tokens(ap)]
    out += [ch for t in list(out) for ch in t.children if ch.dep_ == "cc"]
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _named_conjunct(tok: Token, ctx: SentenceContext) -> Optional[str]:
    """The actor a name in a coordination stands for as a doer: not an owner ("Hart's aide"), not a
    name compounded on a common noun ("Hart supporters") or on another name ("House Speaker Ryan")."""
    m = ctx.mention_at(tok)
    if m is None or tok.dep_ == "poss" or any(ch.dep_ == "case" for ch in tok.children):
        return None
    after = next((t for t in tok.doc[tok.i:tok.sent.end] if t.idx >= m.end), None)
    if after is not None and after.pos_ == "PROPN" and after.dep_ == "compound":
        return None  # "House Speaker Paul Ryan": a name that modifies the next one
    t = tok
    while t.dep_ in ("compound", "nmod") and t.head.i != t.i:
        t = t.head
        if t.pos_ == "NOUN" and ctx.mention_at(t) is None:
            return None
        if t.dep_ == "poss":
            return None
    return m.actor_id
