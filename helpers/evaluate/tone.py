"""``python -m helpers.evaluate tone --data train.jsonl [--split heldout|all|train]``

Scores the tone-toward-a-target model on NewsMTSC-style JSON Lines and prints,
on the same targets, the ensemble (``ours``; or the linear model alone when
HELPERS_TONE_MODEL=linear), its linear member alone, and VADER's compound score of
the whole sentence thresholded at +-0.05 (the common baseline): macro-F1 over
negative / neutral / positive and the F1 of each class. ``--split heldout`` (the default) keeps the sentences that
``helpers.train_tone`` held out of training (see its docstring for the hash rule).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from ..tone import LABELS

VADER_THRESHOLD = 0.05


def f1_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = LABELS) -> dict[str, float]:
    """Per-class F1 and their unweighted mean (``macro``)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    out: dict[str, float] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out["macro"] = sum(out[label] for label in labels) / len(labels)
    return out


def vader_label(sentence: str, *, threshold: float = VADER_THRESHOLD) -> str:
    from ..tone import vader_compound

    c = vader_compound(sentence)
    return "positive" if c >= threshold else "negative" if c <= -threshold else "neutral"


def evaluate(path: Path | str, *, split: str = "heldout", model: Optional[Path] = None) -> dict:
    """Gold labels, our predictions (ensemble and linear member) and VADER's for every target of the split."""
    from .. import tone
    from ..train_tone import examples, read_rows, select

    rows = select(read_rows(path), split)
    weights = tone.load_model(Path(model) if model else None)
    gold, linear, vader, p_lr, feats, spans = [], [], [], [], [], []
    cache: dict[str, str] = {}
    for f, label, target, sentence in examples(rows):
        gold.append(label)
        p = tone.probabilities(f, model=weights)
        p_lr.append(p)
        linear.append(tone.tone_from_probabilities(p).label)
        feats.append(f)
        spans.append((sentence, int(target["from"]), int(target["to"])))
        # VADER sees only the sentence, so every target of a sentence gets its one label
        if sentence not in cache:
            cache[sentence] = vader_label(sentence)
        vader.append(cache[sentence])
    kind = tone.model_kind()
    ours = linear if kind == "linear" else _ensemble_labels(spans, feats, p_lr)
    return {"split": split, "n_sentences": len(rows), "n_targets": len(gold), "model": kind,
            "ours": f1_scores(gold, ours), "linear": f1_scores(gold, linear), "vader": f1_scores(gold, vader)}


def _ensemble_labels(spans: list[tuple[str, int, int]], feats: list[dict], p_lr: list[dict]) -> list[str]:
    from .. import tone

    return [tone.tone_from_probabilities(p).label for p in tone.ensemble_probabilities(spans, feats, p_lr)]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.evaluate tone", description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="NewsMTSC JSON Lines (sentence_normalized, targets)")
    parser.add_argument("--split", choices=("heldout", "all", "train"), default="heldout")
    parser.add_argument("--model", type=Path, help="a tone.json.gz other than data/models/tone.json.gz")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.data, split=args.split, model=args.model)
    except (ValueError, FileNotFoundError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"NewsMTSC tone, split={result['split']}: {result['n_targets']} targets in {result['n_sentences']} sentences")
    print(f"{'system':<36}{'macro-F1':>9}" + "".join(f"{lab:>10}" for lab in LABELS))
    ours_name = "ours (target-aware)" + (" ensemble" if result["model"] == "ensemble" else " linear")
    for name, key in ((ours_name, "ours"), ("  its linear member alone", "linear"),
                      (f"VADER compound +-{VADER_THRESHOLD}", "vader")):
        s = result[key]
        print(f"{name:<36}{s['macro']:>9.3f}" + "".join(f"{s[lab]:>10.3f}" for lab in LABELS))
    return 0
