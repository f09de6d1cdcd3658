"""The typed rows of every table in ``../shared/CONTRACT.md``.

One frozen dataclass per table; field names are the contract's column names, in
the contract's order, and extra columns come last. ``helpers.tables`` is the one
place where lists of these records become DataFrames, JSON or files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

SCHEMA_VERSION = 2

PERSON, ORGANIZATION, COUNTRY, GROUP = "person", "organization", "country", "group"
ACTOR_KINDS = (PERSON, ORGANIZATION, COUNTRY, GROUP)
MENTION_HOWS = ("name", "alias", "title", "pronoun", "description")
QUOTE_KINDS = ("direct", "partial", "indirect")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
PRECISIONS = ("day", "week", "month", "quarter", "year", "decade")
PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
    "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
    "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME", "STATEMENT",
)
STANCE_LABELS = ("support", "oppose", "neutral")
TARGET_KINDS = ("actor", "country", "topic")


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    path: Optional[str]
    title: Optional[str]
    published: Optional[str]
    source: Optional[str]
    language: Optional[str]
    text: str
    n_chars: int
    n_words: int
    url: Optional[str] = None


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    paragraph_id: int
    start: int
    end: int
    text: str
    is_boilerplate: bool


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    role: Optional[str]
    country: Optional[str]
    n_mentions: int
    first_start: int


@dataclass(frozen=True)
class Mention:
    actor_id: str
    start: int
    end: int
    text: str
    sentence_id: int
    how: str


@dataclass(frozen=True)
class Quote:
    quote_id: str
    kind: str
    text: str
    start: int
    end: int
    speaker_id: Optional[str]
    speaker: Optional[str]
    speaker_text: Optional[str]
    speaker_start: Optional[int]
    speaker_end: Optional[int]
    cue: Optional[str]
    cue_start: Optional[int]
    cue_end: Optional[int]
    sentence_id: int
    paragraph_id: int


@dataclass(frozen=True)
class Time:
    time_id: str
    start: int
    end: int
    text: str
    type: str
    value: Optional[str]
    precision: Optional[str]
    date_start: Optional[str]
    date_end: Optional[str]
    sentence_id: int


@dataclass(frozen=True)
class Event:
    """One row of the actor timeline (contract v2): who did what, to whom, and when.

    ``actor_id`` is the agent alone; ``participants`` names everyone the clause names.
    ``actors`` is the read-only v1 view (the agent first, then the other participants).
    """

    event_id: str
    sentence_id: int
    actor_id: Optional[str]
    target: Optional[str]
    participants: tuple[str, ...]
    category: str
    predicate: str
    trigger_start: Optional[int]
    trigger_end: Optional[int]
    text: str
    modality: str
    date: Optional[str]
    date_precision: Optional[str]
    time_id: Optional[str]
    date_inferred: bool
    confidence: float
    start: Optional[int] = None
    end: Optional[int] = None
    quote_id: Optional[str] = None

    @property
    def actors(self) -> tuple[str, ...]:
        head = (self.actor_id,) if self.actor_id else ()
        return head + tuple(p for p in self.participants if p != self.actor_id)


MODALITIES = ("asserted", "planned", "hypothetical")


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    n_mentions: int


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    n_mentions: int
    actors: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Stance:
    holder_id: str
    holder_country: Optional[str]
    target: str
    target_kind: str
    score: float
    label: str
    confidence: float
    evidence: tuple[str, ...]
    n_evidence: int
    evidence_text: str = ""


@dataclass(frozen=True)
class ErrorRow:
    """One article that could not be analysed in a folder or corpus run."""

    path: str
    error: str
    message: str
    article_id: Optional[str] = None


#: table name -> record type, in the contract's order
TABLES: dict[str, type] = {
    "sentences": Sentence,
    "actors": Actor,
    "mentions": Mention,
    "quotes": Quote,
    "times": Time,
    "events": Event,
    "places": Place,
    "countries": Country,
    "stances": Stance,
}
