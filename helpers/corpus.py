"""Corpus runs: many articles in, one set of tables (with ``article_id``) out.

First version: articles are analysed in one process, one by one, and every table
is written once at the end; a broken article goes to the ``errors`` table.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

import pandas as pd

from .article import InputError, load_one
from .records import ErrorRow
from .tables import concat, write_tables


def run(paths: Sequence[str], *, out: Path, fmt: str = "parquet", workers: int = 1, engine: str = "local",
        scheduler: Optional[str] = None, batch_size: int = 16, progress: bool = True,
        published: Optional[str] = None, title: Optional[str] = None, source_name: Optional[str] = None) -> int:
    from .engine import analyze
    from .progress import progress_bar

    results, errors = [], []
    for path in progress_bar(paths, disable=not progress or len(paths) < 2, desc="articles"):
        try:
            results.append(analyze(load_one(path, published=published, title=title, source_name=source_name)))
        except InputError as exc:
            if len(paths) == 1:
                raise
            errors.append(ErrorRow(path=path, error="InputError", message=str(exc)))
    if not results:
        raise InputError(f"no article could be analysed ({len(errors)} failed)")
    frames = concat(results)
    frames["errors"] = pd.DataFrame([e.__dict__ for e in errors], columns=["path", "error", "message", "article_id"])
    write_tables(frames, Path(out), fmt=fmt)
    return 0
