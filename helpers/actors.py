"""Actors and mentions: who takes part, one row per real-world actor.

People come from PERSON entities and from the officials gazetteer
(``data/reference/officials.csv``); a surname, a first name alone or a name with
a middle initial joins the full name it belongs to, and every later occurrence of
a known name is a mention even where the statistical NER missed it. Titles
("Russian President Vladimir Putin"), appositions ("Putin's cultural advisor,
Vladimir Medinsky"), copular links ("The head of ... is X") and definite
descriptions ("the Russian president", "The Labour leader") are read with the
role words of ``roles.csv`` and the country gazetteer (``helpers.gazetteer``);
a description is resolved to the most recently mentioned person whose role,
country and party fit. Organisations come from ORG entities, the organisation
gazetteer (``organizations.csv``, acronyms in parentheses become aliases) and
metonyms: a seat of government ("the Kremlin") is always an actor, a capital
("Moscow") only where it speaks or acts. Countries that act ("mediated by
Turkey", "Ukraine said") and plural groups of officials that act ("European
leaders voice ...") are actors too. Boilerplate sentences feed nothing.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Optional

from spacy.attrs import IDX, LEMMA, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .article import Article
from .records import COUNTRY, GROUP, ORGANIZATION, PERSON, Actor, Mention
from .reference import read_table
from .tables import ArticleTables

#: dependency labels of a noun that speaks or acts in its clause
AGENT_DEPS = {"nsubj", "poss"}
#: modifiers that may stand between a role word and a name inside a title
TITLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "cc", "conj", "npadvmod", "nummod"}
#: determiners that make a noun phrase definite
DEFINITE = {"the", "his", "her", "its", "their", "this", "that"}
#: prepositions that add a place or time to a role phrase, not part of the role
SETTING_PREPS = {"in", "at", "on", "during", "since", "from"}
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


# -- reference data ---------------------------------------------------------------

@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    return {r["role"].lower(): r["kind"] for r in read_table("roles.csv")}


@lru_cache(maxsize=1)
def _role_genders() -> dict[str, str]:
    return {r["role"].lower(): r["gender"] for r in read_table("roles.csv") if r.get("gender")}


@lru_cache(maxsize=1)
def _max_role_words() -> int:
    return max(len(r.split()) for r in _roles())


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@lru_cache(maxsize=1)
def _organizations() -> dict[str, dict[str, str]]:
    """Surface form (name, alias, or name without "Party") -> organisation row."""
    out: dict[str, dict[str, str]] = {}
    for row in read_table("organizations.csv"):
        forms = [row["name"], *_split(row["aliases"])]
        for form in forms:
            out.setdefault(form, row)
            if form.lower().startswith("the "):
                out.setdefault(form[4:], row)
    return out


@lru_cache(maxsize=1)
def _party_adjectives() -> dict[str, dict[str, str]]:
    # "the Republican nominee": a party named by the first word of "Republican Party"
    out: dict[str, dict[str, str]] = {}
    for row in read_table("organizations.csv"):
        words = row["name"].split()
        if row["kind"] == "party" and len(words) == 2 and words[1] == "Party":
            out[words[0]] = row
    return out


@dataclass(frozen=True)
class _Official:
    name: str
    aliases: tuple[str, ...]
    role: str
    country: Optional[str]
    organization: Optional[str]
    gender: Optional[str]
    #: every (role, country, organisation) the person held, for "the former Dutch prime minister"
    roles: tuple[tuple[str, Optional[str], Optional[str]], ...] = ()


@lru_cache(maxsize=64)
def _officials(year: Optional[int]) -> tuple[_Official, ...]:
    """One row per person: the role held in ``year`` (else the latest before it, else the first)."""
    by_name: dict[str, list[dict[str, str]]] = {}
    for row in read_table("officials.csv"):
        by_name.setdefault(row["name"], []).append(row)
    out = []
    for name, rows in by_name.items():
        def held(r: dict[str, str]) -> bool:
            lo = int(r["start"]) if r.get("start") else -10_000
            hi = int(r["end"]) if r.get("end") else 10_000
            return year is not None and lo <= year <= hi
        now = [r for r in rows if held(r)]
        before = [r for r in rows if year is not None and r.get("start") and int(r["start"]) <= year]
        row = (rows[-1:] if year is None else now or before[-1:] or rows[:1])[0]
        aliases = tuple(dict.fromkeys(a for r in rows for a in _split(r["aliases"])))
        held_roles = tuple((r["role"], r["country"] or None, r["organization"] or None) for r in rows)
        out.append(_Official(name, aliases, row["role"], row["country"] or None,
                             row["organization"] or None, row["gender"] or None, held_roles))
    return tuple(out)


# -- the gazetteer API (helpers.gazetteer) --------------------------------------------

# the look-ups below are pure functions of a short string over fixed gazetteers; the
# same words are asked about from every loop, so each answer is kept per process

@lru_cache(maxsize=65536)
def _country(text: str) -> Optional[str]:
    """ISO3 of a capitalised country name, alias, demonym, capital or seat ("U.S.", "British")."""
    text = text.translate(APOSTROPHES).strip()
    if not text or not text[0].isupper():
        return None
    return gazetteer.lookup_country(text)


def _country_name(iso3: str) -> str:
    try:
        return gazetteer.country_name(iso3)
    except ValueError:
        return iso3


@lru_cache(maxsize=65536)
def _metonym(text: str) -> Optional[tuple[str, str, Optional[str]]]:
    """(actor, actor_kind, iso3) for a seat of government or capital standing for a government."""
    text = re.sub(r"^(the|The)\s+", "", text.translate(APOSTROPHES).strip())
    m = gazetteer.metonym(text) if text else None
    return (m.actor, m.actor_kind, m.iso3 or None) if m else None


# -- small helpers ------------------------------------------------------------------

@lru_cache(maxsize=None)
def _form_pattern(form: str) -> re.Pattern[str]:
    """A name or alias as a whole word; compiled once per process (gazetteers hold thousands)."""
    return re.compile(r"(?<![\w.])" + re.escape(form) + r"(?!\w)")


@lru_cache(maxsize=None)
def _words_pattern(form: tuple[str, ...]) -> re.Pattern[str]:
    # "L. Douglas Wilder", "J.D. Vance": an initial may or may not be followed by a space
    pattern = "".join(re.escape(w) + (r"\s*" if w.endswith(".") else r"\s+") for w in form[:-1])
    return re.compile(r"(?<![\w.])" + pattern + re.escape(form[-1]) + r"(?!\w)")


@lru_cache(maxsize=64)
def _official_forms(year: Optional[int]) -> tuple[tuple[_Official, str, bool], ...]:
    """(official, form, is a full name) for every name and alias, in gazetteer order."""
    officials = _officials(year)
    return tuple((off, form, full) for off in officials
                 for form, full in [(off.name, True), *((a, len(a.split()) > 1) for a in off.aliases)])


@lru_cache(maxsize=64)
def _officials_by_last(year: Optional[int]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Casefolded last word -> (gazetteer position, words) of every multi-word name or alias."""
    officials = _officials(year)
    out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for k, off in enumerate(officials):
        for f in (off.name, *off.aliases):
            words = _words(f)
            if len(words) > 1:
                out.setdefault(words[-1].casefold(), []).append((k, words))
    return out


