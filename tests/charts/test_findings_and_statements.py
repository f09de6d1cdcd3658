"""Statements (fragments folded), where they were said, titles that state the finding, the note under
each chart with its accuracy, the Sankey's neutral and duplicate links, map framing and labels,
readable tables, and the phone/export script. All sentences are invented for these tests."""
from __future__ import annotations

import dataclasses
import re

import pandas as pd
import pytest

from helpers import charts
from helpers.charts import _base, quotes, render
from helpers.charts import who_said_what as statements
from helpers.charts.sample import sample_tables
from helpers.records import Actor, ArticleRow, Country, Mention, Place, Quote, Sentence, Stance
from helpers.tables import ArticleTables

INJECT = '<script>window.__pwned=1</script>'


def _venue_tables() -> ArticleTables:
    """Two sentences of one speaker, the first said "in Lisbon", the second with no place."""
    s0 = "\u201cThe deal is dead,\u201d Ana Costa said on Monday in Lisbon, after meeting Spanish officials."
    s1 = "Costa added that Madrid \u201cnever wanted it\u201d and had wasted a year."
    text = s0 + "\n" + s1
    b = len(s0) + 1

    def at(needle, base=0):
        i = text.index(needle, base)
        return i, i + len(needle)

    sentences = [Sentence(0, 0, 0, len(s0), s0, False), Sentence(1, 1, b, len(text), s1, False)]
    actors = [Actor("ana-costa", "Ana Costa", "person", "minister", "PRT", 2, 0),
              Actor("spain-gov", "Spanish government", "organization", None, "ESP", 1, b)]
    q1 = at("The deal is dead,")
    q2, q3 = at("Madrid \u201cnever wanted it\u201d and had wasted a year", b), at("never wanted it", b)
    quotes_ = [
        Quote("q1", "direct", text[q1[0]:q1[1]], *q1, "ana-costa", "Ana Costa", "Ana Costa", *at("Ana Costa"),
              "say", *at("said"), 0, 0),
        Quote("q2", "indirect", text[q2[0]:q2[1]], *q2, "ana-costa", "Ana Costa", "Costa", *at("Costa", b),
              "add", *at("added", b), 1, 1),
        Quote("q3", "partial", text[q3[0]:q3[1]], *q3, "ana-costa", "Ana Costa", "Costa", *at("Costa", b),
              "add", *at("added", b), 1, 1),
    ]
    mentions = [Mention("ana-costa", *at("Ana Costa"), "Ana Costa", 0, "name"),
                Mention("spain-gov", *at("Madrid", b), "Madrid", 1, "description")]
    places = [Place("lisbon-prt", "Lisbon", "PRT", 38.72, -9.14, 1), Place("madrid-esp", "Madrid", "ESP", 40.42, -3.7, 1)]
    countries = [Country("PRT", "Portugal", 2, ("ana-costa",)), Country("ESP", "Spain", 3, ("spain-gov",)),
                 Country("USA", "United States", 1, ())]
    stances = [Stance("ana-costa", "PRT", "spain-gov", "actor", -0.7, "oppose", 0.8, ("q2", "q3"), 2),
               Stance("ana-costa", "PRT", "ESP", "country", -0.7, "oppose", 0.8, ("q2", "q3"), 2),
               Stance("ana-costa", "PRT", "deal", "topic", 0.0, "neutral", 0.5, ("q1",), 1)]
    article = ArticleRow("venue", None, "Costa says the deal is dead", "2025-06-02", None, "en", text, len(text),
                         len(text.split()))
    return ArticleTables(article=article, sentences=sentences, actors=actors, mentions=mentions, quotes=quotes_,
                         places=places, countries=countries, stances=stances)


def test_fragments_of_one_sentence_fold_into_one_statement():
    st = statements.statements(_venue_tables())
    assert st["quote_ids"].tolist() == [["q1"], ["q2", "q3"]]
    assert st["kind"].tolist() == ["direct", "indirect"]  # the containing row leads
    assert charts.statement_counts(_venue_tables()).to_dict() == {"Ana Costa": 2}


def test_where_said_is_the_place_in_the_attribution_and_carries_to_later_statements():
    st = statements.statements(_venue_tables())
    assert st["where"].tolist() == ["Lisbon", "Lisbon"]
    assert st["where_inherited"].tolist() == [False, True]
    # Madrid is inside the quoted content of q2: never where the statement was made
    assert "madrid-esp" not in st["where_id"].tolist()


