"""helpers.charts: figure builders on hand-written tables, empty tables, escaping and CSV export."""
from __future__ import annotations

import dataclasses

import json
import re

import pandas as pd
import pytest

from helpers import charts
from helpers.charts._base import FOOTER_NAME, NEGATIVE, POSITIVE, tone_color
from helpers.charts.sample import sample_tables
from helpers.tables import ArticleTables

INJECT = ' <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


@pytest.fixture(scope="module")
def empty(tables):
    return ArticleTables(article=tables.article)


@pytest.mark.parametrize("chart_id", list(charts.BUILDERS))
def test_every_chart_has_id_source_note_and_data(tables, chart_id):
    fig = charts.BUILDERS[chart_id](tables)
    assert charts.chart_id(fig) == chart_id
    assert not charts.is_empty(fig)
    assert len(fig.data) >= 1
    footers = [a.text for a in fig.layout.annotations if a.name == FOOTER_NAME]
    assert len(footers) == 1
    assert footers[0].split("<br>")[-1] == \
        "Source: Norway and Chile disagree over fishing accord (published 2025-03-14); tables by helpers"
    assert fig.layout.margin.b >= 15 * footers[0].count("<br>")  # the note has room under the chart
    assert not charts.chart_frame(fig).empty


@pytest.mark.parametrize("chart_id", list(charts.BUILDERS))
def test_every_chart_survives_empty_tables(empty, chart_id):
    fig = charts.BUILDERS[chart_id](empty)
    assert charts.is_empty(fig)
    assert any("No " in (a.text or "") for a in fig.layout.annotations)
    assert charts.chart_frame(fig).empty


@pytest.mark.parametrize("chart_id", ["actor-timeline", "quote-positions", "stance-heatmap", "stance-bars"])
def test_cartesian_charts_label_both_axes(tables, chart_id):
    fig = charts.BUILDERS[chart_id](tables)
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text


def test_quote_targets_are_per_statement_from_evidence_and_mentions(tables):
    df = charts.quote_targets(tables)
    got = [(r.quote_ids, r.speaker, r.target_label, r.score) for r in df.itertuples()]
    # q2 (indirect) and q3 (partial) are one sentence of Soto's: one statement
    assert got == [(["q1"], "Anna Berg", "fishing accord", 0.8), (["q2", "q3"], "Pablo Soto", "Norway", -0.4),
                   (["q2", "q3"], "Pablo Soto", "fishing accord", -0.6)]


def test_quote_flow_links_count_statements_and_are_coloured_by_tone(tables):
    sankey = charts.quote_flow(tables).data[0]
    labels = list(sankey.node.label)
    links = {(labels[s], labels[t]): (v, c) for s, t, v, c in
             zip(sankey.link.source, sankey.link.target, sankey.link.value, sankey.link.color)}
    assert links[("Anna Berg", "fishing accord")] == (1, tone_color(0.8, alpha=0.6))
    assert links[("Pablo Soto", "fishing accord")] == (1, tone_color(-0.6, alpha=0.6))
    # that stance's confidence (0.6) is low: the link keeps its tone but is drawn paler
    assert links[("Pablo Soto", "Norway")] == (1, tone_color(-0.4, alpha=0.3))
    assert list(sankey.node.customdata)[:2] == ["Anna Berg: 1 statement(s)", "Pablo Soto: 1 statement(s)"]
    assert all(re.search(r": \d+ statement\(s\), tone", c) for c in sankey.link.customdata)


def test_quote_positions_in_reading_order(tables):
    df = charts.chart_frame(charts.quote_positions(tables))
    assert df["quote_ids"].tolist() == [["q1"], ["q2", "q3"]]
    assert df["start_pct"].between(0, 100).all() and (df["end_pct"] > df["start_pct"]).all()


def test_quote_map_draws_places_over_countries(tables):
    fig = charts.quote_map(tables)
    # Norway (with Oslo and Bergen) is the main map; Chile, 80 degrees of longitude away, the inset
    assert [(t.type, t.geo) for t in fig.data] == [("choropleth", "geo"), ("choropleth", "geo2"), ("scattergeo", "geo")]
    assert list(fig.data[0].locations) == ["NOR", "CHL"]
    assert list(fig.data[2].text) == ["Oslo", "Bergen"] and fig.data[2].name == "only mentioned"
    places = charts.chart_frame(fig).query("layer == 'place'")
    # no statement names Oslo or Bergen or was made there
    assert places["n_named"].tolist() == [0, 0] and places["n_said"].tolist() == [0, 0]


