"""Many articles at once: summaries and figures of a corpus run, for notebook 05.

Reads the dataset that ``helpers.corpus`` writes (``DIR/<table>/part-*``) and
aggregates across articles by publication date and outlet (``article.source``):
who is mentioned over time, who is quoted most and by which outlets, and how the
tone of stances toward the main targets moves. Figures follow the report's
conventions (``helpers.charts``): fixed ids, Okabe-Ito colours, the red-grey-blue
diverging scale for scores, a note saying what was measured and the tables' accuracy,
a source note, and an empty state that says so.

Counts over time can be normalised per article: a week with twice as many articles does
not make an actor look twice as present (``per_article``, on by default in the figure).
Quotes are counted per statement, as in the single-article report: the rows of one
speaker in one sentence of one article count once.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
import plotly.graph_objects as go

from .charts._base import (
    DIVERGING, FONT, FOOTER_NAME, LOW_CONFIDENCE, MARK_COLORS, TEMPLATE, chart_note, esc, is_weak, wrap_lines,
)
from .corpus import read_table

TABLES_USED = ("article", "actors", "mentions", "quotes", "stances", "countries", "errors")
NO_OUTLET = "(no outlet)"
FREQUENCIES = {"W": "week", "M": "month", "D": "day"}


def load_run(out: str | Path) -> dict[str, pd.DataFrame]:
    """The tables a corpus report needs, read from the corpus run in ``out``."""
    frames = {name: read_table(out, name) for name in TABLES_USED}
    art = frames["article"]
    art["date"] = pd.to_datetime(art["published"], errors="coerce")
    art["outlet"] = art["source"].fillna(NO_OUTLET).replace("", NO_OUTLET)
    return frames


def _with_article(df: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    return df.merge(frames["article"][["article_id", "date", "outlet"]], on="article_id", how="left")


def _period(dates: pd.Series, freq: str) -> pd.Series:
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown frequency {freq!r}; choose one of {tuple(FREQUENCIES)}")
    return dates.dt.to_period(freq).dt.start_time


def overview(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Articles per outlet with their date span and words: what the corpus is made of."""
    art = frames["article"]
    if art.empty:
        return pd.DataFrame(columns=["articles", "words", "first", "last"], index=pd.Index([], name="outlet"))
    out = art.groupby("outlet").agg(articles=("article_id", "count"), words=("n_words", "sum"),
                                    first=("published", "min"), last=("published", "max"))
    out["words"] = out["words"].astype(int)
    return out.sort_values(["articles", "words"], ascending=False, kind="stable")


def actor_names(frames: dict[str, pd.DataFrame]) -> pd.Series:
    """actor_id -> the name most articles give it (ids are name slugs, so they meet across articles)."""
    actors = frames["actors"]
    if actors.empty:
        return pd.Series(dtype="object")
    return actors.groupby("actor_id")["name"].agg(lambda s: s.value_counts().index[0])


def actors_over_time(frames: dict[str, pd.DataFrame], *, top: int = 8, freq: str = "W") -> pd.DataFrame:
    """Mentions per period of the ``top`` most mentioned people and organisations (dated articles).

    ``period_articles`` is the number of dated articles published in the period (mentioning
    the actor or not) and ``per_article`` = mentions / period_articles.
    """
    cols = ["period", "actor_id", "actor", "mentions", "articles", "period_articles", "per_article"]
    m = frames["mentions"]
    kinds = frames["actors"][["article_id", "actor_id", "kind"]]
    if m.empty:
        return pd.DataFrame(columns=cols)
    m = _with_article(m.merge(kinds, on=["article_id", "actor_id"], how="left"), frames)
    m = m[m["kind"].isin(["person", "organization"]) & m["date"].notna()]
    if m.empty:
        return pd.DataFrame(columns=cols)
    leaders = m["actor_id"].value_counts().head(top).index
    m = m[m["actor_id"].isin(leaders)].assign(period=lambda d: _period(d["date"], freq))
    out = m.groupby(["period", "actor_id"]).agg(mentions=("start", "count"), articles=("article_id", "nunique"))
    out = out.reset_index()
    out["actor"] = out["actor_id"].map(actor_names(frames))
    art = frames["article"]
    per_period = art[art["date"].notna()].assign(period=lambda d: _period(d["date"], freq)) \
        .groupby("period")["article_id"].nunique()
    out["period_articles"] = out["period"].map(per_period).fillna(0).astype(int)
    out["per_article"] = (out["mentions"] / out["period_articles"].where(out["period_articles"] > 0)).round(3)
    order = {a: i for i, a in enumerate(leaders)}
    return out.sort_values(["period", "actor_id"], key=lambda s: s.map(order) if s.name == "actor_id" else s,
                           kind="stable").reset_index(drop=True)[cols]


