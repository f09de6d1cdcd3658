"""Sense rule for publishing a message that attacks or backs someone: "released ads attacking X", "ran a robocall
against X", "issued a statement in opposition to the deal", "posted criticisms of X". The act is the message's
(CAMEO 111 criticize or denounce, 051 praise or endorse, carried out through an ad, a letter or a post), not
plain publishing. Word sets come from ``event_words.csv`` (``publishing_verb``, ``message_noun``, ``ad_noun``,
``attacking_modifier``). It registers
before the rules of ``senses.py`` (``release-a-person`` makes a released video a statement, ``light-verb-noun``
finds no event noun in "ran ads").
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of
from .lexicon import noun_category, verb_category, words
from .rules import Example, rule

#: the categories a message passes on from the verb or noun that says what it does; a message that attacks or
#: targets someone ("ads attacking X", "ads targeting X") does so in words
_STANCES = {"DISAPPROVE": "DISAPPROVE", "ASSAULT": "DISAPPROVE", "SUPPORT": "SUPPORT"}


def _message_act(obj, verb) -> Optional[str]:
    """What a message noun does to someone: "ads attacking X", "ads against X", "negative ads", "a statement in
    opposition to X" (DISAPPROVE); "an ad praising X", "a letter in support of X" (SUPPORT); else None."""
    for ch in obj.children:
        if ch.dep_ in ("acl", "relcl") and verb_category(ch.lemma_) in _STANCES:
            return _STANCES[verb_category(ch.lemma_)]
        if ch.dep_ == "prep" and ch.lower_ == "against" and child(ch, "pobj") is not None:
            return "DISAPPROVE"
        if ch.dep_ in ("amod", "compound") and ch.lower_ in words("attacking_modifier"):
            return "DISAPPROVE"
    side = pobj_of(obj, ("in",)) or pobj_of(verb, ("in",))  # "a statement in opposition to X", or on the verb
    if side is not None and side.lower_ in ("opposition", "support") and pobj_of(side, ("to", "of")) is not None:
        return "DISAPPROVE" if side.lower_ == "opposition" else "SUPPORT"
    return None


@rule("message-against", "sense", (
    Example("Ola Berg released ads attacking Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "released", {"category": "DISAPPROVE"}),
    Example("Ola Berg posted criticisms of Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "posted", {"category": "DISAPPROVE"}),
    Example("Ola Berg released a statement in support of Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "released", {"category": "SUPPORT"}),
    Example("Ola Berg ran negative ads against Tom Reed in May.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "ran", {"category": "DISAPPROVE"}),
    Example("Ola Berg released a video on Monday.", {"Ola Berg": "ola-berg"}, "released", {"category": "STATEMENT"}),
))
def message_against(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """Publishing a message (``publishing_verb``: release, post, air, run ...) whose words attack or back someone
    is DISAPPROVE or SUPPORT: a message noun with an attacking participle, "against X" or "in opposition to X",
    or an event noun of criticism or praise as object ("posted criticisms of X"); other messages are left to
    the other rules (a released video stays a statement)."""
    if c.pos != "verb" or c.lemma not in words("publishing_verb"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None:
        return None
    found = noun_category(obj)
    if found is not None and found[1] in ("DISAPPROVE", "SUPPORT") and pobj_of(obj, ("of", "against", "on", "for")) is not None:
        return found[1]
    nouns = words("message_noun") | words("ad_noun")
    if obj.lemma_.lower() not in nouns and obj.lower_ not in nouns:
        return None
    return _message_act(obj, c.trigger)
