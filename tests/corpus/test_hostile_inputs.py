"""Inputs that must not hang or blow up a run (issue 20, items 5-12), through the command line.

Each class ends in exit status 2 with one line on stderr, or in valid tables, within a timeout.
"""
from __future__ import annotations

import json
import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Officials in Geneva said on Friday that the talks had begun.\n"


def cli(*args: str, timeout: float = 60, env: dict | None = None, stdin: bytes | None = None):
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "helpers", *args], cwd=ROOT, capture_output=True,
                          timeout=timeout, env=full_env, input=stdin)


def one_line_exit_2(proc, says: str) -> str:
    err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    assert proc.returncode == 2, err
    assert len(err) == 1 and err[0].startswith("error: ") and "Traceback" not in err[0], err
    assert says in err[0], err[0]
    return err[0]


# -- exit 2 with one line, before any parsing -----------------------------------------------

@pytest.mark.parametrize("date, says", [
    ("0001-01-01", "outside the years"),
    ("9999-12-31", "outside the years"),
    ("2025-05-16T25:99:99", "bad publication date"),
])
def test_published_dates_that_break_relative_dates(tmp_path, date, says):
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    one_line_exit_2(cli("analyze", str(p), "--published", date), says)


def test_a_sidecar_nested_100k_deep(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    one_line_exit_2(cli("analyze", str(tmp_path / "a.txt")), "nested too deep")


@pytest.mark.parametrize("url, env, says", [
    ("http://[::1/x", {}, "could not fetch"),
    ("http://127.0.0.1:9/x", {"HELPERS_URL_TIMEOUT": "inf"}, "HELPERS_URL_TIMEOUT='inf'"),
])
def test_bad_urls_and_timeouts(url, env, says):
    one_line_exit_2(cli("analyze", url, env=env), says)


def test_tone_with_an_infinite_offset(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text('{"text": "Good news.", "start": 0, "end": Infinity}\n', encoding="utf-8")
    one_line_exit_2(cli("tone", str(p)), "need a JSON object")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_article_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_line_exit_2(cli("analyze", str(fifo), timeout=30), "not a regular file")


def test_a_link_outside_the_input_folder_is_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The password is swordfish, the admin said.\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "secret.txt").symlink_to(secret)
    one_line_exit_2(cli("analyze", str(folder / "secret.txt")), "--follow-symlinks")


# -- a hostile folder through --out: the good article comes out, the rest are error rows ----

def test_hostile_folder_contents_become_error_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    outside = tmp_path / "shadow.txt"
    outside.write_text("root:SECRETHASH:19000:0:99999:7:::\n", encoding="utf-8")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "inside.txt").symlink_to(folder / "good.txt")  # a link inside the root is read
    (folder / "side.txt").write_text(GOOD, encoding="utf-8")
    (folder / "side.meta.json").symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.txt")
    out = tmp_path / "out"
    proc = cli("analyze", str(folder), "--out", str(out), "--format", "json", "--no-progress", timeout=120)
    assert proc.returncode == 0, proc.stderr
    articles = pd.read_json(out / "article.json", lines=True)
    assert sorted(articles["article_id"]) == ["good", "inside"]
    errors = pd.read_json(out / "errors.json", lines=True)
    messages = dict(zip(errors["article_id"], errors["message"]))
    assert "outside" in messages["secret"] and "outside" in messages["zero"] and "outside" in messages["side"]
    if hasattr(os, "mkfifo"):
        assert "not a regular file" in messages["fifo"]
    assert "SECRETHASH" not in "".join(p.read_text(encoding="utf-8") for p in out.glob("*.json"))


# -- markup and text that used to take minutes --------------------------------------------

def test_deep_html_and_200k_quotation_marks_give_their_tables(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "<p>" + GOOD + "</p>" + "</div>" * 3000 + "</body></html>",
                    encoding="utf-8")
    marks = tmp_path / "marks.txt"
    marks.write_text(GOOD + '"' * 200_000 + "\n" + GOOD, encoding="utf-8")
    t0 = time.perf_counter()
    proc = cli("analyze", str(deep), str(marks), timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert time.perf_counter() - t0 < 60
    html_doc, marks_doc = (json.loads(line) for line in proc.stdout.decode("utf-8").splitlines())
    assert "talks had begun" in html_doc["article"]["text"]  # more than 256 levels deep, the text is there
    assert marks_doc["article"]["n_chars"] == len(marks.read_text(encoding="utf-8"))  # offsets keep their places
    assert len(marks_doc["sentences"]) >= 2


def _seconds(fn, arg, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):  # the best of a few: other processes on the machine only add time
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("make", [lambda n: "![" * n, lambda n: "```\n" + "line\n" * n,
                                  lambda n: "*a " * n + "**" + "x" * n])
def test_markdown_conversion_is_linear(make):
    from helpers.article import markdown_to_text

    small, big = _seconds(markdown_to_text, make(4_000), 2), _seconds(markdown_to_text, make(16_000), 2)
    assert big < 0.2 or big < 10 * small  # four times the input: far from sixteen times the time


def test_sentence_fixes_are_linear(nlp):
    from helpers.pipeline import no_midword_breaks

    line = "the quick brown fox said that he would go home and then she said so. "
    small = _seconds(no_midword_breaks, nlp.make_doc(line * 900), 3)
    big = _seconds(no_midword_breaks, nlp.make_doc(line * 3600), 2)
    assert big < 10 * small  # quadratic, 11,000 tokens took 3 s and 46,000 took 80 s


def test_bound_symbol_runs_keeps_length_and_short_runs():
    from helpers.article import MAX_SYMBOL_RUN, bound_symbol_runs

    text = "He said “no.” -- fine!!! " + "!" * 100 + " end"
    out = bound_symbol_runs(text)
    assert len(out) == len(text)
    assert out.startswith("He said “no.” -- fine!!! ")
    assert "!" * MAX_SYMBOL_RUN in out and "!" * (MAX_SYMBOL_RUN + 1) not in out


# -- a URL that trickles, a worker that outlives its run ------------------------------------

class _Trickle(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(65536)
        try:
            self.request.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n")
            for _ in range(60):
                self.request.sendall(b"ab")
                time.sleep(0.5)
        except OSError:
            pass


def test_a_url_that_sends_two_bytes_a_second_stops_at_the_deadline():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        t0 = time.perf_counter()
        proc = cli("analyze", f"http://127.0.0.1:{server.server_address[1]}/slow",
                   env={"HELPERS_URL_TIMEOUT": "2"}, timeout=30)
        one_line_exit_2(proc, "timed out after 2 s")
        assert time.perf_counter() - t0 < 15
    finally:
        server.shutdown()
        server.server_close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_workers_die_with_their_parent(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"a{i}.txt").write_text(GOOD, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "helpers", "analyze", str(folder), "--out", str(tmp_path / "out"),
                             "--workers", "2", "--no-progress"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    kids: list[int] = []
    while time.monotonic() < deadline and len(kids) < 2 and proc.poll() is None:  # the two workers
        kids = _children(proc.pid)
        time.sleep(0.2)
    time.sleep(1.0)  # let the workers start their watch
    kids = _children(proc.pid)
    assert kids, "no worker started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(k) for k in kids):
        time.sleep(0.2)
    alive = [k for k in kids if _alive(k)]
    for k in alive:  # never leave them behind, even when the test fails
        try:
            os.kill(k, signal.SIGKILL)
        except OSError:
            pass
    assert not alive, f"{len(alive)} process(es) outlived the run"
