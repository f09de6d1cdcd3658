"""The corpus page's stance heatmap averages confident stance rows only (invented frames)."""
from __future__ import annotations

import pandas as pd

from helpers import corpus_report as cr


def _frames(confidence: list[float]) -> dict[str, pd.DataFrame]:
    art = pd.DataFrame({"article_id": ["a1", "a2"], "published": ["2016-09-05", "2016-09-14"],
                        "source": ["daily", "post"], "n_words": [100, 200]})
    art["date"] = pd.to_datetime(art["published"])
    art["outlet"] = art["source"]
    actors = pd.DataFrame({"article_id": ["a1", "a2"], "actor_id": ["acme", "acme"], "name": ["Acme", "Acme"],
                           "kind": ["organization"] * 2})
    stances = pd.DataFrame({"article_id": ["a1", "a2", "a2"], "holder_id": ["bo-ray"] * 3,
                            "target": ["acme"] * 3, "score": [-1.0, -0.5, 1.0], "confidence": confidence})
    return {"article": art, "actors": actors, "stances": stances,
            "countries": pd.DataFrame(columns=["article_id", "iso3", "name"])}


def test_low_confidence_rows_stay_out_of_the_corpus_shades():
    sure = cr.stance_trends(_frames([0.9, 0.9, 0.9]))
    assert sure["stances"].tolist() == [3]
    mixed = cr.stance_trends(_frames([0.9, 0.9, 0.5]))  # the one support row is unsure
    assert mixed["stances"].tolist() == [2] and mixed["score"].tolist() == [-0.75]
    fig = cr.stance_trends_figure(_frames([0.9, 0.9, 0.5]), label="x")
    assert any("confident rows only" in (a.text or "") for a in fig.layout.annotations)


def test_eight_actors_over_time_are_eight_different_lines():
    ids = [f"p{i}" for i in range(8)]
    art = pd.DataFrame({"article_id": ["a1"], "published": ["2016-09-05"], "source": ["daily"], "n_words": [100]})
    art["date"] = pd.to_datetime(art["published"])
    art["outlet"] = art["source"]
    actors = pd.DataFrame({"article_id": ["a1"] * 8, "actor_id": ids, "name": [f"Person {i}" for i in range(8)],
                           "kind": ["person"] * 8})
    mentions = pd.DataFrame({"article_id": ["a1"] * 8, "actor_id": ids, "start": list(range(8))})
    fig = cr.actors_over_time_figure({"article": art, "actors": actors, "mentions": mentions}, top=8)
    looks = {(tr.line.color, tr.line.dash) for tr in fig.data}
    assert len(fig.data) == 8 and len(looks) == 8


def test_eight_outlets_are_eight_different_bars():
    outlets = [f"outlet{i}" for i in range(8)]
    ids = [f"a{i}" for i in range(8)]
    art = pd.DataFrame({"article_id": ids, "published": ["2016-09-05"] * 8, "source": outlets, "n_words": [100] * 8})
    art["date"] = pd.to_datetime(art["published"])
    art["outlet"] = art["source"]
    quotes = pd.DataFrame({"article_id": ids, "quote_id": ["q1"] * 8, "speaker": ["Bo Ray"] * 8})
    fig = cr.speakers_by_outlet_figure({"article": art, "quotes": quotes})
    looks = {(tr.marker.color, tr.marker.pattern.shape or "") for tr in fig.data}
    assert len(fig.data) == 8 and len(looks) == 8
