"""The corpus page's stance-trends title names a target only when several articles attest it; every axis
is labelled. Frames are invented."""
from __future__ import annotations

import pandas as pd

from helpers import corpus_report as cr


def _frames(n_articles: int) -> dict[str, pd.DataFrame]:
    ids = [f"a{i}" for i in range(n_articles)]
    art = pd.DataFrame({"article_id": ids, "published": ["2016-09-05"] * n_articles, "source": ["daily"] * n_articles,
                        "n_words": [100] * n_articles})
    art["date"] = pd.to_datetime(art["published"])
    art["outlet"] = art["source"]
    actors = pd.DataFrame({"article_id": ids, "actor_id": ["ann-lee"] * n_articles, "name": ["Ann Lee"] * n_articles,
                           "kind": ["person"] * n_articles})
    stances = pd.DataFrame({"article_id": [ids[i % n_articles] for i in range(3)], "holder_id": ["bo-ray"] * 3,
                            "target": ["ann-lee"] * 3, "score": [-0.8, -0.6, -0.9]})
    quotes = pd.DataFrame({"article_id": ids, "quote_id": ["q1"] * n_articles, "speaker": ["Bo Ray"] * n_articles})
    return {"article": art, "actors": actors, "mentions": pd.DataFrame(columns=["article_id", "actor_id", "start"]),
            "quotes": quotes, "stances": stances, "countries": pd.DataFrame(columns=["article_id", "iso3", "name"]),
            "errors": pd.DataFrame(columns=["path", "error", "message", "article_id"])}


def test_a_target_of_one_article_is_no_trend_in_the_title():
    one = cr.stance_trends_figure(_frames(1))
    assert "no target has 3 or more stances in 2 or more articles" in one.layout.title.text
    many = cr.stance_trends_figure(_frames(3))
    assert many.layout.title.text == "Ann Lee draws the most opposition"


def test_corpus_axes_are_labelled():
    frames = _frames(3)
    for fig in (cr.speakers_by_outlet_figure(frames), cr.stance_trends_figure(frames)):
        assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
