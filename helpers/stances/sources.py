"""A pronoun target whose antecedent is a source (rule ``source-antecedent``): news cites an expert with a
reporting verb and goes on about the person the expert spoke of ("Smith has the support of the party, said
Ann Cole, a professor. The governor endorsed her."), and coreference, taking the nearest name, gives the
pronoun to the source. When the name last given to a him/her target's actor, in an earlier sentence, is the
subject of a reporting verb (``reporting_verbs.csv``) placed after it, as news cites a source ("..., said Ann
Cole"; not "Ann Cole said ..."), the target is left out: the source is seldom the one the next sentence acts on."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import reporting_verbs
from . import rules


def _named_last(ctx, tok: Token, actor_id: str):
    """The last token before ``tok`` that names ``actor_id`` by a noun, or None."""
    for i in range(tok.i - 1, -1, -1):
        t = ctx.doc[i]
        if ctx.token_actor.get(i) == actor_id and t.pos_ in ("PROPN", "NOUN"):
            return t
    return None


def source_antecedent(ctx, tok: Token, actor_id: str) -> bool:
    """``tok`` is an object pronoun (him, her) whose actor was last named, in an earlier sentence, as the
    subject of a reporting verb ("said Mindy Romero", "says Gutin")."""
    if tok.pos_ != "PRON" or tok.dep_ == "poss" or "Acc" not in tok.morph.get("Case") \
            or "3" not in tok.morph.get("Person") or not rules.enabled("source-antecedent"):
        return False
    named = _named_last(ctx, tok, actor_id)
    if named is None or named.sent.start == tok.sent.start:
        return False
    while named.dep_ in ("compound", "flat", "appos") and named.head.i != named.i:
        named = named.head
    if named.dep_ != "nsubj" or named.i < named.head.i or named.head.lemma_.lower() not in reporting_verbs():
        return False  # only the inverted attribution of a cited source, "..., said Ann Cole"
    rules.fired("source-antecedent")
    return True
