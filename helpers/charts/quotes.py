"""Who said what about whom: the quote flow, statement positions and the map of places.

Every count is per statement (``who_said_what.py``): the rows of one speaker's sentence fold
into one, so a sentence quoted in three fragments counts once. A statement's targets are
the actors and countries it is about (a country drops out when one of its actors is there)
and the topics of the stances that cite it; its tone toward a target is that stance's
score, or the speaker's stance toward the target, or neutral. Neutral links are drawn
thin and grey: the flow shows who is for or against whom; a tone resting only on
low-confidence stances is drawn paler, and the title names a side only from firm stances
(``_base.is_firm``). Statements naming nobody flow to
"(no named target)". The map is framed to every place and country the article involves (two
groups far apart in longitude, such as the United States and Europe, get a main map and a framed
inset, ``geo.inset_split``),
labels each place where the label does not cover another, and marks the places where a
statement was made apart from places only named. Pure functions of the tables.
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from ..reference import in_sentence
from ._base import (
    MARK_COLORS, NEGATIVE, NEUTRAL, NEUTRAL_BAND, POSITIVE, color_for, esc, finish, is_firm, is_weak, n_sentences, short_name,
    tone_color, tone_word, wrap,
)
from .geo import MAP_BOTTOM
from .who_said_what import UNATTRIBUTED, statement_counts, statements  # noqa: F401  (UNATTRIBUTED: re-exported)

FLOW_ID, POSITIONS_ID, MAP_ID = "quote-flow", "quote-positions", "quote-map"
NO_TARGET = "(no named target)"
#: the colour shared by the eighth and later speakers (darker than the grey of unattributed statements)
OTHER_SPEAKERS = "#555555"
#: ColorBrewer Blues from its fourth class: one mention is already clearly blue, not the colour of the sea
COUNTRY_BLUES = [[0.0, "#9ECAE1"], [0.5, "#4292C6"], [1.0, "#08519C"]]
#: a neutral statement counts this much toward a link's width (it still shows, thin and grey)
NEUTRAL_WEIGHT = 0.25
QUOTES_MEASURED = ("Statements: quote rows of one speaker in one sentence (or one quotation) count once; "
                   "partial quotes fold into their sentence")


def speaker_order(tables) -> list[str]:
    """Speakers' display names, most statements first (ties by first statement)."""
    return list(statement_counts(tables).index)


def speaker_colors(tables) -> dict[str, str]:
    """A colour per speaker, most statements first; unattributed statements are grey (no one's colour).

    Only the seven speakers with most statements get a colour of their own: past seven the palette
    would repeat, and two speakers in one colour read as one. The others share ``OTHER_SPEAKERS``, a
    dark grey apart from the unattributed grey; their names are on the rows, nodes and hovers."""
    order = speaker_order(tables)
    colors = color_for([s for s in order if s != UNATTRIBUTED][:len(MARK_COLORS)])
    return {s: NEUTRAL if s == UNATTRIBUTED else colors.get(s, OTHER_SPEAKERS) for s in order}


def quote_targets(tables) -> pd.DataFrame:
    """One row per (statement, target) with the tone of the statement toward the target."""
    st = statements(tables)
    by_pair = {(s.holder_id, s.target): s for s in tables.stances}
    evidence: dict[tuple[str, str], list] = {}
    for s in tables.stances:
        for qid in s.evidence:
            evidence.setdefault((qid, s.target), []).append(s)
    rows = []
    for r in st.itertuples():
        pairs = list(zip(r.about_ids, r.about)) + [(t, t) for t in r.topics]
        for target, label in pairs or [(None, NO_TARGET)]:
            cited = [v for q in r.quote_ids for v in evidence.get((q, target), [])]
            if not cited and target and (r.speaker_id, target) in by_pair:
                cited = [by_pair[(r.speaker_id, target)]]
            score = sum(float(c.score) for c in cited) / len(cited) if cited else None
            conf = [getattr(c, "confidence", 1.0) for c in cited]
            rows.append({"statement_id": r.statement_id, "quote_ids": r.quote_ids, "kind": r.kind,
                         "speaker_id": r.speaker_id, "speaker": r.speaker, "target": target,
                         "target_label": label, "score": score, "tone": tone_word(score),
                         "weak": bool(cited) and all(is_weak(c) for c in conf),
                         "firm": any(is_firm(getattr(c, "confidence", 1.0), n_sentences(tables, c)) for c in cited),
                         "text": r.text})
    cols = ["statement_id", "quote_ids", "kind", "speaker_id", "speaker", "target", "target_label", "score", "tone",
            "weak", "firm", "text"]
    df = pd.DataFrame(rows, columns=cols)
    df["score"] = df["score"].astype(float)  # no stance at all: a column of None, which has no abs()
    return df