def top_speakers(frames: dict[str, pd.DataFrame], *, top: int = 12) -> pd.DataFrame:
    """Statements per speaker and outlet for the ``top`` most quoted speakers.

    ``quotes`` counts statements: the quote rows of one speaker in one sentence of one article
    (a sentence quoted in fragments) count once.
    """
    cols = ["speaker", "outlet", "quotes", "articles"]
    q = frames["quotes"]
    q = q[q["speaker"].notna()] if not q.empty else q
    if q.empty:
        return pd.DataFrame(columns=cols)
    q = _with_article(q, frames)
    if "sentence_id" in q.columns:
        q = q.drop_duplicates(["article_id", "speaker", "sentence_id"])
    leaders = q["speaker"].value_counts().head(top).index
    q = q[q["speaker"].isin(leaders)]
    out = q.groupby(["speaker", "outlet"]).agg(quotes=("quote_id", "count"), articles=("article_id", "nunique"))
    out = out.reset_index()
    total = out.groupby("speaker")["quotes"].transform("sum")
    return out.assign(_t=total).sort_values(["_t", "speaker", "quotes"], ascending=[False, True, False],
                                            kind="stable").drop(columns="_t").reset_index(drop=True)[cols]


def stance_trends(frames: dict[str, pd.DataFrame], *, top: int = 10, freq: str = "M") -> pd.DataFrame:
    """Mean stance score per period toward the ``top`` targets with the most stances (dated articles).

    Only confident rows count (``charts._base.is_weak``: confidence below 0.75 is left out, as the
    single-article report hatches them apart): a corpus shade averages many rows, and a pale
    reading would shift it as much as a sure one.
    """
    cols = ["period", "target", "score", "stances", "articles"]
    st = frames["stances"]
    if "confidence" in st.columns:
        st = st[~st["confidence"].astype(float).map(is_weak)]
    if st.empty:
        return pd.DataFrame(columns=cols)
    st = _with_article(st, frames)
    st = st[st["date"].notna()]
    if st.empty:
        return pd.DataFrame(columns=cols)
    names = actor_names(frames)
    countries = frames.get("countries")
    if countries is not None and not countries.empty:  # ISO3 targets read as country names
        names = pd.concat([countries.groupby("iso3")["name"].first(), names])
    st = st.assign(target=st["target"].map(lambda t: names.get(t, t)), period=_period(st["date"], freq))
    leaders = st["target"].value_counts().head(top).index
    st = st[st["target"].isin(leaders)]
    out = st.groupby(["period", "target"]).agg(score=("score", "mean"), stances=("score", "count"),
                                               articles=("article_id", "nunique")).reset_index()
    out["score"] = out["score"].round(3)
    return out[cols]


# -- figures ------------------------------------------------------------------------

def source_note(frames: dict[str, pd.DataFrame], *, label: str = "corpus") -> str:
    art = frames["article"]
    dated = art["published"].dropna()
    span = f", {dated.min()} to {dated.max()}" if len(dated) else ", no publication dates"
    return f"Source: {len(art)} articles ({esc(label)}{span}); tables by helpers.corpus"


def _finish(fig: go.Figure, frames, *, chart_id: str, title: str, empty: bool, message: str, label: str,
            height: int = 480, measured: str = "", accuracy_of: tuple[str, ...] = ()) -> go.Figure:
    lines = [esc(line) for line in wrap_lines(chart_note(measured, accuracy_of))] + [source_note(frames, label=label)]
    extra = 15 * (len(lines) - 1)
    fig.update_layout(title={"text": esc(title), "x": 0.01, "xanchor": "left"}, template=TEMPLATE,
                      height=height + extra, font={"family": FONT, "size": 13},
                      margin={"l": 70, "r": 30, "t": 60, "b": 90 + extra},
                      meta={"chart_id": chart_id, "empty": empty}, hoverlabel={"align": "left"})
    fig.add_annotation(text="<br>".join(lines), name=FOOTER_NAME, xref="paper", yref="paper", x=0, y=0,
                       yshift=-(90 + extra) + 8, xanchor="left", yanchor="bottom", showarrow=False, align="left",
                       font={"size": 11, "color": "#555"})
    if empty:
        fig.add_annotation(text=esc(message), xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False,
                           font={"size": 15, "color": "#333"})
    return fig


