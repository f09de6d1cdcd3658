"""Sense rules for verbs whose object decides between force, policy and no event: fire on a convoy or fire
missiles (ASSAULT), fire a person (SANCTION, a dismissal); launch missiles (ASSAULT); cut rates (CONCEDE), cut aid or ties
(SANCTION) but not a board. Word sets come from ``event_words.csv``. They register before the rules of
``senses.py``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, actor_kind, child, pobj_of
from .lexicon import words
from ..stances.lexicon import person_nouns
from .rules import Example, rule


@rule("fire-on", "sense", (
    Example("Border guards fired on the convoy.", {"Border guards": "guards"}, "fired", {"category": "ASSAULT"}),
    Example("The potter fired the vases in a kiln.", {"The potter": "potter"}, "fired", None),
    Example("Ola Berg fired Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "fired",
            {"category": "SANCTION", "actor_id": "ola-berg"}),
    Example("Ola Berg fired back at Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "fired",
            {"category": "DISAPPROVE", "target": "tom-reed"}),
))
def fire_on(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """fire on/at, or fire missiles, is ASSAULT; firing a person named as an actor (a campaign manager, a
    staffer) is a dismissal, SANCTION (CAMEO 17 coerce by administrative sanction); other firings none."""
    if c.lemma != "fire" or c.pos != "verb":
        return None
    if any(ch.dep_ in ("prt", "advmod") and ch.lower_ == "back" for ch in c.trigger.children):
        return "DISAPPROVE"  # "fired back at X": a retort (CAMEO 111 criticize)
    obj = child(c.trigger, "dobj")
    at = pobj_of(c.trigger, ("on", "at", "into", "toward", "towards"))
    if at is not None and at.ent_type_ not in ("DATE", "TIME") or \
            (obj is not None and obj.lemma_.lower() in words("weapon_fire")):
        return "ASSAULT"
    fired = obj if obj is not None else child(c.trigger, "nsubjpass")
    if (fired is None or fired.lower_ in ("who", "whom", "that")) and c.trigger.dep_ == "relcl":
        fired = c.trigger.head  # "a staffer whom Gowdy fired"
    named = [fired] + ([fired.head] if fired is not None and fired.dep_ == "appos" else [])  # "X, a major who Y fired"
    if fired is not None and any(actor_kind(ctx, ctx.actor_of(t)) == "person" or t.ent_type_ == "PERSON"
                                 or t.lemma_.lower() in person_nouns() for t in named):
        return "SANCTION"
    return ""


@rule("rate-cut", "sense", (
    Example("The central bank cut interest rates on Thursday.", {"The central bank": "bank"}, "cut",
            {"category": "CONCEDE"}),
    Example("The carpenter cut the board.", {"The carpenter": "carpenter"}, "cut", None),
    Example("Chile cut ties with Peru in May.", {"Chile": "CHL", "Peru": "PER"}, "cut", {"category": "SANCTION"}),
    Example("Chile cut aid to Peru in May.", {"Chile": "CHL", "Peru": "PER"}, "cut", {"category": "SANCTION"}),
))
def rate_cut(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """cut, lower, reduce or slash rates, taxes or spending is a policy move (CONCEDE, the project's choice after
    CAMEO 081); cutting aid or ties to someone (``severed_tie``) is SANCTION; other cuts are not events."""
    if c.lemma not in ("cut", "lower", "reduce", "slash"):
        return None
    if c.pos == "noun":
        near = [t for t in c.trigger.children if t.dep_ in ("compound", "amod", "nmod")]
        return "CONCEDE" if any(t.lemma_.lower() in words("rate_noun") for t in near) or \
            c.trigger.head.lemma_.lower() in words("rate_noun") else ""
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is not None and (obj.lemma_.lower() in words("severed_tie") or obj.lower_ in words("severed_tie")):
        return "SANCTION"  # "cut aid to X", "cut ties with X": CAMEO 161/162 reduce relations, stop aid
    if obj is not None and (obj.lemma_.lower() in words("rate_noun") or
                            any(t.lemma_.lower() in words("rate_noun") for t in obj.children)):
        return "CONCEDE"
    return ""


@rule("launch-weapons", "sense", (
    Example("Chile launched missiles at Peru on Monday.", {"Chile": "CHL", "Peru": "PER"}, "launched",
            {"category": "ASSAULT"}),
    Example("Chile launched a website in May.", {"Chile": "CHL"}, "launched", None),
))
def launch_weapons(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """launch missiles, rockets or drones (``weapon_fire``) is ASSAULT (CAMEO 19 FIGHT / 195 employ aerial
    weapons); a launched event noun is rule light-verb-noun's."""
    if c.pos != "verb" or c.lemma != "launch":
        return None
    obj = child(c.trigger, "dobj")
    return "ASSAULT" if obj is not None and (obj.lemma_.lower() in words("weapon_fire")
                                             or obj.lower_ in words("weapon_fire")) else None
