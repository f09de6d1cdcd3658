"""Gazetteers: countries, demonyms, capitals, metonyms, regions, officials and organisations.

Reads the CSV tables in ``data/reference`` (each names its sources in its ``#`` header):

- ``countries.csv``: every ISO 3166-1 country with aliases, demonyms, capital and centre;
- ``metonyms.csv``: seats of government and capitals that stand for a government;
- ``regions.csv``: US states and a few regions, continents and seas with coordinates;
- ``officials.csv`` / ``organizations.csv``: people and bodies (kept by the actors work).

Lookups are case-insensitive and ignore a leading "the" and a trailing possessive, except
short all-capital aliases ("US", "UK"), which must match exactly so that "us" is no country.

``add_entity_ruler(nlp)`` adds the component ``gazetteer_ruler`` right after the statistical
NER. Its phrase patterns (exact case) give known names their label, overriding the NER's
label on the same words ("Trump" ORG -> PERSON, "Kyiv" PERSON -> GPE) but never cutting a
longer name the NER found ("Mark Cuban" stays a PERSON, "Moscow State University" an ORG);
a spaCy ``entity_ruler`` placed before the NER freezes its spans and cut such names in
pieces on the PolNeAR texts ("African-American", "RT America"), so the rule runs after it:

=============================================  =======
countries, aliases, capitals, US states         GPE
named regions with a country                    GPE
continents, seas, regions with no country       LOC
demonyms ("Russian", "Britons")                 NORP
seats of government (Kremlin, White House)      ORG
officials' names, aliases and surnames          PERSON
organisations and their aliases                 ORG
=============================================  =======

Seats are ORG, not FAC, because news uses them as the actor that speaks ("the Kremlin said").
A second component, ``headline_entities`` after the NER, makes the NER's labels agree with
the people the article names in full: (1) a WORK_OF_ART (or EVENT/LAW) covering most of a
headline-like paragraph (no closing full stop, mostly capitalised words) that holds a known
person is dropped and the person's words inside it become PERSON: a headline quoting a
politician ("Putin Is Not Serious About Peace") is a title, not a work of art; (2) a lone
token tagged ORG (or NORP, PRODUCT, FAC, EVENT, WORK_OF_ART, GPE, LOC and not a known
place) that is the surname of a
PERSON named in full elsewhere in the article becomes PERSON ("Trump" after "Donald Trump").
A person is "known" when the ruler or the NER tags those words PERSON somewhere in the text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .reference import read_table

RULER_NAME = "gazetteer_ruler"
HEADLINE_NAME = "headline_entities"
#: capitals smaller than this (Douglas, Victoria, Hamilton) are more often people or other towns
MIN_CAPITAL_POPULATION = 100_000
#: NER labels that a headline is mistaken for
HEADLINE_LABELS = ("WORK_OF_ART", "EVENT", "LAW")
#: labels a lone surname gets by mistake ("Trump" as ORG) when the full name is a PERSON elsewhere
SURNAME_LABELS = ("ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "GPE", "LOC")
#: an entity covering at least this share of a headline's word tokens "is" the headline
HEADLINE_COVER = 0.6

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_SHORT_CODE = re.compile(r"^[A-Z.]{2,5}$")


@dataclass(frozen=True)
class CountryEntry:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    in_ruler: bool
    capital_population: Optional[int] = None

    @property
    def capital_names_country(self) -> bool:
        """Is the capital big enough that its name means the country's seat ("Kyiv", not "Douglas")?"""
        return bool(self.capital) and (self.capital_population or 0) >= MIN_CAPITAL_POPULATION


@dataclass(frozen=True)
class Metonym:
    """A seat or capital that stands for a government: who it means when it acts or speaks."""

    name: str
    actor: str
    actor_kind: str
    iso3: str


@dataclass(frozen=True)
class Region:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]


