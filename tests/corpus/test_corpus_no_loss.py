"""Corpus runs that lose nothing (issue 20, items 1-4): lock, stable ids, foreign files, verified parts."""
from __future__ import annotations

import errno
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import chunking, corpus, tableio
from helpers.__main__ import main
from helpers.tableio import Dataset, read_table

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, **kw)


def analyze(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["analyze", *args, "--no-progress"])
    return code, capsys.readouterr().err.strip().splitlines()


def write(folder: Path, rel: str, text: str) -> Path:
    p = folder / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_a_second_run_is_refused_naming_the_lock(tmp_path):
    out = tmp_path / "out"
    write(tmp_path / "in", "a.txt", "The mayor said the river was high.\n")
    with Dataset(out, fmt="parquet"):  # a run in progress holds the folder
        proc = cli("analyze", str(tmp_path / "in"), "--out", str(out), "--format", "parquet", timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(out / ".lock") in lines[0] and "another run" in lines[0]


def test_a_folder_of_foreign_files_is_refused_and_left_as_it_was(tmp_path):
    out = tmp_path / "out"
    mine = [write(out, ".tmp/important-notes.txt", "notes"), write(out, "article/part-1-draft.docx", "draft"),
            write(out, "events/part-2024.csv", "a,b"), write(out, "quotes.parquet", "not parquet")]
    write(tmp_path / "in", "a.txt", "The mayor said the river was high.\n")
    proc = cli("analyze", str(tmp_path / "in"), "--out", str(out), "--format", "parquet", timeout=60)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "did not write" in proc.stderr
    assert [p.read_text(encoding="utf-8") for p in mine] == ["notes", "draft", "a,b", "not parquet"]
    assert not (out / "_corpus.json").exists()


def test_ids_do_not_depend_on_the_other_files_nor_their_order(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    write(folder, "b/story.txt", "Ships left the port of Lisbon on Monday.\n")
    out = tmp_path / "out"
    assert analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")[0] == 0
    write(folder, "a/story.txt", "A new bridge opened in Oslo on Tuesday.\n")
    assert analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")[0] == 0
    articles = read_table(out, "article")
    assert sorted(articles["article_id"]) == ["a-story", "b-story"]
    assert articles.set_index("article_id").loc["a-story", "text"].startswith("A new bridge")

    # two files named in either order: the same rows
    one, two = write(tmp_path, "x/first.txt", "Rain fell on Paris.\n"), write(tmp_path, "x/second.txt", "Snow fell.\n")
    outs = []
    for order in ((one, two), (two, one)):
        outs.append(tmp_path / f"out-{len(outs)}")
        assert analyze(capsys, *map(str, order), "--out", str(outs[-1]), "--format", "csv")[0] == 0
    frames = [read_table(o, "article").sort_values("article_id").reset_index(drop=True) for o in outs]
    assert len(frames[0]) == 2
    pd.testing.assert_frame_equal(frames[0], frames[1])


def test_stdin_twice_into_one_out_is_one_article(capsys, tmp_path, nlp, monkeypatch):
    out = tmp_path / "out"
    text = "“We will build it,” the mayor said on Monday.\n"
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
        assert analyze(capsys, "-", "--out", str(out), "--format", "json")[0] == 0
    articles, quotes = read_table(out, "article"), read_table(out, "quotes")
    assert len(articles) == 1 and articles["article_id"].iloc[0].startswith("stdin-")
    assert len(quotes) >= 1 and not quotes.duplicated().any()


def test_a_changed_file_is_analysed_again_and_replaces_its_rows(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    write(folder, "a.txt", "Rain fell on Paris.\n")
    write(folder, "b.txt", "Ships left Lisbon.\n")
    out = tmp_path / "out"
    analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")
    write(folder, "a.txt", "Snow fell on Berlin and Warsaw.\n")
    code, _ = analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")
    assert code == 0
    articles = pd.read_parquet(out / "article.parquet").set_index("article_id")
    assert sorted(articles.index) == ["a", "b"]
    assert articles.loc["a", "text"].startswith("Snow")
    sentences = pd.read_parquet(out / "sentences.parquet")
    assert set(sentences.loc[sentences["article_id"] == "a", "text"]) == {"Snow fell on Berlin and Warsaw."}
    assert len(list((out / "_manifest").glob("*.json"))) == 1  # the old part was replaced, not kept


def test_a_lost_or_corrupt_part_is_found_and_its_articles_redone(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    for i, city in enumerate(["Paris", "Lisbon", "Oslo", "Rome"]):
        write(folder, f"n{i}.txt", f"“The river is high,” the mayor of {city} said.\n")
    out = tmp_path / "out"
    analyze(capsys, str(folder), "--out", str(out), "--format", "parquet", "--batch-size", "2")
    before = read_table(out, "quotes").sort_values(["article_id", "start"]).reset_index(drop=True)
    assert before["article_id"].nunique() == 4
    parts = sorted((out / "quotes").glob("part-*.parquet"))
    parts[0].unlink()
    code, err = analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")
    assert code == 0 and any("missing" in line for line in err)
    after = read_table(out, "quotes").sort_values(["article_id", "start"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(before, after)
    assert pd.read_parquet(out / "quotes.parquet").shape == before.shape

    # a part that changed on disk: `helpers verify` finds it and redoes its articles
    part = sorted((out / "sentences").glob("part-*.parquet"))[0]
    part.write_bytes(b"PAR1 not really")
    assert main(["verify", str(out), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "changed since it was written" in err
    assert read_table(out, "sentences")["article_id"].nunique() == 4
    assert main(["verify", str(out)]) == 0 and "every part checks out" in capsys.readouterr().err


def test_a_corrupt_manifest_entry_is_dropped_and_redone(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    write(folder, "a.txt", "Rain fell on Paris.\n")
    out = tmp_path / "out"
    analyze(capsys, str(folder), "--out", str(out), "--format", "csv")
    entry = next((out / "_manifest").glob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    code, err = analyze(capsys, str(folder), "--out", str(out), "--format", "csv")
    assert code == 0 and any("unreadable" in line and "analysed again" in line for line in err)
    assert list(read_table(out, "article")["article_id"]) == ["a"]


def test_manifest_records_rows_and_checksums_and_offsets_are_integers(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    write(folder, "a.txt", "“We are ready,” said the minister.\nThe talks ended on Friday.\n")
    out = tmp_path / "out"
    analyze(capsys, str(folder), "--out", str(out), "--format", "parquet")
    entry = json.loads(next((out / "_manifest").glob("*.json")).read_text(encoding="utf-8"))
    assert entry["articles"][0]["article_id"] == "a" and entry["articles"][0]["fingerprint"]
    for name, info in entry["files"].items():
        assert tableio.file_digest(out / info["file"]) == info["sha256"]
        assert pd.read_parquet(out / info["file"]).shape[0] == info["rows"], name
    quotes = read_table(out, "quotes")
    assert str(quotes["cue_start"].dtype) == "Int64" and str(quotes["start"].dtype) == "Int64"


def test_a_full_disk_is_exit_2_and_keeps_what_was_committed(capsys, tmp_path, nlp, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "a.txt", "Rain fell on Paris.\n")
    write(folder, "b.txt", "Ships left Lisbon.\n")

    def full(*args, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tableio, "write_part", full)
    code, err = analyze(capsys, str(folder), "--out", str(tmp_path / "out"), "--format", "parquet")
    assert code == 2 and len(err) == 1 and "disk is full" in err[0] and "rerun" in err[0]


def test_out_that_is_a_file_is_exit_2(capsys, tmp_path):
    target = write(tmp_path, "taken.txt", "x")
    write(tmp_path / "in", "a.txt", "Rain fell on Paris.\n")
    code, err = analyze(capsys, str(tmp_path / "in"), "--out", str(target), "--format", "parquet")
    assert code == 2 and len(err) == 1 and "not a folder" in err[0]


def test_a_long_article_through_out_is_chunked(capsys, tmp_path, nlp, monkeypatch):
    seen = []
    parse = chunking.parse

    def spy(nlp_, text, paragraphs=None, **kw):
        seen.append(len(text))
        return parse(nlp_, text, paragraphs, max_chars=200)

    monkeypatch.setattr(chunking, "is_long", lambda text, threshold=0: len(text) > 300)
    monkeypatch.setattr(chunking, "parse", spy)
    folder = tmp_path / "in"
    long_text = "".join(f"Officials in Geneva said on day {i} that the talks had begun.\n" for i in range(12))
    write(folder, "long.txt", long_text)
    write(folder, "short.txt", "Rain fell on Paris.\n")
    assert analyze(capsys, str(folder), "--out", str(tmp_path / "out"), "--format", "parquet")[0] == 0
    assert seen == [len(long_text)]
    sentences = read_table(tmp_path / "out", "sentences")
    assert (sentences["article_id"] == "long").sum() == 12


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_read_part_round_trips_every_type(tmp_path, fmt):
    rows = [{"article_id": "a", "stance_id": "s1", "score": 0.25, "evidence": ["x", "y,z"]}]
    table = tableio.to_arrow("stances", rows)
    path = tmp_path / f"part{tableio.SUFFIX[fmt]}"
    tableio.write_part(table, path, fmt)
    assert tableio.read_part(path, "stances", fmt).equals(table)
    assert corpus.read_table is tableio.read_table


def test_two_inputs_with_one_id_refuse_the_second_once(capsys, tmp_path, nlp):
    write(tmp_path, "a/story.txt", "Rain fell on Paris.\n")
    write(tmp_path, "b/story.txt", "Snow fell on Oslo.\n")
    out = tmp_path / "out"
    for _ in range(2):  # a rerun refuses it again, but does not add a second errors row
        code, err = analyze(capsys, str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out), "--format", "parquet")
        assert code == 0 and any("same article id 'story'" in line for line in err)
    assert list(read_table(out, "article")["article_id"]) == ["story"]
    errors = read_table(out, "errors")
    assert list(errors["error"]) == ["DuplicateArticle"] and errors["path"].iloc[0].endswith("b/story.txt")
