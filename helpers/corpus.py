"""Corpus runs: many articles in, one partitioned dataset of every table out.

Articles stream through ``engine.analyze_many`` (the one run path, chunking long
texts) in batches of ``batch_size``; each batch becomes one part file per table
(``OUT/<table>/part-0003-000012-<run id>.parquet``), every row carrying
``article_id``, so memory stays flat however large the corpus. Work runs in this
process (``workers=1``), in N spawned processes that each load the pipeline once
and die with their parent (``workers=N``), or on a Dask cluster (``engine="dask"``);
all three give the same tables.

The output folder is a :class:`helpers.tableio.Dataset`: one run at a time holds
its lock, every part is recorded in a manifest entry with its row count and
checksum, and the entry is written last, so a run killed at any moment resumes with
no duplicate and no partial file. An article's id depends on the article alone
(its path below the input root, or a hash of stdin's text) and each finished
article records a fingerprint of its input, so a rerun skips what is unchanged,
analyses what is new or changed (replacing the old rows), and refuses a second
article with an id already taken in the same run. An article that fails becomes a
row of the ``errors`` table; the run goes on. A complete run also writes each table
as one file, ``OUT/<table>.<fmt>``. See ``docs/corpus.md``.
"""
from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import json
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

import pyarrow as pa

from .article import CATALOGUE, InputError, is_url, iter_inputs, load_one, make_article_id, read_input, read_sidecar
from .records import TABLES, ErrorRow
from .tableio import (  # noqa: F401 (schema, to_arrow, read_table: the corpus API they were part of)
    FORMATS, RECORDS, SUFFIX, TABLE_NAMES, Dataset, read_table, schema, schema_version, to_arrow,
)

ENGINES = ("local", "dask")
#: seconds to reach a Dask scheduler before the run gives up
SCHEDULER_TIMEOUT = 10


# -- what to analyse ----------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One input: its path (or URL, or ``-``), planned id, input fingerprint and root."""
    path: str
    article_id: Optional[str]
    fingerprint: Optional[str] = None
    root: Optional[str] = None
    data: Optional[bytes] = field(default=None, repr=False)  # stdin's bytes


def fingerprint(path: str, *, root: Optional[str], follow_symlinks: bool, meta: dict) -> str:
    """A hash of what an article is made from: its bytes, its sidecar and the metadata given."""
    h = hashlib.sha1(json.dumps(meta, sort_keys=True, default=str).encode("utf-8"))
    try:
        h.update(read_input(path, root=root, follow_symlinks=follow_symlinks))
        h.update(json.dumps(read_sidecar(Path(path), root=root, follow_symlinks=follow_symlinks),
                            sort_keys=True).encode("utf-8"))
    except InputError as exc:  # the same failure again is the same input
        h.update(b"unreadable:" + str(exc).encode("utf-8"))
    return h.hexdigest()[:16]


def plan(sources: Sequence[str], *, follow_symlinks: bool = False, meta: Optional[dict] = None,
         table: Optional[dict[str, dict]] = None) -> list[Item]:
    """Every article the sources name, with its id and fingerprint; a path named twice is one article.

    A source is a file, a folder (its articles, ids relative to it), a URL or ``-``
    (read here, so its id is a hash of its text).
    """
    meta = {k: v for k, v in (meta or {}).items() if v}
    given: set[str] = set()
    items = []
    for source in sources:
        for path, root, aid in iter_inputs(source):
            if path in given and path != "-":
                continue
            given.add(path)
            if path == "-":
                items.append(_stdin_item(meta))
            elif is_url(path):
                items.append(Item(path, make_article_id(path, ""), None))
            else:
                own = (table or {}).get(aid or "", {})
                items.append(Item(path, aid, fingerprint(path, root=root, follow_symlinks=follow_symlinks,
                                                         meta={**own, **meta}), root))
    return items


