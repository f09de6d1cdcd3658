"""Stance evidence from an epithet in quotation marks that the parser folded into the object of a verb
of calling (rule ``quoted-epithet``): "Trump, who has called the TPP pact "insanity"" is read as one noun
phrase "the TPP pact insanity", "called Clinton's assertion of a claim "significant and disturbing"" as one
object with the epithet inside it, so rule ``characterization`` finds no epithet apart from the object.

Here the quoted words at the right edge of the verb's only object are the epithet and the words before the
opening quotation mark the object: its head noun (the one whose head lies outside them) is the target,
resolved as any target ("Clinton's assertion" is Clinton's). The epithet's valence (VADER, with
``stance_evaluation_words.csv``) gives the sign when it reaches ``structure.VALENCE_MIN``; a negated, hedged
or questioned call gives nothing.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from . import rules
from .lexicon import valence
from .structure import (CHARACTERIZE, CONFIDENCE, VALENCE_MIN, Context, Evidence, holder_tokens, hypothetical,
                        negated, resolve_target)

QUOTE_MARKS = {'"', "“", "”", "''", "``", "‘", "’"}


def _split(arg: Token) -> Optional[tuple[Token, list[Token]]]:
    """(object head, epithet words) when the object's subtree ends in a quoted span after some words."""
    sub = [t for t in arg.subtree]
    while sub and (sub[-1].is_punct and sub[-1].text not in QUOTE_MARKS):
        sub.pop()
    if len(sub) < 3:
        return None
    # the quoted span must end the object: its closing mark is the last token of the subtree or follows it
    # ("insanity,”), possibly after a comma
    if sub[-1].text in QUOTE_MARKS:
        end = len(sub) - 1
    elif any(t.text in QUOTE_MARKS for t in arg.doc[sub[-1].i + 1:sub[-1].i + 3]):
        end = len(sub)
    else:
        return None
    opening = next((k for k in range(end - 1, -1, -1) if sub[k].text in QUOTE_MARKS), None)
    if opening is None or opening == 0:
        return None
    before, inside = sub[:opening], [t for t in sub[opening + 1:end] if not t.is_punct]
    ids = {t.i for t in before}
    heads = [t for t in before if t.head.i not in ids and t.pos_ in ("NOUN", "PROPN")]
    if not inside or len(heads) != 1:
        return None
    return heads[0], inside


def epithet_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rule ``quoted-epithet``."""
    if not rules.enabled("quoted-epithet"):
        return
    for tok in ctx.doc:
        if tok.lemma_.lower() not in CHARACTERIZE or tok.pos_ != "VERB" or ctx.tables.is_boilerplate(tok.idx):
            continue
        args = [c for c in tok.children if c.dep_ in ("dobj", "oprd")]
        split = _split(args[0]) if len(args) == 1 else None
        if split is None:
            continue
        obj, words = split
        v = sum(valence(t.lemma_.lower()) or valence(t.lower_) for t in words if t.pos_ in ("ADJ", "NOUN", "VERB"))
        sent = ctx.tables.sentence_at(tok.idx)
        if abs(v) < VALENCE_MIN or hypothetical(tok, sent.text if sent else "") or negated(tok):
            continue
        for holder in dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_tokens(tok)))):
            for key, kind in resolve_target(ctx, obj):
                if key != holder:
                    rules.fired("quoted-epithet")
                    yield Evidence(holder, key, kind, 1.0 if v > 0 else -1.0, CONFIDENCE["characterization"], tok.idx,
                                   ctx.quote_ids(tok), "quoted-epithet")
