"""Corpus summaries and figures on hand-made tables (no spaCy), plus one real round trip."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import corpus
from helpers import corpus_report as cr


def _frames() -> dict[str, pd.DataFrame]:
    art = pd.DataFrame({
        "article_id": ["a1", "a2", "a3"], "published": ["2016-09-05", "2016-09-14", None],
        "source": ["daily", "post", None], "n_words": [100, 200, 50],
    })
    art["date"] = pd.to_datetime(art["published"])
    art["outlet"] = art["source"].fillna(cr.NO_OUTLET)
    actors = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a3"], "actor_id": ["ann-lee", "acme", "ann-lee", "ann-lee"],
                           "name": ["Ann Lee", "Acme", "Ann Lee", "Ann Lee"],
                           "kind": ["person", "organization", "person", "person"]})
    mentions = pd.DataFrame({"article_id": ["a1", "a1", "a1", "a2", "a3"],
                             "actor_id": ["ann-lee", "ann-lee", "acme", "ann-lee", "ann-lee"],
                             "start": [0, 10, 20, 0, 0]})
    quotes = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2"], "quote_id": ["q1", "q2", "q1", "q2"],
                           "speaker": ["Ann Lee", "Ann Lee", "Ann Lee", None]})
    stances = pd.DataFrame({"article_id": ["a1", "a2", "a2"], "holder_id": ["ann-lee"] * 3,
                            "target": ["acme", "acme", "FRA"], "score": [0.5, -0.5, 1.0]})
    countries = pd.DataFrame({"article_id": ["a2"], "iso3": ["FRA"], "name": ["France"]})
    return {"article": art, "actors": actors, "mentions": mentions, "quotes": quotes, "stances": stances,
            "countries": countries, "errors": pd.DataFrame(columns=["path", "error", "message", "article_id"])}


def test_overview_counts_articles_per_outlet():
    df = cr.overview(_frames()).fillna("-")
    assert df.to_dict("index") == {
        "post": {"articles": 1, "words": 200, "first": "2016-09-14", "last": "2016-09-14"},
        "daily": {"articles": 1, "words": 100, "first": "2016-09-05", "last": "2016-09-05"},
        cr.NO_OUTLET: {"articles": 1, "words": 50, "first": "-", "last": "-"},
    }


def test_actors_over_time_counts_dated_mentions_per_week():
    df = cr.actors_over_time(_frames(), freq="W")
    rows = [(str(r.period.date()), r.actor, r.mentions, r.articles) for r in df.itertuples()]
    assert rows == [("2016-09-05", "Ann Lee", 2, 1), ("2016-09-05", "Acme", 1, 1), ("2016-09-12", "Ann Lee", 1, 1)]


def test_top_speakers_by_outlet_skips_unattributed_quotes():
    df = cr.top_speakers(_frames())
    assert df.values.tolist() == [["Ann Lee", "daily", 2, 1], ["Ann Lee", "post", 1, 1]]


def test_stance_trends_average_per_month_with_names():
    df = cr.stance_trends(_frames(), freq="M")
    rows = [(str(r.period.date()), r.target, r.score, r.stances) for r in df.itertuples()]
    assert rows == [("2016-09-01", "Acme", 0.0, 2), ("2016-09-01", "France", 1.0, 1)]
    with pytest.raises(ValueError):
        cr.stance_trends(_frames(), freq="Q")


def test_figures_have_ids_and_empty_states():
    frames = _frames()
    figs = [cr.actors_over_time_figure(frames), cr.speakers_by_outlet_figure(frames), cr.stance_trends_figure(frames)]
    assert [f.layout.meta["chart_id"] for f in figs] == [
        "corpus-actors-over-time", "corpus-speakers-by-outlet", "corpus-stance-trends"]
    assert not any(f.layout.meta["empty"] for f in figs)
    assert "3 articles" in figs[0].layout.annotations[0].text
    empty = {**frames, "quotes": frames["quotes"].iloc[0:0]}
    fig = cr.speakers_by_outlet_figure(empty)
    assert fig.layout.meta["empty"] and "No attributed quotes" in fig.layout.annotations[-1].text


def test_load_run_reads_a_real_corpus_run(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Ships left Lisbon on Monday.\nCrews cheered.\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("filename,publisher,published\none.txt,harbour-news,2016-09-12\n", encoding="utf-8")
    corpus.run([str(folder / "one.txt")], out=tmp_path / "out", metadata=meta, progress=False)
    frames = cr.load_run(tmp_path / "out")
    assert frames["article"]["outlet"].tolist() == ["harbour-news"]
    assert cr.overview(frames)["articles"].to_dict() == {"harbour-news": 1}
    written = cr.export_all(frames, tmp_path / "csv")
    assert [p.name for p in written] == ["corpus_overview.csv", "corpus_actors_over_time.csv",
                                         "corpus_top_speakers.csv", "corpus_stance_trends.csv"]


def test_corpus_page_renders_offline_from_a_finished_run(tmp_path, nlp):
    """make corpus-report CORPUS=DIR: the page is drawn from the run (no re-analysis) with plotly.js beside it."""
    import re

    from helpers import report

    article = tmp_path / "one.txt"
    article.write_text("\u201cThe port will reopen,\u201d Mayor Rui Lopes said in Porto on Monday.\n", encoding="utf-8")
    corpus.run([str(article)], out=tmp_path / "run", progress=False)
    tables = lambda: sorted(str(p) for p in (tmp_path / "run").rglob("*") if "csv" not in p.parts)  # noqa: E731
    before = tables()
    page = report.build_corpus(str(tmp_path / "run"), out=tmp_path / "site", progress=lambda line: None)
    html = page.read_text(encoding="utf-8")
    assert page.name == "05_corpus.html" and (tmp_path / "site" / "plotly.min.js").exists()
    assert re.findall(r'<script[^>]+src="([^"]+)"', html) == ["plotly.min.js", "world_110m.js"]
    assert not re.search(r'(src|href)="https?://', html)
    for chart in ("corpus-actors-over-time", "corpus-speakers-by-outlet", "corpus-stance-trends"):
        assert f'id="{chart}"' in html
    assert "1 articles in, 1 analysed" in html
    assert tables() == before  # the run was read, not redone (only the CSV exports are added beside it)


def test_mentions_over_time_are_divided_by_the_articles_of_the_period():
    frames = _frames()
    # a second article in the first week that names nobody: Ann Lee's 2 mentions are 1 per article
    extra = pd.DataFrame({"article_id": ["a4"], "published": ["2016-09-06"], "source": ["daily"], "n_words": [10]})
    extra["date"] = pd.to_datetime(extra["published"])
    extra["outlet"] = extra["source"]
    frames["article"] = pd.concat([frames["article"], extra], ignore_index=True)
    df = cr.actors_over_time(frames, freq="W")
    got = {(str(r.period.date()), r.actor): (r.period_articles, r.per_article) for r in df.itertuples()}
    assert got[("2016-09-05", "Ann Lee")] == (2, 1.0) and got[("2016-09-12", "Ann Lee")] == (1, 1.0)
    fig = cr.actors_over_time_figure(frames, freq="W")
    assert list(fig.data[0].y) == [1.0, 1.0] and "per article" in fig.layout.yaxis.title.text
    raw = cr.actors_over_time_figure(frames, freq="W", per_article=False)
    assert list(raw.data[0].y) == [2, 1]


def test_fragments_of_one_sentence_count_once_per_speaker():
    frames = _frames()
    frames["quotes"] = frames["quotes"].assign(sentence_id=[3, 3, 1, 2])
    df = cr.top_speakers(frames)
    assert df.values.tolist() == [["Ann Lee", "daily", 1, 1], ["Ann Lee", "post", 1, 1]]
