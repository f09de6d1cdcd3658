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
import stat
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Iterator, Optional

from .boilerplate import boilerplate_spans, headline
from .markup import html_to_text, markdown_front_matter, markdown_to_text  # noqa: F401 (part of this API)
from .records import ArticleRow

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
                 ".html": "html", ".htm": "html"}
META_FIELDS = ("published", "title", "source", "url", "language")
MAX_BYTES = 50_000_000
URL_TIMEOUT = 20.0
URL_TIMEOUT_SETTING = "HELPERS_URL_TIMEOUT"
#: the longest total time a download may be given
MAX_URL_TIMEOUT = 3600.0
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
    for path, _root, _aid in iter_inputs(source):
        yield path


def iter_inputs(source: str | Path) -> Iterator[tuple[str, Optional[str], Optional[str]]]:
    """(path, input root, article id) for every article ``source`` names.

    A folder gives its article files in sorted order, its symbolic links and other
    non-regular entries included (reading refuses those unless allowed, so that they
    are reported, not silently dropped); a link to a folder is not walked. A file's
    id is its path relative to the root (the folder given, or the file's own
    folder) as a slug, so it depends on the article alone. URLs and ``-`` pass
    through with no root and no id (the id comes from the URL or the text).
    """
    s = str(source)
    if s == "-" or is_url(s):
        yield s, None, None
        return
    p = Path(s)
    if p.is_dir():
        found = []
        for folder, dirs, files in os.walk(p):  # links to folders are listed, never walked
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(Path(folder) / f for f in files
                         if Path(f).suffix.lower() in TEXT_SUFFIXES and not f.startswith("."))
        found.sort()
        if not found:
            raise InputError(f"{s}: folder holds no .txt, .md or .html article")
        for q in found:
            yield str(q), str(p), path_article_id(q.relative_to(p).as_posix())
        return
    yield s, str(p.parent), path_article_id(p.name)


def path_article_id(relative: str) -> str:
    """The id of the article at ``relative`` (a path inside the input root): a slug of it.

    ``story.txt`` is ``story``, ``b/story.txt`` is ``b-story``; a name with no letter
    or digit gets a hash of the path.
    """
    stem = re.sub(r"\.(txt|text|md|markdown|html?)$", "", relative, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80].strip("-")
    return slug or "article-" + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:10]


#: a corpus's catalogue beside its texts (PolNeAR's layout: ``metadata.tsv`` in the folder of the texts or
#: the one above it), one row per article with its title, date and publisher; ``helpers.report``
#: reads it for one article and ``helpers.corpus`` for a folder when no metadata table is given
CATALOGUE = "metadata.tsv"

#: the most bytes a sidecar may hold
MAX_SIDECAR_BYTES = 1_000_000


