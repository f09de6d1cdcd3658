"""The benchmark's parts on tiny inputs (no timing is asserted)."""
from __future__ import annotations

import sys

from helpers import bench


def test_texts_come_from_a_folder_or_the_bundled_article_varied(tmp_path, monkeypatch):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.txt").write_text("One two three four.\nFive six seven eight.\n", encoding="utf-8")
    described, texts = bench.source_texts(source=folder)
    assert described.startswith("1 texts") and texts == [("a", "One two three four.\nFive six seven eight.\n")]

    monkeypatch.setattr(bench, "POLNEAR", tmp_path / "absent")
    described, texts = bench.source_texts(n_fallback=3)
    assert described.startswith("3 variants") and [n for n, _ in texts] == ["variant-000", "variant-001", "variant-002"]
    assert len({t for _, t in texts}) == 3  # reordered, so each parse is new
    words = {len(t.split()) for _, t in texts}
    assert len(words) == 1  # the same words each time


def test_short_articles_are_seeded_recombinations():
    texts = [("x", "Alpha beta gamma delta.\nEpsilon zeta eta theta.\nIota kappa lambda mu.\nNu xi omicron pi.\n")]
    a = bench.short_articles(texts, 4, per_article=2)
    b = bench.short_articles(texts, 4, per_article=2)
    assert a == b and [name for name, _ in a] == ["short-00000", "short-00001", "short-00002", "short-00003"]
    assert all(len(t.strip().split("\n\n")) == 2 for _, t in a)


def test_module_timers_time_the_engine_and_restore_it(nlp):
    from helpers import engine, quotes
    from helpers.article import from_text

    original = quotes.extract
    with bench.module_timers() as spent:
        engine.analyze(from_text("The mayor said the river was high.", article_id="t"), nlp=nlp)
        assert quotes.extract is not original
    assert quotes.extract is original
    assert {"sentences", "actors", "quotes", "times"} <= set(spent)
    assert all(v >= 0 for v in spent.values())


def test_run_measured_reports_wall_time_and_memory():
    result = bench.run_measured([sys.executable, "-c", "x = bytearray(50_000_000); import time; time.sleep(0.3)"])
    assert result["wall_s"] > 0.2
    assert result["peak_rss_mb"] > 40


def test_machine_parallelism_is_a_positive_ratio():
    assert bench.machine_parallelism(n=200_000) > 0


def test_whole_processes_alternate_bare_and_analyze_and_report_a_ratio(tmp_path, monkeypatch):
    calls = []

    def fake(cmd):
        calls.append("bare" if "--bare-pipe" in cmd else "analyze")
        return {"wall_s": 10.0 if "--bare-pipe" in cmd else 12.5, "peak_rss_mb": 100.0}

    monkeypatch.setattr(bench, "run_measured", fake)
    result = bench.whole_processes(tmp_path, tmp_path, repeat=2)
    assert calls == ["bare", "analyze", "bare", "analyze"]
    assert result["ratio"] == 10.0 / 12.5


def test_analyze_cmd_is_what_a_user_runs(tmp_path):
    cmd = bench.analyze_cmd(tmp_path / "in", tmp_path / "out")
    assert cmd[1:5] == ["-m", "helpers", "analyze", str(tmp_path / "in")]
    assert cmd[cmd.index("--format") + 1] == "parquet"


def test_bare_pipe_reads_every_text(tmp_path, nlp, monkeypatch):
    (tmp_path / "a.txt").write_text("Rain fell.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Snow fell.", encoding="utf-8")
    seen = []
    monkeypatch.setattr(type(nlp), "pipe", lambda self, texts, **kw: (seen.append(t) for t in texts))
    bench.bare_pipe(tmp_path)
    assert seen == ["Rain fell.", "Snow fell."]


