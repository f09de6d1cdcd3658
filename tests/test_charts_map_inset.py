"""Maps of places far apart: a main map and a framed inset instead of one world map with both tiny."""
from __future__ import annotations

import dataclasses

from helpers import charts
from helpers.charts.geo import inset_split, longitude_groups
from helpers.charts.sample import sample_tables
from helpers.records import Country


def test_longitude_groups_join_spans_within_the_gap():
    spans = {"USA": (-125.0, -67.0), "MEX": (-117.0, -86.0), "PRT": (-9.5, -6.0), "UKR": (22.0, 40.0),
             "RUS": (55.0, 145.0)}
    assert longitude_groups(spans) == [["USA", "MEX"], ["PRT", "UKR", "RUS"]]
    assert longitude_groups({"a": (0.0, 10.0), "b": (70.0, 80.0), "c": (140.0, 150.0)}) == [["a"], ["b"], ["c"]]


def test_the_heavier_group_is_the_main_map_and_three_groups_get_none():
    spans = {"USA": (-125.0, -67.0), "PRT": (-9.5, -6.0), "ESP": (-9.0, 3.0)}
    assert inset_split(spans, {"USA": 1, "PRT": 3, "ESP": 2}) == (["PRT", "ESP"], ["USA"])
    assert inset_split(spans, {"USA": 9, "PRT": 3, "ESP": 2}) == (["USA"], ["PRT", "ESP"])
    assert inset_split({"a": (0.0, 1.0), "b": (2.0, 3.0)}, {}) is None
    assert inset_split({"a": (0.0, 1.0), "b": (70.0, 71.0), "c": (150.0, 151.0)}, {}) is None


def test_a_far_country_goes_to_a_framed_inset_on_its_side():
    t = sample_tables()  # Norway (most mentions, with Oslo and Bergen) and Chile
    fig = charts.quote_map(t)
    assert fig.layout.geo2.showframe and fig.layout.geo2.domain.x[0] == 0  # Chile lies west: inset on the left
    lon0, lon1 = fig.layout.geo.lonaxis.range
    assert lon0 > -40  # the main map is not stretched to South America
    assert fig.layout.geo2.lonaxis.range[0] < -70 < fig.layout.geo2.lonaxis.range[1]
    near = dataclasses.replace(t, countries=[c for c in t.countries if c.iso3 == "NOR"]
                               + [Country("SWE", "Sweden", 1, ())])
    one = charts.quote_map(near)
    assert "geo2" not in one.layout.to_plotly_json() and all(tr.geo in (None, "geo") for tr in one.data)


def test_stance_map_puts_a_far_country_in_an_inset():
    t = sample_tables()  # Norway's two holders and Chile's one, all toward "fishing accord"
    fig = charts.stance_choropleth(t)
    by_geo = {tr.geo or "geo": list(tr.locations) for tr in fig.data}
    assert by_geo == {"geo": ["NOR"], "geo2": ["CHL"]}
    assert fig.layout.geo2.showframe and fig.layout.geo2.domain.x[0] == 0
    assert [tr.showscale for tr in fig.data] == [True, False]  # one colour bar


def test_maps_keep_no_room_for_an_x_axis_title_under_them():
    from helpers.charts.geo import MAP_BOTTOM

    for fig in (charts.quote_map(sample_tables()), charts.stance_choropleth(sample_tables())):
        footer = next(a for a in fig.layout.annotations if a.name == "nr-footer")
        assert fig.layout.margin.b == MAP_BOTTOM + 15 * footer.text.count("<br>")


def test_the_quote_flow_keeps_no_room_for_an_axis_title_either():
    from helpers.charts.geo import MAP_BOTTOM

    fig = charts.quote_flow(sample_tables())
    footer = next(a for a in fig.layout.annotations if a.name == "nr-footer")
    assert fig.layout.margin.b == MAP_BOTTOM + 15 * footer.text.count("<br>")


def test_the_stance_map_asks_for_the_height_its_frame_needs():
    fig = charts.stance_choropleth(sample_tables())  # Norway, with Chile in the inset
    assert 1.0 <= fig.layout.meta["aspect"] <= 3.0


def test_a_label_near_the_frames_edge_goes_to_the_side_inside_it():
    import pandas as pd

    from helpers.charts import quotes

    df = pd.DataFrame({"name": ["Bosnia and Herzegovina", "Far east"], "lat": [44.0, 44.0], "lon": [18.0, 60.0],
                       "n_mentions": [1, 1]})
    geo = {"lonaxis_range": [16.0, 62.0], "lataxis_range": [30.0, 60.0], "projection_type": "mercator"}
    west, east = quotes.place_labels(df, geo, width=260)
    assert west.endswith("right") and east.endswith("left")  # never past the frame's near edge


def test_the_stance_map_compares_the_target_most_countries_hold_a_stance_on():
    # invented rows: the topic with the most evidence is held by Norway alone; a tariff by Norway and Chile
    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "NOR", "quota rules", "topic", 0.8, "support", 0.9, ("q1", "q2", "e5", "e7"), 4),
        Stance("anna-berg", "NOR", "tariff", "topic", -0.6, "oppose", 0.9, ("q1",), 1),
        Stance("pablo-soto", "CHL", "tariff", "topic", -0.7, "oppose", 0.9, ("q2", "e1"), 2)])
    assert charts.main_topic(t) == "quota rules"
    fig = charts.stance_choropleth(t)
    assert not charts.is_empty(fig) and set(charts.chart_frame(fig)["topic"]) == {"tariff"}
    assert "Chile is against it; Norway: not firm" in fig.layout.meta["title"]
    shade = {iso: o for tr in fig.data for iso, o in zip(tr.locations, tr.marker.opacity)}
    assert shade["CHL"] == 1.0 and shade["NOR"] < 1.0  # one sentence: paler
    alone = dataclasses.replace(t, stances=t.stances[:1])
    message = next(a.text for a in charts.stance_choropleth(alone).layout.annotations if a.name == "nr-message")
    message = message.replace("<br>", " ")
    assert "only one country (Norway" in message and "two or more countries" in message


def test_the_stance_map_frames_the_whole_of_each_country_without_a_blank_band():
    # invented: officials of Russia and China on one levy; Russia's west (Moscow, 37°E) must stay in the frame,
    # and the frame is stated (no fitbounds, whose world-shaped box left a blank band above a wide country)
    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "RUS", "fish levy", "topic", 0.8, "support", 0.9, ("q1", "q2"), 2),
        Stance("pablo-soto", "CHN", "fish levy", "topic", -0.7, "oppose", 0.9, ("q2", "q3"), 2)])
    geo = charts.stance_choropleth(t).layout.geo
    assert not geo.fitbounds and geo.projection.type == "natural earth"
    assert geo.lonaxis.range[0] < 37 and geo.lonaxis.range[1] > 170
    assert 1.5 < charts.stance_choropleth(t).layout.meta["aspect"] < 3.5


def test_with_no_map_the_target_is_named_not_its_iso_code():
    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", None, "CHL", "country", -0.8, "oppose", 0.9, ("q1", "q2"), 2)])
    title = charts.stance_choropleth(t).layout.meta["title"]
    assert "“Chile”" in title and "CHL" not in title
