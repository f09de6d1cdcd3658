"""Quotes: who said what (direct, partial and indirect).

Three passes over one parsed article:

1. Quotation marks are paired per paragraph by a small state machine (curly,
   straight and guillemet marks, nested single quotes, apostrophes told apart from
   closing marks). A paragraph that opens a quotation and does not close it runs
   on into the next paragraph when that one opens with a mark again (the news
   convention for long quotations); any other unbalanced mark never crashes and
   never swallows the text after it.
2. Each quotation is attributed through the dependency parse: a reporting verb
   (``data/reference/reporting_verbs.csv``) that the quotation hangs from, or that
   hangs from it ("...," he added), then the nearest reporting verb in the same
   sentence, then a colon-introduced frame; a quotation set off by dashes right after a
   person's name ("Name -- “...” --") is that person's. The verb's subject is the speaker
   ("he", "The Labour leader"); it is mapped to an actor through the mention
   (``tables.mentions``, names and resolved pronouns) that covers it. A one-word
   quotation, or a short one that nothing attributes, is a scare quote: no row (but a
   lower-case word quoted inside reported speech is the speaker's: a partial row). A
   quotation that goes on in lower case after "When ..., Ruiz said," starts with that
   opening clause.
3. Reported speech is the clausal complement (ccomp) of a reporting verb outside
   quotation marks ("Trump said that ...", "..., Smith said", "Acts of protest,
   Obama said, are ..."), the object of a verb that reports one ("cited the poll",
   "vowed to fight", "called for a ceasefire"; dropped inside another report), the
   that-clause of an owned reporting noun ("Trump's claim that ..."), the clause
   that "according to X" governs, or a paragraph led by "Name: ...". It ends where
   the reporter's words begin (a semicolon, a second reporting verb, a closing
   apposition, text after a quotation closed by a comma). A quotation inside it
   is its own ``partial`` row too, with the report's speaker and cue.

A quotation that no verb attributes inherits the previous speaker only when the
text makes it clear: it follows that speaker's quotation or report in the same or
the next paragraph with no other person or organisation named in between (names
in the attributing sentence itself do not count), it is signed with a dash
("“...” ― Name", or on the next line: "“...”\n- Name."), or it is a headline that the body repeats. A quotation that only
its attribution interrupts mid-sentence ("“A,” she wrote, “and B.”") is one row when the
attribution is shorter than the quotation, so ``text`` then holds the attribution in the
middle; an attribution that closes its sentence ("“A,” she said to the judge. “B.”") leaves
two rows. A description or pronoun that no mention resolves ("the Kremlin leader said",
"The network said", a "he" far from the name) speaks for the actor of its kind named just
before it (``resolve``). Boilerplate sentences feed nothing.

The package, one module per step: ``marks`` pairs the quotation marks (plain strings,
no spaCy), ``context`` holds what every step reads (the Doc, its text, the article, the
tables so far and which quotation holds each character), ``speaker`` finds who speaks
for a reporting verb (``unattached``: a name the parse hung on a neighbouring clause), ``quotations`` attributes each quotation, ``reports`` finds
reported speech and ``content``/``boundary`` cut out what it reports, ``filters`` drop
what is no speech (titles, names, scare quotes), ``inherit`` passes a speaker on to
the quotations that follow, ``resolve`` finds the actor behind a description or a pronoun,
and ``accept`` holds the one learned step, a small classifier that
drops reported-speech rows it judges wrong. Each decision is a named rule (``rules``): registered with
an example sentence, counted, and switched off with ``extract(..., disabled={...})`` or
the ``HELPERS_QUOTE_RULES_OFF`` setting (a comma-separated list of names).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from ..article import Article
from ..records import Quote
from ..tables import ArticleTables
from .accept import _rejected
from .boundary import _complementizer
from .context import Context, _Resolver, _Row
from .filters import _modifier, _scare
from .inherit import _adopt_reports, _inherit, _merge_interrupted
from .marks import Quoted, quoted_spans
from .quotations import _lead_clause, _quote_rows
from .reports import _indirect_rows, _label_rows
from .resolve import resolve_unnamed
from .rules import REGISTRY, counting, rule, switched_off
from .speaker import source_of
from .syntax import RELATIVE, _verb_row, cue_span, noun_phrase

__all__ = ["REGISTRY", "Quoted", "counting", "cue_span", "extract", "noun_phrase", "quoted_spans", "source_of", "_verb_row"]


def extract(doc: Doc, article: Article, tables: ArticleTables, *, min_indirect_words: int = 2,
            disabled: Iterable[str] = ()) -> list[Quote]:
    """The quotes table of one article (see the module docstring); the rules named in
    ``disabled`` (and in ``HELPERS_QUOTE_RULES_OFF``) are switched off."""
    if doc.text != article.text:
        raise ValueError("the Doc was not parsed from this article's text")
    with switched_off(disabled):
        ctx = Context.build(doc, article, tables)
        rows = _outermost(_indirect_rows(doc, article, tables, ctx.quotes, ctx.owner, min_words=min_indirect_words))
        rows += _quote_rows(doc, ctx.text, ctx.quotes, ctx.owner, article, reports=rows)
        rows += _label_rows(doc, article, tables, ctx.owner, rows)
        _resolve_speakers(rows, ctx.resolver)
        _lead_clauses(ctx, rows)
        rows.sort(key=lambda r: (r.start, r.kind != "indirect", r.end))
        resolve_unnamed(ctx, rows)
        _adopt_reports(rows)
        _inherit(rows, doc, ctx.text, article, ctx.resolver, ctx.quotes, ctx.owner)
        rows = _merge_interrupted(rows, doc, ctx.text, article)
        records = [_record(ctx, r, n) for n, r in enumerate(r for r in rows if not _no_speech(ctx, r))]
        kept = [q for q in records if not _rejected(doc, q)]
        if len(kept) != len(records):
            kept = [replace(q, quote_id=f"q{n + 1}") for n, q in enumerate(kept)]
        return [_with_complementizer(doc, q) for q in kept]


def _with_complementizer(doc: Doc, q: Quote) -> Quote:
    """An indirect row's content with the "that" that opens its clause (``complementizer-that``;
    after the row classifier, which reads the content's first word as the rules left it)."""
    if q.kind != "indirect":
        return q
    start = _complementizer(doc, q.start, q.end)
    return q if start is None else replace(q, start=start, text=doc.text[start:q.end])