def actors_over_time_figure(frames, *, top: int = 8, freq: str = "W", label: str = "corpus",
                            per_article: bool = True) -> go.Figure:
    df = actors_over_time(frames, top=top, freq=freq)
    fig = go.Figure()
    value = "per_article" if per_article else "mentions"
    for i, (actor, g) in enumerate(df.groupby("actor", sort=False)):
        fig.add_trace(go.Scatter(
            x=g["period"].dt.strftime("%Y-%m-%d").tolist(), y=g[value].tolist(), mode="lines+markers",
            name=esc(actor),
            # past the seven colours a line repeats one, dashed, so no two lines look alike
            line={"color": MARK_COLORS[i % len(MARK_COLORS)], "width": 2,
                  "dash": "solid" if i < len(MARK_COLORS) else "dash"},
            customdata=g[["mentions", "articles", "period_articles"]].to_numpy(),
            hovertemplate=f"<b>{esc(actor)}</b><br>%{{x|%d %b %Y}}: %{{customdata[0]}} mentions in "
                          "%{customdata[1]} of %{customdata[2]} articles<extra></extra>"))
    fig.update_xaxes(title=f"{FREQUENCIES[freq]} of publication", type="date", tickformat="%d %b %Y")
    if not df.empty and df["period"].nunique() == 1:
        # one period only: a day either side, not plotly's zoom into milliseconds
        day = pd.Timedelta(days=1)
        fig.update_xaxes(range=[(df["period"].iloc[0] - day).strftime("%Y-%m-%d"),
                                (df["period"].iloc[0] + day).strftime("%Y-%m-%d")], dtick=86_400_000)
    fig.update_yaxes(title=f"mentions per article that {FREQUENCIES[freq]}" if per_article else "mentions",
                     rangemode="tozero")
    title = "Who is in the news, over time"
    if not df.empty:
        lead = df.groupby("actor")["mentions"].sum().sort_values(ascending=False)
        title = f"{lead.index[0]} is mentioned most: {int(lead.iloc[0])} times in the corpus"
    measured = (f"Mentions (names, titles, descriptions, pronouns) per {FREQUENCIES[freq]} of publication"
                + (", divided by the number of articles published that " + FREQUENCIES[freq] if per_article else ""))
    return _finish(fig, frames, chart_id="corpus-actors-over-time", title=title,
                   empty=df.empty, message="No dated mentions of people or organisations", label=label,
                   measured=measured, accuracy_of=("actors",))


def speakers_by_outlet_figure(frames, *, top: int = 12, label: str = "corpus") -> go.Figure:
    df = top_speakers(frames, top=top)
    fig = go.Figure()
    order = list(dict.fromkeys(df["speaker"]))[::-1]  # most quoted on top
    for i, (outlet, g) in enumerate(df.groupby("outlet", sort=True)):
        fig.add_trace(go.Bar(
            y=g["speaker"].map(esc).tolist(), x=g["quotes"].tolist(), orientation="h", name=esc(outlet),
            marker_color=MARK_COLORS[i % len(MARK_COLORS)], customdata=g[["articles"]].to_numpy(),
            # past the seven colours an outlet repeats one, hatched
            marker_pattern_shape="" if i < len(MARK_COLORS) else "/",
            hovertemplate=f"%{{y}} in {esc(outlet)}: %{{x}} quotes in %{{customdata[0]}} articles<extra></extra>"))
    fig.update_layout(barmode="stack", legend_title_text="outlet")
    fig.update_yaxes(categoryorder="array", categoryarray=[esc(s) for s in order])
    fig.update_xaxes(title="statements")
    fig.update_yaxes(title="speaker")
    title = "Who is quoted most, and by whom"
    if not df.empty:
        lead = df.groupby("speaker")["quotes"].sum().sort_values(ascending=False)
        title = f"{lead.index[0]} is quoted most: {int(lead.iloc[0])} statements"
    return _finish(fig, frames, chart_id="corpus-speakers-by-outlet", title=title,
                   empty=df.empty, message="No attributed quotes", label=label,
                   height=max(420, 36 * len(order) + 160),
                   measured="Statements per speaker, stacked by outlet; quote rows of one speaker in one sentence "
                   "count once", accuracy_of=("quotes",))


