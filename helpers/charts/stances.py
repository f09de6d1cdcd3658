"""Who stands where: the holder × target heatmap, diverging bars and a stance choropleth.

Pure functions of the tables, each figure with a fixed id. Scores run from -1 (oppose) to +1
(support) on one diverging red-grey-blue scale (ColorBrewer RdBu, colour-blind safe); holders and
targets are shown by name, never by id; every hover carries the evidence sentence
(``evidence_text``, else the evidence quotes). Rows with a zero score draw no bar. Titles state
the finding. The choropleth shades the countries whose officials hold a stance toward the main
topic (the topic with the most evidence) and is fitted to the countries involved, not the world.
"""
from __future__ import annotations

from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from ._base import DIVERGING, actor_names, esc, finish, tone_color, wrap

HEATMAP_ID, BARS_ID, CHOROPLETH_ID = "stance-heatmap", "stance-bars", "stance-choropleth"
SCORE_AXIS = "Stance score (−1 oppose … +1 support)"


def _country_name(iso3: str, known: dict[str, str]) -> str:
    if iso3 in known:
        return known[iso3]
    try:
        from ..gazetteer import country_name

        return country_name(iso3) or iso3
    except (ImportError, ValueError, FileNotFoundError, KeyError):
        return iso3


def _evidence_texts(s, quotes: dict[str, str]) -> list[str]:
    text = getattr(s, "evidence_text", "") or ""
    if text:
        return [text]
    return [quotes[q] for q in s.evidence if q in quotes]


def stance_frame(tables) -> pd.DataFrame:
    """Stances with display names for holder and target and the evidence sentence(s)."""
    names = actor_names(tables)
    countries = {c.iso3: c.name for c in tables.countries}
    quotes = {q.quote_id: q.text for q in tables.quotes}
    rows = []
    for s in tables.stances:
        if s.target_kind == "actor":
            label = names.get(s.target) or s.target.replace("-", " ").title()
        elif s.target_kind == "country":
            label = _country_name(s.target, countries)
        else:
            label = s.target
        rows.append({"holder_id": s.holder_id, "holder": names.get(s.holder_id) or s.holder_id.replace("-", " ").title(),
                     "holder_country": s.holder_country,
                     "holder_country_name": _country_name(s.holder_country, countries) if s.holder_country else None,
                     "target": s.target, "target_kind": s.target_kind, "target_label": label,
                     "score": float(s.score), "label": s.label, "confidence": float(getattr(s, "confidence", 1.0)),
                     "n_evidence": s.n_evidence, "evidence": list(s.evidence),
                     "evidence_text": _evidence_texts(s, quotes)})
    cols = ["holder_id", "holder", "holder_country", "target", "target_kind", "target_label",
            "score", "label", "confidence", "n_evidence", "evidence", "evidence_text", "holder_country_name"]
    return pd.DataFrame(rows, columns=cols)


def _finding(df: pd.DataFrame) -> Optional[str]:
    """One sentence: how many stances oppose and support, and the strongest one."""
    polar = df[df["score"] != 0]
    if polar.empty:
        return None
    n_opp, n_sup = int((polar["score"] < 0).sum()), int((polar["score"] > 0).sum())
    # the strongest: most evidence, then score × confidence
    top = polar.loc[(polar["score"].abs() * polar["confidence"] + polar["n_evidence"]).idxmax()]
    verb = "opposes" if top["score"] < 0 else "supports"
    return (f"{top['holder']} {verb} {top['target_label']}; "
            f"{n_opp} stance{'s' if n_opp != 1 else ''} against, {n_sup} in favour")


def _hover(r) -> str:
    evidence = "<br>".join("“" + wrap(t, width=80, limit=240) + "”" for t in list(r.evidence_text)[:3])
    return (f"<b>{esc(r.holder)}</b> → {esc(r.target_label)} ({esc(r.target_kind)}): "
            f"{esc(r.label)} {r.score:+.2f}<br>{evidence or '(no evidence sentence)'}")


def stance_heatmap(tables) -> go.Figure:
    df = stance_frame(tables)
    fig = go.Figure()
    holders: list = []
    if not df.empty:
        cell = df.groupby(["holder", "target_label"], sort=False).agg(
            score=("score", "mean"), n=("n_evidence", "sum"),
            text=("evidence_text", lambda s: next((t[0] for t in s if t), ""))).reset_index()
        holders = cell.groupby("holder")["n"].sum().sort_values(ascending=True, kind="stable").index.tolist()
        targets = cell.groupby("target_label")["n"].sum().sort_values(ascending=False, kind="stable").index.tolist()
        z = cell.pivot(index="holder", columns="target_label", values="score").reindex(index=holders, columns=targets)
        ev = cell.pivot(index="holder", columns="target_label", values="text").reindex(index=holders, columns=targets)
        fig.add_trace(go.Heatmap(
            z=z.values.tolist(), x=[esc(t) for t in targets], y=[esc(h) for h in holders],
            zmin=-1, zmax=1, zmid=0, colorscale=DIVERGING, xgap=2, ygap=2,
            colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
            text=[[("" if pd.isna(v) else f"{v:+.2f}") for v in row] for row in z.values],
            texttemplate="%{text}",
            customdata=[[("" if pd.isna(t) else "“" + wrap(t, width=80, limit=240) + "”") for t in row]
                        for row in ev.values],
            hovertemplate="%{y} → %{x}<br>score %{z:+.2f}<br>%{customdata}<extra></extra>",
        ))
    fig.update_xaxes(title_text="Target (actor, country or topic)", side="bottom")
    fig.update_yaxes(title_text="Holder")
    finding = _finding(df)
    return finish(fig, tables, chart_id=HEATMAP_ID,
                  title=f"Who stands where: {finding}" if finding else "Who stands where: holder × target",
                  frame=df, empty_message="No stances in this article's tables.",
                  height=max(360, 160 + 40 * len(holders)), bottom=110)


