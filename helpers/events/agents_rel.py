"""Antecedents for the agent rules: which noun phrase a relative pronoun or a role description stands for.

The parser often hangs a relative clause that follows a coordination ("X's company and the giant
Televisa, which decided ...") on the first conjunct; a "which"/"that" stands for the nearest
noun phrase before it, so the clause belongs to the conjunct that ends right before the pronoun.
``context.subject_of`` asks ``nearest_conjunct`` for the antecedent of a relative subject.
A role description in the lead ("The city's new mayor rejected ...") may name its person only
after it ("Jo Hart was elected mayor last week"): ``role-description-ahead`` (``coref.descriptions``).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext
from .rules import REGISTRY, Example, rule

#: the relative pronouns of things; "X and Y, who ..." often stands for both people and is left alone
THING_RELATIVES = ("which", "that")


@rule("relative-nearest-conjunct", "agent", (
    Example("Critics included the union and Lima Trust, which rejected the tax.",
            {"the union": "union", "Lima Trust": "lima-trust"}, "rejected", {"actor_id": "lima-trust"}),
))
def relative_nearest_conjunct(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``context.subject_of``: a relative clause after a
    coordination stands for the conjunct that ends right before its pronoun, not the first one."""
    return None


def _conjuncts(head: Token) -> list[Token]:
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        for ch in t.children:
            if ch.dep_ == "conj" and ch.i > head.i:
                out.append(ch)
                stack.append(ch)
    return out


def _own_right_edge(tok: Token) -> int:
    """The last token of a conjunct's phrase, leaving out the conjuncts and clauses hung on it."""
    edge = tok.i
    for ch in tok.children:
        if ch.i > tok.i and ch.dep_ not in ("conj", "cc", "relcl", "punct"):
            edge = max(edge, ch.right_edge.i)
    return edge


def nearest_conjunct(head: Token, pronoun: Token) -> Token:
    """The conjunct of ``head`` whose phrase ends right before ``pronoun`` (a comma between them at
    most), or ``head``."""
    rule_ = REGISTRY.get("relative-nearest-conjunct")
    if rule_ is None or not rule_.enabled or pronoun.i < head.i or pronoun.lower_ not in THING_RELATIVES:
        return head
    for conj in sorted(_conjuncts(head), key=lambda t: -t.i):
        if conj.i > pronoun.i:
            continue
        gap = [t for t in pronoun.doc[_own_right_edge(conj) + 1:pronoun.i]]
        if any(not t.is_punct for t in gap) or len(gap) > 1:
            continue
        return conj
    return head


@rule("role-description-ahead", "agent", (
    Example("The city's new mayor rejected the plan on Tuesday. Jo Hart was elected mayor of Lima last week.",
            {"Jo Hart": "jo-hart"}, "rejected", {"actor_id": "jo-hart"}),
    Example("The mayor rejected the plan on Tuesday. Jo Hart was elected to the Senate last week.",
            {"Jo Hart": "jo-hart"}, "rejected", None),
))
def role_description_ahead(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``events.agents.event_mentions``
    (``coref.descriptions``, ``ahead``): a lead's "the new mayor" that no one named before answers is
    the first person named after it as mayor."""
    return None
