"""Modality of a stance predicate (split from ``structure.py``, which re-exports these names): whether it is
negated ("did not support X", "refused to back X", "I don't think he backs X") and whether it is asserted at
all (a question, a conditional, could/might/may, a wish with its own subject, a request), with the rules
``conjunct-own-clause``, ``adverbial-asserted`` and ``negated-ability``."""
from __future__ import annotations

from spacy.tokens import Token

from . import rules
from .conditions import consequent, requested
from .scenarios import lessened, refused, supposed

NEGATORS = {"refuse", "decline", "fail"}  # "refused to back X": the backing is negated
HEDGES = {"could", "might", "may", "can"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}


def _chain(tok: Token) -> list[Token]:
    """The predicate and the words it leans on (light verb, copula, controlling verb)."""
    chain = [tok]
    t = tok
    for _ in range(3):
        if t.dep_ == "conj" and _own_clause(t):
            break  # "I have never voted, but I will vote for X": the second clause has its own subject
        if t.dep_ in ("xcomp", "acomp", "dobj", "conj", "pobj") and t.head.i != t.i:
            t = t.head if t.dep_ != "pobj" else t.head.head
            chain.append(t)
        else:
            break
    return chain


def _own_clause(conj: Token) -> bool:
    """A conjoined verb with a subject of its own heads its own clause (rule ``conjunct-own-clause``): the
    first clause's negation or hedge is not its own."""
    return rules.enabled("conjunct-own-clause") and any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)


def negated(tok: Token) -> bool:
    chain = _chain(tok)
    for t in chain[:3]:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    if any(t.dep_ == "xcomp" and t.head.lemma_.lower() in NEGATORS for t in chain):
        return True
    return lessened(tok) or refused(tok)  # "less likely to vote for X", "refusal to back X" (scenarios.py)


def negated_above(tok: Token) -> bool:
    """A negated verb the predicate's clause is embedded under ("I don't think he backs X")."""
    t, steps = tok, 0
    while t.head.i != t.i and steps < 4:
        if t.dep_ in ("ccomp", "xcomp", "advcl") and any(c.dep_ == "neg" for c in t.head.children) \
                and not _asserted_adverbial(t):
            return True
        t, steps = t.head, steps + 1
    return False


def _asserted_adverbial(t: Token) -> bool:
    """An adverbial clause that is no infinitive ("did not attend because X opposes Y", "did not attend,
    saying X opposes Y") is asserted, outside the main verb's negation (rule ``adverbial-asserted``); an
    infinitive of purpose ("did not move to block X") stays under it."""
    return t.dep_ == "advcl" and rules.enabled("adverbial-asserted") and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def _refusal(verb: Token, auxes: set[str]) -> bool:
    """"cannot support X", "could never back X": a negated can/could is a refusal, no hedge (rule
    ``negated-ability``); "may not", "might not" stay hedged."""
    return rules.enabled("negated-ability") and auxes & HEDGES <= {"can", "could"} and any(
        c.dep_ == "neg" for c in verb.children)


def _light_head(tok: Token) -> Token:
    """The verb a stance noun is the object of ("throw their support behind X"), where a request or wish of its
    own subject is read (rule ``noun-object-request``: "called for Republicans to throw their support behind X"
    asserts no support); the predicate itself otherwise."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") \
            and rules.enabled("noun-object-request"):
        return tok.head
    return tok


def hypothetical(tok: Token, sentence_text: str) -> bool:
    """Under a question, a conditional clause, could/might/may/can, or a verb of wanting or asking
    with its own object ("they want Smith to back the bill": Smith's backing is not asserted)."""
    if sentence_text.rstrip(" ”\"'’)").endswith("?"):
        return True
    t = _light_head(tok)
    for _ in range(3):  # and up a chain of infinitives: "urged X to send troops to fight Y"
        if t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in t.head.children):
            return True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ in ("ccomp", "xcomp", "advcl") and infinitive and any(c.dep_ == "nsubj" for c in t.children):
            return True  # "voters want Smith to back it": an infinitive with a subject of its own
        if not (infinitive and t.dep_ in ("advcl", "xcomp", "ccomp")) or t.head.i == t.i:
            break
        t = t.head
    for t in _chain(tok):
        auxes = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if auxes & HEDGES and _refusal(t, auxes):
            continue
        if auxes & HEDGES or {"would", "have"} <= auxes:
            return True  # "could back", "would have backed": a counterfactual takes no stance
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            return True
        t = t.head
    return consequent(tok) or requested(tok) or supposed(tok)
