"""``python -m helpers.evaluate times --data DIR``: TIMEX3 value accuracy on TimeML files.

Every ``.tml`` file under DIR (subfolders included) gives a document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) and, between ``<TEXT>`` and ``</TEXT>``,
text with inline TIMEX3 tags. The tags are stripped to plain text with gold spans;
our engine (``helpers.times``) runs with ``published`` = the creation time, and so
does ``dateparser.search_dates`` with ``RELATIVE_BASE`` = the creation time, as the
naive baseline. A prediction is right when its span overlaps a gold span and its
``value`` equals the gold value exactly (one-to-one, greedy by overlap). Reported:
DATE value P/R/F1 (gold DATE timexes against predictions typed DATE; dateparser's
every date counts as DATE), all-types value P/R/F1 and span (overlap) F1. ``--by-rule``
counts each rule's predictions (value right, span right but value wrong, no gold span);
``--off NAME,...`` switches rules or filters off to measure them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: Optional[str]
    text: str
    rule: str = ""


@dataclass
class TimeMLDoc:
    name: str
    dct: str
    text: str
    gold: list[Span]


def parse_tml(path: Path) -> TimeMLDoc:
    """Plain text, creation date and gold TIMEX3 spans of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value", "")[:10]
            break
    if not dct or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        raise ValueError(f"{path}: no CREATION_TIME TIMEX3 with a day value")
    try:
        body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    except ValueError:
        raise ValueError(f"{path}: no <TEXT> element") from None
    out: list[str] = []
    pos, length = 0, 0
    gold: list[Span] = []
    open_timex: Optional[tuple[int, dict]] = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:length]
            gold.append(Span(start, length, attrs.get("type", "DATE"), attrs.get("value"), text))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return TimeMLDoc(path.stem, dct, "".join(out), gold)


def ours(doc: TimeMLDoc, nlp) -> list[Span]:
    from helpers import sentences, times
    from helpers.article import from_text
    from helpers.tables import ArticleTables

    article = from_text(doc.text, article_id=doc.name, published=doc.dct)
    parsed = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(parsed, article)
    return [Span(t.start, t.end, t.type, t.value, t.text, rule)
            for t, rule in times.extract_with_rules(parsed, article, tables)]


def dateparser_spans(doc: TimeMLDoc) -> list[Span]:
    """``search_dates`` with the creation time as the base; every find is a day-valued DATE."""
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(doc.dct)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    spans, cursor = [], 0
    for surface, when in found:
        i = doc.text.find(surface, cursor)
        if i < 0:
            i = doc.text.find(surface)
        if i < 0:
            continue
        cursor = i + len(surface)
        spans.append(Span(i, i + len(surface), "DATE", when.date().isoformat(), surface))
    return spans


