"""Sense rule for phrasal verbs (``event_phrasal_verbs.csv``): "turned to X", "stood by X", "opted out",
"handed over the files". The trigger step gives such a verb the phrasal sense's category; this rule
keeps it only when the sense's object is there ("turned to the sea" names no event). It registers
before the rules of ``senses.py``, so that "backed down" is not read as "backed".
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .lexicon import phrasal_sense
from .rules import Example, rule


@rule("phrasal-verb", "sense", (
    Example("Chile turned to Peru for help.", {"Chile": "CHL", "Peru": "PER"}, "turned",
            {"category": "COOPERATE", "target": "PER"}),
    Example("Chile turned to the sea for food.", {"Chile": "CHL"}, "turned", None),
    Example("Ola Berg backed down on Monday.", {"Ola Berg": "ola-berg"}, "backed", {"category": "CONCEDE"}),
))
def phrasal_verb(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A phrasal verb's sense (event_phrasal_verbs.csv) stands when its object is what the sense needs:
    an actor for "turned to", "stood by", "reached out to"; anything for "opted out", "backed down"."""
    if c.pos != "verb":
        return None
    found = phrasal_sense(c.trigger)
    if found is None:
        return None
    category, needs, particle = found
    if needs != "actor":
        return category
    objects = [child(particle, "pobj"), child(c.trigger, "dobj")]
    objects += [child(p, "pobj") for p in c.trigger.children if p.dep_ == "prep"]
    return category if any(o is not None and ctx.actor_of(o) is not None for o in objects) else ""
