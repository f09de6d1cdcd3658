"""The report reads an article's title, date and publisher from a corpus catalogue (PolNeAR's metadata.tsv)."""
from __future__ import annotations

from helpers.report import catalogue_entry

HEADER = "compartment\tfilename\tpublisher\tpublication_date\ttitle\tcredit\n"


def _corpus(tmp_path, rows: str):
    (tmp_path / "text").mkdir()
    (tmp_path / "metadata.tsv").write_text(HEADER + rows, encoding="utf-8")
    article = tmp_path / "text" / "gazette_2019-03-02_ferry-strike.txt"
    article.write_text("Ferry crews walked out on Saturday.\n", encoding="utf-8")
    return article


def test_catalogue_one_folder_up_gives_title_date_and_publisher(tmp_path):
    article = _corpus(tmp_path, "train\tgazette_2019-03-02_ferry-strike\tgazette\t2019-03-02\t"
                                "Ferry crews strike over rosters\tNone\n")
    assert catalogue_entry(str(article)) == {"title": "Ferry crews strike over rosters",
                                             "published": "2019-03-02", "source": "gazette"}


def test_missing_values_and_unlisted_articles_give_nothing(tmp_path):
    article = _corpus(tmp_path, "train\tgazette_2019-03-02_ferry-strike\tNone\t\tFerry crews strike\tNone\n"
                                "train\tother\tgazette\t2019-03-03\tOther story\tNone\n")
    assert catalogue_entry(str(article)) == {"title": "Ferry crews strike"}
    (tmp_path / "text" / "unlisted.txt").write_text("Nothing here.\n", encoding="utf-8")
    assert catalogue_entry(str(tmp_path / "text" / "unlisted.txt")) == {}


def test_a_sidecar_wins_over_the_catalogue(tmp_path):
    article = _corpus(tmp_path, "train\tgazette_2019-03-02_ferry-strike\tgazette\t2019-03-02\tFerry\tNone\n")
    article.with_name(article.stem + ".meta.json").write_text('{"title": "Own title"}', encoding="utf-8")
    assert catalogue_entry(str(article)) == {}


def test_no_catalogue_gives_nothing(tmp_path):
    article = tmp_path / "loose.txt"
    article.write_text("A loose article.\n", encoding="utf-8")
    assert catalogue_entry(str(article)) == {}


def test_a_catalogue_title_splits_into_headline_and_deck():
    from helpers.charts._base import split_title

    assert split_title("Ferry crews strike; Rosters, union says, were changed without notice") == (
        "Ferry crews strike", "Rosters, union says, were changed without notice")
    assert split_title("Ferry crews strike over rosters") == ("Ferry crews strike over rosters", "")
    assert split_title("Strike: crews out; more to follow") == ("Strike: crews out; more to follow", "")


def test_the_index_shows_the_deck_apart_and_lists_no_unattributed_speaker():
    import dataclasses

    from helpers import report
    from helpers.charts.sample import sample_tables

    t = sample_tables()
    t = dataclasses.replace(t, article=dataclasses.replace(t.article, title="Crews strike; Ports, union says, close"))
    q = t.quotes[0]
    t = dataclasses.replace(t, quotes=[*t.quotes, dataclasses.replace(q, quote_id="q9", speaker=None, speaker_id=None,
                                                                          sentence_id=q.sentence_id + 1)])
    page = report.index_html(t, list(report.NOTEBOOKS))
    assert "<h1>Crews strike</h1>" in page and '<p class="deck">Ports, union says, close</p>' in page
    assert "(unattributed)" not in page.split("Top speakers")[1].split("</ol>")[0]


def test_the_source_note_under_each_chart_names_the_headline_only():
    import dataclasses

    from helpers.charts._base import source_note
    from helpers.charts.sample import sample_tables

    t = sample_tables()
    t = dataclasses.replace(t, article=dataclasses.replace(t.article, title="Crews strike; Ports, union says, close"))
    assert source_note(t).startswith("Source: Crews strike (")


def test_an_untitled_article_is_named_after_its_file_and_says_so():
    import dataclasses

    from helpers import report
    from helpers.charts.sample import sample_tables

    t = sample_tables()
    t = dataclasses.replace(t, article=dataclasses.replace(t.article, title=None, article_id="ferry-strike_talks"))
    page = report.index_html(t, list(report.NOTEBOOKS))
    assert "<h1>Ferry strike talks</h1>" in page and "named after its file" in page