def _flow_title(tables, df: pd.DataFrame) -> str:
    counts = statement_counts(tables)
    named = counts.drop(UNATTRIBUTED, errors="ignore")  # the most statements of someone, never of no one
    if counts.empty:
        return "Who said what about whom"
    if named.empty:
        return f"No one is named as the speaker of the {int(counts.sum())} statements"
    top = named.index[0]
    sid = df.loc[df["speaker"] == top, "speaker_id"].dropna()
    name = short_name(tables, sid.iloc[0]) if not sid.empty else top
    title = f"{name} makes {named.iloc[0]} of {int(counts.sum())} statements"
    # a side is named only from firm stances: one unsure reading is a lead, not a finding
    sharp = df[(df["speaker"] == top) & (df["score"].abs() >= NEUTRAL_BAND) & df["firm"]]
    if not sharp.empty:
        lead = sharp.groupby("target_label").agg(n=("statement_id", "nunique"), score=("score", "mean"))
        lead = lead.sort_values("n", ascending=False, kind="stable").iloc[[0]]
        target, row = lead.index[0], lead.iloc[0]
        tid = df.loc[df["target_label"] == target, "target"].dropna()
        word = "against" if row["score"] < 0 else "for"
        title += f", {int(row['n'])} of them {word} {short_name(tables, tid.iloc[0]) if not tid.empty else target}"
    return title


def quote_flow(tables) -> go.Figure:
    """Sankey: speakers on the left, targets on the right; width = statements, neutral ones thin and grey."""
    df = quote_targets(tables)
    fig = go.Figure()
    if not df.empty:
        links = (df.assign(score0=df["score"].astype(float).fillna(0.0))
                 .groupby(["speaker", "target_label"], sort=False)
                 .agg(n=("statement_id", "nunique"), score=("score0", "mean"), weak=("weak", "all"),
                      texts=("text", lambda s: list(s)[:3])).reset_index())
        neutral = links["score"].abs() < NEUTRAL_BAND
        links["width"] = links["n"].where(~neutral, links["n"] * NEUTRAL_WEIGHT)
        speakers = list(dict.fromkeys(links["speaker"]))
        targets = list(dict.fromkeys(links["target_label"]))
        colors = speaker_colors(tables)
        said = df.groupby("speaker")["statement_id"].nunique()
        about = df.groupby("target_label")["statement_id"].nunique()
        node_labels = [esc(s) for s in speakers] + [esc(t) for t in targets]
        node_colors = [colors.get(s, "#888") for s in speakers] + ["#BBBBBB"] * len(targets)
        node_text = [f"{esc(s)}: {int(said[s])} statement(s)" for s in speakers] + \
            [f"{esc(t)}: in {int(about[t])} statement(s)" for t in targets]
        fig.add_trace(go.Sankey(
            arrangement="snap",
            node={"label": node_labels, "color": node_colors, "pad": 14, "thickness": 16,
                  "customdata": node_text, "hovertemplate": "%{customdata}<extra></extra>"},
            link={"source": [speakers.index(s) for s in links["speaker"]],
                  "target": [len(speakers) + targets.index(t) for t in links["target_label"]],
                  "value": links["width"].tolist(),
                  "color": [tone_color(s, alpha=0.3 if abs(s) < NEUTRAL_BAND or w else 0.6)
                            for s, w in zip(links["score"], links["weak"])],
                  "customdata": [f"{esc(r.speaker)} → {esc(r.target_label)}: {int(r.n)} statement(s), "
                                 f"tone {tone_word(r.score)} ({r.score:+.2f}){' — low confidence' if r.weak else ''}<br>"
                                 + "<br>".join("“" + wrap(t, width=70, limit=160) + "”" for t in r.texts)
                                 for r in links.itertuples()],
                  "hovertemplate": "%{customdata}<extra></extra>"},
        ))
        key = (f"<span style='color:{NEGATIVE}'>■ against</span>  <span style='color:{POSITIVE}'>■ for</span>  "
               f"<span style='color:{NEUTRAL}'>▪ neutral (drawn thin)</span>", "paler: low confidence")
        fig.add_annotation(text="  ".join(key), name="nr-key", xref="paper", yref="paper", x=0, y=1.0, yshift=4,
                           xanchor="left", yanchor="bottom", align="left", showarrow=False, font={"size": 12})
    height = max(380, 140 + 36 * max(df["speaker"].nunique() if not df.empty else 0,
                                     df["target_label"].nunique() if not df.empty else 0))
    fig = finish(fig, tables, chart_id=FLOW_ID, title=_flow_title(tables, df), frame=df,
                 empty_message="No quotes in this article's tables.", height=height - (90 - MAP_BOTTOM),
                 bottom=MAP_BOTTOM,  # a Sankey has no axis title to keep room for either
                 measured=QUOTES_MEASURED + "; link width is the number of statements, a neutral one counts "
                 f"{NEUTRAL_WEIGHT:g}; tone comes from the stances the statement is evidence for",
                 accuracy_of=("quotes", "stances"))
    if not df.empty:  # a phone shows the key on two lines (charts.render)
        fig.update_layout(meta={**fig.layout.meta, "narrow_key": "<br>".join(key)})
    return fig


