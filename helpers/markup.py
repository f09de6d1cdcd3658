"""Markup to prose: the main text of an HTML page, and Markdown without its markup.

HTML goes through trafilatura (main text, title, date), with the standard library's
streaming parser as a fallback that has no nesting limit; Markdown goes through
markdown-it-py (CommonMark), so both cost time in proportion to the input.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional


def _check_date(value):
    from .article import check_date

    return check_date(value)


def html_to_text(html: str, *, url: Optional[str] = None) -> tuple[str, dict]:
    """Main text, title and date of a page by trafilatura; scripts and styles never pass.

    When trafilatura finds no text (lxml gives up on a page nested more than 255
    levels deep), the text outside scripts and styles is taken with the standard
    library's streaming HTML parser, which has no depth limit.
    """
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
                meta["published"] = _check_date(meta["published"])
            except ValueError:  # InputError: a date that is no date is dropped
                meta["published"] = None
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        text = _html_text_any_depth(html)
    return text, meta


_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr section article blockquote header footer".split())


def _html_text_any_depth(html: str) -> str:
    """Text outside script, style and template elements, a line per block element (any nesting depth)."""
    from html.parser import HTMLParser

    parts: list[str] = []
    skip = [0]

    class _Text(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "template", "noscript"):
                skip[0] += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style", "template", "noscript"):
                skip[0] = max(skip[0] - 1, 0)
            elif tag in _BLOCK_TAGS:
                parts.append("\n")

        def handle_data(self, data):
            if not skip[0]:
                parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


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
            meta["published"] = _check_date(meta["published"])
        except ValueError:  # InputError: a date that is no date is dropped
            meta["published"] = None
    return md[m.end():], meta


def markdown_to_text(md: str) -> str:
    """Markdown to plain prose: markup goes, paragraphs and sentences stay.

    Parsed by markdown-it-py (CommonMark), whose cost grows linearly with the text:
    each paragraph, heading, list item and quoted line keeps its lines, blocks are
    separated by a blank line, images keep their alt text and links their text;
    code blocks, raw HTML and link definitions go.
    """
    blocks: list[str] = []
    for token in _markdown_parser().parse(md):
        if token.type == "inline":
            text = _inline_text(token.children or ())
            if text.strip():
                blocks.append(text.strip())
    return "\n\n".join(blocks)


@lru_cache(maxsize=1)
def _markdown_parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable(["html_inline", "html_block"])


def _inline_text(children) -> str:
    out = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline_text(child.children or ()) or child.content)
    return "".join(out)
