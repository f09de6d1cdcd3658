"""Adjective triggers: "Trump was critical of Obama's leadership on Sunday" (DISAPPROVE), "Sanders was
supportive of Clinton at the convention" (SUPPORT). An adjective of judgment (``event_verbs.csv`` pos
``adj``) after a copula in the simple past, with an of-phrase naming what was judged, reports an act of
judging done at that time (VerbNet judgment-33, as "criticized"). The perfect or present ("has been
critical of X", "is supportive of X") is a lasting position, the stances table's, and gives no row. Without an
of-phrase the adjective names a quality ("was critical to the deal"). The agent is the subject of the
copula; the target is the of-phrase's actor or its owner ("Obama's leadership").
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, pobj_of, subject_of
from .rules import Example, rule

ACTORS = {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}


def _copula(adj) -> Optional[object]:
    """The simple-past copula ("was", "were") the adjective completes, without auxiliary or negation."""
    head = adj.head
    if adj.dep_ != "acomp" or head.lemma_.lower() != "be" or head.tag_ != "VBD":
        return None
    if any(ch.dep_ in ("aux", "auxpass", "neg") for ch in head.children):
        return None
    return head


def _judged(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The actor of the of-phrase, or its owner ("critical of Obama's leadership")."""
    obj = pobj_of(c.trigger, ("of",))
    if obj is None:
        return None
    return ctx.actor_of(obj) or ctx.owner(obj)


@rule("adjective-act", "sense", (
    Example("Ola Berg was critical of Tom Reed's plan on Sunday.", ACTORS, "critical",
            {"category": "DISAPPROVE", "actor_id": "ola-berg", "target": "tom-reed"}),
    Example("Ola Berg has been critical of Tom Reed for years.", ACTORS, "critical", None),
    Example("Ola Berg was supportive of Tom Reed at the rally.", ACTORS, "supportive", {"category": "SUPPORT"}),
    Example("Ola Berg was critical to the success of the plan.", ACTORS, "critical", None),
))
def adjective_act(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An adjective trigger names an act only after a simple-past copula and with an of-phrase (what was
    judged); otherwise it names a state ("was critical to the deal", "has been critical of"), no event."""
    if c.pos != "adj":
        return None
    if _copula(c.trigger) is None or pobj_of(c.trigger, ("of",)) is None:
        return ""
    return c.category


@rule("adjective-subject", "agent", (
    Example("Ola Berg was critical of Tom Reed on Sunday.", ACTORS, "critical",
            {"actor_id": "ola-berg", "target": "tom-reed"}),
))
def adjective_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """The agent of an adjective trigger is the subject of its copula; the target is the one judged."""
    if c.pos != "adj":
        return None
    agent = ctx.actor_of(subject_of(c.trigger.head))
    if agent is None:
        return None
    target = _judged(c, ctx)
    return agent, target if target != agent else None
