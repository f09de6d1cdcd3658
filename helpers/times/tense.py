"""The direction a clause gives an underspecified date: PAST, FUTURE or NEAREST.

The first verb up the dependency chain from the time expression decides. A modal of the
future ("will", "'ll", "would", "going to") or an infinitive ("to run through June") points
forward, and so does a forward-looking verb or adjective of TimeML's I_ACTION/I_STATE classes
(``data/reference/time_forward_words.csv``: "expected … in April", "due in June"); a past tense
or a perfect points back, and so does the present of a reporting verb ("says on Friday", lemmas
of ``data/reference/reporting_verbs.csv``); any other present tense ("takes effect on Sunday",
"meets on Tuesday") takes the nearest occurrence. Without a verb the news default, PAST, holds.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..reference import read_table
from .dates import FUTURE, NEAREST, PAST

#: modals and auxiliaries that point at the future
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "going", "gon"}
_HAVE = {"has", "have", "had", "'ve", "'s"}
_BE = {"is", "are", "am", "'re", "'m"}


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """Verbs whose present tense still reports the past ("Trump says on Friday ...")."""
    return frozenset(r["lemma"].lower() for r in read_table("reporting_verbs.csv") if " " not in r["lemma"])


@lru_cache(maxsize=1)
def forward_words() -> frozenset[tuple[str, str]]:
    return frozenset((r["lemma"].lower(), r["pos"]) for r in read_table("time_forward_words.csv"))


def _looks_forward(token: Token) -> bool:
    pos = "ADJ" if token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ == "acomp") else token.pos_
    return (token.lemma_.lower(), pos) in forward_words() or (token.lower_, "ADJ") in forward_words() \
        and token.dep_ in ("acomp", "amod", "advcl", "xcomp")


def _governing_verb(doc: Doc, start: int, end: int) -> tuple[Token | None, bool]:
    """The first verb up the chain from the expression, and whether a forward word was passed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, False
    token: Token = span.root
    forward = False
    for _ in range(40):
        if token.i != span.root.i and _looks_forward(token):
            forward = True
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
        if token.head.i == token.i:  # the root (a new Token per access, so compare indices)
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None, forward
    return token, forward or _looks_forward(token)


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """PAST, FUTURE or NEAREST for the clause governing the characters ``start:end``."""
    token, forward = _governing_verb(doc, start, end)
    if forward:
        return FUTURE
    if token is None:
        return PAST
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & _FUTURE_AUX or any(c.tag_ == "MD" for c in aux):
        return FUTURE
    if token.lower_ == "going" and any(c.lower_ == "to" for c in token.children):
        return FUTURE
    if token.tag_ == "VB" and "to" in words:
        head = token.head
        if head.lower_ == "going" or _looks_forward(head):
            return FUTURE
        return PAST if head.tag_ == "VBD" else FUTURE
    tags = {token.tag_} | {c.tag_ for c in aux}
    if "VBD" in tags or ("VBN" in tags and words & _HAVE):
        return PAST
    if tags & {"VBZ", "VBP"} or (token.tag_ == "VBG" and words & _BE):
        return PAST if token.lemma_.lower() in reporting_lemmas() else NEAREST
    return PAST
