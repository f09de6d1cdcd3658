"""Places: gazetteer-resolved places, the locative rule for countries, the seed against gold."""
from __future__ import annotations

import pytest

from helpers import places, sentences
from helpers.article import from_text
from helpers.records import Place
from helpers.tables import ArticleTables


def _tables(nlp, text):
    article = from_text(text, published="2025-05-16")
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    return doc, article, tables


def _places(nlp, text):
    doc, article, tables = _tables(nlp, text)
    return places.extract(doc, article, tables)


def test_cities_and_locative_countries(nlp):
    rows = _places(nlp, "Talks in Istanbul were mediated by Turkey. Fighting went on in Ukraine.")
    by_id = {p.place_id: p for p in rows}
    assert set(by_id) == {"istanbul-tur", "ukraine-ukr"}
    ist = by_id["istanbul-tur"]
    assert (ist.name, ist.country, ist.n_mentions) == ("Istanbul", "TUR", 1)
    assert ist.lat == pytest.approx(41.01, abs=0.1) and ist.lon == pytest.approx(28.95, abs=0.1)
    assert by_id["ukraine-ukr"] == Place("ukraine-ukr", "Ukraine", "UKR", 49.0, 32.0, 1)


def test_acting_country_is_not_a_place(nlp):
    assert _places(nlp, "Turkey mediated the talks, and France agreed.") == []


def test_conjoined_countries_share_the_preposition(nlp):
    ids = {p.place_id for p in _places(nlp, "Troops moved across Poland and Lithuania on Monday.")}
    assert {"poland-pol", "lithuania-ltu"} <= ids


def test_us_places_belong_to_the_usa(nlp):
    rows = _places(nlp, "Campaign stops in Richmond, Virginia, and New York followed a speech in Washington.")
    got = {p.name: p.country for p in rows}
    assert got.get("Virginia") == "USA"
    assert got.get("New York City", got.get("New York")) == "USA"
    assert got.get("Washington") == "USA"
    washington = next(p for p in rows if p.name == "Washington")
    assert washington.lat == pytest.approx(38.9, abs=0.2)  # the capital, not the state
    assert got.get("Richmond") == "USA"  # named with its state, not Richmond in England


def test_capital_beats_a_bigger_namesake_and_metonyms_are_places(nlp):
    rows = _places(nlp, "Moscow says the Kremlin will answer. Officials in Kyiv disagree.")
    got = {p.place_id: p for p in rows}
    assert set(got) == {"moscow-rus", "kyiv-ukr"}  # the Kremlin is an actor, not a place


def test_state_named_as_state():
    found = places.resolve("Washington state")
    assert (found.name, found.kind) == ("Washington", "state")
    assert places.resolve("New York State").kind == "state"


def test_old_names_resolve():
    found = places.resolve("Kiev")
    assert (found.name, found.country, found.kind) == ("Kyiv", "UKR", "city")


def test_georgia_follows_the_article():
    assert places.resolve("Georgia", context={"USA": 3}).country == "USA"
    assert places.resolve("Georgia", context={"RUS": 2, "GEO": 1}).country == "GEO"


def test_resolve_rejects_empty():
    with pytest.raises(ValueError):
        places.resolve("  ")


def test_boilerplate_places_are_left_out(nlp):
    rows = _places(nlp, "Leaders met in Paris.\nSupport us via PayPal: donate to our newsroom in London today.\n")
    assert {p.place_id for p in rows} == {"paris-fra"}


def test_seed_places_match_gold(nlp, seed_article, gold):
    doc = nlp(seed_article.text)
    tables = ArticleTables(article=seed_article.row())
    tables.sentences = sentences.extract(doc, seed_article)
    got = {(p.name, p.country) for p in places.extract(doc, seed_article, tables)}
    want = {(p["name"], p["country"]) for p in gold["places"]}
    assert want <= got
    assert len(got - want) <= 1, got - want


def test_context_prefers_a_comparable_namesake_only():
    assert places.resolve("Paris", context={"USA": 5}).country == "FRA"
    assert places.resolve("Moscow", context={"USA": 5}).country == "RUS"
    assert places.city("Douglas", prefer=["USA"]).country == "USA"


def test_new_york_is_the_city_unless_named_a_state():
    assert places.resolve("New York").name == "New York City"
    assert places.resolve("New York State").kind == "state"
    assert places.resolve("Texas").kind == "state"
