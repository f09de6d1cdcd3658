"""Boilerplate: the parts of a news page that are not the article's own prose.

The classes are named data in ``data/reference/boilerplate.csv`` (name, scope,
pattern, example, source); agency names for credits and datelines come from
``news_agencies.csv``. A class has one of five scopes:

- ``appeal``: a whole paragraph that matches and either speaks to the reader (we,
  us, our, you, your outside quotation marks, in at most 80 words) or is as short
  as a button (at most 8 words) -- donation
  appeals, newsletter plugs, cookie notices;
- ``line``: a note that opens a paragraph or a sentence ("Editor's note:", "Read
  more:", "(Reporting by ...)"): the whole paragraph when it opens it, else (a page
  flattened to one paragraph) up to the end of that sentence;
- ``lead``: a span at the start of a paragraph or sentence, the dateline ("LONDON
  (Reuters) -", "CNN —"); the rest of the sentence stays prose;
- ``inline``: the matched text only, anywhere: embedded posts;
- ``credit``: the same, for photo and agency credits ("Louisa Gouliamaki/Reuters",
  "AFP via Getty Images", "(Reuters)");
- ``footer``: a whole paragraph (at most 60 words) among the last three of the
  article: contributor bios ("Jane Smith is a senior fellow at ...");
- ``caption``: a short paragraph (at most 60 words) that ends with a credit.

A short heading right before a boilerplate paragraph ("Keep Independent
Journalism Alive") goes with it. Patterns see at most the first 2,000 characters
of a paragraph (credits: every 2,000-character window), so a 100,000-character
line cannot make one crawl. ``HELPERS_BOILERPLATE_OFF`` (comma-separated class
names) switches classes off, and ``glued-paragraphs`` the sentence start found where a
scraper dropped the space between two paragraphs ("... PAC.Contributing: ...");
``python -m helpers.boilerplate FILE...`` counts what each class flags.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from .reference import read_table

OFF_SETTING = "HELPERS_BOILERPLATE_OFF"
SCOPES = ("appeal", "line", "lead", "inline", "credit", "footer", "caption")
#: a footer class looks at this many last paragraphs
FOOTER_PARAGRAPHS = 3
#: characters of a paragraph the patterns look at
WINDOW = 2000
#: a caption is at most this many words
CAPTION_WORDS = 60
#: an appeal that speaks to the reader is at most this many words
APPEAL_WORDS = 80
#: a button or heading is at most this many words
SHORT_WORDS = 8
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
CAP = r"[A-Z][\w.'’-]*"

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
#: the reader addressed: lower-case anywhere, capitalised only at a sentence start ("Our Principles" is a name)
_READER = re.compile(r"(?:^|[.!?]\s+)(?:We|Us|Our|You|Your)\b|\b(?:we|us|our|you|your)\b")
#: where a sentence may start inside a paragraph: after closing punctuation and space
_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"”’)\]]*[ \t]+(?=[\"“(\[]?[A-Z<])")
#: a scraped page that lost the space between two paragraphs ("... to Ready PAC.Contributing: ..."):
#: a full stop after a word of two letters or more, then a capitalised word (not "U.S.Senate")
_GLUED_START = re.compile(r"(?<=[A-Za-z]{2}[.!?])(?=[A-Z][a-z])")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*(?=[ \t]+[\"“(\[]?[A-Z]|[ \t]*$)")


@dataclass(frozen=True)
class BoilerplateClass:
    name: str
    scope: str
    pattern: Optional[re.Pattern[str]]
    example: str
    source: str
    #: the pattern without its "^" anchors, to match at a sentence start inside a paragraph
    starter: Optional[re.Pattern[str]] = None


_ANCHOR = re.compile(r"(?<!\[)\^")


@lru_cache(maxsize=1)
def agencies() -> tuple[str, ...]:
    """Agency names, longest first, for the ``{AGENCY}`` slot of the patterns."""
    return tuple(sorted({r["name"] for r in read_table("news_agencies.csv")}, key=len, reverse=True))


def _expand(pattern: str) -> str:
    agency = "|".join(re.escape(a) for a in agencies())
    return pattern.replace("{AGENCY}", agency).replace("{CAP}", CAP).replace("{MONTH}", MONTHS)


@lru_cache(maxsize=1)
def all_classes() -> tuple[BoilerplateClass, ...]:
    """Every class of ``boilerplate.csv``, switched on or not."""
    out = []
    for row in read_table("boilerplate.csv"):
        if row["scope"] not in SCOPES:
            raise ValueError(f"boilerplate.csv: class {row['name']!r} has unknown scope {row['scope']!r}")
        pattern = re.compile(_expand(row["pattern"]), re.MULTILINE) if row["pattern"] else None
        starter = re.compile(_ANCHOR.sub("", _expand(row["pattern"])), re.MULTILINE) if row["pattern"] else None
        out.append(BoilerplateClass(row["name"], row["scope"], pattern, row["example"], row["source"], starter))
    return tuple(out)


def classes() -> tuple[BoilerplateClass, ...]:
    """The classes in use: all but those named in ``HELPERS_BOILERPLATE_OFF``."""
    off = {n.strip() for n in os.environ.get(OFF_SETTING, "").split(",") if n.strip()}
    return tuple(c for c in all_classes() if c.name not in off)


# -- finding spans ------------------------------------------------------------------

def find(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Every boilerplate span as (start, end, class name), sorted, before merging."""
    active = classes()
    found: list[tuple[int, int, str]] = []
    para_flags: list[Optional[str]] = []
    for k, (s, e) in enumerate(paragraphs):
        footer = k >= len(paragraphs) - FOOTER_PARAGRAPHS
        hits = _paragraph_hits(text, s, e, [c for c in active if footer or c.scope != "footer"])
        found.extend(hits)
        para_flags.append(next((n for a, b, n in hits if a == s and b == e), None))
    # a short heading right before a boilerplate paragraph goes with it
    for i in range(len(paragraphs) - 2, -1, -1):
        s, e = paragraphs[i]
        if para_flags[i + 1] and not para_flags[i] and is_heading(text[s:e]):
            para_flags[i] = para_flags[i + 1]
            found.append((s, e, para_flags[i]))
    return sorted(set(found))


