"""Who stands where: the holder × target heatmap, diverging bars and a stance choropleth.

Pure functions of the tables, each figure with a fixed id. Scores run from -1 (oppose) to +1
(support) on one diverging red-grey-blue scale (ColorBrewer RdBu, colour-blind safe); holders and
targets are shown by name, never by id; every hover carries the evidence sentence
(``evidence_text``, else the evidence quotes). Rows with a zero score draw no bar; a bar is as long as the
pieces of evidence it rests on (at least one), left for a stance against and right for one in favour, coloured by
its score (most scores are ±1, so bars as long as the score all looked alike), and labelled with that count. Titles state
a finding only from firm rows (``_base.is_firm``: confident, two or more pieces of evidence);
otherwise they say how many rows there are and that none is firm. Weak rows (low confidence) are
drawn apart: hatched bars below a rule, heatmap cells marked "?". The choropleth shades the
countries whose officials hold a stance toward one target, the one held by officials of the most countries
(``map_target``; paler when not firm),
fitted to the countries involved (a far group, such as the United States beside Europe, in a framed
inset), and is drawn only when two or more countries can be compared.
Under each chart the note gives the stance table's measured accuracy on unseen articles.
"""
from __future__ import annotations

from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from ..reference import in_sentence
from ._base import (
    DIVERGING, FIRM_EVIDENCE, LOW_CONFIDENCE, actor_names, esc, evidence_sentences, finish, is_firm, is_weak,
    short_name, stance_finding, tone_color, tone_word, wrap,
)
from .geo import MAP_BOTTOM

HEATMAP_ID, BARS_ID, CHOROPLETH_ID = "stance-heatmap", "stance-bars", "stance-choropleth"
SCORE_AXIS = "Stance score (−1 oppose … +1 support)"
#: the bars' axis: the sentences the evidence stands in, drawn left for a stance against and right for one in favour
EVIDENCE_AXIS = "← against · source sentences · in favour →"
STANCES_MEASURED = ("Stance: what the article attributes to the holder through what it says or does, −1 oppose … +1 "
                    f"support; low confidence (below {LOW_CONFIDENCE:g}) is marked apart, and a title states a "
                    f"finding only from confident rows with evidence in {FIRM_EVIDENCE} or more sentences (the fragments of "
                    "one quoted sentence count once)")


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
                     "evidence_text": _evidence_texts(s, quotes),
                     "sentence_ids": [i for i in evidence_sentences(tables, s.evidence) if i >= 0]})
    cols = ["holder_id", "holder", "holder_country", "target", "target_kind", "target_label",
            "score", "label", "confidence", "n_evidence", "evidence", "evidence_text", "holder_country_name",
            "sentence_ids"]
    df = pd.DataFrame(rows, columns=cols)
    # the sentences the evidence stands in: "5 pieces of evidence" were often fragments of one quoted sentence
    df["n_sentences"] = [len(evidence_sentences(tables, ev)) for ev in df["evidence"]]
    df["weak"] = [is_weak(c) for c in df["confidence"]]
    df["firm"] = [is_firm(c, n) for c, n in zip(df["confidence"], df["n_sentences"])]
    return df


#: the title when no polar stance was found: the tables miss most stances (see the note), so an absence is
#: what was found, never a statement that the article takes no side
NONE_FOUND = "No stance for or against anyone found"


def _counts(df: pd.DataFrame) -> str:
    polar = df[df["score"] != 0]
    n_opp, n_sup, n_weak = int((polar["score"] < 0).sum()), int((polar["score"] > 0).sum()), int(polar["weak"].sum())
    return f"{n_opp} stance{'s' if n_opp != 1 else ''} against, {n_sup} in favour" + \
        (f" ({n_weak} of low confidence)" if n_weak else "")


def _heatmap_title(tables, df: pd.DataFrame) -> str:
    """Who is with whom: the two strongest firm findings grouped by target (``stance_finding``: "Starmer
    opposes Putin; Peskov and the Kremlin back the summit"), then the counts; none firm: the counts and so."""
    if df[df["score"] != 0].empty:
        return NONE_FOUND
    finding = stance_finding(tables)
    return f"{finding}; {_counts(df)}" if finding else f"{_counts(df)}; none firm enough to state as a finding"


