"""Decide stance rules by article-level cross-validation on the training annotations.

    python scripts/stance_cv.py                     # totals, per-fold scores and each rule's own precision
    python scripts/stance_cv.py --ablate all        # every rule switched off in turn, judged fold by fold
    python scripts/stance_cv.py --ablate negation,min-confidence --off quote-tone --diff   # with the rows each changes
    python scripts/stance_cv.py --errors quote-evaluation   # the rows one rule made, right or wrong
    python scripts/stance_cv.py --threshold quoted.TONE_MIN=0.6,0.7 --bins   # a module constant; rows by confidence
    python scripts/stance_cv.py --verify            # the cached run equals a fresh pipeline run (exit 1 if not)
    python scripts/stance_cv.py --events            # rows the events table would add alone, by category

The PolNeAR-train articles of ``data/annotations/train-gold`` (243 since 2026-12-08) are parsed once (spaCy DocBins kept in
``--cache``, with each Doc's ``tensor``, which a DocBin drops and the tone model reads) and their tables
built once; only the stances are made again for each setting of the rules (``HELPERS_STANCE_RULES_OFF`` /
``_ON`` semantics, through ``rules.switched_off``); ``--verify`` checks that this equals a fresh run of the
pipeline (every rule at its default). Each polar row
is scored with the project's scorer (``../shared/gold/score_gold.py``, imported): right (it matches a
required gold stance), wrong (it matches none) or optional (it matches only optional ones), and is
credited to the rule of its strongest evidence (``stances.explain``).

The articles are split into ``--folds`` folds by their sorted position. A rule is judged by switching
it off (or on, when it is off by default): in each fold the net value of the rows, ``right - k * wrong``
with ``k = p / (1 - p)`` for ``p = --min-precision`` (0.7), is compared with the rule on and off, so a
change gains only when the rows it adds are right at least ``p`` of the time (or the rows it removes are
not). The verdict ``keep`` needs the rule to help in at least 4 folds, or, for a rare rule that changes
fewer folds, to hurt in none; a rule that makes rows also needs its own precision across train (rows
whose strongest evidence it gave) to reach ``p`` when it made at least 5 rows. Everything else is
``drop``: switch it off by default, or demote its evidence below ``MIN_CONFIDENCE``. Only training data
is read; the dev gold is never touched here.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from helpers.evaluate.gold import load_scorer, stance_hits

ROOT = Path(__file__).resolve().parents[1]

GOLD = ROOT / "data" / "annotations" / "train-gold"
TEXTS = ROOT.parent / "shared" / "eval" / "polnear-train" / "text"


#: bump when what the cache keeps changes, so that an older cache is parsed again rather than trusted
CACHE_FORMAT = "2"


def parsed(nlp, article, cache: Path):
    """The article's Doc, kept in ``cache`` between runs as a DocBin plus the Doc's ``tensor``.

    A DocBin keeps the annotations and the extension values but not ``doc.tensor``, the parser's
    contextual vectors, which the tone model of the stances reads (``helpers.tone``); without it the
    cached articles would get other quote tones, hence other stances, than the pipeline's fresh parse.
    """
    import numpy as np
    from spacy.tokens import DocBin

    from helpers.engine import parse

    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1((CACHE_FORMAT + "\0" + article.text).encode("utf-8")).hexdigest()[:20]
    path, tensor = cache / (key + ".spacy"), cache / (key + ".tensor.npy")
    if path.exists() and tensor.exists():
        doc = next(iter(DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab)))
        doc.tensor = np.load(tensor, allow_pickle=False)
        return doc
    doc = parse(nlp, article)
    DocBin(store_user_data=True, docs=[doc]).to_disk(path)
    np.save(tensor, doc.tensor, allow_pickle=False)
    return doc


def load(cache: Path, gold_dir: Path = GOLD, texts: Path = TEXTS):
    """(name, gold, doc, article, tables, prediction dict) for every training article."""
    from helpers.article import load_one
    from helpers.engine import build_tables
    from helpers.pipeline import get_nlp

    sg = load_scorer()
    nlp = get_nlp()
    out = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = sg.Gold(path, texts)
        g = gold.g
        article = load_one(str(texts / Path(g["article"]).name), published=g.get("published"), title=g.get("title"))
        doc = parsed(nlp, article, cache)
        tables = build_tables(doc, article)
        out.append((path.name, gold, doc, article, tables, json.loads(tables.to_json())))
    return sg, out


def score_rows(sg, gold, pred_doc, rows):
    """Each polar row with its verdict (right, wrong, optional) and the required gold rows found."""
    pred_doc = dict(pred_doc, stances=[r for r, _ in rows])
    pred = sg.Pred(pred_doc)
    golds = gold.g.get("stances", [])
    found, verdicts = set(), []
    for s, rule in zip(pred_doc["stances"], [rule for _, rule in rows]):
        if s.get("label", "neutral") == "neutral":
            continue
        hits = stance_hits(sg, gold, pred, s)
        found.update(hits)
        verdict = "right" if any(not golds[j].get("optional") for j in hits) else "optional" if hits else "wrong"
        verdicts.append((s, rule, verdict))
    required = {j for j, g in enumerate(golds) if not g.get("optional")}
    return verdicts, len(found & required), len(required)


def run(sg, articles, off=(), on=()):
    """Per article: (verdicts, found, required) with the given rules switched off / on."""
    from helpers import stances
    from helpers.stances import rules
    from helpers.tables import _row as record_dict

    out = []
    with rules.switched_off(*off), rules.switched_on(*on):
        for _name, gold, doc, article, tables, pred in articles:
            rows = [(dict(record_dict(r), cue=doc.text[e.offset:e.offset + 24].split("\n")[0]), e.rule)
                    for r, e in stances.explain(doc, article, tables)]
            out.append(score_rows(sg, gold, pred, rows))
    return out


def verify(sg, articles) -> int:
    """Parse every article afresh through the pipeline (``helpers.engine.analyze``) and compare its stances
    and their totals with the cached run's, every rule at its default: 0 when equal, 1 otherwise."""
    from helpers.engine import analyze

    cached = run(sg, articles)
    fresh, differ = Counter(), []
    for (name, gold, _doc, article, _tables, _pred), (verdicts, _, _) in zip(articles, cached):
        pred = json.loads(analyze(article).to_json())
        score = sg.score_stances(gold, sg.Pred(pred))
        fresh.update(right=score["pred_right"], wrong=score["fp"], found=score["found"])
        polar = [s for s in pred["stances"] if s.get("label", "neutral") != "neutral"]
        if [{k: v for k, v in s.items() if k != "cue"} for s, _, _ in verdicts] != polar:
            differ.append(name)
    t = totals(cached)
    print(f"cached: {t['right']} right, {t['wrong']} wrong, {t['found']} gold found")
    print(f"fresh:  {fresh['right']} right, {fresh['wrong']} wrong, {fresh['found']} gold found")
    for name in differ:
        print(f"  stances differ: {name}")
    same = not differ and (t["right"], t["wrong"], t["found"]) == (fresh["right"], fresh["wrong"], fresh["found"])
    print("verify:", "the cached run equals the fresh pipeline" if same else "MISMATCH")
    return 0 if same else 1


