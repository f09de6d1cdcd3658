"""Speakers passed on: a quotation inside reported speech takes the report's speaker, a
quotation that nothing attributes inherits the previous speaker when the text makes it clear,
and a quotation interrupted only by its attribution is one row.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from ..article import Article
from .context import _Resolver, _Row
from .filters import _scare
from .marks import ALL_MARKS, Quoted
from .rules import rule
from .syntax import _content_words, _token_after, _verb_row


def _adopt_reports(rows: list[_Row]) -> None:
    """A quotation inside reported speech is part of that report: same speaker and cue."""
    indirect = [r for r in rows if r.kind == "indirect"]
    for r in rows:
        if r.kind == "indirect" or r.aside:
            continue
        inner = _report_around(r, indirect)
        if inner is None:
            continue
        inner.end = max(inner.end, r.end)
        if r.cue_span is not None and inner.start <= r.cue_span[0] < inner.end and any(
                i.cue_span == r.cue_span for i in indirect):
            continue  # attributed by a verb inside the report that is a report of its own
        r.speaker_tok, r.speaker_span, r.speaker_id = inner.speaker_tok, inner.speaker_span, inner.speaker_id
        r.cue, r.cue_span = inner.cue, inner.cue_span
        if r.kind == "direct":
            r.kind = "partial"  # a quotation inside a reported clause is a fragment of it


@rule("quotation-in-report", "inherit",
      example="Okafor: Farmers Worried; It’s ‘in Their Wallets.’ The farmers’ mood is dark.")
def _report_around(r: _Row, indirect: list[_Row]) -> Optional[_Row]:
    """The innermost report whose content holds quotation ``r`` (a closing quotation may carry
    the sentence's full stop past the report's end): the quotation is part of it."""
    around = [i for i in indirect if i.start <= r.start < i.end and r.end <= i.end + 3]
    return min(around, key=lambda i: i.end - i.start) if around else None


def _inherit(rows: list[_Row], doc: Doc, text: str, article: Article, resolver: _Resolver,
             quotes: list[Quoted], owner: list[int]) -> None:
    """Give unattributed quotations the speaker the text makes clear (see module docstring)."""
    last: Optional[_Row] = None
    for r in rows:
        if r.kind != "indirect" and r.speaker_span is None and r.cue is None:
            dash = _dash_source(doc, text, r, owner) or _signature_line(doc, text, r)
            if dash is not None:
                r.speaker_span = (dash.start_char, dash.end_char)
                r.speaker_tok = dash.root
                r.speaker_id = resolver.actor_at(dash.start_char, dash.end_char, head=dash.root.idx)
            elif last is not None and _previous_speaker(doc, text, article, resolver, owner, last, r):
                r.speaker_span, r.speaker_id, r.inherited = last.speaker_span, last.speaker_id, True
                r.speaker_tok = last.speaker_tok
        if r.speaker_span is not None:
            last = r
    for r in rows:
        if r.kind == "indirect" or r.speaker_span is not None or r.quoted is None:
            continue
        other = _repeated_in_body(text, article, rows, r)
        if other is not None:
            r.speaker_span, r.speaker_id, r.speaker_tok = other.speaker_span, other.speaker_id, other.speaker_tok
            r.inherited = True


@rule("previous-speaker", "inherit",
      example="“We will fight this,” Jones said. Her office is in a “historic business district by the old river” downtown.", neutral=False)
def _previous_speaker(doc: Doc, text: str, article: Article, resolver: _Resolver, owner: list[int],
                      last: _Row, r: _Row) -> bool:
    """A quotation that nothing attributes goes on with the previous speaker in the same or the
    next paragraph, with no other person or organisation named in between (a short fragment in
    the writer's own sentence is a scare quote, not the previous speaker going on)."""
    if r.kind == "partial" and _scare(text, r):
        return False
    p_prev = article.paragraph_id_at(last.start)
    p_this = article.paragraph_id_at(r.start)
    return p_this - p_prev <= 1 and not _person_between(doc, text, owner, last, r, resolver)


@rule("headline-repeat", "inherit",
      example="“The Plan Is Dead On Arrival”\nThe senator said on Monday: “The plan is dead on arrival, and everyone knows it.”",
      speaker="The senator")
def _repeated_in_body(text: str, article: Article, rows: list[_Row], r: _Row) -> Optional[_Row]:
    """A headline that is only a quotation takes the speaker of the body's quotation it repeats."""
    p = article.paragraph_id_at(r.start)
    if p >= len(article.paragraphs):
        return None
    ps, pe = article.paragraphs[p]
    if r.quoted.open - ps > 1 or pe - r.quoted.outer_end > 2:
        return None
    words = _content_words(text[r.start:r.end])
    if not words:
        return None
    for other in rows:
        if other is r or other.speaker_span is None or other.start <= r.end:
            continue
        if len(words & _content_words(text[other.start:other.end])) >= 0.6 * len(words):
            return other
    return None


@rule("dash-signature", "inherit",
      example="“Fear is the mind-killer, and we must face it.” ― Pamela Padilla\nShe wrote it in 1990.",
      speaker="Pamela Padilla")
def _dash_source(doc: Doc, text: str, r: _Row, owner: list[int]) -> Optional[Span]:
    """The name after a dash that signs a quotation ("“...” ― Pamela Padilla")."""
    if r.quoted is None:
        return None
    # (a no-break space may stand before the dash as well as after it)
    m = re.match(r"[ \t\xa0]*[―—–][ \t\xa0]*", text[r.quoted.outer_end:r.quoted.outer_end + 6])
    if not m:
        return None
    tok = _token_after(doc, text, r.quoted.outer_end + m.end())
    if tok is None:
        return None
    ent = next((e for e in doc.ents if e.start == tok.i and e.label_ in ("PERSON", "ORG")), None)
    if ent is None:
        # a signature the NER misses ("― Jacklyn Ashley") is still a name: capitalised words
        # running to the end of the line
        j = tok.i
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and "\n" not in doc[j].text:
            j += 1
        if j - tok.i < 2:
            return None
        ent = doc[tok.i: j]
    if not re.match(r"\s*($|[\n,.(])", text[ent.end_char:ent.end_char + 3]):
        return None
    return ent


@rule("signature-line", "inherit",
      example="“We will not raise taxes on working families.”\n- Pamela Padilla.\nShe said it in 1990.",
      speaker="Pamela Padilla")
def _signature_line(doc: Doc, text: str, r: _Row) -> Optional[Span]:
    """A quotation that fills its paragraph, signed on the next line by a dash and a name
    ("“...”\n\n- Bernie Sanders.", "-President Obama, tweeting after the speech."): the format of
    quotations collected under a heading. The name must be a person the NER knows or two or more
    capitalised words, and end its line or stand before a comma or full stop."""
    if r.quoted is None or r.quoted.close is None or not _fills_line(text, r.quoted):
        return None
    m = re.match(r"[ \t\xa0]*\n\s*[―—–-][ \t\xa0]*", text[r.quoted.outer_end:r.quoted.outer_end + 12])
    if not m:
        return None
    tok = _token_after(doc, text, r.quoted.outer_end + m.end())
    if tok is None:
        return None
    ent = next((e for e in doc.ents if e.start == tok.i and e.label_ == "PERSON"), None)
    if ent is None:
        j = tok.i  # (the tokenizer may keep the dash with the first word: "-President")
        while j < len(doc) and (word := doc[j].text.lstrip("―—–-") if j == tok.i else doc[j].text) \
                and word.istitle() and word.isalpha():
            j += 1
        if j - tok.i < 2:
            return None
        ent = doc[tok.i: j]
    return ent if re.match(r"\s*($|[\n,.])", text[ent.end_char:ent.end_char + 3]) else None


def _fills_line(text: str, q: Quoted) -> bool:
    """Does quotation ``q`` open its line and close it (a full stop after the mark aside)?"""
    before = text[:q.open].rstrip(" \t\xa0")
    return (not before or before.endswith("\n")) and re.match(r"[.,]?[ \t\xa0]*(\n|$)", text[q.outer_end:]) is not None


QUOTED_KINDS = ("direct", "partial")


def _merge_interrupted(rows: list[_Row], doc: Doc, text: str, article: Article) -> list[_Row]:
    """One row for a quotation that only its attribution interrupts ("“A,” she said. “B.”").
    An interruption with a second reporting verb ("..., she sings before asking her, “B”")
    introduces a new quotation, whatever the parse hangs it on."""
    out: list[_Row] = []
    for r in rows:
        prev = next((o for o in reversed(out) if o.kind != "indirect"), None)
        if prev is not None and _interrupted(doc, text, article, prev, r):
            prev.end = r.end
            prev.quoted = Quoted(prev.quoted.open, r.quoted.close, prev.start, r.end)
            if r.kind == "direct":
                prev.kind = "direct"  # "“The number has doubled,” she wrote, “and most work ...”"
            continue
        out.append(r)
    return out


@rule("interrupted-quotation", "inherit",
      example="“The number has doubled,” she wrote, “and most of the new jobs are part-time.”",
      content="The number has doubled", neutral=False)
def _interrupted(doc: Doc, text: str, article: Article, prev: _Row, r: _Row) -> bool:
    """Is ``r`` the rest of quotation ``prev``, interrupted only by its attribution, and the
    attribution shorter than the quotation around it (both measured with their marks)?"""
    return bool(r.kind in QUOTED_KINDS and prev.kind in QUOTED_KINDS and prev.quoted and r.quoted
                and prev.cue_span is not None and prev.speaker_span is not None
                and article.paragraph_id_at(prev.start) == article.paragraph_id_at(r.start)
                and (r.cue_span is None or r.cue_span == prev.cue_span)
                and (r.speaker_span is None or r.speaker_span == prev.speaker_span)
                and prev.quoted.outer_end <= prev.cue_span[0] < r.quoted.open
                and len(re.findall(r"[^\W_]+", text[prev.quoted.outer_end:r.quoted.open])) <= 25
                and not _second_cue(doc, prev.quoted.outer_end, r.quoted.open, prev.cue_span)
                and not _closed_attribution(text, prev.quoted.outer_end, r.quoted.open)
                # the second quotation opens where the attribution ends, not inside the writer's
                # next sentence ("“A,” she said. The site is a “B”")
                and not _writer_sentence_before(doc, text, prev.quoted.outer_end, r.quoted.open)
                and r.quoted.open - prev.quoted.outer_end <= (prev.quoted.outer_end - prev.quoted.open)
                + (r.quoted.outer_end - r.quoted.open))


@rule("closed-attribution", "inherit",
      example="“It is a terrible thing you have done,” she said to the judge. “You believe you can lie to everyone.”",
      content="You believe you can lie to everyone", neutral=False)
def _closed_attribution(text: str, lo: int, hi: int) -> bool:
    """"“A,” she said to the judge. “B.”": an attribution closed by a full stop ends its
    sentence; the quotation after it is a sentence of its own, a row of its own (only a
    quotation that goes on in the same sentence, "“A,” she said, “and B.”", is one row)."""
    return text[lo:hi].rstrip().endswith((".", "!", "?"))


def _writer_sentence_before(doc: Doc, text: str, lo: int, opening: int) -> bool:
    """Does a sentence of the writer's own start between ``lo`` and the quotation mark at
    ``opening``, with words before the mark?"""
    tok = _token_after(doc, text, opening)
    if tok is None:
        return False
    start = tok.sent.start_char
    return lo < start < opening and text[start] not in ALL_MARKS and bool(re.search(r"[^\W_]", text[start:opening]))


def _second_cue(doc: Doc, lo: int, hi: int, cue: tuple[int, int]) -> bool:
    span = doc.char_span(lo, hi, alignment_mode="contract")
    return span is not None and any(
        not (cue[0] <= t.idx < cue[1]) and (row := _verb_row(t)) is not None and row.quote
        for t in span)


def _person_between(doc: Doc, text: str, owner: list[int], a: _Row, b: _Row, resolver: _Resolver) -> bool:
    """Is another person or organisation named outside quotation marks between two quotations?

    Names in the sentence that attributes ``a`` (the speaker's appositive, the outlet
    in "said on Fox News") do not count.
    """
    lo, hi = a.end, b.start
    span = doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return False
    anchor = a.cue_span[0] if a.cue_span else (a.speaker_span[0] if a.speaker_span else None)
    frame = None
    if anchor is not None:
        tok = _token_after(doc, text, anchor)
        frame = (tok.sent.start_char, tok.sent.end_char) if tok is not None else None
    for ent in span.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue  # a place or a nationality between two quotations is no new speaker
        if owner[ent.start_char] != -1:
            continue
        if frame and frame[0] <= ent.start_char < frame[1]:
            continue
        ent_actor = resolver.actor_at(ent.start_char, ent.end_char)
        if ent_actor is not None and ent_actor == a.speaker_id:
            continue
        return True
    return False
