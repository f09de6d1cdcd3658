"""The actor timeline: who did what to whom, and when, one row per agent.

A pure function of the tables. Each event is one point on its agent's row (the agent
is the event's ``actor_id``; an actor that is only ever a target gets a row too, so the
faint link from an event to its target has somewhere to go). The x-axis covers the
window where the dated events cluster around the publication date; an event far
outside it is drawn as a labelled arrow at the window's edge instead of stretching the
axis. Events without a date (62% of events on train) sit in an undated panel on the right, as wide as their
share of the events, each at its own place in the order the article tells them (they stacked on one
"undated" spot, read only by hovering each). Beside every point is what was done and to whom ("praise →
Kerry"; above and below the point in turn, so neighbours' words do not run together; on a phone only the
years of the edge arrows). Points that share a day and an agent are stacked inside the row; an event dated by an open interval
("since 2022") gets a dotted line from the interval's start; a date known only to its month or
year ("this month", "in 2015") sits in the middle of a pale band over that period (a point on
the 1st read as a known day, a dotted line as a duration); a date that is only the
publication date is drawn hollow. Colours are fixed per PLOVER category, chosen to be
told apart with colour-blindness and readable on white (no yellow). STATEMENT rows are
hidden unless asked for. An event of low confidence (its agent found by a fallback rule, or
only planned) is drawn faded. The title names who acts most only when there are enough
confident events to say so; the note under the chart gives the measured accuracy of the
events, times and actors tables on unseen articles. The publication date is a dashed line
with its own legend entry. When no event of the article has a date, or every dated event falls on
one day (as a rule the publication day: a date axis with a single column), there is no date
axis to draw: the events are laid out in the order the article tells them (x: the sentence),
and the title and the axis say so (and on which day the dated ones fall).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..times.dates import add_months, month_end
from ..reference import in_sentence
from ._base import (
    LOW_EVENT_CONFIDENCE, SENTENCE_COLUMN, actor_names, esc, finish, person_short_name, sentence_numbers,
    sentence_texts, wrap,
)

CHART_ID = "actor-timeline"
#: vertical distance between stacked points of one day and actor, in rows
STACK_STEP = 0.3
#: the widest a stack may spread around its row
STACK_LIMIT = 0.76
#: the cluster window reaches at least this far from the publication date, in days
MIN_WINDOW_DAYS = 14
#: ... and otherwise this many times the median distance of the dated events from it
WINDOW_SPREAD = 3.0
#: days shown either side of a window shorter than twice this
MIN_PAD_DAYS = 1
#: the title names who acts most only with at least this many confident events ...
MIN_EVENTS_FOR_LEADER = 5
#: ... and when that agent has at least this many of them
MIN_LEADER_EVENTS = 2
MEASURED = ("Events: what an agent did (PLOVER category), dated by the time expression attached to it; "
            f"faded: low confidence (below {LOW_EVENT_CONFIDENCE:g}: agent found by a fallback rule, or only planned)")
#: a shown range up to this many days gets one tick a day
DAILY_TICKS_DAYS = 16
UNDATED = "undated"
#: the axis of the undated panel: those events in the order the article tells them
UNDATED_AXIS = "No date in the text: in the order told →"
#: the undated panel's share of the width: its share of the events, within these bounds
MIN_UNDATED_WIDTH, MAX_UNDATED_WIDTH = 0.3, 0.6
SEQUENCE_AXIS = "Sentence of the article (no event has a date: events in the order told)"
ONE_DAY_AXIS = "Sentence of the article (every dated event is on {day}: events in the order told)"
#: one fixed colour per category: Okabe & Ito (2008) and Paul Tol's muted scheme, without
#: their yellows; every colour has a contrast ratio of at least 2 against white
CATEGORY_COLORS = {
    "AGREE": "#009E73", "CONSULT": "#0072B2", "SUPPORT": "#56B4E9", "COOPERATE": "#117733",
    "AID": "#44AA99", "CONCEDE": "#332288", "RETREAT": "#999933", "INVESTIGATE": "#AA4499",
    "DEMAND": "#E69F00", "DISAPPROVE": "#D55E00", "REJECT": "#CC79A7", "THREATEN": "#882255",
    "PROTEST": "#CC6677", "MOBILIZE": "#661100", "SANCTION": "#000000", "COERCE": "#555555",
    "ASSAULT": "#B2182B", "FIGHT": "#B2182B", "CRIME": "#6F4E7C", "STATEMENT": "#8C8C8C",
}

COLUMNS = ["event_id", "date", "date_precision", "date_inferred", "actor_id", "actor", "target_id", "target",
           "category", "predicate", "modality", "time_text", "interval_start", "interval_end", "period_start",
           "period_end", "period", "sentence_id",
           "sentence", "confidence", "low_confidence", "lane", "x", "row", "y", "target_row", "label"]


def _period_end(start: dt.date, precision: Optional[str]) -> Optional[dt.date]:
    """The last day of the period a date of this precision names (None for an unknown precision)."""
    if precision == "day":
        return start
    if precision == "week":
        return start + dt.timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(precision or "")
    return month_end(*add_months(start, months - 1)) if months else None


def _interval(date: str, t, published):
    """The span an open time expression ("since 2022") stands for, cut at the publication date.

    Open means its end is not the end of the period it names ("since 2022" runs to the publication date,
    "2022" ends on 31 December): a date known only to the month or year is a ``_period``, not a duration.
    """
    if t is None or not t.date_start or not t.date_end or t.date_start == t.date_end:
        return None, None
    natural = _period_end(_day(t.date_start), t.precision)
    if natural is None or natural.isoformat() == t.date_end[:10]:
        return None, None
    end = min(t.date_end, published) if published else t.date_end
    start, end = min(t.date_start, date), max(end, date)
    return (start, end) if start < end else (None, None)


def _period(t, published, modality: str):
    """(start, end, middle) of a date known only to its week, month, year …: "this month", "in 2015".

    Drawn as a pale band over the period with the point at its middle, never as a point on its first day
    (which read as a precise date) nor a dotted line (which read as a duration). A reported event did not
    happen after the publication date, so the band of an asserted event stops there.
    """
    if t is None or not t.date_start or not t.date_end or t.date_start[:10] == t.date_end[:10]:
        return None, None, None
    lo, hi = _day(t.date_start), _day(t.date_end)
    if _period_end(lo, t.precision) != hi:
        return None, None, None  # an open interval ("since 2022"): see _interval
    if published and modality == "asserted" and lo <= _day(published) < hi:
        hi = _day(published)
    mid = lo + (hi - lo) / 2
    return lo.isoformat(), hi.isoformat(), mid.isoformat()


def _period_name(t) -> str:
    """A period as a reader names it: "December 2015", "2015", "Q3 2015", "the week of Dec 07, 2015", "the 2010s"."""
    start = _day(t.date_start)
    return {"month": start.strftime("%B %Y"), "year": str(start.year), "quarter": f"Q{(start.month + 2) // 3} {start.year}",
            "week": "the week of " + start.strftime("%b %d, %Y"), "decade": f"the {start.year}s"}.get(t.precision, t.text)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def cluster_window(dates: list[str], published: Optional[str]) -> Optional[tuple[str, str]]:
    """The window of days where the dated events cluster around the publication date.

    Centre: the publication date (the median date without one). Reach: ``WINDOW_SPREAD``
    times the median distance of the events from the centre, at least ``MIN_WINDOW_DAYS``.
    The window is then cut to the events inside it.
    """
    if not dates:
        return None
    days = sorted(_day(d) for d in dates)
    centre = _day(published) if published else days[len(days) // 2]
    dist = sorted(abs((d - centre).days) for d in days)
    reach = max(MIN_WINDOW_DAYS, WINDOW_SPREAD * dist[len(dist) // 2])
    inside = [d for d in days if abs((d - centre).days) <= reach] or [centre]
    lo, hi = min(inside + [centre] if published else inside), max(inside + [centre] if published else inside)
    return lo.isoformat(), hi.isoformat()


def _lanes(df: pd.DataFrame, window) -> pd.DataFrame:
    lo, hi = window if window else (None, None)

    def lane(d):
        if not isinstance(d, str) or not d:
            return UNDATED
        if lo and d[:10] < lo:
            return "before"
        if hi and d[:10] > hi:
            return "after"
        return "dated"
    df["lane"] = df["when"].map(lane)
    df["x"] = [lo if ln == "before" else hi if ln == "after" else (d if ln == "dated" else UNDATED)
               for ln, d in zip(df["lane"], df["when"])]
    return df


def timeline_frame(tables, *, show_statements: bool = False) -> pd.DataFrame:
    """One row per event with its agent's row, its plotted x and lane, and its target's row."""
    names = actor_names(tables)
    countries = {c.iso3: c.name for c in tables.countries}  # a country target by name, not its ISO code
    sentences = sentence_texts(tables)
    times = {t.time_id: t for t in tables.times}
    published = tables.article.published
    rows = []
    for ev in tables.events:
        if ev.category == "STATEMENT" and not show_statements:
            continue
        agent = ev.actor_id
        if not agent:
            continue
        t = times.get(ev.time_id) if ev.time_id else None
        start, end = _interval(ev.date, t, published) if ev.date else (None, None)
        p_start, p_end, middle = _period(t, published, ev.modality or "asserted") if ev.date else (None, None, None)
        rows.append({
            "event_id": ev.event_id, "date": ev.date, "date_precision": ev.date_precision,
            "date_inferred": bool(ev.date_inferred), "actor_id": agent, "actor": names.get(agent, agent),
            "target_id": ev.target,
            "target": names.get(ev.target, countries.get(ev.target, ev.target)) if ev.target else None,
            "category": ev.category, "predicate": ev.predicate, "modality": ev.modality,
            "time_text": t.text if t is not None else None, "interval_start": start, "interval_end": end,
            "period_start": p_start, "period_end": p_end, "period": _period_name(t) if p_start else None,
            "when": middle or ev.date,
            "sentence_id": ev.sentence_id, "sentence": sentences.get(ev.sentence_id, ev.text),
            "confidence": float(ev.confidence if ev.confidence is not None else 1.0),
        })
    if not rows:
        return pd.DataFrame(columns=COLUMNS)
    df = pd.DataFrame(rows)
    # one agent doing one thing to one target twice in one sentence is one point ("firing warheads ... and firing
    # missiles": two "fire" rows of Israel; 3 such rows in 243 train articles)
    df = df.sort_values("confidence", ascending=False, kind="stable").drop_duplicates(
        ["actor_id", "category", "predicate", "target_id", "sentence_id", "date"]).sort_index()
    df["low_confidence"] = df["confidence"] < LOW_EVENT_CONFIDENCE
    df["date"] = df["date"].map(lambda d: d if isinstance(d, str) and d else None)
    df["when"] = [w if d else None for w, d in zip(df["when"], df["date"])]
    # the window holds each band whole (its first and last day), not only the point in its middle
    window = cluster_window([d for d in (*df["when"], *df["period_start"], *df["period_end"]) if isinstance(d, str)],
                            published)
    df = _lanes(df, window)
    # busiest agents at the top (the y axis runs upward); targets without events of their own below
    counts = df.groupby("actor")["event_id"].count()
    targets = [n for n in df["target"].dropna().unique() if n not in counts.index and n in set(names.values())]
    order = targets[::-1] + counts.sort_values(kind="stable").index.tolist()
    pos = {a: i for i, a in enumerate(order)}
    df["row"] = df["actor"].map(pos)
    df["target_row"] = df["target"].map(lambda n: pos.get(n) if n else None)
    df = df.sort_values(["row", "lane", "x", "sentence_id", "event_id"], kind="stable").reset_index(drop=True)
    # an undated event has its own place in the undated panel, in the order the article tells them (1 = told
    # first): one "undated" column stacked most events of an article on one spot, read only by hovering each
    told = df[df["lane"] == UNDATED].sort_values(["sentence_id", "event_id"], kind="stable").index
    df["x"] = df["x"].astype(object)
    df.loc[told, "x"] = pd.Series(range(1, len(told) + 1), index=told, dtype=object)
    df["y"] = _stack(df)
    # what is written beside each point: what was done, and to whom ("chide → Turkey"), so that the chart is read
    # without hovering every point
    df["label"] = [_label(p, t, tables) for p, t in zip(df["predicate"], df["target"])]
    df.attrs["rows"] = order
    df.attrs["targets"] = targets
    df.attrs["window"] = window
    return df[COLUMNS]


def _short(name: str, limit: int = 14, tables=None) -> str:
    """A label for a phone: a person's name as the article uses it alone ("Lou" for Lou Jiwei, "Starmer"),
    else the name cut to ``limit`` characters. Only a person is shortened to one word: the last word of a
    body or country ("State" for Islamic State, "States" for United States) named something else."""
    person = next((a for a in getattr(tables, "actors", ()) if a.name == name and a.kind == "person"), None)
    if person is not None:
        return person_short_name(tables, person)
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def _stack(df: pd.DataFrame) -> pd.Series:
    """Each point's height: its agent's row, events of one agent at one x stacked around it."""
    k = df.groupby(["actor", "x"], sort=False).cumcount()
    n = df.groupby(["actor", "x"], sort=False)["event_id"].transform("count")
    # a stack never leaves its row: the step shrinks when many events share a day
    step = (STACK_LIMIT / (n - 1).clip(lower=1)).clip(upper=STACK_STEP)
    return df["row"] + (k - (n - 1) / 2) * step


def _label(predicate, target, tables) -> str:
    """The words beside a point: the event's word and its target's short name ("praise → Kerry", "deny")."""
    word = predicate if isinstance(predicate, str) else ""
    if isinstance(target, str) and target:
        return f"{word} → {_short(target, 18, tables)}".strip()
    return word


#: the legend entry of the marks where an event's target link ends
TARGET_MARK = "target of an event"


def _tick(label: str, target_only: bool) -> str:
    """A row label; a row that is only a target (no event of its own) is grey."""
    return f'<span style="color:#888888">{label}</span>' if target_only else label


def _narrow_xaxis(window) -> dict:
    """Date ticks for a phone: at most three, on days of the window, never at the axis' ends (where the
    last one ran into the "undated" label)."""
    axis = {"tickangle": 0, "tickfont": {"size": 10}, "tickformat": "%b %d"}
    if not window:
        return axis
    # the desktop title ran to five lines over half a phone's width
    axis["title"] = {"text": "Date (arrows: outside the window)"}
    lo, hi = _day(window[0]), _day(window[1])
    days = (hi - lo).days
    # a window of years read "Jan 01, Aug 28, Apr 24" with no year: the format follows the span
    axis["tickformat"] = "%b %d" if days <= 92 else "%b %Y" if days <= 730 else "%Y"
    step = max(1, -(-(days + 1) // 3))
    return {**axis, "tickmode": "array",
            "tickvals": [(lo + dt.timedelta(days=d)).isoformat() for d in range(0, days + 1, step)]}


def _hover(r) -> str:
    when = {UNDATED: "no date in the text", "before": f"{r.date} (before the window)",
            "after": f"{r.date} (after the window)"}.get(r.lane, r.date)
    if isinstance(r.period, str) and r.lane != UNDATED:  # a point in the middle of a band is not a known day
        when = f"some time in {r.period} (only the {r.date_precision} is known)"
    return (f"<b>{esc(r.actor)}</b> · {esc(r.category)} ({esc(r.predicate)}"
            f"{', ' + esc(r.modality) if r.modality != 'asserted' else ''})<br>"
            f"target: {esc(r.target) if r.target else '—'}<br>"
            f"{esc(when)}{' (publication date)' if r.date_inferred else ''}"
            f"{' — ' + esc(r.time_text) if r.time_text else ''}<br>"
            f"confidence {r.confidence:.2f}{' (low)' if r.low_confidence else ''}<br><br>{wrap(r.sentence)}")


def one_day(df: pd.DataFrame) -> Optional[str]:
    """The day every dated event falls on, when they all fall on one (the publication day, as a rule: the
    article reports them as happening now), else None. A date axis then shows a single column: the events
    are laid out in the order told instead, and the day is said in the title and the axis."""
    window = df.attrs.get("window")
    if not window or window[0] != window[1] or set(df["lane"]) - {"dated", UNDATED}:
        return None
    return window[0]


def _day_name(day: str) -> str:
    return _day(day).strftime("%b %d").replace(" 0", " ")


def _title(df: pd.DataFrame) -> str:
    """Who acts most, said only when enough confident events support it; otherwise what is known."""
    if df.empty:
        return "Actor timeline: no events with a named agent"
    sure = df[~df["low_confidence"]]
    dated = int((df["lane"] != UNDATED).sum())
    when = f"{dated} dated, {len(df) - dated} undated"
    faded = f", {len(df) - len(sure)} of low confidence" if len(sure) < len(df) else ""
    # an agent's events are counted by the sentences they stand in: two rows of one sentence ("able to deliver
    # nuclear weapons through ... firing warheads ... firing missiles") are one thing the article says, and one
    # misread sentence made "Israel acts most (mostly assault)"
    top = sure.groupby("actor")["sentence_id"].nunique().sort_values(ascending=False, kind="stable")
    if not dated:
        when = "none dated, shown in the order told"
    elif one_day(df):
        when = f"{dated} dated, all on {_day_name(one_day(df))}, {len(df) - dated} undated; shown in the order told"
    if sure["sentence_id"].nunique() < MIN_EVENTS_FOR_LEADER or int(top.iloc[0]) < MIN_LEADER_EVENTS:
        return f"{len(df)} event{'s' if len(df) != 1 else ''} with a named agent ({when}{faded}): " \
               "too few to say who acts most"
    actor, n = top.index[0], int(top.iloc[0])
    mine = sure[sure["actor"] == actor]
    cats = mine.groupby("category")["sentence_id"].nunique().sort_values(ascending=False, kind="stable")
    # "mostly assault" only when that kind of event stands in two or more sentences and most of the agent's
    what = f"mostly {cats.index[0].lower()}" if int(cats.iloc[0]) >= 2 and 2 * int(cats.iloc[0]) > n else \
        ", ".join(c.lower() for c in cats.index[:3])
    if len(top) > 1 and int(top.iloc[1]) == n:  # a tie: no one acts most
        tied = int((top == n).sum())
        return f"{tied} agents with events in {n} sentences each, none acts most: {len(df)} events; {when}{faded}"
    return (f"{in_sentence(actor)} acts most: {len(mine)} of {len(df)} events, in {n} sentences "
            f"({what}); {when}{faded}")


def _columns(df: pd.DataFrame, sequence: bool) -> tuple:
    """(column, rows) of the figure: dated events left, undated right; in a sequence all in one."""
    if sequence:
        return ((1, df),)
    return (1, df[df["lane"] != UNDATED]), (2, df[df["lane"] == UNDATED])


def _text_positions(df: pd.DataFrame, sequence: bool) -> dict:
    """event_id -> where its words go: above and below the point in turn along each panel's x (neighbours'
    words did not fit side by side), beside it for a point stacked with others on its day, and toward the
    plot for an arrow at the window's edge."""
    out = {}
    for _, part in _columns(df, sequence):
        xs = sorted(set(part["x"]), key=lambda v: (str(type(v)), v))
        turn = {x: ("top center", "bottom center")[i % 2] for i, x in enumerate(xs)}
        crowd = part.groupby(["actor", "x"], sort=False)["event_id"].transform("count")
        for r, n in zip(part.itertuples(), crowd):
            out[r.event_id] = ("middle left" if r.lane == "after" else "middle right" if r.lane == "before" or n > 1
                               else turn[r.x])
    return out


