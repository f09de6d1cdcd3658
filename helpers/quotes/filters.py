"""Quotations that report no speech: titles and names in quotation marks, section headings, a
term's name after "so-called", a modifier inside a noun phrase, and scare quotes.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..article import Article
from .context import _Row
from .marks import ALL_MARKS, Quoted, _is_paragraph_start
from .rules import rule
from .syntax import _content_words, _token_after


@rule("noun-modifier", "filter",
      example="“We will win this state,” Ruiz said. The “sex tape” story did not come up again.", neutral=False)
def _modifier(doc: Doc, r: _Row) -> bool:
    """Is a short quotation a modifier inside a noun phrase ("the “sex tape” reference")?"""
    if r.quoted is None or len(re.findall(r"[^\W_]+", doc.text[r.start:r.end])) > 4:
        return False
    inside = doc.char_span(r.start, r.end, alignment_mode="expand")
    after = _token_after(doc, doc.text, r.quoted.outer_end)
    return (inside is not None and after is not None and after.pos_ in ("NOUN", "PROPN")
            and inside.root.head.i == after.i and inside.root.dep_ in ("compound", "amod", "nmod"))


@rule("scare-quote", "filter", example="The plan is a “big win” for the city.", neutral=False)
def _scare(text: str, r: _Row) -> bool:
    # a short quotation nobody is said to have said is a title, a name or a scare quote
    return len(re.findall(r"[^\W_]+", text[r.start:r.end])) <= 4


@rule("introduced-name", "filter",
      example="The mayor said what became known as the “Buffett rule for the city” would pass.", neutral=False)
def _introduced_name(doc: Doc, q: Quoted, span: Span) -> bool:
    """Is the quotation the name a term goes by ("known as the “X rule”", "the so-called “X”")?

    "known as" and "so-called" introduce what something is called, not what anyone said;
    a quotation after them is a name even when a reporting verb stands in the same sentence.
    """
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].idx >= q.open or doc[i].text in ALL_MARKS or doc[i].text == "``"):
        i -= 1
    words = [t.lower_ for t in doc[max(0, i - 2): i + 1]]
    if words[-1:] == ["so-called"] or words[-3:] == ["so", "-", "called"]:
        return True
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "know" \
        and head.head.tag_ == "VBN"


@rule("title-in-quotes", "filter",
      example="She watched “Morning Joe” every day before work, the mayor said.", neutral=False)
def _is_title(text: str, q: Quoted, words: list[str]) -> bool:
    """A short Title-Case quotation inside a sentence names something; it reports no words."""
    if len(words) > 6 or _is_paragraph_start(text, q.open):
        return False
    before = text[:q.open].rstrip()
    if not before or before[-1] in ".!?:\n":
        return False
    minor = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "it", "is"}

    def title_case(ws: list[str]) -> bool:
        return all(w[0].isupper() or w.lower() in minor or w[0].isdigit() for w in ws) and ws[0][0].isupper()

    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.outer_end)
    line_words = (m.group() for m in _WORD.finditer(text, line_start, line_end if line_end != -1 else len(text)))
    # lazily: one lower-case word settles it, where counting every word of a long line first is quadratic
    if _title_case_run(line_words, minor, more_than=len(words) + 2):
        return False  # in a headline every word is capitalised, the quoted words too
    return title_case(words)


_WORD = re.compile(r"[^\W_]+")


def _title_case_run(words, minor: set[str], *, more_than: int) -> bool:
    """Are all of ``words`` (an iterator) in title case, the first capitalised, and more than
    ``more_than`` of them? Stops at the first word that is not."""
    n = 0
    for w in words:
        if not (w[0].isupper() or w.lower() in minor or w[0].isdigit()) or (n == 0 and not w[0].isupper()):
            return False
        n += 1
    return n > more_than


@rule("titled-apposition", "filter",
      example="Jane Cole said the city needs buses.\n\nHer essay, “Buses, not stadiums, will save the city,” is very moving.", neutral=False)
def _titled_apposition(doc: Doc, text: str, q: Quoted, span: Span) -> bool:
    """A quotation set off by commas right after a common noun ("his book, “...,” says") names
    the work the noun is, when nothing attributes it."""
    if span.start < 2 or q.close is None:
        return False
    comma, noun = doc[span.start - 2], doc[span.start - 3] if span.start >= 3 else None
    if doc[span.start - 1].text not in ALL_MARKS or comma.text != "," or noun is None or noun.pos_ != "NOUN":
        return False
    return text[q.start:q.outer_end].rstrip(ALL_MARKS + " ").endswith(",") or text[q.outer_end:].lstrip().startswith(",")


@rule("section-heading", "filter",
      example="The mayor spoke on Monday.\n“A New Start For The City”\nThe council met later.", neutral=False)
def _heading(text: str, q: Quoted, words: list[str], article: Article) -> bool:
    """A short quotation alone in a paragraph below the headline, every word capitalised: a section
    heading quoting the body (as some papers set them), not words anyone is said to say there."""
    if len(words) > 8 or q.close is None:
        return False
    p = article.paragraph_id_at(q.open)
    if not article.paragraphs or p == 0:
        return False  # the article's own headline: a quotation the body may attribute
    ps, pe = article.paragraphs[p]
    if text[ps:q.open].strip() or text[q.outer_end:pe].strip(" \t\n.!?"):
        return False
    minor = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "to", "for", "at", "by", "with", "from"}
    if not (words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in minor
                                          or len(w) <= 2 for w in words[1:])):
        return False
    # a quotation-only headline that the body attributes ("“Putin Is Not Serious About Peace”", then
    # "Starmer said Putin “is not serious about peace”") is reported, with the body's speaker
    own = _content_words(text[q.start:q.end])
    return not own or not any(len(own & _content_words(text[s:e])) >= 0.6 * len(own)
                              for s, e in article.paragraphs[p + 1:])