def _outermost(reports: list[_Row]) -> list[_Row]:
    """The reports that no other report holds (see ``report-inside-report``)."""
    return [r for r in reports if not _inside_other_report(r, reports)]


@rule("report-inside-report", "report", example="The mayor said she wanted the escort gone before the parade.",
      neutral=False)
def _inside_other_report(r: _Row, reports: list[_Row]) -> bool:
    """"said she wanted the escort gone", "a poll found that 74 percent said ...": a report
    whose cue lies inside another report's content is part of that report, not a second one."""
    return any(o is not r and o.start <= r.cue_span[0] < o.end and not r.start <= o.cue_span[0] < r.end
               for o in reports)


def _resolve_speakers(rows: list[_Row], resolver: _Resolver) -> None:
    """Each speaker token becomes a noun phrase and, through the mentions, an actor."""
    for r in rows:
        if r.speaker_tok is not None and r.speaker_span is None:
            r.speaker_span = noun_phrase(r.speaker_tok)
        if r.speaker_span is not None and r.speaker_id is None:
            tok = r.speaker_tok
            if tok is not None and (antecedent := _antecedent(tok)) is not None:
                tok = antecedent
                r.speaker_id = resolver.actor_at(*noun_phrase(tok), head=tok.idx)
            else:
                head = tok.idx if tok is not None else None
                # "it" of "China said it opposed ...": coref's mention (coref._body_of_governing_subject)
                r.speaker_id = resolver.actor_at(*r.speaker_span, head=head)


def _lead_clauses(ctx: Context, rows: list[_Row]) -> None:
    for r in rows:
        lead = _lead_clause(ctx.doc, ctx.text, r, ctx.owner)
        if lead is not None:
            r.start = lead


def _no_speech(ctx: Context, r: _Row) -> bool:
    """A row the filters drop: an unclosed excerpt, a modifier, a scare quote."""
    if _unclosed_excerpt(r):
        return True
    if r.kind != "indirect" and (r.speaker_span is None or r.inherited) and _modifier(ctx.doc, r):
        return True  # the “sex tape” reference, a “fact-checking” website: a label on a noun, not speech
    return r.kind != "indirect" and r.speaker_span is None and _scare(ctx.text, r)


def _record(ctx: Context, r: _Row, n: int) -> Quote:
    text, span = ctx.text, r.speaker_span
    return Quote(
        quote_id=f"q{n + 1}", kind=r.kind, text=text[r.start:r.end], start=r.start, end=r.end,
        speaker_id=r.speaker_id, speaker=ctx.resolver.name(r.speaker_id),
        speaker_text=text[span[0]:span[1]] if span else None, speaker_start=span[0] if span else None,
        speaker_end=span[1] if span else None,
        cue=r.cue, cue_start=r.cue_span[0] if r.cue_span else None,
        cue_end=r.cue_span[1] if r.cue_span else None,
        sentence_id=ctx.tables.sentence_id_at(r.start), paragraph_id=ctx.article.paragraph_id_at(r.start),
    )


@rule("relative-antecedent", "speaker",
      example="The Saudi government, which has denied any role, said the report was false.",
      speaker="The Saudi government")
def _antecedent(tok: Token) -> Optional[Token]:
    """"the Saudi government, which has denied ...": a relative pronoun's antecedent speaks."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        return tok.head.head
    return None


@rule("unclosed-excerpt", "filter", example="The report begins: “The city has never been so divided\nNext paragraph.",
      neutral=False)
def _unclosed_excerpt(r: _Row) -> bool:
    """A mark never closed, with no verb of its own to say it: an excerpt or a stray."""
    return r.kind != "indirect" and (r.speaker_span is None or r.inherited) and r.quoted is not None \
        and r.quoted.close is None
