"""Stance evidence from the manner of speaking about or treating someone (``stance_manner_words.csv``):

* rule ``manner-of-speaking``: a verb of speaking with a manner adverb and an "of"/"about" phrase is its
  subject's stance toward that phrase: "Clark spoke favorably of the internment", "she wrote disparagingly
  about Smith", "he thinks highly of Jones";
* rule ``manner-of-treatment``: a noun of treating or addressing someone with a manner adjective and an owner
  is the owner's stance toward the object of its "of", "about", "toward", "at" or "against": "Trump's
  belittling treatment of Rubio", "her harsh rhetoric about immigrants".

Targets are actors, countries and topics (a topic only under rule ``manner-of-speaking``); a negated, hedged
or questioned predicate gives nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from . import rules
from ..reference import read_table
from .structure import Context, Evidence, _prep_objects, asserted_rows, holder_tokens

CONFIDENCE = 0.75
SPEAK_PREPS = ("of", "about")
TREAT_PREPS = ("of", "about", "toward", "towards", "at", "against")


@lru_cache(maxsize=1)
def manner_words() -> dict[str, dict[str, int]]:
    """The sets of ``stance_manner_words.csv``: set -> word -> sign."""
    out: dict[str, dict[str, int]] = {}
    for r in read_table("stance_manner_words.csv"):
        out.setdefault(r["set"], {})[r["word"].lower()] = int(r["polarity"])
    return out


def _found(tok: Token) -> tuple[list[Token], list[Token], int, str] | None:
    """(holder tokens, target tokens, sign, rule) for one token, or None."""
    words = manner_words()
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words["speech_verb"] and rules.enabled("manner-of-speaking"):
        signs = [words["manner_adverb"][c.lower_] for c in tok.children
                 if c.dep_ == "advmod" and c.lower_ in words["manner_adverb"]]
        if len(signs) == 1:
            return holder_tokens(tok), _prep_objects(tok, SPEAK_PREPS), signs[0], "manner-of-speaking"
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in words["treatment_noun"] and rules.enabled("manner-of-treatment"):
        signs = [words["manner_adjective"][c.lower_] for c in tok.children
                 if c.dep_ == "amod" and c.lower_ in words["manner_adjective"]]
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if len(set(signs)) == 1 and owners:
            return owners, _prep_objects(tok, TREAT_PREPS), signs[0], "manner-of-treatment"
    return None


def manner_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rules ``manner-of-speaking`` and ``manner-of-treatment``."""
    for tok in ctx.doc:
        found = _found(tok)
        if found is None or not found[0] or not found[1]:
            continue
        holder_toks, target_toks, sign, rule = found
        yield from asserted_rows(ctx, tok, holder_toks, target_toks, sign, rule, CONFIDENCE,
                                 topics=rule == "manner-of-speaking")