def _paragraph_hits(text: str, s: int, e: int, active: Iterable[BoilerplateClass]) -> list[tuple[int, int, str]]:
    para = text[s:min(e, s + WINDOW)]
    hits: list[tuple[int, int, str]] = []
    credits: list[tuple[int, int, str]] = []
    windows: Optional[list[tuple[int, str, list[int]]]] = None
    for c in active:
        if c.scope == "appeal":
            if c.pattern.search(para) and _speaks_to_reader(para):
                return [(s, e, c.name)]
        elif c.scope in ("line", "lead"):
            windows = _windows(text, s, e) if windows is None else windows
            found = _sentence_hits(c, s, e, windows)
            if found and found[0][:2] == (s, e):
                return found[:1]
            hits.extend(found)
        elif c.scope == "footer":
            if c.pattern.match(para) and len(para.split()) <= CAPTION_WORDS:
                return [(s, e, c.name)]
        elif c.scope == "inline":
            hits.extend(_inline_hits(text, s, e, c))
        elif c.scope == "credit":
            credits.extend(_inline_hits(text, s, e, c))
    hits.extend(credits)
    caption = _caption(text, s, e, credits, active)
    return [caption, *hits] if caption else hits


def _windows(text: str, s: int, e: int) -> list[tuple[int, str, list[int]]]:
    """The paragraph in windows of ``WINDOW`` characters (a little more, so that a match may end
    past the edge), each with the sentence starts inside it; a window after the first does
    not start a sentence at its edge."""
    out = []
    for w in range(s, e, WINDOW):
        window = text[w:min(e, w + WINDOW + 400)]
        starts = [at for at in _sentence_starts(window) if at < WINDOW and (at > 0 or w == s)]
        out.append((w, window, starts))
    return out


def _sentence_hits(c: BoilerplateClass, s: int, e: int,
                   windows: list[tuple[int, str, list[int]]]) -> list[tuple[int, int, str]]:
    """Where a line or lead class opens a sentence: a note opening the paragraph is the whole
    paragraph (returned alone), else it runs to its sentence's end; a dateline is its own span."""
    out = []
    for w, window, starts in windows:
        for at in starts:
            m = c.starter.match(window, at)
            if not m or m.end() == at:
                continue
            if c.scope == "lead":
                if m.end() < len(window.rstrip()):  # a dateline is followed by the sentence it opens
                    out.append((w + at, w + _trim_end(window, m.end()), c.name))
            elif w + at == s:
                return [(s, e, c.name)]
            else:
                out.append((w + at, w + _sentence_end(window, m.end()), c.name))
    return out


def _speaks_to_reader(para: str) -> bool:
    """As short as a button, or a short paragraph that addresses the reader outside quotation marks."""
    n = len(para.split())
    if n <= SHORT_WORDS:
        return True
    return n <= APPEAL_WORDS and bool(_READER.search(_QUOTED.sub(" ", para)))


