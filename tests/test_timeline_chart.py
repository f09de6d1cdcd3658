"""The actor timeline chart on hand-written tables: rows, window, undated lane, links, colours, title."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from helpers import charts
from helpers.charts.sample import sample_tables
from helpers.charts.timeline import (
    CATEGORY_COLORS, CHART_ID, PERIOD_MARK, UNDATED_AXIS, cluster_window, timeline_frame,
)
from helpers.records import PLOVER_CATEGORIES, Event, Time
from helpers.tables import ArticleTables


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


_SENTENCES = itertools.count(10)


def ev(eid, agent, date, category="CONSULT", target=None, time_id=None, inferred=False, sid=None):
    """An invented event, in a sentence of its own unless ``sid`` is given (two rows of one sentence count once)."""
    sid = next(_SENTENCES) if sid is None else sid
    return Event(eid, sid, agent, target, tuple(x for x in (agent, target) if x), category, "meet", None, None,
                 "x", "asserted", date, "day" if date else None, time_id, inferred, 0.8)


def with_events(tables, events, times=()):
    return ArticleTables(article=tables.article, sentences=tables.sentences, actors=tables.actors,
                         times=list(times), events=events)


def test_fixed_id_and_one_row_per_agent(tables):
    fig = charts.actor_timeline(tables)
    assert charts.chart_id(fig) == CHART_ID
    df = charts.chart_frame(fig)
    # e7, e1, e5, e6 and e4 have agents; the two STATEMENT rows are hidden by default
    assert sorted(df["event_id"]) == ["e1", "e4", "e5", "e6", "e7"]
    assert set(df["actor"]) == {"Anna Berg", "Pablo Soto", "Norwegian Fisheries Council"}
    assert "STATEMENT" not in set(df["category"])
    shown = charts.chart_frame(charts.actor_timeline(tables, show_statements=True))
    assert {"e2", "e3"} <= set(shown["event_id"])


def test_a_busy_day_stacks_inside_its_row(tables):
    df = charts.chart_frame(charts.actor_timeline(tables))
    berg = df[(df["actor"] == "Anna Berg") & (df["date"] == "2025-03-11")]
    assert berg["event_id"].tolist() == ["e1", "e5", "e6"]
    row = berg["row"].iloc[0]
    from helpers.charts.timeline import STACK_STEP

    assert [round(y - row, 2) for y in berg["y"]] == [-STACK_STEP, 0.0, STACK_STEP]
    many = [ev(f"x{i}", "anna-berg", "2025-03-11") for i in range(30)]
    df = charts.chart_frame(charts.actor_timeline(with_events(tables, many)))
    assert df["y"].max() - df["y"].min() <= 0.77


def test_since_interval_is_drawn_dotted_and_cut_at_publication(tables):
    # the times table ends "since 2024" on the publication date (2025-03-14), not on 31 December 2024
    t = Time("t", 0, 4, "since 2024", "DATE", "2024", "year", "2024-01-01", "2025-03-20", 0)
    fig = charts.actor_timeline(with_events(tables, [ev("e", "anna-berg", "2025-03-01", time_id="t")], [t]))
    row = charts.chart_frame(fig).iloc[0]
    assert (row["interval_start"], row["interval_end"]) == ("2024-01-01", "2025-03-14")
    dotted = [tr for tr in fig.data if tr.mode == "lines" and tr.line.dash == "dot"]
    assert len(dotted) == 1 and list(dotted[0].x)[1] == "2025-03-14"


@pytest.mark.parametrize("text,value,precision,start,end,middle,name", [
    ("this month", "2025-03", "month", "2025-03-01", "2025-03-31", "2025-03-07", "March 2025"),
    ("in 2024", "2024", "year", "2024-01-01", "2024-12-31", "2024-07-01", "2024"),
])
def test_a_date_known_only_to_its_month_or_year_is_a_band_not_a_day_or_a_duration(
        tables, text, value, precision, start, end, middle, name):
    t = Time("t", 0, 4, text, "DATE", value, precision, start, end, 0)
    e = dataclasses.replace(ev("e", "anna-berg", start, time_id="t"), date_precision=precision)
    fig = charts.actor_timeline(with_events(tables, [e], [t]))
    row = charts.chart_frame(fig).iloc[0]
    assert row["interval_start"] is None  # no dotted "since" line: it read as a duration
    assert not any(getattr(tr.line, "dash", None) == "dot" for tr in fig.data if tr.mode == "lines")
    assert row["x"] == middle and row["period"] == name  # the point sits in the middle, not on the 1st
    band = [tr for tr in fig.data if tr.name == PERIOD_MARK]
    assert band and band[0].x[0] == start and band[0].x[1] == min(end, "2025-03-14")  # cut at publication
    assert fig.layout.xaxis.range[0] < start  # the band is not cut by the axis
    hover = " ".join(str(h) for tr in fig.data if tr.hovertext is not None for h in tr.hovertext)
    assert f"some time in {name}" in hover


def test_far_event_is_an_edge_arrow_not_a_stretched_axis(tables):
    events = [ev("a", "anna-berg", "2025-03-11"), ev("b", "pablo-soto", "2025-03-13"),
              ev("c", "anna-berg", "2025-03-14"), ev("old", "pablo-soto", "1949-04-04")]
    fig = charts.actor_timeline(with_events(tables, events))
    df = charts.chart_frame(fig).set_index("event_id")
    assert df.loc["old", "lane"] == "before" and df.loc["old", "x"] == "2025-03-11"
    assert fig.layout.xaxis.range[0] >= "2025-03-01"
    arrows = [tr for tr in fig.data if tr.mode == "markers+text" and "triangle-left" in list(tr.marker.symbol)]
    assert arrows and any(t.startswith("1949") for t in arrows[0].text)


def test_cluster_window_centres_on_publication():
    dates = ["2025-03-10", "2025-03-12", "2025-03-14", "1949-01-01"]
    lo, hi = cluster_window(dates, "2025-03-14")
    assert lo == "2025-03-10" and hi == "2025-03-14"
    assert cluster_window([], "2025-03-14") is None


def test_undated_events_get_their_own_lane_in_the_order_told(tables):
    # invented: three undated events told in sentences 4, 1 and 1, one dated event
    events = [ev("u3", "anna-berg", None, sid=4), ev("u1", "pablo-soto", None, sid=1), ev("u2", "anna-berg", None, sid=1),
              ev("d", "anna-berg", "2025-03-12")]
    fig = charts.actor_timeline(with_events(tables, events))
    df = charts.chart_frame(fig).set_index("event_id")
    assert (df.loc[["u1", "u2", "u3"], "lane"] == "undated").all()
    # each its own place, in the order told (not one "undated" column where they all stacked)
    assert df.loc[["u1", "u2", "u3"], "x"].tolist() == [1, 2, 3]
    assert df.loc["u3", "y"] == df.loc["u3", "row"]
    assert fig.layout.xaxis2.title.text == UNDATED_AXIS
    # the panel is as wide as the undated share (3 of 4), within its bounds
    from helpers.charts.timeline import MAX_UNDATED_WIDTH

    assert fig.layout.xaxis2.domain[1] - fig.layout.xaxis2.domain[0] == pytest.approx(MAX_UNDATED_WIDTH, abs=0.03)
    dated_only = charts.actor_timeline(with_events(tables, [ev("d", "anna-berg", "2025-03-12")]))
    assert "xaxis2" not in dated_only.layout.to_plotly_json()  # no empty undated panel


def test_each_point_says_what_was_done_and_to_whom(tables):
    events = [ev("a", "anna-berg", "2025-03-12", "REJECT", target="pablo-soto"), ev("b", "pablo-soto", None, sid=2)]
    fig = charts.actor_timeline(with_events(tables, events))
    df = charts.chart_frame(fig).set_index("event_id")
    assert df.loc["a", "label"] == "meet → Soto" and df.loc["b", "label"] == "meet"
    texts = [t for tr in fig.data if tr.mode == "markers+text" for t in tr.text]
    assert sorted(texts) == ["meet", "meet → Soto"]
    # a phone keeps only the years of the edge arrows
    assert all(t == "" for tr in fig.data if tr.mode == "markers+text" for t in tr.meta["narrow_text"])


def test_neighbours_words_go_above_and_below_in_turn(tables):
    events = [ev(f"u{i}", "anna-berg", None, sid=i) for i in range(4)] + [ev("d", "anna-berg", "2025-03-12")]
    fig = charts.actor_timeline(with_events(tables, events))
    undated = [tr for tr in fig.data if tr.mode == "markers+text" and tr.xaxis == "x2"][0]
    assert list(undated.textposition) == ["top center", "bottom center"] * 2


def test_in_the_order_told_a_sentence_with_two_events_of_one_agent_stacks(tables):
    # invented: every event undated, two of one agent in one sentence
    events = [ev("a", "anna-berg", None, sid=3), ev("b", "anna-berg", None, sid=3, category="REJECT")]
    df = charts.chart_frame(charts.actor_timeline(with_events(tables, events))).set_index("event_id")
    assert df.loc["a", "x"] == df.loc["b", "x"] == 4 and df.loc["a", "y"] != df.loc["b", "y"]


@pytest.mark.parametrize("lo,hi,fmt", [("2025-03-01", "2025-03-14", "%b %d"), ("2024-06-01", "2025-03-14", "%b %Y"),
                                       ("2008-01-01", "2015-12-19", "%Y")])
def test_phone_date_ticks_name_the_year_of_a_long_window(lo, hi, fmt):
    from helpers.charts.timeline import _narrow_xaxis

    assert _narrow_xaxis((lo, hi))["tickformat"] == fmt
    assert len(_narrow_xaxis((lo, hi))["title"]["text"]) < 40  # a short title on half a phone's width


def test_target_in_hover_and_as_a_faint_link(tables):
    fig = charts.actor_timeline(with_events(tables, [ev("t", "anna-berg", "2025-03-12", "REJECT",
                                                        target="pablo-soto")]))
    df = charts.chart_frame(fig)
    assert set(df["actor"]) == {"Anna Berg"} and df["target"].tolist() == ["Pablo Soto"]
    links = [tr for tr in fig.data if tr.name == "target link"]
    assert links and list(links[0].y)[1] == df["target_row"].iloc[0] != df["row"].iloc[0]
    points = [tr for tr in fig.data if tr.mode == "markers+text"]
    assert "target: Pablo Soto" in points[0].hovertext[0]


def test_legend_on_top_axes_labelled_title_states_the_finding(tables):
    fig = charts.actor_timeline(tables)
    assert fig.layout.legend.orientation == "h" and fig.layout.legend.y > 1
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    # the sample's five events stand in four sentences: too few to name who acts most
    assert "too few to say who acts most" in fig.layout.title.text
    busy = with_events(tables, [ev(f"b{i}", "anna-berg", "2025-03-12") for i in range(3)] +
                       [ev(f"s{i}", "pablo-soto", "2025-03-12") for i in range(2)])
    title = charts.actor_timeline(busy).layout.meta["title"]
    assert title.startswith("Anna Berg acts most: 3 of 5 events, in 3 sentences (mostly consult)"), title


def test_rows_of_one_sentence_count_once_toward_who_acts_most(tables):
    # invented: Berg's three rows are one sentence ("able to fire warheads, fire missiles and drop bombs"), Soto's
    # two events two sentences; five confident sentences in all, so the title may name someone, but not Berg
    one = [ev(f"b{i}", "anna-berg", None, "ASSAULT", sid=3) for i in range(3)]
    one = [dataclasses.replace(e, predicate=p) for e, p in zip(one, ("fire", "drop", "launch"))]
    rest = [ev("s1", "pablo-soto", "2025-03-12"), ev("s2", "pablo-soto", "2025-03-13"),
            ev("n1", "norwegian-fisheries-council", "2025-03-12"), ev("n2", "anna-berg", "2025-03-13")]
    title = charts.actor_timeline(with_events(tables, one + rest)).layout.meta["title"]
    assert title.startswith("Pablo Soto acts most: 2 of 7 events, in 2 sentences") or "none acts most" in title, title
    assert not title.startswith("Anna Berg") and "mostly assault" not in title


def test_one_agent_doing_one_thing_twice_in_one_sentence_is_one_point(tables):
    twice = [ev("f1", "anna-berg", None, "ASSAULT", sid=2), ev("f2", "anna-berg", None, "ASSAULT", sid=2)]
    df = charts.chart_frame(charts.actor_timeline(with_events(tables, twice + [ev("o", "anna-berg", None, sid=3)])))
    assert sorted(df["event_id"]) == ["f1", "o"]


def _contrast_on_white(hex_color: str) -> float:
    rgb = [int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    lum = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return 1.05 / (lum + 0.05)


@pytest.mark.parametrize("category", PLOVER_CATEGORIES)
def test_category_colours_are_visible_on_white_and_not_yellow(category):
    color = CATEGORY_COLORS[category]
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    assert _contrast_on_white(color) >= 2.0
    assert not (r > 180 and g > 180 and b < 120), f"{category} is yellow"


def test_events_without_agent_are_left_out(tables):
    no_agent = dataclasses.replace(ev("n", "anna-berg", "2025-03-12"), actor_id=None)
    assert timeline_frame(with_events(tables, [no_agent])).empty


def test_a_short_window_shows_days_not_hours(tables):
    fig = charts.actor_timeline(tables)
    axis = fig.layout.xaxis
    lo, hi = (dt.date.fromisoformat(x[:10]) for x in axis.range)
    assert (hi - lo).days >= 4 and axis.tickformat == "%b %d" and axis.dtick == 86_400_000


def test_a_tie_for_most_events_names_no_one_in_the_title(tables):
    tied = with_events(tables, [ev(f"t{i}", "anna-berg" if i % 2 else "pablo-soto", "2025-03-12") for i in range(6)])
    title = charts.actor_timeline(tied).layout.title.text
    assert not title.startswith(("Anna Berg", "Pablo Soto"))
    assert title.startswith("2 agents with events in 3 sentences each, none acts most") and "6 dated, 0 undated" in title


def test_too_few_or_unsure_events_name_no_one_in_the_title(tables):
    few = with_events(tables, [ev("t1", "anna-berg", "2025-03-12"), ev("t2", "anna-berg", "2025-03-13"),
                               ev("t3", "pablo-soto", None)])
    assert charts.actor_timeline(few).layout.meta["title"] == \
        "3 events with a named agent (2 dated, 1 undated): too few to say who acts most"
    # five events, but three of Berg's are unsure: the two sure ones do not make her the one who acts most
    unsure = [dataclasses.replace(e, confidence=0.4) for e in
              (ev("u1", "anna-berg", "2025-03-12"), ev("u2", "anna-berg", "2025-03-12"), ev("u3", "anna-berg", None))]
    mixed = with_events(tables, unsure + [ev("s1", "pablo-soto", "2025-03-12"), ev("s2", "anna-berg", None)])
    title = charts.actor_timeline(mixed).layout.meta["title"]  # before it is wrapped into lines
    assert title.endswith("3 of low confidence): too few to say who acts most"), title


def test_low_confidence_events_are_faded_and_publication_is_a_legend_entry(tables):
    t = with_events(tables, [ev("a", "anna-berg", "2025-03-12"),
                             dataclasses.replace(ev("b", "pablo-soto", "2025-03-12"), confidence=0.3)])
    fig = charts.actor_timeline(t)
    opacity = {h.split("</b>")[0][3:]: o for tr in fig.data if tr.hovertext is not None
               for h, o in zip(tr.hovertext, tr.marker.opacity)}
    assert opacity == {"Anna Berg": 1.0, "Pablo Soto": 0.35}
    names = [tr.name for tr in fig.data if tr.showlegend is not False]
    assert "faded: low confidence" in names and any(n.startswith("published ") for n in names)
    assert not [a for a in fig.layout.annotations if a.text == "published"]  # no label over the legend
    assert "Accuracy of the tables on unseen articles: events:" in fig.layout.meta["note"]
    assert all(len(line) <= 88 for line in fig.layout.title.text.split("<br>"))


def test_a_country_target_is_shown_by_name(tables):
    t = with_events(tables, [ev("a", "anna-berg", "2025-03-12", target="CHL")])
    t = ArticleTables(article=t.article, sentences=t.sentences, actors=t.actors, events=t.events,
                      countries=tables.countries)
    assert timeline_frame(t)["target"].tolist() == ["Chile"]


def test_phone_ticks_stay_inside_the_window_and_name_people_as_the_article_does(tables):
    one_day = with_events(tables, [ev("a", "anna-berg", "2025-03-12"), ev("b", "pablo-soto", "2025-03-12")])
    meta = charts.actor_timeline(one_day).layout.meta
    lo, hi = meta["narrow_xaxis"]["tickvals"][0], meta["narrow_xaxis"]["tickvals"][-1]
    assert len(meta["narrow_xaxis"]["tickvals"]) <= 3 and "2025-03-11" <= lo and hi <= "2025-03-14"
    assert "Berg" in meta["narrow_yticktext"]


def test_on_a_phone_a_body_keeps_the_start_of_its_name_not_its_last_word(tables):
    body = with_events(tables, [ev("a", "norwegian-fisheries-council", "2025-03-12")])
    labels = charts.actor_timeline(body).layout.meta["narrow_yticktext"]
    assert "Council" not in labels and any(t.startswith("Norwegian") for t in labels)


def test_with_no_dated_event_the_events_follow_the_article_not_an_empty_date_axis(tables):
    events = [ev("a", "anna-berg", None, sid=2), ev("b", "pablo-soto", None, "REJECT", sid=0),
              ev("c", "anna-berg", None, sid=1)]
    fig = charts.actor_timeline(with_events(tables, events))
    df = charts.chart_frame(fig).set_index("event_id")
    assert df.loc[["b", "c", "a"], "x"].tolist() == [1, 2, 3]
    assert fig.layout.xaxis.type == "linear" and "sentence" in fig.layout.xaxis.title.text.lower()
    assert "xaxis2" not in fig.layout.to_plotly_json()
    assert all(tr.xaxis in (None, "x") for tr in fig.data)
    assert "none dated" in fig.layout.title.text
    assert set(fig.layout.yaxis.ticktext) == {"Anna Berg", "Pablo Soto"}


def test_a_row_that_is_only_a_target_is_grey_and_marked_where_the_link_ends(tables):
    # invented: Berg meets the council on one day; the council does nothing itself
    t = with_events(tables, [ev("e1", "anna-berg", "2025-03-11", target="norwegian-fisheries-council")])
    fig = charts.actor_timeline(t)
    rows = dict(zip(fig.layout.yaxis.ticktext, fig.layout.yaxis.tickvals))
    grey = next(k for k in rows if "Norwegian Fisheries Council" in k)
    assert "#888888" in grey and "#888" not in next(k for k in rows if "Anna Berg" in k)
    assert "only a target" in fig.layout.yaxis.title.text
    ends = [tr for tr in fig.data if tr.name == "target of an event"]
    assert ends and list(ends[0].y) == [rows[grey]] and ends[0].showlegend
    alone = charts.actor_timeline(with_events(tables, [ev("e1", "anna-berg", "2025-03-11")]))
    assert alone.layout.yaxis.title.text == "Agent" and not any(tr.name == "target of an event" for tr in alone.data)


def test_the_key_names_event_types_in_plain_lower_case(tables):
    # invented: one CONSULT event; the key reads "consult" (as the title does), the CSV keeps the PLOVER code
    fig = charts.actor_timeline(with_events(tables, [ev("a", "anna-berg", "2025-03-12")]))
    assert "consult" in [tr.name for tr in fig.data] and "CONSULT" not in [tr.name for tr in fig.data]
    assert charts.chart_frame(fig)["category"].tolist() == ["CONSULT"]


def test_when_every_dated_event_is_on_the_publication_day_the_events_follow_the_article(tables):
    # invented: both dated events are reported as happening on the day of publication (2025-03-14), one is undated
    events = [ev("a", "anna-berg", "2025-03-14", inferred=True, sid=2), ev("b", "pablo-soto", "2025-03-14", sid=0),
              ev("c", "anna-berg", None, sid=1)]
    fig = charts.actor_timeline(with_events(tables, events))
    df = charts.chart_frame(fig).set_index("event_id")
    assert df.loc[["b", "c", "a"], "x"].tolist() == [1, 2, 3]  # a single date column said nothing
    assert fig.layout.xaxis.type == "linear" and "Mar 14" in fig.layout.xaxis.title.text
    assert "all on Mar 14" in fig.layout.meta["title"] and "order told" in fig.layout.meta["title"]
    assert not [tr for tr in fig.data if str(tr.name).startswith("published")]  # no date line on a sentence axis
    spread = [ev("a", "anna-berg", "2025-03-12"), ev("b", "pablo-soto", "2025-03-14")]
    assert charts.actor_timeline(with_events(tables, spread)).layout.xaxis.type == "date"


def test_the_event_list_has_every_point_of_the_timeline_in_the_order_told():
    from helpers.charts.sample import sample_tables
    from helpers.charts.timeline import timeline_events, timeline_frame

    t = sample_tables()
    events = timeline_events(t)
    frame = timeline_frame(t)
    assert len(events) == len(frame) > 1
    told = frame.sort_values(["sentence_id", "event_id"], kind="stable")
    assert list(events["what"]) == list(told["predicate"].fillna(""))
    assert list(events["agent"]) == list(told["actor"])
    # each row names its sentence (from 1), a link to it in the report, and says when the chart fades its point
    assert list(events.index) == [str(i + 1) for i in told["sentence_id"]]
    unsure = dataclasses.replace(t, events=[dataclasses.replace(e, confidence=0.3) if e.event_id == "e1" else e
                                            for e in t.events])
    assert "meet (unsure)" in list(timeline_events(unsure)["what"])
    from helpers.charts.render import frame_html

    markup = frame_html(timeline_events(t))
    assert '<a href="01_article.html#sentence-0"' in markup and "<th>sentence</th>" in markup
    assert set(events["when"]) - {"undated"} <= {d[:10] for d in frame["date"].dropna()} | set(frame["period"].dropna())


def test_a_key_of_many_kinds_makes_room_for_its_second_row(tables):
    from helpers.charts.timeline import HOLLOW_MARK

    # invented: seven kinds of event, one dated by the publication day (hollow)
    kinds = ["AGREE", "ASSAULT", "CONSULT", "COOPERATE", "MOBILIZE", "SANCTION", "THREATEN"]
    many = [ev(f"k{i}", "anna-berg", "2025-03-12", k) for i, k in enumerate(kinds)]
    many[0] = dataclasses.replace(many[0], date_inferred=True)
    wide, narrow = (charts.actor_timeline(with_events(tables, evs)) for evs in (many, many[1:3]))
    assert wide.layout.legend.title.text.strip() == "Event type"  # the hollow's meaning is an entry, not the title
    assert HOLLOW_MARK in [tr.name for tr in wide.data] and HOLLOW_MARK not in [tr.name for tr in narrow.data]
    assert wide.layout.margin.t > narrow.layout.margin.t