def totals(results):
    right = sum(v == "right" for r in results for _, _, v in r[0])
    wrong = sum(v == "wrong" for r in results for _, _, v in r[0])
    found, req = sum(r[1] for r in results), sum(r[2] for r in results)
    p = right / (right + wrong) if right + wrong else 0.0
    rec = found / req if req else 0.0
    f05 = 1.25 * p * rec / (0.25 * p + rec) if p and rec else 0.0
    return {"right": right, "wrong": wrong, "found": found, "required": req, "P": p, "R": rec, "F0.5": f05,
            "net": right - PENALTY[0] * wrong}


#: what a wrong row costs against a right one: p / (1 - p) for the precision floor p (set in main)
PENALTY = [0.7 / 0.3]


def folds(results, k):
    return [totals([r for i, r in enumerate(results) if i % k == f]) for f in range(k)]


def fmt(t):
    return (f"P {t['P']:.3f} R {t['R']:.3f} F0.5 {t['F0.5']:.3f} net {t['net']:.1f} "
            f"({t['right']} right, {t['wrong']} wrong; {t['found']}/{t['required']} gold found)")


def rule_precision(results):
    counts: dict[str, Counter] = defaultdict(Counter)
    for verdicts, _, _ in results:
        for _, rule, v in verdicts:
            counts[rule][v] += 1
    return counts