def test_the_map_csv_reads_as_a_table(tables):
    # the layer leads, counts are whole numbers on every row, a country's actors are named, not ids
    lines = charts._base.csv_text(charts.quote_map(tables)).splitlines()
    assert lines[0].startswith("layer,") and "inset" not in lines[0]
    assert lines[1].startswith("place,oslo,Oslo,NOR,") and ",1,0,0," in lines[1]
    assert "Anna Berg; Norwegian Fisheries Council" in next(x for x in lines if x.startswith("country,"))


def test_stance_charts(tables):
    heat = charts.stance_heatmap(tables).data[0]
    assert list(heat.y) == ["Norwegian Fisheries Council", "Anna Berg", "Pablo Soto"] or \
        set(heat.y) == {"Norwegian Fisheries Council", "Anna Berg", "Pablo Soto"}
    assert heat.zmin == -1 and heat.zmax == 1
    bars = charts.stance_bars(tables).data[0]
    assert list(bars.x) == sorted(bars.x)
    assert bars.marker.color[0] == tone_color(-0.6, alpha=0.6) and bars.marker.color[-1] == tone_color(0.8, alpha=0.8)
    assert "will not accept quotas" in bars.hovertext[0]
    assert charts.main_topic(tables) == "fishing accord"
    choro = charts.chart_frame(charts.stance_choropleth(tables))
    assert {r.iso3: r.score for r in choro.itertuples()} == {"CHL": -0.6, "NOR": pytest.approx(0.65)}


def test_diverging_colours_are_blue_and_red_not_green():
    assert tone_color(0.9).startswith("rgba(33,102,172") and POSITIVE == "#2166AC"
    assert tone_color(-0.9).startswith("rgba(178,24,43") and NEGATIVE == "#B2182B"
    assert tone_color(0.05).startswith("rgba(158,158,158")


def test_article_text_is_escaped_everywhere():
    t = sample_tables(extra_text=INJECT)
    page = charts.article_html(t)
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    for chart_id, build in charts.BUILDERS.items():
        fig = build(t)
        text = json.dumps(fig.to_plotly_json(), default=str)
        assert "<script" not in text and "<img" not in text, chart_id
        markup = charts.figure_html(fig)
        # the only <script> element is the one drawing the figure
        assert markup.count("<script") == 1 and "</script><img" not in markup


def test_article_html_shades_quotes_and_underlines_mentions(tables):
    page = charts.article_html(tables)
    assert page.count('class="m"') >= 5
    assert 'title="Anna Berg · direct quote (say)"' in page
    assert 'title="Pablo Soto · partial quote (warn)"' in page
    assert '<span class="bp" title="boilerplate">Support us via PayPal.</span>' in page


def test_figure_html_has_fixed_id_and_csv_link(tables):
    markup = charts.figure_html(charts.stance_bars(tables))
    assert '<div id="stance-bars"' in markup
    assert 'data-empty="false"' in markup
    m = re.search(r'href="data:text/csv;charset=utf-8,([^"]+)"', markup)
    from urllib.parse import unquote
    csv = unquote(m.group(1))
    assert csv.splitlines()[0].startswith("holder_id,holder,holder_country,target")
    assert len(csv.splitlines()) == 6


def test_export_csv(tmp_path, tables):
    path = charts.export_csv(charts.quote_flow(tables), tmp_path / "flow.csv")
    df = pd.read_csv(path)
    assert df["statement_id"].tolist() == ["s1", "s2", "s2"] and df["quote_ids"].tolist() == ["q1", "q2; q3", "q2; q3"]
    charts.export_csv(pd.DataFrame({"a": [[1, 2]]}), tmp_path / "list.csv")
    assert (tmp_path / "list.csv").read_text().splitlines() == ["a", "1; 2"]
    with pytest.raises(ValueError):
        charts.export_csv(pd.DataFrame(), tmp_path / "x.txt")


