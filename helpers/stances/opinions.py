"""Stance evidence from an opinion held of someone (``stance_opinion_words.csv``), rule ``opinion-of``: an
opinion noun (view, opinion, impression) with an evaluative adjective (favorable, negative, dim) and an
"of"/"about"/"toward" phrase is its holder's stance toward that phrase: "Democrats have a favorable view of
Smith", "her negative opinion of Jones", "voters held an unfavorable impression of Smith". The holder is the
noun's owner or the subject of a verb of holding it (have, hold, share); a negated, hedged or questioned
predicate gives nothing.

Rule ``regard-manner``: a verb of regarding someone (view, see, regard) with a manner adverb (favorably,
negatively) is its subject's stance toward its object, or in the passive its agent's toward its subject:
"most voters view Smith unfavorably", "Smith is viewed positively by Democrats".
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from . import rules
from ..reference import read_table
from .structure import (Context, Evidence, _agent_tokens, _is_passive, _objects, _prep_objects, _subject_tokens,
                        asserted_rows, negated)

CONFIDENCE = 0.75
OF_PREPS = ("of", "about", "toward", "towards")


@lru_cache(maxsize=1)
def opinion_words() -> dict[str, dict[str, int]]:
    """The sets of ``stance_opinion_words.csv``: set -> word -> sign."""
    out: dict[str, dict[str, int]] = {}
    for r in read_table("stance_opinion_words.csv"):
        out.setdefault(r["set"], {})[r["word"].lower()] = int(r["polarity"])
    return out


def _regarded(tok: Token) -> tuple[list[Token], list[Token], int] | None:
    """(holder tokens, target tokens, sign) for a verb of regarding with one manner adverb, or None."""
    words = opinion_words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words["regard_verb"] or not rules.enabled("regard-manner"):
        return None
    signs = {words["regard_adverb"][c.lower_] for c in tok.children
             if c.dep_ == "advmod" and c.lower_ in words["regard_adverb"]}
    if len(signs) != 1:
        return None
    if _is_passive(tok):
        return _agent_tokens(tok), [c for c in tok.children if c.dep_ == "nsubjpass"], signs.pop()
    return _subject_tokens(tok), _objects(tok), signs.pop()


def _found(tok: Token) -> tuple[list[Token], int] | None:
    """(holder tokens, sign) for an opinion noun with one evaluative adjective, or None."""
    words = opinion_words()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["opinion_noun"] or not rules.enabled("opinion-of"):
        return None
    signs = {words["opinion_adjective"][c.lower_] for c in tok.children
             if c.dep_ == "amod" and c.lower_ in words["opinion_adjective"]}
    if len(signs) != 1:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners and tok.dep_ == "dobj" and tok.head.lemma_.lower() in words["holding_verb"]:
        if negated(tok.head):
            return None
        owners = _subject_tokens(tok.head)
    return owners, signs.pop()


def opinion_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rules ``opinion-of`` and ``regard-manner``."""
    for tok in ctx.doc:
        found = _found(tok)
        found = (found[0], _prep_objects(tok, OF_PREPS), found[1], "opinion-of") if found else None
        regarded = None if found else _regarded(tok)
        found = found or (regarded and (*regarded, "regard-manner"))
        if not found or not found[0]:
            continue
        holder_toks, target_toks, sign, rule = found
        yield from asserted_rows(ctx, tok, holder_toks, target_toks, sign, rule, CONFIDENCE)