def verdict(base_folds, off_folds, own: Counter | None, min_precision: float):
    helps = sum(b["net"] > o["net"] + 1e-9 for b, o in zip(base_folds, off_folds))
    hurts = sum(b["net"] < o["net"] - 1e-9 for b, o in zip(base_folds, off_folds))
    made = 0 if own is None else own["right"] + own["wrong"]
    precise = made < 5 or own["right"] / made >= min_precision
    keep = (helps >= 4 or (helps and not hurts)) and precise
    return helps, hurts, "keep" if keep else "drop"


def constant(name: str):
    """The module and attribute a ``--threshold`` name points at: ``MIN_CONFIDENCE`` is
    ``helpers.stances.MIN_CONFIDENCE``, ``quoted.TONE_MIN`` is ``helpers.stances.quoted.TONE_MIN``."""
    import importlib

    module, _, attr = name.rpartition(".")
    mod = importlib.import_module("helpers.stances" + ("." + module if module else ""))
    if not hasattr(mod, attr):
        raise SystemExit(f"no constant {name!r} in {mod.__name__}")
    return mod, attr


def deltas(on_folds, off_folds) -> str:
    """The net value the setting adds in each fold, as signed numbers: '+2.0 -2.3 0 0 +1.0'."""
    out = []
    for a, b in zip(on_folds, off_folds):
        d = a["net"] - b["net"]
        out.append("0" if abs(d) < 1e-9 else f"{d:+.1f}")
    return " ".join(out)


def row_key(s) -> tuple:
    return (s["holder_id"], s["target"], s["label"])


def diff(articles, on_res, off_res) -> list[tuple[str, str, dict, str]]:
    """The polar rows one setting makes and the other does not: (side, article, row, verdict), side
    ``+`` for a row only with the rule on, ``-`` for one only with it off."""
    out = []
    for (name, *_), (a, _, _), (b, _, _) in zip(articles, on_res, off_res):
        keys_a, keys_b = {row_key(s) for s, _, _ in a}, {row_key(s) for s, _, _ in b}
        out += [("+", name, s, v) for s, _, v in a if row_key(s) not in keys_b]
        out += [("-", name, s, v) for s, _, v in b if row_key(s) not in keys_a]
    return out


def judge_threshold(sg, articles, base, args, off, on) -> None:
    """Each value of ``--threshold NAME=V1,V2`` against the current one, fold by fold."""
    name, values = args.threshold.split("=", 1)
    mod, attr = constant(name)
    current = getattr(mod, attr)
    print(f"\n{name} (now {current}; {args.folds} folds, net value; verdict):")
    for value in (float(v) for v in values.split(",")):
        setattr(mod, attr, value)
        try:
            other = run(sg, articles, off, on)
        finally:
            setattr(mod, attr, current)
        helps, hurts, v = verdict(folds(other, args.folds), folds(base, args.folds), None, args.min_precision)
        print(f"  {name}={value}: helps {helps} hurts {hurts} -> {'adopt' if v == 'keep' else 'reject'} "
              f"[{deltas(folds(other, args.folds), folds(base, args.folds))}] | {fmt(totals(other))}")


#: the confidence bins of ``--bins``: lower bounds, each bin up to the next
BINS = (0.0, 0.55, 0.6, 0.7, 0.8, 0.85, 0.9)


def by_confidence(results, bins=BINS) -> list[tuple[float, Counter]]:
    """Right / wrong / optional polar rows by the row's confidence, per bin of ``bins``."""
    counts = [Counter() for _ in bins]
    for verdicts, _, _ in results:
        for s, _, v in verdicts:
            k = max(i for i, lo in enumerate(bins) if s["confidence"] >= lo - 1e-9)
            counts[k][v] += 1
    return list(zip(bins, counts))


