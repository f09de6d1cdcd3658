"""Sense rules for nouns of intention and effort with a to-infinitive: "Chile's move to expel the diplomats"
(SANCTION), "its bid to join the alliance" (COOPERATE), "a call to boycott the summit" (DEMAND). The noun's
owner is the agent (agents.py, rule noun-owner); the noun names the act its complement names, as "sought to"
and "decision to" do for verbs and for "decision" (rules seek-to-is-an-attempt and decision-to). Without a
to-infinitive the effort nouns name no event ("his bid for the nomination" is a candidacy). They register
before the rules of ``senses.py`` (whose ``call-for-is-demand`` reads the noun "call" as a phone call).
Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .rules import Example, rule
from .lexicon import words


def _infinitive(noun) -> Optional[object]:
    """The to-infinitive that complements a noun ("move to expel"), or None."""
    comp = child(noun, "acl", "xcomp")
    if comp is None or comp.pos_ not in ("VERB", "AUX"):
        return None
    return comp if any(t.dep_ == "aux" and t.lower_ == "to" for t in comp.children) else None


@rule("intent-noun", "sense", (
    Example("Chile's move to expel Peru's diplomats angered Lima.", {"Chile": "CHL", "Peru": "PER"}, "move",
            {"category": "SANCTION", "actor_id": "CHL"}),
    Example("Chile's bid to join Peru in the talks stalled.", {"Chile": "CHL", "Peru": "PER"}, "bid",
            {"category": "COOPERATE"}),
    Example("Chile's call to boycott the summit angered Peru.", {"Chile": "CHL", "Peru": "PER"}, "call",
            {"category": "DEMAND", "actor_id": "CHL"}),
    Example("Chile's bid for the presidency stalled on Monday.", {"Chile": "CHL"}, "bid", None),
    Example("Chile's effort to pull the region together stalled.", {"Chile": "CHL"}, "effort", None),
))
def intent_noun(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An effort noun (``effort_noun``: move, bid, effort, attempt, push, drive) with a to-infinitive names
    the act of its complement, in the complement's category (an act that names no event, or only speech,
    gives none); a call or an appeal to do something is DEMAND (CAMEO 10 demand, PLOVER DEMAND). An
    effort noun without a to-infinitive names no event."""
    if c.pos != "noun":
        return None
    lemma = c.trigger.lemma_.lower()
    if lemma in ("call", "appeal"):
        return "DEMAND" if _infinitive(c.trigger) is not None else None
    if lemma not in words("effort_noun"):
        return None
    comp = _infinitive(c.trigger)
    if comp is None:
        return ""
    from .senses import _complement_sense

    return _complement_sense(comp, ctx) or ""


@rule("light-verb-effort", "sense", (
    Example("Chile made a move to expel Peru's diplomats.", {"Chile": "CHL", "Peru": "PER"}, "made",
            {"category": "SANCTION", "actor_id": "CHL"}),
    Example("Ola Berg made an effort to reach voters.", {"Ola Berg": "ola-berg"}, "made", None),
    Example("Ola Berg took a drive to Oslo.", {"Ola Berg": "ola-berg"}, "took", None),
    Example("Ola Berg announced a bid for the presidency.", {"Ola Berg": "ola-berg"}, "announced", None),
    Example("Chile announced a move to expel Peru's diplomats.", {"Chile": "CHL", "Peru": "PER"}, "announced",
            {"category": "SANCTION"}),
))
def light_verb_effort(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A light verb whose object is an effort noun ("made a move to expel", "launched a bid to join") names
    the act of the noun's to-infinitive, as rule intent-noun does for the noun alone; with no such act
    (``effort_noun`` without a to-infinitive, or one that names no event) it names none. So do the verbs
    that announce their object's event (``announcing_verb``: "announced a move to expel"; "announced a bid
    for the presidency" is a candidacy, no demand). Before ``light-verb-noun`` and ``announce-an-event``,
    which would give the effort noun's listed category."""
    if c.pos != "verb" or (c.category != "LIGHT" and c.lemma not in words("announcing_verb")):
        return None
    noun = child(c.trigger, "dobj")
    if noun is None or noun.lemma_.lower() not in words("effort_noun"):
        return None
    comp = _infinitive(noun)
    if comp is None:
        return ""
    from .senses import _complement_sense

    c.noun = noun
    return _complement_sense(comp, ctx) or ""