def stance_bars(tables) -> go.Figure:
    df = stance_frame(tables)
    df = df[df["score"] != 0].sort_values("score", kind="stable").reset_index(drop=True)  # no zero-length bars
    labels = [f"{esc(r.holder)} → {esc(r.target_label)}" for r in df.itertuples()]
    fig = go.Figure()
    if not df.empty:
        fig.add_trace(go.Bar(
            x=df["score"], y=labels, orientation="h", name="stance",
            marker={"color": [tone_color(s) for s in df["score"]], "line": {"width": 0}},
            hovertext=[_hover(r) for r in df.itertuples()], hoverinfo="text",
        ))
    fig.update_xaxes(title_text=SCORE_AXIS, range=[-1.05, 1.05], zeroline=True, zerolinecolor="#444",
                     zerolinewidth=1.5)
    fig.update_yaxes(title_text="Holder → target", type="category")
    fig.update_layout(showlegend=False, bargap=0.25)
    finding = _finding(df)
    return finish(fig, tables, chart_id=BARS_ID,
                  title=f"Stances with their evidence: {finding}" if finding else "Stances with their evidence",
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
    """Per country whose officials hold a stance toward ``topic``: mean score, holders, evidence."""
    df = stance_frame(tables)
    topic = topic or main_topic(tables)
    part = df[(df["target"] == topic) & df["holder_country"].notna()] if topic else df.head(0)
    cols = ["iso3", "country", "topic", "topic_label", "score", "n_holders", "holders", "evidence_text"]
    if part.empty:
        return pd.DataFrame(columns=cols)
    out = part.groupby("holder_country").agg(
        score=("score", "mean"), n_holders=("holder", "nunique"), holders=("holder", lambda s: sorted(set(s))),
        country=("holder_country_name", "first"), topic_label=("target_label", "first"),
        evidence_text=("evidence_text", lambda s: [t for ts in s for t in ts][:3])).reset_index()
    out = out.rename(columns={"holder_country": "iso3"})
    out["topic"] = topic
    return out[cols]


def stance_choropleth(tables, *, topic: Optional[str] = None) -> go.Figure:
    df = choropleth_frame(tables, topic=topic)
    topic = topic or main_topic(tables)
    label = df["topic_label"].iloc[0] if not df.empty else topic
    fig = go.Figure(go.Choropleth(
        locations=df["iso3"].tolist(), z=df["score"].tolist(), locationmode="ISO-3", zmin=-1, zmax=1, zmid=0,
        colorscale=DIVERGING, marker_line_color="#666", marker_line_width=0.5, name="stance",
        colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
        hovertext=[f"<b>{esc(r.country)}</b>: {r.score:+.2f} toward {esc(r.topic_label)}<br>"
                   f"holders: {esc(', '.join(r.holders))}<br>"
                   + "<br>".join("“" + wrap(t, width=80, limit=240) + "”" for t in r.evidence_text)
                   for r in df.itertuples()], hoverinfo="text",
    ))
    # fitted to the countries involved, not the whole world
    fig.update_geos(resolution=110, projection_type="natural earth", showcountries=True,
                    countrycolor="#999", showland=True, landcolor="#F2F2F2", showocean=True,
                    oceancolor="#EAF2F8", showframe=False,
                    fitbounds="locations" if not df.empty else False)
    if df.empty:
        title = f"No official's stance toward “{label}” by country" if label else "Stance by the holder's country"
    else:
        sup = df.loc[df["score"] > 0, "country"].tolist()
        opp = df.loc[df["score"] < 0, "country"].tolist()
        def listed(xs):
            return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]
        parts = ([f"{listed(sup)} {'is' if len(sup) == 1 else 'are'} for it"] if sup else []) + \
            ([f"{listed(opp)} {'is' if len(opp) == 1 else 'are'} against it"] if opp else [])
        title = f"“{label}”: " + "; ".join(parts) if parts else f"Stance toward “{label}” by country"
    return finish(fig, tables, chart_id=CHOROPLETH_ID, title=title, frame=df,
                  empty_message="No stance of a country's official toward the main topic.", height=500)
