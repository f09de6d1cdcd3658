"""The word a topic outside ``topics.csv`` is named by (rule ``topic-text-form``): the noun as the article
writes it, lower-cased ("boots" in "opposes boots on the ground", "cuts", "protests"), not its lemma
("boot"), since a reader names a topic in the text's own word; with the rule off, the lemma."""
from __future__ import annotations

from spacy.tokens import Token

from . import rules


def head_word(tok: Token) -> str:
    """The topic's head word: a common noun's text form (rule ``topic-text-form``) or lemma, a name as written."""
    if tok.pos_ != "NOUN" or tok.lower_ == tok.lemma_.lower():
        return tok.lower_
    if rules.enabled("topic-text-form"):
        rules.fired("topic-text-form")
        return tok.lower_
    return tok.lemma_.lower()
