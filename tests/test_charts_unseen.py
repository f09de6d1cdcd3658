"""Charts of articles unlike the bundled one: no stance behind any statement, an unattributed first quote."""
from __future__ import annotations

import dataclasses

from helpers import charts
from helpers.charts.sample import sample_tables


def test_the_quote_flow_draws_when_no_statement_has_a_stance():
    t = dataclasses.replace(sample_tables(), stances=[])
    fig = charts.quote_flow(t)
    assert fig.data and charts.chart_frame(fig)["score"].isna().all()


def test_the_positions_title_names_attributed_speakers_only():
    t = sample_tables()
    q = t.quotes[0]
    first = dataclasses.replace(q, quote_id="q0", speaker=None, speaker_id=None, start=0, end=5, sentence_id=0)
    t = dataclasses.replace(t, quotes=[first, *t.quotes])
    title = charts.quote_positions(t).layout.title.text
    assert "unattributed" not in title and ("first" in title or "opens" in title)
    alone = dataclasses.replace(t, quotes=[first])
    assert charts.quote_positions(alone).layout.title.text == "No statement is attributed to a speaker"


def test_a_missing_id_from_a_table_names_nothing():
    from helpers.charts._base import short_name

    assert short_name(sample_tables(), float("nan")) == "" and short_name(sample_tables(), None) == ""


def test_the_flow_title_names_the_busiest_named_speaker_not_the_unattributed():
    t = sample_tables()
    q = t.quotes[0]
    free = [s for s in t.sentences if s.sentence_id not in {x.sentence_id for x in t.quotes}][:3]
    extra = [dataclasses.replace(q, quote_id=f"u{s.sentence_id}", speaker=None, speaker_id=None,
                                 sentence_id=s.sentence_id, start=s.start, end=s.end) for s in free]
    t = dataclasses.replace(t, quotes=[*t.quotes, *extra])
    title = charts.quote_flow(t).layout.title.text
    assert not title.startswith("(unattributed)") and " makes 1 of 5 statements" in title


def test_a_name_said_only_in_full_is_shortened_to_the_family_name():
    # invented people named only in full: the family name comes first for a Chinese official, and a
    # name particle belongs to the surname (data/reference/name_order.csv)
    from helpers.charts._base import short_name
    from helpers.records import Actor

    t = sample_tables()
    extra = [Actor("mei-zhanghua", "Mei Zhanghua", "person", "spokeswoman", "CHN", 1, 0),
             Actor("pieter-van-den-berg", "Pieter van den Berg", "person", "minister", "NLD", 1, 0)]
    t = dataclasses.replace(t, actors=[*t.actors, *extra])
    assert short_name(t, "mei-zhanghua") == "Mei"
    assert short_name(t, "pieter-van-den-berg") == "van den Berg"
    assert short_name(t, "anna-berg") == "Berg"  # the article's own short mentions still decide


def test_a_label_names_a_person_unambiguously():
    # invented: a person with no country never named alone, and two persons of one family name
    from helpers.charts._base import short_name
    from helpers.records import Actor

    t = sample_tables()
    extra = [Actor("li-wen", "Li Wen", "person", "analyst", None, 1, 0),
             Actor("ola-berg", "Ola Berg", "person", "mayor", "NOR", 1, 0)]
    t = dataclasses.replace(t, actors=[*t.actors, *extra])
    # "Wen" would guess the family name: with no country and no short mention the full name stays
    assert short_name(t, "li-wen") == "Li Wen"
    # "Berg" would name Anna Berg and Ola Berg alike
    assert short_name(t, "anna-berg") == "Anna Berg" and short_name(t, "ola-berg") == "Ola Berg"
    assert short_name(dataclasses.replace(t, actors=t.actors[:-1]), "anna-berg") == "Berg"


def test_a_country_that_takes_the_article_reads_with_it_in_a_headline():
    # invented: a firm stance of Starmer against the United States and one for the Netherlands
    from helpers.charts._base import short_name, stance_finding
    from helpers.records import Country, Stance
    from helpers.reference import in_sentence

    t = sample_tables()
    holder = next(s.holder_id for s in t.stances)
    evidence = tuple(q.quote_id for q in t.quotes[:3])
    t = dataclasses.replace(t, countries=[*t.countries, Country("USA", "United States", 3),
                                          Country("NLD", "The Netherlands", 1)],
                            stances=[Stance(holder, "GBR", "USA", "country", -1.0, "oppose", 0.9, evidence, 3),
                                     Stance(holder, "GBR", "NLD", "country", 1.0, "support", 0.9, evidence[:2], 2)])
    assert short_name(t, "USA") == "the United States" and short_name(t, "NLD") == "the Netherlands"
    finding = stance_finding(t)
    assert "opposes the United States" in finding and "backs the Netherlands" in finding
    # names not listed in data/reference/definite_names.csv stay bare; "The" as listed reads "the"
    assert in_sentence("Russia") == "Russia" and in_sentence("The Hague") == "the Hague"
    assert in_sentence("Philippines") == "the Philippines"


def test_the_map_title_of_one_country_says_so_in_words():
    from helpers.records import Country

    t = sample_tables()
    one = dataclasses.replace(t, countries=[Country("USA", "United States", 1)])
    title = charts.quote_map(one).layout.meta["title"]
    assert "the united states is the only country named (1 mention)" in title.lower() and "countries" not in title
    assert "countries" in charts.quote_map(t).layout.meta["title"] or len(t.countries) < 2