def _add_points(fig, df: pd.DataFrame, sequence: bool = False) -> None:
    at = _text_positions(df, sequence)
    for cat in sorted(df["category"].unique()):
        color = CATEGORY_COLORS.get(cat, "#333333")
        for col, part in _columns(df[df["category"] == cat], sequence):
            if part.empty:
                continue
            symbols = [{"before": "triangle-left", "after": "triangle-right"}.get(ln, "circle-open" if inf else "circle")
                       for ln, inf in zip(part["lane"], part["date_inferred"])]
            years = [d[:4] if ln in ("before", "after") else "" for ln, d in zip(part["lane"], part["date"])]
            labels = [esc(f"{y} {lab}".strip()) for y, lab in zip(years, part["label"])]
            where = [at[e] for e in part["event_id"]]
            fig.add_trace(go.Scatter(
                x=part["x"], y=part["y"], mode="markers+text", name=esc(cat.lower()), legendgroup=cat,
                showlegend=bool(col == 1 or df[(df["category"] == cat) & (df["lane"] != UNDATED)].empty),
                text=labels, textposition=where, cliponaxis=False,
                textfont={"size": 10, "color": color},
                # a phone has no room for the words beside the points: the years of the arrows only (charts.render)
                meta={"narrow_text": years, "narrow_textposition": where},
                marker={"size": 12, "color": color, "line": {"width": 1.5, "color": color}, "symbol": symbols,
                        "opacity": [0.35 if low else 1.0 for low in part["low_confidence"]]},
                hovertext=[_hover(r) for r in part.itertuples()], hoverinfo="text",
            ), row=1, col=col)


