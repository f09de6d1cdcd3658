"""The one reader of the stance lexicons in ``data/reference`` (each names its source in its ``#`` lines).

* ``stance_lexicon.csv``: stance predicates with their sign, where their target sits
  (frame) and what negation does (each row names its source: a Levin/VerbNet class, PLOVER, the MPQA
  subjectivity lexicon, or "team");
* ``stance_predicates.csv`` and ``stance_verbs.csv``: evaluation words inside quotes;
* ``topics.csv``: topic words merged into a canonical topic; ``stance_topic_kinds.csv``: which are acts;
* ``stance_evaluation_words.csv``: evaluative words VADER lacks ("corrupt", "unfit");
* ``roles.csv`` and ``officials.csv``: which roles speak for a country;
* ``state_bodies.csv``: organisation words that name a state body (ministry, Kremlin);
* ``stance_media_words.csv``: words that make an organisation a news outlet;
* ``stance_receive_verbs.csv``: "won the endorsement of Y", "drew criticism from Y";
* ``stance_sanction_words.csv``: demanded acts that go against their target (impeachment of X);
* ``stance_description_nouns.csv``: "this man", "that woman" in a quote, pointing back;
* ``stance_outcome_words.csv``: words of winning and losing, no evaluation in a quote;
* ``stance_feeling_words.csv``: feelings whose experiencer stands toward their cause ("X angered Y").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..lexicon import official_genders, role_kinds
from ..reference import read_table

#: roles.csv kinds whose holders speak for their country (head of state or government,
#: minister, spokesperson, diplomat)
SPEAKS_FOR_COUNTRY = ("head", "minister", "spokesperson", "diplomat")


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str
    polarity: int
    frames: tuple[str, ...]  # obj | clause | addressee | prep:WORD
    flip_on_negation: bool
    source: str
    any_topic: bool = True  # False: only listed topics (topics.csv), actors and countries

    @property
    def preps(self) -> tuple[str, ...]:
        return tuple(f.split(":", 1)[1] for f in self.frames if f.startswith("prep:"))


@lru_cache(maxsize=1)
def predicates() -> dict[tuple[str, str], tuple[Predicate, ...]]:
    """(lemma, coarse POS) -> the predicate rows (one lemma may have a + and a - preposition)."""
    out: dict[tuple[str, str], list[Predicate]] = {}
    for r in read_table("stance_lexicon.csv"):
        p = Predicate(r["lemma"].lower(), r["pos"].upper(), int(r["polarity"]),
                      tuple(r["frame"].split("|")), r["negation"] == "flip", r["class"], r["topics"] != "listed")
        out.setdefault((p.lemma, p.pos), []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def predicate_rows(lemma: str, pos: str) -> tuple[Predicate, ...]:
    coarse = "VERB" if pos in ("VERB", "AUX") else "ADJ" if pos == "ADJ" else "NOUN" if pos in ("NOUN", "PROPN") else pos
    return predicates().get((lemma.lower(), coarse), ())


@lru_cache(maxsize=1)
def topic_words() -> dict[tuple[str, str], str]:
    """(lemma, coarse POS) -> canonical topic."""
    return {(r["word"].lower(), r["pos"].upper()): r["topic"] for r in read_table("topics.csv")}


@lru_cache(maxsize=1)
def stance_predicates() -> dict[str, tuple[int, str]]:
    return {r["word"].lower(): (int(r["polarity"]), r["role"]) for r in read_table("stance_predicates.csv")}


@lru_cache(maxsize=1)
def stance_verbs() -> dict[str, int]:
    return {r["word"].lower(): int(r["polarity"]) for r in read_table("stance_verbs.csv")}


@lru_cache(maxsize=1)
def _evaluation_words() -> dict[str, float]:
    return {r["word"].lower(): float(r["valence"]) for r in read_table("stance_evaluation_words.csv")}


def valence(word: str) -> float:
    """VADER's valence of a word (-4..4), else ``stance_evaluation_words.csv``'s, else 0."""
    from ..tone import valence as vader

    w = word.lower()
    return vader(w) or _evaluation_words().get(w, 0.0)


@lru_cache(maxsize=1)
def generic_nouns() -> frozenset[str]:
    """Nouns too general to be a topic ("thing", "way")."""
    return frozenset(r["word"].lower() for r in read_table("stance_generic_nouns.csv"))


@lru_cache(maxsize=1)
def topic_kinds() -> dict[str, str]:
    """Canonical topic -> act | issue | event (``stance_topic_kinds.csv``; rule ``quote-topic-act``)."""
    return {r["topic"].lower(): r["kind"] for r in read_table("stance_topic_kinds.csv")}


@lru_cache(maxsize=1)
def received_nouns() -> frozenset[str]:
    """Nouns of what a holder receives from others (votes, approval, a seat): no topic (rule ``received-topic``)."""
    return frozenset(r["word"].lower() for r in read_table("stance_received_nouns.csv"))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that name a person by role (roles.csv, single words): an unresolved one is no topic."""
    return frozenset(r["role"].lower() for r in read_table("roles.csv") if " " not in r["role"]) | frozenset(
        r["word"].lower() for r in read_table("stance_person_nouns.csv"))


