"""Articles in: files, folders, stdin and URLs become ``Article`` objects.

Reads ``.txt``, ``.md`` and ``.html`` (main text, title and date by trafilatura),
decodes UTF-8, UTF-8 with BOM, UTF-16 and cp1252, merges the ``NAME.meta.json``
sidecar with command-line metadata (flags win), splits paragraphs and marks
boilerplate paragraphs (donation appeals, newsletter plugs) from the patterns in
``data/reference/boilerplate.csv``. Unusable input raises ``InputError``.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
import re
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from .records import ArticleRow
from .reference import reference_path

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                 ".html": "html", ".htm": "html"}
META_FIELDS = ("published", "title", "source", "url", "language")
MAX_BYTES = 50_000_000
URL_TIMEOUT = 20.0


class InputError(ValueError):
    """Input that cannot be analysed; the command line turns it into exit status 2."""


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str
    path: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    fmt: str = "txt"
    paragraphs: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    boilerplate: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    @property
    def published_date(self) -> Optional[dt.date]:
        return dt.date.fromisoformat(self.published) if self.published else None

    def paragraph_id_at(self, offset: int) -> int:
        for i, (start, end) in enumerate(self.paragraphs):
            if offset < end:
                return i
        return max(len(self.paragraphs) - 1, 0)

    def is_boilerplate(self, start: int, end: int) -> bool:
        return any(b0 <= start and end <= b1 for b0, b1 in self.boilerplate)

    def row(self) -> ArticleRow:
        return ArticleRow(
            article_id=self.article_id, path=self.path, title=self.title,
            published=self.published, source=self.source, language=self.language,
            text=self.text, n_chars=len(self.text), n_words=len(self.text.split()),
            url=self.url,
        )


# -- public entry points ----------------------------------------------------------

def load(source: str | Path, *, published: Optional[str] = None, title: Optional[str] = None,
         source_name: Optional[str] = None) -> list[Article]:
    """Every article named by ``source``: a file, a folder, ``-`` (stdin) or a URL.

    A folder gives its articles in sorted order; use :func:`iter_paths` and
    :func:`load_one` to handle a broken file without losing the others.
    """
    return [load_one(p, published=published, title=title, source_name=source_name)
            for p in iter_paths(source)]


def iter_paths(source: str | Path) -> Iterator[str]:
    """Expand a folder into its article files; anything else passes through."""
    s = str(source)
    if s == "-" or is_url(s):
        yield s
        return
    p = Path(s)
    if p.is_dir():
        found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES
                       and not q.name.startswith("."))
        if not found:
            raise InputError(f"{s}: folder holds no .txt, .md or .html article")
        yield from (str(q) for q in found)
        return
    yield s


def load_one(source: str, *, published: Optional[str] = None, title: Optional[str] = None,
             source_name: Optional[str] = None) -> Article:
    """One article from a file path, ``-`` or a URL; raises ``InputError`` when unusable."""
    meta: dict = {}
    if source == "-":
        raw = sys.stdin.buffer.read()
        fmt, path, url = _sniff_format(raw), None, None
    elif is_url(source):
        raw, fmt = fetch_url(source)
        path, url = None, source
    else:
        p = Path(source)
        if not p.exists():
            raise InputError(f"{source}: no such file")
        if p.is_dir():
            raise InputError(f"{source}: is a folder; pass it on its own to read every article in it")
        fmt = TEXT_SUFFIXES.get(p.suffix.lower())
        if fmt is None:
            raise InputError(f"{source}: unknown file type {p.suffix or '(none)'!r}; use .txt, .md or .html")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(f"{source}: larger than {MAX_BYTES // 1_000_000} MB")
        raw = p.read_bytes()
        meta = read_sidecar(p)
        path, url = str(p), meta.get("url")

    text = decode(raw, name=source)
    extracted: dict = {}
    if fmt == "html":
        text, extracted = html_to_text(text, url=url)
    elif fmt == "md":
        text = markdown_to_text(text)
    if not text.strip():
        raise InputError(f"{source}: no text to analyse")

    merged = {**{k: v for k, v in extracted.items() if v}, **{k: v for k, v in meta.items() if v}}
    for key, value in (("published", published), ("title", title), ("source", source_name)):
        if value:
            merged[key] = value
    merged["published"] = check_date(merged.get("published"), name=source)
    if not merged.get("language"):
        merged["language"] = detect_language(text)

    paragraphs = paragraph_spans(text)
    return Article(
        article_id=make_article_id(path or url or source, text),
        text=text, path=path, title=merged.get("title"), published=merged.get("published"),
        source=merged.get("source"), url=merged.get("url", url), language=merged.get("language"),
        fmt=fmt, paragraphs=tuple(paragraphs), boilerplate=tuple(boilerplate_spans(text, paragraphs)),
    )


def from_text(text: str, *, article_id: str = "text", published: Optional[str] = None,
              title: Optional[str] = None, language: Optional[str] = "en") -> Article:
    """An article from a string: for tests, notebooks and the property checks."""
    published = check_date(published, name=article_id)
    paragraphs = paragraph_spans(text)
    return Article(article_id=article_id, text=text, title=title, published=published,
                   language=language, paragraphs=tuple(paragraphs),
                   boilerplate=tuple(boilerplate_spans(text, paragraphs)))


# -- metadata ---------------------------------------------------------------------

def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{side}: not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: must hold a JSON object")
    return {k: meta.get(k) for k in META_FIELDS if meta.get(k) is not None}


def check_date(value: Optional[str], *, name: str = "input") -> Optional[str]:
    """A real ISO date (YYYY-MM-DD), or None; anything else is an ``InputError``."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if len(text) >= 10 and re.match(r"^\d{4}-\d{2}-\d{2}", text):
        text = text[:10]
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"{name}: bad publication date {value!r}; use a real date as YYYY-MM-DD") from None