def test_about_whom_drops_a_country_copy_of_its_actor_and_tone_follows_the_strongest_stance():
    st = statements.statements(_venue_tables())
    second = st.iloc[1]
    assert second["about"] == ["Spanish government"] and second["tone"] == "negative"
    assert second["tone_target"] == "Spanish government"
    assert st.iloc[0]["topics"] == ["deal"] and st.iloc[0]["tone"] == "neutral"


def test_quote_flow_draws_neutral_links_thin_and_no_country_copies():
    t = _venue_tables()
    sankey = charts.quote_flow(t).data[0]
    labels = list(sankey.node.label)
    links = {labels[tg]: v for tg, v in zip(sankey.link.target, sankey.link.value)}
    assert "Spain" not in labels
    assert links == {"deal": quotes.NEUTRAL_WEIGHT, "Spanish government": 1}
    assert all(".00" not in c for c in sankey.node.customdata)


def test_map_frames_every_country_and_stars_where_statements_were_made():
    fig = charts.quote_map(_venue_tables())
    names = {t.name: list(t.text) for t in fig.data if t.type == "scattergeo"}
    assert names == {"where a statement was made": ["Lisbon"], "named in a statement": ["Madrid"]}
    lon0, lon1 = fig.layout.geo2.lonaxis.range
    assert lon0 < -97 < lon1  # the United States' centre is inside its inset
    assert fig.data[0].zmin == 1  # one mention is already the first visible blue


def test_labels_of_close_places_go_to_different_sides():
    df = pd.DataFrame({"name": ["Ukraine", "Kyiv", "Far"], "lat": [49.0, 50.4, 10.0], "lon": [32.0, 30.5, -60.0],
                       "n_mentions": [5, 1, 1]})
    geo = quotes.frame_geo(df["lat"], df["lon"])
    spots = quotes.place_labels(df, geo)
    assert spots[0] != spots[1]
    crowd = pd.DataFrame({"name": [f"Town{i}" for i in range(9)], "lat": [50.0 + i / 100 for i in range(9)],
                          "lon": [30.0] * 9, "n_mentions": [1] * 9})
    narrow = quotes.place_labels(crowd, quotes.frame_geo(crowd["lat"], crowd["lon"]), width=60, clear=True)
    assert narrow[0] == "top center" and "" in narrow  # no room: a label that cannot be placed free is left out


def test_titles_state_the_finding():
    t = sample_tables()
    # Soto's stance cites two quotes of one sentence (his reported speech and a partial quote in it): one
    # sentence, no finding; Berg's (one quote) and the council's (confidence 0.7) are leads too
    assert _base.stance_finding(t) == ""
    soto = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("q2", "e1")) if s.holder_id ==
                                           "pablo-soto" and s.target == "fishing accord" else s for s in t.stances])
    assert _base.stance_finding(soto) == "Soto opposes the fishing accord"  # a quote and an event, two sentences
    firm = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("e1", "e7"), confidence=0.9)
                                           for s in t.stances])
    assert _base.stance_finding(firm) == "Berg and the Norwegian Fisheries Council back the fishing accord; " \
                                         "Berg opposes Soto"
    # her stance on the Spanish government cites a reported sentence and a partial quote inside it: one sentence,
    # not firm enough to say "against" in a title; with a second sentence it is
    assert charts.quote_flow(_venue_tables()).layout.title.text == "Costa makes 2 of 2 statements"
    venue = _venue_tables()
    two = dataclasses.replace(venue, stances=[dataclasses.replace(s, evidence=("q1", "q2")) for s in venue.stances])
    assert charts.quote_flow(two).layout.title.text == \
        "Costa makes 2 of 2 statements, 2 of them against the Spanish government"
    assert charts.quote_map(_venue_tables()).layout.title.text.startswith("Statements were made in Lisbon")


def test_one_holder_on_one_side_is_one_clause():
    # invented: Soto's firm opposition to the accord copied toward Berg; one clause names both targets
    t = sample_tables()
    t = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("q2", "e1")) if s.holder_id == "pablo-soto"
                                        and s.target == "fishing accord" else s for s in t.stances])
    soto = next(s for s in t.stances if s.holder_id == "pablo-soto" and s.label == "oppose")
    also = dataclasses.replace(soto, target="anna-berg", target_kind="actor", score=-0.5)
    assert _base.stance_finding(dataclasses.replace(t, stances=[*t.stances, also])) == \
        "Soto opposes the fishing accord and Berg"
    backs = dataclasses.replace(soto, target="quota", target_kind="topic", score=0.5, label="support")
    assert _base.stance_finding(dataclasses.replace(t, stances=[*t.stances, also, backs])) == \
        "Soto opposes the fishing accord and Berg, and backs the quota"
    faint = dataclasses.replace(backs, score=0.25)  # firm, but near neutral: no headline
    assert _base.stance_finding(dataclasses.replace(t, stances=[*t.stances, also, faint])) == \
        "Soto opposes the fishing accord and Berg"


