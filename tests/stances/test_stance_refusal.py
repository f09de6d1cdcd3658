"""Predicates denied by a refusal noun ("his refusal to back X") and stance nouns under a request made of
others ("called for the senators to throw their support behind X"), invented sentences."""
from __future__ import annotations

from helpers.stances import rules
from tests.test_stances import PEOPLE, _rows

PARTY = dict(PEOPLE, **{"Acme Party": ("acme-party", "organization", "", "USA")})


def test_a_refusal_noun_denies_its_infinitive(nlp):
    text = "Olga Berg noted an unwillingness to affirm Tom Reed's support for Mary Lane."
    with rules.switched_off("refusal-noun"):
        assert ("tom-reed", "mary-lane", "support") in _rows(nlp, text)
    assert ("tom-reed", "mary-lane", "support") not in _rows(nlp, text)


def test_a_refusal_noun_turns_a_flipping_predicate_around(nlp):
    text = "Tom Reed's refusal to support Mary Lane angered the voters."
    with rules.switched_off("refusal-noun"):
        assert not _rows(nlp, text)
    assert _rows(nlp, text) == {("tom-reed", "mary-lane", "oppose")}


def test_a_stance_noun_under_a_request_of_others_is_not_asserted(nlp):
    text = "Mary Lane called for the Acme Party to throw its support behind Tom Reed."
    with rules.switched_off("noun-object-request"):
        assert ("acme-party", "tom-reed", "support") in _rows(nlp, text, people=PARTY)
    assert ("acme-party", "tom-reed", "support") not in _rows(nlp, text, people=PARTY)


def test_a_stance_noun_its_holder_throws_is_asserted(nlp):
    assert ("olga-berg", "tom-reed", "support") in _rows(nlp, "Olga Berg threw her support behind Tom Reed.")
