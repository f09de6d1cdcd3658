"""Who stands where: the holder × target heatmap, diverging bars and a stance choropleth.

Scores run from -1 (oppose) to +1 (support) on one diverging red-grey-blue scale; the
evidence quotes of each stance appear on hover. The choropleth shades each holder's
country by its mean stance toward the main topic (the topic with the most evidence).
"""
from __future__ import annotations

from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from ._base import DIVERGING, actor_names, esc, finish, tone_color, wrap

HEATMAP_ID, BARS_ID, CHOROPLETH_ID = "stance-heatmap", "stance-bars", "stance-choropleth"
SCORE_AXIS = "Stance score (−1 oppose … +1 support)"


def stance_frame(tables) -> pd.DataFrame:
    """Stances with display names for holder and target and the evidence quote texts."""
    names = actor_names(tables)
    countries = {c.iso3: c.name for c in tables.countries}
    quotes = {q.quote_id: q.text for q in tables.quotes}
    rows = [{"holder_id": s.holder_id, "holder": names.get(s.holder_id, s.holder_id),
             "holder_country": s.holder_country, "target": s.target, "target_kind": s.target_kind,
             "target_label": (names.get(s.target) if s.target_kind == "actor" else None)
             or (countries.get(s.target) if s.target_kind == "country" else None) or s.target,
             "score": float(s.score), "label": s.label, "n_evidence": s.n_evidence,
             "evidence": list(s.evidence), "evidence_text": [quotes[q] for q in s.evidence if q in quotes]}
            for s in tables.stances]
    cols = ["holder_id", "holder", "holder_country", "target", "target_kind", "target_label", "score", "label",
            "n_evidence", "evidence", "evidence_text"]
    return pd.DataFrame(rows, columns=cols)


def stance_heatmap(tables) -> go.Figure:
    df = stance_frame(tables)
    fig = go.Figure()
    holders: list = []
    if not df.empty:
        cell = df.groupby(["holder", "target_label"], sort=False).agg(
            score=("score", "mean"), n=("n_evidence", "sum")).reset_index()
        holders = cell.groupby("holder")["n"].sum().sort_values(ascending=True, kind="stable").index.tolist()
        targets = cell.groupby("target_label")["n"].sum().sort_values(ascending=False, kind="stable").index.tolist()
        z = cell.pivot(index="holder", columns="target_label", values="score").reindex(index=holders, columns=targets)
        n = cell.pivot(index="holder", columns="target_label", values="n").reindex(index=holders, columns=targets)
        fig.add_trace(go.Heatmap(
            z=z.values.tolist(), x=[esc(t) for t in targets], y=[esc(h) for h in holders],
            zmin=-1, zmax=1, zmid=0, colorscale=DIVERGING, xgap=2, ygap=2,
            colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
            text=[[("" if pd.isna(v) else f"{v:+.2f}") for v in row] for row in z.values],
            texttemplate="%{text}", customdata=n.fillna(0).astype(int).values.tolist(),
            hovertemplate="%{y} → %{x}<br>score %{z:+.2f} from %{customdata} quote(s)<extra></extra>",
        ))
    fig.update_xaxes(title_text="Target (actor, country or topic)", side="bottom")
    fig.update_yaxes(title_text="Holder")
    return finish(fig, tables, chart_id=HEATMAP_ID, title="Who stands where: holder × target",
                  frame=df, empty_message="No stances in this article's tables.",
                  height=max(360, 160 + 40 * len(holders)), bottom=110)


def stance_bars(tables) -> go.Figure:
    df = stance_frame(tables).sort_values("score", kind="stable").reset_index(drop=True)
    labels = [f"{esc(r.holder)} → {esc(r.target_label)}" for r in df.itertuples()]
    fig = go.Figure()
    if not df.empty:
        fig.add_trace(go.Bar(
            x=df["score"], y=labels, orientation="h", name="stance",
            marker={"color": [tone_color(s) for s in df["score"]], "line": {"width": 0}},
            hovertext=[f"<b>{esc(r.holder)}</b> → {esc(r.target_label)} ({esc(r.target_kind)}): "
                       f"{esc(r.label)} {r.score:+.2f}<br>"
                       + ("<br>".join("“" + wrap(t, width=80, limit=240) + "”" for t in r.evidence_text[:4])
                          or "(no evidence quote)")
                       for r in df.itertuples()], hoverinfo="text",
        ))
    fig.update_xaxes(title_text=SCORE_AXIS, range=[-1.05, 1.05], zeroline=True, zerolinecolor="#444",
                     zerolinewidth=1.5)
    fig.update_yaxes(title_text="Holder → target", type="category")
    fig.update_layout(showlegend=False, bargap=0.25)
    return finish(fig, tables, chart_id=BARS_ID, title="Stances with their evidence (hover for the quotes)",
                  frame=df, empty_message="No stances in this article's tables.",
                  height=max(340, 140 + 30 * len(df)))


def main_topic(tables) -> Optional[str]:
    """The topic target with the most evidence; with no topic, the most argued-about target."""
    df = stance_frame(tables)
    if df.empty:
        return None
    topics = df[df["target_kind"] == "topic"]
    pool = topics if not topics.empty else df
    return pool.groupby("target")["n_evidence"].sum().sort_values(ascending=False, kind="stable").index[0]


def choropleth_frame(tables, *, topic: Optional[str] = None) -> pd.DataFrame:
    df = stance_frame(tables)
    topic = topic or main_topic(tables)
    countries = {c.iso3: c.name for c in tables.countries}
    part = df[(df["target"] == topic) & df["holder_country"].notna()] if topic else df.head(0)
    cols = ["iso3", "country", "topic", "score", "n_holders", "holders"]
    if part.empty:
        return pd.DataFrame(columns=cols)
    out = part.groupby("holder_country").agg(score=("score", "mean"), n_holders=("holder", "nunique"),
                                             holders=("holder", lambda s: sorted(set(s)))).reset_index()
    out = out.rename(columns={"holder_country": "iso3"})
    out["country"] = out["iso3"].map(lambda c: countries.get(c, c))
    out["topic"] = topic
    return out[cols]


def stance_choropleth(tables, *, topic: Optional[str] = None) -> go.Figure:
    df = choropleth_frame(tables, topic=topic)
    topic = topic or main_topic(tables)
    fig = go.Figure(go.Choropleth(
        locations=df["iso3"].tolist(), z=df["score"].tolist(), locationmode="ISO-3", zmin=-1, zmax=1, zmid=0,
        colorscale=DIVERGING, marker_line_color="#666", marker_line_width=0.5, name="stance",
        colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
        hovertext=[f"<b>{esc(r.country)}</b>: {r.score:+.2f} toward {esc(r.topic)}<br>"
                   f"holders: {esc(', '.join(r.holders))}" for r in df.itertuples()], hoverinfo="text",
    ))
    fig.update_geos(scope="world", resolution=110, projection_type="natural earth", showcountries=True,
                    countrycolor="#999", showland=True, landcolor="#F2F2F2", showocean=True,
                    oceancolor="#EAF2F8", showframe=False, lataxis_range=[-58, 85],
                    fitbounds="locations" if not df.empty else False)
    title = f"Stance toward “{topic}” by the holder's country" if topic else "Stance by the holder's country"
    return finish(fig, tables, chart_id=CHOROPLETH_ID, title=title, frame=df,
                  empty_message="No stance of a country's actor toward the main topic.", height=500)