def _bars_title(tables, df: pd.DataFrame) -> str:
    """What the bars show: which stance rests on the most evidence, and how many rest on one sentence."""
    polar = df[df["score"] != 0]
    if polar.empty:
        return NONE_FOUND
    thin = int((polar["n_sentences"].fillna(0).astype(int) <= 1).sum())
    # "0 of 1 stances rest on one piece …" and "on the most evidence" of a lone stance said nothing
    tail = ("the only stance found" if len(polar) == 1 else
            f"all {len(polar)} rest on two or more sentences" if not thin else
            f"{thin} of {len(polar)} stances rest on one sentence")
    firm = polar[polar["firm"]]
    if firm.empty:
        return f"No stance is firm enough to state: {tail}"
    top = firm.loc[(firm["n_sentences"] + firm["score"].abs() * firm["confidence"]).idxmax()]
    verb = "opposes" if top["score"] < 0 else "supports"
    who, what = short_name(tables, top["holder_id"]), short_name(tables, top["target"])
    most = "" if len(polar) == 1 else " on the most evidence"
    return f"{who} {verb} {what}{most} ({evidence_count(top['n_sentences'])}); {tail}"


def _hover(r) -> str:
    evidence = "<br>".join("“" + wrap(t, width=80, limit=240) + "”" for t in list(r.evidence_text)[:3])
    sure = f"confidence {r.confidence:.2f}{' (low)' if r.weak else ''}, {_pieces(r.n_evidence, r.sentence_ids)}"
    return (f"<b>{esc(r.holder)}</b> → {esc(r.target_label)} ({esc(r.target_kind)}): "
            f"{esc(r.label)} {r.score:+.2f}<br>{sure}<br>{evidence or '(no evidence sentence)'}")


def _pieces(n_evidence, sentence_ids) -> str:
    """How much a row rests on, for a hover: "5 quotes or events in sentences 12, 13, 17" (numbered from 1)."""
    n = int(n_evidence) if pd.notna(n_evidence) else 0
    where = ", ".join(str(i + 1) for i in sentence_ids)
    if not n:
        return "no quote or event cited"
    return (f"{n} quote{'s' if n != 1 else ''} or event{'s' if n != 1 else ''} cited"
            + (f", in sentence{'s' if len(sentence_ids) != 1 else ''} {where}" if where else ""))


