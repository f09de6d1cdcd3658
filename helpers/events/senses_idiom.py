"""Sense rules for motion-verb idioms whose prepositional noun names the act: "came to Tom Reed's defense",
"rushed to the aid of Peru" (SUPPORT, AID), "went on the offensive against X" (DISAPPROVE against a person,
arms against troops); and the noun "offensive" aimed at a person ("her gun-control offensive against
Sanders"), which is a campaign of criticism, not a military offensive. The verb is the trigger; its subject
the agent; the noun inside the idiom gives no row of its own (its owner is the one helped, not the helper).
"Stole his thunder", "stole the show" outshine someone: no theft, no event.
They register before the rules of ``senses.py``. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, actor_kind, pobj_of, subject_of
from .lexicon import noun_category, words
from .rules import Example, rule

#: the category of each rescue noun of ``come to X's ...``
_RESCUE = {"aid": "AID", "rescue": "AID", "defense": "SUPPORT", "defence": "SUPPORT", "support": "SUPPORT"}


def _idiom_noun(verb, prep: str, nouns) -> Optional[object]:
    """The noun of "<verb> <prep> the <noun>" when it is one of ``nouns`` ("came to the defense")."""
    noun = pobj_of(verb, (prep,))
    return noun if noun is not None and noun.lemma_.lower() in nouns else None


def _inside_idiom(noun) -> bool:
    """True for the noun of a motion idiom ("the aid" of "rushed to the aid of X")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.head.lemma_.lower() not in words("motion_idiom_verb"):
        return False
    lemma = noun.lemma_.lower()
    return (head.lower_ == "to" and lemma in _RESCUE) or (head.lower_ == "on" and lemma in words("offensive_noun"))


def _military(tok) -> bool:
    military = words("military")
    return tok is not None and any(t.lemma_.lower() in military for t in [tok, *tok.children])


def _aimed_at_person(tok, ctx: SentenceContext, preps: tuple[str, ...]) -> Optional[bool]:
    """Whether an offensive is aimed at a person or an organisation (True), at troops or a country (False),
    or at no actor named (None)."""
    target = pobj_of(tok, preps)
    if target is None:
        return None
    if _military(target):
        return False
    kind = actor_kind(ctx, ctx.actor_of(target))
    return None if kind is None else kind in ("person", "organization", "group")


@rule("come-to-the-aid", "sense", (
    Example("Ola Berg came to Tom Reed's defense on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "came", {"category": "SUPPORT", "actor_id": "ola-berg"}),
    Example("Chile rushed to the aid of Peru after the flood.", {"Chile": "CHL", "Peru": "PER"}, "rushed",
            {"category": "AID", "actor_id": "CHL"}),
    Example("Ola Berg came to Tom Reed's defense on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "defense", None),
    Example("Ola Berg came to Oslo on Monday.", {"Ola Berg": "ola-berg"}, "came", None),
))
def come_to_aid(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """come, rush or leap to someone's aid or rescue (AID) or defense or support (SUPPORT; CAMEO 05 / 07): the
    verb's subject acted; the noun inside the idiom names no act of its owner."""
    if c.pos == "noun":
        return "" if _inside_idiom(c.trigger) else None
    if c.pos != "verb" or c.lemma not in words("motion_idiom_verb"):
        return None
    noun = _idiom_noun(c.trigger, "to", _RESCUE)
    if noun is None:
        return None
    c.noun = noun
    return _RESCUE[noun.lemma_.lower()]


@rule("go-on-the-offensive", "sense", (
    Example("Ola Berg went on the offensive against Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "went", {"category": "DISAPPROVE", "actor_id": "ola-berg"}),
    Example("Ola Berg's offensive against Tom Reed angered voters.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "offensive", {"category": "DISAPPROVE"}),
    Example("Chile's offensive against rebel troops began in May.", {"Chile": "CHL"}, "offensive",
            {"category": "FIGHT"}),
    Example("Ola Berg went on a trip to Oslo.", {"Ola Berg": "ola-berg"}, "went", None),
))
def go_on_offensive(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """go on the offensive (or the attack) against a person or an organisation, or an offensive noun aimed at
    one, is a campaign of criticism (CAMEO 111 -> PLOVER DISAPPROVE); against troops or a country it keeps
    the noun's armed sense."""
    if c.pos == "noun":  # "her offensive against Sanders"; "attack" nouns are rule attack-verbal-or-armed's
        if c.trigger.lemma_.lower() not in ("offensive", "offense", "offence") or _inside_idiom(c.trigger):
            return None
        owner = ctx.owner(c.trigger)
        person = actor_kind(ctx, owner) == "person"
        return "DISAPPROVE" if _aimed_at_person(c.trigger, ctx, ("against",)) or \
            (person and _aimed_at_person(c.trigger, ctx, ("against",)) is None) else None
    if c.pos != "verb" or c.lemma not in words("motion_idiom_verb"):
        return None
    noun = _idiom_noun(c.trigger, "on", words("offensive_noun"))
    if noun is None:
        return None
    c.noun = noun
    aimed = _aimed_at_person(c.trigger, ctx, ("against",))
    if aimed is None:
        aimed = _aimed_at_person(noun, ctx, ("against",))
    if aimed is None:
        aimed = not _military(subject_of(c.trigger))
    found = noun_category(noun)
    return "DISAPPROVE" if aimed else (found[1] if found else "FIGHT")


@rule("steal-the-spotlight", "sense", (
    Example("Ola Berg had stolen Tom Reed's thunder by May.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "stolen", None),
    Example("Ola Berg stole documents from Tom Reed's office.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "stole", {"category": "CRIME"}),
))
def steal_spotlight(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """steal attention (``attention_noun``: "stole his thunder", "stole the show", "stole the headlines") is
    an idiom of outshining someone, no theft and no event of its own."""
    if c.pos != "verb" or c.lemma != "steal":
        return None
    obj = next((t for t in c.trigger.children if t.dep_ in ("dobj", "nsubjpass")), None)
    return "" if obj is not None and obj.lemma_.lower() in words("attention_noun") else None
