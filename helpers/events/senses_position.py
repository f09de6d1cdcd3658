"""Sense rules for words of support and opposition that name a position held, not an act done: "(which
Clinton also supports)", "voters who back him" in the simple present, and "his support of the loophole"
(support for a policy rather than for an actor). The stances table holds positions; the timeline holds acts
("endorsed X", "voted for X", "Russia's support for Assad"). They register before the rules of ``senses.py``
(whose ``position-stated`` covers the reported "said she supports X"); ``support-noun-needs-a-target``
registers last here, so it answers after the rules above, as it did in ``senses.py``. Word sets come from
``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, pobj_of
from .lexicon import words
from .rules import Example, rule


@rule("position-held", "sense", (
    Example("Tom Reed spoke in Oslo.\n\nOla Berg, who also supports the wage increase, spoke too.",
            {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "supports", None),
    Example("Ola Berg backed the wage increase in May.", {"Ola Berg": "ola-berg"}, "backed", {"category": "SUPPORT"}),
    Example("Ola Berg spoke in Oslo.\n\nTom Reed backs the wage increase.", {"Ola Berg": "ola-berg",
                                                                            "Tom Reed": "tom-reed"},
            "backs", None),
))
def position_held(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A position verb (``position_verb``: support, oppose, favor, back) in the simple present with no
    auxiliary names a position its subject holds (Quirk et al. 1985, 4.6 the state present), not an act
    on the timeline; headlines (the first paragraph) tell past acts in the present and are left alone."""
    t = c.trigger
    if c.pos != "verb" or c.lemma not in words("position_verb") or t.tag_ not in ("VBZ", "VBP"):
        return None
    if ctx.paragraph_id == 0 or any(ch.dep_ in ("aux", "auxpass") for ch in t.children):
        return None
    return ""


@rule("support-for-a-policy", "sense", (
    Example("Ola Berg's support of the loophole angered voters.", {"Ola Berg": "ola-berg"}, "support", None),
    Example("Ola Berg's support for Tom Reed grew in May.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "support", {"category": "SUPPORT"}),
))
def support_for_policy(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The noun "support" or "opposition" whose for/of-phrase names a policy, not an actor ("his support of
    the loophole", "her opposition to the war") is a position (the stances table's); support given to an
    actor ("support for Assad") stays an act."""
    if c.pos != "noun" or c.lemma not in words("position_noun"):
        return None
    what = pobj_of(c.trigger, ("for", "of", "to", "behind"))
    if what is None:
        return None
    return None if ctx.actor_of(what) is not None else ""


@rule("position-participle", "sense", (
    Example("Ola Berg donated $5 million to a super PAC supporting Tom Reed.",
            {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed", "PAC": "pac"}, "supporting", None),
    Example("Emails show party staff favoring Tom Reed.", {"party staff": "staff", "Tom Reed": "tom-reed"},
            "favoring", {"category": "SUPPORT", "actor_id": "staff"}),
))
def position_participle(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A position verb as an -ing participle that modifies a noun ("a super PAC supporting Walker", "groups
    opposing the bill") says which side the noun is on, as an adjective would (pro-Walker); the stances table
    holds that, not the timeline (Quirk et al. 1985, 17.27 postmodifying -ing clauses). After a verb of
    showing or seeing (``evidence_verb``: "emails show staff favoring Clinton") the clause is what was seen
    done, an act."""
    t = c.trigger
    if c.pos != "verb" or c.lemma not in words("position_verb") or t.tag_ != "VBG" or t.dep_ != "acl":
        return None
    noun = t.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("evidence_verb"):
        return None
    return "" if noun.pos_ in ("NOUN", "PROPN") else None


@rule("support-noun-needs-a-target", "sense", (
    Example("Ola Berg's support for Chile grew.", {"Ola Berg": "ola-berg", "Chile": "CHL"}, "support",
            {"category": "SUPPORT"}),
    Example("Ola Berg's support across the state fell.", {"Ola Berg": "ola-berg"}, "support", None),
))
def support_noun(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The noun "support" without "for/of/behind/from X" is the support someone has (popularity), not
    support someone gives: "Obama's support across Florida"."""
    if c.pos != "noun" or c.lemma != "support":
        return None
    return None if pobj_of(c.trigger, ("for", "of", "behind", "to", "from")) is not None else ""
