"""Argument conditions that tell a stance sense of a lexicon predicate from a sense that is none.

* rule ``welcome-guest``: a predicate whose frame lists ``host`` (``stance_lexicon.csv``: "welcome") takes no
  stance toward a direct object that it brings somewhere: with a to/into/at phrase on the verb or the particle
  "back" ("welcomed Smith to the White House", "welcomed Jones at the airport") the object is a guest, the act
  is hospitality. "Welcomed Smith's decision", "welcomed the ceasefire" keep their stance.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import rules

#: prepositions of the place a guest is brought to
GUEST_PREPS = ("to", "into", "at")


def guest_sense(verb: Token) -> bool:
    """The verb brings its object somewhere (rule ``welcome-guest``)."""
    if not rules.enabled("welcome-guest"):
        return False
    placed = any(c.dep_ == "prep" and c.lower_ in GUEST_PREPS and any(g.dep_ == "pobj" for g in c.children)
                 or c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    if placed:
        rules.fired("welcome-guest")
    return placed