def _stdin_item(meta: dict) -> Item:
    from .article import MAX_BYTES, decode

    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        aid = make_article_id("-", decode(raw, name="-"))
    except InputError:
        aid = None  # loading it reports the problem
    h = hashlib.sha1(json.dumps(meta, sort_keys=True).encode("utf-8") + raw).hexdigest()[:16]
    return Item("-", aid, h, None, raw)


# -- one batch of work (runs in this process, a spawned worker or a Dask worker) ---------

@dataclass(frozen=True)
class Batch:
    part: int
    items: tuple[Item, ...]
    meta: tuple[tuple[str, Optional[str]], ...] = ()  # flags for every article
    item_meta: tuple[tuple[tuple[str, str], ...], ...] = ()  # per article, from a metadata table
    follow_symlinks: bool = False


@dataclass
class BatchResult:
    part: int
    tables: dict[str, pa.Table]
    # {"article_id", "path", "ok", "fingerprint", and how it was read: "root", "meta", "follow_symlinks"}
    finished: list[dict] = field(default_factory=list)
    n_words: int = 0


def process_batch(batch: Batch) -> BatchResult:
    """Load, parse and tabulate one batch through ``engine.analyze_many``; a failing article
    becomes an ``errors`` row.

    The pipeline comes from ``helpers.pipeline.get_nlp``, cached per process, so a
    worker loads it once however many batches it runs.
    """
    from .engine import analyze_many
    from .pipeline import get_nlp

    flags = {k: v for k, v in batch.meta if v}
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    finished: list[dict] = []
    articles = []
    by_id: dict[str, Item] = {}
    given: dict[int, dict] = {}  # per item: the metadata it was loaded with (``verify`` redoes it so)

    def record(item: Item, article_id: Optional[str], ok: bool, path: Optional[str] = None) -> None:
        finished.append({"article_id": article_id, "path": path or item.path, "ok": ok,
                         "fingerprint": item.fingerprint, "root": item.root, "meta": given.get(id(item), {}),
                         "follow_symlinks": batch.follow_symlinks})

    def fail(item: Item, article_id: Optional[str], exc: BaseException) -> None:
        rows["errors"].append(dataclasses.asdict(ErrorRow(
            path=item.path, error=type(exc).__name__, message=_message(exc), article_id=article_id)))
        record(item, article_id, False)

    for i, item in enumerate(batch.items):
        own = dict(batch.item_meta[i]) if i < len(batch.item_meta) else {}
        given[id(item)] = {**own, **flags}  # flags win over the table, the table over sidecars
        try:
            article = load_one(item.path, **given[id(item)], article_id=item.article_id, root=item.root,
                               follow_symlinks=batch.follow_symlinks, data=item.data)
        except Exception as exc:  # InputError, but also a crash in a reader: the run goes on
            fail(item, item.article_id, exc)
            continue
        by_id[article.article_id] = item
        articles.append(article)

    n_words = 0
    def on_error(article, exc) -> None:
        fail(by_id[article.article_id], article.article_id, exc)

    for tables in analyze_many(articles, nlp=get_nlp(), batch_size=max(len(articles), 1), on_error=on_error):
        doc_dict = tables.to_dict()
        aid = tables.article.article_id
        rows["article"].append(doc_dict["article"])
        for name in TABLES:
            rows[name].extend({"article_id": aid, **r} for r in doc_dict.get(name, ()))
        record(by_id[aid], aid, True, tables.article.path)
        n_words += int(doc_dict["article"].get("n_words") or 0)
    tables = {name: to_arrow(name, rows[name]) for name in TABLE_NAMES}
    return BatchResult(part=batch.part, tables=tables, finished=finished, n_words=n_words)


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


# -- planning and executing --------------------------------------------------------------

