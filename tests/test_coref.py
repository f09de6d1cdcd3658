"""Pronoun resolution on small texts with hand-made actors, and on the seed."""
from __future__ import annotations


import pytest

from helpers import actors, coref, sentences
from helpers.article import from_text, load_one
from helpers.tables import ArticleTables
from tests._hand_tables import hand_tables
from tests.conftest import SEED


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text, people):
        """Pronoun mentions of ``text``; ``people`` are (actor_id, kind, surface forms)."""
        article, doc, tables = hand_tables(nlp, text, [(a, a, kind, None, forms) for a, kind, forms in people])
        return [(m.text, m.start, m.actor_id, m.how) for m in coref.extract(doc, article, tables)]
    return _run


def test_he_is_the_last_subject_and_speaker(run):
    text = "Tom Brown met Jim Green. Brown said the talks went well. He added that more were needed."
    assert run(text, [("brown", "person", ["Tom Brown", "Brown"]), ("green", "person", ["Jim Green"])]) == [
        ("He", 57, "brown", "pronoun")]


def test_gender_from_honorifics(run):
    text = "Mrs. Stone met Mr. Lake in Rome. She said the meeting was useful, and he agreed."
    assert run(text, [("stone", "person", ["Stone"]), ("lake", "person", ["Lake"])]) == [
        ("She", 33, "stone", "pronoun"), ("he", 70, "lake", "pronoun")]


def test_unsure_gives_nothing(run):
    # two people of unknown gender, both subjects of their own sentence: no guess
    text = "Kim Park spoke first. Lee Chan spoke next. Then she left."
    assert run(text, [("park", "person", ["Kim Park"]), ("chan", "person", ["Lee Chan"])]) == []


def test_pronouns_inside_quotations_are_left_alone(run):
    text = "Tom Brown spoke. “He is wrong,” Brown said about his rival."
    out = run(text, [("brown", "person", ["Tom Brown", "Brown"])])
    assert [m[0] for m in out] == ["his"]


def test_they_goes_to_a_group_not_a_person(run):
    text = "The union met Tom Brown on Monday. They demanded higher pay."
    out = run(text, [("union", "organization", ["The union"]), ("brown", "person", ["Tom Brown"])])
    assert out == [("They", 35, "union", "pronoun")]


def test_doc_must_match_article(nlp):
    article = from_text("He said so.")
    with pytest.raises(ValueError):
        coref.extract(nlp("Other text."), article, ArticleTables(article=article.row()))


def test_seed_pronouns(nlp):
    article = load_one(str(SEED))
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors, tables.mentions = actors.extract(doc, article, tables)
    found = {(m.text, article.text[m.end:m.end + 9]): m.actor_id for m in coref.extract(doc, article, tables)}
    names = {a.actor_id: a.name for a in tables.actors}
    assert names[found[("he", " added, b")]] == "Dmitry Peskov"
    assert names[found[("he", " insisted")]] == "Keir Starmer"
    assert names[found[("he", " is willi")]] == "Donald Trump"


def test_it_is_the_body_whose_speech_it_is_in(run, monkeypatch):
    text = "The agency said it would cooperate. The report was long. It was dull."
    people = [("agency", "organization", ["The agency"])]
    assert run(text, people) == [("it", 16, "agency", "pronoun")]
    monkeypatch.setattr(coref, "IT_OF_SUBJECT", False)
    assert run(text, people) == []


def test_it_of_a_reporting_country_but_not_an_expletive_it(run):
    people = [("china", "country", ["China"])]
    assert run("China said it opposed the test and warned of the risks.", people) == [("it", 11, "china", "pronoun")]
    assert run("China said it is clear that the test failed.", people) == []


def _pronoun_mentions(text):
    """Where each pronoun of ``text`` starts -> the actor the whole engine resolves it to."""
    from helpers import article as A, engine

    tables = engine.analyze(A.from_text(text))
    return {m.start: m.actor_id for m in tables.mentions if m.how == "pronoun"}


def test_a_name_after_a_participle_is_no_inverted_speaker(monkeypatch):
    from helpers.actors import rules

    text = rules.example("inverted-speaker")
    later = text.rindex(" he ") + 1
    assert _pronoun_mentions(text).get(later) == "tom-marsh"
    monkeypatch.setenv(rules.OFF_SETTING, "inverted-speaker")
    assert later not in _pronoun_mentions(text)


def test_the_subject_of_a_clause_on_a_possessed_noun_is_its_owner(monkeypatch):
    from helpers.actors import rules

    text = rules.example("host-owner")
    at = text.index(" he ") + 1
    assert _pronoun_mentions(text)[at] == "bill-holt"
    monkeypatch.setenv(rules.OFF_SETTING, "host-owner")
    assert _pronoun_mentions(text)[at] == "tom-marsh"