def test_titles_state_no_finding_from_weak_or_single_evidence_rows():
    t = sample_tables()
    unsure = dataclasses.replace(t, stances=[dataclasses.replace(s, confidence=0.5) for s in t.stances])
    assert _base.stance_finding(unsure) == ""
    assert _base.stance_caveat(unsure).startswith("5 stances for or against found, none firm enough")
    for build in (charts.stance_heatmap, charts.stance_bars):
        title = build(unsure).layout.meta["title"]  # the title before it is wrapped into lines
        assert ("none firm enough to state as a finding" in title or title.startswith("No stance is firm enough"))
        assert "opposes" not in title and "supports" not in title, title
    bars = charts.stance_bars(unsure)
    assert [tr.name for tr in bars.data if tr.showlegend] == ["hatched, below the line: low confidence (below 0.75)"]
    assert all(tr.marker.pattern.shape == "/" for tr in bars.data)
    heat = charts.stance_heatmap(unsure).data[0]
    assert all(c.split("<br>")[0].endswith(" ?") for row in heat.text for c in row if c)


def test_choropleth_of_one_country_is_not_drawn():
    t = sample_tables()
    one = dataclasses.replace(t, stances=[s for s in t.stances if s.holder_country == "CHL"])
    fig = charts.stance_choropleth(one)
    assert charts.is_empty(fig) and not list(fig.data[0].locations)
    assert "only one country's officials (Chile) take a stance" in fig.layout.title.text


def test_note_under_a_chart_says_what_was_measured_and_accuracy(monkeypatch):
    fig = charts.quote_flow(sample_tables())
    assert _base.accuracy_line("quotes") in fig.layout.meta["note"]  # whatever accuracy.csv holds now
    monkeypatch.setattr(_base, "accuracy_table", lambda: {})
    assert "quotes: not yet measured" in charts.quote_flow(sample_tables()).layout.meta["note"]
    monkeypatch.setattr(_base, "accuracy_table", lambda: {
        "quotes": {"table": "quotes", "measure": "who-said-what F1", "value": "0.5", "articles": "12"}})
    assert _base.accuracy_line("quotes") == "quotes: who-said-what F1 0.50 on 12 unseen articles"
    assert _base.accuracy_line("stances") == "stances: not yet measured"
    assert _base.chart_note("Counts", ("quotes",)).startswith("Counts. Accuracy of the tables on unseen articles")


def test_accuracy_file_has_no_invented_figures():
    rows = _base.accuracy_table()
    assert {"quotes", "stances", "events", "places", "countries"} <= set(rows)
    for row in rows.values():
        assert row["value"] == "" or row["measured_on"], f"{row['table']}: a value without the date it was measured"


def test_who_said_what_table_is_escaped_searchable_and_links_each_sentence():
    t = sample_tables(extra_text=" " + INJECT)
    page = charts.who_said_what_html(t)
    assert "<script>window" not in page and "&lt;script&gt;window" in page
    assert page.count('<tr class="st"') == 2 and page.count('<tr class="detail" hidden>') == 2
    assert 'type="search"' in page and page.count("<mark>") == 2
    assert re.findall(r'href="01_article.html#sentence-(\d+)"', page) == ["1", "2"]
    assert all(f'id="sentence-{i}"' in charts.article_html(t) for i in (1, 2))
    assert "No quotes" in charts.who_said_what_html(ArticleTables(article=t.article))
    assert ">nan<" not in page.lower() and "None" not in page  # missing roles, places and targets stay blank


def test_display_frame_reads_like_a_table():
    df = pd.DataFrame({"text": ["a b"], "start": [3], "cue_start": [1.0], "sentence_id": [7.0], "speaker": [None],
                       "actors": [["x", "y"]]})
    out = render.display_frame(df)
    assert list(out.columns) == ["text", "sentence_id", "speaker", "actors"]
    assert out.iloc[0].tolist() == ["a b", 7, "", "x, y"]


