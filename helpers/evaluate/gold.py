"""``python -m helpers.evaluate gold``: every table scored against the article gold.

Runs the engine over each gold article (``../shared/gold/dev/*.gold.json`` and the
seed's gold by default), with the gold's publication date and title, writes the
JSON Lines to ``--pred`` and scores them with ``../shared/gold/score_gold.py``, the
scorer the project is judged by. Options after ``--`` go to the scorer
(``-- --json`` for machine-readable figures).

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


def gold_files(paths: list[Path]) -> list[Path]:
    """Every ``*.gold.json`` named or inside a named folder, sorted."""
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.gold.json")) if p.is_dir() else [p])
    return out


def write_predictions(golds: list[Path], shared: Path, pred: Path) -> int:
    """Analyse the article behind each gold file; one JSON line each. Returns how many."""
    from ..article import load_one
    from ..engine import analyze

    with pred.open("w", encoding="utf-8") as out:
        for gold_path in golds:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text_path = shared / gold["article"]
            if not text_path.exists():
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
    args = parser.parse_args(argv)
    scorer = args.shared / "gold" / "score_gold.py"
    if not scorer.exists():
        print(f"error: {scorer} not found (the shared folder sits beside the checkout)", file=sys.stderr)
        return 2
    golds = gold_files(args.gold or [args.shared / "gold" / "dev", args.shared / "gold" / "kremlin-summit.gold.json"])
    args.pred.parent.mkdir(parents=True, exist_ok=True)
    write_predictions(golds, args.shared, args.pred)
    cmd = [sys.executable, str(scorer), "--gold", *map(str, golds), "--pred", str(args.pred),
           "--texts", str(args.shared), *extra]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