@lru_cache(maxsize=1)
def proxy_nouns() -> frozenset[str]:
    """Heads that speak for their owner ("Smith's campaign", "the Smith administration")."""
    return frozenset(r["word"].lower() for r in read_table("stance_proxy_nouns.csv"))


@lru_cache(maxsize=1)
def shell_nouns() -> frozenset[str]:
    """Nouns whose complement is the real target ("his call to raise the wage", "aspects of the plan")."""
    return frozenset(r["word"].lower() for r in read_table("stance_shell_nouns.csv"))


@lru_cache(maxsize=1)
def description_nouns() -> dict[str, Optional[str]]:
    """Nouns that point back to a person after this/that/the in a quote -> implied gender or None."""
    return {r["word"].lower(): (r.get("gender") or None) for r in read_table("stance_description_nouns.csv")}


@lru_cache(maxsize=1)
def sanction_words() -> frozenset[tuple[str, str]]:
    """(lemma, NOUN|VERB) a demand for which opposes its target ("the impeachment of X", "X to resign")."""
    return frozenset((r["word"].lower(), r["pos"].upper()) for r in read_table("stance_sanction_words.csv"))


@lru_cache(maxsize=1)
def receive_verbs() -> frozenset[str]:
    """Verbs whose subject receives a stance noun from another ("won the endorsement of Y")."""
    return frozenset(r["word"].lower() for r in read_table("stance_receive_verbs.csv"))


@lru_cache(maxsize=1)
def media_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("stance_media_words.csv"))


def is_media(actor) -> bool:
    """A news outlet: an organisation with a media word in its name or role ("Military Times",
    "CBS News", role "news organization")."""
    if actor is None or actor.kind != "organization":
        return False
    words = set(re.findall(r"[a-z]+", f"{actor.name} {actor.role or ''}".lower()))
    return bool(words & media_words())


@lru_cache(maxsize=1)
def _official_roles() -> dict[str, str]:
    """Lower-case official name -> role (officials.csv), for actors whose role column is empty."""
    out: dict[str, str] = {}
    for r in read_table("officials.csv"):
        out.setdefault(r["name"].lower(), r["role"])
    return out


def official_gender(name: str) -> Optional[str]:
    """'m' or 'f' for a person in officials.csv, else None."""
    return {"male": "m", "female": "f"}.get(official_genders().get(name.lower(), ""))


@lru_cache(maxsize=1)
def state_body_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("state_bodies.csv"))


def role_kind(role: Optional[str]) -> Optional[str]:
    """The roles.csv kind of a role text: its longest role word ("Foreign Minister" -> minister)."""
    if not role:
        return None
    text = " " + " ".join(role.lower().replace(",", " ").replace(";", " ").split()) + " "
    kinds = role_kinds()
    best = None
    for word, kind in kinds.items():
        if f" {word} " in text and (best is None or len(word) > len(best)):
            best = word
    return kinds[best] if best else None


def speaks_for_country(actor) -> bool:
    """A country actor, a state body, or a person whose role is head of state or government,
    minister, spokesperson or diplomat: not every person with a nationality."""
    if actor is None or not actor.country:
        return False
    if actor.kind == "country":
        return True
    if actor.kind == "organization":
        words = set(f"{actor.name} {actor.role or ''}".lower().replace("'s", "").split())
        return bool(words & state_body_words())
    if actor.kind != "person":
        return False
    role = actor.role or _official_roles().get(actor.name.lower())
    kind = role_kind(role)
    if kind is None or "candidate" in (role or "").lower() or "nominee" in (role or "").lower():
        return False
    return kind in SPEAKS_FOR_COUNTRY


@lru_cache(maxsize=1)
def _act_word_sets() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in read_table("stance_act_words.csv"):
        out.setdefault(r["set"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def outcome_words() -> frozenset[str]:
    """Lemmas of a contest's outcome ("win", "lose", "winner"): no evaluation in a quote (rule ``outcome-evaluation``)."""
    return frozenset(r["word"].lower() for r in read_table("stance_outcome_words.csv"))


def act_words(name: str) -> frozenset[str]:
    """A word set of ``stance_act_words.csv`` (money given, help to win, owned proposals)."""
    return _act_word_sets()[name]


@lru_cache(maxsize=1)
def _feeling_words() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in read_table("stance_feeling_words.csv"):
        out.setdefault(r["set"], {})[r["word"].lower()] = int(r["polarity"])
    return out


def feeling_words(name: str) -> dict[str, int]:
    """A set of ``stance_feeling_words.csv`` (``stimulus_verb``, ``feeling_adjective``): word -> sign."""
    return _feeling_words()[name]