@dataclass(frozen=True)
class CountryMention:
    """What a surface form says about a country: its ISO3 and how (name, alias, demonym, capital, metonym)."""

    iso3: str
    how: str


def split_cell(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _float(cell: str) -> Optional[float]:
    return float(cell) if cell not in ("", None) else None


def normalize(text: str) -> str:
    """The lookup key of a surface form: NFC, one space, no leading "the", no possessive, casefolded."""
    if not isinstance(text, str):
        raise ValueError(f"expected a string, got {type(text).__name__}")
    t = unicodedata.normalize("NFC", " ".join(text.split()))
    t = _THE.sub("", t)
    t = _POSSESSIVE.sub("", t) if not t.endswith(".") else t
    return t.strip().casefold()


def _case_sensitive(form: str) -> bool:
    # "US", "UK", "DRC" are words in lower case ("us"); they only count written in capitals
    return bool(_SHORT_CODE.match(form)) and "." not in form


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryEntry]:
    """Every country of ``countries.csv`` by ISO3."""
    out = {}
    for r in read_table("countries.csv"):
        out[r["iso3"]] = CountryEntry(
            iso3=r["iso3"], iso2=r["iso2"], name=r["name"], aliases=split_cell(r["aliases"]),
            demonyms=split_cell(r["demonyms"]), capital=r["capital"] or None,
            lat=_float(r.get("lat", "")), lon=_float(r.get("lon", "")),
            in_ruler=(r.get("ruler", "") or "").lower() != "no",
            capital_population=int(r["capital_population"]) if r.get("capital_population") else None,
        )
    return out


@lru_cache(maxsize=1)
def metonyms() -> tuple[tuple[Metonym, tuple[str, ...]], ...]:
    """Each metonym with all its surface forms (name and aliases)."""
    return tuple(
        (Metonym(r["name"], r["actor"], r["actor_kind"], r["iso3"]), (r["name"], *split_cell(r["aliases"])))
        for r in read_table("metonyms.csv")
    )


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    return tuple(
        Region(r["name"], split_cell(r["aliases"]), r["kind"], r["country"] or None,
               _float(r["lat"]), _float(r["lon"]))
        for r in read_table("regions.csv")
    )


@lru_cache(maxsize=1)
def _country_index() -> tuple[dict[str, CountryMention], dict[str, CountryMention]]:
    """(case-insensitive index, exact-case index); earlier kinds win over later ones."""
    folded: dict[str, CountryMention] = {}
    exact: dict[str, CountryMention] = {}

    def put(form: str, iso3: str, how: str) -> None:
        if _case_sensitive(form):
            exact.setdefault(form, CountryMention(iso3, how))
        else:
            folded.setdefault(normalize(form), CountryMention(iso3, how))

    entries = countries().values()
    for c in entries:
        put(c.name, c.iso3, "name")
    for c in entries:
        for a in c.aliases:
            put(a, c.iso3, "alias")
    for c in entries:
        for d in c.demonyms:
            put(d, c.iso3, "demonym")
    for m, forms in metonyms():
        how = "capital" if any(_is_capital(f) for f in forms) else "metonym"
        for f in forms:
            put(f, m.iso3, how)
    for c in entries:
        if c.capital_names_country:
            put(c.capital, c.iso3, "capital")
    return folded, exact


def _is_capital(form: str) -> bool:
    key = normalize(form)
    return any(c.capital_names_country and normalize(c.capital) == key for c in countries().values())


def country_mention(text: str) -> Optional[CountryMention]:
    """ISO3 and kind of mention for a country name, alias, demonym, capital or metonym; else None."""
    folded, exact = _country_index()
    stripped = " ".join(text.split()) if isinstance(text, str) else text
    if isinstance(stripped, str) and stripped in exact:
        return exact[stripped]
    return folded.get(normalize(text))


def lookup_country(text: str) -> Optional[str]:
    """ISO3 of a country name, alias, demonym, capital or metonym ("the Kremlin" -> "RUS"); else None."""
    m = country_mention(text)
    return m.iso3 if m else None


