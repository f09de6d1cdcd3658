"""Stance evidence from an opinion held of someone (``stance_opinion_words.csv``), rule ``opinion-of``: an
opinion noun (view, opinion, impression) with an evaluative adjective (favorable, negative, dim) and an
"of"/"about"/"toward" phrase is its holder's stance toward that phrase: "Democrats have a favorable view of
Smith", "her negative opinion of Jones", "voters held an unfavorable impression of Smith". The holder is the
noun's owner or the subject of a verb of holding it (have, hold, share); a negated, hedged or questioned
predicate gives nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from . import rules
from ..reference import read_table
from .structure import Context, Evidence, _prep_objects, _subject_tokens, hypothetical, negated, resolve_target

CONFIDENCE = 0.75
OF_PREPS = ("of", "about", "toward", "towards")


@lru_cache(maxsize=1)
def opinion_words() -> dict[str, dict[str, int]]:
    """The sets of ``stance_opinion_words.csv``: set -> word -> sign."""
    out: dict[str, dict[str, int]] = {}
    for r in read_table("stance_opinion_words.csv"):
        out.setdefault(r["set"], {})[r["word"].lower()] = int(r["polarity"])
    return out


def _found(tok: Token) -> tuple[list[Token], int] | None:
    """(holder tokens, sign) for an opinion noun with one evaluative adjective, or None."""
    words = opinion_words()
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["opinion_noun"]:
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
    """Evidence of rule ``opinion-of``."""
    if not rules.enabled("opinion-of"):
        return
    for tok in ctx.doc:
        found = _found(tok)
        if found is None or not found[0] or ctx.tables.is_boilerplate(tok.idx):
            continue
        holder_toks, sign = found
        sent = ctx.tables.sentence_at(tok.idx)
        if hypothetical(tok, sent.text if sent else "") or negated(tok):
            continue
        for holder in dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_toks))):
            for t in _prep_objects(tok, OF_PREPS):
                for key, kind in resolve_target(ctx, t):
                    if key != holder:
                        rules.fired("opinion-of")
                        yield Evidence(holder, key, kind, float(sign), CONFIDENCE, tok.idx, ctx.quote_ids(tok), "opinion-of")