def _batches(items: Sequence[Item], *, size: int, meta: dict, table: Optional[dict[str, dict]] = None,
             follow_symlinks: bool = False) -> Iterator[Batch]:
    frozen = tuple(sorted(meta.items()))
    it = iter(items)
    part = 0
    while chunk := tuple(islice(it, size)):
        own = tuple(tuple(sorted((table or {}).get(i.article_id or "", {}).items())) for i in chunk)
        yield Batch(part=part, items=chunk, meta=frozen, item_meta=own, follow_symlinks=follow_symlinks)
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


def find_catalogue(paths: Sequence[str]) -> Optional[Path]:
    """The catalogue (``metadata.tsv``) in, or one level above, the folders and files given, when
    they share exactly one: PolNeAR's ``text/`` folder has its dates, titles and outlets there."""
    found = set()
    for p in paths:
        if p == "-" or is_url(p):
            continue
        folder = Path(p) if Path(p).is_dir() else Path(p).parent
        here = next((f for f in (folder / CATALOGUE, folder.parent / CATALOGUE) if f.is_file()), None)
        if here is not None:
            found.add(here.resolve())
    return found.pop() if len(found) == 1 else None


def _run_local(batches: Iterable[Batch], *, workers: int) -> Iterator[BatchResult]:
    if workers == 1:
        yield from map(process_batch, batches)
        return
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # spawn: a fresh interpreter per worker, no forked locks or threads; each loads spaCy once
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=_warm_up, initargs=(os.getpid(),)) as pool:
        yield from _windowed(batches, submit=lambda b: pool.submit(process_batch, b),
                             window=2 * workers, wait_any=lambda fs: wait(fs, return_when=FIRST_COMPLETED)[0])


def _warm_up(parent: int) -> None:
    from .pipeline import get_nlp

    _die_with_parent(parent)
    get_nlp()


