"""Sense rules for event nouns that also name a state rather than an act: "the threat from X" is the
danger X poses, not a threat X made. They register before the rules of ``senses.py``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of
from .rules import Example, rule


@rule("threat-as-danger", "sense", (
    Example("The threat from Chile has grown since May.", {"Chile": "CHL"}, "threat", None),
    Example("Chile's threat of sanctions against Peru angered Ola Berg.", {"Chile": "CHL", "Peru": "PER",
                                                                          "Ola Berg": "ola-berg"},
            "threat", {"category": "THREATEN", "actor_id": "CHL"}),
))
def threat_as_danger(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A threat noun whose only argument is a from-phrase ("the threat from the Islamic State", "threats from
    China") names the danger its source poses, no act of threatening (PLOVER THREATEN: a threat made); a threat
    of something or to do something is one."""
    if c.pos != "noun" or c.trigger.lemma_.lower() != "threat":
        return None
    if pobj_of(c.trigger, ("of", "against")) is not None or child(c.trigger, "acl", "xcomp", "relcl") is not None:
        return None
    return "" if pobj_of(c.trigger, ("from",)) is not None else None
