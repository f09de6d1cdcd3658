"""Actors and mentions: who takes part, one row per real-world actor.

Not written yet: returns no rows.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .article import Article
from .records import Actor, Mention
from .tables import ArticleTables


def extract(doc: Doc, article: Article, tables: ArticleTables) -> tuple[list[Actor], list[Mention]]:
    return [], []


def recount(actors: list[Actor], mentions: list[Mention]) -> list[Actor]:
    """Actors with ``n_mentions`` and ``first_start`` taken from all their mentions."""
    from dataclasses import replace

    counts: dict[str, list[int]] = {}
    for m in mentions:
        counts.setdefault(m.actor_id, []).append(m.start)
    return [replace(a, n_mentions=len(counts.get(a.actor_id, [])) or a.n_mentions,
                    first_start=min(counts.get(a.actor_id, [a.first_start])))
            for a in actors]
