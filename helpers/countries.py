"""Countries: one row per country the article involves.

A country is involved when the text outside boilerplate mentions it or when one of the
article's actors is affiliated with it. Mentions are entity spans (after the gazetteer
EntityRuler, see ``helpers.gazetteer``) and actor mentions, each counted once, that are:

- a country's name or alias ("Ukraine", "U.S.", "Britain"), demonym ("British", "Russians"),
  capital ("Kyiv") or a seat of government standing for it ("Kremlin", "Downing Street");
- a place inside it that the place gazetteers resolve (a city: "Istanbul"; a US state: "Virginia");
- an organisation named after it: the longest country name or demonym inside an ORG, FAC or
  EVENT entity ("U.S. Senate", "Ukrainian Armed Forces").

Continents, regional adjectives and blocs ("European", "Western") name no country, nor
does a capital that stands for a body of no or another country ("Brussels" for the EU).
``actors`` lists the actor_ids whose ``country`` is the ISO3. Rows come most mentioned first.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from . import gazetteer, places
from .article import Article
from .records import Country
from .tables import ArticleTables

DIRECT_LABELS = ("GPE", "NORP", "LOC", "FAC", "ORG")
#: entities whose name may contain a country's ("U.S. Senate"), counted for that country
NAMED_AFTER_LABELS = ("ORG", "FAC", "EVENT", "LAW", "PRODUCT")
_NAMED_AFTER_HOWS = ("name", "alias", "demonym")


def _inside(span: Span) -> Optional[str]:
    """ISO3 of the longest country name or demonym inside ``span`` ("U.S. Senate" -> USA)."""
    n = len(span)
    for size in range(n - 1, 0, -1):
        for i in range(span.start, span.end - size + 1):
            cm = gazetteer.country_mention(span.doc[i:i + size].text)
            if cm and cm.how in _NAMED_AFTER_HOWS:
                return cm.iso3
    return None


def country_of(span: Span, *, context: Optional[dict[str, int]] = None) -> Optional[str]:
    """The country a mention span refers to, directly or through a place or a name; else None."""
    if span.label_ in places.PLACE_LABELS:
        # the place resolver settles names that are a country and a state ("Georgia")
        found = places.resolve(span.text, context=context)
        if found and found.country:
            return found.country
    cm = gazetteer.country_mention(span.text)
    if cm:
        return cm.iso3
    if span.label_ in NAMED_AFTER_LABELS and len(span) > 1:
        return _inside(span)
    return None


def mention_counts(doc: Doc, tables: ArticleTables) -> tuple[dict[str, int], dict[str, int]]:
    """(ISO3 -> mentions, ISO3 -> first offset) over entities and actor mentions outside boilerplate."""
    context = places.country_context(doc, tables)
    spans: list[Span] = [e for e in doc.ents if e.label_ in DIRECT_LABELS + NAMED_AFTER_LABELS]
    # characters inside an entity: one look-up per mention, not a scan of every entity
    taken = bytearray(len(doc.text) + 1)
    for e in spans:
        taken[e.start_char:e.end_char] = b"\x01" * (e.end_char - e.start_char)
    for m in tables.mentions:
        # an actor mention the NER missed ("the Kremlin" as a subject) still names its country
        if m.how in ("name", "alias") and not any(taken[m.start:m.end]):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    # a capital that stands for a body of no country ("Brussels" said: the EU) names no country
    kinds = {a.actor_id: (a.kind, a.country) for a in tables.actors}
    bodies = {m.start: kinds.get(m.actor_id) for m in tables.mentions if m.how in ("name", "alias")}
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for span in spans:
        if tables.is_boilerplate(span.start_char) or not any(ch.isalpha() for ch in span.text):
            continue
        iso3 = country_of(span, context=context)
        body = bodies.get(span.start_char)
        if body and body[0] == "organization" and body[1] != iso3 and gazetteer.metonym(span.text):
            continue
        if iso3 and iso3 in gazetteer.countries():
            counts[iso3] = counts.get(iso3, 0) + 1
            first[iso3] = min(first.get(iso3, span.start_char), span.start_char)
    return counts, first


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Country]:
    """One row per country mentioned or affiliated with an actor, most mentioned first."""
    counts, first = mention_counts(doc, tables)
    affiliated: dict[str, list[str]] = {}
    for a in tables.actors:
        if a.country and a.country in gazetteer.countries():
            affiliated.setdefault(a.country, []).append(a.actor_id)
            first.setdefault(a.country, a.first_start)
    codes = set(counts) | set(affiliated)
    ordered = sorted(codes, key=lambda c: (-counts.get(c, 0), first.get(c, 0), c))
    return [Country(iso3=c, name=gazetteer.country_name(c), n_mentions=counts.get(c, 0),
                    actors=tuple(affiliated.get(c, ()))) for c in ordered]
