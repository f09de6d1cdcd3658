"""Countries: one row per country involved; mention counts and affiliated actors; seed vs gold."""
from __future__ import annotations

from helpers import countries, sentences
from helpers.article import from_text
from helpers.records import Actor, Country
from helpers.tables import ArticleTables


def _countries(nlp, text, actors=()):
    article = from_text(text, published="2025-05-16")
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors = list(actors)
    return countries.extract(doc, article, tables)


def test_names_demonyms_capitals_and_metonyms_all_count(nlp):
    rows = _countries(nlp, "The Kremlin said Russian troops had left. Moscow denied it. "
                           "British officials in London were doubtful about Russia.")
    got = {c.iso3: c.n_mentions for c in rows}
    assert got == {"RUS": 4, "GBR": 2}
    assert rows[0] == Country("RUS", "Russia", 4, ())


def test_regional_words_are_no_country(nlp):
    assert _countries(nlp, "European leaders and Western diplomats met in Europe.") == []


def test_places_count_for_their_country(nlp):
    rows = _countries(nlp, "Voters in Virginia and Ohio lined up, and Istanbul waited.")
    assert {c.iso3: c.n_mentions for c in rows} == {"USA": 2, "TUR": 1}


def test_organisation_named_after_a_country(nlp):
    rows = _countries(nlp, "The U.S. Senate voted on Tuesday.")
    assert [c.iso3 for c in rows] == ["USA"]


def test_actors_are_listed_under_their_country(nlp):
    actors = [Actor("jane-doe", "Jane Doe", "person", "minister", "FRA", 1, 0),
              Actor("acme", "Acme", "organization", None, None, 1, 10)]
    rows = _countries(nlp, "Jane Doe spoke in Paris about French farming.", actors)
    assert rows == [Country("FRA", "France", 2, ("jane-doe",))]


def test_boilerplate_is_not_counted(nlp):
    rows = _countries(nlp, "Talks opened in Kyiv.\nSupport us via PayPal: donate today, Americans and Canadians!\n")
    assert [c.iso3 for c in rows] == ["UKR"]


def test_seed_countries_match_gold(nlp, seed_article, gold):
    doc = nlp(seed_article.text)
    tables = ArticleTables(article=seed_article.row())
    tables.sentences = sentences.extract(doc, seed_article)
    rows = countries.extract(doc, seed_article, tables)
    assert {c.iso3 for c in rows} == {c["iso3"] for c in gold["countries"]}
    counts = {c.iso3: c.n_mentions for c in rows}
    # every gold evidence word is a mention: Russian, Moscow, Kremlin; Ukraine, Kyiv, Ukrainian; ...
    for c in gold["countries"]:
        assert counts[c["iso3"]] >= len(c["evidence"]), c