def positions_frame(tables) -> pd.DataFrame:
    n = max(len(tables.article.text), 1)
    st = statements(tables)
    rows = [{"statement_id": r.statement_id, "quote_ids": r.quote_ids, "speaker": r.speaker, "kind": r.kind,
             "start": r.start, "end": r.end, "start_pct": 100 * r.start / n, "end_pct": 100 * r.end / n,
             "sentence_id": r.sentence_id, "paragraph_id": r.paragraph_id, "text": r.text}
            for r in st.sort_values("start", kind="stable").itertuples()]
    cols = ["statement_id", "quote_ids", "speaker", "kind", "start", "end", "start_pct", "end_pct",
            "sentence_id", "paragraph_id", "text"]
    return pd.DataFrame(rows, columns=cols)


def _positions_title(tables, df: pd.DataFrame) -> str:
    if df.empty:
        return "Where each statement stands in the article"
    ids = {r.speaker: r.speaker_id for r in statements(tables).itertuples() if isinstance(r.speaker_id, str)}
    named = df[df["speaker"] != UNATTRIBUTED]  # an unattributed statement is no one to name first
    if named.empty:
        return "No statement is attributed to a speaker"
    first, last = named.iloc[0]["speaker"], named.iloc[-1]["speaker"]

    def name(speaker: str) -> str:
        return short_name(tables, ids[speaker]) if speaker in ids else speaker

    if first == last:
        return f"{name(first)} opens and closes the quoted voices"
    return f"{name(first)} is quoted first, {name(last)} last"


def quote_positions(tables) -> go.Figure:
    """Where each statement stands in the article, one row per speaker, one bar per statement."""
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
            legendgroup=speaker, showlegend=False,
            marker={"size": 11, "color": colors[speaker], "symbol": [symbols.get(k, "circle") for k in part["kind"]],
                    "line": {"width": 1, "color": "white"}},
            hovertext=[f"<b>{esc(r.speaker)}</b> · {esc(r.kind)} · sentence {r.sentence_id}<br><br>“{wrap(r.text)}”"
                       for r in part.itertuples()], hoverinfo="text",
        ))
    # the speakers are the rows already: no legend to squeeze the plot on a phone
    fig.update_xaxes(title_text="Position in the article (% of characters)", range=[0, 100], fixedrange=True)
    fig.update_yaxes(title_text="Speaker", categoryorder="array", categoryarray=[esc(s) for s in reversed(order)],
                     automargin=True)
    return finish(fig, tables, chart_id=POSITIONS_ID, title=_positions_title(tables, df),
                  frame=df, empty_message="No quotes in this article's tables.",
                  height=max(300, 110 + 40 * len(order)),
                  measured=QUOTES_MEASURED + "; ● direct ■ indirect ◆ partial, placed at the first character",
                  accuracy_of=("quotes",))


