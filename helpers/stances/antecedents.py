"""Antecedents of relative pronouns for the stance holder (``structure._subject_tokens``): "who" names a
person, so a "who" clause that the parser attaches to a thing inside an "of" phrase of a role in
apposition ("Altman, a former official and head of the fund Acme Partners who donated ...") is the
clause of the person the apposition describes (rule ``who-person``); the person is a name the NER
tags a person or leaves untagged."""
from __future__ import annotations

from spacy.tokens import Token

from . import rules


def who_person(head: Token) -> Token:
    """"who" names a person: attached to a thing inside an "of" phrase of a role in apposition ("X, head
    of the fund Y Partners who donated ...") it is the person the apposition describes (rule
    ``who-person``)."""
    t = head
    while t.ent_type_ != "PERSON" and t.dep_ in ("pobj", "appos", "conj", "compound") and t.head.i != t.i:
        t = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of" else t.head
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.ent_type_ in ("PERSON", "") \
                and head.ent_type_ != "PERSON" \
                and rules.enabled("who-person"):
            rules.fired("who-person")
            return t.head
        if t.pos_ not in ("NOUN", "PROPN"):
            break
    return head
