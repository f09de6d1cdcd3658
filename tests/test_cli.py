"""The command line itself: options, JSON Lines output, metadata flags, stdin, tone, and its error lines."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from helpers.__main__ import build_parser, main
from tests.invariants import problems

TEXT = "Mayor Ana Lopez said on Monday that the bridge in Lyon would reopen.\n\nResidents welcomed the news.\n"


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    try:
        rc = main(list(args))
    except SystemExit as exc:
        rc = exc.code
    out, err = capsys.readouterr()
    return rc, out, [line for line in err.splitlines() if line.strip()]


@pytest.fixture
def article(tmp_path) -> Path:
    p = tmp_path / "bridge.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


@pytest.mark.parametrize("args,says", [
    ([], "the following arguments are required"),
    (["analyze"], "the following arguments are required: INPUT"),
    (["analyze", "x.txt", "--bogus"], "unrecognized arguments: --bogus"),
    (["analyze", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
    (["analyze", "x.txt", "--workers", "many"], "invalid int value: 'many'"),
])
def test_usage_errors_are_one_line_and_exit_2(capsys, args, says):
    rc, out, err = run(capsys, *args)
    assert rc == 2 and out == ""
    assert len(err) == 1 and says in err[0], err


def test_format_other_than_json_needs_out(capsys, article):
    rc, out, err = run(capsys, "analyze", str(article), "--format", "csv")
    assert (rc, out, err) == (2, "", ["error: --format csv writes files: add --out DIR"])


def test_workers_must_be_positive(capsys, article):
    rc, _, err = run(capsys, "analyze", str(article), "--workers", "0")
    assert rc == 2 and err == ["error: --workers and --batch-size must be at least 1"]


def test_bad_published_flag_fails_before_any_work(capsys, tmp_path):
    # the date is checked before the (missing) file is even looked at
    rc, _, err = run(capsys, "analyze", str(tmp_path / "missing.txt"), "--published", "2025-02-30")
    assert rc == 2 and err == ["error: --published: bad publication date '2025-02-30'; use a real date as YYYY-MM-DD"]


def test_json_lines_one_document_per_article_in_order(capsys, tmp_path):
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    rc, out, err = run(capsys, "analyze", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"), "--no-progress")
    assert rc == 0 and err == []
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["article"]["article_id"] for d in docs] == ["b", "a"]
    assert all(problems(d) == [] for d in docs)
    assert set(docs[0]) == {"schema_version", "article", "sentences", "actors", "mentions", "quotes", "times",
                            "events", "places", "countries", "stances"}


def test_flags_win_over_the_sidecar(capsys, article):
    article.with_name("bridge.meta.json").write_text(json.dumps(
        {"published": "2020-01-01", "title": "Old", "source": "Sidecar Times", "language": "en"}))
    rc, out, _ = run(capsys, "analyze", str(article), "--published", "2021-02-03", "--title", "New")
    meta = json.loads(out)["article"]
    assert rc == 0
    assert (meta["published"], meta["title"], meta["source"]) == ("2021-02-03", "New", "Sidecar Times")


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    rc, out, _ = run(capsys, "analyze", "-", "--source", "Wire")
    doc = json.loads(out)
    assert rc == 0 and doc["article"]["text"] == TEXT and doc["article"]["source"] == "Wire"
    assert doc["article"]["path"] is None and doc["article"]["article_id"].startswith("stdin-")


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    rc, out, err = run(capsys, "analyze", "-")
    assert (rc, out, err) == (2, "", ["error: -: empty file"])


def test_markdown_input(capsys, tmp_path):
    p = tmp_path / "story.md"
    p.write_text("---\ntitle: Bridge reopens\ndate: 2025-03-04\n---\n# Bridge reopens\n\n" + TEXT, encoding="utf-8")
    rc, out, _ = run(capsys, "analyze", str(p))
    doc = json.loads(out)
    assert rc == 0
    assert (doc["article"]["title"], doc["article"]["published"]) == ("Bridge reopens", "2025-03-04")
    assert doc["article"]["text"].startswith("Bridge reopens\n\nMayor Ana Lopez")


def test_debug_setting_shows_the_traceback(capsys, article, monkeypatch):
    import helpers.engine

    def broken(*args, **kw):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(helpers.engine, "analyze", broken)
    monkeypatch.delenv("HELPERS_DEBUG", raising=False)
    rc, out, err = run(capsys, "analyze", str(article))
    assert rc == 1 and out == ""
    assert err == ["error: internal error (RuntimeError: engine bug); HELPERS_DEBUG=1 shows the traceback"]
    monkeypatch.setenv("HELPERS_DEBUG", "1")
    with pytest.raises(RuntimeError, match="engine bug"):
        main(["analyze", str(article)])


def test_language_flag_is_recorded(capsys, article):
    rc, out, err = run(capsys, "analyze", str(article), "--language", "English")
    assert rc == 0 and json.loads(out)["article"]["language"] == "en" and err == []


# -- tone -----------------------------------------------------------------------

@pytest.mark.parametrize("line,says", [
    ("not json", "need a JSON object with text, start and end"),
    ('{"text": "Hi there."}', "need a JSON object with text, start and end"),
    ('{"text": "Hi there.", "start": 5, "end": 99}', "start and end must lie inside text"),
    ('[1, 2]', "need a JSON object with text, start and end"),
])
def test_tone_bad_lines(capsys, tmp_path, line, says):
    p = tmp_path / "in.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    rc, out, err = run(capsys, "tone", str(p))
    assert rc == 2 and out == "" and len(err) == 1 and err[0].startswith(f"error: {p}:1: ") and says in err[0]


def test_tone_missing_file(capsys, tmp_path):
    rc, _, err = run(capsys, "tone", str(tmp_path / "none.jsonl"))
    assert rc == 2 and err == [f"error: {tmp_path / 'none.jsonl'}: no such file"]


def test_tone_scores_each_line(capsys, tmp_path):
    from helpers.reference import data_path

    if not (data_path("models") / "tone.json.gz").exists():
        pytest.skip("tone model not trained yet")
    p = tmp_path / "in.jsonl"
    text = "The minister praised Anna for her brave work."
    p.write_text(json.dumps({"text": text, "start": 21, "end": 25}) + "\n\n", encoding="utf-8")
    rc, out, _ = run(capsys, "tone", str(p))
    rows = [json.loads(line) for line in out.splitlines()]
    assert rc == 0 and len(rows) == 1
    assert -1 <= rows[0]["score"] <= 1 and rows[0]["label"] in ("negative", "neutral", "positive")


def test_parser_has_the_contract_options():
    options = {a.dest for a in build_parser()._subparsers._group_actions[0].choices["analyze"]._actions}
    assert {"inputs", "published", "title", "source", "out", "format"} <= options


def test_metadata_table_dates_a_corpus_run(capsys, article, tmp_path):
    import pandas as pd

    table = tmp_path / "meta.tsv"
    table.write_text("filename\tpublication_date\tpublisher\nbridge.txt\t2024-03-04\tLyon Daily\n", encoding="utf-8")
    out = tmp_path / "out"
    rc, _, err = run(capsys, "analyze", str(article), "--out", str(out), "--format", "parquet",
                          "--metadata", str(table), "--no-progress")
    assert rc == 0, err
    row = pd.read_parquet(out / "article.parquet").iloc[0]
    assert (row["published"], row["source"]) == ("2024-03-04", "Lyon Daily")
    # "on Monday" in a past-tense report resolves against the table's date
    assert "2024-03-04" in set(pd.read_parquet(out / "times.parquet")["value"])


def test_metadata_needs_out(capsys, article, tmp_path):
    rc, _, err = run(capsys, "analyze", str(article), "--metadata", str(tmp_path / "m.csv"))
    assert rc == 2 and err == ["error: --metadata goes with --out DIR"]


def test_missing_metadata_table(capsys, article, tmp_path):
    rc, _, err = run(capsys, "analyze", str(article), "--out", str(tmp_path / "o"), "--metadata", str(tmp_path / "m.csv"))
    assert rc == 2 and len(err) == 1 and "no such metadata table" in err[0]


def test_verify_needs_a_corpus_folder(capsys, tmp_path):
    code, out, err = run(capsys, "verify", str(tmp_path))
    assert code == 2 and len(err) == 1 and "not a corpus run's output folder" in err[0]


def test_follow_symlinks_reads_a_link_outside_the_folder(capsys, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("The mayor said the river was high.\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.txt").symlink_to(outside)
    code, _, err = run(capsys, "analyze", str(tmp_path / "in" / "link.txt"))
    assert code == 2 and "--follow-symlinks" in err[0]
    code, out, _ = run(capsys, "analyze", str(tmp_path / "in" / "link.txt"), "--follow-symlinks")
    assert code == 0 and json.loads(out)["article"]["article_id"] == "link"