def places_frame(tables) -> pd.DataFrame:
    """Places with coordinates: mentions, the statements naming them, and the statements made there."""
    st = statements(tables)
    rows = []
    for p in tables.places:
        if p.lat is None or p.lon is None or pd.isna(p.lat) or pd.isna(p.lon):
            continue
        named = st[st["text"].str.contains(p.name, regex=False)] if p.name and not st.empty else st.iloc[0:0]
        made = st[st["where_id"] == p.place_id] if not st.empty else st.iloc[0:0]
        rows.append({"place_id": p.place_id, "name": p.name, "country": p.country, "lat": float(p.lat),
                     "lon": float(p.lon), "n_mentions": int(p.n_mentions or 0), "n_named": len(named),
                     "n_said": len(made), "speakers": sorted(set(made["speaker"]) | set(named["speaker"])),
                     "said_by": sorted(set(made["speaker"]))})
    cols = ["place_id", "name", "country", "lat", "lon", "n_mentions", "n_named", "n_said", "speakers", "said_by"]
    return pd.DataFrame(rows, columns=cols)


def country_points(tables) -> pd.DataFrame:
    """Points that frame each involved country: its centre (data/reference/countries.csv) and the corners
    of its main body in the world outline (``geo.country_extent``), so the whole country is in the map."""
    from ..reference import read_table
    from .geo import country_extent

    centres = {r["iso3"]: r for r in read_table("countries.csv")}
    rows = []
    for c in tables.countries:
        if c.iso3 not in centres or not centres[c.iso3].get("lat"):
            continue
        lat, lon = float(centres[c.iso3]["lat"]), float(centres[c.iso3]["lon"])
        rows.append({"iso3": c.iso3, "lat": lat, "lon": lon})
        box = country_extent(c.iso3, lon)
        if box:
            rows += [{"iso3": c.iso3, "lat": box[1], "lon": box[0]}, {"iso3": c.iso3, "lat": box[3], "lon": box[2]}]
    return pd.DataFrame(rows, columns=["iso3", "lat", "lon"])


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 84), -84)) / 2))


def _y(lat: float, projection: str) -> float:
    """Vertical map units (radians at the equator's scale): Mercator, or about linear for a world projection."""
    return _merc(lat) if projection == "mercator" else math.radians(lat)


def frame_geo(lat: pd.Series, lon: pd.Series, *, aspect: float = 2.0) -> dict:
    """Geo axis ranges holding every point with a margin, about ``aspect`` times wider than high.

    The latitude span is widened (around the points' middle) until the frame is no flatter
    than ``aspect``, so a wide spread of places does not leave a thin strip of map; past
    120° of longitude the flat world projection is used instead of Mercator.
    """
    lat0, lat1, lon0, lon1 = lat.min(), lat.max(), lon.min(), lon.max()
    pad_lon = max((40 - (lon1 - lon0)) / 2, 0) + 10
    lon_range = [max(lon0 - pad_lon, -180), min(lon1 + pad_lon, 180)]
    lat_range = [max(lat0 - 7, -58), min(lat1 + 7, 84)]
    projection = "natural earth" if lon_range[1] - lon_range[0] > 120 else "mercator"
    want = math.radians(lon_range[1] - lon_range[0]) / aspect
    while _y(lat_range[1], projection) - _y(lat_range[0], projection) < want and \
            (lat_range[0] > -58 or lat_range[1] < 84):
        lat_range = [max(lat_range[0] - 1, -58), min(lat_range[1] + 1, 84)]
    return {"lataxis_range": lat_range, "lonaxis_range": lon_range, "projection_type": projection}


#: candidate label positions, tried in this order; (plotly name, dx, dy) in label-box units
LABEL_SPOTS = (("top center", 0, 1), ("bottom center", 0, -1), ("middle right", 1, 0), ("middle left", -1, 0),
               ("top right", 1, 1), ("top left", -1, 1), ("bottom right", 1, -1), ("bottom left", -1, -1))


