"""Stance targets beside the owner of a noun (rule ``owned-act-topic``): an act or proposal someone owns
("rejected Trump's offer", "championed Ryan's agenda", "welcomed her invitation") is a topic of its own as well
as its owner's (``stance_act_words.csv`` owned_act_noun): a reader lists both "the offer" and Trump. Without
the rule a possessed noun outside ``topics.csv`` stands for its owner only ("Moscow's intentions" -> Moscow)."""
from __future__ import annotations

from spacy.tokens import Token

from . import rules
from .lexicon import act_words


def owned_act(tok: Token) -> bool:
    """A noun of the owned_act_noun set (rule ``owned-act-topic``)."""
    if tok.lemma_.lower() not in act_words("owned_act_noun") or not rules.enabled("owned-act-topic"):
        return False
    rules.fired("owned-act-topic")
    return True
