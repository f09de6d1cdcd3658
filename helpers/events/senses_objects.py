"""Sense rules for event verbs that name an act only with the right kind of object: one signs a law, a
letter or a deal ("signed autographs" is no act of agreement), one meets a person, not a target or a
deadline. They register before the rules of ``senses.py``. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child
from .lexicon import words
from .rules import Example, rule


@rule("sign-a-document", "sense", (
    Example("Ola Berg signed the bill on Monday.", {"Ola Berg": "ola-berg"}, "signed", {"category": "AGREE"}),
    Example("Ola Berg signed autographs for supporters.", {"Ola Berg": "ola-berg"}, "signed", None),
))
def sign_document(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """sign a law, a letter, an order or a deal (``signed_document``, ``agreement_noun``) is the act of the
    lexicon; signing anything else (autographs, a jersey) is none."""
    if c.pos != "verb" or c.lemma != "sign":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return None
    nouns = {obj.lemma_.lower(), obj.lower_} | {ch.lower_ for ch in obj.children if ch.dep_ == "compound"}
    return None if nouns & (words("signed_document") | words("agreement_noun")) else ""


@rule("meet-a-standard", "sense", (
    Example("The organizers met their financial targets.", {"The organizers": "organizers"}, "met", None),
    Example("Ola Berg met Tom Reed in Oslo.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "met",
            {"category": "CONSULT"}),
))
def meet_standard(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """meet a target, a deadline or the criteria (``met_standard``) is no meeting."""
    if c.pos != "verb" or c.lemma != "meet":
        return None
    obj = child(c.trigger, "dobj")
    return "" if obj is not None and obj.lemma_.lower() in words("met_standard") else None