def _add_links(fig, df: pd.DataFrame, sequence: bool = False) -> None:
    """A faint line from each event to its target's row; the dotted since-intervals."""
    for col, part in _columns(df, sequence):
        linked = part[part["target_row"].notna()]
        if not linked.empty:
            xs, ys = [], []
            for r in linked.itertuples():
                xs += [r.x, r.x, None]
                ys += [r.y, r.target_row, None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", showlegend=False, hoverinfo="skip",
                                     line={"color": "rgba(90,90,90,0.25)", "width": 1}, name="target link"),
                          row=1, col=col)
            # the link's end on the target's row: a row that is only a target is not left looking empty
            fig.add_trace(go.Scatter(
                x=linked["x"], y=linked["target_row"], mode="markers", name=TARGET_MARK, legendgroup=TARGET_MARK,
                showlegend=bool(df.attrs.get("targets")) and col == 1, legendrank=1999,
                marker={"symbol": "diamond-open", "size": 8, "color": "rgba(90,90,90,0.7)"},
                hovertext=[f"target of <b>{esc(r.actor)}</b> · {esc(r.category)} ({esc(r.predicate)})"
                           for r in linked.itertuples()], hoverinfo="text"), row=1, col=col)
    spans = df[df["interval_start"].notna() & (df["lane"] == "dated")]
    lo = df.attrs.get("window", (None, None))[0] if df.attrs.get("window") else None
    _add_periods(fig, df[df["period_start"].notna() & (df["lane"] == "dated")])
    for cat in sorted(spans["category"].unique()):
        xs, ys = [], []
        for r in spans[spans["category"] == cat].itertuples():
            xs += [max(r.interval_start, lo) if lo else r.interval_start, r.interval_end, None]
            ys += [r.y, r.y, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", legendgroup=cat, showlegend=False, hoverinfo="skip",
                                 line={"color": CATEGORY_COLORS.get(cat, "#333"), "dash": "dot", "width": 2},
                                 name=esc(cat.lower()) + " interval"), row=1, col=1)