def stance_heatmap(tables) -> go.Figure:
    df = stance_frame(tables)
    fig = go.Figure()
    holders: list = []
    if not df.empty:
        cell = df.groupby(["holder", "target_label"], sort=False).agg(
            score=("score", "mean"), n=("n_sentences", "sum"), weak=("weak", "all"),
            sentences=("sentence_ids", lambda s: len({i for ids in s for i in ids})),
            cited=("evidence_text", lambda s: any(bool(t) for t in s)),
            mixed=("score", lambda v: bool((v > 0).any() and (v < 0).any())),
            text=("evidence_text", lambda s: next((t[0] for t in s if t), ""))).reset_index()
        holders = cell.groupby("holder")["n"].sum().sort_values(ascending=True, kind="stable").index.tolist()
        targets = cell.groupby("target_label")["n"].sum().sort_values(ascending=False, kind="stable").index.tolist()
        z = cell.pivot(index="holder", columns="target_label", values="score").reindex(index=holders, columns=targets)
        ev = cell.pivot(index="holder", columns="target_label", values="text").reindex(index=holders, columns=targets)
        weak = cell.pivot(index="holder", columns="target_label", values="weak").reindex(index=holders, columns=targets)
        mixed = cell.pivot(index="holder", columns="target_label", values="mixed").reindex(index=holders,
                                                                                          columns=targets)
        cell["basis"] = [_basis(n, c) for n, c in zip(cell["sentences"], cell["cited"])]
        basis = cell.pivot(index="holder", columns="target_label", values="basis").reindex(index=holders,
                                                                                          columns=targets)
        # pivoted flags are numpy booleans, or NaN where a holder has no row for a target
        words = [["" if pd.isna(v) else _cell(v, _flag(m)) + (" ?" if _flag(w) else "")
                  for v, w, m in zip(row, wrow, mrow)] for row, wrow, mrow in zip(z.values, weak.values, mixed.values)]
        # each cell says what it rests on ("1 sentence"): a solid "oppose" from one sentence read as a finding
        shown = [[f"{t}<br>{b}" if t else "" for t, b in zip(row, brow)] for row, brow in zip(words, basis.values)]
        fig.add_trace(go.Heatmap(
            z=z.values.tolist(), x=[esc(t) for t in targets], y=[esc(h) for h in holders],
            zmin=-1, zmax=1, zmid=0, colorscale=DIVERGING, xgap=2, ygap=2,
            colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
            # a cell resting only on low-confidence rows is marked "?": it is a lead, not a reading
            text=shown, texttemplate="%{text}", textfont={"size": 11},
            # a phone's cells are too narrow for the words: a sign (charts.render)
            meta={"narrow_text": [[SIGNS.get(t.split(" ")[0], t) + ("?" if t.endswith("?") else "") if t else ""
                                   for t in row] for row in words]},
            customdata=[[("" if pd.isna(t) else "“" + wrap(t, width=80, limit=240) + "”") for t in row]
                        for row in ev.values],
            hovertemplate="%{y} → %{x}<br>score %{z:+.2f}<br>%{customdata}<extra></extra>",
        ))
    fig.update_xaxes(title_text="Target (actor, country or topic)", side="bottom")
    fig.update_yaxes(title_text="Holder")
    n_targets = len(fig.data[0].x) if fig.data else 0
    if 0 < n_targets < FULL_WIDTH_TARGETS:
        # few targets: cells of a readable size, not one solid block across the page (one "oppose" cell of one
        # sentence filled the width and read as the article's main finding); a phone keeps the whole width
        share = max(MIN_HEATMAP_SHARE, n_targets * TARGET_SHARE)
        fig.update_xaxes(domain=[0, share])
        fig.update_traces(colorbar_x=share + 0.02, colorbar_xanchor="left")
    fig = finish(fig, tables, chart_id=HEATMAP_ID, title=_heatmap_title(tables, df),
                  frame=df, empty_message="No stances in this article's tables.",
                  height=max(360, 160 + 40 * len(holders)), bottom=110,
                  measured=STANCES_MEASURED + "; a cell names the side its rows take (mixed when they disagree; "
                  "the mean score on hover), “?” when all are of low confidence, and under it the sentences its evidence "
                  "stands in; hover a cell for the evidence", accuracy_of=("stances",))
    if 0 < n_targets < FULL_WIDTH_TARGETS:
        fig.update_layout(meta={**fig.layout.meta, "narrow_xaxis": {"domain": [0, 1]}})
    return fig


#: a heatmap of fewer targets than this is narrower than the page: each target this share of the width, at least
#: ``MIN_HEATMAP_SHARE`` in all
FULL_WIDTH_TARGETS, TARGET_SHARE, MIN_HEATMAP_SHARE = 7, 0.13, 0.3


def _flag(value) -> bool:
    return not pd.isna(value) and bool(value)


#: a heatmap cell's word on a phone
SIGNS = {"support": "+", "oppose": "−", "neutral": "0", "mixed": "±"}


def _cell(score: float, mixed: bool = False) -> str:
    """A heatmap cell's text in words: "support", "oppose", "neutral" (a score within ``NEUTRAL_BAND`` of 0),
    or "mixed" when its rows disagree. Most scores are ±1, and "+1.00" read as a measurement to two decimals;
    the score itself is in the hover."""
    if mixed:
        return "mixed"
    return {"positive": "support", "negative": "oppose"}.get(tone_word(score), "neutral")