#: the sign a category of the events table would give a stance (``--events``): the categories of
#: ``structure.EVENT_SIGN`` and the other PLOVER categories of the gold guide with a side
EVENT_CATEGORY_SIGN = {"SUPPORT": 1, "AID": 1, "AGREE": 1, "COOPERATE": 1, "CONCEDE": 1, "DISAPPROVE": -1,
                       "ACCUSE": -1, "REJECT": -1, "THREATEN": -1, "SANCTION": -1, "ASSAULT": -1, "PROTEST": -1,
                       "COERCE": -1}


def event_rows(sg, articles, base) -> list[dict]:
    """The rows the engine's own events would make alone: per article, one per holder, target and sign of an
    asserted event with an actor agent and an actor or country target (the filters of
    ``structure.event_evidence``), left out where the rules already make that row or one of the other sign
    for the pair; each with its category, whether its predicate is a stance predicate of the lexicon, its fold
    position and its verdict."""
    from helpers.evaluate.gold import stance_hits
    from helpers.stances.structure import ISO3, Context, actor_target
    from helpers.stances.weights import is_stance_predicate

    out = []
    for i, ((name, gold, doc, _article, tables, pred), (verdicts, _, _)) in enumerate(zip(articles, base)):
        made = {(s["holder_id"], s["target"]) for s, _, _ in verdicts}
        ctx, seen = Context.build(doc, tables), set()
        golds = gold.g.get("stances", [])
        for e in tables.events:
            sign = EVENT_CATEGORY_SIGN.get(e.category)
            if not sign or e.modality != "asserted" or not e.actor_id or e.actor_id not in ctx.actors \
                    or not e.target or e.target == e.actor_id:
                continue
            key, kind = actor_target(ctx, e.target) if e.target in ctx.actors else (e.target, "country")
            offset = e.trigger_start if e.trigger_start is not None else (e.start or 0)
            if not (e.target in ctx.actors or ISO3.match(e.target)) or tables.is_boilerplate(offset) \
                    or (kind == "country" and key == ctx.actors[e.actor_id].country):
                continue
            row = {"holder_id": e.actor_id, "target": key, "target_kind": kind,
                   "label": "support" if sign > 0 else "oppose", "holder_country": ctx.actors[e.actor_id].country}
            if (e.actor_id, key) in made or (e.actor_id, key, sign) in seen:
                continue
            seen.add((e.actor_id, key, sign))
            hits = stance_hits(sg, gold, sg.Pred(pred), row)
            verdict = "right" if any(not golds[j].get("optional") for j in hits) else "optional" if hits else "wrong"
            out.append(dict(row, article=name, fold=i, category=e.category, verdict=verdict,
                            stance_predicate=is_stance_predicate(e.predicate), text=e.text))
    return out


