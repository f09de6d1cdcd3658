"""The benchmark (``make bench``): speed, per-module cost, scaling and memory, side by side.

On one set of texts (the PolNeAR dev texts in ``../shared`` when present, else the
bundled article replicated with its paragraphs reordered) it measures, in one run:

1. words per second of the engine (parse + every table) against bare ``nlp.pipe``
   on the same pipeline, timed chunk by chunk in alternation so that load from
   other processes hits both alike;
2. each table module's extraction time as a share of parse time;
3. the speed-up of a corpus run from 1 to 2 worker processes (each run a fresh
   ``python -m helpers analyze ... --out``, wall clock including pipeline loading),
   beside the speed-up two processes of pure CPU work get on the machine at that moment;
4. peak memory (RSS of the run and its children, polled) of a corpus run over 100
   and over 1,000 short articles (paragraphs of the texts recombined), each in a
   fresh process.

5. linearity on one long line: PolNeAR train texts joined by spaces into a single
   paragraph of 100k, 200k and 400k characters (made at run time, never stored);
   for each size the chunked parse and each table module are timed, and each
   step's growth from one size to the next is printed (2.0x per doubling is
   linear).
6. a whole ``analyze FILE --out OUT --format parquet`` run on one line of 2,000,000
   characters (``--long-process``; 0 skips it) against a process that only parses it
   in the same chunks (bare spaCy), the two alternated ``--long-repeat`` times in this
   run: the ratio of wall clocks and of CPU seconds (the CPU ratio is the steadier one
   on a shared machine), and the peak memory of each (targets: < 2x, < 3,000 MB).

0. first, speed as a user gets it: ``python -m helpers analyze DIR --out OUT --format
   parquet`` over 250 PolNeAR texts (dev, then train; copied to a temp folder, never
   into the repository) against one process that only loads the pipeline and runs
   bare ``nlp.pipe`` over the same texts, as a ratio of wall clocks.

The engine is timed through ``engine.analyze_many``, the run path every command uses.
No figure is asserted; the targets are printed beside the measurements.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"
POLNEAR_TRAIN = ROOT.parent / "shared" / "eval" / "polnear-train" / "text"
BUNDLED = ROOT / "data" / "articles"
TARGETS = {"ratio": 0.75, "quotes_share": 0.15, "speedup": 1.6, "memory": 0.10, "process_ratio": 0.80,
           "long_ratio": 2.0, "long_peak_mb": 3000}


# -- texts --------------------------------------------------------------------------

def source_texts(*, source: Optional[Path] = None, n_fallback: int = 40) -> tuple[str, list[tuple[str, str]]]:
    """(description, [(name, text)]): PolNeAR dev texts, or the bundled article varied."""
    folder = source or (POLNEAR if POLNEAR.is_dir() else None)
    if folder is not None:
        files = sorted(p for p in Path(folder).glob("*.txt"))
        if not files:
            raise ValueError(f"{folder}: no .txt files to benchmark on")
        return f"{len(files)} texts from {folder}", [(p.stem, p.read_text(encoding="utf-8")) for p in files]
    base = sorted(BUNDLED.glob("*.txt"))
    if not base:
        raise ValueError(f"{BUNDLED}: no bundled article to benchmark on")
    paragraphs = [p for b in base for p in _paragraphs(b.read_text(encoding="utf-8"))]
    texts = []
    for i in range(n_fallback):
        rng = random.Random(i)
        body = paragraphs[1:]
        rng.shuffle(body)  # the same words in another order: a new parse each time
        texts.append((f"variant-{i:03d}", "\n\n".join([paragraphs[0], *body]) + "\n"))
    return f"{n_fallback} variants of the bundled article (paragraphs reordered)", texts


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if len(p.split()) >= 4]


def short_articles(texts: list[tuple[str, str]], n: int, *, per_article: int = 3) -> list[tuple[str, str]]:
    """``n`` short articles, each ``per_article`` paragraphs drawn (seeded) from ``texts``."""
    pool = [p for _, t in texts for p in _paragraphs(t)]
    out = []
    for i in range(n):
        rng = random.Random(1000 + i)
        out.append((f"short-{i:05d}", "\n\n".join(rng.sample(pool, min(per_article, len(pool)))) + "\n"))
    return out


def write_folder(texts: list[tuple[str, str]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


# -- 5: one long line --------------------------------------------------------------------

def long_text(n: int, *, source: Optional[Path] = None) -> str:
    """A single line of about ``n`` characters: training texts, white space collapsed, joined by spaces."""
    folder = source or POLNEAR_TRAIN
    parts, size = [], 0
    for path in sorted(Path(folder).glob("*.txt")):
        if size >= n:
            break
        part = " ".join(path.read_text(encoding="utf-8").split())
        parts.append(part)
        size += len(part) + 1
    text = " ".join(parts)[:n]
    return text[:text.rfind(" ")] if len(text) == n and " " in text else text


def linearity(sizes: list[int], *, source: Optional[Path] = None) -> dict:
    """Per size: seconds of the chunked parse and of each table module; per step, growth factors."""
    from .article import from_text
    from .engine import build_tables, parse
    from .pipeline import get_nlp

    nlp = get_nlp()
    warm = from_text(long_text(2_000, source=source), article_id="warm-up")
    build_tables(parse(nlp, warm), warm)  # lexicons and models load outside the clock
    runs: dict[int, dict[str, float]] = {}
    for n in sizes:
        article = from_text(long_text(n, source=source), article_id=f"long-{n}")
        t = time.perf_counter()
        doc = parse(nlp, article)
        spent = {"parse": time.perf_counter() - t}
        with module_timers() as modules:
            build_tables(doc, article)
        spent.update(modules)
        runs[len(article.text)] = spent
        del doc
    chars = sorted(runs)
    growth = {f"{a}->{b}": {k: runs[b][k] / runs[a][k] for k in runs[b] if runs[a].get(k, 0) > 0}
              for a, b in zip(chars, chars[1:])}
    return {"runs": runs, "growth": growth}


def _report_linearity(figures: dict, sizes: list[int]) -> None:
    lin = figures["linearity"] = linearity(sizes)
    chars = sorted(lin["runs"])
    print("\n5. one long line (PolNeAR train texts joined): seconds per step; growth per step of size")
    print("   " + " " * 16 + "".join(f"{c:>10,}" for c in chars) + "".join(f"{k:>22}" for k in lin["growth"]))
    for name in lin["runs"][chars[-1]]:
        cells = "".join(f"{lin['runs'][c].get(name, 0):10.2f}" for c in chars)
        grow = "".join(f"{g[name]:21.2f}x" if name in g else " " * 22 for g in lin["growth"].values())
        print(f"   {name:<16}{cells}{grow}")
    ratio = {c: sum(v for k, v in lin["runs"][c].items() if k != "parse") / lin["runs"][c]["parse"] for c in chars}
    lin["extraction_over_parse"] = ratio
    print("   extraction / parse " + "  ".join(f"{ratio[c]:.2f}" for c in chars)
          + "   (linear: the same at every size)", flush=True)


def long_process(path: Path, tmp: Path, *, repeat: int = 1) -> dict:
    """``analyze FILE --out --format parquet`` against a bare chunked parse of FILE, alternated
    ``repeat`` times (a fresh --out each time): wall clock, CPU seconds and peak memory of each,
    and the ratios analyze / bare of the best runs."""
    runs: dict[str, list[dict]] = {"bare": [], "analyze": []}
    for i in range(repeat):
        runs["bare"].append(run_measured([sys.executable, "-m", "helpers.bench", "--bare-pipe", str(path.parent)]))
        runs["analyze"].append(run_measured([sys.executable, "-m", "helpers", "analyze", str(path), "--out",
                                             str(tmp / f"long-out-{i}"), "--format", "parquet", "--no-progress"]))
    best = {k: {"wall_s": min(r["wall_s"] for r in v), "cpu_s": min(r["cpu_s"] for r in v),
                "peak_rss_mb": max(r["peak_rss_mb"] for r in v)} for k, v in runs.items()}
    return {"runs": runs, "bare": best["bare"], "analyze": best["analyze"],
            "ratio": best["analyze"]["wall_s"] / best["bare"]["wall_s"],
            "cpu_ratio": best["analyze"]["cpu_s"] / max(best["bare"]["cpu_s"], 1e-9)}


def _report_long_process(figures: dict, tmp: Path, n: int, *, repeat: int = 1) -> None:
    path = tmp / "long" / "long.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(long_text(n) + "\n", encoding="utf-8")
    lp = figures["long_process"] = {"chars": n, **long_process(path, tmp, repeat=repeat)}
    bare, run = lp["bare"], lp["analyze"]
    print(f"\n6. whole processes on one {n:,}-character line, side by side ({repeat} alternation(s), best of each)")
    print(f"   bare spaCy (chunked parse)  {bare['wall_s']:7.1f} s wall  {bare['cpu_s']:7.1f} s CPU   "
          f"peak {bare['peak_rss_mb']:5.0f} MB")
    print(f"   analyze --out --parquet     {run['wall_s']:7.1f} s wall  {run['cpu_s']:7.1f} s CPU   "
          f"peak {run['peak_rss_mb']:5.0f} MB")
    print(f"   ratio {lp['ratio']:.2f}x wall, {lp['cpu_ratio']:.2f}x CPU   (target < {TARGETS['long_ratio']:g}x, "
          f"peak < {TARGETS['long_peak_mb']:,} MB)", flush=True)


# -- 1 and 2: speed and per-module cost, in this process ---------------------------------

@contextmanager
def module_timers() -> Iterator[dict[str, float]]:
    """Time every table module the engine calls, without touching the engine."""
    from . import engine

    spent: dict[str, float] = {}
    patched = []
    for name in ("sentences", "actors", "coref", "places", "countries", "quotes", "times", "events", "stances"):
        module = getattr(engine, name, None)
        for attr in ("extract", "recount"):
            fn = getattr(module, attr, None) if module is not None else None
            if fn is None:
                continue
            label = name if attr == "extract" else f"{name}.{attr}"
            setattr(module, attr, _timed(fn, label, spent))
            patched.append((module, attr, fn))
    try:
        yield spent
    finally:
        for module, attr, fn in patched:
            setattr(module, attr, fn)


def _timed(fn: Callable, label: str, spent: dict[str, float]) -> Callable:
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - t
    return wrapper


def speed(texts: list[tuple[str, str]], *, chunk: int = 8) -> dict:
    from .article import from_text
    from .engine import analyze_many
    from .pipeline import get_nlp

    nlp = get_nlp()
    articles = [from_text(t, article_id=name) for name, t in texts]
    # one-time loads (gazetteers, models) happen outside the clock
    list(analyze_many(articles[:1], nlp=nlp, on_error=lambda a, exc: None))
    words = sum(len(t.split()) for _, t in texts)
    bare = engine_t = 0.0
    failures: list[str] = []
    with module_timers() as spent:
        for i in range(0, len(articles), chunk):
            part = articles[i:i + chunk]
            t = time.perf_counter()
            for _ in nlp.pipe([a.text for a in part], batch_size=chunk):
                pass
            bare += time.perf_counter() - t
            t = time.perf_counter()
            # the engine's one run path; a failing article is counted instead of ending the bench
            for _ in analyze_many(part, nlp=nlp, batch_size=chunk, on_error=lambda a, exc: failures.append(
                    f"{a.article_id}: {type(exc).__name__}: {exc}")):
                pass
            engine_t += time.perf_counter() - t
    extraction = sum(spent.values())
    parse = max(engine_t - extraction, 1e-9)
    return {"words": words, "bare_s": bare, "engine_s": engine_t, "bare_wps": words / bare,
            "engine_wps": words / engine_t, "ratio": bare / engine_t, "parse_s": parse, "failures": failures,
            "modules": {k: {"s": v, "share": v / parse} for k, v in sorted(spent.items(), key=lambda kv: -kv[1])}}


# -- 3 and 4: fresh processes ---------------------------------------------------------

def run_measured(cmd: list[str], *, poll: float = 0.05) -> dict:
    """Wall time, CPU seconds (user + system, the process and its children) and peak RSS (the
    process and all its children, summed) of ``cmd``."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            rss = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                except psutil.Error:
                    pass
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(poll)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run is reaped: its CPU time is counted
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = proc.stderr.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": peak / 2**20}


