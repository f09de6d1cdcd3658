"""Sense rules for triggers whose object turns an act into talk or a quality: "raised questions about X" and
"cast doubt on X" criticise X (DISAPPROVE), "demonstrated a good grasp of policy" shows a quality (no PROTEST),
and a promise or pledge noun with no content ("Obama's promises") names a record, not an act. They register
before the rules of ``senses.py`` and ``senses_objects.py`` (whose money-for-someone reads "raise" as
fundraising). Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, subject_of
from .lexicon import words
from .rules import Example, rule

#: prepositions that name what a doubt is about
_ABOUT = ("about", "over", "on", "regarding", "concerning", "into", "around")


@rule("raise-doubts", "sense", (
    Example("Ola Berg raised questions about Tom Reed's record.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "raised", {"category": "DISAPPROVE", "actor_id": "ola-berg"}),
    Example("Ola Berg cast doubt on Tom Reed's account.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "cast",
            {"category": "DISAPPROVE"}),
    Example("Ola Berg raised questions about the weather.", {"Ola Berg": "ola-berg"}, "raised", None),
    Example("The Chile report raised questions about Tom Reed.", {"Chile": "CHL", "Tom Reed": "tom-reed"}, "raised",
            None),
))
def raise_doubts(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """raise or cast questions, doubts or concerns (``doubt_noun``) about an actor or an actor's doing is a
    criticism of that actor (CAMEO 111 criticize or denounce -> PLOVER DISAPPROVE); a doubt about no actor,
    or raised by a thing rather than an actor ("the FBI finding raised questions"), is no event."""
    if c.pos != "verb" or c.lemma not in ("raise", "cast"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in words("doubt_noun"):
        return None
    subj = subject_of(c.trigger)
    if subj is None or ctx.mention_at(subj) is None:
        return ""  # "the FBI finding raised questions": a finding, no actor, raised them
    agent = ctx.mention_at(subj).actor_id
    about = [t for head in (obj, c.trigger) for p in head.children if p.dep_ == "prep" and p.lower_ in _ABOUT
             for t in p.subtree]
    aimed = [t for t in about if ctx.mention_at(t) is not None and ctx.mention_at(t).actor_id != agent]
    if not aimed:
        return ""
    c.noun = obj
    return "DISAPPROVE"


@rule("show-a-quality", "sense", (
    Example("Ola Berg demonstrated a good grasp of policy.", {"Ola Berg": "ola-berg"}, "demonstrated", None),
    Example("Farmers demonstrated outside the ministry on Monday.", {"Farmers": "farmers"}, "demonstrated",
            {"category": "PROTEST"}),
))
def show_quality(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """demonstrate with a direct object shows something (a grasp, resolve, support); only the intransitive
    verb is a demonstration (PLOVER PROTEST; VerbNet 37.1 transfer of a message vs. 'demonstrate' as protest)."""
    if c.pos != "verb" or c.lemma != "demonstrate":
        return None
    return "" if child(c.trigger, "dobj", "ccomp") is not None else None


@rule("promise-needs-content", "sense", (
    Example("Voters weighed Ola Berg's promises on Monday.", {"Ola Berg": "ola-berg"}, "promises", None),
    Example("Ola Berg's promise to cut taxes won votes.", {"Ola Berg": "ola-berg"}, "promise",
            {"category": "AGREE", "actor_id": "ola-berg"}),
))
def promise_content(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A promise or pledge noun without what was promised (no to-infinitive, that-clause or of-phrase:
    "Obama's promises", "broke the promises he made") names a record of words, not a commitment made
    here (PLOVER AGREE needs the act agreed to)."""
    if c.pos != "noun" or c.lemma not in words("commitment_noun"):
        return None
    t = c.trigger
    if any(ch.dep_ in ("acl", "xcomp", "ccomp") for ch in t.children):
        return None
    if any(ch.dep_ == "prep" and ch.lower_ in ("of", "on", "for") for ch in t.children):
        return None
    return ""
