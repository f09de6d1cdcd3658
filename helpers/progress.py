"""A progress bar on stderr for long runs (tqdm), quiet when output is not a terminal log."""
from __future__ import annotations

from typing import Iterable, TypeVar

T = TypeVar("T")


def progress_bar(items: Iterable[T], *, disable: bool = False, desc: str = "", total: int | None = None) -> Iterable[T]:
    from tqdm.auto import tqdm

    return tqdm(items, disable=disable, desc=desc, total=total, unit="article", leave=False)
