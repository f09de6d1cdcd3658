"""Stance holders outside the subject and topic words (invented sentences): the noun an active participle
modifies; the text's own word for an unlisted topic."""
from __future__ import annotations

from helpers.stances import rules
from tests.test_stances import PEOPLE, _rows

PARTY = dict(PEOPLE, **{"Acme Party": ("acme-party", "organization", "", "USA")})


def test_a_participle_on_a_noun_is_the_nouns_stance(nlp):
    text = "Mary Lane met the Acme Party praising Tom Reed."
    assert ("acme-party", "tom-reed", "support") not in _rows(nlp, text, people=PARTY)
    with rules.switched_on("participle-holder"):
        assert ("acme-party", "tom-reed", "support") in _rows(nlp, text, people=PARTY)


def test_an_unlisted_topic_keeps_the_texts_word(nlp):
    text = "Mary Lane opposes boots on the ground."
    assert ("mary-lane", "boots", "oppose") in _rows(nlp, text)
    with rules.switched_off("topic-text-form"):
        assert ("mary-lane", "boot", "oppose") in _rows(nlp, text)
