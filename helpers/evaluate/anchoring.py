"""``python -m helpers.evaluate anchoring --data DIR``: are events dated by their own time expression?

Reads every TimeML file (``*.tml``, searched recursively) under DIR: the document
creation time (DCT), the text between ``<TEXT>`` and ``</TEXT>`` with its inline
``EVENT`` and ``TIMEX3`` tags, the ``MAKEINSTANCE`` rows and the ``TLINK`` rows. The
plain text goes through the whole engine with the DCT as the publication date.

An item is an engine event whose trigger overlaps a gold ``EVENT`` that has a TLINK
of type IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS or ENDS (read from the event's side;
a link written from the time's side is inverted) to a ``DATE`` TIMEX3 in the same
sentence and a calendar value (a date, week, month, quarter or year, or PRESENT_REF, which is
the DCT; PAST_REF, FUTURE_REF and duration values name no day to date an event to, and such
links are counted apart). It is right when the event's date lies in that value (the value's
leading digits; an ISO week or quarter contains the day).
Reported beside a baseline that dates each item by the nearest date expression of its
sentence. The last line is ``anchoring accuracy 0.NN (n/m)``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
#: relation of the event to the time -> kept; a time-side relation reads as its inverse
EVENT_SIDE = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "DURING": "DURING_INV", "DURING_INV": "DURING",
           "SIMULTANEOUS": "SIMULTANEOUS", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY",
           "ENDED_BY": "ENDS", "BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
           "IDENTITY": "IDENTITY"}


@dataclass
class Tag:
    id: str
    start: int
    end: int
    attrs: dict


@dataclass
class TimeMLDoc:
    name: str
    dct: str
    text: str
    events: dict[str, Tag] = field(default_factory=dict)     # eid -> EVENT
    timexes: dict[str, Tag] = field(default_factory=dict)    # tid -> TIMEX3 in the text
    anchors: dict[str, set[str]] = field(default_factory=dict)  # eid -> tids with a calendar value
    vague: dict[str, set[str]] = field(default_factory=dict)    # eid -> PAST_REF, FUTURE_REF, durations


def parse(path: Path) -> TimeMLDoc:
    """Plain text, DCT, EVENT and TIMEX3 spans, and the event-to-date anchors of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    dct = next((dict(_ATTR.findall(m.group(1))).get("value", "")[:10]
                for m in re.finditer(r"<TIMEX3([^>]*)>", raw)
                if 'functionInDocument="CREATION_TIME"' in m.group(1)), "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        raise ValueError(f"{path}: no CREATION_TIME TIMEX3 with a day value")
    if "<TEXT>" not in raw or "</TEXT>" not in raw:
        raise ValueError(f"{path}: no <TEXT> element")
    a, b = raw.index("<TEXT>") + len("<TEXT>"), raw.index("</TEXT>")
    doc = TimeMLDoc(path.stem, dct, "")
    out, pos, length, open_tags = [], 0, 0, []
    for m in _TAG.finditer(raw[a:b]):
        chunk = html.unescape(raw[a:b][pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1) == "/", m.group(2), dict(_ATTR.findall(m.group(3)))
        if name not in ("EVENT", "TIMEX3"):
            continue
        if not closing:
            open_tags.append((name, length, attrs))
        elif open_tags:
            kind, start, at = open_tags.pop()
            if kind == "EVENT":
                doc.events[at.get("eid", "")] = Tag(at.get("eid", ""), start, length, at)
            else:
                doc.timexes[at.get("tid", "")] = Tag(at.get("tid", ""), start, length, at)
    out.append(html.unescape(raw[a:b][pos:]))
    doc.text = "".join(out)
    tail = raw[b:]
    instance = {at.get("eiid"): at.get("eventID") for at in
                (dict(_ATTR.findall(m.group(1))) for m in re.finditer(r"<MAKEINSTANCE([^>]*)>", tail))}
    for m in re.finditer(r"<TLINK([^>]*)>", tail):
        at = dict(_ATTR.findall(m.group(1)))
        rel = at.get("relType", "")
        if at.get("eventInstanceID") and at.get("relatedToTime"):
            eiid, tid = at["eventInstanceID"], at["relatedToTime"]
        elif at.get("timeID") and at.get("relatedToEventInstance"):
            eiid, tid, rel = at["relatedToEventInstance"], at["timeID"], INVERSE.get(rel, rel)
        else:
            continue
        eid = instance.get(eiid)
        timex = doc.timexes.get(tid)
        if rel in EVENT_SIDE and eid in doc.events and timex is not None and timex.attrs.get("type") == "DATE":
            calendar = is_calendar(timex.attrs.get("value"))
            (doc.anchors if calendar else doc.vague).setdefault(eid, set()).add(tid)
    return doc


def is_calendar(value: Optional[str]) -> bool:
    """A value that names days: a date, week, month, quarter or year, or PRESENT_REF."""
    return bool(value) and (value == "PRESENT_REF" or bool(re.match(r"\d{4}", value)))


def value_contains(value: Optional[str], day: Optional[str], dct: str) -> bool:
    """Does the TIMEX3 ``value`` contain the ISO ``day``?"""
    if not value or not day:
        return False
    day = day[:10]
    if value == "PRESENT_REF":
        return day == dct
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value)
    quarter = re.fullmatch(r"(\d{4})-Q(\d)", value)
    try:
        d = dt.date.fromisoformat(day) if len(day) == 10 else None
    except ValueError:
        d = None
    if week:
        return d is not None and d.isocalendar()[:2] == (int(week[1]), int(week[2]))
    if quarter:
        return d is not None and d.year == int(quarter[1]) and (d.month - 1) // 3 + 1 == int(quarter[2])
    prefix = re.match(r"[\d-]+", value)
    prefix = prefix.group(0).rstrip("-") if prefix else ""
    return bool(prefix) and len(prefix) >= 4 and day.startswith(prefix)


def score_doc(doc: TimeMLDoc, tables) -> tuple[int, int, int]:
    """(right, baseline right, items) of one document."""
    sents = [(s.start, s.end) for s in tables.sentences]

    def sentence(pos: int) -> int:
        return next((i for i, (a, b) in enumerate(sents) if a <= pos < b), -1)

    right = base = n = 0
    taken: set[str] = set()
    for e in tables.events:
        if e.trigger_start is None:
            continue
        gold = next((g for g in doc.events.values() if g.start < e.trigger_end and e.trigger_start < g.end
                     and g.id in doc.anchors and g.id not in taken), None)
        if gold is None:
            continue
        sid = sentence(gold.start)
        values = [doc.timexes[t].attrs.get("value") for t in doc.anchors[gold.id]
                  if sentence(doc.timexes[t].start) == sid]
        if not values:
            continue
        taken.add(gold.id)
        n += 1
        right += any(value_contains(v, e.date, doc.dct) for v in values)
        near = _nearest_date(tables, e.trigger_start, sid, sents)
        base += any(value_contains(v, near, doc.dct) for v in values)
    return right, base, n


def _nearest_date(tables, pos: int, sid: int, sents) -> Optional[str]:
    if sid < 0:
        return None
    a, b = sents[sid]
    cands = [t for t in tables.times if a <= t.start < b and t.type in ("DATE", "TIME") and t.date_start]
    return min(cands, key=lambda t: abs(t.start - pos)).date_start if cands else None


def evaluate(data: Path, verbose: bool = False) -> tuple[int, int, int, int]:
    from helpers.article import from_text
    from helpers.engine import analyze
    from helpers.pipeline import get_nlp

    files = sorted(data.rglob("*.tml"))
    if not files:
        raise ValueError(f"{data}: no .tml files")
    nlp = get_nlp()
    right = base = n = 0
    for path in files:
        doc = parse(path)
        tables = analyze(from_text(doc.text, article_id=doc.name, published=doc.dct), nlp=nlp)
        r, b, k = score_doc(doc, tables)
        right, base, n = right + r, base + b, n + k
        if verbose:
            print(f"{doc.name}: {r}/{k} (baseline {b}/{k}), {len(tables.events)} events")
    return right, base, n, len(files)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.evaluate anchoring")
    ap.add_argument("--data", required=True, type=Path, help="folder of TimeML .tml files (searched recursively)")
    ap.add_argument("--verbose", action="store_true", help="one line per document")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"{args.data}: not a folder", file=sys.stderr)
        return 2
    try:
        right, base, n, docs = evaluate(args.data, args.verbose)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    def share(k: int) -> str:
        return f"{k / n:.2f}" if n else "-"

    print(f"Event-time anchoring on {args.data} ({docs} documents): engine events on a gold EVENT with a "
          f"TLINK to a DATE in its sentence")
    print(f"baseline (nearest date expression in the sentence) {share(base)} ({base}/{n})")
    print(f"anchoring accuracy {share(right)} ({right}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
