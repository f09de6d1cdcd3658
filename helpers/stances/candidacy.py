"""A candidate's run for office as a stance target (rule ``candidacy-owner``): "endorsed the re-election of
X", "supports X's re-election", "welcomed X's election" are stances toward the candidate X, not toward the
election as a topic; the nouns are in ``stance_candidacy_nouns.csv``. The tokenizer splits "re-election" into
"re", "-", "election", which the parser may make three objects of the verb: the first two are no target, and
"election" takes the possessor of "re" ("Smith's re-election")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..reference import read_table
from . import rules


@lru_cache(maxsize=1)
def candidacy_nouns() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("stance_candidacy_nouns.csv"))


def _split_election(tok: Token) -> Optional[Token]:
    """The "election" token of a split "re-election" that ``tok`` ("re" or "-") is a piece of."""
    doc = tok.doc
    if tok.lower_ == "re" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return doc[tok.i + 2] if doc[tok.i + 2].lower_ == "election" else None
    if tok.text == "-" and tok.i >= 1 and doc[tok.i - 1].lower_ == "re" and tok.i + 1 < len(doc):
        return doc[tok.i + 1] if doc[tok.i + 1].lower_ == "election" else None
    return None


def fragment(tok: Token) -> bool:
    """``tok`` is the "re" or "-" of a split "re-election": no target of its own."""
    return rules.enabled("candidacy-owner") and _split_election(tok) is not None


def candidates(tok: Token) -> list[Token]:
    """The candidates a candidacy noun names: its possessor (or that of the "re" of a split "re-election") and
    the objects of its "of" phrase with their conjuncts; empty for any other noun or with the rule off."""
    if not rules.enabled("candidacy-owner") or tok.lemma_.lower() not in candidacy_nouns():
        return []
    heads = [tok]
    doc = tok.doc
    if tok.lower_ == "election" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re":
        heads.append(doc[tok.i - 2])
    out = [c for h in heads for c in h.children if c.dep_ == "poss"]  # "his re-election": coreference's antecedent
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            out += [obj, *(c for c in obj.subtree if c.dep_ == "conj" and c.head.i != tok.i)]
    return out