#: the legend entry of the hollow points: an event the article tells as happening now, dated by the publication day
HOLLOW_MARK = "hollow: dated by publication"
#: the legend entry of the pale bands of dates known only to their month or year
PERIOD_MARK = "band: day unknown"


def _add_periods(fig, periods: pd.DataFrame) -> None:
    """A pale solid band over the period of each date known only to its week, month or year (the point sits
    in its middle); one legend entry for all of them."""
    for i, cat in enumerate(sorted(periods["category"].unique())):
        xs, ys = [], []
        for r in periods[periods["category"] == cat].itertuples():
            xs += [r.period_start, r.period_end, None]
            ys += [r.y, r.y, None]
        color = CATEGORY_COLORS.get(cat, "#333333")
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=PERIOD_MARK, legendgroup=PERIOD_MARK,
                                 showlegend=i == 0, legendrank=1998, hoverinfo="skip", opacity=0.3,
                                 line={"color": color, "width": 9}), row=1, col=1)


def actor_timeline(tables, *, show_statements: bool = False) -> go.Figure:
    df = timeline_frame(tables, show_statements=show_statements)
    window = df.attrs.get("window")
    # nothing dated, or every date the same day: the order the article tells them
    day = None if df.empty else one_day(df)
    sequence = not df.empty and (window is None or day is not None)
    undated = 0 if df.empty else int((df["lane"] == UNDATED).sum())
    if sequence:  # x is the sentence: events of one agent in one sentence stack (they stacked by date before)
        df["x"] = df["sentence_id"].astype(int) + 1
        df["y"] = _stack(df)
    if sequence or not undated:
        fig = make_subplots(rows=1, cols=1)
    else:
        # the undated panel is as wide as its share of the events (62% of events on train have no date)
        right = min(MAX_UNDATED_WIDTH, max(MIN_UNDATED_WIDTH, undated / len(df)))
        fig = make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[1 - right, right],
                            horizontal_spacing=0.03)
    if not df.empty:
        _add_links(fig, df, sequence)
        _add_points(fig, df, sequence)
    order = df.attrs.get("rows", [])
    if window and not sequence:
        span = (_day(window[1]) - _day(window[0])).days
        # a few days either side of a short window, so that one day is a column and not 24 hours
        # (the whole shown range stays within 2 * MIN_PAD_DAYS of the window, publication day included)
        pad = max(1, (2 * MIN_PAD_DAYS - span) // 2) if span < 2 * MIN_PAD_DAYS else max(1, int(span * 0.08))
        rng = [(_day(window[0]) - dt.timedelta(days=pad)).isoformat(),
               (_day(window[1]) + dt.timedelta(days=pad)).isoformat()]
        fig.update_xaxes(range=rng, row=1, col=1)
        if span + 2 * pad <= DAILY_TICKS_DAYS:
            # ticks on whole days, no hours; beside an undated panel the dated one is narrower: every few days
            # (a tick a day stood upright and ran into the axis title)
            share = 1 - (fig.layout.xaxis2.domain[0] if undated else 0)
            every = max(1, -(-(span + 2 * pad) // max(1, int(DAILY_TICKS_DAYS * share))))
            fig.update_xaxes(dtick=86_400_000 * every, tickformat="%b %d", tickangle=0, row=1, col=1)
    if sequence:
        last = int(max(len(tables.sentences), df["x"].max()))
        fig.update_xaxes(title_text=ONE_DAY_AXIS.format(day=_day_name(day)) if day else SEQUENCE_AXIS, type="linear", range=[0.5, last + 0.5], rangemode="normal",
                         row=1, col=1)
    else:
        fig.update_xaxes(title_text="Date (window around publication; arrows: events outside it)", type="date",
                         row=1, col=1)
    published = tables.article.published
    if window and published and not sequence:  # where "now" is: events dated by publication sit on this line (a legend entry,
        # not a label over the plot, where it ran into the legend)
        fig.add_trace(go.Scatter(x=[published, published], y=[-0.7, max(len(order) - 0.3, 0.7)], mode="lines",
                                 name=f"published {_day(published).strftime('%b %d').replace(' 0', ' ')}",
                                 line={"color": "rgba(60,60,60,0.55)", "width": 1, "dash": "dash"},
                                 hoverinfo="skip", legendrank=2000), row=1, col=1)
    if not df.empty and df["low_confidence"].any():  # the faded points' own legend entry
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="faded: low confidence",
                                 marker={"size": 12, "color": "#777", "opacity": 0.35}, legendrank=2001),
                      row=1, col=1)
    if not df.empty and df["date_inferred"].any():  # the hollow points' own legend entry
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=HOLLOW_MARK, legendrank=2002,
                                 marker={"size": 12, "color": "#777", "symbol": "circle-open"}), row=1, col=1)
    if undated and not sequence:
        # a place in the order told, not a quantity: no ticks; room either side for the words of the end points
        fig.update_xaxes(title_text=UNDATED_AXIS, type="linear", row=1, col=2, showgrid=False, zeroline=False,
                         showticklabels=False, range=[0.3, undated + 0.7])
    targets = set(df.attrs.get("targets", ()))
    fig.update_yaxes(title_text="Agent (grey: only a target)" if targets else "Agent",
                     tickvals=list(range(len(order))), ticktext=[_tick(esc(a), a in targets) for a in order],
                     range=[-0.7, max(len(order) - 0.3, 0.7)], zeroline=False, row=1, col=1)
    tallest = int(df.groupby(["actor", "x"])["event_id"].count().max()) if not df.empty else 1
    height = max(380, 190 + len(order) * max(46, 12 * tallest))
    fig = finish(fig, tables, chart_id=CHART_ID, title=_title(df), frame=df,
                 empty_message="No events with a named agent in this article's tables.", height=height,
                 measured=MEASURED, accuracy_of=("events", "times", "actors"))
    # a phone (charts.render) shows short agent names and fewer date ticks, so the plot keeps its width
    fig.update_layout(meta={**(fig.layout.meta or {}),
                            "narrow_yticktext": [_tick(esc(_short(a, tables=tables)), a in targets) for a in order],
                            "narrow_xaxis": {"tickfont": {"size": 10}} if sequence else _narrow_xaxis(window)})
    fig.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "xanchor": "left",
                              # a short key title: "Event type (hollow: date = publication)" pushed the last entries
                              # past the right edge on articles with seven kinds of event; hollow has its own entry
                              "title": {"text": "Event type "}},
                      margin={"t": fig.layout.margin.t + 60})  # the legend sits between the title and the plot
    # a key of many entries wraps onto a second row, which grows upward into the title: room for it
    extra = LEGEND_ROW * (_legend_rows(fig) - 1)
    if extra:
        fig.update_layout(margin={"t": fig.layout.margin.t + extra}, height=fig.layout.height + extra)
    return fig


