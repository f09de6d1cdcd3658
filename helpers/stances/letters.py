"""Letters and readers' comments (rule ``letter-signer``, off by default): on a letters page ("LETTERS.", "FACEBOOK.", "TWITTER."
sections of reader mail) each letter ends with its writer's signature, a paragraph that is nothing but a
person's name or handle ("Atul M. Karnik.", "@srobbins2188."), often followed by a place line ("Woodside,
N.Y."). The paragraphs above a signature, back to the previous signature, its place line or a section header, are
the signer's own words: they are read like a direct quote of the signer (``quoted.py``: evaluative predicates
over an actor, the speaker's stance verbs, "I" as the speaker). A page needs at least ``MIN_SIGNATURES``
signatures, and a letter's text never names its signer nor does the paragraph after it (a name heading above
a text about that person is no signature); no quote id exists for a letter, so its rows carry no evidence ids, and its evidence has the
rule's own calibrated confidence (``weights.CALIBRATED_DEFAULT``)."""
from __future__ import annotations

import re
from typing import Iterable

from . import rules
from .structure import Context, Evidence

#: signatures a text needs before its paragraphs are read as letters
MIN_SIGNATURES = 2
#: a place line after a signature: "Woodside, N.Y.", "Gainesville, Fla.", "Chicago."
_PLACE = re.compile(r"^[A-Z][\w.'’ -]*(, [A-Z][\w.'’ -]*)?\.?$")
_HEADER = re.compile(r"^[A-Z][A-Z &'’-]+\.?$")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, without surrounding blanks."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def _signer(ctx: Context, start: int, end: int) -> str | None:
    """The person whose one mention makes up the whole paragraph (a trailing period aside)."""
    stop = end - 1 if ctx.doc.text[end - 1:end] == "." else end
    for m in ctx.tables.mentions:
        actor = ctx.actors.get(m.actor_id)
        if actor is not None and actor.kind == "person" and m.start <= start and m.end >= stop:
            return m.actor_id
    return None


def _named_in(ctx: Context, who: str, start: int, end: int) -> bool:
    return any(m.actor_id == who and start <= m.start < end for m in ctx.tables.mentions)


def letters(ctx: Context) -> list[tuple[str, int, int, int, int]]:
    """(signer, body start, body end, signature start, signature end) of every letter on a letters page."""
    paras = _paragraphs(ctx.doc.text)
    signed = [(i, who) for i, (s, e) in enumerate(paras) if (who := _signer(ctx, s, e))
              and not (i + 1 < len(paras) and _named_in(ctx, who, *paras[i + 1]))]  # a heading: "Donald Trump." above "Trump is ..."
    if len(signed) < MIN_SIGNATURES:
        return []
    out, first = [], 0
    for i, who in signed:
        body = [p for p in paras[first:i] if not _HEADER.match(ctx.doc.text[p[0]:p[1]])]
        if body and not _named_in(ctx, who, body[0][0], body[-1][1]):  # a heading names whom the text is about
            out.append((who, body[0][0], body[-1][1], *paras[i]))
        first = i + 1
        if first < len(paras) and _PLACE.match(ctx.doc.text[paras[first][0]:paras[first][1]]) \
                and len(ctx.doc.text[paras[first][0]:paras[first][1]].split()) <= 4:
            first += 1  # the writer's place
    return out


def letter_evidence(ctx: Context) -> Iterable[Evidence]:
    """What each letter says about its targets, as the signer's direct speech (rule ``letter-signer``)."""
    if not rules.enabled("letter-signer"):
        return
    from ..records import Quote
    from .quoted import _actor_tokens, _Index, _institution, _scored_targets, _speaker_tokens

    found = letters(ctx)
    if not found:
        return
    doc, tables = ctx.doc, ctx.tables
    index, actor_tokens = _Index.build(doc, tables), _actor_tokens(doc, tables)
    for k, (who, start, end, sig_start, sig_end) in enumerate(found):
        quote = Quote(f"letter-{k}", "direct", doc.text[start:end], start, end, who, ctx.actors[who].name,
                      doc.text[sig_start:sig_end], sig_start, sig_end, None, None, None, -1, -1)
        speaker = _speaker_tokens(doc, actor_tokens, who, quote)
        for target, score, conf, rule in _scored_targets(doc, tables, quote, who, speaker, index):
            if target.key in (who, ctx.actors[who].country) or not score:
                continue
            if rule == "quote-evaluation" and _institution(ctx, target):
                continue
            rules.fired("letter-signer")
            yield Evidence(who, target.key, target.kind, score, conf, target.start, (), "letter-signer")
