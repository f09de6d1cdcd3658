"""How far two annotators of the same articles agree, scored by the project's own scorer.

    python scripts/annotation_agreement.py data/annotations/train-gold data/annotations/agreement
    python scripts/annotation_agreement.py A B --texts ../shared/eval/polnear-train/text --rows

Every ``NAME.gold.json`` of folder B that folder A also has is read as if B were an engine's output and
scored against A with ``../shared/gold/score_gold.py`` (imported, never copied): B's actors become
predicted actors (name and aliases), its events predicted events at their trigger, its stances predicted
stances; B's optional rows are left out (a borderline row is not a claim). So the figures read like the engine's: events P/R with the agent right, the category agreement
of matched events, stance P/R, actor recall. Swapping A and B swaps P and R. The agreement of two careful
readers is the ceiling an engine can be expected to reach, and a large gap between two annotators of the
team names conventions the guide leaves open. ``--rows`` lists B's event and stance rows that A does not
have, and A's required rows that B missed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from helpers.evaluate.gold import event_assignment, load_scorer

ROOT = Path(__file__).resolve().parents[1]

ISO3 = re.compile(r"^[A-Z]{3}$")


def as_pred(g: dict, text: str) -> dict:
    """Annotation ``g`` of ``text`` in the shape of the engine's JSON line, as far as the scorer reads it."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    first = lambda x: x[0] if isinstance(x, list) else x  # noqa: E731
    actors = [{"actor_id": a["id"], "name": a["name"], "aliases": a.get("aliases", []), "kind": a.get("kind"),
               "country": first(a.get("country") or [None])} for a in g.get("actors", [])]
    ids = {a["id"] for a in g.get("actors", [])}
    events = []
    for e in [e for e in g.get("events", []) if not e.get("optional")]:
        ln = min(e.get("line", 0), len(lines) - 1)
        at = lines[ln].find(e.get("trigger") or "\0")
        s = starts[ln] + max(at, 0)
        events.append({"start": s, "end": s + max(len(e.get("trigger") or ""), 1), "trigger_start": s,
                       "actor_id": first(e.get("actor")), "category": e.get("category") or "OTHER",
                       "date": e.get("date"), "text": e.get("trigger"), "what": e.get("what"),
                       "optional": e.get("optional", False)})
    stances = []
    for s in [s for s in g.get("stances", []) if not s.get("optional")]:
        t = first(s.get("target")) or ""
        kind = "actor" if t in ids else "country" if ISO3.match(t) else "topic"
        stances.append({"holder_id": first(s.get("holder")), "target": t, "target_kind": kind,
                        "label": "support" if s.get("polarity") == 1 else "oppose", "line": s.get("line"),
                        "optional": s.get("optional", False)})
    return {"article": {"text": text}, "actors": actors, "events": events, "stances": stances, "sentences": []}


def compare(sg, a_path: Path, b_path: Path, texts: Path, show: bool) -> dict:
    gold = sg.Gold(a_path, texts)
    b = json.loads(b_path.read_text(encoding="utf-8"))
    pred = sg.Pred(as_pred(b, gold.text))
    out = {"events": sg.score_events(gold, pred), "stances": sg.score_stances(gold, pred),
           "actors": sg.score_actors(gold, pred)}
    preds, rows, assign = event_assignment(sg, gold, pred)
    cat = [(preds[i], rows[j]) for i, j in assign.items() if rows[j].get("category")]
    out["category"] = (sum(e["category"] == g["category"] for e, g in cat), len(cat))
    if show:
        print(f"== {a_path.name}")
        for i, e in enumerate(preds):
            if i not in assign:
                print(f"  B event only  L{pred.line(e['start'])} {e['actor_id']} {e['category']} {e['what']!r}")
        for j, r in enumerate(rows):
            if j not in assign.values() and not r.get("optional"):
                print(f"  A event only  L{r.get('line')} {r.get('actor')} {r.get('category')} {r.get('what')!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a", type=Path, help="the annotations read as gold")
    ap.add_argument("b", type=Path, help="the annotations read as predictions")
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "eval" / "polnear-train" / "text")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rows", action="store_true", help="list the event rows only one side has")
    args = ap.parse_args(argv)
    if not (args.shared / "gold" / "score_gold.py").exists():
        print(f"error: {args.shared}/gold/score_gold.py not found", file=sys.stderr)
        return 2
    sg = load_scorer(args.shared)
    pairs = [(args.a / p.name, p) for p in sorted(args.b.glob("*.gold.json")) if (args.a / p.name).exists()]
    if not pairs:
        print(f"error: no article annotated in both {args.a} and {args.b}", file=sys.stderr)
        return 2
    tot = {"ev": [0, 0, 0], "cat": [0, 0], "st": [0, 0, 0, 0], "ac": [0, 0]}
    for a_path, b_path in pairs:
        r = compare(sg, a_path, b_path, args.texts, args.rows)
        ev, st = r["events"], r["stances"]
        print(f"{a_path.name[:48]:48} events P {ev['P'] or 0:.2f} R {ev['R'] or 0:.2f}  "
              f"stances P {st['P'] or 0:.2f} R {st['R'] or 0:.2f}  actors R {r['actors']['recall']['value'] or 0:.2f}")
        tot["ev"] = [x + ev[k] for x, k in zip(tot["ev"], ("tp", "fp", "fn"))]
        tot["cat"] = [x + y for x, y in zip(tot["cat"], r["category"])]
        tot["st"] = [x + st[k] for x, k in zip(tot["st"], ("pred_right", "fp", "found", "fn"))]
    tp, fp, fn = tot["ev"]
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    right, wrong, found, missed = tot["st"]
    sp, sr = right / max(right + wrong, 1), found / max(found + missed, 1)
    print(f"TOTAL {len(pairs)} articles: events P {p:.2f} R {r:.2f} F1 {2 * p * r / max(p + r, 1e-9):.2f} "
          f"({tp} matched, {fp} B only, {fn} A only); category agreement {tot['cat'][0] / max(tot['cat'][1], 1):.2f}; "
          f"stances P {sp:.2f} R {sr:.2f} ({right} right, {wrong} B only; {found}/{found + missed} of A's found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
