"""Corpus runs: many articles in, one partitioned dataset of every table out.

Articles stream through spaCy ``nlp.pipe`` in batches of ``batch_size``; each batch
becomes one part file per table (``DIR/<table>/part-000012.parquet``), every row
carrying ``article_id``, so memory stays flat however large the corpus. Work runs
in this process (``workers=1``), in N spawned processes that each load the pipeline
once (``workers=N``), or on a Dask cluster (``engine="dask"``); all three give the
same tables.

Every file is written to ``DIR/.tmp`` and renamed into place, and a batch counts
as finished only when its manifest entry (``DIR/_manifest/part-000012.json``, the
article ids it holds) is renamed in last. A rerun removes parts without a manifest
entry and skips the articles already listed, so a run killed at any moment resumes
with no duplicate and no partial file. An article that fails (unusable input, or
an exception inside the engine) becomes a row of the ``errors`` table; the run goes
on. A complete run also writes each table as one file, ``DIR/<table>.<fmt>``.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import shutil
import sys
import time
import traceback
import types
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from .article import InputError, is_url, load_one, make_article_id
from .records import TABLES, ArticleRow, ErrorRow

FORMATS = ("parquet", "csv", "json")
ENGINES = ("local", "dask")
#: every table a corpus run writes, in the contract's order, then the failures
TABLE_NAMES = ("article", *TABLES, "errors")
RECORDS: dict[str, type] = {"article": ArticleRow, **TABLES, "errors": ErrorRow}
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "json": ".json"}
MANIFEST, TMP, SETTINGS = "_manifest", ".tmp", "_corpus.json"
PART_DIGITS = 6


# -- the shape of the output ----------------------------------------------------------

def _arrow_type(hint: Any) -> pa.DataType:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _arrow_type(inner[0]) if len(inner) == 1 else pa.string()
    if origin in (tuple, list):
        return pa.list_(_arrow_type(args[0]) if args else pa.string())
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(hint, pa.string())


@lru_cache(maxsize=None)
def schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name``: fixed, so that every part reads as one dataset.

    Types come from the record's annotations (``Optional[int]`` is a nullable int64,
    ``tuple[str, ...]`` a list of strings); every table but ``article`` and ``errors``
    gets ``article_id`` first.
    """
    if name not in RECORDS:
        raise ValueError(f"unknown table {name!r}; choose one of {TABLE_NAMES}")
    record = RECORDS[name]
    hints = typing.get_type_hints(record)
    fields = [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(record)]
    if name not in ("article", "errors"):
        fields.insert(0, pa.field("article_id", pa.string()))
    return pa.schema(fields)


