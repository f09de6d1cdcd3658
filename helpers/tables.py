"""ArticleTables: every table of one article, and the one place records become data.

Records (``helpers.records``) go in; DataFrames and the contract's JSON document
come out. Reading a JSON document back gives equal tables. Files on disk (CSV,
Parquet, JSON Lines, the corpus dataset) are written and read by ``helpers.tableio``.
"""
from __future__ import annotations

import bisect
import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import pandas as pd

from .records import (
    SCHEMA_VERSION, TABLES, Actor, ArticleRow, Country, Event, Mention, Place,
    Quote, Sentence, Stance, Time,
)

@dataclass
class ArticleTables:
    article: ArticleRow
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)

    # -- lookups the extractors share ---------------------------------------
    def _sentence_starts(self) -> list[int]:
        # kept until the sentences list changes: extractors ask once per token or mention
        cached = self.__dict__.get("_starts")
        if cached is None or cached[0] is not self.sentences or cached[1] != len(self.sentences):
            cached = (self.sentences, len(self.sentences), [s.start for s in self.sentences])
            self.__dict__["_starts"] = cached
        return cached[2]

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        """The sentence whose span holds character ``offset`` (None between sentences)."""
        starts = self._sentence_starts()
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_id_at(self, offset: int) -> int:
        """Like :meth:`sentence_at` but falls back to the nearest earlier sentence."""
        starts = self._sentence_starts()
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.sentences[i].sentence_id if self.sentences else 0

    def is_boilerplate(self, offset: int) -> bool:
        s = self.sentence_at(offset)
        return bool(s and s.is_boilerplate)

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        return next((a for a in self.actors if a.actor_id == actor_id), None)

    # -- conversions --------------------------------------------------------
    def frame(self, name: str) -> pd.DataFrame:
        """One table as a DataFrame with the contract's columns, even when empty."""
        if name == "article":
            return pd.DataFrame([_row(self.article)])
        rows = getattr(self, name)
        columns = [f.name for f in dataclasses.fields(TABLES[name])]
        return pd.DataFrame([_row(r) for r in rows], columns=columns)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: self.frame(name) for name in ("article", *TABLES)}

    def to_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "article": _row(self.article)}
        for name in TABLES:
            doc[name] = [_row(r) for r in getattr(self, name)]
        return doc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> "ArticleTables":
        if doc.get("schema_version") != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {doc.get('schema_version')!r}")
        kwargs = {"article": ArticleRow(**doc["article"])}
        for name, record in TABLES.items():
            kwargs[name] = [record(**_untuple(record, r)) for r in doc.get(name, [])]
        return cls(**kwargs)


def _row(record: Any) -> dict[str, Any]:
    # lists, not tuples, so that JSON, Parquet and pandas all agree on list columns
    return {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(record).items()}


def _untuple(record: type, row: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(record)}
    return {k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names}


def concat(tables: Iterable[ArticleTables]) -> dict[str, pd.DataFrame]:
    """Stack many articles' tables, each row carrying its ``article_id``."""
    parts: dict[str, list[pd.DataFrame]] = {}
    for t in tables:
        for name, df in t.frames().items():
            if name != "article":
                df.insert(0, "article_id", t.article.article_id)
            parts.setdefault(name, []).append(df)
    return {name: pd.concat(dfs, ignore_index=True) for name, dfs in parts.items()}
