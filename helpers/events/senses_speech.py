"""Sense rules for speech verbs whose object makes the act more than a statement: "expressed dismay at X",
"voiced displeasure with X", "tweeted her appreciation of X" take a side (DISAPPROVE or SUPPORT, CAMEO 111
criticize / 051 praise); "admitted wrongdoing", "acknowledged defeat" yield (CONCEDE). They register before the rules of ``senses.py``. Word sets come from
``event_words.csv``; the sign of an attitude noun from the stance lexicon's valence (VADER).
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of, subject_of
from .lexicon import noun_category, words
from .rules import Example, rule

#: prepositions that name whom an attitude noun is aimed at
_TOWARD = ("at", "with", "over", "about", "for", "toward", "towards", "of", "to", "against", "on")


@rule("voice-a-feeling", "sense", (
    Example("Ola Berg expressed dismay at Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "expressed", {"category": "DISAPPROVE"}),
    Example("Ola Berg voiced support for Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "voiced",
            {"category": "SUPPORT"}),
    Example("Ola Berg expressed hope for a quick vote.", {"Ola Berg": "ola-berg"}, "expressed", {"category": "STATEMENT"}),
    Example("Ola Berg voiced displeasure with some of Tom Reed's plans.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "voiced", {"category": "DISAPPROVE"}),
))
def voice_feeling(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """express, voice or tweet an attitude toward an actor ("dismay at X", "displeasure with X's plan"):
    DISAPPROVE for a negative attitude, SUPPORT for a positive one; a feeling about no actor stays a
    statement."""
    from ..stances.lexicon import valence

    if c.pos != "verb" or c.lemma not in words("voice_verb"):
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return None
    agent = ctx.actor_of(subject_of(c.trigger))
    aimed = [t for p in obj.children if p.dep_ == "prep" and p.lower_ in _TOWARD
             for t in p.subtree if ctx.mention_at(t) is not None and ctx.mention_at(t).actor_id != agent]
    if not aimed:
        return None
    noun = obj.lemma_.lower()
    sign = -1.0 if noun in words("feeling_against") else 1.0 if noun in words("feeling_for") else valence(noun)
    if sign == 0:
        return None
    c.noun = obj
    return "DISAPPROVE" if sign < 0 else "SUPPORT"


@rule("admit-fault", "sense", (
    Example("Chile admitted wrongdoing in the affair on Monday.", {"Chile": "CHL"}, "admitted",
            {"category": "CONCEDE"}),
    Example("Ola Berg acknowledged defeat on Monday.", {"Ola Berg": "ola-berg"}, "acknowledged",
            {"category": "CONCEDE"}),
    # a statement: its quote row holds it, no event row
    Example("Ola Berg admitted that the talks had stalled.", {"Ola Berg": "ola-berg"}, "admitted", None),
))
def admit_fault(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """admit, acknowledge or confess a fault or a defeat (``admitted_fault``: wrongdoing, culpability, a mistake,
    defeat) is a concession (CAMEO 08 YIELD; PLOVER CONCEDE), not a plain statement."""
    if c.pos != "verb" or c.lemma not in ("admit", "acknowledge", "confess"):
        return None
    obj = child(c.trigger, "dobj")
    return "CONCEDE" if obj is not None and (obj.lemma_.lower() in words("admitted_fault")
                                             or obj.lower_ in words("admitted_fault")) else None


@rule("refer-to-as", "sense", (
    Example("Ola Berg referred to Tom Reed as a liar and a coward.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "referred", {"category": "DISAPPROVE", "actor_id": "ola-berg"}),
    Example("Ola Berg referred to Tom Reed as the senator.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "referred", None),
    Example("Ola Berg referred to the report in May.", {"Ola Berg": "ola-berg"}, "referred", None),
))
def refer_to_as(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """refer to an actor as an evaluative name ("referred to X as a liar") is name-calling, as "called X a
    liar" (rule call-a-name): DISAPPROVE for an insult, SUPPORT for praise; any other reference is no event."""
    if c.pos != "verb" or c.lemma != "refer":
        return None
    from .senses import _epithet_valence

    to = next((p for p in c.trigger.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    who = child(to, "pobj") if to is not None else None
    if who is None or ctx.actor_of(who) is None:
        return ""
    epithet = _epithet_valence(c.trigger)
    if epithet is None:
        return ""
    return "DISAPPROVE" if epithet < 0 else "SUPPORT"


@rule("offer-a-concession", "sense", (
    Example("Ola Berg offered an apology to Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "offered", {"category": "CONCEDE", "actor_id": "ola-berg"}),
    Example("Chile offered talks to Peru.", {"Chile": "CHL", "Peru": "PER"}, "offered", {"category": "AGREE"}),
))
def offer_concession(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """offering an apology or another concession (an object noun of category CONCEDE in event_verbs.csv) is
    the concession itself (CAMEO 08 yield -> PLOVER CONCEDE), not the willingness to agree that rule
    offer-what reads in "offered talks"."""
    if c.pos != "verb" or c.lemma != "offer":
        return None
    obj = child(c.trigger, "dobj")
    found = noun_category(obj) if obj is not None else None
    if found is None or found[1] != "CONCEDE":
        return None
    c.noun = obj
    return "CONCEDE"


@rule("talk-about-is-speech", "sense", (
    # speech: no row of the timeline (the quotes table holds it)
    Example("Ola Berg has talked about sending troops to Peru.", {"Ola Berg": "ola-berg", "Peru": "PER"}, "talked",
            None),
    Example("Ola Berg talked with Tom Reed about the plan.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "talked", {"category": "CONSULT"}),
))
def talk_about(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """talk or speak (``conversation_verb``) about or of a topic with no one to talk with is speech
    (STATEMENT), not a meeting: "has talked about embedding troops"; "talked with X about it" stays CONSULT."""
    if c.pos != "verb" or c.lemma not in words("conversation_verb"):
        return None
    topic = pobj_of(c.trigger, ("about", "of")) or child_prep(c.trigger, ("about", "of"))
    if topic is None or pobj_of(c.trigger, ("with", "to")) is not None or child(c.trigger, "dobj") is not None:
        return None
    return "STATEMENT"


def child_prep(tok, preps: tuple[str, ...]):
    """A preposition of ``preps`` on ``tok`` that governs a clause ("about embedding troops")."""
    return next((p for p in tok.children if p.dep_ == "prep" and p.lower_ in preps
                 and any(g.dep_ == "pcomp" for g in p.children)), None)
