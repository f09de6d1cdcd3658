"""Tone toward a target span in a sentence.

Not trained yet: every span is neutral.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tone:
    score: float
    label: str


def score_span(text: str, start: int, end: int) -> Tone:
    if not 0 <= start <= end <= len(text):
        raise ValueError("start and end must lie inside text")
    return Tone(0.0, "neutral")