def evidence_count(n, sentence: bool = False) -> str:
    """What a bar rests on, written on the bar: the sentences its cited quotes and events stand in ("1 source
    sentence", "3 source sentences"; five fragments of one quoted sentence are one), "no evidence cited"; a row
    citing no quote or event but carrying its evidence sentence (shown on hover) is "one sentence, no quote",
    not "no evidence cited" above a hover that shows the evidence."""
    n = int(n) if pd.notna(n) else 0
    if n == 0:
        return "one sentence, no quote" if sentence else "no evidence cited"
    return "1 source sentence" if n == 1 else f"{n} source sentences"


def _basis(n, cited: bool) -> str:
    """A heatmap cell's second line: what it rests on, short ("1 sentence", "3 sentences", "no quote")."""
    n = int(n) if pd.notna(n) else 0
    return f"{n} sentence{'s' if n != 1 else ''}" if n else ("1 sentence" if cited else "no evidence")


def stance_bars(tables) -> go.Figure:
    """Diverging bars, confident rows above a rule and low-confidence rows below it, hatched and paler."""
    df = stance_frame(tables)
    # no zero-length bars; the y axis runs upward, so the weak rows (sorted first) sit at the bottom
    df = df[df["score"] != 0].copy()
    # a bar's length is what the stance rests on, its side the side taken: 143 of 180 polar rows on train score
    # exactly ±1, so bars as long as the score were all alike. The length counts sentences, not cited pieces: the
    # fragments of one quoted sentence made "5 pieces of evidence" of 3 sentences
    df["bar"] = [(1 if sc > 0 else -1) * max(int(n) if pd.notna(n) else 0, 1)
                 for sc, n in zip(df["score"], df["n_sentences"])]
    df = df.sort_values(["weak", "bar", "score"], ascending=[False, True, True], kind="stable").reset_index(drop=True)
    labels = [f"{esc(r.holder)} → {esc(r.target_label)}" for r in df.itertuples()]
    fig = go.Figure()
    for weak, name in ((False, "confident"), (True, f"hatched, below the line: low confidence (below {LOW_CONFIDENCE:g})")):
        part = df[df["weak"] == weak]
        if part.empty:
            continue
        fig.add_trace(go.Bar(
            x=part["bar"], y=[labels[i] for i in part.index], orientation="h", name=name, showlegend=weak,
            # the length is the evidence, so the shade carries the score: a faint +0.23 is pale, ±1 full
            marker={"color": [tone_color(s, alpha=0.45 if weak else _shade(s)) for s in part["score"]],
                    "line": {"width": 1 if weak else 0, "color": [tone_color(s) for s in part["score"]]},
                    "pattern": {"shape": "/" if weak else "", "fgcolor": "#555", "size": 6}},
            hovertext=[_hover(r) for r in part.itertuples()], hoverinfo="text",
            text=[evidence_count(n, bool(t)) for n, t in zip(part["n_sentences"], part["evidence_text"])],
            textposition="auto", insidetextanchor="end",
            textfont={"size": 11, "color": ["#222" if weak or _shade(s) < 0.7 else "white" for s in part["score"]]},
            outsidetextfont={"color": "#222"},
            # a phone's bars are too short for the words: the count alone (charts.render)
            meta={"narrow_text": [str(max(int(n) if pd.notna(n) else 0, 1 if t else 0))
                                  for n, t in zip(part["n_sentences"], part["evidence_text"])],
                  "narrow_textposition": "auto"},
        ))
    n_weak = int(df["weak"].sum())
    if 0 < n_weak < len(df):  # the rule between confident and low-confidence rows
        fig.add_shape(type="line", xref="paper", x0=0, x1=1, yref="y", y0=n_weak - 0.5, y1=n_weak - 0.5,
                      line={"color": "#777", "width": 1, "dash": "dot"})
    most = int(max([1, *df["bar"].abs()]))
    step = max(1, -(-most // 5))
    ticks = list(range(-(most // step * step), most + 1, step))
    # a count of evidence has no minus sign: the side is the axis title's
    fig.update_xaxes(title_text=EVIDENCE_AXIS, range=[-most - 0.3, most + 0.3], zeroline=True, zerolinecolor="#444",
                     zerolinewidth=1.5, tickvals=ticks, ticktext=[str(abs(t)) for t in ticks])
    fig.update_yaxes(title_text="Holder → target", type="category", categoryorder="array", categoryarray=labels,
                     tickmode="array", tickvals=labels, ticktext=labels)
    fig.update_layout(showlegend=n_weak > 0, bargap=0.25, barmode="overlay",
                      legend={"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom"})
    fig = finish(fig, tables, chart_id=BARS_ID, title=_bars_title(tables, df),
                 frame=df, empty_message="No stances in this article's tables.",
                 height=max(340, 140 + 30 * len(df)),
                 measured=STANCES_MEASURED + "; a bar's length: the sentences its evidence stands in (at least one), "
                 "its colour: the side, paler the nearer the score is to neutral; hover a bar for the evidence",
                 accuracy_of=("stances",))
    # a phone names holder and target as a headline does ("Starmer → Putin"): the full names took half the width
    fig.update_layout(meta={**fig.layout.meta, "narrow_yticktext": [
        f"{esc(_narrow_name(tables, r.holder_id, r.holder))} → {esc(_narrow_name(tables, r.target, r.target_label))}"
        for r in df.itertuples()]})
    if n_weak:  # room for the legend between the title and the bars
        fig.update_layout(margin={"t": fig.layout.margin.t + 28}, height=fig.layout.height + 28)
    return fig


#: the palest shade of a confident bar (a score near neutral); a score of ±1 is drawn in full
MIN_SHADE = 0.35


def _shade(score: float) -> float:
    """A confident bar's opacity: its score's distance from neutral, at least ``MIN_SHADE``."""
    return max(MIN_SHADE, min(1.0, abs(float(score))))


def _narrow_name(tables, key, label, limit: int = 16) -> str:
    """A holder or target on a phone: a person or body as a headline names it, anything else as labelled, cut."""
    name = short_name(tables, key) if any(a.actor_id == key for a in tables.actors) else str(label)
    name = name[4:] if name.startswith("the ") else name
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def main_topic(tables) -> Optional[str]:
    """The topic target with the most evidence; with no topic, the most argued-about target."""
    df = stance_frame(tables)
    if df.empty:
        return None
    topics = df[df["target_kind"] == "topic"]
    pool = topics if not topics.empty else df
    return pool.groupby("target")["n_sentences"].sum().sort_values(ascending=False, kind="stable").index[0]


def map_target(tables) -> Optional[str]:
    """What the stance map compares countries on: the target toward which officials of the most countries
    hold a stance (ties: the most evidence), when two or more countries do; else the main topic
    (``main_topic``), for which the page then says why no map is drawn."""
    df = stance_frame(tables)
    held = df[df["holder_country"].notna()]
    if not held.empty:
        spread = held.groupby("target", sort=False).agg(n=("holder_country", "nunique"), ev=("n_sentences", "sum"))
        spread = spread.sort_values(["n", "ev"], ascending=False, kind="stable")
        if int(spread["n"].iloc[0]) >= MIN_COUNTRIES:
            return spread.index[0]
    return main_topic(tables)


def choropleth_frame(tables, *, topic: Optional[str] = None) -> pd.DataFrame:
    """Per country whose officials hold a stance toward ``topic`` (default ``map_target``): mean score,
    holders, evidence."""
    df = stance_frame(tables)
    topic = topic or map_target(tables)
    part = df[(df["target"] == topic) & df["holder_country"].notna()] if topic else df.head(0)
    cols = ["iso3", "country", "topic", "topic_label", "score", "n_holders", "holders", "firm", "evidence_text"]
    if part.empty:
        return pd.DataFrame(columns=cols)
    out = part.groupby("holder_country").agg(
        score=("score", "mean"), n_holders=("holder", "nunique"), holders=("holder", lambda s: sorted(set(s))),
        firm=("firm", "any"),
        country=("holder_country_name", "first"), topic_label=("target_label", "first"),
        evidence_text=("evidence_text", lambda s: [t for ts in s for t in ts][:3])).reset_index()
    out = out.rename(columns={"holder_country": "iso3"})
    out["topic"] = topic
    return out[cols]


def stance_choropleth(tables, *, topic: Optional[str] = None) -> go.Figure:
    df = choropleth_frame(tables, topic=topic)
    topic = topic or map_target(tables)
    # the target by name ("China", not its ISO code "CHN") also when no country holds a stance toward it
    label = df["topic_label"].iloc[0] if not df.empty else target_label(tables, topic)
    title, message = _choropleth_title(df, label)
    # one shaded country compares nothing: the map would say more than the table knows
    df = df if len(df) >= MIN_COUNTRIES else df.head(0)
    split = _inset_split(df)
    maps = [("geo", df)] if split is None else [("geo", df[df["iso3"].isin(split[0])]),
                                               ("geo2", df[df["iso3"].isin(split[1])])]
    fig = go.Figure()
    for geo_name, part in maps:
        fig.add_trace(go.Choropleth(
            locations=part["iso3"].tolist(), z=part["score"].tolist(), locationmode="ISO-3", zmin=-1, zmax=1, zmid=0,
            colorscale=DIVERGING, marker_line_color="#666", marker_line_width=0.5, name="stance", geo=geo_name,
            # a country whose stance is not firm (one piece of evidence, or low confidence) is paler
            marker_opacity=[1.0 if f else NOT_FIRM_OPACITY for f in part["firm"]],
            colorbar={"title": {"text": "Stance"}, "tickvals": [-1, 0, 1], "ticktext": ["oppose", "neutral", "support"]},
            hovertext=[f"<b>{esc(r.country)}</b>: {r.score:+.2f} toward {esc(r.topic_label)}<br>"
                       f"holders: {esc(', '.join(r.holders))}<br>"
                       + "<br>".join("“" + wrap(t, width=80, limit=240) + "”" for t in r.evidence_text)
                       for r in part.itertuples()], hoverinfo="text", showscale=geo_name == "geo" and not df.empty,
        ))
    # fitted to the countries involved, not the whole world
    if df.empty:  # no map at all, only the message (a blank globe would look like missing data)
        fig.update_geos(visible=False)
    else:
        # framed on the countries' main bodies like the places map (quotes.frame_geo): plotly's fitbounds
        # kept a world-shaped box and left a blank band above a wide country such as Russia
        base = {"resolution": 110, "showcountries": True, "countrycolor": "#999", "showland": True,
                "landcolor": "#F2F2F2", "showocean": True, "oceancolor": "#EAF2F8", "showframe": False}
        frames = [_frame(part["iso3"].tolist()) for _, part in maps]
        fig.update_layout(geo={**base, **frames[0], "domain": {"x": [0, 1], "y": [0, 1]}})  # see quotes.quote_map
        if split is not None:  # countries far apart (the United States and Europe): the lighter group in an inset
            west = _centre_lon(split[1]) < _centre_lon(split[0])
            fig.update_layout(geo2={**base, **frames[1], "domain": {"x": [0, 0.3] if west else [0.7, 1],
                                                                   "y": [0, 0.42]},
                                    "showframe": True, "framecolor": "#666666", "bgcolor": "#FFFFFF"})
    fig = finish(fig, tables, chart_id=CHOROPLETH_ID, title=title, frame=df, empty_message=message,
                 height=500 if not df.empty else 260, bottom=MAP_BOTTOM,
                 measured=STANCES_MEASURED + "; a country's shade is the mean score of its officials' stances "
                 "toward the target, paler when not firm; the map compares the target held by officials of the "
                 "most countries" + ("; countries far from the rest are in the framed inset" if split else ""),
                 accuracy_of=("stances", "countries"))
    if not df.empty:  # the drawing script gives the map the height its frame needs (charts.render)
        from .quotes import frame_aspect

        fig.layout.meta = {**fig.layout.meta, "aspect": frame_aspect(frames[0])}
    return fig


def target_label(tables, target: Optional[str]) -> Optional[str]:
    """A stance target as a reader sees it: an actor or country by name ("China" for "CHN"), a topic as written."""
    frame = stance_frame(tables)
    named = frame.loc[frame["target"] == target, "target_label"]
    return named.iloc[0] if not named.empty else target


def _frame(isos: list) -> dict:
    """Map ranges holding these countries: their centres and the corners of their main bodies (all of it,
    even for Russia, unlike the places map, which frames a wide country around its centre)."""
    from ..gazetteer import countries
    from .geo import country_extents
    from .quotes import frame_geo

    lats, lons = [], []
    for iso in isos:
        entry = countries().get(iso)
        if entry is None or entry.lat is None:
            continue
        lats.append(float(entry.lat))
        lons.append(float(entry.lon))
        box = country_extents().get(iso)  # the whole main body: the country is what the map shades
        if box:
            lats += [box[1], box[3]]
            lons += [box[0], box[2]]
    if not lats:  # no coordinates: the whole world
        return {"lataxis_range": [-58, 84], "lonaxis_range": [-180, 180], "projection_type": "natural earth"}
    # one projection for every stance map: Mercator stretched a northern country (Russia) taller than wide
    return {**frame_geo(pd.Series(lats), pd.Series(lons)), "projection_type": "natural earth"}


def _centre_lon(isos: list) -> float:
    from .geo import country_extent

    boxes = [b for b in (country_extent(i, _centre(i)) for i in isos) if b]
    return sum((b[0] + b[2]) / 2 for b in boxes) / max(len(boxes), 1)


def _centre(iso3: str) -> Optional[float]:
    """A country's centre longitude from the gazetteer (None when it has none)."""
    from ..gazetteer import countries

    entry = countries().get(iso3)
    return entry.lon if entry else None


def _inset_split(df: pd.DataFrame):
    """(main, inset) ISO3 codes when the countries fall in two groups far apart in longitude, else None;
    the group with more holders is the main map (``geo.inset_split``)."""
    from .geo import country_extent, inset_split

    spans = {}
    for iso in df["iso3"]:
        box = country_extent(iso, _centre(iso))
        if box:
            spans[iso] = (box[0], box[2])
    return inset_split(spans, dict(zip(df["iso3"], df["n_holders"]))) if len(spans) >= 2 else None


#: the choropleth compares countries: with fewer than this many it is not drawn
MIN_COUNTRIES = 2
#: the shade of a country whose stance is not firm is drawn at this opacity
NOT_FIRM_OPACITY = 0.45
#: what the page says when no map is drawn: when one would be, and what to read instead
MAP_RULE = ("A map is drawn when officials of two or more countries (heads of state or government, ministers, "
            "spokespeople, state bodies) take a stance toward the same person, country or topic; "
            "until then the bars above show every stance.")


def _listed(xs: list) -> str:
    xs = [in_sentence(x) for x in xs]  # "the United States is for it"
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]


def _choropleth_title(df: pd.DataFrame, label: Optional[str]) -> tuple[str, str]:
    """The title (for or against, from firm rows only) and the message shown when the map is not drawn."""
    if df.empty:
        title = f"No stance by a country's officials toward “{label}” found" if label else \
            "No stance by a country's officials found"
        return title, "No map: no stance is held by a country's officials. " + MAP_RULE
    if len(df) < MIN_COUNTRIES:
        only = df.iloc[0]
        return (f"“{label}”: only one country's officials ({in_sentence(only['country'])}) take a stance, no map to compare",
                f"No map: only one country ({in_sentence(only['country'])}, {only['score']:+.2f}) has officials with a stance "
                f"toward “{label}”, and a map of one country compares nothing. " + MAP_RULE)
    firm = df[df["firm"]]
    sup = firm.loc[firm["score"] > 0, "country"].tolist()
    opp = firm.loc[firm["score"] < 0, "country"].tolist()
    parts = ([f"{_listed(sup)} {'is' if len(sup) == 1 else 'are'} for it"] if sup else []) + \
        ([f"{_listed(opp)} {'is' if len(opp) == 1 else 'are'} against it"] if opp else [])
    unsure = df.loc[~df["firm"], "country"].tolist()
    if parts and unsure:
        parts.append(f"{_listed(unsure)}: not firm")
    if parts:
        return f"“{label}”: " + "; ".join(parts), ""
    return (f"“{label}”: officials of {len(df)} countries take a stance, none firm enough to state", "")
