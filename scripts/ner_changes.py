"""What the gazetteer components change in en_core_web_sm's entities, on the given text files.

    .venv/bin/python scripts/ner_changes.py data/articles/kremlin-summit.txt
    .venv/bin/python scripts/ner_changes.py ../shared/eval/polnear-dev/text/*.txt --summary

Prints, per file, the entities only the bare model gives and those only the project pipeline
gives (``--summary``: counts of label changes over all files, with the commonest words).
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

import spacy

from helpers.pipeline import DEFAULT_MODEL, get_nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    base = spacy.load(DEFAULT_MODEL)
    base.add_pipe("paragraph_breaks", before="parser")
    nlp = get_nlp()
    changes: collections.Counter = collections.Counter()
    words: dict = collections.defaultdict(collections.Counter)
    n_ents = 0
    for path in args.files:
        text = path.read_text(encoding="utf-8")
        a = {(e.start_char, e.end_char): e.label_ for e in base(text).ents}
        b = {(e.start_char, e.end_char): e.label_ for e in nlp(text).ents}
        n_ents += len(b)
        for span in sorted(set(a) | set(b)):
            if a.get(span) != b.get(span):
                key = (a.get(span, "-"), b.get(span, "-"))
                changes[key] += 1
                words[key][text[span[0]:span[1]]] += 1
                if not args.summary:
                    print(f"{path.name}\t{span[0]}-{span[1]}\t{text[span[0]:span[1]]!r}\t{key[0]} -> {key[1]}")
    if args.summary:
        print(f"{len(args.files)} files, {n_ents} entities after the gazetteer components")
        for key, n in changes.most_common(25):
            print(f"{n:5d}  {key[0]:>11} -> {key[1]:<11} {words[key].most_common(5)}")


if __name__ == "__main__":
    main()