#: a target is named in the stance-trends title only with this many stances ...
MIN_TITLE_STANCES = 3
#: ... from at least this many articles
MIN_TITLE_ARTICLES = 2


def stance_trends_figure(frames, *, top: int = 10, freq: str = "M", label: str = "corpus") -> go.Figure:
    df = stance_trends(frames, top=top, freq=freq)
    fig = go.Figure()
    if not df.empty:
        grid = df.pivot(index="target", columns="period", values="score")
        counts = df.pivot(index="target", columns="period", values="stances").fillna(0).astype(int)
        grid = grid.loc[df.groupby("target")["stances"].sum().sort_values(ascending=True).index]
        counts = counts.loc[grid.index]
        fig.add_trace(go.Heatmap(
            z=grid.to_numpy(), x=[p.strftime("%Y-%m-%d") for p in grid.columns], y=[esc(t) for t in grid.index],
            customdata=counts.to_numpy(), colorscale=DIVERGING, zmin=-1, zmax=1, zmid=0,
            colorbar={"title": "mean score"}, xgap=2, ygap=2,
            hovertemplate="%{y}, %{x}: mean %{z:.2f} over %{customdata} stances<extra></extra>"))
    fig.update_xaxes(title=f"{FREQUENCIES[freq]} of publication", type="category")
    fig.update_yaxes(title="target (most stances at the top)")
    title = "Stance toward the main targets, over time"
    if not df.empty:
        total = df.assign(w=df["score"] * df["stances"]).groupby("target")[["w", "stances", "articles"]].sum()
        # one article's reading of a target is a lead, not a trend: only well-attested targets make the title
        total = total[(total["stances"] >= MIN_TITLE_STANCES) & (total["articles"] >= MIN_TITLE_ARTICLES)]
        mean = (total["w"] / total["stances"]).sort_values()
        parts = [f"{t} draws the most opposition" for t in mean.index[:1] if mean[t] <= -1 / 6] + \
                [f"{t} the most support" for t in mean.index[-1:] if mean[t] >= 1 / 6]
        title = "; ".join(parts) or (f"{title}: no target has {MIN_TITLE_STANCES} or more stances in "
                                     f"{MIN_TITLE_ARTICLES} or more articles yet")
    return _finish(fig, frames, chart_id="corpus-stance-trends", title=title,
                   empty=df.empty, message="No dated stances", label=label,
                   measured="Mean stance score of all holders toward each target per period (-1 oppose, +1 support), "
                   f"confident rows only (confidence {LOW_CONFIDENCE:g} or more)",
                   accuracy_of=("stances",))


def export_all(frames, folder: str | Path, **options) -> list[Path]:
    """The tidy frames behind every corpus figure, as CSV files in ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fn in (("overview", overview), ("actors_over_time", actors_over_time),
                     ("top_speakers", top_speakers), ("stance_trends", stance_trends)):
        path = folder / f"corpus_{name}.csv"
        fn(frames, **options.get(name, {})).to_csv(path, index=name == "overview")
        written.append(path)
    return written


def default_inputs(root: Optional[Path] = None) -> tuple[Path, Optional[Path], str]:
    """(articles folder, metadata table or None, label): PolNeAR dev texts beside the project, else bundled."""
    root = root or Path(__file__).resolve().parents[1]
    polnear = root.parent / "shared" / "eval" / "polnear-dev"
    if (polnear / "text").is_dir():
        meta = polnear / "metadata.tsv"
        return polnear / "text", meta if meta.is_file() else None, "PolNeAR dev texts"
    return root / "data" / "articles", None, "bundled articles"


def code_fingerprint(root: Optional[Path] = None) -> str:
    """A short hash of the helpers' code and reference data: a cached corpus run is reused only
    while neither changed, so a notebook never shows tables made by older code."""
    import hashlib

    root = root or Path(__file__).resolve().parents[1]
    h = hashlib.sha1()
    files = sorted([*(root / "helpers").rglob("*.py"), *(root / "data" / "reference").rglob("*"),
                    *(root / "data" / "models").rglob("*")])
    for f in files:
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:10]
