"""List the event, stance and actor rows behind the gold scores: predicted rows that match no gold
row and gold rows that no prediction found, with the line they sit on.

    python scripts/gold_errors.py --gold data/annotations/train-gold --pred build/train-pred.jsonl \
        --texts ../shared/eval/polnear-train/text [--table events|stances|actors]

``--table actors`` (not part of ``both``) lists, per article, the duplicates (``DUP``: one gold
actor found by several predicted actors), the junk (``JUNK``: a predicted actor that matches no
gold actor and no minor entity) and the misses (``MISS``: a required gold actor no prediction
found, with the predicted mentions whose text is one of its aliases).

Use it on the training annotations (``python -m helpers.evaluate gold --split train`` writes the
predictions); the dev gold is for checking totals, not for reading errors. The matching is the
scorer's own (``../shared/gold/score_gold.py``, imported, not copied).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from helpers.evaluate.gold import event_assignment, load_scorer, stance_hits

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "score_gold.py"


def event_errors(sg, gold, pred):
    preds, rows, assign = event_assignment(sg, gold, pred)
    hit_p, hit_g = set(assign), set(assign.values())
    for i, e in enumerate(preds):
        if i not in hit_p:
            s, _ = pred.event_span(e)
            print(f"  FP line {pred.line(s)}: {e.get('category')} agent={e.get('actor_id')} "
                  f"target={e.get('target')} trigger={pred.text[e['trigger_start']:e['trigger_end']] if e.get('trigger_start') is not None else e.get('predicate')!r} mod={e.get('modality')}")
    for j, g in enumerate(rows):
        if j not in hit_g and not g.get("optional"):
            print(f"  FN line {g['line']}: {g.get('category')} actor={g.get('actor')} target={g.get('target')} "
                  f"trigger={g.get('trigger')!r} -- {g.get('what')}")
            for e in pred.doc.get("events", []):  # what the engine did put on that line
                if pred.line(pred.event_span(e)[0]) == g["line"]:
                    trig = pred.text[e["trigger_start"]:e["trigger_end"]] if e.get("trigger_start") is not None else ""
                    print(f"      had {e.get('category')} agent={e.get('actor_id')} trigger={trig!r} "
                          f"mod={e.get('modality')}")


def stance_errors(sg, gold, pred):
    rows = gold.g.get("stances", [])
    found = set()
    for s in pred.doc.get("stances", []):
        if s.get("label", "neutral") == "neutral":
            continue
        hits = stance_hits(sg, gold, pred, s)
        found.update(hits)
        if not hits:
            print(f"  FP {s['holder_id']} {s['label']} {s.get('target')} ({s.get('target_kind')}) "
                  f"conf={s.get('confidence')} :: {(s.get('evidence_text') or '')[:140]!r}")
    for j, g in enumerate(rows):
        if j not in found and not g.get("optional"):
            print(f"  FN line {g['line']}: {g['holder']} {'+' if g['polarity'] > 0 else '-'} {g['target']}")


def actor_errors(sg, gold, pred):
    def show(pid):
        a = pred.actors[pid]
        texts = sorted({m["text"] for m in pred.doc.get("mentions", []) if m["actor_id"] == pid})
        return f"{a.get('name')!r} [{a.get('kind')}] {texts[:6]}"
    found = {gid: [pid for pid in pred.actors if sg.is_actor(gold, gid, pred, pid)] for gid in gold.actors}
    for gid, pids in found.items():
        if len(pids) > 1:
            print(f"  DUP {gold.actors[gid]['name']!r} [{gold.actors[gid].get('kind')}]: "
                  + " | ".join(show(p) for p in pids))
    for pid in pred.actors:
        if not any(pid in f for f in found.values()) and not pred.names(pid) & gold.minor:
            print(f"  JUNK {show(pid)}")
    for gid, a in gold.actors.items():
        if found[gid] or a.get("optional"):
            continue
        keys = {sg.norm_name(x) for x in [a["name"]] + a.get("aliases", [])}
        near = sorted({f"{m['text']}->{m['actor_id']}" for m in pred.doc.get("mentions", [])
                       if sg.norm_name(m["text"]) in keys})
        print(f"  MISS {a['name']!r} [{a.get('kind')}] aliases={a.get('aliases', [])[:6]} near={near[:4]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--texts")
    ap.add_argument("--table", choices=["events", "stances", "actors", "both"], default="both")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"error: {SCORER} not found", file=sys.stderr)
        return 2
    sg = load_scorer()
    files = [f for g in map(Path, args.gold) for f in (sorted(g.glob("*.gold.json")) if g.is_dir() else [g])]
    docs = [json.loads(ln) for ln in Path(args.pred).read_text(encoding="utf-8").splitlines() if ln.strip()]
    for f in files:
        gold = sg.Gold(f, args.texts)
        doc = next((d for d in docs if d["article"].get("text") == gold.text), None)
        if doc is None:
            continue
        pred = sg.Pred(doc)
        print(f"== {gold.stem}")
        if args.table in ("events", "both"):
            event_errors(sg, gold, pred)
        if args.table in ("stances", "both"):
            stance_errors(sg, gold, pred)
        if args.table == "actors":
            actor_errors(sg, gold, pred)
    return 0


if __name__ == "__main__":
    sys.exit(main())
