"""Stance rules that add recall from structure (invented sentences): a pronoun bound to the person who
reports its clause, and stance predicates added to ``stance_lexicon.csv`` for it."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _quote, _rows


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed spoke first. Mary Lane, a neighbour of Olga Berg, said she backs Tom Reed.",
     {("mary-lane", "tom-reed", "support")}),
    ("Olga Berg told reporters she was leaning toward Tom Reed.", {("olga-berg", "tom-reed", "support")}),
    ("Ivan Petrov became a delegate and said he opposes Tom Reed.", {("ivan-petrov", "tom-reed", "oppose")}),
])
def test_a_reported_pronoun_is_the_reporter(nlp, text, expected):
    with rules.switched_on("reported-pronoun"):  # off by default
        assert _rows(nlp, text) == expected
    assert _rows(nlp, text) != expected


def test_a_pronoun_in_a_direct_quote_is_not_the_reporter(nlp):
    text = "“I think he backs Tom Reed,” Mary Lane said."
    q = _quote("q1", "direct", "I think he backs Tom Reed,", text, "mary-lane")
    assert ("mary-lane", "tom-reed", "support") not in _rows(nlp, text, quotes=[q])


@pytest.mark.parametrize("text", ["Mary Lane is leaning toward Tom Reed.", "Mary Lane leans towards Tom Reed."])
def test_leaning_toward_someone_supports_them(nlp, text):
    assert _rows(nlp, text) == {("mary-lane", "tom-reed", "support")}


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane is upset that Tom Reed ignored the rules.", {("mary-lane", "tom-reed", "oppose")}),
    ("Mary Lane was glad that Tom Reed won the vote.", {("mary-lane", "tom-reed", "support")}),
])
def test_a_feeling_about_a_clause_is_a_stance_toward_its_subject(nlp, text, expected):
    assert _rows(nlp, text) == expected
    with rules.switched_off("feeling-clause"):
        assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text", ["Mary Lane is upset that Tom Reed was attacked.",
                                  "Mary Lane is not upset that Tom Reed ignored the rules."])
def test_no_feeling_toward_a_passive_subject_or_under_negation(nlp, text):
    assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text, rule, expected", [
    ("Tom Reed's remarks angered Mary Lane.", "feeling-cause", {("mary-lane", "tom-reed", "oppose")}),
    ("Tom Reed impressed Mary Lane.", "feeling-cause", {("mary-lane", "tom-reed", "support")}),
    ("Mary Lane was pleased with Tom Reed.", "feeling-adjective", {("mary-lane", "tom-reed", "support")}),
    ("Mary Lane was angered by Tom Reed.", "feeling-adjective", {("mary-lane", "tom-reed", "oppose")}),
    ("Mary Lane did not seem upset with Tom Reed.", "feeling-adjective", set()),
])
def test_feelings_caused_by_someone_rules_off_by_default(nlp, text, rule, expected):
    with rules.switched_on(rule):
        assert _rows(nlp, text) == expected
    assert ("mary-lane", "tom-reed") not in {(h, t) for h, t, _ in _rows(nlp, text)}


def test_the_members_a_subject_names_in_an_apposition_hold_its_stance(nlp):
    text = "Two senators, Mary Lane and Olga Berg, criticized Tom Reed."
    both = {("mary-lane", "tom-reed", "oppose"), ("olga-berg", "tom-reed", "oppose")}
    assert _rows(nlp, text) == both
    with rules.switched_off("apposed-members"):
        assert _rows(nlp, text) != both


@pytest.mark.parametrize("text, expected", [
    ("Tom Reed has called the trade pact “insanity.”", {("tom-reed", "trade pact", "oppose")}),
    ("Mary Lane called Tom Reed’s claim of a mandate “absurd and dangerous.”", {("mary-lane", "tom-reed", "oppose")}),
])
def test_a_quoted_epithet_folded_into_the_object_of_calling(nlp, text, expected):
    assert _rows(nlp, text) == expected
    with rules.switched_off("quoted-epithet"):
        assert _rows(nlp, text) == set()


def test_a_quoted_word_inside_the_object_is_no_epithet_of_it(nlp):
    assert _rows(nlp, "Mary Lane called border crossers “rapists” and criminals.") == set()


def test_an_owned_offer_is_a_topic_besides_its_owner(nlp):
    text = "Mary Lane rejected Tom Reed's offer."
    assert _rows(nlp, text) == {("mary-lane", "offer", "oppose"), ("mary-lane", "tom-reed", "oppose")}
    with rules.switched_off("owned-act-topic"):
        assert _rows(nlp, text) == {("mary-lane", "tom-reed", "oppose")}
    assert _rows(nlp, "Mary Lane rejected Tom Reed's intentions.") == {("mary-lane", "tom-reed", "oppose")}


@pytest.mark.parametrize("text, rule, expected", [
    ("Mary Lane spoke favorably of Tom Reed.", "manner-of-speaking", ("mary-lane", "tom-reed", "support")),
    ("Mary Lane wrote disparagingly about Tom Reed.", "manner-of-speaking", ("mary-lane", "tom-reed", "oppose")),
    ("Tom Reed's belittling treatment of Mary Lane drew attention.", "manner-of-treatment",
     ("tom-reed", "mary-lane", "oppose")),
])
def test_the_manner_of_speaking_of_or_treating_someone(nlp, text, rule, expected):
    assert _rows(nlp, text) == {expected}
    with rules.switched_off(rule):
        assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text", ["Mary Lane did not speak highly of Tom Reed.", "Mary Lane spoke of Tom Reed.",
                                  "The belittling treatment of Mary Lane drew attention."])
def test_no_manner_no_owner_or_negation_no_stance(nlp, text):
    assert _rows(nlp, text) == set()


@pytest.mark.parametrize("text", ["Mary Lane campaigned on behalf of Tom Reed.",
                                  "Mary Lane campaigned on Tom Reed's behalf all weekend."])
def test_on_behalf_of_someone_is_for_them(nlp, text):
    assert _rows(nlp, text) == {("mary-lane", "tom-reed", "support")}
    with rules.switched_off("on-behalf"):
        assert _rows(nlp, text) == set()
    assert _rows(nlp, text.replace("campaigned", "spoke")) == set()  # "speak" takes no "for" phrase


def test_a_reason_phrase_on_the_last_item_of_an_object_list_is_every_items_act(nlp):
    """The parse of "ridiculed Reed, Berg, and Lane for criticizing Petrov" with "for" hung on the last
    name (as the parser reads some such sentences), built by hand."""
    from spacy.tokens import Doc

    from helpers.stances.structure import _subject_tokens

    words = ["They", "ridiculed", "Reed", ",", "Berg", ",", "and", "Lane", "for", "criticizing", "Petrov", "."]
    heads = [1, 1, 1, 2, 2, 4, 4, 4, 7, 8, 9, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "appos", "punct", "cc", "conj", "prep", "pcomp", "dobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "ADP", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _subject_tokens(doc[9])] == ["Reed", "Berg", "Lane"]
    with rules.switched_off("reason-noun"):
        assert _subject_tokens(doc[9]) == []


def test_recoiling_when_someone_acts_is_a_stance_toward_them(nlp):
    text = "Mary Lane recoiled when Tom Reed began attacking Olga Berg."
    assert ("mary-lane", "tom-reed", "oppose") in _rows(nlp, text)
    with rules.switched_off("feeling-clause"):
        assert ("mary-lane", "tom-reed", "oppose") not in _rows(nlp, text)


@pytest.mark.parametrize("verb", ["rebutted", "rebuts"])
def test_rebutting_a_claim_opposes_it(nlp, verb):
    assert _rows(nlp, f"Mary Lane {verb} Tom Reed's claim.") == {("mary-lane", "tom-reed", "oppose")}
