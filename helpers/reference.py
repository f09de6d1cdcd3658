"""Where the project's data lives, and small readers for the reference tables.

Gazetteers and word lists are data (``data/reference/*.csv``), each opening with
``#`` lines that name its source. ``HELPERS_DATA_DIR`` points elsewhere if needed.
"""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(os.environ.get("HELPERS_DATA_DIR", Path(__file__).resolve().parents[1] / "data"))


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def reference_path(name: str) -> Path:
    path = DATA_DIR / "reference" / name
    if not path.exists():
        raise FileNotFoundError(f"reference table {path} is missing")
    return path


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/reference/NAME`` (CSV with ``#`` source lines on top)."""
    with open(reference_path(name), encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))


@lru_cache(maxsize=None)
def definite_names() -> frozenset[str]:
    """Lower-cased place names that take "the" in running text ("the United States", "the Netherlands"):
    ``data/reference/definite_names.csv``."""
    return frozenset(row["name"].lower() for row in read_table("definite_names.csv") if row.get("name"))


def in_sentence(name: str) -> str:
    """A place name as it reads inside a sentence: "the United States", "the Netherlands" (listed as
    "The Netherlands"), "Russia". Names not listed, and names already written with "the", keep their form."""
    if not isinstance(name, str) or not name:
        return name
    if name.startswith("The "):  # "The Netherlands", "The Hague" as listed
        return "the " + name[4:]
    return f"the {name}" if name.lower() in definite_names() else name