def _die_with_parent(parent: int, *, every: float = 0.5) -> None:
    """End this worker as soon as the run that started it is gone (even after kill -9)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


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
        rows = [dataclasses.asdict(ErrorRow(path=i.path, error=type(exc).__name__, message=_message(exc),
                                            article_id=i.article_id)) for i in batch.items]
        tables = {name: to_arrow(name, rows if name == "errors" else []) for name in TABLE_NAMES}
        return BatchResult(part=batch.part, tables=tables,
                           finished=[{"article_id": i.article_id, "path": i.path, "ok": False,
                                      "fingerprint": None} for i in batch.items])


def _run_dask(batches: Iterable[Batch], *, workers: int, scheduler: Optional[str]) -> Iterator[BatchResult]:
    import logging

    from dask.distributed import Client, LocalCluster, wait

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} "
                             f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from None
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


def _check_run(paths: Sequence[str], fmt: str, workers: int, engine: str, batch_size: int,
               scheduler: Optional[str]) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {ENGINES}")
    if workers < 1 or batch_size < 1:
        raise ValueError("workers and batch_size must be at least 1")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if not paths:
        raise InputError("no input article")
    if "-" in paths and (workers > 1 or engine == "dask"):
        raise InputError("stdin (-) can only be read by a local run with --workers 1")


def _disk_error(out: Path, exc: OSError) -> InputError:
    what = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
            errno.EROFS: "the file system is read-only", errno.EACCES: "no permission to write there",
            errno.EPERM: "no permission to write there"}.get(exc.errno, exc.strerror or str(exc))
    return InputError(f"{out}: cannot write ({what}); every article committed so far is kept: "
                      "fix this and rerun the same command to go on")


def run(paths: Sequence[str], *, out: Path, fmt: str = "parquet", workers: int = 1, engine: str = "local",
        scheduler: Optional[str] = None, batch_size: int = 16, progress: bool = True,
        published: Optional[str] = None, title: Optional[str] = None, source_name: Optional[str] = None,
        metadata: Optional[str | Path | dict] = None, follow_symlinks: bool = False) -> int:
    """Analyse ``paths`` (files, folders, URLs, ``-``) into the dataset in ``out``; returns 0.

    Articles already in ``out`` with the same input fingerprint are skipped, so a
    rerun resumes; a changed input is analysed again and replaces its rows.
    ``metadata`` is a table (see :func:`read_metadata`) or its dict, giving each
    article its date, title and source; without one, a catalogue beside the inputs
    (:func:`find_catalogue`) is used. Raises ``InputError`` when the only input
    is unusable, when no article could be analysed, or when ``out`` cannot be used
    (another run holds it, it holds foreign files, the disk is full).
    """
    paths = list(paths)
    _check_run(paths, fmt, workers, engine, batch_size, scheduler)
    meta = dict(published=published, title=title, source_name=source_name)
    if len(paths) == 1 and paths[0] != "-" and not is_url(paths[0]) and not Path(paths[0]).is_dir():
        load_one(paths[0], **meta, follow_symlinks=follow_symlinks)  # one unusable file: an input error
    out = Path(out)
    try:
        store = Dataset(out, fmt=fmt)
    except OSError as exc:
        raise _disk_error(out, exc) from None
    try:
        for note in store.warnings:
            print(f"warning: {note}", file=sys.stderr)
        if metadata is None and (metadata := find_catalogue(paths)) is not None and progress:
            print(f"metadata: dates, titles and outlets from {metadata}", file=sys.stderr)
        table = read_metadata(metadata) if isinstance(metadata, (str, Path)) else (metadata or {})
        items = plan(paths, follow_symlinks=follow_symlinks, meta=meta, table=table)
        return _execute(store, items, n_inputs=len(paths), fmt=fmt, workers=workers, engine=engine,
                        scheduler=scheduler, batch_size=batch_size, progress=progress, meta=meta, table=table,
                        follow_symlinks=follow_symlinks)
    except OSError as exc:
        raise _disk_error(out, exc) from None
    finally:
        store.close()


def _split(store: Dataset, items: list[Item]) -> tuple[list[Item], int, list[tuple[Item, dict]]]:
    """(items to analyse, how many are unchanged, (item, error row) for ids taken twice in this run)."""
    todo, refused, seen = [], [], {}
    skipped = 0
    for item in items:
        aid = item.article_id
        if aid is not None and aid in seen:
            refused.append((item, dataclasses.asdict(ErrorRow(
                path=item.path, error="DuplicateArticle", article_id=None,
                message=f"{item.path}: same article id {aid!r} as {seen[aid]}; rename one of them"))))
            continue
        if aid is not None:
            seen[aid] = item.path
        done = store.live.get(aid) if aid is not None else None
        if done is not None and item.fingerprint is not None and done.get("fingerprint") == item.fingerprint:
            skipped += 1
        elif done is not None and item.fingerprint is None and is_url(item.path):
            skipped += 1  # a URL cannot be compared without downloading it again
        else:
            todo.append(item)
    return todo, skipped, refused


def _execute(store: Dataset, items: list[Item], *, n_inputs: int, fmt: str, workers: int, engine: str,
             scheduler: Optional[str], batch_size: int, progress: bool, meta: dict, table: dict,
             follow_symlinks: bool) -> int:
    todo, skipped, refused = _split(store, items)
    for _item, row in refused:
        print(f"skipped: {row['message']}", file=sys.stderr)
    # a refusal already in the errors table is not written again by a rerun
    refused = [(i, row) for i, row in refused if (i.path, i.fingerprint) not in store.refused]
    batches = _batches(todo, size=batch_size, meta=meta, table=table, follow_symlinks=follow_symlinks)
    results = (_run_dask(batches, workers=workers, scheduler=scheduler) if engine == "dask"
               else _run_local(batches, workers=workers))

    from tqdm import tqdm

    started = time.perf_counter()
    n_ok = n_failed = n_words = 0
    last = -1
    with tqdm(total=len(todo), disable=not progress, desc="articles", unit="article", file=sys.stderr,
              leave=False) as bar:
        for result in results:
            store.commit(result.part, result.tables, result.finished, n_words=result.n_words)
            last = max(last, result.part)
            ok = sum(1 for f in result.finished if f["ok"])
            n_ok, n_failed, n_words = n_ok + ok, n_failed + len(result.finished) - ok, n_words + result.n_words
            bar.update(len(result.finished))
    if refused:
        rows = [row for _i, row in refused]
        tables = {name: to_arrow(name, rows if name == "errors" else []) for name in TABLE_NAMES}
        store.commit(last + 1, tables, [], refused=[{"path": i.path, "fingerprint": i.fingerprint} for i, _ in refused])
    elapsed = time.perf_counter() - started
    store.compact()

    if progress:
        rate = f", {n_words / elapsed:,.0f} words/s" if elapsed > 0 and n_words else ""
        print(f"{n_ok} analysed, {n_failed} failed, {skipped} already done{rate} -> {store.out}", file=sys.stderr)
    if n_inputs == 1 and len(items) == 1 and n_failed and not n_ok:
        raise InputError(_first_error(store))
    if not any(v.get("ok") for v in store.live.values()):
        n_bad = sum(1 for v in store.live.values() if not v.get("ok"))
        raise InputError(f"no article could be analysed ({n_bad} failed; "
                         f"see {store.out / ('errors' + SUFFIX[fmt])})")
    return 0


def _first_error(store: Dataset) -> str:
    errors = read_table(store.out, "errors", fmt=store.fmt)
    return str(errors["message"].iloc[-1]) if len(errors) else "the article could not be analysed"


def verify(out: str | Path, *, redo: bool = True, progress: bool = False, workers: int = 1,
           follow_symlinks: bool = False) -> tuple[list[str], int]:
    """Check every part of the dataset in ``out``; drop broken ones and, with ``redo``, analyse
    their articles again from the paths the manifest recorded.

    Returns (the problems found, how many articles could not be redone: stdin, or a
    path that is gone).
    """
    out = Path(out)
    from .tableio import SETTINGS, _settings

    settings = _settings(out)
    if settings is None:
        raise InputError(f"{out}: not a corpus run's output folder (no {SETTINGS})")
    try:
        with Dataset(out, fmt=settings.get("format", "parquet")) as store:
            problems = store.verify()
            lost = [a for a in store.lost if a.get("article_id") and a["article_id"] not in store.live]
            redoable = [a for a in lost if a.get("path") and a["path"] != "-" and
                        (is_url(a["path"]) or Path(a["path"]).exists())]
            if redo and redoable:
                _redo(store, redoable, workers=workers, progress=progress, follow_symlinks=follow_symlinks)
            elif problems:
                store.compact()
        return problems, len(lost) - (len(redoable) if redo else 0)
    except OSError as exc:
        raise _disk_error(out, exc) from None


def _redo(store: Dataset, lost: list[dict], *, workers: int, progress: bool, follow_symlinks: bool) -> None:
    """Analyse the articles of broken parts again as their run read them: the same input root,
    metadata (flags, metadata table, in ``meta``) and symlink rule, all recorded in the manifest
    (an entry written before they were recorded falls back to the file's folder, no metadata and
    ``follow_symlinks``)."""
    by_rule: dict[bool, list[Item]] = {}
    table: dict[str, dict] = {}
    for a in lost:
        root = a.get("root") or (str(Path(a["path"]).parent) if not is_url(a["path"]) else None)
        by_rule.setdefault(bool(a.get("follow_symlinks", follow_symlinks)), []).append(
            Item(a["path"], a["article_id"], a.get("fingerprint"), root))
        table[a["article_id"]] = dict(a.get("meta") or {})
    for follow, items in by_rule.items():
        _execute(store, items, n_inputs=len(items), fmt=store.fmt, workers=workers, engine="local",
                 scheduler=None, batch_size=16, progress=progress, meta={}, table=table, follow_symlinks=follow)
