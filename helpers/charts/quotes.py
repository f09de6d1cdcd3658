"""Who said what about whom: the quote flow, quote positions and the map of places.

A quote's targets are the actors it names (mentions inside its span, the speaker
excepted) and the targets of the stances that cite it as evidence; its tone toward a
target is that stance's score, or the speaker's stance toward the target, or neutral.
Quotes naming nobody flow to "(no named target)". Pure functions of the tables.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ._base import (
    NEGATIVE, NEUTRAL, POSITIVE, actor_names, color_for, esc, finish,
    sentence_texts, tone_color, tone_word, wrap,
)

FLOW_ID, POSITIONS_ID, MAP_ID = "quote-flow", "quote-positions", "quote-map"
NO_TARGET = "(no named target)"
#: light end of ColorBrewer Blues, so the vermillion place markers stay readable on top
LIGHT_BLUES = [[0.0, "#EFF3FF"], [0.5, "#BDD7E7"], [1.0, "#6BAED6"]]
UNATTRIBUTED = "(unattributed)"


def speaker_order(tables) -> list[str]:
    """Speakers' display names, most quoted first (ties by first quote)."""
    counts: dict[str, list[int]] = {}
    for q in sorted(tables.quotes, key=lambda q: q.start):
        name = q.speaker or UNATTRIBUTED
        counts.setdefault(name, [0, q.start])[0] += 1
    return sorted(counts, key=lambda n: (-counts[n][0], counts[n][1]))


def speaker_colors(tables) -> dict[str, str]:
    return color_for(speaker_order(tables))


def quote_targets(tables) -> pd.DataFrame:
    """One row per (quote, target) with the tone of the quote toward the target."""
    names = actor_names(tables)
    countries = {c.iso3: c.name for c in tables.countries}
    by_evidence: dict[str, list] = {}
    by_pair: dict[tuple[str, str], float] = {}
    for s in tables.stances:
        for qid in s.evidence:
            by_evidence.setdefault(qid, []).append(s)
        by_pair[(s.holder_id, s.target)] = s.score
    rows = []
    for q in tables.quotes:
        speaker = q.speaker or names.get(q.speaker_id) or UNATTRIBUTED
        targets: dict[str, tuple[str, float | None]] = {}
        for s in by_evidence.get(q.quote_id, []):
            label = names.get(s.target) or countries.get(s.target) or s.target
            targets[s.target] = (label, s.score)
        for m in tables.mentions:
            if q.start <= m.start and m.end <= q.end and m.actor_id != q.speaker_id and m.actor_id not in targets:
                targets[m.actor_id] = (names.get(m.actor_id, m.actor_id), by_pair.get((q.speaker_id, m.actor_id)))
        if not targets:
            targets[""] = (NO_TARGET, None)
        for target, (label, score) in targets.items():
            rows.append({"quote_id": q.quote_id, "kind": q.kind, "speaker_id": q.speaker_id, "speaker": speaker,
                         "target": target or None, "target_label": label, "score": score,
                         "tone": tone_word(score), "text": q.text})
    cols = ["quote_id", "kind", "speaker_id", "speaker", "target", "target_label", "score", "tone", "text"]
    return pd.DataFrame(rows, columns=cols)


