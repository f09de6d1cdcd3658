"""Reference data the actor phases read: roles, organisations, officials, countries and metonyms.

Every look-up is a pure function of a short string over fixed gazetteers
(``data/reference/*.csv`` through ``helpers.reference`` and ``helpers.gazetteer``),
kept per process.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from .. import gazetteer
from ..lexicon import role_kinds, word_classes
from ..reference import read_table

#: modifiers that may stand between a role word and a name inside a title
TITLE_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct", "cc", "conj", "npadvmod", "nummod"}
#: determiners that make a noun phrase definite
DEFINITE = word_classes("actor_function_words.csv")["definite"]
#: prepositions that add a place or time to a role phrase, not part of the role
SETTING_PREPS = word_classes("actor_function_words.csv")["setting_prep"]
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})

# -- reference data ---------------------------------------------------------------

def _roles() -> dict[str, str]:
    return role_kinds()


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
def _treaties() -> frozenset[str]:
    """Names and acronyms of treaties, trade deals and programmes (``treaties.csv``)."""
    return frozenset(f for r in read_table("treaties.csv") for f in (r["name"], *_split(r["aliases"])))


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
    """One row per person: the role held in ``year`` (else the latest begun before it, else the
    first); without a year, the latest begun. The rows of one person may come in any order."""
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
        begun = sorted((r for r in rows if r.get("start")), key=lambda r: int(r["start"]))
        before = [r for r in begun if year is not None and int(r["start"]) <= year]
        row = ((begun or rows)[-1:] if year is None else now or before[-1:] or rows[:1])[0]
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


def _find_all(pattern: re.Pattern[str], first: str, text: str, *, limit: int = 0) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that starts with the literal ``first`` after a
    look-behind: the look-behind keeps ``re`` from skipping ahead to the literal, so on a long
    text a plain substring search finds the places to try (the same matches, much faster).
    ``limit`` stops after that many matches (0: all)."""
    out = []
    i = text.find(first)
    while i >= 0:
        m = pattern.match(text, i)
        if m:
            out.append(m)
            if len(out) == limit:
                break
            i = text.find(first, m.end())
        else:
            i = text.find(first, i + 1)
    return out


_WORD_RUN = re.compile(r"\w+")


def word_starts(text: str) -> dict[str, list[int]]:
    """Each maximal run of word characters in ``text`` -> where it starts, in order."""
    starts: dict[str, list[int]] = {}
    for m in _WORD_RUN.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def _find_indexed(pattern: re.Pattern[str], first: str, text: str, starts: dict[str, list[int]]) -> list[re.Match[str]]:
    """``_find_all`` for a ``_words_pattern`` whose first word is ``first``, trying only where the
    text's word run equals the first word's leading run: the look-behind puts a match at the start
    of a run, and after that run comes a non-word character of the word or the pattern."""
    lead = _WORD_RUN.match(first)
    if lead is None:
        return _find_all(pattern, first, text)
    out: list[re.Match[str]] = []
    end = 0
    for i in starts.get(lead.group(), ()):
        if i < end:
            continue
        m = pattern.match(text, i)
        if m:
            out.append(m)
            end = m.end()
    return out


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
    bare = re.sub(r"^(the|The)\s+", "", text)
    found = orgs.get(text) or orgs.get(bare)
    if found is None and re.fullmatch(r"(?:[A-Z]\.){2,}", bare):
        found = orgs.get(bare.replace(".", ""))  # "F.B.I.", as the New York Times writes FBI
    return found



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



@lru_cache(maxsize=1)
def _singular_pronoun_genders() -> dict[str, str]:
    """Singular pronouns of a person (``pronouns.csv``) -> their gender as the actors write it
    (``roles.csv``, ``officials.csv``: "m" or "f"; "her" -> "f")."""
    return {r["pronoun"]: r["gender"][0] for r in read_table("pronouns.csv")
            if r["number"] == "singular" and r["gender"] in {"male", "female"}}