def _label_box(x: float, y: float, size: tuple[float, float], dx: int, dy: int) -> tuple[float, ...]:
    w, h = size
    cx, cy = x + dx * (w / 2 + 8), y + dy * (h / 2 + 8)
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _overlap(box: tuple[float, ...], others: list[tuple[float, ...]]) -> float:
    return sum(max(0, min(box[2], o[2]) - max(box[0], o[0])) * max(0, min(box[3], o[3]) - max(box[1], o[1]))
               for o in others)


def _outside(box: tuple[float, ...], width: float, height: float) -> float:
    """The area of a label box beyond the map's frame (a label there is cut off at the frame's edge)."""
    inside = max(0, min(box[2], width) - max(box[0], 0)) * max(0, min(box[3], height) - max(box[1], 0))
    return (box[2] - box[0]) * (box[3] - box[1]) - inside


def place_labels(df: pd.DataFrame, geo: dict, *, width: float = 800, clear: bool = False) -> list[str]:
    """A text position for each place so that no label box covers another label or a marker.

    Points are projected to pixels of a frame ``width`` wide (Mercator or, for a world
    frame, latitude as it is: good enough to compare distances); labels are placed
    most-mentioned first, each at the first spot of
    ``LABEL_SPOTS`` that overlaps nothing placed so far and stays inside the frame (else the least
    crowded spot). With
    ``clear`` a label that cannot be placed free is left out (``""``): on a phone the map is
    too small for every name, and hovering still gives it.
    """
    lon0, lon1 = geo["lonaxis_range"]
    lat0, lat1 = geo["lataxis_range"]
    proj = geo.get("projection_type", "mercator")
    y0, y1 = _y(lat0, proj), _y(lat1, proj)
    height = width * (y1 - y0) / max(math.radians(lon1 - lon0), 1e-9)
    pts = {r.Index: ((r.lon - lon0) / max(lon1 - lon0, 1e-9) * width,
                     (_y(r.lat, proj) - y0) / max(y1 - y0, 1e-9) * height) for r in df.itertuples()}
    boxes = [(x - 6, y - 6, x + 6, y + 6) for x, y in pts.values()]
    spots: dict = {}
    for r in df.sort_values("n_mentions", ascending=False, kind="stable").itertuples():
        x, y = pts[r.Index]
        size = (7.5 * len(str(r.name)) + 4, 15)
        others = [b for b in boxes if b != (x - 6, y - 6, x + 6, y + 6)]
        crowd = {sp: _overlap(_label_box(x, y, size, sp[1], sp[2]), others) for sp in LABEL_SPOTS}
        edge = {sp: _outside(_label_box(x, y, size, sp[1], sp[2]), width, height) > 0 for sp in LABEL_SPOTS}
        best = min(LABEL_SPOTS, key=lambda sp: (crowd[sp] > 0, edge[sp], crowd[sp], LABEL_SPOTS.index(sp)))
        if clear and crowd[best] > 0:
            spots[r.Index] = ""
            continue
        spots[r.Index] = best[0]
        boxes.append(_label_box(x, y, size, best[1], best[2]))
    return [spots[i] for i in df.index]


def _map_title(tables, df: pd.DataFrame, countries: pd.DataFrame) -> str:
    said = df[df["n_said"] > 0]
    lead = countries.sort_values("n_mentions", ascending=False, kind="stable")
    parts = []
    if not said.empty:
        parts.append("Statements were made in " + ", ".join(in_sentence(n) for n in said["name"].tolist()))
    if not lead.empty:
        n = int(lead.iloc[0]["n_mentions"])
        times = f"{n} mention{'s' if n != 1 else ''}"  # "(3 mentions) of 1 countries" on 113 of 195 train articles
        parts.append(f"{in_sentence(lead.iloc[0]['name'])} is the only country named ({times})" if len(lead) == 1 else
                     f"{in_sentence(lead.iloc[0]['name'])} is named most ({times}) of {len(lead)} countries")
    return "; ".join(parts) or "The places the article names"


#: where an inset sits in the figure (paper fractions) and how wide its frame is, in pixels, for labels
INSET_WIDTH, INSET_HEIGHT, INSET_PX = 0.3, 0.42, 260