def quote_flow(tables) -> go.Figure:
    """Sankey: speakers on the left, targets on the right, links coloured by tone."""
    df = quote_targets(tables)
    fig = go.Figure()
    if not df.empty:
        links = (df.assign(score0=df["score"].fillna(0.0))
                 .groupby(["speaker", "target_label"], sort=False)
                 .agg(n=("quote_id", "count"), score=("score0", "mean"),
                      texts=("text", lambda s: list(s)[:3])).reset_index())
        speakers = list(dict.fromkeys(links["speaker"]))
        targets = list(dict.fromkeys(links["target_label"]))
        colors = speaker_colors(tables)
        node_labels = [esc(s) for s in speakers] + [esc(t) for t in targets]
        node_colors = [colors.get(s, "#888") for s in speakers] + ["#BBBBBB"] * len(targets)
        fig.add_trace(go.Sankey(
            arrangement="snap",
            node={"label": node_labels, "color": node_colors, "pad": 14, "thickness": 16,
                  "hovertemplate": "%{label}: %{value} quote(s)<extra></extra>"},
            link={"source": [speakers.index(s) for s in links["speaker"]],
                  "target": [len(speakers) + targets.index(t) for t in links["target_label"]],
                  "value": links["n"].tolist(),
                  "color": [tone_color(s, alpha=0.55) for s in links["score"]],
                  "customdata": [f"{esc(r.speaker)} → {esc(r.target_label)}: {r.n} quote(s), "
                                 f"tone {tone_word(r.score)} ({r.score:+.2f})<br>"
                                 + "<br>".join("“" + wrap(t, width=70, limit=160) + "”" for t in r.texts)
                                 for r in links.itertuples()],
                  "hovertemplate": "%{customdata}<extra></extra>"},
        ))
        fig.add_annotation(
            text=(f"Links: <span style='color:{POSITIVE}'>■ positive</span>  "
                  f"<span style='color:{NEUTRAL}'>■ neutral</span>  "
                  f"<span style='color:{NEGATIVE}'>■ negative</span> tone toward the target"),
            xref="paper", yref="paper", x=1, y=1.06, xanchor="right", showarrow=False, font={"size": 12})
    height = max(380, 140 + 36 * max(df["speaker"].nunique() if not df.empty else 0,
                                     df["target_label"].nunique() if not df.empty else 0))
    return finish(fig, tables, chart_id=FLOW_ID, title="Who said what about whom (speaker → target)",
                  frame=df, empty_message="No quotes in this article's tables.", height=height)


def positions_frame(tables) -> pd.DataFrame:
    n = max(len(tables.article.text), 1)
    rows = [{"quote_id": q.quote_id, "speaker": q.speaker or UNATTRIBUTED, "kind": q.kind, "cue": q.cue,
             "start": q.start, "end": q.end, "start_pct": 100 * q.start / n, "end_pct": 100 * q.end / n,
             "sentence_id": q.sentence_id, "paragraph_id": q.paragraph_id, "text": q.text}
            for q in sorted(tables.quotes, key=lambda q: q.start)]
    cols = ["quote_id", "speaker", "kind", "cue", "start", "end", "start_pct", "end_pct",
            "sentence_id", "paragraph_id", "text"]
    return pd.DataFrame(rows, columns=cols)


def quote_positions(tables) -> go.Figure:
    """Where each quote stands in the article, one row per speaker, one bar per quote."""
    df = positions_frame(tables)
    order = speaker_order(tables)
    colors = speaker_colors(tables)
    fig = go.Figure()
    symbols = {"direct": "circle", "partial": "diamond", "indirect": "square"}
    for speaker in order:
        part = df[df["speaker"] == speaker]
        xs, ys = [], []
        for r in part.itertuples():
            xs += [r.start_pct, r.end_pct, None]
            ys += [speaker, speaker, None]
        fig.add_trace(go.Scatter(x=xs, y=[esc(y) if y else None for y in ys], mode="lines",
                                 line={"color": colors[speaker], "width": 8}, hoverinfo="skip",
                                 legendgroup=speaker, showlegend=False, name=esc(speaker)))
        fig.add_trace(go.Scatter(
            x=part["start_pct"], y=[esc(speaker)] * len(part), mode="markers", name=esc(speaker),
            legendgroup=speaker,
            marker={"size": 11, "color": colors[speaker], "symbol": [symbols.get(k, "circle") for k in part["kind"]],
                    "line": {"width": 1, "color": "white"}},
            hovertext=[f"<b>{esc(r.speaker)}</b> · {esc(r.kind)} quote"
                       f"{' (' + esc(r.cue) + ')' if r.cue else ''} · sentence {r.sentence_id}<br><br>“{wrap(r.text)}”"
                       for r in part.itertuples()], hoverinfo="text",
        ))
    fig.update_xaxes(title_text="Position in the article (% of characters)", range=[0, 100])
    fig.update_yaxes(title_text="Speaker", categoryorder="array", categoryarray=[esc(s) for s in reversed(order)])
    fig.update_layout(legend_title_text="Speaker (● direct ◆ partial ■ indirect)")
    return finish(fig, tables, chart_id=POSITIONS_ID, title="Where each quote stands in the article",
                  frame=df, empty_message="No quotes in this article's tables.",
                  height=max(340, 120 + 44 * len(order)))


