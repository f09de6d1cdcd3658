"""The event lexicons, read once from ``data/reference``: the one reader of the event tables.

* ``event_verbs.csv``: lemma, part of speech (verb, noun, adj) and PLOVER category (or STATEMENT, LIGHT);
* ``event_words.csv``: the closed word sets the rules name (future auxiliaries, negative
  implicatives, military nouns, ...);
* ``event_phrasal_verbs.csv``: verbs that name an event only with a particle ("turned to X", "opted out");
* ``countries.csv``: demonyms, so that "Israeli fire" has an owner.
"""
from __future__ import annotations

from functools import lru_cache

from ..records import PLOVER_CATEGORIES
from ..reference import read_table


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(verbs, nouns): lemma -> category; nouns also by their plural surface form."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for row in read_table("event_verbs.csv"):
        if row["pos"] == "adj":
            continue  # adjective_category's
        category = row["category"].upper()
        if category not in PLOVER_CATEGORIES and category != "LIGHT":
            raise ValueError(f"event_verbs.csv: {row['lemma']!r} has unknown category {category!r}")
        (nouns if row["pos"] == "noun" else verbs)[row["lemma"].lower()] = category
    return verbs, nouns


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """One closed set of ``event_words.csv`` (an unknown name is an error, not an empty set)."""
    out = frozenset(r["word"].lower() for r in read_table("event_words.csv") if r["set"] == name)
    if not out:
        raise KeyError(f"event_words.csv has no set {name!r}")
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym (lower case) -> ISO3: "israeli" -> ISR."""
    out: dict[str, str] = {}
    for row in read_table("countries.csv"):
        for d in (row.get("demonyms") or "").split("|"):
            if d.strip():
                out.setdefault(d.strip().lower(), row["iso3"])
    return out


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    """Adjectives of ``event_verbs.csv`` (pos ``adj``) that name an act after a past copula: lemma -> category."""
    out = {row["lemma"].lower(): row["category"].upper() for row in read_table("event_verbs.csv") if row["pos"] == "adj"}
    bad = {k: v for k, v in out.items() if v not in PLOVER_CATEGORIES}
    if bad:
        raise ValueError(f"event_verbs.csv: adjectives with unknown categories {bad}")
    return out


def adjective_category(lemma: str) -> str | None:
    return adjectives().get(lemma.lower())


def verb_category(lemma: str) -> str | None:
    return lexicon()[0].get(lemma.lower())


def noun_category(token) -> tuple[str, str] | None:
    """(lemma, category) of an event noun, by surface form then lemma."""
    nouns = lexicon()[1]
    for form in (token.lower_, token.lemma_.lower()):
        if form in nouns and nouns[form] != "LIGHT":
            return form, nouns[form]
    return None


@lru_cache(maxsize=1)
def phrasal_verbs() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """lemma -> ((particle, object, category), ...) of ``event_phrasal_verbs.csv``."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_table("event_phrasal_verbs.csv"):
        category = row["category"].upper()
        if category not in PLOVER_CATEGORIES:
            raise ValueError(f"event_phrasal_verbs.csv: {row['lemma']!r} has unknown category {category!r}")
        out.setdefault(row["lemma"].lower(), []).append((row["particle"].lower(), row["object"].lower(), category))
    return {k: tuple(v) for k, v in out.items()}


def phrasal_sense(token) -> tuple[str, str, object] | None:
    """(category, object kind, particle token) when the verb has a particle or preposition of
    ``event_phrasal_verbs.csv`` ("turned to", "opted out"); None otherwise."""
    for particle, obj, category in phrasal_verbs().get(token.lemma_.lower(), ()):
        for ch in token.children:
            if ch.dep_ in ("prt", "prep", "advmod") and ch.lower_ == particle:
                return category, obj, ch
    return None