def map_parts(df: pd.DataFrame, cpoints: pd.DataFrame, countries: pd.DataFrame) -> list[tuple[str, pd.DataFrame,
                                                                                               pd.DataFrame]]:
    """(geo name, places, framing points) per map: one map, or a main map and an inset when the places and
    countries fall in two groups far apart in longitude (the United States and Europe), the heavier group
    (by mentions) being the main map. A world frame for both would leave each a few pixels wide."""
    from .geo import inset_split

    spans = {f"p:{r.Index}": (r.lon, r.lon) for r in df.itertuples()}
    spans.update({f"c:{iso}": (g["lon"].min(), g["lon"].max()) for iso, g in cpoints.groupby("iso3")})
    weights = {f"p:{r.Index}": r.n_mentions for r in df.itertuples()}
    weights.update({f"c:{r.iso3}": r.n_mentions for r in countries.itertuples()})
    split = inset_split(spans, weights)
    if split is None:
        return [("geo", df, pd.concat([df[["lat", "lon"]], cpoints[["lat", "lon"]]], ignore_index=True))]
    parts = []
    for name, keys in zip(("geo", "geo2"), split):
        places = df[df.index.isin([int(k[2:]) for k in keys if k.startswith("p:")])]
        isos = {k[2:] for k in keys if k.startswith("c:")}
        pts = pd.concat([places[["lat", "lon"]], cpoints.loc[cpoints["iso3"].isin(isos), ["lat", "lon"]]],
                        ignore_index=True)
        parts.append((name, places, pts))
    return parts


def _add_places(fig, part: pd.DataFrame, geo: dict, geo_name: str, shown: set) -> None:
    """The place markers of one map, labelled where a label covers nothing (fewer labels on a phone)."""
    width = 800 if geo_name == "geo" else INSET_PX
    positions = place_labels(part, geo, width=width)
    # the phone layout (charts.render) shows only the labels that fit a map 330 px wide
    narrow = place_labels(part, geo, width=330 if geo_name == "geo" else 330 * INSET_WIDTH, clear=True)
    positions, narrow = dict(zip(part.index, positions)), dict(zip(part.index, narrow))
    layers = (("said", part["n_said"] > 0, "star", "#000000", "where a statement was made"),
              ("named", (part["n_said"] == 0) & (part["n_named"] > 0), "circle", "#D55E00", "named in a statement"),
              ("mentioned", (part["n_said"] == 0) & (part["n_named"] == 0), "circle-open", "#D55E00",
               "only mentioned"))
    for _, mask, symbol, color, label in layers:
        rows = part[mask]
        if rows.empty:
            continue
        fig.add_trace(go.Scattergeo(
            lat=rows["lat"], lon=rows["lon"], mode="markers+text", name=label, geo=geo_name, legendgroup=label,
            showlegend=label not in shown,
            text=[esc(n) for n in rows["name"]], textposition=[positions[i] for i in rows.index],
            textfont={"size": 12, "color": "#111"},
            meta={"narrow_text": [esc(n) if narrow[i] else "" for n, i in zip(rows["name"], rows.index)],
                  "narrow_textposition": [narrow[i] or "top center" for i in rows.index]},
            marker={"size": [(14 if symbol == "star" else 8) + 2 * min(int(n), 5) for n in rows["n_mentions"]],
                    "color": color, "symbol": symbol, "line": {"width": 1.5, "color": color if
                                                               symbol == "circle-open" else "white"}},
            hovertext=[f"<b>{esc(r.name)}</b> ({esc(r.country or '?')})<br>{r.n_mentions} mention(s); "
                       f"{r.n_said} statement(s) made here, named in {r.n_named}"
                       + (f"<br>by {esc(', '.join(r.speakers))}" if r.speakers else "")
                       for r in rows.itertuples()], hoverinfo="text",
        ))
        shown.add(label)


def map_frame(tables, df: pd.DataFrame, countries: pd.DataFrame) -> pd.DataFrame:
    """The map's data as a reader's table: the layer first, whole counts (no "1.0" where countries have
    none), and the actors of a country by name, not id."""
    from ._base import actor_names

    names = actor_names(tables)
    countries = countries.copy()
    if "actors" in countries:
        countries["actors"] = [[names.get(a, a) for a in (ids if isinstance(ids, (list, tuple)) else [])]
                               for ids in countries["actors"]]
    layers = [part for part in (df.assign(layer="place"), countries.assign(layer="country")) if not part.empty]
    frame = pd.concat(layers, ignore_index=True) if layers else df.assign(layer=pd.Series(dtype=str))
    for col in ("n_mentions", "n_named", "n_said"):
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame[["layer", *[c for c in frame.columns if c != "layer"]]]


