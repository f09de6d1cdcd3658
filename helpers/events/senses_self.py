"""Sense rules for verbs of support whose object is the agent's own: "defended herself", "defended his
record", "defending his administration" justify the agent, they back no one else (PLOVER SUPPORT needs a
counterpart: CAMEO 051 praise or endorse another). A reflexive object (Quirk et al. 1985, 6.23 reflexive
pronouns) or a thing the subject's pronoun owns is the agent's own; an act ("defended his call for a ban"),
a person ("defended his father") or an actor stays SUPPORT. They register before the rules of ``senses.py``.
The verbs are ``self_support_verb`` of ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .lexicon import noun_category, words
from .rules import Example, rule

#: reflexive pronouns and the possessive determiners that make a noun the subject's own
_REFLEXIVE = ("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself")
_OWN = ("his", "her", "its", "their", "my", "our", "your")


def _own_thing(obj, ctx: SentenceContext) -> bool:
    """A reflexive, or a noun owned by a possessive pronoun that names no act, person or actor."""
    from ..stances.lexicon import person_nouns

    if obj.lower_ in _REFLEXIVE:
        return True
    owned = any(ch.dep_ == "poss" and ch.lower_ in _OWN for ch in obj.children)
    return owned and noun_category(obj) is None and ctx.mention_at(obj) is None \
        and obj.lemma_.lower() not in person_nouns() and obj.lemma_.lower() not in words("kin_noun")


@rule("defend-oneself", "sense", (
    Example("Ola Berg spent the evening defending her record.", {"Ola Berg": "ola-berg"}, "defending", None),
    Example("Tom Reed defended himself against the charges.", {"Tom Reed": "tom-reed"}, "defended", None),
    Example("Ola Berg defended her call for a ban.", {"Ola Berg": "ola-berg"}, "defended", {"category": "SUPPORT"}),
    Example("Ola Berg defended Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "defended",
            {"category": "SUPPORT"}),
))
def defend_oneself(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """defend (``self_support_verb``) oneself or one's own record is self-justification, a statement; defending
    another, or one's own proposal, is the verb's SUPPORT."""
    if c.pos != "verb" or c.lemma not in words("self_support_verb"):
        return None
    obj = child(c.trigger, "dobj")
    return "STATEMENT" if obj is not None and _own_thing(obj, ctx) else None
