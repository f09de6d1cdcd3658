"""Bad input through the real command line: valid tables with exit 0, or exit 2 and one clear line.

Each class of bad input has its own test. Most run ``helpers.__main__.main`` in
this process (the spaCy pipeline loads once per session); a few run
``python -m helpers`` as a subprocess to show that nothing ever prints a traceback.
"""
from __future__ import annotations

import codecs
import http.server
import json
import os
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers.__main__ import main
from tests.invariants import problems

ARTICLE = ("Foreign Minister Anna Berg said on Monday that talks in Paris would resume next week.\n\n"
           "\u201cWe are ready,\u201d she told reporters. The opposition leader disagreed.\n")


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    """Exit status, stdout and the stderr lines of ``python -m helpers ARGS`` run in this process."""
    try:
        rc = main([*args, "--no-progress"] if args and args[0] == "analyze" else list(args))
    except SystemExit as exc:  # argparse exits on its own
        rc = exc.code
    out, err = capsys.readouterr()
    return rc, out, [line for line in err.splitlines() if line.strip()]


def bad(capsys, *args: str, says: str) -> str:
    """Assert exit 2, nothing on stdout, and exactly one stderr line containing ``says``."""
    rc, out, err = run(capsys, "analyze", *args)
    assert rc == 2, (rc, err)
    assert out == ""
    assert len(err) == 1, err
    assert err[0].startswith("error: ") and says in err[0], err[0]
    assert "Traceback" not in err[0]
    return err[0]


def good(capsys, *args: str) -> tuple[list[dict], list[str]]:
    """Assert exit 0 and valid tables; the JSON documents and the stderr lines."""
    rc, out, err = run(capsys, "analyze", *args)
    assert rc == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert docs
    for doc in docs:
        assert doc["schema_version"] == 2
        assert problems(doc) == []
    assert not any("Traceback" in line for line in err)
    return docs, err


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(p)


# -- files that cannot be read as an article ----------------------------------------

def test_missing_file(capsys, tmp_path):
    bad(capsys, str(tmp_path / "nowhere.txt"), says="nowhere.txt: no such file")


def test_empty_file(capsys, tmp_path):
    bad(capsys, write(tmp_path, "empty.txt", b""), says="empty file")


def test_whitespace_only(capsys, tmp_path):
    bad(capsys, write(tmp_path, "blank.txt", " \n\n\t \r\n  "), says="no text to analyse")


@pytest.mark.parametrize("raw", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"The start looks fine\x00\x00\x01\x02 but NUL bytes follow \x00\xff",
    bytes(range(256)) * 4,
], ids=["pdf", "png", "nul", "all-bytes"])
def test_binary_data(capsys, tmp_path, raw):
    bad(capsys, write(tmp_path, "data.txt", raw), says="binary data")


def test_unknown_file_type(capsys, tmp_path):
    bad(capsys, write(tmp_path, "report.pdf", b"%PDF-1.4"), says="unknown file type '.pdf'")
    bad(capsys, write(tmp_path, "README", "Some text."), says="unknown file type '(none)'")


def test_folder_instead_of_nothing(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    bad(capsys, str(tmp_path / "empty"), says="holds no .txt, .md or .html article")


# -- encodings ------------------------------------------------------------------------

def test_cp1252_text_is_read_with_a_warning(capsys, tmp_path):
    text = "The minister\u2019s caf\u00e9 said \u201cno\u201d on Monday. Officials agreed.\n"
    docs, err = good(capsys, write(tmp_path, "cp.txt", text.encode("cp1252")))
    assert docs[0]["article"]["text"] == text
    assert err == [f"warning: {tmp_path / 'cp.txt'}: not UTF-8; read as Windows-1252 (cp1252)"]


def test_utf8_with_a_stray_byte_keeps_its_utf8(capsys, tmp_path):
    raw = "Caf\u00e9 owners in Z\u00fcrich said \u201cyes\u201d".encode("utf-8") + b" \xff on Tuesday.\n"
    docs, err = good(capsys, write(tmp_path, "stray.txt", raw))
    assert docs[0]["article"]["text"] == "Caf\u00e9 owners in Z\u00fcrich said \u201cyes\u201d \ufffd on Tuesday.\n"
    assert len(err) == 1 and err[0].startswith("warning: ") and "1 byte(s) are not valid UTF-8" in err[0]


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                          ("utf-16-le", b""), ("utf-16-be", b"")],
                         ids=["le-bom", "be-bom", "le-no-bom", "be-no-bom"])