def print_event_rows(rows, k: int) -> None:
    """``--events``: the rows of ``event_rows`` by category and by whether the trigger is a stance predicate,
    right / wrong / optional-only in each fold and in all."""
    groups: dict[tuple, list[Counter]] = defaultdict(lambda: [Counter() for _ in range(k)])
    for r in rows:
        for key in ((r["category"], r["stance_predicate"]), (r["category"], "any"), ("ALL", r["stance_predicate"]),
                    ("ALL", "any")):
            groups[key][r["fold"] % k][r["verdict"]] += 1
    print(f"\nrows the events alone would add (asserted, actor agent, actor/country target; {k} folds "
          "right/wrong; in all right/wrong/optional, precision):")
    for (cat, sp), per in sorted(groups.items(), key=lambda kv: (kv[0][0] == "ALL", -sum(sum(c.values()) for c in kv[1]))):
        total = sum(per, Counter())
        n = total["right"] + total["wrong"]
        label = "stance predicate" if sp is True else "other predicate" if sp is False else "any predicate"
        folds_txt = " ".join(f"{c['right']}/{c['wrong']}" for c in per)
        print(f"  {cat:11s} {label:17s} [{folds_txt}]  {total['right']:3d} {total['wrong']:3d} {total['optional']:3d}  "
              f"{total['right'] / max(1, n):.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "stance-cv", help="parsed articles (DocBins)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--off", default="", help="rules switched off in every run")
    ap.add_argument("--on", default="", help="rules off by default switched on in every run")
    ap.add_argument("--ablate", default="", help="'all' or rule names: each switched off (or on, when off by "
                                                 "default) in turn and judged by the folds")
    ap.add_argument("--threshold", default="", help="NAME=V1,V2: a constant of helpers.stances (MIN_CONFIDENCE, "
                                                    "BAND) or of one of its modules (quoted.TONE_MIN) set to each "
                                                    "value in turn and judged by the folds")
    ap.add_argument("--diff", action="store_true", help="with --ablate: list the rows each rule adds (+) or "
                                                        "removes (-), with their verdicts")
    ap.add_argument("--bins", action="store_true", help="precision of the polar rows by confidence bin")
    ap.add_argument("--errors", default="", help="list the rows this rule made, with their verdicts")
    ap.add_argument("--events", action="store_true", help="the rows the engine's events would add alone, by "
                                                          "category and stance predicate, fold by fold")
    ap.add_argument("--min-precision", type=float, default=0.7)
    ap.add_argument("--verify", action="store_true", help="parse the articles afresh, compare the stances with the "
                                                          "cached run's (every rule at its default); exit 1 on a "
                                                          "difference")
    args = ap.parse_args(argv)
    PENALTY[0] = args.min_precision / (1 - args.min_precision)
    os.environ.pop("HELPERS_STANCE_RULES_OFF", None)
    from helpers.stances import rules

    off = [n for n in args.off.split(",") if n]
    on = [n for n in args.on.split(",") if n]
    sg, articles = load(args.cache)
    if args.verify:
        return verify(sg, articles)
    base = run(sg, articles, off, on)
    base_folds = folds(base, args.folds)
    print("train", fmt(totals(base)))
    for i, f in enumerate(base_folds):
        print(f"  fold {i}", fmt(f))
    own = rule_precision(base)
    print("\nrows by the rule of their strongest evidence (right / wrong / optional-only, precision):")
    for rule, c in sorted(own.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {rule:32s} {c['right']:4d} {c['wrong']:4d} {c['optional']:4d}  "
              f"{c['right'] / max(1, c['right'] + c['wrong']):.2f}")
    if args.errors:
        for (name, *_), (verdicts, _, _) in zip(articles, base):
            for s, rule, v in verdicts:
                if rule == args.errors:
                    print(f"{v:8s} {name[:30]:30s} {s['holder_id']} {s['label']} {s['target']} [{s['cue']}] | "
                          f"{s['evidence_text'][:200]}")
    if args.bins:
        print("\nrows by confidence (right / wrong / optional-only, precision):")
        for lo, c in by_confidence(base):
            print(f"  >= {lo:.2f}  {c['right']:4d} {c['wrong']:4d} {c['optional']:4d}  "
                  f"{c['right'] / max(1, c['right'] + c['wrong']):.2f}")
    if args.events:
        print_event_rows(event_rows(sg, articles, base), args.folds)
    if args.threshold:
        judge_threshold(sg, articles, base, args, off, on)
    names = list(rules.RULES) if args.ablate == "all" else [n for n in args.ablate.split(",") if n]
    if names:
        print(f"\nablation ({args.folds} folds; net value on vs off; verdict):")
    for name in names:
        if name in off:
            continue
        default_on = rules.RULES[name].default_on or name in on
        other = run(sg, articles, off + [name], on) if default_on else run(sg, articles, off, on + [name])
        on_res, off_res = (base, other) if default_on else (other, base)
        helps, hurts, v = verdict(folds(on_res, args.folds), folds(off_res, args.folds),
                                  rule_precision(on_res).get(name), args.min_precision)
        t_on, t_off = totals(on_res), totals(off_res)
        print(f"  {name:32s} {'on ' if default_on else 'off'} helps {helps} hurts {hurts} -> {v:4s} "
              f"[{deltas(folds(on_res, args.folds), folds(off_res, args.folds))}] | "
              f"on: {t_on['right']}/{t_on['wrong']} found {t_on['found']}  off: {t_off['right']}/{t_off['wrong']} "
              f"found {t_off['found']}", flush=True)
        for side, art, s, v in diff(articles, on_res, off_res) if args.diff else ():
            print(f"      {side} {v:8s} {art[:30]:30s} {s['holder_id']} {s['label']} {s['target']} | "
                  f"{s['evidence_text'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
