"""The actor timeline: events by date and actor, with the sentence on hover.

One point per (event, actor). Points that share a day and an actor are stacked around
the actor's row so none hides another; an event anchored by an open interval ("since
2022") also gets a dotted line from the interval's start to the event's date; events
whose date is only the publication date are drawn hollow.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ._base import actor_names, color_for, esc, finish, sentence_texts, wrap

CHART_ID = "actor-timeline"
NO_ACTOR = "(no named actor)"
#: vertical distance between stacked points of one day and actor, in rows
STACK_STEP = 0.14
#: the widest a stack may spread around its row
STACK_LIMIT = 0.76


def _interval(date: str, t, published):
    """The span a time expression stands for, when longer than the day of the event.

    "since 2022" runs from its start to the event (or to its own end, cut at the
    publication date); a one-day expression has no interval.
    """
    if t is None or not t.date_start or not t.date_end or t.date_start == t.date_end:
        return None, None
    end = min(t.date_end, published) if published else t.date_end
    start, end = min(t.date_start, date), max(end, date)
    return (start, end) if start < end else (None, None)


def timeline_frame(tables) -> pd.DataFrame:
    """One row per (event, actor) with its date, row position and interval start."""
    names = actor_names(tables)
    sentences = sentence_texts(tables)
    times = {t.time_id: t for t in tables.times}
    rows = []
    for ev in tables.events:
        if not ev.date:
            continue
        t = times.get(ev.time_id) if ev.time_id else None
        interval_start, interval_end = _interval(ev.date, t, tables.article.published)
        for actor_id in (ev.actors or (None,)):
            rows.append({
                "event_id": ev.event_id, "date": ev.date, "date_precision": ev.date_precision,
                "date_inferred": bool(ev.date_inferred), "actor_id": actor_id,
                "actor": names.get(actor_id, actor_id) if actor_id else NO_ACTOR,
                "category": ev.category, "predicate": ev.predicate,
                "time_text": t.text if t is not None else None, "interval_start": interval_start,
                "interval_end": interval_end,
                "sentence_id": ev.sentence_id,
                "sentence": sentences.get(ev.sentence_id, ev.text),
            })
    cols = ["event_id", "date", "date_precision", "date_inferred", "actor_id", "actor", "category",
            "predicate", "time_text", "interval_start", "interval_end", "sentence_id", "sentence", "row", "y"]
    if not rows:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(rows)
    # busiest actors at the top; the y axis runs upward, so they get the highest rows
    order = df.groupby("actor")["event_id"].count().sort_values(kind="stable").index.tolist()
    df["row"] = df["actor"].map({a: i for i, a in enumerate(order)})
    df = df.sort_values(["row", "date", "sentence_id", "event_id"], kind="stable").reset_index(drop=True)
    k = df.groupby(["actor", "date"]).cumcount()
    n = df.groupby(["actor", "date"])["event_id"].transform("count")
    # a stack never leaves its row: the step shrinks when many events share a day
    step = (STACK_LIMIT / (n - 1).clip(lower=1)).clip(upper=STACK_STEP)
    df["y"] = df["row"] + (k - (n - 1) / 2) * step
    return df[cols]


def actor_timeline(tables) -> go.Figure:
    df = timeline_frame(tables)
    fig = go.Figure()
    categories = sorted(df["category"].unique()) if not df.empty else []
    colors = color_for(categories)
    for cat in categories:
        part = df[df["category"] == cat]
        hover = [
            f"<b>{esc(r.actor)}</b> · {esc(r.category)} ({esc(r.predicate)})<br>"
            f"{esc(r.date)}{' (publication date)' if r.date_inferred else ''}"
            f"{' — ' + esc(r.time_text) if r.time_text else ''}<br><br>{wrap(r.sentence)}"
            for r in part.itertuples()
        ]
        fig.add_trace(go.Scatter(
            x=part["date"], y=part["y"], mode="markers", name=esc(cat), legendgroup=cat,
            marker={"size": 12, "color": colors[cat], "line": {"width": 1.5, "color": colors[cat]},
                    "symbol": ["circle-open" if v else "circle" for v in part["date_inferred"]]},
            hovertext=hover, hoverinfo="text",
        ))
        spans = part[part["interval_start"].notna()]
        if not spans.empty:
            xs, ys = [], []
            for r in spans.itertuples():
                xs += [r.interval_start, r.interval_end, None]
                ys += [r.y, r.y, None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", legendgroup=cat, showlegend=False,
                                     line={"color": colors[cat], "dash": "dot", "width": 2},
                                     hoverinfo="skip", name=esc(cat) + " interval"))
    actors = df.drop_duplicates("actor").sort_values("row") if not df.empty else df
    fig.update_xaxes(title_text="Date", type="date")
    fig.update_yaxes(title_text="Actor", tickvals=list(actors["row"]) if not df.empty else [],
                     ticktext=[esc(a) for a in actors["actor"]] if not df.empty else [],
                     range=[-0.7, max(len(actors) - 0.3, 0.7)], zeroline=False)
    fig.update_layout(legend_title_text="Event type (hollow: date = publication)")
    tallest = int(df.groupby(["actor", "date"])["event_id"].count().max()) if not df.empty else 1
    height = max(360, 150 + len(actors) * max(46, 12 * tallest))
    return finish(fig, tables, chart_id=CHART_ID, title="Actor timeline: what happened when",
                  frame=df, empty_message="No dated events in this article's tables.", height=height)