def test_summaries(tables, empty):
    assert charts.table_counts(tables)["rows"].to_dict() == {
        "sentences": 6, "actors": 3, "mentions": 5, "quotes": 3, "times": 3, "events": 7, "places": 2,
        "countries": 2, "stances": 5}
    # Soto's indirect quote and the partial quote of the same sentence are one statement
    assert charts.quotes_summary(tables).to_dict("index") == {
        "Anna Berg": {"statements": 1, "direct": 1, "indirect": 0, "partial": 0},
        "Pablo Soto": {"statements": 1, "direct": 0, "indirect": 1, "partial": 0}}
    assert charts.events_summary(tables).loc["statement"].tolist() == [2, 2, "2025-03-14", "2025-03-14", 1]
    undated = dataclasses.replace(tables, events=[dataclasses.replace(e, date=None) for e in tables.events])
    assert charts.events_summary(undated).loc["statement"].tolist() == [2, 0, "undated", "undated", 1]  # never NaN
    # invented: one statement dated "this month" (month precision), one "last year": no first day of a period
    vague = dataclasses.replace(tables, events=[
        dataclasses.replace(e, date=d, date_precision=p) for e, (d, p) in
        zip(tables.events, [(None, None), ("2025-03-01", "month"), ("2024-01-01", "year")] + [(None, None)] * 9)])
    assert charts.events_summary(vague).loc["statement", ["first", "last"]].tolist() == ["2024", "2025-03"]
    # the columns read as words, the same with and without events
    assert list(charts.events_summary(tables).columns) == list(charts.events_summary(empty).columns) == [
        "events", "dated", "first", "last", "dated by publication day"]
    stances = charts.stances_summary(tables)
    assert stances["score"].tolist() == [-0.6, -0.5, -0.4, 0.5, 0.8]
    # Soto (0.8, two quotes of one sentence) rests on one sentence; Berg's on Soto on nothing quoted; the council
    # (0.7) is unsure; each row names the sentences of its evidence (numbered from 1)
    assert stances["strength"].tolist() == ["1 source sentence", "no evidence cited", "low confidence",
                                          "low confidence", "1 source sentence"]
    assert stances["sentence"].tolist() == ["3", "", "3", "", "2"]
    # names, not ids, and the holder as the index (no bare 0, 1, 2 column)
    assert stances.index.name == "holder" and stances["target"].tolist()[:3] == ["fishing accord", "Pablo Soto",
                                                                                 "Norway"]
    assert charts.headline(tables)["top_speakers"] == [("Anna Berg", 1), ("Pablo Soto", 1)]
    assert charts.actors_summary(tables)["statements"].to_dict() == {
        "Anna Berg": 1, "Pablo Soto": 1, "Norwegian Fisheries Council": 0}
    for f in (charts.table_counts, charts.quotes_summary, charts.events_summary, charts.stances_summary,
              charts.actors_summary):
        f(empty)


def test_seed_tables_draw(seed_tables):
    """The real pipeline's tables (full or still empty) never break a chart."""
    for chart_id, build in charts.BUILDERS.items():
        fig = build(seed_tables)
        assert charts.chart_id(fig) == chart_id
        assert charts.is_empty(fig) == charts.chart_frame(fig).empty


def test_foreign_figures_get_unique_ids_and_draw_where_they_stand():
    import plotly.graph_objects as go

    a = charts.figure_html(go.Figure(go.Bar(x=[1], y=[2])))
    b = charts.figure_html(go.Figure(go.Bar(x=[1], y=[3], meta=[1, 2])))
    ids = [re.search(r'<div id="([^"]+)"', m).group(1) for m in (a, b)]
    assert ids[0] != ids[1] and all(i.startswith("figure-") for i in ids)
    assert "document.currentScript.previousElementSibling" in a
    assert "Download the data of this chart (CSV, 1 rows)" in a


def test_the_note_under_a_chart_says_on_what_scale_the_accuracy_is(monkeypatch):
    from helpers.charts import _base

    monkeypatch.setattr(_base, "accuracy_table", lambda: {
        "events": {"table": "events", "measure": "event F1", "value": "0.5", "articles": "9"}})
    assert _base.chart_note("Events", ("events",)).endswith("0.50 on 9 unseen articles (each on a scale where 1 is "
                                                            "perfect).")
    assert "scale" not in _base.chart_note("Events", ("places",))  # nothing measured: no scale to explain


def test_a_second_measure_of_a_table_joins_the_note(monkeypatch):
    from helpers.charts import _base

    monkeypatch.setattr(_base, "accuracy_table", lambda: {
        "stances": {"table": "stances", "measure": "rows right", "value": "0.7", "articles": "9"}})
    monkeypatch.setattr(_base, "accuracy_more", lambda: {
        "stances": [{"table": "stances", "measure": "stances found", "value": "0.15", "articles": "9"}]})
    assert _base.accuracy_line("stances") == "stances: rows right 0.70, stances found 0.15 on 9 unseen articles"


def test_the_first_row_of_a_table_in_accuracy_csv_is_its_main_measure():
    from helpers.charts import _base
    from helpers.reference import read_table

    rows = [r for r in read_table("accuracy.csv") if r.get("table") == "stances"]
    line = _base.accuracy_line("stances")
    assert line.startswith(f"stances: {rows[0]['measure']}") and all(r["measure"] in line for r in rows)
