"""Sense rules for the verbs of a candidacy and a ballot: "ended her bid", "abandoned his campaign" (RETREAT),
"cast a ballot for X" (SUPPORT), and participles used as a classifier ("fundraising dinners", "voting
rights"), which name a kind of thing rather than an act. They register before the rules of ``senses.py``
(whose ``step-down-drop-out`` reads "suspend" and "drop"). Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of
from .lexicon import words
from .rules import Example, rule


@rule("end-a-candidacy", "sense", (
    Example("Ola Berg ended her bid for the nomination on Monday.", {"Ola Berg": "ola-berg"}, "ended",
            {"category": "RETREAT", "actor_id": "ola-berg"}),
    Example("Ola Berg abandoned his presidential campaign in May.", {"Ola Berg": "ola-berg"}, "abandoned",
            {"category": "RETREAT"}),
    Example("Ola Berg ended the meeting early.", {"Ola Berg": "ola-berg"}, "ended", None),
))
def end_candidacy(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """end or abandon a campaign, a bid or a candidacy (``candidacy_noun``) is withdrawing from the race
    (PLOVER RETREAT, as "drop out"); ending or abandoning anything else names no event of its own."""
    if c.pos != "verb" or c.lemma not in ("end", "abandon"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    return "RETREAT" if obj is not None and obj.lemma_.lower() in words("candidacy_noun") else ""


@rule("cast-a-ballot", "sense", (
    Example("Ola Berg cast a ballot for Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "cast", {"category": "SUPPORT", "actor_id": "ola-berg"}),
    Example("Ola Berg cast an absentee ballot against Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "cast", {"category": "REJECT"}),
    Example("Ola Berg cast a ballot in Oslo on Monday.", {"Ola Berg": "ola-berg"}, "cast", None),
))
def cast_ballot(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """cast a ballot or a vote (``ballot_noun``) for X is SUPPORT, against X REJECT, as the verb "vote for /
    against" (rule vote-against-for); a ballot cast for no one named is taking part, no event."""
    if c.pos != "verb" or c.lemma != "cast":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in words("ballot_noun"):
        return None
    if (pobj_of(c.trigger, ("against",)) or pobj_of(obj, ("against",))) is not None:
        return "REJECT"
    if (pobj_of(c.trigger, ("for",)) or pobj_of(obj, ("for",))) is not None:
        return "SUPPORT"
    return ""
