"""Sense rules for verbs of completing a happening: "ended a three-day trip", "completed talks with X",
"concluded its review". A gathering, a journey or an inquiry (an event noun of CONSULT or INVESTIGATE) that
is completed has taken place: the verb names the noun's event, done by its subject (Quirk et al. 1985,
4.38 aspectual verbs: completion). Ending anything else ("ended the sanctions", "ended her bid") is left to
the other rules. The verbs are ``completion_verb`` of ``event_words.csv``; they register before
``senses_campaign`` (whose ``end-a-candidacy`` reads "end").
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .lexicon import noun_category, words
from .rules import Example, rule

#: the categories of event nouns whose completion means they took place
_HAPPENINGS = ("CONSULT", "INVESTIGATE")


@rule("complete-a-happening", "sense", (
    Example("Ola Berg ended a three-day trip to Peru on Monday.", {"Ola Berg": "ola-berg", "Peru": "PER"}, "ended",
            {"category": "CONSULT", "actor_id": "ola-berg"}),
    Example("Chile completed talks with Peru on Monday.", {"Chile": "CHL", "Peru": "PER"}, "completed",
            {"category": "CONSULT", "actor_id": "CHL"}),
    Example("Chile concluded its review of the deal in May.", {"Chile": "CHL"}, "concluded",
            {"category": "INVESTIGATE"}),
    Example("Chile completed the bridge in May.", {"Chile": "CHL"}, "completed", None),
))
def complete_happening(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """end, complete, conclude or finish (``completion_verb``) a meeting, a trip, talks or a review is the
    noun's event (CONSULT, INVESTIGATE); a completion verb with no such object names no event."""
    if c.pos != "verb" or c.lemma not in words("completion_verb"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    hit = noun_category(obj) if obj is not None else None
    if hit is not None and hit[1] in _HAPPENINGS:
        c.noun = obj
        return hit[1]
    return "" if c.category == "LIGHT" else None
