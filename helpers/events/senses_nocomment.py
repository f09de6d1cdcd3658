"""Sense rules for refusals whose object is only a comment: "declined to comment", "declined comment",
"refused to elaborate" is the newsroom's formula for no answer (AP Stylebook, "no comment"), not a refusal of
anyone's demand or offer (PLOVER REJECT needs something rejected: a proposal, a request, an act). Refusing
anything else ("declined an interview request", "refused to speak to reporters") stays REJECT. They register
before the rules of ``senses.py``. The words are ``comment_word`` of ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .lexicon import words
from .rules import Example, rule


@rule("declined-to-comment", "sense", (
    Example("Ola Berg, through a spokeswoman, declined to comment.", {"Ola Berg": "ola-berg"}, "declined", None),
    Example("A spokesman for Ola Berg declined comment on Monday.", {"Ola Berg": "ola-berg"}, "declined", None),
    Example("Ola Berg declined an interview request from Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "declined", {"category": "REJECT"}),
))
def declined_to_comment(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A refusal verb (REJECT in event_verbs.csv) whose infinitive or object is a comment (``comment_word``:
    comment, elaborate, speculate) names no event."""
    if c.pos != "verb" or c.category != "REJECT":
        return None
    comp = child(c.trigger, "xcomp", "dobj")
    return "" if comp is not None and comp.lemma_.lower() in words("comment_word") else None
