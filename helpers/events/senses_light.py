"""Sense rules for light verbs whose own object or phrase names the act: "joined Clinton",
"ordered troops", "attended a rally", "took a shot at X", "took action against X", "had breakfast
with X". They run before the general light-verb rule (``senses.light-verb-noun``), which needs an
event noun of the lexicon as the object. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, actor_kind as _kind, child, pobj_of
from .lexicon import words
from .rules import Example, rule



@rule("join-someone", "sense", (
    Example("Ola Berg joined Tom Reed on stage in Oslo.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "joined",
            {"category": "SUPPORT", "target": "tom-reed"}),
    Example("Chile joined Peru in the talks.", {"Chile": "CHL", "Peru": "PER"}, "joined",
            {"category": "COOPERATE", "target": "PER"}),
    Example("Ola Berg joined the company in 2010.", {"Ola Berg": "ola-berg"}, "joined", None),
    Example("Tom Reed was joined by Ola Berg on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "joined",
            {"category": "SUPPORT", "actor_id": "ola-berg", "target": "tom-reed"}),
))
def join_someone(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """join a person (or their campaign) is SUPPORT; join an organisation or an alliance is COOPERATE
    (CAMEO 06); joining anything that is no actor is no event."""
    if c.lemma != "join" or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")  # "Tom Reed was joined by Ola Berg"
    who = ctx.actor_of(obj) if obj is not None else None
    if who is None:
        return None
    return "SUPPORT" if _kind(ctx, who) == "person" else "COOPERATE"


@rule("order-forces", "sense", (
    Example("Chile ordered troops to the border.", {"Chile": "CHL"}, "ordered", {"category": "MOBILIZE"}),
    Example("Chile sent reinforcements to the border.", {"Chile": "CHL"}, "sent", {"category": "MOBILIZE"}),
    Example("Chile ordered 300 commandos to Peru.", {"Chile": "CHL"}, "ordered", {"category": "MOBILIZE"}),
    Example("Chile sent $5 million to Peru.", {"Chile": "CHL"}, "sent", {"category": "AID"}),
))
def order_forces(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """order, authorize, send or deploy troops, forces or strikes is MOBILIZE (PLOVER: military
    posture); their own use of force is the ASSAULT rows'."""
    if c.lemma not in ("order", "authorize", "authorise", "send") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return None
    military = words("military")
    if {obj.lemma_.lower(), obj.lower_} & (military | words("force_noun")):
        return "MOBILIZE"
    # "ordered 300 of them to Cameroon", "sent 50 operators to Syria": a number of people to a country
    counted = obj.pos_ == "NUM" or any(ch.dep_ == "nummod" for ch in obj.children)
    dest = pobj_of(c.trigger, ("to", "into"))
    if counted and obj.ent_type_ not in ("MONEY", "PERCENT") and dest is not None and dest.ent_type_ in ("GPE", "LOC"):
        return "MOBILIZE"
    return None


@rule("attend-a-gathering", "sense", (
    Example("Ola Berg attended a rally in Oslo.", {"Ola Berg": "ola-berg"}, "attended", {"category": "CONSULT"}),
    Example("Ola Berg attended college in Oslo.", {"Ola Berg": "ola-berg"}, "attended", None),
    Example("Tom Reed organized the rally, which was attended by Ola Berg.", {"Ola Berg": "ola-berg",
                                                                           "Tom Reed": "tom-reed"},
            "attended", {"category": "CONSULT", "actor_id": "ola-berg"}),
))
def attend_gathering(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """attend, host or address a gathering (a rally, a convention, a debate, a dinner; ``gathering_noun``)
    is CONSULT: being where others meet."""
    if c.lemma not in ("attend", "host", "address", "headline", "keynote") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")  # "the rally was attended by X"
    if obj is not None and obj.dep_ == "nsubjpass" and obj.lower_ in ("which", "that") and c.trigger.dep_ == "relcl":
        obj = c.trigger.head  # "the conference, which was attended by X"
    return "CONSULT" if obj is not None and obj.lemma_.lower() in words("gathering_noun") else None


@rule("take-a-shot-at", "sense", (
    Example("Ola Berg took a swipe at Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "took",
            {"category": "DISAPPROVE", "target": "tom-reed"}),
    Example("Chile took action against the smugglers.", {"Chile": "CHL"}, "took", {"category": "SANCTION"}),
    Example("Ola Berg took a photo of Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "took", None),
    Example("Ola Berg took aim at Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "took",
            {"category": "DISAPPROVE", "target": "tom-reed"}),
))
def take_a_shot(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """take a shot, a swipe, a jab, aim or a dig at X is DISAPPROVE; take action or measures against X is SANCTION
    (CAMEO 16/17); other things taken are left to the light-verb rule."""
    if c.lemma not in ("take", "launch", "make") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    if noun in words("jab_noun") and (pobj_of(obj, ("at",)) or pobj_of(c.trigger, ("at",))) is not None:
        return "DISAPPROVE"
    if noun in words("measure_noun") and (pobj_of(obj, ("against",)) or pobj_of(c.trigger, ("against",))) is not None:
        return "SANCTION"
    return None


@rule("meal-with", "sense", (
    Example("Ola Berg had breakfast with Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "had",
            {"category": "CONSULT"}),
    Example("Ola Berg had breakfast at home.", {"Ola Berg": "ola-berg"}, "had", None),
))
def meal_with(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """have breakfast, lunch or dinner (or a call) with someone is a meeting (CONSULT)."""
    if c.lemma not in ("have", "hold", "share") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None or obj.lemma_.lower() not in words("meal_noun"):
        return None
    other = pobj_of(c.trigger, ("with",)) or pobj_of(obj, ("with",))
    return "CONSULT" if other is not None and ctx.actor_of(other) is not None else None