def country_name(iso3: str) -> str:
    """The canonical short English name of ``iso3`` ("RUS" -> "Russia")."""
    entry = countries().get((iso3 or "").upper()) if isinstance(iso3, str) else None
    if entry is None:
        raise ValueError(f"unknown ISO 3166-1 alpha-3 code {iso3!r}")
    return entry.name


def capital_of(iso3: str) -> Optional[str]:
    """The capital of ``iso3`` (None for territories without one); ValueError for unknown codes."""
    country_name(iso3)
    return countries()[iso3.upper()].capital


def is_demonym(text: str) -> bool:
    """True for a country's demonym ("Russian", "Britons", "North Korean"), in any case."""
    m = country_mention(text)
    return bool(m and m.how == "demonym")


@lru_cache(maxsize=1)
def _metonym_index() -> dict[str, Metonym]:
    index: dict[str, Metonym] = {}
    for m, forms in metonyms():
        for f in forms:
            index.setdefault(normalize(f), m)
    return index


def metonym(text: str) -> Optional[Metonym]:
    """The government a seat or capital stands for ("Moscow" -> Kremlin, RUS).

    Capitals not listed in ``metonyms.csv`` stand for their country (actor kind ``country``).
    """
    m = _metonym_index().get(normalize(text))
    if m:
        return m
    cm = country_mention(text)
    if cm and cm.how == "capital":
        return Metonym(name=" ".join(text.split()), actor=country_name(cm.iso3), actor_kind="country", iso3=cm.iso3)
    return None


def region(text: str) -> Optional[Region]:
    """A named region, US state, continent or sea of ``regions.csv`` ("New York State" too)."""
    key = normalize(text)
    if key.endswith(" state"):
        bare = key[: -len(" state")]
        found = next((r for r in regions() if r.kind == "state" and normalize(r.name) == bare), None)
        if found:
            return found
    for r in regions():
        if normalize(r.name) == key or any(normalize(a) == key for a in r.aliases):
            return r
    return None


# -- the EntityRuler ---------------------------------------------------------------------

def _officials() -> tuple[dict[str, str], ...]:
    return _read_optional("officials.csv")


def _organizations() -> tuple[dict[str, str], ...]:
    return _read_optional("organizations.csv")


def _read_optional(name: str) -> tuple[dict[str, str], ...]:
    try:
        return read_table(name)
    except FileNotFoundError:
        return ()


class NameRules(NamedTuple):
    """The rules of ``name_order.csv``: how a personal name is built."""

    #: ISO3 codes of countries whose names put the family name first ("Xi Jinping")
    family_first: frozenset[str]
    #: lower-case particles that belong to a surname ("de", "von der")
    particles: frozenset[str]
    #: generational suffixes that end a name but are no surname ("Jr.", "IV"), as written
    suffixes: frozenset[str]


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    """The name-order rules of ``data/reference/name_order.csv`` (family-first countries,
    surname particles, generational suffixes)."""
    rows = _read_optional("name_order.csv")
    pick = lambda kind: frozenset(r["value"] for r in rows if r["kind"] == kind)  # noqa: E731
    return NameRules(pick("family_first"), frozenset(v.lower() for v in pick("particle")), pick("suffix"))


def surname(full: str, *, country: Optional[str] = None) -> Optional[str]:
    """The family name news uses alone: "Keir Starmer" -> "Starmer", "Xi Jinping" -> "Xi",
    "Ursula von der Leyen" -> "von der Leyen", "Martin Luther King Jr." -> "King"; None for one word."""
    family_first, particles, suffixes = name_rules()
    words = full.split()
    while len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    if len(words) < 2:
        return None
    if country in family_first:
        return words[0]
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in particles:
        i -= 1
    return " ".join(words[i:])