def quote_map(tables) -> go.Figure:
    """Countries shaded by mentions; places as points: ★ a statement was made there, ● a statement names it,
    ○ only mentioned. Places far apart (the United States and Europe) get a main map and an inset."""
    df = places_frame(tables)
    countries = tables.frame("countries")
    fig = go.Figure()
    zmax = max(int(countries["n_mentions"].max()) if not countries.empty else 1, 2)
    parts = map_parts(df, country_points(tables), countries)
    for geo_name, _, _ in parts:  # each map shades the countries it shows
        fig.add_trace(go.Choropleth(
            locations=countries["iso3"].tolist(), z=countries["n_mentions"].tolist(), locationmode="ISO-3",
            colorscale=COUNTRY_BLUES, zmin=1, zmax=zmax, marker_line_color="white", marker_line_width=0.6,
            name="countries", showlegend=False, showscale=False, geo=geo_name,  # the note gives the scale
            text=[esc(n) for n in countries["name"]], hovertemplate="%{text}: %{z} mention(s)<extra></extra>",
        ))
    shown: set = set()
    frames = {}
    for geo_name, places, points in parts:
        frames[geo_name] = frame_geo(points["lat"], points["lon"]) if not points.empty else None
        if not places.empty and frames[geo_name]:
            _add_places(fig, places, frames[geo_name], geo_name, shown)
    base = {"scope": "world", "resolution": 110, "showcountries": True, "countrycolor": "#AAAAAA", "showland": True,
            "landcolor": "#EEEEEE", "showocean": True, "oceancolor": "#FFFFFF", "showframe": False,
            "lataxis_range": [-58, 84], "projection_type": "natural earth"}
    fig.update_geos(**base)
    geo = frames.get("geo")
    if geo:
        fig.update_geos(**geo)
    if frames.get("geo2"):
        west = parts[1][2]["lon"].mean() < parts[0][2]["lon"].mean()  # the inset on the side it lies
        x = [0, INSET_WIDTH] if west else [1 - INSET_WIDTH, 1]
        # the main map's domain is stated: without it plotly squeezes it into the lower part of the frame
        fig.update_layout(geo={"domain": {"x": [0, 1], "y": [0, 1]}},
                          geo2={**base, **frames["geo2"], "domain": {"x": x, "y": [0, INSET_HEIGHT]},
                                "showframe": True, "framecolor": "#666666", "framewidth": 1, "bgcolor": "#FFFFFF"})
    fig.update_layout(legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"})
    frame = map_frame(tables, df, countries)
    fig = finish(fig, tables, chart_id=MAP_ID, title=_map_title(tables, df, countries),
                 frame=frame, empty_message="No places or countries in this article's tables.", height=560,
                 bottom=MAP_BOTTOM,
                 measured=f"Country shading: mentions of each country (names, demonyms, capitals, metonyms), "
                 f"from 1 (palest blue) to {zmax}; "
                 "★ a statement was made there (a place named with the attribution, as in 'she said in …'), "
                 "● a statement names it, ○ only mentioned"
                 + ("; places far from the rest are shown in the framed inset" if len(parts) > 1 else ""),
                 accuracy_of=("places", "countries", "quotes"))
    fig.update_layout(margin={"l": 10, "r": 10})  # a map has no axes to label
    if geo:
        # width / height of the framed map: the drawing script sizes the map's height to it (charts.render)
        fig.layout.meta = {**fig.layout.meta, "aspect": frame_aspect(geo)}
    return fig


def frame_aspect(geo: dict) -> float:
    """Width / height of a map framed by ``frame_geo``."""
    proj = geo["projection_type"]
    height = _y(geo["lataxis_range"][1], proj) - _y(geo["lataxis_range"][0], proj)
    return round(math.radians(geo["lonaxis_range"][1] - geo["lonaxis_range"][0]) / height, 3)
