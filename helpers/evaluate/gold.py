"""``python -m helpers.evaluate gold``: every table scored against the article gold.

Runs the engine over each gold article (``../shared/gold/dev/*.gold.json`` and the
seed's gold by default), with the gold's publication date and title, writes the
JSON Lines to ``--pred`` and scores them with ``../shared/gold/score_gold.py``, the
scorer the project is judged by. Options after ``--`` go to the scorer
(``-- --json`` for machine-readable figures). ``--split train`` scores the team's
own annotations of PolNeAR-train articles (``data/annotations/train-gold``,
events, stances and actors only): that is the set to tune event and stance rules on.
``--split check`` scores blind annotations of other PolNeAR-train articles
(``data/annotations/train-check``), which no rule was tuned on: a train figure far above
the check figure means rules fitted to the train articles.

The gold articles are development data: read the totals to check that a change
made on the training splits carries over, not to find rules.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ANNOTATIONS = Path(__file__).resolve().parents[2] / "data" / "annotations" / "train-gold"
#: fresh annotations of other PolNeAR-train articles, made blind to the guide and never tuned on
CHECK = ANNOTATIONS.parent / "train-check"


def load_scorer(shared: Path = SHARED):
    """The shared scorer ``score_gold.py`` as a module (imported from ``shared``, never copied)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_gold", shared / "gold" / "score_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def stance_hits(sg, gold, pred, row: dict) -> list[int]:
    """Indices of the gold stances a predicted polar ``row`` matches, by the scorer's own tests
    (``sg``: the module ``load_scorer`` gives): same sign, holder and target."""
    sign = 1 if row["label"] == "support" else -1
    return [j for j, g in enumerate(gold.g.get("stances", [])) if g.get("polarity") == sign
            and sg.holder_ok(gold, g["holder"], pred, row)
            and any(sg.target_ok(gold, x, pred, row) for x in [g["target"]] + g.get("target_aliases", []))]


def event_assignment(sg, gold, pred) -> tuple[list[dict], list[dict], dict[int, int]]:
    """The scorer's own event matching: (scored predictions, gold rows, {prediction: gold row}).

    ``sg.score_events`` is run with its ``greedy`` watched, so the pairs are exactly the ones
    behind the scores (an earlier first-fit listing reported matched gold rows as missed)."""
    seen: dict[int, int] = {}
    greedy = sg.greedy

    def watch(pairs):
        seen.update(out := greedy(pairs))
        return out

    sg.greedy = watch
    try:
        sg.score_events(gold, pred)
    finally:
        sg.greedy = greedy
    preds = [e for e in pred.doc.get("events", [])
             if e.get("category") != "STATEMENT" and e.get("modality") != "hypothetical"]
    return preds, gold.g.get("events", []), seen


def gold_files(paths: list[Path]) -> list[Path]:
    """Every ``*.gold.json`` named or inside a named folder, sorted."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.gold.json")) if p.is_dir() else [p])
    return out


def write_predictions(golds: list[Path], shared: Path, pred: Path, texts: Path | None = None) -> int:
    """Analyse the article behind each gold file; one JSON line each. Returns how many."""
    from ..article import load_one
    from ..engine import analyze

    with pred.open("w", encoding="utf-8") as out:
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = shared / gold["article"]
            if texts is not None and (texts / Path(gold["article"]).name).exists():
                text_path = texts / Path(gold["article"]).name
            elif not text_path.exists():
                text_path = gold_path.parent / Path(gold["article"]).name
            article = load_one(str(text_path), published=gold.get("published"), title=gold.get("title"))
            out.write(analyze(article).to_json() + "\n")
    return len(golds)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(prog="python -m helpers.evaluate gold", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--gold", type=Path, nargs="*", help="gold files or folders (default: dev/ and the seed)")
    parser.add_argument("--pred", type=Path, default=Path("build/gold-pred.jsonl"), help="where the JSON Lines go")
    parser.add_argument("--split", choices=["dev", "train", "check"], default="dev",
                        help="dev: the shared gold (a check); train: the team's annotations of PolNeAR-train "
                             "articles in data/annotations/train-gold (to tune on); check: blind annotations "
                             "of other PolNeAR-train articles in data/annotations/train-check (never tuned on)")
    args = parser.parse_args(argv)
    scorer = args.shared / "gold" / "score_gold.py"
    if not scorer.exists():
        print(f"error: {scorer} not found (the shared folder sits beside the checkout)", file=sys.stderr)
        return 2
    texts = args.shared
    default = [args.shared / "gold" / "dev", args.shared / "gold" / "kremlin-summit.gold.json"]
    if args.split in ("train", "check"):
        texts = args.shared / "eval" / "polnear-train" / "text"
        default = [ANNOTATIONS if args.split == "train" else CHECK]
    golds = gold_files(args.gold or default)
    if not golds:
        print(f"error: no *.gold.json files in {' '.join(map(str, args.gold or default))}", file=sys.stderr)
        return 2
    args.pred.parent.mkdir(parents=True, exist_ok=True)
    write_predictions(golds, args.shared, args.pred, texts if args.split != "dev" else None)
    cmd = [sys.executable, str(scorer), "--gold", *map(str, golds), "--pred", str(args.pred),
           "--texts", str(texts), *extra]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
