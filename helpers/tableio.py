"""Every table on disk: the one reader and writer of JSON, CSV, Parquet and the corpus dataset.

A table has a fixed Arrow schema taken from its record (``helpers.records``):
``Optional[int]`` is a nullable int64 in every format, read back as pandas'
nullable ``Int64``; ``tuple[str, ...]`` is a list of strings (a JSON array in a CSV
cell). One part of a table is written by :func:`write_part` and read by
:func:`read_part`; :class:`Dataset` keeps many parts as one locked, verified,
resumable dataset (the output folder of a corpus run, see ``docs/corpus.md``).
"""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import re
import secrets
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from .article import InputError
from .records import TABLES, ArticleRow, ErrorRow

FORMATS = ("json", "csv", "parquet")
SUFFIX = {"parquet": ".parquet", "csv": ".csv", "json": ".json"}
#: every table a corpus run writes, in the contract's order, then the failures
TABLE_NAMES = ("article", *TABLES, "errors")
RECORDS: dict[str, type] = {"article": ArticleRow, **TABLES, "errors": ErrorRow}


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    return fmt


# -- the shape of a table ----------------------------------------------------------------

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


def to_pandas(table: pa.Table):
    """An Arrow table as a DataFrame whose integer columns stay integers (nullable ``Int64``)."""
    import pandas as pd

    mapping = {pa.int64(): pd.Int64Dtype()}
    return table.to_pandas(types_mapper=mapping.get)


# -- one part: write and read ------------------------------------------------------------

def csv_header(name: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerow(schema(name).names)
    return buf.getvalue().encode("utf-8")


def write_part(table: pa.Table, path: Path, fmt: str) -> None:
    """One table to ``path``: Parquet, CSV (list cells as JSON arrays) or JSON Lines."""
    check_format(fmt)
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


def _from_csv_cell(cell: str, kind: pa.DataType) -> Any:
    if cell == "":
        return None
    if pa.types.is_list(kind):
        return json.loads(cell)
    if pa.types.is_boolean(kind):
        return cell == "True"
    if pa.types.is_integer(kind):
        return int(cell)
    if pa.types.is_floating(kind):
        return float(cell)
    return cell


def read_part(path: Path, name: str, fmt: str) -> pa.Table:
    """One part written by :func:`write_part`, as an Arrow table of table ``name``'s schema."""
    check_format(fmt)
    sch = schema(name)
    if fmt == "parquet":
        return pq.read_table(path, schema=sch)
    with open(path, encoding="utf-8", newline="") as fh:
        if fmt == "json":
            rows = [json.loads(line) for line in fh if line.strip()]
        else:
            reader = csv.reader(fh)
            header = next(reader, None) or []
            kinds = [sch.field(c).type if c in sch.names else pa.string() for c in header]
            rows = [{c: _from_csv_cell(v, k) for c, v, k in zip(header, cells, kinds)} for cells in reader]
    return to_arrow(name, rows)


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes (hex)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def concat_parts(parts: Iterable[Path], dest: Path, name: str, fmt: str) -> None:
    """Parts of one table streamed into one file ``dest`` (the rows in part order)."""
    check_format(fmt)
    if fmt == "parquet":
        with pq.ParquetWriter(dest, schema(name)) as writer:
            for part in parts:
                writer.write_table(pq.read_table(part, schema=schema(name)))
        return
    with open(dest, "wb") as sink:
        if fmt == "csv":
            sink.write(csv_header(name))
        for part in parts:
            with open(part, "rb") as src:
                if fmt == "csv":
                    src.readline()
                for block in iter(lambda: src.read(1 << 20), b""):
                    sink.write(block)


def empty_frame(name: str):
    return to_pandas(schema(name).empty_table())


def write_bytes_atomic(path: Path, data: bytes, *, tmp_dir: Path, tag: str) -> None:
    """``data`` to ``path`` through a temp file in ``tmp_dir`` and a rename."""
    tmp = tmp_dir / f"{path.parent.name}-{path.name}.{tag}.partial"
    tmp.write_bytes(data)
    os.replace(tmp, path)


def read_table(out: str | Path, name: str, *, fmt: Optional[str] = None):
    """Table ``name`` of a corpus run in ``out`` as a DataFrame (any format).

    Reads the parts the manifest lists, in their order, so a run still in progress or
    killed reads as far as it was committed; integer columns are nullable ``Int64``.
    """
    if name not in RECORDS:
        raise ValueError(f"unknown table {name!r}; choose one of {TABLE_NAMES}")
    out = Path(out)
    found_fmt, parts = live_parts(out, name)
    fmt = fmt or found_fmt
    if parts is None:  # no manifest: a folder holding the one-file tables only
        single = out / f"{name}{SUFFIX[fmt]}"
        parts = [single] if single.is_file() else []
    tables = [read_part(p, name, fmt) for p in parts]
    if not tables:
        return empty_frame(name)
    return to_pandas(pa.concat_tables(tables))


# -- the dataset: a corpus run's output folder -----------------------------------------------

MANIFEST, TMP, SETTINGS, LOCK = "_manifest", ".tmp", "_corpus.json", ".lock"
#: the folder layout; a folder written under another one is refused, never rewritten
LAYOUT = 2
#: a part's stem: run number, batch number, run id
PART_STEM = re.compile(r"^part-(\d{4,})-(\d{6,})-([0-9a-f]{12})$")


def _settings(out: Path) -> Optional[dict]:
    path = out / SETTINGS
    if not path.is_file():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: unreadable ({exc}); it was not written by this run: "
                         "choose another --out, or delete the folder to start again") from None
    if not isinstance(value, dict):
        raise InputError(f"{path}: not a corpus run's settings; choose another --out")
    return value


