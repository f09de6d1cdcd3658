"""Corpus runs: partitioned output, errors table, resume after kill -9, workers, formats."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from helpers import corpus
from helpers.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "kremlin-summit.txt"

TEXTS = {
    "alpha": "Rain fell on Paris.\nThe mayor said the river was high.\n",
    "beta": "Ships left the port of Lisbon on Monday.\nCrews cheered.\n",
    "gamma": "A new bridge opened in Oslo.\nTraffic moved slowly all day.\n",
}


def _folder(tmp_path: Path, texts: dict[str, str] = TEXTS) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _visible_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.is_file() and ".tmp" not in p.parts]


def test_schema_is_fixed_and_typed():
    s = corpus.schema("quotes")
    assert s.names[:4] == ["article_id", "quote_id", "kind", "text"]
    assert s.field("speaker_start").type == pa.int64()
    assert corpus.schema("stances").field("evidence").type == pa.list_(pa.string())
    assert corpus.schema("stances").field("score").type == pa.float64()
    assert corpus.schema("sentences").field("is_boilerplate").type == pa.bool_()
    assert corpus.schema("article").names[0] == "article_id"
    assert corpus.schema("errors").names[:3] == ["path", "error", "message"]
    with pytest.raises(ValueError):
        corpus.schema("nope")


def test_to_arrow_coerces_stray_types():
    table = corpus.to_arrow("countries", [{"article_id": "a", "iso3": "FRA", "name": "France",
                                           "n_mentions": "2", "actors": ("x",)}])
    assert table.to_pylist() == [{"article_id": "a", "iso3": "FRA", "name": "France", "n_mentions": 2,
                                  "actors": ["x"]}]


def test_ids_come_from_the_path_below_the_input_root(tmp_path):
    folder = tmp_path / "in"
    for rel in ("b/Story.txt", "a/story.md", "top.txt"):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text("Rain fell on Paris today.\n", encoding="utf-8")
    items = corpus.plan([str(folder), str(folder / "top.txt")])
    assert [i.article_id for i in items] == ["a-story", "b-story", "top"]  # top.txt named twice: one article
    alone = corpus.plan([str(folder / "b" / "Story.txt")])
    assert alone[0].article_id == "story"
    # the same bytes give the same fingerprint; another text another
    assert items[0].fingerprint == items[1].fingerprint
    (folder / "b" / "Story.txt").write_text("Snow fell.\n", encoding="utf-8")
    assert corpus.plan([str(folder)])[1].fingerprint != items[1].fingerprint


def test_folder_run_writes_partitioned_tables_and_errors(tmp_path, nlp):
    folder = _folder(tmp_path)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 not text")
    out = tmp_path / "out"
    assert corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, batch_size=2, progress=False) == 0

    articles = pd.read_parquet(out / "article")
    assert sorted(articles["article_id"]) == ["alpha", "beta", "gamma"]
    sentences = pd.read_parquet(out / "sentences")
    alpha = sentences[sentences["article_id"] == "alpha"]
    assert list(alpha["text"]) == ["Rain fell on Paris.", "The mayor said the river was high."]
    assert list(alpha["start"]) == [0, 20]
    assert sorted(sentences["article_id"].unique()) == ["alpha", "beta", "gamma"]

    errors = pd.read_parquet(out / "errors")
    assert len(errors) == 1
    row = errors.iloc[0]
    assert (row["article_id"], row["error"]) == ("broken", "InputError")
    assert "binary" in row["message"]
    assert Path(row["path"]).name == "broken.txt"

    # batch_size 2 over 4 articles: two parts per table, plus one file per table
    assert len(list((out / "quotes").glob("part-*.parquet"))) == 2
    for name in corpus.TABLE_NAMES:
        whole = pd.read_parquet(out / f"{name}.parquet")
        assert len(whole) == len(pd.read_parquet(out / name)), name
        if name not in ("article", "errors"):
            assert list(whole.columns)[0] == "article_id"
    assert not (out / ".tmp").exists()


def test_engine_exception_on_one_article_is_an_error_row(tmp_path, nlp, monkeypatch):
    import helpers.engine

    real = helpers.engine.build_tables

    def flaky(doc, article):
        if article.article_id == "beta":
            raise RuntimeError("extractor blew up")
        return real(doc, article)

    monkeypatch.setattr(helpers.engine, "build_tables", flaky)
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, batch_size=8, progress=False)
    assert sorted(pd.read_parquet(out / "article")["article_id"]) == ["alpha", "gamma"]
    errors = pd.read_parquet(out / "errors")
    assert list(errors["article_id"]) == ["beta"]
    assert list(errors["error"]) == ["RuntimeError"]
    assert errors["message"].iloc[0].startswith("extractor blew up")


def test_rerun_skips_finished_articles_and_adds_new_ones(tmp_path, nlp):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, batch_size=2, progress=False)
    before = {p.name: p.stat().st_mtime_ns for p in (out / "sentences").iterdir()}
    (folder / "delta.txt").write_text("Snow closed the roads near Zurich.\n", encoding="utf-8")
    corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, batch_size=2, progress=False)

    articles = pd.read_parquet(out / "article")
    assert sorted(articles["article_id"]) == ["alpha", "beta", "delta", "gamma"]
    sentences = pd.read_parquet(out / "sentences.parquet")
    assert not sentences.duplicated(["article_id", "sentence_id"]).any()
    after = {p.name: p.stat().st_mtime_ns for p in (out / "sentences").iterdir()}
    assert {k: after[k] for k in before} == before  # old parts untouched
    assert len(after) == len(before) + 1


def test_reopening_removes_uncommitted_parts_and_temp_files_only(tmp_path, nlp):
    from helpers.tableio import Dataset

    folder = _folder(tmp_path)
    out = tmp_path / "out"
    corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, batch_size=8, progress=False)
    orphan = out / "quotes" / "part-0001-000099-0123456789ab.parquet"
    orphan.write_bytes(b"half a file")
    (out / ".tmp").mkdir()
    ours = out / ".tmp" / "quotes-x.parquet.0123456789ab.partial"
    ours.write_bytes(b"junk")
    foreign = [out / ".tmp" / "notes.txt", out / "quotes" / "part-1-draft.docx", out / "mine.csv"]
    for f in foreign:
        f.write_text("keep me", encoding="utf-8")
    with Dataset(out, fmt="parquet") as store:
        assert not orphan.exists() and not ours.exists()
        assert all(f.read_text(encoding="utf-8") == "keep me" for f in foreign)
        assert set(store.live) == {"alpha", "beta", "gamma"}
        assert store.run == 2
        assert any("left alone" in w for w in store.warnings)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_give_the_same_rows_as_parquet(tmp_path, nlp, fmt):
    folder = _folder(tmp_path)
    paths = [str(p) for p in sorted(folder.iterdir())]
    corpus.run(paths, out=tmp_path / "pq", fmt="parquet", batch_size=2, progress=False)
    corpus.run(paths, out=tmp_path / fmt, fmt=fmt, batch_size=2, progress=False)
    assert (tmp_path / fmt / f"sentences.{fmt}").is_file()
    assert list((tmp_path / fmt / "sentences").glob(f"part-*.{fmt}"))
    for name in ("sentences", "article"):
        want = corpus.read_table(tmp_path / "pq", name)
        got = corpus.read_table(tmp_path / fmt, name)
        assert list(got.columns) == list(want.columns)
        assert got["article_id"].tolist() == want["article_id"].tolist()
        assert got["text"].tolist() == want["text"].tolist()
    with pytest.raises(corpus.InputError, match="parquet"):
        corpus.run(paths, out=tmp_path / "pq", fmt=fmt, progress=False)
    settings = tmp_path / "pq" / "_corpus.json"
    settings.write_text(json.dumps({**json.loads(settings.read_text()), "columns": "older"}))
    with pytest.raises(corpus.InputError, match="other columns"):
        corpus.run(paths, out=tmp_path / "pq", fmt="parquet", progress=False)


def test_cli_single_file_with_out_is_a_one_article_corpus(tmp_path, nlp, capsys):
    folder = _folder(tmp_path)
    out = tmp_path / "one"
    assert main(["analyze", str(folder / "alpha.txt"), "--out", str(out), "--format", "parquet",
                 "--no-progress"]) == 0
    assert pd.read_parquet(out / "article")["article_id"].tolist() == ["alpha"]
    assert pd.read_parquet(out / "sentences.parquet")["article_id"].tolist() == ["alpha", "alpha"]
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["analyze", str(empty), "--out", str(tmp_path / "bad"), "--no-progress"]) == 2
    assert "empty" in capsys.readouterr().err
    assert not (tmp_path / "bad").exists()


def test_two_workers_give_the_same_tables_as_one(tmp_path, nlp):
    folder = _folder(tmp_path)
    paths = [str(p) for p in sorted(folder.iterdir())]
    corpus.run(paths, out=tmp_path / "w1", workers=1, batch_size=1, progress=False)
    corpus.run(paths, out=tmp_path / "w2", workers=2, batch_size=1, progress=False)
    for name in corpus.TABLE_NAMES:
        a = _sorted(pd.read_parquet(tmp_path / "w1" / name))
        b = _sorted(pd.read_parquet(tmp_path / "w2" / name))
        pd.testing.assert_frame_equal(a, b, obj=name)


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    # parts finish in any order; within an article the rows keep theirs
    key = "article_id" if "article_id" in df.columns else df.columns[0]
    return df.sort_values(key, kind="stable").reset_index(drop=True)


def test_kill_minus_nine_then_rerun_gives_complete_output(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    n = 16
    for i in range(n):
        (folder / f"copy-{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "helpers", "analyze", str(folder), "--out", str(out),
           "--format", "parquet", "--batch-size", "2", "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    manifest = out / "_manifest"
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.is_dir() and len(list(manifest.glob("part-*.json"))) >= 1:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed: " + proc.stderr.read().decode()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    committed = len(list(manifest.glob("part-*.json")))
    assert 1 <= committed < n // 2
    # whatever the kill left, every visible part file is a whole Parquet file
    for part in (out / "sentences").glob("part-*.parquet"):
        pd.read_parquet(part)

    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    articles = pd.read_parquet(out / "article")
    assert sorted(articles["article_id"]) == [f"copy-{i:02d}" for i in range(n)]
    assert not articles["article_id"].duplicated().any()
    sentences = pd.read_parquet(out / "sentences.parquet")
    assert not sentences.duplicated(["article_id", "sentence_id"]).any()
    per_article = sentences.groupby("article_id").size()
    assert per_article.nunique() == 1  # identical texts: identical, complete sentence tables
    for name in corpus.TABLE_NAMES:
        parts = sorted(p.name for p in (out / name).glob("part-*"))
        entries = sorted(p.name for p in manifest.glob("part-*.json"))
        assert [p.split(".")[0] for p in parts] == [e.split(".")[0] for e in entries], name
    assert not (out / ".tmp").exists()
    assert all(not p.name.startswith(".") for p in _visible_files(out) if p.name != ".lock")
    assert len(json.loads((out / "_corpus.json").read_text())["tables"]) == len(corpus.TABLE_NAMES)


def test_a_catalogue_beside_the_folder_dates_the_articles_without_a_metadata_flag(tmp_path, nlp, capsys):
    """PolNeAR's layout: ``metadata.tsv`` one level above the ``text/`` folder."""
    folder = _folder(tmp_path)
    (tmp_path / "metadata.tsv").write_text("filename\tpublisher\tpublication_date\ttitle\n"
                                           "alpha\tdaily-news\t2016-09-12\tRain\n", encoding="utf-8")
    assert corpus.find_catalogue([str(folder)]) == (tmp_path / "metadata.tsv").resolve()
    assert corpus.find_catalogue(["-"]) is None
    out = tmp_path / "out"
    corpus.run([str(folder)], out=out, progress=True)
    assert "metadata.tsv" in capsys.readouterr().err
    art = pd.read_parquet(out / "article").set_index("article_id")
    assert art.loc["alpha", ["published", "source", "title"]].tolist() == ["2016-09-12", "daily-news", "Rain"]
    assert art.loc["beta", "published"] is None or pd.isna(art.loc["beta", "published"])


