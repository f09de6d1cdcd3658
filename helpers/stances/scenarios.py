"""Predicates that the article does not assert as the holder's position, beyond the questions, conditionals
and hedges of ``modality.py``: two grammatical contexts, their words in ``stance_scenario_words.csv``.

* A scenario (rule ``supposition``): a predicate inside the that-clause of a verb of supposing, "suppose that
  Smith wins the nomination", "imagine that she backed the bill", "assuming he endorses X": the writer or
  speaker sets up a case and holds no stance toward its actors, nor do they; the predicate is hypothetical.
* A lessened readiness (rule ``less-likely``): a predicate in the infinitive of a readiness adjective that
  "less" modifies ("were much less likely to vote for Republicans", "less inclined to back X") or of its
  negative form ("unlikely to support X", "unwilling to back X") is negated; and it takes the opposite sign
  even where plain negation only removes the stance (rule ``less-likely-flips``): "did not vote for X" takes
  no side, while in a poll a share much less likely to vote for a party goes against it.
* A refusal noun (rule ``refusal-noun``): a predicate in the to-infinitive of a noun of refusing or unreadiness
  ("the NRA's refusal to support more gun control", "his unwillingness to affirm his support for X") is
  negated like "refused to support X": a flipping predicate turns around, any other gives no stance.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..reference import read_table
from . import rules


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    for r in read_table("stance_scenario_words.csv"):
        sets.setdefault(r["set"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in sets.items()}


def words(name: str) -> frozenset[str]:
    """A word set of ``stance_scenario_words.csv``."""
    return _words().get(name, frozenset())


def supposed(tok: Token) -> bool:
    """The token lies in the clausal complement of a verb of supposing ("suppose that ...", "assuming he
    ..."), up to the sentence root (rule ``supposition``). Not under a negated one: "cannot imagine supporting
    X" is a refusal, and a gerund or infinitive object of it is no scenario."""
    if not rules.enabled("supposition"):
        return False
    verbs = words("supposition_verb")
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "advcl") and t.head.lemma_.lower() in verbs \
                and not any(c.dep_ == "neg" for c in t.head.children):
            rules.fired("supposition")
            return True
        t = t.head
    return False


def lessened(tok: Token) -> bool:
    """The predicate is the infinitive of a readiness adjective under "less" ("less likely to vote for X") or
    of its negative form ("unlikely to support X"), within two steps up (rule ``less-likely``)."""
    if not rules.enabled("less-likely"):
        return False
    t = tok
    for _ in range(2):
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        adj, lemma = t.head, t.head.lemma_.lower()
        if lemma in words("unready_adjective") or lemma in words("lessened_adjective") and any(
                c.dep_ == "advmod" and c.lower_ in words("lessening_adverb") for c in adj.children):
            rules.fired("less-likely")
            return True
        t = adj
    return False


def lessened_flips(tok: Token, polarity: int) -> bool:
    """A lessened readiness turns a favourable predicate around even where plain negation only removes it (rule
    ``less-likely-flips``): "did not vote for X" takes no side, "much less likely to vote for X" goes against X;
    "less likely to blame X" is no praise of X."""
    if polarity <= 0 or not rules.enabled("less-likely-flips") or not lessened(tok):
        return False
    rules.fired("less-likely-flips")
    return True


def refused(tok: Token) -> bool:
    """The predicate, or the verb whose object it is ("affirm his support"), is the to-infinitive of a refusal
    noun of ``stance_scenario_words.csv`` ("refusal to support X", "unwillingness to affirm his support for X";
    rule ``refusal-noun``)."""
    if not rules.enabled("refusal-noun"):
        return False
    verb = tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else tok
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in words("refusal_noun") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        rules.fired("refusal-noun")
        return True
    return False


def refusal_owner(verb: Token) -> list[Token]:
    """The owner of the refusal noun whose to-infinitive ``verb`` is: the one refusing ("the NRA's refusal to
    support X" -> the NRA; rule ``refusal-noun``)."""
    if verb.dep_ != "acl" or not rules.enabled("refusal-noun") or verb.head.lemma_.lower() not in words("refusal_noun"):
        return []
    return [c for c in verb.head.children if c.dep_ == "poss"]