def _entries(out: Path) -> tuple[dict[str, dict], list[Path]]:
    """Manifest entries by part stem, and the entry files that do not read."""
    entries, broken = {}, []
    folder = out / MANIFEST
    if not folder.is_dir():
        return entries, broken
    for path in sorted(folder.glob("part-*.json")):
        if not PART_STEM.match(path.stem):
            continue
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(entry, dict) or entry.get("part") != path.stem:
                raise ValueError("not a manifest entry")
            entry["articles"], entry["files"]  # noqa: B018 (both must be there)
        except (OSError, ValueError, KeyError, TypeError):
            broken.append(path)
            continue
        entries[path.stem] = entry
    return entries, broken


def _live(entries: dict[str, dict]) -> list[str]:
    """Stems of the entries no other entry supersedes, in commit order."""
    gone = {s for e in entries.values() for s in e.get("supersedes", ())}
    return sorted((s for s in entries if s not in gone), key=lambda s: (entries[s]["run"], entries[s]["batch"]))


def live_parts(out: str | Path, name: str) -> tuple[str, Optional[list[Path]]]:
    """(format, part files of table ``name`` in commit order), or (format, None) with no manifest."""
    out = Path(out)
    settings = _settings(out) or {}
    fmt = settings.get("format", "parquet")
    if not (out / MANIFEST).is_dir():
        return fmt, None
    entries, _ = _entries(out)
    return fmt, [out / entries[s]["files"][name]["file"] for s in _live(entries) if name in entries[s]["files"]]


