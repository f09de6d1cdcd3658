"""Sense rule for a light verb whose event noun lies inside a direct quotation: 'Trump continued: "The worst
attack ever..."' names no attack by Trump; the quotation's words are the quotes table's (as the trigger step
leaves words inside quotations alone). It registers before the rules of ``senses.py`` (``light-verb-noun``).
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext
from .lexicon import noun_category
from .rules import Example, rule


@rule("light-noun-quoted", "sense", (
    Example('Ola Berg continued: "The worst attack ever? It was during his presidency."', {"Ola Berg": "ola-berg"},
            "continued", None),
    Example("Ola Berg continued his attacks on Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "continued", {"category": "DISAPPROVE"}),
))
def light_noun_quoted(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A light verb outside a quotation whose only event noun object is inside it (a misparse of "X continued:
    '...attack...'") names no event: words inside direct quotations are the speaker's, not the article's
    account of an act."""
    if c.category != "LIGHT" or ctx.inside_quote(c.trigger.idx):
        return None
    nouns = [t for t in c.trigger.children if t.dep_ in ("dobj", "nsubjpass", "attr") and noun_category(t)]
    return "" if nouns and all(ctx.inside_quote(t.idx) for t in nouns) else None
