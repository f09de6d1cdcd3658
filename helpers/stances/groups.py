"""Group holders of stances: who holds a stance that a quantity of a group or "they" states.

* rule ``quantity-holder``: a quantity or proportion (``stance_quantity_words.csv``: percent, majority, half,
  most) with an "of" phrase is that group's voice: "74 percent of Democrats say ...", "a majority of voters
  backed Smith", "backing from 74% of black voters" -> the group of the "of" phrase, when the actors table
  has it and the quantity is more than half of the group ("just 30 percent of voters consider X honest" is
  no stance of the voters);
* rule ``partial-group``: a group named with a quantifier of half or less of it ("some", "a few", "more",
  "4 in 10") or counted by a bare number ("200 Republicans") is a part of the group, not its voice: "Some
  Farmers oppose Smith", "4 in 10 Farmers support Jones", "more voters view Smith unfavorably than support
  her" give no stance of the group (the quantity's share as in rule ``quantity-holder``);
* rule ``reported-they``: a "they" subject of a clause that a group or an organization reports is that group
  ("Democrats say they have a favorable view of Smith", "74 percent of Democrats say they ..."), as rule
  ``reported-pronoun`` binds "he"/"she" to a reporting person; not inside a direct quote.

Both only name a holder; the stance itself comes from a predicate of the other rules.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from . import rules
from ..reference import read_table
from ..times.words import number

#: actor kinds a "they" may stand for
GROUP_KINDS = ("group", "organization")
#: a quantity speaks for its group when it is more than this share of it
MORE_THAN = 0.5


@lru_cache(maxsize=1)
def quantity_words() -> dict[str, str]:
    """The words of ``stance_quantity_words.csv`` with their share ("percent" or a fraction)."""
    return {r["word"].lower(): r["share"] for r in read_table("stance_quantity_words.csv")}


def share(tok: Token) -> Optional[float]:
    """The part of its group a quantity word stands for: its fraction, or for "percent"/"%" the numeral
    right before it ("Seventy-four percent", "74%") over 100; None when there is no such numeral."""
    value = quantity_words()[tok.lower_]
    if value != "percent":
        return float(value)
    j = tok.i
    while j > 0 and (tok.doc[j - 1].like_num or tok.doc[j - 1].text == "-"):
        j -= 1
    n = number(tok.doc[j:tok.i].text) if j < tok.i else None
    return n / 100 if n is not None else None


def _ratio(num: Token) -> Optional[float]:
    """"4 in 10", "three out of five": the numerator over the numeral ``num``; None without one."""
    parts = [q for q in num.children if q.dep_ == "quantmod"]
    words = {q.lower_ for q in parts}
    top = next((number(q.text) for q in parts if q.like_num), None)
    low = number(num.text)
    if not words & {"in", "of", "out"} or top is None or not low:
        return None
    return top / low


def partial_group(tok: Token) -> bool:
    """A holder noun quantified as half or less of its group, or counted by a bare number (rule
    ``partial-group``): "some Farmers", "a few Farmers", "more voters", "4 in 10 Farmers", "200 Farmers";
    not "most Farmers", "all Farmers", "the 27 member states"."""
    if tok.lower_ in quantity_words() or not rules.enabled("partial-group"):
        return False  # "54 percent of Farmers": rule quantity-holder weighs the quantity itself
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "all", "its", "their")
                   or c.dep_ == "poss" for c in tok.children)
    for c in tok.children:
        part = None
        if c.dep_ in ("det", "amod", "nummod", "quantmod") and c.lower_ in quantity_words():
            part = share(c)
        elif c.dep_ == "nummod" and c.like_num:
            part = _ratio(c)
            if part is None and not definite:
                part = 0.0  # a bare count of members
        if part is not None and part <= MORE_THAN:
            rules.fired("partial-group")
            return True
    return False


def quantity_group(ctx, tok: Token) -> Optional[str]:
    """The actor of the "of" phrase of a quantity word (rule ``quantity-holder``), else None. A number
    before "percent" or "%" is the quantity's own; the group is the object of its "of"."""
    if tok.lower_ not in quantity_words() or not rules.enabled("quantity-holder") or (share(tok) or 0) <= MORE_THAN:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found = ctx.actor_at(obj)
                    if found is not None:
                        rules.fired("quantity-holder")
                        return found
    return None


def reported_they(ctx, pronoun: Token) -> Optional[str]:
    """The group or organization that reports a clause whose subject is "they" (rule ``reported-they``):
    "Democrats say they back Smith", "74 percent of Democrats say they ...". None inside a direct quote,
    when the clause is no complement of a verb with such a subject, or when the reporter is a person."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp" \
            or not rules.enabled("reported-they"):
        return None
    if any(q.kind != "indirect" for q in ctx.token_quotes.get(pronoun.i, ())):
        return None
    from .structure import _subject_tokens  # structure imports this module

    subjects = _subject_tokens(pronoun.head.head)
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    actor_id = ctx.actor_at(subjects[0]) or quantity_group(ctx, subjects[0])
    actor = ctx.actors.get(actor_id) if actor_id else None
    if actor is None or actor.kind not in GROUP_KINDS:
        return None
    rules.fired("reported-they")
    return actor_id