def slugify(text: str) -> str:
    """ASCII slug: "Vladimir Putin" -> "vladimir-putin"."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:80].strip("-") or "actor"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.translate(APOSTROPHES).replace(".", ". ").split())


def _is_possessive(tok: Token) -> bool:
    return tok.tag_ == "POS" or tok.text.translate(APOSTROPHES) in {"'s", "'"}


def _role_at(doc: Doc, i: int) -> Optional[tuple[int, str]]:
    """The longest role word ending at token ``i``: (first token index, role)."""
    roles = _roles()
    for n in range(min(_max_role_words(), i + 1), 0, -1):
        toks = doc[i - n + 1:i + 1]
        key = " ".join(t.text.lower() for t in toks)
        if key in roles:
            return i - n + 1, key
        lemma = " ".join([*(t.text.lower() for t in toks[:-1]), toks[-1].lemma_.lower()])
        if lemma in roles:
            return i - n + 1, lemma
    return None


def _role_kind(role: Optional[str]) -> Optional[str]:
    """The kind of the most specific role word inside a role string."""
    if not role:
        return None
    words = role.lower().replace("-", " ").split()
    roles = _roles()
    best = None
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in roles and roles[key] not in {"honorific"}:
                return roles[key]
            if best is None and key.rstrip("s") in roles:
                best = roles[key.rstrip("s")]
    return best


def _org_of(text: str) -> Optional[dict[str, str]]:
    text = text.translate(APOSTROPHES).strip()
    orgs = _organizations()
    return orgs.get(text) or orgs.get(re.sub(r"^(the|The)\s+", "", text))


# -- provisional actors -------------------------------------------------------------

@dataclass
class _Actor:
    name: str
    kind: str
    role: Optional[str] = None
    country: Optional[str] = None
    org: Optional[str] = None
    official: bool = False
    gender: Optional[str] = None
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)
    extra_roles: list[str] = field(default_factory=list)
    past_roles: list[tuple[str, Optional[str], Optional[str]]] = field(default_factory=list)

    def add(self, start: int, end: int, how: str) -> None:
        # a longer mention of the same actor wins over one nested in it
        for (s, e) in list(self.mentions):
            if s <= start and end <= e:
                return
            if start <= s and e <= end:
                del self.mentions[(s, e)]
        self.mentions[(start, end)] = how

    def last_before(self, offset: int) -> int:
        starts = [s for s, _ in self.mentions if s < offset]
        return max(starts) if starts else -1


class _Extractor:
    def __init__(self, doc: Doc, article: Article, tables: ArticleTables):
        # extract() checked doc.text == article.text; Doc.text rebuilds the string on each call
        self.doc, self.text, self.tables = doc, article.text, tables
        year = article.published_date.year if article.published_date else None
        self.year = year
        self.officials = _officials(year)
        # per token: its sentence in ``tables.sentences`` (or -1), computed once for long texts
        starts = [x.start for x in tables.sentences]
        self.sentence_of: list[int] = []
        self.live: list[bool] = []
        # token strings read once: the loops below would otherwise build a Token per look-up
        self.lowers: list[str] = []
        self.lemmas: list[str] = []
        self.pos: list[str] = []
        self.tags: list[str] = []
        strings = doc.vocab.strings
        for idx, orth, lemma, pos, tag in doc.to_array([IDX, ORTH, LEMMA, POS, TAG]).tolist():
            k = bisect.bisect_right(starts, idx) - 1
            inside = k >= 0 and idx < tables.sentences[k].end
            self.sentence_of.append(k if inside else -1)
            self.live.append(inside and not tables.sentences[k].is_boilerplate)
            self.lowers.append(strings[orth].lower())
            self.lemmas.append(strings[lemma].lower() if lemma else "")
            self.pos.append(POS_NAMES[pos])
            self.tags.append(strings[tag] if tag else "")
        self._starts = starts
        self.ents = doc.ents  # Doc.ents builds new Spans on each call
        self._roles_at: dict[int, Optional[tuple[int, str]]] = {}
        self.people: list[_Actor] = []
        self.others: dict[str, _Actor] = {}
        self.used: set[int] = set()  # tokens already inside a person mention
        self.name_tokens: set[int] = set()  # tokens of a person's name (not of a title around it)

    def _role_at(self, i: int) -> Optional[tuple[int, str]]:
        # the same token is asked about from titles, descriptions, groups and agents
        if i in self._roles_at:
            return self._roles_at[i]
        # as the module's _role_at, on the token strings read once
        roles = _roles()
        found = None
        for n in range(min(_max_role_words(), i + 1), 0, -1):
            words = self.lowers[i - n + 1:i + 1]
            key = " ".join(words)
            if key in roles:
                found = (i - n + 1, key)
                break
            lemma = " ".join([*words[:-1], self.lemmas[i]])
            if lemma in roles:
                found = (i - n + 1, lemma)
                break
        self._roles_at[i] = found
        return found

    # -- people ---------------------------------------------------------------
    def person_spans(self) -> list[tuple[int, int]]:
        """Token spans of person names: PERSON entities, cleaned."""
        out = []
        for ent in self.ents:
            if ent.label_ != "PERSON" or not self.live[ent.start]:
                continue
            s, e = ent.start, ent.end
            while e > s and (_is_possessive(self.doc[e - 1]) or not self.doc[e - 1].text[0].isalnum()):
                e -= 1
            # "President Vladimir Putin" tagged whole: the role words are a title, not the name
            while s < e and (self._role_at(s) or self.doc[s].text.lower() in DEFINITE):
                s += 1
            if e - s < 1:
                continue
            s, e = self._grow_name(s, e)
            text = self.doc[s:e].text
            if not any(c.isupper() for c in text[:1]) or _country(text) or _metonym(text) or _org_of(text):
                continue
            if e - s > 1 and re.fullmatch(r"[A-Z]\.", self.doc[s].text) and _country(self.doc[s + 1:e].text):
                continue  # "N. Korea": a country with a compass initial, not a person
            if e - s == 1 and (self.doc[s].text.lower() in _roles() or self.doc[s].tag_ != "NNP"):
                continue  # "Scholars", "Police": a capitalised common noun, not a name
            out.append((s, e))
        return out

    def _name_part(self, tok: Token) -> bool:
        """A capitalised proper noun that may belong to a name (not a title, country or body)."""
        text = tok.text
        return (tok.pos_ == "PROPN" and text[:1].isupper() and tok.is_alpha and self.live[tok.i]
                and text.lower() not in _roles() and _org_of(text) is None and _metonym(text) is None)

    def _grow_name(self, s: int, e: int) -> tuple[int, int]:
        """Widen a name the gazetteer ruler cut short ("Mark" + "Cuban" tagged a nationality)."""
        doc = self.doc
        while e < len(doc) and doc[e - 1].dep_ in {"compound", "flat"} and doc[e - 1].head.i == e \
                and self._name_part(doc[e]) and doc[e].ent_type_ in {"NORP", "GPE", "LOC"}:
            e += 1
        return s, e

    def official_hits(self) -> list[tuple[int, int, _Official, bool]]:
        """Occurrences of officials' names (full=True) and aliases (full=False) in live text."""
        hits = []
        text = self.text
        for off, form, full in _official_forms(self.year):
            # a plain substring test first: most of the gazetteer is absent from any one article
            if form not in text:
                continue
            for m in _form_pattern(form).finditer(text):
                    span = self.doc.char_span(m.start(), m.end(), alignment_mode="strict")
                    if span is not None and self.live[span.start]:
                        hits.append((span.start, span.end, off, full))
        return hits

    def build_people(self) -> None:
        doc = self.doc
        spans = self.person_spans()
        hits = self.official_hits()
        named = {(s, e) for s, e in spans}
        full_officials = {off.name for _, _, off, full in hits if full}
        # an alias alone ("Warren") is a person only where the text names them in full or NER agrees
        for s, e, off, full in hits:
            if full or off.name in full_officials or (s, e) in named or self._entity_is(s, e, {"PERSON", "ORG"}):
                self._person_for(off.name, official=off)
        for s, e in sorted(spans, key=lambda se: -(se[1] - se[0])):
            words = _words(doc[s:e].text)
            if len(words) > 1:
                self._person_for(doc[s:e].text)
        singles = [doc[s:e].text for s, e in spans if len(_words(doc[s:e].text)) == 1]
        for s, e in spans:
            words = _words(doc[s:e].text)
            if len(words) == 1 and not self._candidates(words[0]):
                # a lone word is a person only with some support: tagged twice, or titled ("Mr. X")
                titled = self._title_hint(s) != (None, None) or any(c.dep_ == "appos" for c in doc[s].children)
                if singles.count(doc[s:e].text) >= 2 or titled:
                    self._person_for(doc[s:e].text)
        self._scan_names()

    def _entity_is(self, s: int, e: int, labels: set[str]) -> bool:
        return any(ent.start == s and ent.end in (e, e + 1) and ent.label_ in labels for ent in self.ents)

    def _person_for(self, name: str, *, official: Optional[_Official] = None) -> _Actor:
        name = " ".join(name.split())
        words = _words(name)
        for p in self.people:
            if any(self._same_name(words, n) for n in p.names):
                if official and not p.official:
                    self._apply_official(p, official)
                if words not in p.names:
                    p.names.append(words)
                return p
        if official is None and len(words) > 1:
            # a match shares the last word, so only officials with that last word are compared
            cands = _officials_by_last(self.year).get(words[-1].casefold(), ())
            ks = [k for k, f in cands if self._same_name(words, f)]
            official = self.officials[min(ks)] if ks else None
        p = _Actor(name=name, kind=PERSON, names=[words])
        if official:
            self._apply_official(p, official)
        self.people.append(p)
        return p

    def _apply_official(self, p: _Actor, off: _Official) -> None:
        p.official = True
        p.name = off.name
        for form in (off.name, *off.aliases):
            if len(_words(form)) > 1 and _words(form) not in p.names:
                p.names.append(_words(form))
        p.role = p.role or off.role
        p.country = p.country or off.country
        p.org = p.org or off.organization
        p.gender = p.gender or off.gender
        p.past_roles.extend(r for r in off.roles if r not in p.past_roles)

    @staticmethod
    def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        # "De Blasio" at the start of a sentence is "Bill de Blasio"
        a, b = tuple(w.casefold() for w in a), tuple(w.casefold() for w in b)
        if len(a) < 2 or len(b) < 2:
            return a == b
        short, long_ = sorted((a, b), key=len)
        # "Vladimir Putin" ~ "Vladimir V. Putin": same first and last word
        return long_[-len(short):] == short or (a[0] == b[0] and a[-1] == b[-1])

    def _candidates(self, word: str) -> list[_Actor]:
        """People a single word names: by surname, else by a first name only one of them has."""
        by_last = [p for p in self.people if any(n[-1] == word for n in p.names if len(n) > 1)]
        if by_last:
            return by_last
        by_first = [p for p in self.people if any(n[0] == word for n in p.names if len(n) > 1)]
        if len(by_first) == 1:
            return by_first
        return [p for p in self.people if (word,) in p.names]

    def _scan_names(self) -> None:
        """Every occurrence of a known name, full names first, then single words."""
        doc = self.doc
        forms: dict[tuple[str, ...], None] = {}
        for p in self.people:
            for n in p.names:
                forms[n] = None
                forms[(n[-1],)] = None
                forms[(n[0],)] = None
        blocked = [(ent.start, ent.end) for ent in self.ents if ent.label_ in {"ORG", "FAC", "PRODUCT", "EVENT", "LAW"}]
        for form in sorted(forms, key=len, reverse=True):
            if len(form) == 1 and (form[0].lower() in _roles() or len(form[0]) < 2):
                continue
            if not all(w in self.text for w in form):
                continue
            for m in _words_pattern(form).finditer(self.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is None or not self.live[span.start] or any(i in self.used for i in range(span.start, span.end)):
                    continue
                if any(s <= span.start and span.end <= e and (e - s) > (span.end - span.start) for s, e in blocked):
                    continue
                if len(form) == 1 and span.start > 0 and self._name_part(doc[span.start - 1]) \
                        and doc[span.start - 1].head.i == span.start and _country(doc[span.start - 1].text) is None \
                        and doc[span.start - 1].ent_type_ in {"", "PERSON"} \
                        and span.start - 1 not in self.used and not doc[span.start - 1].is_sent_start:
                    # "Jeh Johnson" is not "Gary Johnson": a person of their own the NER missed,
                    # when the NER or a title says so ("Check Trump" in a headline is no one)
                    prev = doc[span.start - 1]
                    if prev.ent_type_ != "PERSON" and self._title_hint(prev.i) == (None, None):
                        continue
                    full = doc[span.start - 1:span.end]
                    other = self._person_for(full.text)
                    other.add(full.start_char, full.end_char, "name")
                    self.used.update(range(full.start, full.end))
                    self.name_tokens.update(range(full.start, full.end))
                    continue
                if len(form) == 1 and span.end < len(doc) and doc[span.start].head.i == span.end \
                        and self._name_part(doc[span.end]) and doc[span.start].dep_ in {"compound", "flat"}:
                    continue  # "Mark" of an unknown "Mark Cuban" is not "Mark Rutte"
                owners = [p for p in self.people if form in p.names] if len(form) > 1 else self._candidates(form[0])
                if len(form) == 1:
                    owners = self._fit_title(owners, form[0], span.start)
                if not owners:
                    continue
                owner = owners[0] if len(owners) == 1 else max(
                    owners, key=lambda p: (p.official, len([1 for (s, e), h in p.mentions.items() if h == "name"]),
                                           -self.people.index(p)))
                how = "name" if form == _words(owner.name) else "alias"
                owner.add(span.start_char, span.end_char, how)
                self.used.update(range(span.start, span.end))
                self.name_tokens.update(range(span.start, span.end))

    def _title_hint(self, i: int) -> tuple[Optional[str], Optional[str]]:
        """(head role word, gender) said by the title words right before token ``i``."""
        doc = self.doc
        role, gender = None, None
        j = i - 1
        while j >= 0 and i - j <= 4 and doc[j].dep_ in TITLE_DEPS and doc[j].head.i > j \
                and not doc[j].is_punct and doc[j].text.lower() not in DEFINITE:
            found = self._role_at(j)
            if found:
                key = found[1]
                gender = gender or _role_genders().get(key)
                if _roles()[key] != "honorific":
                    role = role or key
                j = found[0] - 1
                continue
            j -= 1
        return role, gender

    def _fit_title(self, owners: list[_Actor], word: str, i: int) -> list[_Actor]:
        """Of the people a surname may mean, those the title before it fits ("President Clinton",
        "Mrs. Clinton"); a known official of that surname who fits better joins the article."""
        role, gender = self._title_hint(i)
        if role is None and gender is None:
            return owners

        def fits(roles: Iterable[Optional[str]], g: Optional[str]) -> bool:
            if gender and g and g != gender:
                return False
            return role is None or any(role in _head_roles(r) for r in roles if r)

        fit = [p for p in owners if fits([p.role, *(r for r, _, _ in p.past_roles)], p.gender)]
        if fit:
            return fit
        for off in self.officials:
            if _words(off.name)[-1] == word and fits([r for r, _, _ in off.roles], off.gender) \
                    and not any(p.name == off.name for p in self.people):
                return [self._person_for(off.name, official=off)]
        return owners

    # -- titles, appositions, descriptions ------------------------------------
    def read_titles(self) -> None:
        doc = self.doc
        for p in self.people:
            for (start, end), how in sorted(p.mentions.items()):
                span = doc.char_span(start, end)
                if span is None:
                    continue
                first = self._title_start(span)
                if first < span.start:
                    title = doc[first:span.start]
                    role, country = self._describe(title)
                    p.add(doc[first].idx, end, "title")
                    self.used.update(range(first, span.start))
                    if role:
                        self._set_role(p, role)
                    if country and not p.country:
                        p.country = country
                    elif country and p.country != country and not p.official:
                        p.country = country
                self._appositions(p, span)

    def _title_start(self, name: Span) -> int:
        """First token of the title words right before a name ("U.S. President" Donald Trump)."""
        doc = self.doc
        i = name.start - 1
        first = name.start
        has_role = False
        while i >= 0 and self.live[i] and self.sentence_of[i] == self.sentence_of[name.start]:
            tok = doc[i]
            if tok.text.lower() in DEFINITE or tok.pos_ in {"VERB", "AUX", "ADP", "PRON"} \
                    or (i in self.used and not (i in self.name_tokens and tok.dep_ == "compound")):
                # another person's name may sit in a title ("Clinton campaign spokesman")
                break
            if not (name.start <= tok.head.i < name.end or first <= tok.head.i < name.end):
                break
            if tok.dep_ not in TITLE_DEPS or tok.text in {",", "(", ")", "\u2014", "-"}:
                break
            role = self._role_at(i)
            if role and not (role[0] < i and doc[role[0]].i in self.used):
                has_role = True
                first = i = role[0]
                i -= 1
                continue
            first = i
            i -= 1
        if not has_role:
            return name.start
        while first < name.start and (doc[first].is_punct or _is_possessive(doc[first])):
            first += 1
        return first

    def _describe(self, toks: Iterable[Token]) -> tuple[Optional[str], Optional[str]]:
        """(role, country) of a title or description. Leading determiners, possessors and
        country words go to the country; the rest, from the first role or organisation word
        on ("Kremlin spokesman", "head of the Russian delegation"), is the role."""
        toks = list(toks)
        country = None
        i = 0
        while i < len(toks):
            tok = toks[i]
            poss_next = i + 1 < len(toks) and _is_possessive(toks[i + 1])
            iso = _country(tok.text)
            met = _metonym(tok.text) if tok.text[:1].isupper() else None
            if tok.text.lower() in DEFINITE or tok.pos_ == "DET" or _is_possessive(tok) or tok.is_punct:
                pass
            elif _roles().get(tok.text.lower()) == "honorific":
                pass
            elif tok.dep_ == "poss" or poss_next:
                # "Putin's cultural advisor": the possessor lends its country, not its name
                country = country or self._possessor_country(tok)
            elif iso and not met:
                country = country or iso
            elif tok.text.lower() in {"u.s.", "us"} and iso:
                country = country or iso
            else:
                break
            i += 1
        rest = toks[i:]
        for tok in rest:
            met = _metonym(tok.text) if tok.text[:1].isupper() else None
            org = _org_of(tok.text) or _party_adjectives().get(tok.text)
            iso = (met[2] if met else None) or (org or {}).get("country") or _country(tok.text)
            if iso is None and tok.pos_ == "PROPN":
                # "Clinton campaign spokesman": the person a title is about lends the country
                owner = self._person_at(tok.idx)
                iso = owner.country if owner else None
            country = country or iso or None
        role = " ".join(t.text for t in rest).strip() or None
        return role, country

    def _possessor_country(self, tok: Token) -> Optional[str]:
        iso = _country(tok.text)
        if iso:
            return iso
        met = _metonym(tok.text)
        if met:
            return met[2]
        owner = self._person_at(tok.idx)
        if owner is None and tok.pos_ == "PRON":
            owner = self._antecedent(tok.idx)
        return owner.country if owner else None

    def _person_at(self, offset: int) -> Optional[_Actor]:
        for p in self.people:
            if any(s <= offset < e for s, e in p.mentions):
                return p
        return None

    def _antecedent(self, offset: int, *, exclude: Optional[_Actor] = None) -> Optional[_Actor]:
        """The person mentioned last before ``offset`` (for "his", "counterpart")."""
        best, best_at = None, -1
        for p in self.people:
            if p is exclude:
                continue
            at = p.last_before(offset)
            if at > best_at:
                best, best_at = p, at
        return best

    def _set_role(self, p: _Actor, role: str) -> None:
        kind = _role_kind(role)
        if kind == "relational":
            return
        if not p.role or p.official and not p.extra_roles:
            if p.role and p.role != role and p.official:
                # the text's own title wins over the gazetteer's
                pass
            p.role = role
            p.extra_roles.append(role)
        elif role not in p.extra_roles and role.lower() not in (p.role or "").lower():
            p.extra_roles.append(role)
            p.role = "; ".join(p.extra_roles)

    def _np_role_head(self, head: Token) -> Optional[tuple[int, int, str]]:
        """(start, end, role) of the role-headed noun phrase ``head`` governs, minus any name."""
        role = self._role_at(head.i)
        if role is None or _roles()[role[1]] in {"honorific"}:
            return None
        left = head.left_edge.i
        right = head.i + 1
        # "the head of the Russian delegation": keep an of-phrase
        for child in head.rights:
            if child.dep_ == "prep" and child.text.lower() == "of":
                right = child.right_edge.i + 1
                # ... but not where or when it is ("of the delegation in Istanbul")
                for obj in child.children:
                    cut = [c.i for c in obj.rights if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
                    if cut:
                        right = min(right, min(cut))
                break
        while right > left and (self.doc[right - 1].is_punct):
            right -= 1
        return left, right, role[1]

    def _appositions(self, p: _Actor, name: Span) -> None:
        doc = self.doc
        root = name.root
        links: list[Token] = []
        if root.dep_ == "appos" and not (name.start <= root.head.i < name.end):
            links.append(root.head)
        links += [c for c in root.children if c.dep_ == "appos"]
        for head in links:
            found = self._np_role_head(head)
            if found is None:
                continue
            left, right, _ = found
            # the description stops before the name itself
            if left < name.start < right:
                right = name.start
            while right > left and doc[right - 1].is_punct:
                right -= 1
            if right <= left or any(i in self.used and self._person_at(self.doc[i].idx) is p
                                    for i in range(left, right)):
                continue
            bare = doc[left].text.lower() not in DEFINITE and doc[left].pos_ != "DET" \
                and not any(_is_possessive(t) or t.dep_ == "poss" for t in doc[left:right])
            if right == name.start and bare:
                # "former governor L. Douglas Wilder": a title the parser read as an apposition
                self._take_description(p, left, right, head, end=name.end, how="title")
            else:
                self._take_description(p, left, right, head)
            self._copula(p, head)
        self._copula(p, root)

    def _take_description(self, p: _Actor, left: int, right: int, head: Token, *,
                          end: Optional[int] = None, how: str = "description") -> None:
        doc = self.doc
        role, country = self._describe(doc[left:right])
        kind = _role_kind(role)
        if kind == "relational":
            other = self._antecedent(doc[left].idx, exclude=p)
            if other and other.role and not p.role:
                p.role = other.role
        elif role:
            self._set_role(p, role)
        if country and (not p.country or not p.official):
            p.country = country
        last = doc[(end or right) - 1]
        p.add(doc[left].idx, last.idx + len(last.text), how)
        self.used.update(range(left, right))

    def _copula(self, p: _Actor, tok: Token) -> None:
        """ "The head of the delegation is X" / "X is the head of ...": the other side describes X."""
        verb = tok.head
        if verb.lemma_ != "be" or tok.dep_ not in {"attr", "nsubj"}:
            return
        other_dep = "nsubj" if tok.dep_ == "attr" else "attr"
        for other in verb.children:
            if other.dep_ != other_dep:
                continue
            found = self._np_role_head(other)
            if found is None or self.doc[found[0]].text.lower() not in DEFINITE:
                continue
            left, right, _ = found
            if any(i in self.used and self._person_at(self.doc[i].idx) is p for i in range(left, right)):
                continue
            self._take_description(p, left, right, other)

    def read_descriptions(self) -> None:
        """Definite role phrases with no name ("the Russian president") resolved to a person."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or self.pos[i] not in {"NOUN", "PROPN"}:
                continue
            if self.tags[i] in {"NNS", "NNPS"}:
                continue
            tok = doc[i]
            found = self._np_role_head(tok)
            if found is None:
                continue
            left, right, role_word = found
            right = min(right, tok.i + 1)
            if _roles()[role_word] in {"group"} or any(i in self.used for i in range(left, right)):
                continue
            first = doc[left]
            if not (first.text.lower() in DEFINITE or any(_is_possessive(t) for t in doc[left:tok.i])):
                continue
            if tok.head.i > tok.i and tok.head.ent_type_ == "PERSON" and tok.dep_ in {"compound", "appos"}:
                continue
            role, country = self._describe(doc[left:right])
            org = next((o for t in doc[left:right]
                        if (o := (_org_of(t.text) or _party_adjectives().get(t.text)))), None)
            former = any(t.lower_ in {"former", "ex"} for t in doc[left:right])
            target = self._resolve(doc[left].idx, role_word, country, org, former=former, said_role=role)
            if target is None:
                continue
            target.add(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text), "description")
            self.used.update(range(left, right))

    def _resolve(self, offset: int, role_word: str, country: Optional[str],
                 org: Optional[dict[str, str]], *, former: bool = False,
                 said_role: Optional[str] = None) -> Optional[_Actor]:
        """The person whose role, country and party fit best, the last mentioned before ``offset``
        among equals."""
        kind = _roles()[role_word]
        said = set((said_role or role_word).lower().replace("-", " ").split())
        org_forms = {org["name"], *_split(org["aliases"])} if org else set()
        exact, near = [], []
        for p in self.people:
            at = p.last_before(offset)
            if at < 0:
                continue
            held = [(p.role, p.country, p.org)] + (p.past_roles if former else [])
            for role, r_country, r_org in held:
                if not role or (country and r_country != country) or (org and r_org not in org_forms):
                    continue
                heads = _head_roles(role)
                if kind == "relational" and country:
                    near.append(((0, at), p))
                elif role_word in heads:
                    # "the Republican nominee" fits "Republican presidential nominee" better than
                    # "Republican vice-presidential nominee": shared words count, extra ones cost
                    mine = set(role.lower().replace("-", " ").split())
                    fit = len(mine & said) - 0.5 * len(mine - said)
                    exact.append(((fit, at), p))
                elif kind == "head" and any(_roles().get(h) == "head" for h in heads) and (country or org):
                    near.append(((0, at), p))
                else:
                    continue
                break
        pool = exact or near
        return max(pool, key=lambda ap: ap[0])[1] if pool else None

    # -- organisations --------------------------------------------------------
    def _other(self, name: str, kind: str, country: Optional[str], role: Optional[str] = None) -> _Actor:
        key = slugify(name)
        if key not in self.others:
            self.others[key] = _Actor(name=name, kind=kind, role=role, country=country, names=[_words(name)])
        a = self.others[key]
        a.country = a.country or country
        return a

    def build_organizations(self) -> None:
        doc = self.doc
        acronyms: dict[str, _Actor] = {}
        spans: list[tuple[str, Span]] = []
        for ent in self.ents:
            if ent.label_ not in {"ORG", "GPE", "FAC", "NORP"} or not self.live[ent.start]:
                continue
            s, e = ent.start, ent.end
            if ent.label_ == "ORG" and doc[e - 1].pos_ == "ADP" and e < len(doc) and doc[e].ent_iob_ == "B":
                # "University of" + "Chicago": a place the gazetteer ruler cut out of the name
                e = next(x.end for x in self.ents if x.start == e)
            while e > s and (_is_possessive(doc[e - 1]) or doc[e - 1].is_punct):
                e -= 1
            if e <= s:
                continue
            role = self._role_at(e - 1)
            if role is not None and role[0] < s:
                continue  # "State" of "Secretary of State" is part of a title
            span = doc[s:e]
            bare = span[1:] if span[0].text.lower() == "the" and len(span) > 1 else span
            spans.append((ent.label_, bare))
        tagged = [bare.text for label, bare in spans if label == "ORG"]
        # a lone unknown word ("North", "Justice") is a body only if tagged twice or an acronym
        spans = [(label, bare) for label, bare in spans
                 if len(bare) > 1 or label != "ORG" or _org_of(bare.text)
                 or (bare.text.isupper() and len(bare.text) <= 8)
                 or tagged.count(bare.text) >= 2 or self._short_form(bare) is not None]
        # long names first, so that a short form ("the Post") can join the long one
        for label, bare in sorted(spans, key=lambda lb: -len(lb[1])):
            self._organization(label, bare, acronyms)
        self._scan_organizations(acronyms)

    def _organization(self, label: str, bare: Span, acronyms: dict[str, _Actor]) -> None:
        text = bare.text
        if any(i in self.name_tokens for i in range(bare.start, bare.end)) or self._is_person_name(text):
            return
        row = _org_of(text)
        met = _metonym(text)
        if met and (row is None or met[0] != row["name"]):
            if met[0] != text and not self._agentive(bare.root):
                return
            if met[1] == COUNTRY:
                self._country_actor(met[2], bare, "alias")
                return
            row = _org_of(met[0]) or row
            name = row["name"] if row else met[0]
            actor = self._other(name, ORGANIZATION, met[2] or (row or {}).get("country") or None, self._org_role(row))
            actor.add(self._with_det(bare)[0], bare.end_char, "name" if text == name else "alias")
            return
        if row is None:
            if label != "ORG" or not self._looks_like_org(bare):
                return
        name = row["name"] if row else text
        short = None if row else self._short_form(bare)
        if short is not None:
            actor, how = short, "alias"
        else:
            country = (row or {}).get("country") or self._country_inside(bare)
            actor = self._other(name, ORGANIZATION, country, self._org_role(row))
            how = "name" if text == name else "alias"
        actor.add(self._with_det(bare)[0], bare.end_char, how)
        acr = self._acronym_after(bare)
        if acr is not None:
            acronyms[acr.text] = actor
            actor.add(acr.start_char, acr.end_char, "alias")

    def _looks_like_org(self, span: Span) -> bool:
        """An ORG entity that names a body: capitalised, not a country, region or lone adjective."""
        text = span.text
        if not text[:1].isupper() or _country(text):
            return False
        region = getattr(gazetteer, "region", None)
        if region is not None and region(text):
            return False
        if len(span) == 1 and span[0].pos_ in {"ADJ", "VERB", "ADV"}:
            return False
        return any(t.is_alpha for t in span)

    def _short_form(self, span: Span) -> Optional[_Actor]:
        """An organisation already named in full whose last word (or initials) this is."""
        if len(span) != 1:
            return None
        word = span[0].text
        for a in self.others.values():
            if a.kind != ORGANIZATION:
                continue
            words = [w for w in _words(a.name) if w.lower() != "the"]
            if len(words) > 1 and (words[-1] == word or "".join(w[0] for w in words if w[0].isupper()) == word):
                return a
        return None

    def _org_role(self, row: Optional[dict[str, str]]) -> Optional[str]:
        return (row or {}).get("role") or None

    def _with_det(self, span: Span) -> tuple[int, int]:
        prev = span.start - 1
        if prev >= 0 and self.doc[prev].text.lower() == "the" and self.doc[prev].head.i in range(span.start, span.end):
            return self.doc[prev].idx, span.end_char
        return span.start_char, span.end_char

    def _acronym_after(self, span: Span) -> Optional[Span]:
        doc = self.doc
        i = span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            cand = doc[i + 1]
            if cand.text.isupper() and cand.is_alpha and len(cand.text) >= 2:
                return doc[i + 1:i + 2]
        return None

    def _country_inside(self, span: Span) -> Optional[str]:
        for tok in span:
            iso = _country(tok.text)
            if iso:
                return iso
        return None

    def _is_person_name(self, text: str) -> bool:
        words = _words(text)
        return any(words in p.names or (len(words) == 1 and any(n[-1] == words[0] for n in p.names))
                   for p in self.people)

    def _scan_organizations(self, acronyms: dict[str, _Actor]) -> None:
        """Organisations the NER missed: gazetteer names and known acronyms, in live text."""
        doc = self.doc
        forms: dict[str, tuple[Optional[_Actor], Optional[dict[str, str]]]] = {}
        for form, row in _organizations().items():
            forms[form] = (None, row)
        for acr, actor in acronyms.items():
            forms[acr] = (actor, None)
        taken = {(s, e) for a in self.others.values() for s, e in a.mentions}
        for form in sorted(forms, key=len, reverse=True):
            if form.lower().startswith("the "):
                continue
            if form not in self.text:
                continue
            for m in _form_pattern(form).finditer(self.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is None or not self.live[span.start]:
                    continue
                if any(i in self.name_tokens for i in range(span.start, span.end)):
                    continue
                if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                    continue
                actor, row = forms[form]
                if actor is None:
                    met = _metonym(row["name"])
                    if met and met[0] != row["name"] and not self._agentive(span.root):
                        continue
                    actor = self._other(row["name"], ORGANIZATION, row.get("country") or None, self._org_role(row))
                start, end = self._with_det(span)
                actor.add(start, end, "name" if form == actor.name else "alias")
                taken.add((start, end))

    def _agentive(self, tok: Token) -> bool:
        """A noun that speaks or acts: subject, possessor, or the agent of a passive."""
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ == "nsubj":
            return tok.head.lemma_ != "be"
        if tok.dep_ == "poss":
            return self._role_at(tok.head.i) is None
        if tok.dep_ == "pobj" and tok.head.text.lower() == "by":
            return tok.head.head.tag_ == "VBN"
        return False

    # -- countries and groups -------------------------------------------------
    def _country_actor(self, iso3: Optional[str], span: Span, how: str) -> None:
        if not iso3:
            return
        name = _country_name(iso3)
        actor = self._other(name, COUNTRY, iso3)
        actor.add(span.start_char, span.end_char, how)

    def build_countries(self) -> None:
        doc = self.doc
        for ent in self.ents:
            if ent.label_ != "GPE" or not self.live[ent.start]:
                continue
            span = ent[1:] if ent[0].text.lower() == "the" and len(ent) > 1 else ent
            if any(i in self.name_tokens for i in range(span.start, span.end)):
                continue
            iso = _country(span.text)
            if iso is None or _metonym(span.text) or gazetteer.is_demonym(span.text):
                continue
            if not self._agentive(span.root):
                continue
            self._country_actor(iso, span, "name" if span.text == _country_name(iso) else "alias")

    def build_groups(self) -> None:
        """Plural people who act, named by nationality: "European leaders voice ..."."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or self.tags[i] not in {"NNS", "NNPS"}:
                continue
            tok = doc[i]
            role = self._role_at(tok.i)
            if role is None or _roles()[role[1]] in {"honorific", "relational"}:
                continue
            if not self._agentive(tok):
                continue
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
            nations = [c for c in mods if c.ent_type_ in {"NORP", "GPE"}]
            for c in list(nations):
                nations += [cc for cc in c.conjuncts if cc.i < tok.i and cc.ent_type_ in {"NORP", "GPE"}]
            if not nations:
                continue
            left = min([c.left_edge.i for c in mods] + [role[0]])
            while doc[left].text.lower() in DEFINITE or doc[left].pos_ == "DET":
                left += 1
            span = doc[left:tok.i + 1]
            isos = {_country(c.text) for c in nations} - {None}
            actor = self._other(span.text, GROUP, isos.pop() if len(isos) == 1 else None)
            actor.add(span.start_char, span.end_char, "name")

    # -- output ---------------------------------------------------------------
    def _sentence_id_at(self, offset: int) -> int:
        # as ArticleTables.sentence_id_at, without rebuilding the start list per call
        k = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self.tables.sentences[k].sentence_id if self.tables.sentences else 0

    def rows(self) -> tuple[list[Actor], list[Mention]]:
        actors: list[Actor] = []
        mentions: list[Mention] = []
        seen: set[str] = set()
        everyone = [*self.people, *self.others.values()]
        everyone = [a for a in everyone if a.mentions]
        everyone.sort(key=lambda a: min(s for s, _ in a.mentions))
        for a in everyone:
            actor_id = slugify(a.name)
            n = 2
            while actor_id in seen:
                actor_id, n = f"{slugify(a.name)}-{n}", n + 1
            seen.add(actor_id)
            spans = sorted(a.mentions.items())
            for (s, e), how in spans:
                mentions.append(Mention(actor_id=actor_id, start=s, end=e, text=self.text[s:e],
                                        sentence_id=self._sentence_id_at(s), how=how))
            actors.append(Actor(actor_id=actor_id, name=a.name, kind=a.kind, role=a.role,
                                country=a.country, n_mentions=len(spans), first_start=spans[0][0][0]))
        mentions.sort(key=lambda m: (m.start, m.end, m.actor_id))
        return actors, mentions


@lru_cache(maxsize=4096)
def _head_roles(role: str) -> frozenset[str]:
    """The role word each part of a role string ends on: "Vice President" -> {"vice president"}."""
    roles = _roles()
    out = set()
    for part in role.split(";"):
        words = part.lower().replace("-", " ").split()
        if "of" in words:
            # "head of the delegation" is a head; "secretary of state" is one role phrase
            at = words.index("of")
            if " ".join(words[max(at - 1, 0):at + 2]) not in roles:
                words = words[:at]
        # the last role word of the part, widened to the longest role phrase ending there
        for end in range(len(words), 0, -1):
            found = next((" ".join(words[i:end]) for i in range(0, end)
                          if " ".join(words[i:end]) in roles), None)
            if found:
                out.add(found)
                break
    return frozenset(out)


def extract(doc: Doc, article: Article, tables: ArticleTables) -> tuple[list[Actor], list[Mention]]:
    """Actors of the article and every name, alias, title and description that refers to them."""
    if doc.text != article.text:
        raise ValueError("doc and article disagree: the Doc must be the parse of article.text")
    if not tables.sentences:
        return [], []
    ex = _Extractor(doc, article, tables)
    ex.build_people()
    ex.read_titles()
    ex.read_descriptions()
    ex.build_organizations()
    ex.build_countries()
    ex.build_groups()
    return ex.rows()


def recount(actors: list[Actor], mentions: list[Mention]) -> list[Actor]:
    """Actors with ``n_mentions`` and ``first_start`` taken from all their mentions."""
    counts: dict[str, list[int]] = {}
    for m in mentions:
        counts.setdefault(m.actor_id, []).append(m.start)
    return [replace(a, n_mentions=len(counts.get(a.actor_id, [])) or a.n_mentions,
                    first_start=min(counts.get(a.actor_id, [a.first_start])))
            for a in actors]
