"""Sense rules for verbs of accord whose complement tells an accord from an opinion: "agreed to divide the
primaries", "agreed on a plan", "agreed a deal" name an accord (PLOVER AGREE); "agreed with X", "agree that
taxes should rise" and "agrees" as the tag of a quotation only share a view, a statement (Levin 1993, 36.1
correspond verbs: agree with; Quirk et al. 1985, 16.34 agree + that-clause as a verb of opinion). They
register before the rules of ``senses.py``. The verbs are ``accord_verb``, the prepositions that name
what is agreed ``accord_preposition`` of ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext
from .lexicon import words
from .rules import Example, rule


def _agreed_on_something(verb) -> bool:
    """An infinitive, an object or a to/on-phrase: what the parties settled on."""
    return any(ch.dep_ in ("xcomp", "dobj") or (ch.dep_ == "prep" and ch.lower_ in words("accord_preposition"))
               for ch in verb.children)


@rule("agree-with-is-opinion", "sense", (
    Example("Ola Berg and Tom Reed agreed to divide the primaries.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "agreed", {"category": "AGREE", "actor_id": "ola-berg"}),
    Example("Ola Berg agreed on a plan with Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "agreed", {"category": "AGREE"}),
    Example("Ola Berg said he agreed with Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "agreed", {"category": "STATEMENT"}),
    Example("Voters like Ola Berg agree that taxes should rise.", {"Ola Berg": "ola-berg"}, "agree", None),
    Example('"The plan is fair," agrees Ola Berg, a farmer.', {"Ola Berg": "ola-berg"}, "agrees", None),
))
def agree_with_is_opinion(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """agree (``accord_verb``) names an accord only with what is agreed: an infinitive, an object or a
    to/on-phrase; with a with-phrase, a that-clause, a quotation or nothing it shares a view (STATEMENT)."""
    if c.pos != "verb" or c.lemma not in words("accord_verb"):
        return None
    return None if _agreed_on_something(c.trigger) else "STATEMENT"
