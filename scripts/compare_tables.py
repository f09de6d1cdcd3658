"""Dump every table of a set of articles as JSON Lines, to diff a refactor before/after.

    python scripts/compare_tables.py dump OUT.jsonl ARTICLE_OR_FOLDER... [--cache DIR]
    python scripts/compare_tables.py diff BEFORE.jsonl AFTER.jsonl

``dump`` analyses each article with the current code (one JSON line per article, in
the order given; a PolNeAR folder's ``metadata.tsv`` gives the publication dates).
With ``--cache DIR`` the parsed Docs are kept in ``DIR`` (spaCy DocBin) and reused,
so that a second dump re-runs only the table building, not the parser: use it only
when the change does not touch the pipeline. ``diff`` prints, per article and
table, the rows that differ, and exits 1 when anything does.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path


def article_paths(inputs: list[str]) -> list[tuple[Path, str | None]]:
    """(text file, publication date) per article; a folder is its ``text/*.txt`` or ``*.txt``."""
    out: list[tuple[Path, str | None]] = []
    for item in inputs:
        p = Path(item)
        if not p.is_dir():
            out.append((p, None))
            continue
        meta: dict[str, str] = {}
        if (p / "metadata.tsv").exists():
            with open(p / "metadata.tsv", encoding="utf-8", newline="") as fh:
                meta = {r["filename"]: r.get("publication_date") or "" for r in csv.DictReader(fh, delimiter="\t")}
        texts = p / "text" if (p / "text").is_dir() else p
        out.extend((t, meta.get(t.stem) or None) for t in sorted(texts.glob("*.txt")))
    return out


def dump(out: Path, inputs: list[str], cache: Path | None) -> int:
    import numpy
    from spacy.tokens import DocBin

    from helpers.article import load_one
    from helpers.engine import build_tables, parse
    from helpers.pipeline import get_nlp

    nlp = get_nlp()
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path, published in article_paths(inputs):
            article = load_one(str(path), published=published)
            key = hashlib.sha1(f"{path}|{article.text}".encode()).hexdigest()[:16]
            cached = cache / f"{key}.spacy" if cache else None
            if cached and cached.exists():
                doc = next(iter(DocBin().from_disk(cached).get_docs(nlp.vocab)))
                doc.tensor = numpy.load(cached.with_suffix(".npy"))  # DocBin keeps no tensor
            else:
                doc = parse(nlp, article)
                if cached:
                    DocBin(store_user_data=True, docs=[doc]).to_disk(cached)
                    numpy.save(cached.with_suffix(".npy"), doc.tensor)
            fh.write(build_tables(doc, article).to_json() + "\n")
            n += 1
    print(f"{n} articles -> {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    a = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    if len(a) != len(b):
        print(f"{len(a)} articles before, {len(b)} after")
        return 1
    changed = 0
    for x, y in zip(a, b):
        name = x.get("article", {}).get("article_id") or x.get("article", {}).get("title")
        for table in sorted(set(x) | set(y)):
            rx, ry = x.get(table), y.get(table)
            if rx == ry:
                continue
            changed += 1
            print(f"== {name} / {table}")
            xs = rx if isinstance(rx, list) else [rx]
            ys = ry if isinstance(ry, list) else [ry]
            for row in xs:
                if row not in ys:
                    print("  - " + json.dumps(row, ensure_ascii=False)[:400])
            for row in ys:
                if row not in xs:
                    print("  + " + json.dumps(row, ensure_ascii=False)[:400])
    print(f"{changed} table(s) differ" if changed else "identical")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("inputs", nargs="+")
    d.add_argument("--cache", type=Path)
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.inputs, args.cache)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