def _common_word(word: str) -> bool:
    # a month or weekday ("May"), a country, region or big city ("Austin") is not left to mean a person
    import calendar

    if word in calendar.month_name or word in calendar.day_name:
        return True
    if country_mention(word) is not None or region(word) is not None:
        return True
    from .places import _big_city, city

    found = city(word)
    return _big_city(word) is not None or (found is not None and found.kind == "city" and _city_pop(word) >= 100_000)


def _city_pop(word: str) -> int:
    from .places import _city_index

    cands = _city_index().get(normalize(word), [])
    return max((-c[1] for c in cands if c[0] <= 1), default=0)


def person_names(officials: Iterable[dict[str, str]]) -> list[str]:
    """Full names, aliases and surnames of officials; a surname that is also a common word
    (a month, a country, a big city) is left out, since alone it would mean that word."""
    out: list[str] = []
    for r in officials:
        full = r.get("name", "").strip()
        if not full:
            continue
        out.append(full)
        out.extend(split_cell(r.get("aliases", "")))
        family = surname(full, country=r.get("country") or None)
        if family and not _common_word(family):
            out.append(family)
    return out


def entity_patterns(*, officials: Optional[Iterable[dict[str, str]]] = None,
                    organizations: Optional[Iterable[dict[str, str]]] = None) -> list[dict]:
    """EntityRuler phrase patterns from the gazetteers (officials/organisations default to the CSVs)."""
    officials = _officials() if officials is None else tuple(officials)
    organizations = _organizations() if organizations is None else tuple(organizations)
    labelled: dict[str, str] = {}

    def add(form: str, label: str) -> None:
        form = " ".join(form.split())
        # the first label given to a form wins; orders below go from most to least specific
        if form and not form.lower().startswith("the ") and form not in labelled:
            labelled[form] = label

    for name in person_names(officials):
        add(name, "PERSON")
    for r in organizations:
        for f in (r.get("name", ""), *split_cell(r.get("aliases", ""))):
            add(f, "ORG")
    for m, forms in metonyms():
        if not any(_is_capital(f) for f in forms):
            for f in forms:
                add(f, "ORG")
    for c in countries().values():
        if c.in_ruler:
            for f in (c.name, *c.aliases):
                add(f, "GPE")
        for d in c.demonyms:
            add(d, "NORP")
        if c.capital_names_country:
            add(c.capital, "GPE")
    for m, forms in metonyms():
        for f in forms:
            add(f, "GPE")
    for r in regions():
        label = "GPE" if r.kind in ("state", "region") and r.country else "LOC"
        for f in (r.name, *r.aliases):
            add(f, label)
    return [{"label": label, "pattern": form} for form, label in labelled.items()]


class GazetteerEntities:
    """Gazetteer names over the NER's entities, by a rule that keeps the NER's longer names.

    For each gazetteer match (longest first, no overlaps):
    - no entity there: the match becomes one ("Kremlin" -> ORG);
    - an entity on exactly those words: it takes the gazetteer's label ("Trump" ORG -> PERSON,
      "Kyiv" PERSON -> GPE);
    - entities inside the match or crossing its edge: the match replaces them
      ("Putin" inside "Vladimir Putin");
    - an entity that holds the match and more words stays: the NER found a longer name the
      gazetteer does not know ("Mark Cuban" is not the demonym "Cuban"; "Moscow State
      University" is not the capital).
    A ruler placed before the NER would freeze its spans and cut such longer names in pieces.
    """

    def __init__(self, nlp: Language, name: str = RULER_NAME):
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._nlp = nlp

    def add_patterns(self, patterns: list[dict]) -> None:
        by_label: dict[str, list] = {}
        for p in patterns:
            by_label.setdefault(p["label"], []).append(self._nlp.make_doc(p["pattern"]))
        for label, docs in by_label.items():
            self.matcher.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        matches = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        ents = list(doc.ents)
        for m in matches:
            overlapping = [e for e in ents if e.start < m.end and m.start < e.end]
            if any(e.start <= m.start and m.end <= e.end and len(e) > len(m) for e in overlapping):
                continue
            ents = [e for e in ents if e not in overlapping] + [m]
        ents.sort(key=lambda e: e.start)
        doc.ents = ents
        return doc


