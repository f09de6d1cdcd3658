"""Contexts that keep a predicate from being asserted, beyond those ``structure.hypothetical`` reads
from the predicate's own chain of heads: the consequent of a conditional (rule
``conditional-consequent``). "If you doubt the government, the Post will brand you a liar" asserts
no branding; "If elected, she will back the bill" no backing yet. The antecedent is not asserted either,
whatever label the parser gave its clause (rule ``conditional-any-label``: in '"If you're a candidate and
you think X is going to win, ..."' the parser may hang "If you're" on the quotation mark, not as an
adverbial clause, the label ``structure.hypothetical`` reads). And a request made of the holder
(rule ``asked-to``): "when asked to condemn X", "when pressed to back X" assert no condemning or
backing; the verbs of asking are the PLOVER DEMAND verbs of ``event_verbs.csv``."""
from __future__ import annotations

from spacy.tokens import Token

from . import rules

#: subordinators of a condition; "whether (or not)" concedes and leaves the main clause asserted
CONDITION_MARKS = {"if", "unless"}


def _condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def antecedent(tok: Token) -> bool:
    """The token or a head above it has an if/unless subordinator of its own, whatever its dependency
    label: it lies in the condition, not asserted (rule ``conditional-any-label``)."""
    if not rules.enabled("conditional-any-label"):
        return False
    t = tok
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            rules.fired("conditional-any-label")
            return True
        if t.head.i == t.i:
            return False
        t = t.head


def consequent(tok: Token) -> bool:
    """The token's clause, or one it is part of, carries an if/unless clause of its own: it is the
    consequent of a conditional, not asserted (rule ``conditional-consequent``); or it lies in the
    condition itself under any label (``antecedent``)."""
    if antecedent(tok):
        return True
    if not rules.enabled("conditional-consequent"):
        return False
    t = tok
    while True:
        if any(_condition(c) and not (c.left_edge.i <= tok.i <= c.right_edge.i) for c in t.children):
            rules.fired("conditional-consequent")
            return True
        if t.head.i == t.i:
            return False
        t = t.head


def requested(tok: Token) -> bool:
    """The predicate is the infinitive of a request made of its holder: the complement of a passive
    participle of a DEMAND verb ("was asked to condemn", "when urged to back"), rule ``asked-to``."""
    if not rules.enabled("asked-to"):
        return False
    from ..events.lexicon import lexicon as event_lexicon

    verbs, _ = event_lexicon()
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        if t.head.tag_ == "VBN" and verbs.get(t.head.lemma_.lower()) == "DEMAND":
            rules.fired("asked-to")
            return True
        t = t.head
    return False