def test_figures_export_svg_and_refit_on_phones():
    markup = charts.figure_html(charts.quote_map(sample_tables()))
    assert "format:'svg'" in markup and "toImageButtonOptions" in markup
    assert f"if(w<{render.NARROW})" in markup and '"displayModeBar": true' in markup


@pytest.mark.parametrize("field", ["speaker", "text"])
def test_statements_survive_missing_speakers(field):
    t = sample_tables()
    q = [dataclasses.replace(t.quotes[0], speaker=None, speaker_id=None), *t.quotes[1:]]
    st = statements.statements(dataclasses.replace(t, quotes=q))
    assert st.iloc[0]["speaker"] == statements.UNATTRIBUTED and st.iloc[0][field]


def _one_sentence(text: str, content: str, speaker: str, cue: str) -> ArticleTables:
    """One sentence with one indirect quote of Ana Costa, and Lisbon and Porto as places."""
    qa, sa, ca = text.index(content), text.index(speaker), text.index(cue)
    quote = Quote("q1", "indirect", content, qa, qa + len(content), "ana-costa", "Ana Costa", speaker, sa,
                  sa + len(speaker), "say", ca, ca + len(cue), 0, 0)
    article = ArticleRow("one", None, "t", "2025-06-02", None, "en", text, len(text), len(text.split()))
    return ArticleTables(article=article, sentences=[Sentence(0, 0, 0, len(text), text, False)],
                         actors=[Actor("ana-costa", "Ana Costa", "person", None, "PRT", 1, sa)], quotes=[quote],
                         places=[Place("lisbon", "Lisbon", "PRT", 38.7, -9.1, 1), Place("porto", "Porto", "PRT", 41.1, -8.6, 1)])


@pytest.mark.parametrize("text, content, speaker, cue, where", [
    ("Ana Costa said on Monday in Porto that the deal was dead.", "the deal was dead", "Ana Costa", "said", "Porto"),
    ("The deal is dead, said Ana Costa in Porto.", "The deal is dead", "Ana Costa", "said", "Porto"),
    # a place in a clause about the speaker, or inside what was said, is not where it was said
    ("Ana Costa, who grew up in Lisbon, said the deal was dead.", "the deal was dead", "Ana Costa", "said", None),
    ("Ana Costa said the deal in Porto was dead.", "the deal in Porto was dead", "Ana Costa", "said", None),
    ("Ana Costa said the deal was dead. In Porto, fishermen cheered.", "the deal was dead", "Ana Costa", "said", None),
])
def test_where_said_only_from_the_attribution(text, content, speaker, cue, where):
    got = statements.statements(_one_sentence(text, content, speaker, cue))["where"].iloc[0]
    assert (got if isinstance(got, str) else None) == where


def test_a_person_is_named_by_the_word_the_article_uses_alone():
    t = _venue_tables()
    wen = Actor("wen-bao", "Wen Bao", "person", "minister", "CHN", 3, 0)
    mentions = [Mention("wen-bao", 0, 7, "Wen Bao", 0, "name"), Mention("wen-bao", 20, 27, "Mr. Wen", 0, "title"),
                Mention("wen-bao", 40, 47, "Mr. Wen", 1, "title")]
    t2 = dataclasses.replace(t, actors=[*t.actors, wen], mentions=[*t.mentions, *mentions])
    assert _base.short_name(t2, "wen-bao") == "Wen"  # surname first, as the article calls him
    assert _base.short_name(t, "ana-costa") == "Costa"  # no short mention: the last word


def test_sankey_title_names_no_side_from_a_weak_stance():
    t = _venue_tables()
    weak = dataclasses.replace(t, stances=[dataclasses.replace(s, confidence=0.5) for s in t.stances])
    assert charts.quote_flow(weak).layout.title.text == "Costa makes 2 of 2 statements"


def test_map_frames_whole_countries_not_only_their_centres():
    fig = charts.quote_map(_venue_tables())  # Portugal, Spain and the United States
    lon0, lon1 = fig.layout.geo2.lonaxis.range
    assert lon0 < -124 and lon1 > -67  # the United States' inset holds its west and east coasts
    lon0, lon1 = fig.layout.geo.lonaxis.range
    assert lon0 < -9 and 3 < lon1 < 60  # the main map holds Portugal and Spain, not the Atlantic to America
    from helpers.charts.geo import country_extent
    west, _, east, _ = country_extent("RUS", 100.0)
    assert east - west <= 90  # a very wide country is framed around its centre only