@Language.factory(RULER_NAME)
def make_gazetteer_entities(nlp: Language, name: str) -> GazetteerEntities:
    return GazetteerEntities(nlp, name)


def add_entity_ruler(nlp: Language, *, officials: Optional[Iterable[dict[str, str]]] = None,
                     organizations: Optional[Iterable[dict[str, str]]] = None) -> None:
    """Add the gazetteer entities and then the headline fix after ``ner`` (idempotent)."""
    if RULER_NAME not in nlp.pipe_names:
        where = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe(RULER_NAME, **where)
        ruler.add_patterns(entity_patterns(officials=officials, organizations=organizations))
    if HEADLINE_NAME not in nlp.pipe_names:
        nlp.add_pipe(HEADLINE_NAME, after=RULER_NAME)


def _headline_like(span: Span) -> bool:
    """A paragraph-long sentence with no closing full stop whose words are mostly capitalised."""
    text = span.text.strip().strip("\"“”'‘’ ")
    if not text or text[-1] in ".;:":
        return False
    words = [t for t in span if t.is_alpha]
    if len(words) < 2:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised / len(words) >= 0.6


@Language.component(HEADLINE_NAME)
def headline_entities(doc: Doc) -> Doc:
    """Re-split headline entities naming a known person; lone surnames of known people become PERSON.

    A person is known when the gazetteer ruler or the NER tags the same words PERSON
    somewhere in the document. The wrong entity is dropped and the person's words inside
    it become PERSON, so a headline quoting a politician keeps its speaker.
    """
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    people |= surnames
    if not people:
        return doc
    from .article import paragraph_spans

    paragraphs = paragraph_spans(doc.text)
    keep: list[Span] = []
    added: list[Span] = []
    for ent in doc.ents:
        para = _paragraph_of(doc, ent, paragraphs) if ent.label_ in HEADLINE_LABELS else None
        if para is not None and _headline_like(para):
            words = [t for t in para if t.is_alpha]
            covered = [t for t in ent if t.is_alpha]
            inside = _people_in(ent, people)
            beside = any(e.label_ == "PERSON" and para.start <= e.start < para.end for e in doc.ents)
            if words and len(covered) / len(words) >= HEADLINE_COVER and (inside or beside):
                added.extend(inside)
                continue
        keep.append(ent)
    ents = sorted(keep + added, key=lambda e: e.start)
    ents = [_as_person(e, surnames) for e in ents]
    if ents != list(doc.ents) or [e.label_ for e in ents] != [e.label_ for e in doc.ents]:
        doc.ents = ents
    return doc


def _as_person(ent: Span, surnames: set[str]) -> Span:
    """A lone surname the NER calls ORG or the like, where the article names the person in full."""
    if (ent.label_ in SURNAME_LABELS and len(ent) == 1 and ent.text in surnames
            and country_mention(ent.text) is None and region(ent.text) is None):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _paragraph_of(doc: Doc, ent: Span, paragraphs: list[tuple[int, int]]) -> Optional[Span]:
    for start, end in paragraphs:
        if start <= ent.start_char < end:
            return doc.char_span(start, end, alignment_mode="expand")
    return None


def _people_in(ent: Span, people: set[str]) -> list[Span]:
    """Longest runs of tokens inside ``ent`` whose text is a known person's name or surname."""
    out: list[Span] = []
    i = ent.start
    while i < ent.end:
        for j in range(ent.end, i, -1):
            if ent.doc[i:j].text in people:
                out.append(Span(ent.doc, i, j, label="PERSON"))
                i = j
                break
        else:
            i += 1
    return out