def test_metadata_table_gives_each_article_its_date_and_outlet(tmp_path, nlp):
    folder = _folder(tmp_path)
    meta = tmp_path / "meta.tsv"
    meta.write_text("filename\tpublisher\tpublication_date\ttitle\n"
                    "alpha\tdaily-news\t2016-09-12\tRain\n"
                    "beta.txt\tthe-post\t2016-10-01\tNone\n", encoding="utf-8")
    assert corpus.read_metadata(meta) == {
        "alpha": {"published": "2016-09-12", "title": "Rain", "source_name": "daily-news"},
        "beta": {"published": "2016-10-01", "source_name": "the-post"},
    }
    out = tmp_path / "out"
    corpus.run([str(p) for p in sorted(folder.iterdir())], out=out, metadata=meta, title="Flag wins",
               progress=False)
    art = pd.read_parquet(out / "article").set_index("article_id")
    assert art.loc["alpha", ["published", "source", "title"]].tolist() == ["2016-09-12", "daily-news", "Flag wins"]
    assert art.loc["beta", ["published", "source"]].tolist() == ["2016-10-01", "the-post"]
    assert art.loc["gamma", "published"] is None or pd.isna(art.loc["gamma", "published"])
    bad = tmp_path / "bad.csv"
    bad.write_text("title\nx\n", encoding="utf-8")
    with pytest.raises(corpus.InputError, match="file"):
        corpus.read_metadata(bad)
