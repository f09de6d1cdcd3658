"""Sense rule for a plain speech verb whose reported clause says what another must do: "X said Y should resign",
"X tweeted that the Senate must not confirm anyone" is a demand (PLOVER DEMAND; CAMEO 10), and "X said Y should
have acted" a reproach (DISAPPROVE; CAMEO 111). GUIDE.md counts such verbal acts as events in themselves; a plain
"said" would otherwise give no row (its quote row holds it). It registers before the rules of ``senses.py``.
Word sets come from ``event_words.csv``; the speech verbs from ``reporting_verbs.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, subject_of
from .lexicon import words
from .rules import Example, rule


def _deontic(comp, subj) -> Optional[str]:
    """"demand" when the clause has a deontic modal (``deontic_aux``: should, must, ought) after its subject,
    "reproach" for "should have" + participle; None otherwise (also for the inverted condition "should he
    win", where the modal comes first)."""
    auxes = [t.lower_ for t in comp.children if t.dep_ == "aux"]
    modal = next((t for t in comp.children if t.dep_ == "aux" and t.lower_ in words("deontic_aux")), None)
    if modal is None or subj.i > modal.i:
        return None
    return "reproach" if "have" in auxes and comp.tag_ == "VBN" else "demand"


@rule("said-should", "sense", (
    Example("Ola Berg said Tom Reed should resign.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "said",
            {"category": "DEMAND", "actor_id": "ola-berg"}),
    Example("Ola Berg said on Monday that Tom Reed should have resigned in May.",
            {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "said", {"category": "DISAPPROVE"}),
    Example("Ola Berg said we should be proud of the town.", {"Ola Berg": "ola-berg"}, "said", None),
    Example("Ola Berg said Tom Reed would resign.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "said", None),
    Example('"Tom Reed should do what he likes," Ola Berg said.', {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "said", None),
))
def said_should(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A speech verb (STATEMENT in event_verbs.csv) whose that-clause puts a deontic modal on an actor other
    than the speaker ("said Y should resign", "said the Senate must not confirm") demands it of them; with
    "should have" it reproaches them. A clause on the speaker or on "we", "I", "you" is advice, no act; a
    direct quotation ('"Y should do what she likes," X said') is the quotes table's."""
    if c.pos != "verb" or c.category != "STATEMENT":
        return None
    comp = child(c.trigger, "ccomp")
    if comp is None or ctx.inside_quote(comp.idx):
        return None  # a direct quotation is the quotes table's
    subj = subject_of(comp)
    kind = _deontic(comp, subj) if subj is not None else None
    if kind is None or subj.lower_ in words("speaker_pronoun"):
        return None
    mention = ctx.mention_at(subj)
    speaker = ctx.actor_of(subject_of(c.trigger)) if subject_of(c.trigger) is not None else None
    if mention is None or mention.actor_id == speaker:
        return None
    return "DISAPPROVE" if kind == "reproach" else "DEMAND"