def test_bare_pipe_parses_a_long_text_in_the_engines_chunks_and_batches(tmp_path, nlp, monkeypatch):
    from helpers import chunking

    long = "The river rose again. " * (chunking.LONG_TEXT // 20)
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Rain fell.", encoding="utf-8")
    calls = []

    def pipe(self, texts, batch_size=1, **kw):
        calls.append((list(texts), batch_size))
        return iter(())

    monkeypatch.setattr(type(nlp), "pipe", pipe)
    bench.bare_pipe(tmp_path, batch_size=16)
    (chunks, chunk_batch), (shorts, short_batch) = calls
    assert chunks == [long[s:e] for s, e in chunking.chunk_bounds(long)] and len(chunks) > 1
    import inspect

    assert chunk_batch == inspect.signature(chunking.parse).parameters["batch_size"].default  # the engine's
    assert (shorts, short_batch) == (["Rain fell."], 16)


def test_long_text_is_one_line_of_the_requested_size(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.txt").write_text("The mayor spoke.\n\nThe river rose   again.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Rain fell on Tuesday.\n", encoding="utf-8")
    text = bench.long_text(40, source=folder)
    assert "\n" not in text and len(text) <= 40
    assert text == "The mayor spoke. The river rose again."  # cut at a space, white space collapsed
    assert bench.long_text(1000, source=folder).endswith("again. Rain fell on Tuesday.")


def test_linearity_times_parse_and_every_module_per_size(tmp_path, nlp):
    folder = tmp_path / "t"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Senator Mary Smith said on Monday that the plan {i} would pass. "
                                         "She said it twice.\n", encoding="utf-8")
    lin = bench.linearity([80, 160], source=folder)
    assert len(lin["runs"]) == 2
    for spent in lin["runs"].values():
        assert {"parse", "actors", "coref", "places", "quotes"} <= set(spent)
    (step,) = lin["growth"]
    assert set(lin["growth"][step]) <= set(next(iter(lin["runs"].values())))


def test_run_measured_counts_the_cpu_seconds_of_the_run_and_its_children():
    burn = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.4: pass"
    busy = bench.run_measured([sys.executable, "-c",
                               f"import subprocess, sys; subprocess.run([sys.executable, '-c', {burn!r}])"])
    idle = bench.run_measured([sys.executable, "-c", "import time; time.sleep(0.4)"])
    assert busy["cpu_s"] >= 0.4  # the grandchild's burn is counted
    assert idle["cpu_s"] < busy["cpu_s"] - 0.2


def test_long_process_alternates_bare_and_analyze_and_compares_the_best_runs(tmp_path, monkeypatch):
    calls = []
    walls = iter([100.0, 150.0, 90.0, 170.0])  # bare, analyze, bare, analyze

    def fake(cmd):
        kind = "bare" if "--bare-pipe" in cmd else "analyze"
        calls.append((kind, cmd[cmd.index("--out") + 1] if "--out" in cmd else None))
        wall = next(walls)
        return {"wall_s": wall, "cpu_s": wall / 2, "peak_rss_mb": 900.0 if kind == "analyze" else 500.0}

    monkeypatch.setattr(bench, "run_measured", fake)
    path = tmp_path / "long" / "long.txt"
    result = bench.long_process(path, tmp_path, repeat=2)
    assert [k for k, _ in calls] == ["bare", "analyze", "bare", "analyze"]
    assert len({out for k, out in calls if k == "analyze"}) == 2  # a fresh --out each time
    assert result["ratio"] == 150.0 / 90.0 and result["cpu_ratio"] == 75.0 / 45.0
    assert result["analyze"]["peak_rss_mb"] == 900.0 and result["bare"]["peak_rss_mb"] == 500.0


def test_the_bench_runs_the_two_megabyte_line_by_default(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(bench, "_report_long_process", lambda figures, tmp, n, repeat=1: seen.append((n, repeat)))
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("One two three four.", encoding="utf-8")
    assert bench.main(["--only-long", "--texts", str(texts)]) == 0
    assert seen == [(2_000_000, 1)]
    bench.main(["--only-long", "--long-process", "300000", "--long-repeat", "2", "--texts", str(texts)])
    assert seen[-1] == (300_000, 2)
