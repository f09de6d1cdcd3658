"""Articles in: files, folders, stdin and URLs become ``Article`` objects.

Reads ``.txt``, ``.md`` and ``.html`` (main text, title and date by trafilatura),
decodes UTF-8, UTF-8 with BOM, UTF-16 and cp1252, merges the ``NAME.meta.json``
sidecar with command-line metadata (flags win), splits paragraphs and marks
boilerplate spans (appeals, captions and credits, datelines, notes and teasers;
``helpers.boilerplate``). Without a title, a first line that reads as a headline
is the title. Unusable input raises ``InputError``; input
that is usable but doubtful (bytes that are not UTF-8, a language other than
English) loads, with a one-line note in ``Article.warnings`` that the command
line prints to stderr. ``HELPERS_URL_TIMEOUT`` sets the seconds a URL may take.
"""
from __future__ import annotations

import bisect
import codecs
import datetime as dt
import hashlib
import http.client
import json
import os
import re
import socket
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterator, Optional

from .boilerplate import boilerplate_spans, headline
from .records import ArticleRow
from .reference import reference_path

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                 ".html": "html", ".htm": "html"}
META_FIELDS = ("published", "title", "source", "url", "language")
MAX_BYTES = 50_000_000
URL_TIMEOUT = 20.0
URL_TIMEOUT_SETTING = "HELPERS_URL_TIMEOUT"
#: language codes (ISO 639-1) and names that mean English
ENGLISH_NAMES = {"en", "eng", "english"}


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
    #: one-line notes about doubtful input (decoding, language); the CLI prints them
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def published_date(self) -> Optional[dt.date]:
        return dt.date.fromisoformat(self.published) if self.published else None

    def paragraph_id_at(self, offset: int) -> int:
        """The paragraph holding ``offset``, or the next one after a gap, or the last one."""
        # binary search: a long article has thousands of paragraphs and every sentence asks
        i = bisect.bisect_right(self._paragraph_ends, offset)
        return min(i, max(len(self.paragraphs) - 1, 0))

    @cached_property
    def _paragraph_ends(self) -> list[int]:
        return [end for _, end in self.paragraphs]

    def is_boilerplate(self, start: int, end: int) -> bool:
        """Does ``start:end`` lie inside one boilerplate span?"""
        # the spans are sorted and disjoint: only the last one starting at or before ``start`` can hold it
        spans, starts = self._boilerplate_index
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= spans[i][1]

    @cached_property
    def _boilerplate_index(self) -> tuple[list[tuple[int, int]], list[int]]:
        spans = sorted(self.boilerplate)
        return spans, [s for s, _ in spans]

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
             source_name: Optional[str] = None, language: Optional[str] = None) -> Article:
    """One article from a file path, ``-`` or a URL; raises ``InputError`` when unusable."""
    meta: dict = {}
    source = str(source)
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
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
        meta = read_sidecar(p)
        path, url = str(p), meta.get("url")

    notes: list[str] = []
    text, note = decode_with_note(raw, name=source)
    if note:
        notes.append(note)
    extracted: dict = {}
    if fmt == "html":
        text, extracted = html_to_text(text, url=url)
    elif fmt == "md":
        text, extracted = markdown_front_matter(text)
        text = markdown_to_text(text)
    if not text.strip():
        raise InputError(f"{source}: no text to analyse")

    merged = {**{k: v for k, v in extracted.items() if v}, **{k: v for k, v in meta.items() if v}}
    for key, value in (("published", published), ("title", title), ("source", source_name),
                       ("language", language)):
        if value:
            merged[key] = value
    merged["published"] = check_date(merged.get("published"), name=source)
    merged["language"] = normalize_language(merged.get("language")) or detect_language(text)
    if not is_english(merged["language"]):
        notes.append(f"{source}: language looks like {merged['language']!r}, not English; "
                     "only the article and sentences tables are filled (--language en overrides)")

    paragraphs = paragraph_spans(text)
    return Article(
        article_id=make_article_id(path or url or source, text),
        text=text, path=path, title=merged.get("title") or headline_title(text, paragraphs),
        published=merged.get("published"),
        source=merged.get("source"), url=merged.get("url", url), language=merged.get("language"),
        fmt=fmt, paragraphs=tuple(paragraphs), boilerplate=tuple(boilerplate_spans(text, paragraphs)),
        warnings=tuple(notes),
    )


