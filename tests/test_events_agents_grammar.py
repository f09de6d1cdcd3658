"""The agent grammar of ``events.context`` and ``events.agents_conj`` on Docs with fixed heads, so the
rules are tested apart from what the parser happens to do with their example sentences."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from helpers.events import disabled
from helpers.events.agents_conj import _same_side
from helpers.events.context import subject_of


def make(words, heads, deps, tags, pos, ents=None):
    """A Doc from words and (absolute) head indices; ``ents`` as BILOU-free IOB labels per token."""
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


def test_finite_conjunct_of_an_infinitive_takes_the_tensed_verb_subject():
    # "Hart ran on her ability to jolt it and accused Berg ."
    words = ["Hart", "ran", "on", "her", "ability", "to", "jolt", "it", "and", "accused", "Berg", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 6, 6, 6, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "poss", "pobj", "aux", "acl", "dobj", "cc", "conj", "dobj", "punct"]
    tags = ["NNP", "VBD", "IN", "PRP$", "NN", "TO", "VB", "PRP", "CC", "VBD", "NNP", "."]
    pos = ["PROPN", "VERB", "ADP", "PRON", "NOUN", "PART", "VERB", "PRON", "CCONJ", "VERB", "PROPN", "PUNCT"]
    doc = make(words, heads, deps, tags, pos)
    assert subject_of(doc[9]).text == "Hart"
    with disabled("finite-conjunct-climbs"):
        assert subject_of(doc[9]) is None


def test_who_after_an_appositive_stands_for_the_person_described():
    # "said Fleischer , secretary to Bush , who attended"
    words = ["said", "Fleischer", ",", "secretary", "to", "Bush", ",", "who", "attended"]
    heads = [0, 0, 1, 1, 3, 4, 5, 8, 5]
    deps = ["ROOT", "nsubj", "punct", "appos", "prep", "pobj", "punct", "nsubj", "relcl"]
    tags = ["VBD", "NNP", ",", "NN", "IN", "NNP", ",", "WP", "VBD"]
    pos = ["VERB", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB"]
    ents = ["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"]
    doc = make(words, heads, deps, tags, pos, ents)
    assert subject_of(doc[8]).text == "Fleischer"
    with disabled("who-after-appositive"):
        assert subject_of(doc[8]).text == "Bush"


def test_a_subject_phrase_stays_on_its_side_of_the_verb():
    # "Trump endorsed Ryan , McCain" with McCain hung on Trump as an appositive from across the verb
    words = ["Trump", "endorsed", "Ryan", ",", "McCain"]
    heads = [1, 1, 1, 2, 0]
    deps = ["nsubj", "ROOT", "dobj", "punct", "appos"]
    tags = ["NNP", "VBD", "NNP", ",", "NNP"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "PROPN"]
    doc = make(words, heads, deps, tags, pos)
    tokens = [doc[0], doc[4]]
    assert [t.text for t in _same_side(doc[0], tokens)] == ["Trump"]
    with disabled("subject-before-its-verb"):
        assert [t.text for t in _same_side(doc[0], tokens)] == ["Trump", "McCain"]
