"""Stance toward a proposed removal (rule ``clause-removal``): when a proposal or demand has a clause
whose verb removes, bars or harms its object ("proposed barring Muslims", "called for abolishing the
agency"; ``removal_verb`` of ``stance_act_words.csv``, from Levin's remove, banish, forbid and destroy
verbs), the holder supports the act, a topic named by the verb and its object ("barring muslims"), and
makes no row toward the object, which rule ``predicate-clause`` alone would support. Opposing the object
is an inference the annotation guide leaves optional; on train it made rows counted wrong."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from . import lexicon, rules


def removal_act(target_tok: Token) -> Optional[str]:
    """The act topic ("barring muslims") when the clause verb whose object ``target_tok`` is removes,
    bars or harms it, else None."""
    verb = target_tok.head
    if not rules.enabled("clause-removal") or verb.lemma_.lower() not in lexicon.act_words("removal_verb"):
        return None
    rules.fired("clause-removal")
    return f"{verb.lower_} {target_tok.lower_}"
