"""The reporting lexicon, read once from ``data/reference/*.csv`` into typed, frozen records.

Every module that asks "does this word report speech?" reads it here, so there is one
lexicon and one reading of its columns: ``reporting_verbs.csv`` (Levin classes, Bergler,
Pareti), ``reporting_nouns.csv``, ``reporting_adjectives.csv``, ``reporting_phrases.csv``,
``source_nouns.csv``, ``editorial_labels.csv`` and the people words of ``roles.csv`` and
``gender_words.csv``. The sources are named in each file's ``#`` lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Optional

from .reference import read_table

#: how a verb reports a noun phrase or infinitive as its content ("cited the poll", "vowed to fight")
ObjectMode = Literal["1", "prep", "as", "reaction"]
OBJECT_MODES = ("1", "prep", "as", "reaction")


@dataclass(frozen=True)
class ReportingVerb:
    """One row of ``reporting_verbs.csv``.

    ``quote``: it attributes a quotation ("“...,” she said"); ``indirect``: it reports a clause
    ("said that ..."); ``object_mode``: how it reports an object, None when it does not
    ("1": its object or infinitive, "prep": the object of a preposition, "as": an object with a
    characterisation, "reaction": the cause of a reaction); ``verb_class``: speech, writing,
    cognition, evidence, stance or label.
    """

    lemma: str
    verb_class: str
    quote: bool
    indirect: bool
    object_mode: Optional[ObjectMode]
    tone: bool = False  # a speech verb whose subject the tone model reads as a quote's speaker


@dataclass(frozen=True)
class SourceNoun:
    """A document or utterance noun ("statement", "poll"); ``kind`` is utterance or document."""

    noun: str
    kind: str


def _flag(value: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError(f"reporting lexicon: expected 0 or 1, got {value!r}")
    return value == "1"


def _object_mode(value: str) -> Optional[ObjectMode]:
    if value in ("", "0"):
        return None
    if value not in OBJECT_MODES:
        raise ValueError(f"reporting_verbs.csv: unknown object mode {value!r}")
    return value  # type: ignore[return-value]


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Lemma (or "phrasal particle", "idiom it") -> its record."""
    return {r["lemma"]: ReportingVerb(lemma=r["lemma"], verb_class=r["class"], quote=_flag(r["quote"]),
                                      indirect=_flag(r["indirect"]), object_mode=_object_mode(r.get("object", "")),
                                      tone=_flag(r.get("tone") or "0"))
            for r in read_table("reporting_verbs.csv")}


@lru_cache(maxsize=1)
def reporting_phrases() -> dict[str, str]:
    """Phrase ("according to") -> the cue it reports."""
    return {r["phrase"]: r["cue"] for r in read_table("reporting_phrases.csv")}


@lru_cache(maxsize=1)
def phrase_starts() -> frozenset[str]:
    """The first word of every reporting phrase (asked of every token: built once)."""
    return frozenset(p.split()[0] for p in reporting_phrases())


@lru_cache(maxsize=1)
def reporting_adjectives() -> frozenset[str]:
    return frozenset(r["adjective"] for r in read_table("reporting_adjectives.csv"))


@lru_cache(maxsize=1)
def reporting_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_table("reporting_nouns.csv"))


@lru_cache(maxsize=1)
def editorial_labels() -> frozenset[str]:
    return frozenset(r["label"] for r in read_table("editorial_labels.csv"))


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, SourceNoun]:
    return {r["noun"]: SourceNoun(r["noun"], r["kind"]) for r in read_table("source_nouns.csv")}


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns that describe an organisation as a speaker ("the network said"): ``reporting_body_nouns.csv``."""
    return frozenset(r["noun"].lower() for r in read_table("reporting_body_nouns.csv"))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The role words ("senator", "officials") and the gendered words ("mother"): nouns for people."""
    return frozenset(r["role"].lower() for r in read_table("roles.csv")) | {
        r["word"] for r in read_table("gender_words.csv")}


@lru_cache(maxsize=1)
def official_genders() -> dict[str, str]:
    """Lower-cased official's name or alias -> 'male' | 'female' (``officials.csv``, where it says)."""
    out: dict[str, str] = {}
    for row in read_table("officials.csv"):
        g = {"m": "male", "f": "female", "male": "male", "female": "female"}.get((row.get("gender") or "").lower())
        if not g:
            continue
        for name in [row["name"], *(a for a in (row.get("aliases") or "").split("|"))]:
            if name.strip():
                out.setdefault(name.strip().lower(), g)
    return out


@lru_cache(maxsize=1)
def official_roles() -> dict[str, tuple[tuple[str, int], ...]]:
    """Lower-cased official's name or alias -> every (role, first year; 0 when unknown) ``officials.csv``
    gives the person (coreference's ``official-titles``: "the former secretary of state")."""
    out: dict[str, list[tuple[str, int]]] = {}
    for row in read_table("officials.csv"):
        start = int(row["start"]) if row.get("start", "").isdigit() else 0
        for name in [row["name"], *row.get("aliases", "").split("|")]:
            if name and row.get("role"):
                out.setdefault(name.lower(), []).append((row["role"].lower(), start))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def role_kinds() -> dict[str, str]:
    """Lower-cased role word or phrase of ``roles.csv`` -> its kind (office, honorific, relational, ...)."""
    return {r["role"].lower(): r["kind"] for r in read_table("roles.csv")}


#: the kinds of the word-class tables of the actor phases: ``word,kind`` rows, sources in each file's ``#`` lines
WORD_CLASS_KINDS: dict[str, tuple[str, ...]] = {
    "organization_name_words.csv": ("body_head", "short_form_head", "corporate", "person_body", "topic_head",
                                    "compass", "naming_participle"),
    "name_particles.csv": ("joined",),
    "actor_function_words.csv": ("definite", "demonstrative", "setting_prep", "dangling", "quantifier",
                                 "people_demonstrative", "contrasting", "coordinator", "population_prep"),
}


@lru_cache(maxsize=None)
def word_classes(table: str) -> dict[str, frozenset[str]]:
    """Kind -> its lower-cased words, of a ``word,kind`` table of ``WORD_CLASS_KINDS``; every kind the
    table may hold is a key (empty when no row has it), and a row of another kind is an error."""
    kinds = WORD_CLASS_KINDS[table]
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for r in read_table(table):
        if r["kind"] not in out:
            raise ValueError(f"{table}: unknown kind {r['kind']!r}; expected one of {kinds}")
        out[r["kind"]].add(r["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}
