"""The stance charts (issue 16): names not ids, no zero-length bars, evidence in every hover,
a choropleth fitted to the countries involved, titles that state the finding."""
from __future__ import annotations

import dataclasses

from helpers import charts
from helpers.charts.sample import sample_tables


def _with_zero_and_evidence():
    t = sample_tables()
    rows = [dataclasses.replace(s, evidence_text=f"Sentence behind {s.holder_id} and {s.target}.") for s in t.stances]
    # Soto's stance on the accord in two sentences (a quote and an event), so that it is firm: the sample's own cites
    # two quotes of one sentence
    rows = [dataclasses.replace(s, evidence=("q2", "e1")) if s.holder_id == "pablo-soto" and s.target ==
            "fishing accord" else s for s in rows]
    rows.append(dataclasses.replace(rows[0], target="quota", score=0.0, label="neutral"))
    t.stances = rows
    return t


def test_bars_have_no_zero_length_bar_and_evidence_in_every_hover():
    t = _with_zero_and_evidence()
    bars = charts.stance_bars(t).data  # confident rows, then low-confidence rows, one trace each
    xs = [x for bar in bars for x in bar.x]
    assert 0.0 not in xs and len(xs) == len(t.stances) - 1
    assert all("Sentence behind" in h for bar in bars for h in bar.hovertext)


def test_names_never_ids_on_axes_and_in_summary():
    t = _with_zero_and_evidence()
    ids = {a.actor_id for a in t.actors}
    heat = charts.stance_heatmap(t).data[0]
    labels = list(heat.x) + list(heat.y) + list(charts.stance_bars(t).data[0].y)
    assert not any(i in label for i in ids for label in labels)
    summary = charts.stances_summary(t)
    assert not set(summary.index) & ids and not set(summary["target"]) & ids  # holders are the index
    assert "Norway" in set(summary["target"])  # an ISO3 target by its name


def test_choropleth_fitted_to_the_countries_with_evidence_hover():
    t = _with_zero_and_evidence()
    fig = charts.stance_choropleth(t)
    geo = fig.layout.geo  # framed on Norway's whole main body (Chile sits in the inset), not fitted by plotly
    assert not geo.fitbounds and geo.lonaxis.range[0] <= 5 and geo.lonaxis.range[1] >= 30
    assert geo.lataxis.range[0] <= 58 and geo.lataxis.range[1] >= 71
    assert sorted(loc for tr in fig.data for loc in tr.locations) == ["CHL", "NOR"]  # Chile in the inset
    assert all("Sentence behind" in h for tr in fig.data for h in tr.hovertext)
    assert "Norway" in fig.layout.title.text and "against" in fig.layout.title.text


def test_titles_state_the_finding():
    t = _with_zero_and_evidence()
    title = charts.stance_heatmap(t).layout.title.text
    assert ("opposes" in title or "supports" in title) and "against" in title