def schema_version() -> str:
    """A short hash of every table's columns and types: a run resumes only under the same one."""
    import hashlib

    text = "\n".join(f"{name}: {schema(name)}" for name in TABLE_NAMES)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _coerce(value: Any, kind: pa.DataType) -> Any:
    # a stray numpy number or tuple must not sink a whole batch
    if value is None:
        return None
    if pa.types.is_list(kind):
        return [_coerce(v, kind.value_type) for v in value]
    if pa.types.is_string(kind):
        return value if isinstance(value, str) else str(value)
    if pa.types.is_boolean(kind):
        return bool(value)
    if pa.types.is_integer(kind):
        return int(value)
    if pa.types.is_floating(kind):
        return float(value)
    return value


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows (dicts) of table ``name`` as an Arrow table with the fixed schema."""
    sch = schema(name)
    try:
        return pa.Table.from_pylist(rows, schema=sch)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
        fixed = [{f.name: _coerce(r.get(f.name), f.type) for f in sch} for r in rows]
        return pa.Table.from_pylist(fixed, schema=sch)


# -- one batch of work (runs in this process, a spawned worker or a Dask worker) ---------

@dataclass(frozen=True)
class Batch:
    part: int
    items: tuple[tuple[str, Optional[str]], ...]  # (path, planned article_id)
    meta: tuple[tuple[str, Optional[str]], ...] = ()  # flags for every article
    item_meta: tuple[tuple[tuple[str, str], ...], ...] = ()  # per article, from a metadata table


@dataclass
class BatchResult:
    part: int
    tables: dict[str, pa.Table]
    finished: list[dict] = field(default_factory=list)  # {"article_id", "path", "ok"}
    n_words: int = 0


def process_batch(batch: Batch) -> BatchResult:
    """Load, parse and tabulate one batch; a failing article becomes an ``errors`` row.

    The pipeline comes from ``helpers.pipeline.get_nlp``, cached per process, so a
    worker loads it once however many batches it runs.
    """
    from .pipeline import get_nlp

    flags = {k: v for k, v in batch.meta if v}
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    finished: list[dict] = []
    articles = []

    def fail(path: str, article_id: Optional[str], exc: BaseException) -> None:
        rows["errors"].append(dataclasses.asdict(ErrorRow(
            path=path, error=type(exc).__name__, message=_message(exc), article_id=article_id)))
        finished.append({"article_id": article_id, "path": path, "ok": False})

    for i, (path, planned) in enumerate(batch.items):
        own = dict(batch.item_meta[i]) if i < len(batch.item_meta) else {}
        try:
            article = load_one(path, **{**own, **flags})  # flags win over the table, the table over sidecars
        except Exception as exc:  # InputError, but also a crash in a reader: the run goes on
            fail(path, planned, exc)
            continue
        if planned and article.article_id != planned:
            article = dataclasses.replace(article, article_id=planned)
        articles.append(article)

    n_words = 0
    done = 0
    nlp = get_nlp()
    try:
        stream = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=max(len(articles), 1))
        for doc, article in stream:
            done += 1
            n_words += _tabulate(doc, article, rows, finished, fail)
    except Exception:
        # the parser itself broke inside the batch: redo the rest one by one to find the culprit
        for article in articles[done:]:
            try:
                doc = nlp(article.text)
            except Exception as exc:
                fail(article.path or article.article_id, article.article_id, exc)
                continue
            n_words += _tabulate(doc, article, rows, finished, fail)
    tables = {name: to_arrow(name, rows[name]) for name in TABLE_NAMES}
    return BatchResult(part=batch.part, tables=tables, finished=finished, n_words=n_words)


def _tabulate(doc, article, rows: dict[str, list[dict]], finished: list[dict], fail: Callable) -> int:
    from .engine import build_tables

    try:
        doc_dict = build_tables(doc, article).to_dict()
    except Exception as exc:  # one broken article in a thousand must not stop the run
        fail(article.path or article.article_id, article.article_id, exc)
        return 0
    aid = article.article_id
    rows["article"].append(doc_dict["article"])
    for name in TABLES:
        rows[name].extend({"article_id": aid, **r} for r in doc_dict.get(name, ()))
    finished.append({"article_id": aid, "path": article.path, "ok": True})
    return int(doc_dict["article"].get("n_words") or 0)


def _message(exc: BaseException) -> str:
    text = str(exc) or repr(exc)
    if isinstance(exc, InputError):
        return text
    # where an unexpected exception came from, so that it can be fixed
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        frame = tb[-1]
        text += f" (at {Path(frame.filename).name}:{frame.lineno} in {frame.name})"
    return text


# -- the output directory ------------------------------------------------------------

class PartStore:
    """The output directory: parts, manifest and settings, written atomically.

    Opening it recovers from an interrupted run: temp files go, parts that no
    manifest entry lists go, and :attr:`done` holds the article ids already finished.
    """

    def __init__(self, out: Path, *, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
        self.out, self.fmt, self.suffix = Path(out), fmt, SUFFIX[fmt]
        if self.out.exists() and not self.out.is_dir():
            raise InputError(f"{out}: exists and is not a folder")
        settings = self.out / SETTINGS
        columns = schema_version()
        if settings.exists():
            before = json.loads(settings.read_text(encoding="utf-8"))
            previous = before.get("format")
            if previous != fmt:
                raise InputError(f"{out}: holds a {previous} corpus run; rerun with --format {previous} "
                                 "or choose another --out")
            if before.get("columns", columns) != columns:
                # parts with other columns would not read as one dataset
                raise InputError(f"{out}: was written when the tables had other columns; choose another --out")
        self.tmp = self.out / TMP
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        (self.out / MANIFEST).mkdir(exist_ok=True)
        for name in TABLE_NAMES:
            (self.out / name).mkdir(exist_ok=True)
        self._write_bytes(settings, json.dumps({"format": fmt, "tables": list(TABLE_NAMES),
                                                "columns": columns}).encode())

        self.done: dict[str, bool] = {}
        parts = set()
        for entry in sorted((self.out / MANIFEST).glob("part-*.json")):
            info = json.loads(entry.read_text(encoding="utf-8"))
            parts.add(int(info["part"]))
            for item in info["articles"]:
                if item.get("article_id"):
                    self.done[item["article_id"]] = bool(item.get("ok"))
        for name in TABLE_NAMES:
            for part in (self.out / name).glob("part-*"):
                if _part_number(part) not in parts:
                    part.unlink()  # written before a kill, never committed
        self.next_part = max(parts, default=-1) + 1

    def part_path(self, name: str, part: int) -> Path:
        return self.out / name / f"part-{part:0{PART_DIGITS}d}{self.suffix}"

    def commit(self, result: BatchResult) -> None:
        """Write a batch's parts, then its manifest entry: the entry is the commit."""
        staged = []
        for name in TABLE_NAMES:
            final = self.part_path(name, result.part)
            tmp = self.tmp / f"{name}-{final.name}"
            _write_part(result.tables[name], tmp, self.fmt)
            staged.append((tmp, final))
        for tmp, final in staged:
            os.replace(tmp, final)
        entry = {"part": result.part, "articles": result.finished}
        self._write_bytes(self.out / MANIFEST / f"part-{result.part:0{PART_DIGITS}d}.json",
                          json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        for item in result.finished:
            if item.get("article_id"):
                self.done[item["article_id"]] = bool(item["ok"])

    def compact(self) -> list[Path]:
        """Each table as one file ``DIR/<table>.<fmt>``, streamed part by part."""
        written = []
        for name in TABLE_NAMES:
            parts = sorted((self.out / name).glob(f"part-*{self.suffix}"))
            final = self.out / f"{name}{self.suffix}"
            tmp = self.tmp / final.name
            if self.fmt == "parquet":
                with pq.ParquetWriter(tmp, schema(name)) as writer:
                    for part in parts:
                        writer.write_table(pq.read_table(part, schema=schema(name)))
            else:
                with open(tmp, "wb") as sink:
                    if self.fmt == "csv":
                        sink.write(_csv_header(name))
                    for part in parts:
                        with open(part, "rb") as src:
                            if self.fmt == "csv":
                                src.readline()
                            shutil.copyfileobj(src, sink)
            os.replace(tmp, final)
            written.append(final)
        return written

    def close(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _write_bytes(self, path: Path, data: bytes) -> None:
        tmp = self.tmp / f"{path.parent.name}-{path.name}"
        tmp.write_bytes(data)
        os.replace(tmp, path)


def _part_number(path: Path) -> int:
    try:
        return int(path.name.split(".")[0].split("-")[1])
    except (IndexError, ValueError):
        return -1


def _csv_header(name: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerow(schema(name).names)
    return buf.getvalue().encode("utf-8")


def _write_part(table: pa.Table, path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pq.write_table(table, path)
        return
    rows = table.to_pylist()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if fmt == "json":  # JSON Lines: one object per row
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        writer = csv.writer(fh)
        writer.writerow(table.schema.names)
        for row in rows:  # list cells as JSON arrays, so a CSV round-trips without guessing
            writer.writerow(["" if v is None else json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                             for v in row.values()])


def read_table(out: str | Path, name: str, *, fmt: Optional[str] = None):
    """Table ``name`` of a corpus run in ``out`` as a DataFrame (any format, parts or one file)."""
    import pandas as pd

    out = Path(out)
    if fmt is None:
        settings = out / SETTINGS
        fmt = json.loads(settings.read_text(encoding="utf-8"))["format"] if settings.exists() else "parquet"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if name not in RECORDS:
        raise ValueError(f"unknown table {name!r}; choose one of {TABLE_NAMES}")
    folder = out / name
    if fmt == "parquet":
        source = folder if folder.is_dir() else out / f"{name}.parquet"
        return pd.read_parquet(source, schema=schema(name))
    parts = sorted(folder.glob(f"part-*{SUFFIX[fmt]}")) if folder.is_dir() else [out / f"{name}{SUFFIX[fmt]}"]
    if fmt == "json":
        frames = [pd.read_json(p, lines=True, dtype=False) for p in parts if p.stat().st_size]
    else:
        frames = [pd.read_csv(p, keep_default_na=False, na_values=[""]) for p in parts]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=schema(name).names)
    return pd.concat(frames, ignore_index=True).reindex(columns=schema(name).names)


# -- planning and executing --------------------------------------------------------------

def plan(paths: Sequence[str]) -> list[tuple[str, Optional[str]]]:
    """Each path with the article id it will get; clashing stems get a path hash, repeats go."""
    import hashlib

    seen: set[str] = set()
    given: set[str] = set()
    planned = []
    for path in paths:
        if path in given and path != "-":
            continue  # the same file named twice is one article
        given.add(path)
        if path == "-":
            planned.append((path, None))  # only the text names stdin
            continue
        aid = make_article_id(path, "")
        if aid in seen or aid.startswith("article-"):
            aid = f"{aid}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
        seen.add(aid)
        planned.append((path, aid))
    return planned


def _batches(items: Sequence[tuple[str, Optional[str]]], *, size: int, first_part: int,
             meta: dict, table: Optional[dict[str, dict]] = None) -> Iterator[Batch]:
    frozen = tuple(sorted(meta.items()))
    it = iter(items)
    part = first_part
    while chunk := tuple(islice(it, size)):
        own = tuple(tuple(sorted((table or {}).get(aid or "", {}).items())) for _, aid in chunk)
        yield Batch(part=part, items=chunk, meta=frozen, item_meta=own)
        part += 1


#: column names a metadata table may use, for each keyword of ``load_one``
META_COLUMNS = {
    "key": ("filename", "file", "path", "article_id", "name"),
    "published": ("published", "publication_date", "date"),
    "title": ("title", "headline"),
    "source_name": ("source", "publisher", "outlet"),
}


def read_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """A metadata table (CSV, or TSV by its ``.tsv`` suffix) as ``article_id -> load_one keywords``.

    One row per article: a file column (``filename``, ``file``, ``path`` or ``article_id``;
    a name with or without its suffix) and any of ``published``/``publication_date``/``date``,
    ``title``, ``source``/``publisher``/``outlet``. It is how a corpus gets dates and outlets
    without a ``.meta.json`` beside every file.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such metadata table")
    with open(p, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t" if p.suffix.lower() == ".tsv" else ","))
    if not rows:
        return {}
    columns = {c.strip().lower(): c for c in rows[0]}

    def pick(kind: str) -> Optional[str]:
        return next((columns[c] for c in META_COLUMNS[kind] if c in columns), None)

    key = pick("key")
    if key is None:
        raise InputError(f"{path}: needs a column naming the file ({', '.join(META_COLUMNS['key'])})")
    wanted = {kw: pick(kw) for kw in ("published", "title", "source_name")}
    table = {}
    for row in rows:
        name = (row.get(key) or "").strip()
        if not name:
            continue
        values = {kw: row[col].strip() for kw, col in wanted.items()
                  if col and row.get(col) and row[col].strip() not in ("", "None", "NA")}
        table[make_article_id(Path(name).name, "")] = values
    return table


def _run_local(batches: Iterable[Batch], *, workers: int) -> Iterator[BatchResult]:
    if workers == 1:
        yield from map(process_batch, batches)
        return
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # spawn: a fresh interpreter per worker, no forked locks or threads; each loads spaCy once
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=_warm_up) as pool:
        yield from _windowed(batches, submit=lambda b: pool.submit(process_batch, b),
                             window=2 * workers, wait_any=lambda fs: wait(fs, return_when=FIRST_COMPLETED)[0])


def _warm_up() -> None:
    from .pipeline import get_nlp

    get_nlp()


def _windowed(batches: Iterable[Batch], *, submit: Callable, window: int, wait_any: Callable) -> Iterator[BatchResult]:
    # a bounded number of batches in flight keeps memory flat on any corpus size
    it = iter(batches)
    pending = {submit(b): b for b in islice(it, window)}
    while pending:
        for fut in wait_any(set(pending)):
            batch = pending.pop(fut)
            yield _result_or_failure(fut, batch)
            nxt = next(it, None)
            if nxt is not None:
                pending[submit(nxt)] = nxt


def _result_or_failure(fut, batch: Batch) -> BatchResult:
    try:
        return fut.result()
    except Exception as exc:  # the task died (worker lost): its articles are reported, the run goes on
        rows = [dataclasses.asdict(ErrorRow(path=p, error=type(exc).__name__, message=_message(exc), article_id=a))
                for p, a in batch.items]
        tables = {name: to_arrow(name, rows if name == "errors" else []) for name in TABLE_NAMES}
        return BatchResult(part=batch.part, tables=tables,
                           finished=[{"article_id": a, "path": p, "ok": False} for p, a in batch.items])


def _run_dask(batches: Iterable[Batch], *, workers: int, scheduler: Optional[str]) -> Iterator[BatchResult]:
    import logging

    from dask.distributed import Client, LocalCluster, wait

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        n = max(len(client.scheduler_info().get("workers", {})), workers, 1)
        yield from _windowed(batches, submit=lambda b: client.submit(process_batch, b, pure=False),
                             window=2 * n, wait_any=lambda fs: wait(list(fs), return_when="FIRST_COMPLETED").done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(paths: Sequence[str], *, out: Path, fmt: str = "parquet", workers: int = 1, engine: str = "local",
        scheduler: Optional[str] = None, batch_size: int = 16, progress: bool = True,
        published: Optional[str] = None, title: Optional[str] = None, source_name: Optional[str] = None,
        metadata: Optional[str | Path | dict] = None) -> int:
    """Analyse ``paths`` into the dataset in ``out``; returns 0 (the exit status).

    Articles listed in ``out``'s manifest are skipped, so a rerun resumes. ``metadata``
    is a table (see :func:`read_metadata`) or its dict, giving each article its date,
    title and source. Raises ``InputError`` when the only input is unusable or when
    no article could be analysed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {ENGINES}")
    if workers < 1 or batch_size < 1:
        raise ValueError("workers and batch_size must be at least 1")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    paths = list(paths)
    if not paths:
        raise InputError("no input article")
    if "-" in paths and (workers > 1 or engine == "dask"):
        raise InputError("stdin (-) can only be read by a local run with --workers 1")
    meta = dict(published=published, title=title, source_name=source_name)
    if len(paths) == 1 and paths[0] != "-" and not is_url(paths[0]):
        load_one(paths[0], **meta)  # one unusable file is an input error, as without --out

    store = PartStore(Path(out), fmt=fmt)
    items = plan(paths)
    todo = [(p, a) for p, a in items if a is None or a not in store.done]
    skipped = len(items) - len(todo)
    table = read_metadata(metadata) if isinstance(metadata, (str, Path)) else (metadata or {})
    batches = _batches(todo, size=batch_size, first_part=store.next_part, meta=meta, table=table)
    results = (_run_dask(batches, workers=workers, scheduler=scheduler) if engine == "dask"
               else _run_local(batches, workers=workers))

    from tqdm import tqdm

    started = time.perf_counter()
    n_ok = n_failed = n_words = 0
    with tqdm(total=len(todo), disable=not progress, desc="articles", unit="article", file=sys.stderr,
              leave=False) as bar:
        for result in results:
            store.commit(result)
            ok = sum(1 for f in result.finished if f["ok"])
            n_ok, n_failed, n_words = n_ok + ok, n_failed + len(result.finished) - ok, n_words + result.n_words
            bar.update(len(result.finished))
    elapsed = time.perf_counter() - started
    store.compact()
    store.close()

    if progress:
        rate = f", {n_words / elapsed:,.0f} words/s" if elapsed > 0 and n_words else ""
        print(f"{n_ok} analysed, {n_failed} failed, {skipped} already done{rate} -> {out}", file=sys.stderr)
    if len(paths) == 1 and n_failed and not n_ok:
        raise InputError(_first_error(store, fmt))
    if not any(store.done.values()):
        raise InputError(f"no article could be analysed ({sum(1 for v in store.done.values() if not v)} failed; "
                         f"see {Path(out) / ('errors' + SUFFIX[fmt])})")
    return 0


def _first_error(store: PartStore, fmt: str) -> str:
    errors = read_table(store.out, "errors", fmt=fmt)
    return str(errors["message"].iloc[-1]) if len(errors) else "the article could not be analysed"