def match(gold: list[Span], pred: list[Span], *, need_value: bool = True) -> dict[int, int]:
    """One-to-one pairs prediction index -> gold index, greedy by overlap."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0 and (not need_value or (p.value is not None and p.value == g.value)):
                pairs.append((ov, i, j))
    used_g, pairs_out = set(), {}
    for ov, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in pairs_out:
            used_g.add(i)
            pairs_out[j] = i
    return pairs_out


def score(gold: list[Span], pred: list[Span], *, need_value: bool = True) -> tuple[int, int, int]:
    """(correct, n_pred, n_gold), one-to-one, greedy by overlap."""
    return len(match(gold, pred, need_value=need_value)), len(pred), len(gold)


def by_rule(gold: list[Span], pred: list[Span], counts: dict[str, list[int]]) -> None:
    """Add to ``counts[rule]`` = [predicted, value right, span right but value wrong, no gold]."""
    right = match(gold, pred)
    spans = match(gold, pred, need_value=False)
    for j, p in enumerate(pred):
        acc = counts.setdefault(p.rule or "?", [0, 0, 0, 0])
        acc[0] += 1
        if j in right:
            acc[1] += 1
        elif j in spans:
            acc[2] += 1
        else:
            acc[3] += 1


def prf(c: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = c / n_pred if n_pred else 0.0
    r = c / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(data: Path, *, baseline: bool = True, verbose: bool = False,
             rules: Optional[dict[str, list[int]]] = None) -> dict[str, dict[str, tuple]]:
    """Scores per system; ``rules``, when given, collects per-rule counts (see ``by_rule``)."""
    from helpers.pipeline import get_nlp

    files = sorted(data.rglob("*.tml"))
    if not files:
        raise ValueError(f"{data}: no .tml files")
    nlp = get_nlp()
    totals: dict[str, dict[str, list[int]]] = {}
    systems = ("ours", "dateparser") if baseline else ("ours",)
    for path in files:
        doc = parse_tml(path)
        for system in systems:
            pred = ours(doc, nlp) if system == "ours" else dateparser_spans(doc)
            gold_dates = [g for g in doc.gold if g.type == "DATE"]
            pred_dates = [p for p in pred if p.type == "DATE"]
            for key, c in (("DATE value", score(gold_dates, pred_dates)),
                           ("all-types value", score(doc.gold, pred)),
                           ("all-types span", score(doc.gold, pred, need_value=False))):
                acc = totals.setdefault(system, {}).setdefault(key, [0, 0, 0])
                for k in range(3):
                    acc[k] += c[k]
            if system == "ours" and rules is not None:
                by_rule(doc.gold, pred, rules)
            if verbose and system == "ours":
                _show(doc, pred)
    return {s: {k: (*v, *prf(*v)) for k, v in d.items()} for s, d in totals.items()}


def _show(doc: TimeMLDoc, pred: list[Span]) -> None:
    print(f"== {doc.name} (DCT {doc.dct})")
    for g in doc.gold:
        hit = [p for p in pred if min(g.end, p.end) > max(g.start, p.start)]
        mark = "ok " if any(p.value == g.value for p in hit) else "MISS"
        print(f"  {mark} gold {g.type:8} {g.value!s:14} {g.text!r:30} ours {[(p.text, p.value, p.rule) for p in hit]}")
    for p in pred:
        if not any(min(g.end, p.end) > max(g.start, p.start) for g in doc.gold):
            print(f"  EXTRA ours {p.type:8} {p.value!s:14} {p.text!r} {p.rule}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.evaluate times")
    ap.add_argument("--data", required=True, type=Path, help="folder of TimeML .tml files")
    ap.add_argument("--no-baseline", action="store_true", help="skip dateparser")
    ap.add_argument("--verbose", action="store_true", help="list every gold and predicted expression")
    ap.add_argument("--by-rule", action="store_true",
                    help="per rule: predictions, value right, span right but value wrong, no gold span")
    ap.add_argument("--off", default="", help="comma-separated rule or filter names to switch off")
    args = ap.parse_args(argv)
    if args.off:
        from helpers import times
        times.disable(*[n.strip() for n in args.off.split(",") if n.strip()])
    if not args.data.is_dir():
        print(f"{args.data}: not a folder", file=sys.stderr)
        return 2
    try:
        rules: Optional[dict[str, list[int]]] = {} if args.by_rule else None
        results = evaluate(args.data, baseline=not args.no_baseline, verbose=args.verbose, rules=rules)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"TimeML value accuracy on {args.data} (a hit: span overlap and value equal)")
    print("| measure | system | correct | predicted | gold | P | R | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for key in ("DATE value", "all-types value", "all-types span"):
        for system, res in results.items():
            c, n_pred, n_gold, p, r, f = res[key]
            name = "helpers.times" if system == "ours" else "dateparser.search_dates"
            print(f"| {key} | {name} | {c} | {n_pred} | {n_gold} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if rules is not None:
        print("\n| rule | predicted | value right | span right, value wrong | no gold span |")
        print("|---|---:|---:|---:|---:|")
        for name, (n, ok, wrong, extra) in sorted(rules.items(), key=lambda kv: -kv[1][0]):
            print(f"| {name} | {n} | {ok} | {wrong} | {extra} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
