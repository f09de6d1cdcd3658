"""Helpers that turn English news articles into tables, and tables into a report.

>>> from helpers import load_article, analyze
>>> tables = analyze(load_article("data/articles/kremlin-summit.txt"))
>>> tables.frame("quotes")

Names are imported on first use, so that ``import helpers.charts`` in a notebook
kernel does not pay for importing spaCy.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "ArticleTables": ("helpers.tables", "ArticleTables"),
    "InputError": ("helpers.article", "InputError"),
    "from_text": ("helpers.article", "from_text"),
    "load_article": ("helpers.article", "load_one"),
    "analyze": ("helpers.engine", "analyze"),
    "analyze_many": ("helpers.engine", "analyze_many"),
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