def make_article_id(name: str, text: str) -> str:
    """A stable slug: the file stem, or a hash of the text for stdin."""
    if name == "-":
        return "stdin-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    stem = name.rstrip("/").rsplit("/", 1)[-1]
    stem = re.sub(r"\.(txt|text|md|markdown|html?)$", "", stem, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80]
    if is_url(name):
        slug = (slug or "url") + "-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return slug or "article-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# -- bytes to text ----------------------------------------------------------------

_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF",
                 b"\x1f\x8b", b"BZh", b"\xfd7zXZ")


def decode(raw: bytes, *, name: str = "input") -> str:
    """Bytes to text: BOMs first, then UTF-16 without BOM, UTF-8, and cp1252 last."""
    if not raw:
        raise InputError(f"{name}: empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{name}: text claims {enc} but does not decode") from None
    if raw.startswith(_BINARY_MAGIC):
        raise InputError(f"{name}: binary data (looks like {raw[:4]!r}), not text")
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw:
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if _control_ratio(text) > 0.05:
        raise InputError(f"{name}: binary data, not text")
    return text


def _utf16_without_bom(raw: bytes) -> Optional[str]:
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return bad / max(len(sample), 1)


def _sniff_format(raw: bytes) -> str:
    head = raw[:2000].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head else "txt"


def is_url(s: str) -> bool:
    return bool(re.match(r"^https?://", s, flags=re.I))


def fetch_url(url: str, *, timeout: float = URL_TIMEOUT) -> tuple[bytes, str]:
    """Download a page; every network failure becomes a one-line ``InputError``."""
    request = urllib.request.Request(url, headers={"User-Agent": "news-report-helpers/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(MAX_BYTES + 1)
            ctype = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"{url}: could not fetch ({reason})") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"{url}: larger than {MAX_BYTES // 1_000_000} MB")
    fmt = "html" if "html" in ctype or _sniff_format(raw) == "html" else "txt"
    return raw, fmt


def html_to_text(html: str, *, url: Optional[str] = None) -> tuple[str, dict]:
    """Main text, title and date of a page by trafilatura; scripts and styles never pass."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    text, meta = "", {}
    if doc is not None:
        data = doc if isinstance(doc, dict) else doc.as_dict()
        text = data.get("text") or ""
        meta = {"title": data.get("title"), "published": data.get("date"),
                "source": data.get("sitename"), "url": data.get("url") or url}
        if meta["published"]:
            try:
                meta["published"] = check_date(meta["published"])
            except InputError:
                meta["published"] = None
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    return text, meta


_MD_RULES = (
    (re.compile(r"^```.*?^```\s*$", re.M | re.S), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s+", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"^\s*([-*_]\s*){3,}$", re.M), ""),
    (re.compile(r"`([^`]*)`"), r"\1"),
)


def markdown_to_text(md: str) -> str:
    """Markdown to plain prose: markup goes, paragraphs and sentences stay."""
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return md


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code by langdetect (seeded, so runs agree), or None for too little text."""
    sample = text[:5000]
    if len(re.findall(r"[^\W\d_]{2,}", sample)) < 5:
        return None
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    return best.lang if best.prob >= 0.5 else None


# -- paragraphs and boilerplate -----------------------------------------------------

def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) spans without surrounding white space.

    Each line is a paragraph, except in hard-wrapped text (most lines short and
    blank lines between blocks), where a paragraph runs to the next blank line.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(s, e) for s, e in lines if text[s:e].strip()]
    if not lines:
        return []
    blocks: list[list[tuple[int, int]]] = [[lines[0]]]
    wrapped = _hard_wrapped(text, lines)
    for prev, cur in zip(lines, lines[1:]):
        gap = text[prev[1]:cur[0]]
        if wrapped and gap.count("\n") < 2 and not re.search(r"[.!?:\"”’]\s*$", text[prev[0]:prev[1]]):
            blocks[-1].append(cur)
        elif wrapped and gap.count("\n") < 2 and len(text[prev[0]:prev[1]]) > 60:
            blocks[-1].append(cur)
        else:
            blocks.append([cur])
    spans = []
    for block in blocks:
        s, e = block[0][0], block[-1][1]
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 6 or "\n\n" not in text:
        return False
    lengths = sorted(e - s for s, e in lines)
    return lengths[int(len(lengths) * 0.9) - 1] <= 100


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern, ...]:
    with open(reference_path("boilerplate.csv"), encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return tuple(re.compile(r["pattern"], re.I) for r in rows)


def boilerplate_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that are appeals or plugs, not reporting.

    A paragraph is boilerplate when a pattern matches it; a short heading right
    before a boilerplate paragraph ("Keep Independent Journalism Alive") goes with it.
    """
    patterns = _boilerplate_patterns()
    flags = [any(p.search(text[s:e]) for p in patterns) for s, e in paragraphs]
    for i in range(len(paragraphs) - 2, -1, -1):
        s, e = paragraphs[i]
        if flags[i + 1] and not flags[i] and _is_heading(text[s:e]):
            flags[i] = True
    return [span for span, flag in zip(paragraphs, flags) if flag]


def _is_heading(line: str) -> bool:
    return len(line.split()) <= 8 and not re.search(r"[.!?]\s*$", line)


__all__ = ["Article", "InputError", "load", "load_one", "iter_paths", "from_text", "decode",
           "check_date", "paragraph_spans", "boilerplate_spans", "detect_language", "replace"]