def test_utf16_with_and_without_bom(capsys, tmp_path, encoding, bom):
    docs, err = good(capsys, write(tmp_path, "wide.txt", bom + ARTICLE.encode(encoding)))
    assert docs[0]["article"]["text"] == ARTICLE
    assert err == []


# -- language ---------------------------------------------------------------------------

GERMAN = ("Der Bundeskanzler sagte am Montag in Berlin, dass die Gespr\u00e4che mit Frankreich fortgesetzt "
          "werden. \u201eWir sind bereit\u201c, sagte die Ministerin. Die Opposition war dagegen.\n")


def test_non_english_gives_article_and_sentences_and_one_warning(capsys, tmp_path):
    docs, err = good(capsys, write(tmp_path, "de.txt", GERMAN))
    doc = docs[0]
    assert doc["article"]["language"] == "de"
    assert len(doc["sentences"]) >= 2
    assert all(doc[t] == [] for t in ("actors", "mentions", "quotes", "times", "events", "places",
                                       "countries", "stances"))
    assert len(err) == 1 and err[0].startswith("warning: ") and "'de', not English" in err[0]


def test_language_flag_overrides_detection(capsys, tmp_path):
    docs, err = good(capsys, write(tmp_path, "de.txt", GERMAN), "--language", "en-GB")
    assert docs[0]["article"]["language"] == "en" and err == []


def test_short_english_headline_is_not_called_foreign(capsys, tmp_path):
    # langdetect alone calls this Albanian; a wrong "not English" would empty every table
    docs, err = good(capsys, write(tmp_path, "h.txt", "Modi, Sharif trade barbs over Kashmir\n"))
    assert docs[0]["article"]["language"] in ("en", None) and err == []


# -- hostile but valid text ---------------------------------------------------------------

def test_thousands_of_quotation_marks(capsys, tmp_path):
    body = "".join(f"\u201cYes{i}\u201d, \"no\" '{i}' " for i in range(1500))
    text = "The spokesman said: " + body + ".\n\nHe added \u201cthis never closes.\nAnd \" this neither.\n"
    docs, _ = good(capsys, write(tmp_path, "quotes.txt", text))
    assert docs[0]["article"]["text"] == text
    assert all(text[q["start"]:q["end"]] == q["text"] for q in docs[0]["quotes"])


def test_unbalanced_quotation_marks(capsys, tmp_path):
    text = ("\u201cWe will not stop, the minister said on Friday.\n\n"
            "Officials said\u201d it was over\u201d and \u201d then \u201c \u201c \u201c.\n"
            "\"Half a quote, the president told reporters in Paris.\n")
    docs, _ = good(capsys, write(tmp_path, "unbalanced.txt", text))
    assert docs[0]["article"]["text"] == text