def analyze_cmd(folder: Path, out: Path, *, workers: int = 1, batch_size: int = 4) -> list[str]:
    return [sys.executable, "-m", "helpers", "analyze", str(folder), "--out", str(out), "--format", "parquet",
            "--workers", str(workers), "--batch-size", str(batch_size), "--no-progress"]


def bare_pipe(folder: Path, *, batch_size: int = 16) -> None:
    """The reference process: load the pipeline, read the texts, ``nlp.pipe`` them, nothing else
    (a long text goes through as its chunks, ``helpers.chunking``, in the batches the engine
    parses them in: sixteen 100,000-character chunks at once would take three times the memory)."""
    import inspect

    from . import chunking
    from .pipeline import get_nlp

    nlp = get_nlp()
    chunk_batch = inspect.signature(chunking.parse).parameters["batch_size"].default
    short: list[str] = []
    for p in sorted(folder.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if chunking.is_long(text):
            for _ in nlp.pipe((text[s:e] for s, e in chunking.chunk_bounds(text)), batch_size=chunk_batch):
                pass
        else:
            short.append(text)
    for _ in nlp.pipe(short, batch_size=batch_size):
        pass


def process_texts(n: int) -> list[tuple[str, str]]:
    """The first ``n`` PolNeAR dev texts, then train texts (copied to a temp folder by the caller)."""
    files = [p for folder in (POLNEAR, POLNEAR_TRAIN) if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return [(p.stem, p.read_text(encoding="utf-8")) for p in files[:n]]


def whole_processes(folder: Path, tmp: Path, *, repeat: int = 1) -> dict:
    """A user's corpus run (``analyze DIR --out --format parquet``) against one bare ``nlp.pipe``
    process over the same texts, alternated ``repeat`` times: wall clock and peak memory of each."""
    runs: dict[str, list[dict]] = {"bare": [], "analyze": []}
    for i in range(repeat):
        runs["bare"].append(run_measured([sys.executable, "-m", "helpers.bench", "--bare-pipe", str(folder)]))
        runs["analyze"].append(run_measured(analyze_cmd(folder, tmp / f"out-process-{i}", batch_size=16)))
    bare = min(r["wall_s"] for r in runs["bare"])
    full = min(r["wall_s"] for r in runs["analyze"])
    return {"runs": runs, "bare_s": bare, "analyze_s": full, "ratio": bare / full}


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism(*, n: int = 10_000_000) -> float:
    """The speed-up two processes get on pure CPU work right now: the ceiling for the worker figure.

    On a machine shared with other busy processes it falls well below 2, and so does any
    worker speed-up measured beside it.
    """
    from concurrent.futures import ProcessPoolExecutor

    t = time.perf_counter()
    _burn(n), _burn(n)
    serial = time.perf_counter() - t
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # start-up outside the clock
        t = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        parallel = time.perf_counter() - t
    return serial / parallel


# -- the report -------------------------------------------------------------------------

def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=Path, help="folder of .txt articles (default: PolNeAR dev, else bundled)")
    parser.add_argument("--limit", type=int, help="use only the first N texts (a quick look)")
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes for the memory check")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--process-texts", type=int, default=250,
                        help="articles for the whole-process comparison (PolNeAR dev, then train); 0 skips it")
    parser.add_argument("--repeat", type=int, default=1, help="alternations of the whole-process comparison")
    parser.add_argument("--only-processes", action="store_true", help="run only the whole-process comparison")
    parser.add_argument("--long-sizes", default="100000,200000,400000",
                        help="characters of the one-line texts for the linearity check; empty skips it")
    parser.add_argument("--long-process", type=int, default=2_000_000, metavar="CHARS",
                        help="section 6: analyze --format parquet on one line of CHARS characters against bare "
                             "spaCy; 0 skips it")
    parser.add_argument("--long-repeat", type=int, default=1, help="alternations of section 6")
    parser.add_argument("--only-long", action="store_true", help="run only section 6")
    parser.add_argument("--bare-pipe", type=Path, metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare_pipe:
        bare_pipe(args.bare_pipe)
        return 0

    started = time.perf_counter()
    described, texts = source_texts(source=args.texts)
    if args.limit:
        texts = texts[:args.limit]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    load = _load()
    print(f"texts: {described}; {len(texts)} used, {sum(len(t.split()) for _, t in texts):,} words; "
          f"{os.cpu_count()} CPUs, load average {load:.1f} at start", flush=True)
    figures: dict = {"texts": described, "n_texts": len(texts)}

    tmp = Path(tempfile.mkdtemp(prefix="helpers-bench-"))
    try:
        if args.only_long:
            _report_long_process(figures, tmp, args.long_process or 2_000_000, repeat=args.long_repeat)
            return _finish(figures, started, args.json)
        if args.process_texts:
            _report_processes(figures, tmp, n=args.process_texts, repeat=args.repeat)
        if args.only_processes:
            return _finish(figures, started, args.json)
        s = figures["speed"] = speed(texts)
        print(f"\n1. speed ({s['words']:,} words)")
        print(f"   bare nlp.pipe      {s['bare_wps']:8,.0f} words/s")
        print(f"   engine (all tables){s['engine_wps']:8,.0f} words/s")
        print(f"   ratio              {s['ratio']:8.2f}x   (target >= {TARGETS['ratio']}x)", flush=True)
        if s["failures"]:
            print(f"   warning: {len(s['failures'])} articles failed in the engine; first: {s['failures'][0][:300]}")
        print(f"\n2. extraction time as a share of parse time ({s['parse_s']:.1f} s of parsing)")
        for name, m in s["modules"].items():
            target = f"   (target <= {TARGETS['quotes_share']:.0%})" if name == "quotes" else ""
            print(f"   {name:<16} {m['s']:7.2f} s  {m['share']:6.1%}{target}")
        print(flush=True)

        folder = write_folder(texts, tmp / "texts")
        runs = {}
        for workers in (1, 2):
            runs[workers] = run_measured(analyze_cmd(folder, tmp / f"out-w{workers}", workers=workers))
        speedup = runs[1]["wall_s"] / runs[2]["wall_s"]
        ceiling = machine_parallelism()
        figures["workers"] = {"runs": runs, "speedup": speedup, "machine_parallelism": ceiling}
        print("3. corpus run, 1 -> 2 worker processes (wall clock incl. loading the pipeline)")
        print(f"   --workers 1        {runs[1]['wall_s']:7.1f} s")
        print(f"   --workers 2        {runs[2]['wall_s']:7.1f} s   speed-up {speedup:.2f}x "
              f"(target >= {TARGETS['speedup']}x)")
        print(f"   the machine right now: 2 processes of pure CPU work run {ceiling:.2f}x as fast as 1 "
              f"(load average {_load():.1f}); the worker speed-up cannot exceed that", flush=True)

        mem = {}
        shorts = short_articles(texts, max(sizes, default=0))
        for n in sizes:
            folder_n = write_folder(shorts[:n], tmp / f"short-{n}")
            mem[n] = run_measured(analyze_cmd(folder_n, tmp / f"out-short-{n}", workers=1, batch_size=16))
            mem[n]["words"] = sum(len(t.split()) for _, t in shorts[:n])
        figures["memory"] = mem
        if sizes:
            print("\n4. peak RSS of a corpus run (--workers 1, batch 16), short articles of 3 recombined paragraphs")
        for n in sizes:
            print(f"   {n:>6} articles ({mem[n]['words']:>9,} words)  {mem[n]['peak_rss_mb']:7.0f} MB  "
                  f"{mem[n]['wall_s']:6.1f} s")
        if len(sizes) >= 2:
            growth = mem[sizes[-1]]["peak_rss_mb"] / mem[sizes[0]]["peak_rss_mb"] - 1
            figures["memory_growth"] = growth
            print(f"   growth {sizes[0]} -> {sizes[-1]}: {growth:+.1%}   (target within {TARGETS['memory']:.0%})")
        long_sizes = [int(x) for x in args.long_sizes.split(",") if x]
        if long_sizes and POLNEAR_TRAIN.is_dir():
            _report_linearity(figures, long_sizes)
        if args.long_process and POLNEAR_TRAIN.is_dir():
            _report_long_process(figures, tmp, args.long_process, repeat=args.long_repeat)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return _finish(figures, started, args.json)


def _report_processes(figures: dict, tmp: Path, *, n: int, repeat: int) -> None:
    texts = process_texts(n)
    if len(texts) < n:
        print(f"\n0. whole processes: skipped ({len(texts)} PolNeAR texts found, {n} wanted)", flush=True)
        return
    folder = write_folder(texts, tmp / "process-texts")
    p = figures["processes"] = whole_processes(folder, tmp, repeat=repeat)
    words = sum(len(t.split()) for _, t in texts)
    print(f"\n0. whole processes over {len(texts)} PolNeAR texts ({words:,} words), pipeline loading included")
    print(f"   bare nlp.pipe process                 {p['bare_s']:7.1f} s")
    print(f"   analyze DIR --out OUT --format parquet {p['analyze_s']:7.1f} s   "
          f"peak {max(r['peak_rss_mb'] for r in p['runs']['analyze']):.0f} MB")
    print(f"   ratio {p['ratio']:.2f}x   (target >= {TARGETS['process_ratio']}x)", flush=True)


def _finish(figures: dict, started: float, json_path: Optional[Path]) -> int:
    figures["total_s"] = time.perf_counter() - started
    print(f"\nbench took {figures['total_s']:.0f} s")
    if json_path:
        json_path.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
