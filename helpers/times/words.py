"""The word lists of English time expressions (``data/reference/time_words.csv``) by kind."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..reference import read_table


@lru_cache(maxsize=1)
def words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in read_table("time_words.csv"):
        out.setdefault(row["kind"], {})[row["word"].lower()] = row["value"]
    return out


def alt(kind: str, value: Optional[str] = None) -> str:
    """A regex alternation of the words of ``kind`` (those with ``value`` only, if given), longest first."""
    chosen = [w for w, v in words()[kind].items() if value is None or v == value]
    chosen.sort(key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in chosen) + ")"


def number(word: str) -> Optional[float]:
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    nums = words()["number"]
    if w in nums:
        return float(nums[w])
    parts = re.split(r"[- ]", w)
    # only tens-and-units compounds ("twenty-one"); "a four-week" is four, not five
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums \
            and float(nums[parts[0]]) >= 20 and float(nums[parts[1]]) < 10:
        return float(nums[parts[0]]) + float(nums[parts[1]])
    return None


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    """Holiday name -> date rule (``data/reference/time_holidays.csv``)."""
    return {row["name"].lower(): row["rule"] for row in read_table("time_holidays.csv")}