#: the height of one row of the key, in px; the width of one of its characters, and of its marker and gaps
LEGEND_ROW, LEGEND_CHAR, LEGEND_ENTRY = 34, 6.5, 46
#: the width the key wraps at on a desktop page (the report's column is 1100 px, less the axis margins)
LEGEND_WIDTH = 900


def _legend_rows(fig) -> int:
    """How many rows the horizontal key takes at desktop width (its title and every entry shown)."""
    names = [tr.name or "" for tr in fig.data if tr.showlegend is not False and tr.name]
    width = len(fig.layout.legend.title.text or "") * LEGEND_CHAR + sum(len(n) * LEGEND_CHAR + LEGEND_ENTRY
                                                                         for n in dict.fromkeys(names))
    return max(1, -(-int(width) // LEGEND_WIDTH))


def timeline_events(tables) -> pd.DataFrame:
    """The timeline's points as a list in the order the article tells them: who did what to whom, and when.
    A phone has no room for the words beside the points (charts.render shows them on hover only); this list,
    under the chart, says on every screen what each point is."""
    from .summary import CHARS_OF_PRECISION as CHARS

    df = timeline_frame(tables)
    # not the sentence itself: on a phone it made each row a dozen lines tall; its number comes first and links to
    # it in the article (the report's tables); a point the chart draws faded says "(unsure)" after its word
    cols = [SENTENCE_COLUMN, "agent", "what", "to whom", "when"]
    if df.empty:
        return pd.DataFrame(columns=cols).set_index(SENTENCE_COLUMN)
    df = df.sort_values(["sentence_id", "event_id"], kind="stable")
    when = [p if isinstance(p, str) and p else d[:CHARS.get(pr, 10)] if isinstance(d, str) and d else "undated"
            for p, d, pr in zip(df["period"], df["date"], df["date_precision"])]
    what = [f"{w} (unsure)" if low else w for w, low in zip(df["predicate"].fillna(""), df["low_confidence"])]
    out = pd.DataFrame({SENTENCE_COLUMN: [sentence_numbers([i]) for i in df["sentence_id"]], "agent": df["actor"],
                        "what": what, "to whom": df["target"].fillna(""), "when": when})
    return out.set_index(SENTENCE_COLUMN)