def test_a_100000_character_line_without_a_sentence_end(capsys, tmp_path):
    words = ("Minister Anna Berg told reporters in Paris on Monday that \u201cthe talks\u201d with Russia "
             "and the European Union would continue next week, and ")
    text = (words * (100_000 // len(words) + 1))[:100_000]
    docs, _ = good(capsys, write(tmp_path, "line.txt", text))
    assert docs[0]["article"]["n_chars"] == 100_000
    # speed on long lines is measured by make bench, not asserted here (shared, noisy machines)
    assert any(q["cue"] == "tell" for q in docs[0]["quotes"])


def test_html_with_scripts_and_styles(capsys, tmp_path):
    body = "".join(f"<p>The senator said on Tuesday that bill number {i} would pass before the recess.</p>"
                   for i in range(4))
    html = ("<!doctype html><html><head><title>Bill passes | Daily</title>"
            "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
            "<style>p { color: red } .secret { display: none }</style>"
            "<script>var secret = 'do not show'; alert(secret);</script></head>"
            f"<body><nav>Home | World</nav><article><h1>Bill passes</h1>{body}</article>"
            "<script>trackReader('tracking-code')</script><footer>Copyright</footer></body></html>")
    docs, _ = good(capsys, write(tmp_path, "page.html", html))
    text = docs[0]["article"]["text"]
    assert "senator said" in text
    for leak in ("secret", "alert", "color: red", "tracking-code", "trackReader"):
        assert leak not in text
    assert docs[0]["article"]["published"] == "2024-03-05"


def test_html_with_nothing_but_scripts(capsys, tmp_path):
    bad(capsys, write(tmp_path, "empty.html", "<html><head><script>var a = 1;</script></head><body></body></html>"),
        says="no text to analyse")


# -- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2025-02-30", "2025-13-01", "31/12/2024", "tomorrow", "0000-01-01"])
def test_impossible_published_date(capsys, tmp_path, date):
    bad(capsys, write(tmp_path, "a.txt", ARTICLE), "--published", date, says="bad publication date")


def test_impossible_date_in_the_sidecar(capsys, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-02-29"}))
    bad(capsys, path, says="bad publication date '2025-02-29'")


def test_broken_sidecar(capsys, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "a.meta.json").write_text("{not json")
    bad(capsys, path, says="a.meta.json: not valid JSON")


# -- URLs, against a server on 127.0.0.1 ----------------------------------------------------

PAGE = ("<html><head><title>Ceasefire talks resume</title>"
        "<meta property='article:published_time' content='2025-05-16'></head><body><article>"
        "<h1>Ceasefire talks resume</h1>"
        + "".join(f"<p>Officials in Geneva said on Friday that round {i} of the talks had begun.</p>" for i in range(4))
        + "</article></body></html>")


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server name)
        if self.path == "/slow":
            time.sleep(3)
        if self.path in ("/article", "/slow"):
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        self.send_error(404, "Not Found")

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    socketserver.TCPServer.allow_reuse_address = True
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_that_times_out(capsys, server, monkeypatch):
    monkeypatch.setenv("HELPERS_URL_TIMEOUT", "0.5")
    t0 = time.perf_counter()
    line = bad(capsys, f"{server}/slow", says="timed out after 0.5 s")
    assert time.perf_counter() - t0 < 3
    assert "HELPERS_URL_TIMEOUT" in line


def test_url_that_returns_404(capsys, server):
    bad(capsys, f"{server}/gone", says="HTTP 404")


def test_url_that_refuses(capsys):
    bad(capsys, "http://127.0.0.1:9/article", says="could not fetch")


def test_bad_timeout_setting(capsys, server, monkeypatch):
    monkeypatch.setenv("HELPERS_URL_TIMEOUT", "soon")
    bad(capsys, f"{server}/article", says="HELPERS_URL_TIMEOUT='soon'")


def test_url_article_end_to_end(capsys, server):
    docs, err = good(capsys, f"{server}/article")
    article = docs[0]["article"]
    assert article["title"] == "Ceasefire talks resume"
    assert article["published"] == "2025-05-16"
    assert "round 3 of the talks had begun" in article["text"]
    assert article["url"] == f"{server}/article"
    assert err == []


# -- folders -----------------------------------------------------------------------------------

def _folder(tmp_path: Path, n_good: int, broken: dict[str, bytes]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(n_good):
        (folder / f"good-{i:02d}.txt").write_text(
            f"Mayor Lee said on Monday that bridge {i} would reopen.\n\nResidents welcomed the news.\n",
            encoding="utf-8")
    for name, raw in broken.items():
        (folder / name).write_bytes(raw)
    return folder


BROKEN = {"broken-empty.txt": b"", "broken-binary.txt": b"%PDF-1.5\n\x00\x01"}


def test_folder_with_five_percent_broken_files(capsys, tmp_path):
    folder = _folder(tmp_path, 38, BROKEN)  # 2 of 40 files
    rc, out, err = run(capsys, "analyze", str(folder))
    assert rc == 0
    ids = [json.loads(line)["article"]["article_id"] for line in out.splitlines()]
    assert ids == [f"good-{i:02d}" for i in range(38)]
    assert sorted(err) == sorted([f"skipped: {folder / 'broken-binary.txt'}: binary data (looks like b'%PDF'), not text",
                                  f"skipped: {folder / 'broken-empty.txt'}: empty file"])


def test_folder_with_only_broken_files(capsys, tmp_path):
    folder = _folder(tmp_path, 0, BROKEN)
    rc, out, err = run(capsys, "analyze", str(folder))
    assert rc == 2 and out == ""
    assert err[-1] == "error: no article could be analysed (2 failed)"


def test_folder_with_out_writes_an_errors_table(capsys, tmp_path):
    import pandas as pd

    folder = _folder(tmp_path, 3, BROKEN)
    out_dir = tmp_path / "tables"
    rc, out, err = run(capsys, "analyze", str(folder), "--out", str(out_dir), "--format", "csv")
    assert rc == 0, err
    errors = pd.read_csv(out_dir / "errors.csv")
    by_path = {Path(p).name: m for p, m in zip(errors["path"], errors["message"])}
    assert set(by_path) == set(BROKEN)
    assert "empty file" in by_path["broken-empty.txt"]
    assert "binary data" in by_path["broken-binary.txt"]
    sentences = pd.read_csv(out_dir / "sentences.csv")
    assert sorted(set(sentences["article_id"])) == ["good-00", "good-01", "good-02"]


def test_a_bug_in_one_article_does_not_lose_the_others(capsys, tmp_path, monkeypatch):
    import helpers.engine

    real = helpers.engine.analyze

    def flaky(article, **kw):
        if article.article_id == "good-01":
            raise KeyError("boom")
        return real(article, **kw)

    monkeypatch.setattr(helpers.engine, "analyze", flaky)
    monkeypatch.delenv("HELPERS_DEBUG", raising=False)
    folder = _folder(tmp_path, 3, {})
    rc, out, err = run(capsys, "analyze", str(folder))
    assert rc == 0 and len(out.splitlines()) == 2
    assert err == [f"skipped: {folder / 'good-01.txt'}: internal error (KeyError: 'boom')"]
    rc, out, err = run(capsys, "analyze", str(folder / "good-01.txt"))
    assert rc == 1 and out == "" and len(err) == 1 and err[0].startswith("error: internal error (KeyError")


# -- long articles --------------------------------------------------------------------------------

def test_long_text_is_parsed_in_chunks_with_the_same_offsets(nlp, monkeypatch):
    """Chunked and whole parses agree on text, tokens and sentences (chunk size forced small)."""
    from helpers import chunking, engine
    from helpers.article import from_text

    paragraph = ("Officials in Kyiv said on Monday that talks with Moscow had stalled. "
                 "\u201cWe are waiting,\u201d the minister told reporters.\n\n")
    article = from_text(paragraph * 40, published="2025-05-16")
    whole = nlp(article.text)
    chunked = chunking.parse(nlp, article.text, article.paragraphs, max_chars=1000)
    assert len(chunking.chunk_bounds(article.text, article.paragraphs, max_chars=1000)) >= 4
    assert chunked.text == article.text
    assert [t.idx for t in chunked] == [t.idx for t in whole]
    assert [(s.start_char, s.end_char) for s in chunked.sents] == [(s.start_char, s.end_char) for s in whole.sents]

    monkeypatch.setattr(chunking, "LONG_TEXT", 500)
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 1000)
    tables = engine.analyze(article, nlp=nlp)
    assert problems(tables.to_dict()) == []
    assert len(tables.sentences) == 80
    many = list(engine.analyze_many([from_text("Short one."), article, from_text("Short two.")], nlp=nlp))
    assert [len(t.sentences) for t in many] == [1, 80, 1]


def test_chunk_bounds_partition_the_text():
    from helpers.chunking import chunk_bounds

    text = "a" * 250 + " b. " + "c" * 10 + "\n\n" + "word " * 100
    bounds = chunk_bounds(text, max_chars=120)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(e0 == s1 for (_, e0), (s1, _) in zip(bounds, bounds[1:]))
    assert all(0 < e - s <= 120 for s, e in bounds)
    with pytest.raises(ValueError):
        chunk_bounds(text, max_chars=0)


@pytest.mark.skipif(not os.environ.get("HELPERS_SLOW_TESTS"), reason="set HELPERS_SLOW_TESTS=1 (takes minutes)")
def test_a_5_mb_article(tmp_path):
    seed = (Path(__file__).resolve().parents[1] / "data" / "articles" / "kremlin-summit.txt").read_text()
    text = ((seed + "\n\n") * (5_000_000 // (len(seed) + 2) + 1))[:5_000_000]
    path = write(tmp_path, "big.txt", text)
    proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "helpers", "analyze", path, "--no-progress"],
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-2000:]
    doc = json.loads(proc.stdout)
    assert doc["article"]["n_chars"] == 5_000_000 and problems(doc) == []
    rss_kb = int(next(line for line in proc.stderr.splitlines() if "Maximum resident" in line).split()[-1])
    assert rss_kb < 6_000_000, f"peak RSS {rss_kb / 1e6:.1f} GB"


# -- the real process: never a traceback ------------------------------------------------------------

def test_subprocess_prints_one_line_and_no_traceback(tmp_path):
    cases = [(str(tmp_path / "missing.txt"), "no such file"),
             (write(tmp_path, "nul.txt", b"a\x00b\x00\x00\x00\x01"), "binary data"),
             (write(tmp_path, "x.docx", b"PK\x03\x04"), "unknown file type")]
    for path, says in cases:
        proc = subprocess.run([sys.executable, "-m", "helpers", "analyze", path], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 2
        assert proc.stdout == ""
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and says in lines[0], proc.stderr


def test_subprocess_reads_stdin(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "helpers", "analyze", "-", "--published", "2025-05-16"],
                          input=ARTICLE.encode("utf-16"), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["article"]["text"] == ARTICLE and doc["article"]["article_id"].startswith("stdin-")
    assert problems(doc) == []