def from_text(text: str, *, article_id: str = "text", published: Optional[str] = None,
              title: Optional[str] = None, language: Optional[str] = "en") -> Article:
    """An article from a string: for tests, notebooks and the property checks."""
    if not isinstance(text, str):
        raise InputError(f"{article_id}: text must be a str, not {type(text).__name__}")
    published = check_date(published, name=article_id)
    paragraphs = paragraph_spans(text)
    return Article(article_id=article_id, text=text, title=title or headline_title(text, paragraphs),
                   published=published,
                   language=normalize_language(language), paragraphs=tuple(paragraphs),
                   boilerplate=tuple(boilerplate_spans(text, paragraphs)))


# -- metadata ---------------------------------------------------------------------

def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{side}: not valid JSON ({exc})") from None
    except OSError as exc:
        raise InputError(f"{side}: cannot read ({exc.strerror or exc})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: must hold a JSON object")
    bad = [k for k in META_FIELDS if meta.get(k) is not None and not isinstance(meta[k], str)]
    if bad:
        raise InputError(f"{side}: {', '.join(bad)} must be text")
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
    return decode_with_note(raw, name=name)[0]


def decode_with_note(raw: bytes, *, name: str = "input") -> tuple[str, Optional[str]]:
    """Like :func:`decode`, with a one-line note when the bytes were not clean UTF-8."""
    if not raw:
        raise InputError(f"{name}: empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _not_binary(raw.decode(enc), name), None
            except UnicodeDecodeError:
                raise InputError(f"{name}: text claims {enc} but does not decode") from None
    if raw.startswith(_BINARY_MAGIC):
        raise InputError(f"{name}: binary data (looks like {raw[:4]!r}), not text")
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _not_binary(utf16, name), None
    if b"\x00" in raw:
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        return _not_binary(raw.decode("utf-8"), name), None
    except UnicodeDecodeError:
        pass
    # Not UTF-8. Mostly-UTF-8 text with a few stray bytes keeps its UTF-8 (stray bytes
    # become U+FFFD); text with no UTF-8 sequences at all is Windows-1252, the usual
    # encoding of older English news files.
    n_utf8 = len(_UTF8_MULTIBYTE.findall(raw))
    lenient = raw.decode("utf-8", errors="replace")
    n_bad = lenient.count("\ufffd")
    if n_utf8 > n_bad:
        text = _not_binary(lenient, name)
        return text, f"{name}: {n_bad} byte(s) are not valid UTF-8; replaced with U+FFFD"
    text = _not_binary(raw.decode("cp1252", errors="replace"), name)
    return text, f"{name}: not UTF-8; read as Windows-1252 (cp1252)"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _not_binary(text: str, name: str) -> str:
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


def url_timeout() -> float:
    """Seconds a URL may take: ``HELPERS_URL_TIMEOUT``, else ``URL_TIMEOUT``."""
    value = os.environ.get(URL_TIMEOUT_SETTING)
    if not value:
        return URL_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise InputError(f"{URL_TIMEOUT_SETTING}={value!r}: need a number of seconds") from None
    if not seconds > 0:
        raise InputError(f"{URL_TIMEOUT_SETTING}={value!r}: need a positive number of seconds")
    return seconds


def fetch_url(url: str, *, timeout: Optional[float] = None) -> tuple[bytes, str]:
    """Download a page; every network failure becomes a one-line ``InputError``."""
    timeout = url_timeout() if timeout is None else timeout
    request = urllib.request.Request(url, headers={"User-Agent": "news-report-helpers/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read(MAX_BYTES + 1)
            ctype = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"{url}: timed out after {timeout:g} s ({URL_TIMEOUT_SETTING} sets the limit)") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise InputError(f"{url}: timed out after {timeout:g} s ({URL_TIMEOUT_SETTING} sets the limit)") from None
        raise InputError(f"{url}: could not fetch ({exc.reason})") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        # ValueError: a malformed URL (http.client.InvalidURL); HTTPException: a broken reply
        raise InputError(f"{url}: could not fetch ({type(exc).__name__}: {exc})") from None
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


# One line at a time ([ \t], never \s, so no rule eats a paragraph break), and
# emphasis spans bounded to 300 characters, so a long line full of stray asterisks
# cannot make a lazy match rescan the line from every asterisk.
_MD_RULES = (
    (re.compile(r"^[ \t]{0,3}(```|~~~).*?^[ \t]{0,3}\1[ \t]*$", re.M | re.S), ""),
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M), ""),
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*?)[ \t]*#*[ \t]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}=+[ \t]*$", re.M), ""),
    (re.compile(r"^[ \t]{0,3}(>[ \t]?)+", re.M), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),
    (re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]{0,300}?[^\s*])?\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]{0,300})`"), r"\1"),
)

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.{0,5000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_KEYS = {"title": "title", "date": "published", "published": "published", "source": "source",
               "publisher": "source", "url": "url", "link": "url", "language": "language", "lang": "language"}


def markdown_front_matter(md: str) -> tuple[str, dict]:
    """Split a YAML front-matter block (``---`` ... ``---``) off a Markdown text.

    Simple ``key: value`` lines give ``title``, ``published`` (``date``), ``source``,
    ``url`` and ``language``; a date that is no date is dropped, not an error, as
    with an HTML page's date.
    """
    m = _FRONT_MATTER.match(md)
    if not m:
        return md, {}
    meta: dict = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in _FRONT_KEYS and value.strip():
            meta[_FRONT_KEYS[key]] = value.strip().strip("\"'")
    if meta.get("published"):
        try:
            meta["published"] = check_date(meta["published"])
        except InputError:
            meta["published"] = None
    return md[m.end():], meta


def markdown_to_text(md: str) -> str:
    """Markdown to plain prose: markup goes, paragraphs and sentences stay."""
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return md


def detect_language(text: str) -> Optional[str]:
    """ISO 639-1 code of the text, or None when too short or unclear to tell.

    Headlines and name-heavy snippets fool langdetect ("Modi, Sharif trade barbs
    over Kashmir" comes out Albanian), and a wrong "not English" would empty every
    table, so: a text whose words are a quarter or more English stop words (spaCy's
    list) is English; otherwise langdetect (seeded, so runs agree) must be sure
    (p >= 0.9) and have at least 12 words, or a non-Latin script, to call it.
    """
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    words = re.findall(r"[^\W\d_]+", sample.lower())
    from spacy.lang.en.stop_words import STOP_WORDS

    if len(words) >= 5 and sum(w in STOP_WORDS for w in words) >= 0.25 * len(words):
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None
    if best.lang == "en":
        return "en"
    letters = [c for c in sample if c.isalpha()]
    non_latin = sum(ord(c) > 0x24F for c in letters) >= 0.5 * len(letters)
    if best.prob >= 0.9 and (len(words) >= 12 or non_latin):
        return best.lang.split("-")[0]
    return None


def normalize_language(value: Optional[str]) -> Optional[str]:
    """``"en-GB"``, ``"English"``, ``"EN"`` -> ``"en"``; other codes keep their primary subtag."""
    if value is None:
        return None
    code = re.split(r"[-_\s]", str(value).strip().lower())[0]
    if not code:
        return None
    return "en" if code in ENGLISH_NAMES else code


def is_english(language: Optional[str]) -> bool:
    """True for English and for an unknown language (the pipeline then assumes English)."""
    return normalize_language(language) in (None, "en")


# -- paragraphs and the headline ------------------------------------------------------

def headline_title(text: str, paragraphs: list[tuple[int, int]]) -> Optional[str]:
    """The first line as title when it reads as a headline (``helpers.boilerplate.headline``)."""
    span = headline(text, paragraphs)
    return " ".join(text[span[0]:span[1]].split()) if span else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end) spans without surrounding white space.

    Each line is a paragraph, except in hard-wrapped text (lines cut at a fixed
    width, blank lines between blocks), where a paragraph runs to the next blank
    line; there a line ends its paragraph early only when it ends a sentence well
    short of the wrap width (a last line, not a wrapped one).
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(s, e) for s, e in lines if not text[s:e].isspace()]
    if not lines:
        return []
    width = _wrap_width(text, lines)
    blocks: list[list[tuple[int, int]]] = [[lines[0]]]
    for prev, cur in zip(lines, lines[1:]):
        joined = False
        if width and text.count("\n", prev[1], cur[0]) < 2:
            line = text[prev[0]:prev[1]].rstrip()
            joined = not _ENDS_SENTENCE.search(line) or len(line) >= 0.75 * width
        if joined:
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


_ENDS_SENTENCE = re.compile(r"[.!?:\"”’]\s*$")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The wrap width of hard-wrapped text (the 90th percentile line length), or 0 when not wrapped.

    Wrapped text has blank lines between paragraphs, lines of at most 100
    characters, and many lines that stop mid-sentence; a list of one-line
    paragraphs separated by blank lines has the first two but not the third.
    """
    if len(lines) < 6 or not _BLANK_LINE.search(text):
        return 0
    lengths = sorted(len(text[s:e].rstrip()) for s, e in lines)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100:
        return 0
    mid_sentence = sum(1 for s, e in lines if not _ENDS_SENTENCE.search(text[s:e].rstrip()))
    return width if mid_sentence >= 0.3 * len(lines) else 0


__all__ = ["Article", "InputError", "load", "load_one", "iter_paths", "from_text", "decode",
           "check_date", "paragraph_spans", "boilerplate_spans", "detect_language", "replace"]