def read_input(path: str | Path, *, root: Optional[str | Path] = None, follow_symlinks: bool = False,
               limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, read safely.

    A FIFO, device or socket is refused (it could block or never end); so is a file
    over ``limit`` bytes, and a symbolic link whose target lies outside ``root`` (the
    file's folder by default) unless ``follow_symlinks``.
    """
    p = Path(path)
    if not follow_symlinks:
        base = Path(root) if root else p.parent
        try:
            target, inside = p.resolve(), base.resolve()
        except (OSError, RuntimeError) as exc:  # a link loop
            raise InputError(f"{path}: cannot resolve ({exc})") from None
        if target != inside and inside not in target.parents:
            raise InputError(f"{path}: a link to {target}, outside {inside}; --follow-symlinks reads it")
    try:
        info = os.stat(p)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file (a FIFO, device or socket); only files are read")
        if info.st_size > limit:
            raise InputError(f"{path}: larger than {limit // 1_000_000 or limit} {'MB' if limit >= 1_000_000 else 'bytes'}")
        with open(p, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise InputError(f"{path}: larger than {limit // 1_000_000} MB")
    return raw


def load_one(source: str, *, published: Optional[str] = None, title: Optional[str] = None,
             source_name: Optional[str] = None, language: Optional[str] = None,
             article_id: Optional[str] = None, root: Optional[str] = None, follow_symlinks: bool = False,
             data: Optional[bytes] = None) -> Article:
    """One article from a file path, ``-`` or a URL; raises ``InputError`` when unusable.

    ``article_id`` (from :func:`iter_inputs`) overrides the id made from the name;
    ``root`` and ``follow_symlinks`` say which links may be read (:func:`read_input`);
    ``data`` is stdin's bytes when they were already read.
    """
    meta: dict = {}
    source = str(source)
    if source == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1) if data is None else data
        if len(raw) > MAX_BYTES:
            raise InputError(f"-: larger than {MAX_BYTES // 1_000_000} MB")
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
        raw = read_input(p, root=root, follow_symlinks=follow_symlinks)
        meta = read_sidecar(p, root=root, follow_symlinks=follow_symlinks)
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
    text = bound_symbol_runs(text)

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
        article_id=article_id or make_article_id(path or url or source, text),
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

def read_sidecar(path: Path, *, root: Optional[str] = None, follow_symlinks: bool = False) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    raw = read_input(side, root=root, follow_symlinks=follow_symlinks, limit=MAX_SIDECAR_BYTES)
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{side}: not valid JSON ({exc})") from None
    except RecursionError:
        raise InputError(f"{side}: not valid JSON (nested too deep)") from None
    if not isinstance(meta, dict):
        raise InputError(f"{side}: must hold a JSON object")
    bad = [k for k in META_FIELDS if meta.get(k) is not None and not isinstance(meta[k], str)]
    if bad:
        raise InputError(f"{side}: {', '.join(bad)} must be text")
    return {k: meta.get(k) for k in META_FIELDS if meta.get(k) is not None}


#: publication years the engine accepts: relative dates ("next year", "in a decade") must stay real dates
YEARS = (1800, 2199)


def check_date(value: Optional[str], *, name: str = "input") -> Optional[str]:
    """A real ISO date (YYYY-MM-DD, optionally with a real time after it) between 1800 and 2199, or None.

    Anything else is an ``InputError``.
    """
    if value in (None, ""):
        return None
    full = str(value).strip()
    text = full
    try:
        if len(text) >= 10 and re.match(r"^\d{4}-\d{2}-\d{2}", text):
            clock = re.match(r"[T ](\d{1,2}):(\d{2})(?::(\d{2}))?", text[10:])
            if clock and not (int(clock[1]) < 24 and int(clock[2]) < 60 and int(clock[3] or 0) < 61):
                raise ValueError  # a time after the date must be a real one too
            text = text[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{name}: bad publication date {value!r}; use a real date as YYYY-MM-DD") from None
    if not YEARS[0] <= date.year <= YEARS[1]:
        raise InputError(f"{name}: publication date {value!r} is outside the years {YEARS[0]}-{YEARS[1]}")
    return date.isoformat()


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
    if not 0 < seconds <= MAX_URL_TIMEOUT:
        raise InputError(f"{URL_TIMEOUT_SETTING}={value!r}: need a number of seconds above 0 "
                         f"and at most {MAX_URL_TIMEOUT:g}")
    return seconds


def fetch_url(url: str, *, timeout: Optional[float] = None) -> tuple[bytes, str]:
    """Download a page within ``timeout`` seconds in all and ``MAX_BYTES`` at most.

    The limit covers the whole download (connecting, headers, every read), so a server
    that trickles bytes cannot hang the run; every failure becomes a one-line ``InputError``.
    """
    timeout = url_timeout() if timeout is None else timeout
    result: dict = {}
    worker = threading.Thread(target=_download, args=(url, timeout, result), daemon=True)
    worker.start()
    worker.join(timeout + 1.0)
    if worker.is_alive() or result.get("timed_out"):
        raise InputError(f"{url}: timed out after {timeout:g} s ({URL_TIMEOUT_SETTING} sets the limit)")
    if "error" in result:
        raise result["error"]
    raw, ctype = result["raw"], result["ctype"]
    fmt = "html" if "html" in ctype or _sniff_format(raw) == "html" else "txt"
    return raw, fmt


def _download(url: str, timeout: float, result: dict) -> None:
    deadline = time.monotonic() + timeout
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "news-report-helpers/0.1"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = response.headers.get("Content-Type", "")
            chunks, size = [], 0
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    result["timed_out"] = True
                    return
                if response.fp is not None and getattr(response.fp, "raw", None) is not None:
                    response.fp.raw._sock.settimeout(left) if hasattr(response.fp.raw, "_sock") else None
                chunk = response.read1(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_BYTES:
                    raise InputError(f"{url}: larger than {MAX_BYTES // 1_000_000} MB")
        result["raw"], result["ctype"] = b"".join(chunks), ctype
    except InputError as exc:
        result["error"] = exc
    except urllib.error.HTTPError as exc:
        result["error"] = InputError(f"{url}: HTTP {exc.code} {exc.reason}")
    except (TimeoutError, socket.timeout):
        result["timed_out"] = True
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            result["timed_out"] = True
        else:
            result["error"] = InputError(f"{url}: could not fetch ({exc.reason})")
    except (OSError, ValueError, OverflowError, http.client.HTTPException) as exc:
        # ValueError: a malformed URL (http.client.InvalidURL, "[::1"); HTTPException: a broken reply
        result["error"] = InputError(f"{url}: could not fetch ({type(exc).__name__}: {exc})")


#: a run of symbols longer than this is cut before the tokenizer (the rest become spaces)
MAX_SYMBOL_RUN = 32
_SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))


def bound_symbol_runs(text: str) -> str:
    """Cut every run of more than ``MAX_SYMBOL_RUN`` marks or symbols: the rest become spaces.

    spaCy's tokenizer splits a run of punctuation one mark at a time, rescanning what
    is left, so its cost grows with the square of the run (10,000 quotation marks take
    13 s, 20,000 take 41 s). Spaces keep the text's length, so every offset still
    points at the same character.
    """
    return _SYMBOL_RUN.sub(lambda m: m.group()[:MAX_SYMBOL_RUN] + " " * (len(m.group()) - MAX_SYMBOL_RUN), text)


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