def _inline_hits(text: str, s: int, e: int, c: BoilerplateClass) -> list[tuple[int, int, str]]:
    out = []
    for w in range(s, e, WINDOW):
        chunk = text[w:min(e, w + WINDOW + 200)]
        for m in c.pattern.finditer(chunk):
            if m.start() < WINDOW and m.end() > m.start():
                a, b = w + m.start(), w + _trim_end(chunk, m.end())
                while a < b and text[a].isspace():
                    a += 1
                out.append((a, b, c.name))
    return out


def _caption(text: str, s: int, e: int, credits: list[tuple[int, int, str]],
             active: Iterable[BoilerplateClass]) -> Optional[tuple[int, int, str]]:
    """A short paragraph closed by a credit is a caption as a whole."""
    if not any(c.scope == "caption" for c in active) or not credits:
        return None
    if len(text[s:e].split()) > CAPTION_WORDS:
        return None
    last = max(b for _, b, _ in credits)
    if text[last:e].strip(" \t.)]") == "":
        name = next(c.name for c in active if c.scope == "caption")
        return s, e, name
    return None


def _sentence_starts(para: str) -> list[int]:
    glued = [m.end() for m in _GLUED_START.finditer(para)] if "glued-paragraphs" not in os.environ.get(OFF_SETTING, "").split(",") else []
    return sorted({0, *(m.end() for m in _SENTENCE_START.finditer(para)), *glued})


def _sentence_end(para: str, at: int) -> int:
    m = _SENTENCE_END.search(para, at)
    return m.end() if m else len(para.rstrip())


def _trim_end(s: str, end: int) -> int:
    while end > 0 and s[end - 1].isspace():
        end -= 1
    return end


def merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined into one; sorted and disjoint."""
    out: list[list[int]] = []
    for a, b, _ in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def boilerplate_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The article's boilerplate as sorted, disjoint (start, end) spans."""
    return merge(find(text, paragraphs))


def parse_edges(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Offsets where the parser should start a sentence: both edges of each boilerplate span,
    except the end of a dateline, whose sentence the parser reads better whole."""
    found = find(text, paragraphs)
    lead_ends = {b for _, b, name in found if _scope(name) == "lead"}
    return {x for a, b in merge(found) for x in (a, b) if x == a or x not in lead_ends}


def _scope(name: str) -> str:
    return next((c.scope for c in all_classes() if c.name == name), "")


def is_heading(line: str) -> bool:
    """A line as short as a heading (at most 8 words) that does not end a sentence."""
    return len(line.split()) <= SHORT_WORDS and not re.search(r"[.!?]\s*$", line)


# -- the headline as title ------------------------------------------------------------

#: at most this many words in a headline
HEADLINE_WORDS = 25


def headline(text: str, paragraphs: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """The first paragraph when it reads as a headline: one line, short, no final full stop,
    followed by a blank line or by a longer body paragraph."""
    if len(paragraphs) < 2:
        return None
    (s, e), (s2, e2) = paragraphs[0], paragraphs[1]
    line = text[s:e]
    words = line.split()
    if "\n" in line or not 2 <= len(words) <= HEADLINE_WORDS or re.search(r"[.,;:]\s*$", line):
        return None
    if not any(c.isalpha() for c in line) or not line.lstrip("\"“'‘")[:1].isupper():
        return None
    blank = text.count("\n", e, s2) >= 2
    return (s, e) if blank or len(text[s2:e2].split()) > len(words) else None


def is_title_case(line: str) -> bool:
    """Headline case: most words of four letters or more start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# -- counting ------------------------------------------------------------------------------

def count(texts: Iterable[str]) -> Counter:
    """How many spans each class flags over ``texts`` (before merging)."""
    from .article import paragraph_spans

    tally: Counter = Counter()
    for text in texts:
        tally.update(name for _, _, name in find(text, paragraph_spans(text)))
    return tally


def main(argv: Optional[list[str]] = None) -> int:
    """Counts per class over the files named, with one example each (``-v`` for all)."""
    from .article import paragraph_spans

    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    tally: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        for a, b, name in find(text, paragraph_spans(text)):
            tally[name] += 1
            examples.setdefault(name, []).append(f"{path.rsplit('/', 1)[-1]}: {text[a:b][:100]!r}")
    for c in all_classes():
        print(f"{c.name:20} {tally[c.name]:5}  {examples.get(c.name, [''])[0]}")
        if verbose:
            for ex in examples.get(c.name, [])[1:]:
                print(f"{'':27}{ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
