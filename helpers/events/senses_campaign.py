"""Sense rules for the verbs of a candidacy and a ballot: "ended her bid", "abandoned his campaign" (RETREAT),
"cast a ballot for X" (SUPPORT), and participles used as a classifier ("fundraising dinners", "voting
rights"), which name a kind of thing rather than an act. They register before the rules of ``senses.py``
(whose ``step-down-drop-out`` reads "suspend" and "drop"). Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of
from .lexicon import verb_category, words
from .rules import Example, rule


@rule("end-a-candidacy", "sense", (
    Example("Ola Berg ended her bid for the nomination on Monday.", {"Ola Berg": "ola-berg"}, "ended",
            {"category": "RETREAT", "actor_id": "ola-berg"}),
    Example("Ola Berg abandoned his presidential campaign in May.", {"Ola Berg": "ola-berg"}, "abandoned",
            {"category": "RETREAT"}),
    Example("Ola Berg ended the program early.", {"Ola Berg": "ola-berg"}, "ended", None),
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


@rule("classifier-participle", "sense", (
    Example("Ola Berg said he held fundraising dinners in Oslo.", {"Ola Berg": "ola-berg"}, "fundraising", None),
    Example("Ola Berg was fundraising in Oslo on Monday.", {"Ola Berg": "ola-berg"}, "fundraising",
            {"category": "SUPPORT"}),
))
def classifier_participle(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A gerund-participle that modifies a noun as its classifier ("fundraising dinners", "a campaigning
    style"; Quirk et al. 1985, 17.99-17.103 -ing participles as premodifiers) names a kind of thing, not an
    act with an agent; also when the parser reads the pair after a light verb as verb and object ("held
    fundraising dinners": the light verb's object is the noun)."""
    t = c.trigger
    if c.pos != "verb" or t.tag_ != "VBG":
        return None
    if t.dep_ in ("amod", "compound") and t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i:
        return ""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if t.dep_ == "xcomp" and verb_category(t.head.lemma_) == "LIGHT" and child(t.head, "dobj") is None \
            and nxt is not None and nxt.dep_ == "dobj" and nxt.head.i == t.i and nxt.tag_ in ("NNS", "NNPS"):
        return ""
    return None


@rule("appointment-needs-appointee", "sense", (
    Example("Ola Berg raised the question of Supreme Court appointments.", {"Ola Berg": "ola-berg",
                                                                            "Supreme Court": "court"},
            "appointments", None),
    Example("Chile's appointment of Ola Berg angered Peru.", {"Chile": "CHL", "Ola Berg": "ola-berg", "Peru": "PER"},
            "appointment", {"category": "COOPERATE", "actor_id": "CHL"}),
))
def appointment_appointee(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An appointment noun names an act only with the one appointed ("the appointment of X"); "Supreme Court
    appointments", "his appointments" name a kind of decision or a record, and a compound body is where the
    appointee goes, not who appoints (as rule nomination-is-a-prize for "nomination")."""
    if c.pos != "noun" or c.trigger.lemma_.lower() != "appointment":
        return None
    obj = pobj_of(c.trigger, ("of",))
    return None if obj is not None and ctx.actor_of(obj) is not None else ""