class Dataset:
    """A corpus run's output folder, owned by one run at a time.

    Opening it takes the folder's lock (``OUT/.lock``; a second run is refused with
    exit status 2), refuses a folder that holds files helpers did not write, and
    recovers from an interrupted run: temp files go, parts no manifest entry lists
    go, and every committed part is checked against the row count and SHA-256 its
    entry records; a missing or changed part drops its entry, so that the articles
    behind it are analysed again. :attr:`live` maps each finished article id to its
    record (``ok``, ``fingerprint``, ``path``, ``part``). Files helpers did not
    write are left alone and named in :attr:`warnings`.
    """

    def __init__(self, out: str | Path, *, fmt: str):
        self.out, self.fmt, self.suffix = Path(out), check_format(fmt), SUFFIX[fmt]
        self.warnings: list[str] = []
        self.lost: list[dict] = []  # articles whose parts were missing or corrupt
        if self.out.exists() and not self.out.is_dir():
            raise InputError(f"{out}: exists and is not a folder; choose a folder for --out")
        settings = _settings(self.out)
        if settings is None and self.out.is_dir():
            # a run that has just taken the lock has not written its settings yet: its own names are no foreign files
            foreign = sorted(p.name for p in self.out.iterdir() if p.name not in (LOCK, TMP, MANIFEST, *TABLE_NAMES))
            if foreign:
                raise InputError(f"{out}: holds files helpers did not write ({', '.join(foreign[:3])}"
                                 f"{', ...' if len(foreign) > 3 else ''}); choose an empty or new folder for --out")
        self._check_settings(settings)
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock()
        self.tmp = self.out / TMP
        self.tmp.mkdir(exist_ok=True)
        (self.out / MANIFEST).mkdir(exist_ok=True)
        for name in TABLE_NAMES:
            (self.out / name).mkdir(exist_ok=True)
        self.run_id = secrets.token_hex(6)
        self._write(self.out / SETTINGS, json.dumps({"format": fmt, "tables": list(TABLE_NAMES),
                                                     "columns": schema_version(), "layout": LAYOUT}).encode())
        self.entries: dict[str, dict] = {}
        self._recover()
        self.run = max((e["run"] for e in self.entries.values()), default=0) + 1
        self.live: dict[str, dict] = {}
        #: (path, fingerprint) of inputs refused because their id was taken: recorded once, not at every rerun
        self.refused: set[tuple[str, Optional[str]]] = set()
        for stem in _live(self.entries):
            for item in self.entries[stem]["articles"]:
                if item.get("article_id"):
                    self.live[item["article_id"]] = {**item, "part": stem}
            self.refused.update((r["path"], r.get("fingerprint")) for r in self.entries[stem].get("refused", ()))

    def _check_settings(self, before: Optional[dict]) -> None:
        if before is None:
            return
        if before.get("layout") != LAYOUT:
            raise InputError(f"{self.out}: was written by an older version of helpers; choose another --out")
        if before.get("format") != self.fmt:
            raise InputError(f"{self.out}: holds a {before.get('format')} corpus run; rerun with --format "
                             f"{before.get('format')} or choose another --out")
        if before.get("columns") != schema_version():
            # parts with other columns would not read as one dataset
            raise InputError(f"{self.out}: was written when the tables had other columns; choose another --out")

    def _lock(self) -> None:
        path = self.out / LOCK
        self._lock_fh = open(path, "a+", encoding="utf-8")
        try:
            import fcntl

            fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # no fcntl (Windows): no lock
            return
        except OSError:
            self._lock_fh.seek(0)
            holder = self._lock_fh.read().strip() or "?"
            self._lock_fh.close()
            raise InputError(f"{self.out}: another run is writing here (pid {holder} holds {path}); "
                             "wait for it to finish or choose another --out") from None
        self._lock_fh.seek(0)
        self._lock_fh.truncate()
        self._lock_fh.write(str(os.getpid()))
        self._lock_fh.flush()

    # -- recovery and verification ------------------------------------------------------
    def _recover(self) -> None:
        for path in self.tmp.iterdir():
            if path.name.endswith(".partial"):
                path.unlink()
            else:
                self.warnings.append(f"{path}: not written by helpers; left alone")
        entries, broken = _entries(self.out)
        for path in broken:
            self.warnings.append(f"{path}: manifest entry unreadable; removed it and its parts, "
                                 "their articles are analysed again when given")
            self._drop(path.stem, None)
        for stem in set(entries) - set(_live(entries)):
            self._drop(stem, entries.pop(stem))  # replaced by a later part; killed before its removal
        for stem in _live(entries):
            problem = self._check_entry(entries[stem])
            if problem:
                self.warnings.append(f"{problem}; its {len(entries[stem]['articles'])} article(s) "
                                     "are analysed again when given")
                self.lost.extend(entries[stem]["articles"])
                self._drop(stem, entries.pop(stem))
        self.entries = entries
        self._sweep()

    def _check_entry(self, entry: dict) -> Optional[str]:
        for name in TABLE_NAMES:
            info = entry["files"].get(name)
            if info is None:
                return f"{self.out / MANIFEST / entry['part']}.json: lists no {name} part"
            path = self.out / info["file"]
            if not path.is_file():
                return f"{path}: missing"
            if path.stat().st_size != info.get("bytes") or file_digest(path) != info.get("sha256"):
                return f"{path}: changed since it was written (checksum differs)"
        return None

    def verify(self) -> list[str]:
        """Problems found when the folder was opened (each already repaired by dropping its part)."""
        return [w for w in self.warnings if "analysed again" in w]

    def _drop(self, stem: str, entry: Optional[dict]) -> None:
        # the entry goes first: a part without an entry is never read
        (self.out / MANIFEST / f"{stem}.json").unlink(missing_ok=True)
        for name in TABLE_NAMES:
            (self.out / name / f"{stem}{self.suffix}").unlink(missing_ok=True)

    def _sweep(self) -> None:
        """Our part files no entry lists go (written before a kill); foreign files are named."""
        live = set(self.entries)
        known = {SETTINGS, LOCK, MANIFEST, TMP, *TABLE_NAMES, *(f"{n}{self.suffix}" for n in TABLE_NAMES)}
        foreign = [p for p in self.out.iterdir() if p.name not in known]
        for name in TABLE_NAMES:
            for path in (self.out / name).iterdir():
                stem, suffix = path.name[:-len(self.suffix)], path.name[-len(self.suffix):]
                if suffix == self.suffix and PART_STEM.match(stem):
                    if stem not in live:
                        path.unlink()
                else:
                    foreign.append(path)
        for path in (self.out / MANIFEST).iterdir():
            if not (path.suffix == ".json" and PART_STEM.match(path.stem)):
                foreign.append(path)
        if foreign:
            names = ", ".join(str(p) for p in sorted(foreign)[:3])
            self.warnings.append(f"{self.out}: left alone {len(foreign)} file(s) helpers did not write "
                                 f"({names}{', ...' if len(foreign) > 3 else ''})")

    # -- writing ------------------------------------------------------------------------
    def part_stem(self, batch: int) -> str:
        return f"part-{self.run:04d}-{batch:06d}-{self.run_id}"

    def commit(self, batch: int, tables: dict[str, pa.Table], articles: list[dict], *, n_words: int = 0,
               refused: Sequence[dict] = ()) -> None:
        """Write one batch's parts, then its manifest entry: the entry is the commit.

        An article already in an earlier part (its input changed) replaces it: the
        earlier part's other rows move into this one, whose entry supersedes it.
        """
        stem = self.part_stem(batch)
        ids = {a["article_id"] for a in articles if a.get("article_id")}
        old = sorted({self.live[i]["part"] for i in ids if i in self.live},
                     key=lambda s: (self.entries[s]["run"], self.entries[s]["batch"]))
        kept: list[dict] = []
        if old:
            tables = dict(tables)
            for name in TABLE_NAMES:
                earlier = [self._without(read_part(self.out / self.entries[s]["files"][name]["file"], name,
                                                   self.fmt), ids) for s in old]
                tables[name] = pa.concat_tables([*earlier, tables[name]])
            kept = [a for s in old for a in self.entries[s]["articles"] if a.get("article_id") not in ids]
        files = {}
        for name in TABLE_NAMES:
            final = self.out / name / f"{stem}{self.suffix}"
            tmp = self.tmp / f"{name}-{final.name}.{self.run_id}.partial"
            write_part(tables[name], tmp, self.fmt)
            files[name] = {"file": f"{name}/{final.name}", "rows": tables[name].num_rows,
                           "bytes": tmp.stat().st_size, "sha256": file_digest(tmp)}
            os.replace(tmp, final)
        entry = {"part": stem, "run": self.run, "batch": batch, "run_id": self.run_id, "supersedes": old,
                 "articles": kept + articles, "files": files, "n_words": n_words}
        if old or refused:
            entry["refused"] = [r for s in old for r in self.entries[s].get("refused", ())] + list(refused)
        self._write(self.out / MANIFEST / f"{stem}.json", json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        for s in old:
            self._drop(s, self.entries.pop(s))
        self.entries[stem] = entry
        for item in entry["articles"]:
            if item.get("article_id"):
                self.live[item["article_id"]] = {**item, "part": stem}
        self.refused.update((r["path"], r.get("fingerprint")) for r in refused)

    @staticmethod
    def _without(table: pa.Table, ids: set[str]) -> pa.Table:
        import pyarrow.compute as pc

        keep = pc.invert(pc.fill_null(pc.is_in(table["article_id"], value_set=pa.array(sorted(ids))), False))
        return table.filter(keep)

    def compact(self) -> list[Path]:
        """Each table as one file ``OUT/<table>.<fmt>``, streamed part by part in commit order."""
        written = []
        stems = _live(self.entries)
        for name in TABLE_NAMES:
            final = self.out / f"{name}{self.suffix}"
            tmp = self.tmp / f"{final.name}.{self.run_id}.partial"
            concat_parts([self.out / self.entries[s]["files"][name]["file"] for s in stems], tmp, name, self.fmt)
            os.replace(tmp, final)
            written.append(final)
        return written

    def close(self) -> None:
        try:
            self.tmp.rmdir()  # only when empty: a foreign file keeps it
        except OSError:
            pass
        fh = getattr(self, "_lock_fh", None)
        if fh is not None and not fh.closed:
            fh.close()  # releases the lock

    def __enter__(self) -> "Dataset":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self, path: Path, data: bytes) -> None:
        write_bytes_atomic(path, data, tmp_dir=self.tmp, tag=self.run_id)


__all__ = ["Dataset", "live_parts", "FORMATS", "SUFFIX", "TABLE_NAMES", "RECORDS", "schema", "schema_version", "to_arrow",
           "to_pandas", "write_part", "read_part", "concat_parts", "file_digest", "read_table",
           "csv_header", "write_bytes_atomic", "empty_frame", "check_format"]