def places_frame(tables) -> pd.DataFrame:
    """Places with coordinates, and the quotes whose sentence names them."""
    sentences = sentence_texts(tables)
    rows = []
    for p in tables.places:
        if p.lat is None or p.lon is None or pd.isna(p.lat) or pd.isna(p.lon):
            continue
        quotes = [q for q in tables.quotes if p.name and p.name in sentences.get(q.sentence_id, "")]
        rows.append({"place_id": p.place_id, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
                     "n_mentions": p.n_mentions, "n_quotes": len(quotes),
                     "speakers": sorted({q.speaker or UNATTRIBUTED for q in quotes}),
                     "quote_ids": [q.quote_id for q in quotes]})
    cols = ["place_id", "name", "country", "lat", "lon", "n_mentions", "n_quotes", "speakers", "quote_ids"]
    return pd.DataFrame(rows, columns=cols)


def _around(lat: pd.Series, lon: pd.Series, *, min_lat: float = 30, min_lon: float = 90) -> dict:
    lat0, lat1, lon0, lon1 = lat.min(), lat.max(), lon.min(), lon.max()
    pad_lat = max((min_lat - (lat1 - lat0)) / 2, 6)
    pad_lon = max((min_lon - (lon1 - lon0)) / 2, 10)
    return {"lataxis_range": [max(lat0 - pad_lat, -60), min(lat1 + pad_lat, 85)],
            "lonaxis_range": [max(lon0 - pad_lon, -180), min(lon1 + pad_lon, 180)],
            "projection_type": "mercator"}


def quote_map(tables) -> go.Figure:
    """Countries shaded by mentions, places as points sized by mentions (filled: named in a quote)."""
    df = places_frame(tables)
    countries = tables.frame("countries")
    fig = go.Figure()
    fig.add_trace(go.Choropleth(
        locations=countries["iso3"].tolist(), z=countries["n_mentions"].tolist(), locationmode="ISO-3",
        colorscale=LIGHT_BLUES, marker_line_color="white", marker_line_width=0.5, name="countries",
        colorbar={"title": {"text": "Country<br>mentions"}, "len": 0.6, "x": 1.0},
        text=[esc(n) for n in countries["name"]], hovertemplate="%{text}: %{z} mention(s)<extra></extra>",
    ))
    if not df.empty:
        fig.add_trace(go.Scattergeo(
            lat=df["lat"], lon=df["lon"], mode="markers+text", name="places",
            text=[esc(n) for n in df["name"]], textposition="top center",
            textfont={"size": 12, "color": "#000"},
            marker={"size": [8 + 2 * min(int(n), 6) for n in df["n_mentions"]],
                    "color": ["#D55E00" if n else "#E69F00" for n in df["n_quotes"]],
                    "symbol": ["circle" if n else "circle-open" for n in df["n_quotes"]],
                    "line": {"width": 2, "color": "#D55E00"}},
            hovertext=[f"<b>{esc(r.name)}</b> ({esc(r.country or '?')})<br>{r.n_mentions} mention(s); "
                       f"named in {r.n_quotes} quoted sentence(s)"
                       + (f"<br>by {esc(', '.join(r.speakers))}" if r.speakers else "")
                       for r in df.itertuples()], hoverinfo="text",
        ))
    fig.update_geos(scope="world", resolution=110, projection_type="natural earth", showcountries=True,
                    countrycolor="#999", showland=True, landcolor="#F2F2F2", showocean=True,
                    oceancolor="#EAF2F8", showframe=False, lataxis_range=[-58, 85])
    if not df.empty:
        # zoom to the places, with room around them: they are what this map is about
        fig.update_geos(**_around(df["lat"].astype(float), df["lon"].astype(float)))
    elif not countries.empty:
        fig.update_geos(fitbounds="locations")
    layers = [part for part in (df.assign(layer="place"), countries.assign(layer="country")) if not part.empty]
    frame = pd.concat(layers, ignore_index=True) if layers else pd.DataFrame(columns=["layer", *df.columns])
    return finish(fig, tables, chart_id=MAP_ID, title="Where statements were made and the places named",
                  frame=frame, empty_message="No places or countries in this article's tables.", height=520)
