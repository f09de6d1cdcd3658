"""``python -m helpers.train_quotes``: train the quote row classifier on polnear-train.

Runs the quote rules over every article of a PolNeAR-style folder (``--data``, default
``/work/shared/eval/polnear-train``; ``--cache DIR`` reuses parses) with the classifier switched
off, labels each reported-speech row with a speaker (see ``helpers.quotes.accept``) as right when
its content matches a gold attribution (the evaluator's half-overlap rule) and its speaker overlaps
that attribution's source, and fits a logistic regression (scikit-learn, lbfgs: deterministic)
on the features of ``accept.features``. The threshold is the one that maximises who-said-what F1
on the training set, estimated from five-fold out-of-fold probabilities (folds by article), so that
the threshold is not fitted to probabilities the model has already seen. Writes
``data/models/quote_accept.json`` (or ``--out``). Never train on dev or test folders.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Optional

DEFAULT_DATA = Path("/work/shared/eval/polnear-train")


def rows_and_labels(data: Path, cache: Optional[Path], limit: Optional[int] = None):
    """(features, label, article index) of every judged row, and the totals of all rows."""
    from . import quotes
    from .evaluate.quotes import _overlap, _prepared, read_ann  # noqa: F401  (read_ann via _prepared)
    from .quotes import accept

    feats, labels, groups = [], [], []
    totals = {"gold": 0, "pred": 0, "right": 0}
    for n, (article, gold, doc, tables) in enumerate(_prepared(data, limit, cache)):
        rows = quotes.extract(doc, article, tables, disabled={"row-classifier"})
        totals["gold"] += len(gold)
        totals["pred"] += len(rows)
        for q in rows:
            right = any(
                _overlap((q.start, q.end), g.content) >= 0.5 * max(g.length, q.end - q.start)
                and q.speaker_start is not None and _overlap((q.speaker_start, q.speaker_end), g.source) > 0
                for g in gold)
            totals["right"] += right
            if accept.judged(q):
                feats.append(accept.features(doc, q))
                labels.append(int(right))
                groups.append(n)
    return feats, labels, groups, totals


def best_threshold(probs, labels, totals) -> tuple[float, float]:
    """The threshold (and the F1) that maximise who-said-what F1 when rows below it are dropped."""
    pairs = sorted(zip(probs, labels))
    right, pred, gold = totals["right"], totals["pred"], totals["gold"]
    best = (0.0, 2 * right / (pred + gold))
    for p, y in pairs:
        right -= y
        pred -= 1
        f1 = 2 * right / (pred + gold)
        if f1 > best[1]:
            best = (p + 1e-9, f1)
    return best


def train(data: Path, cache: Optional[Path], out: Path, limit: Optional[int] = None, c: float = 0.5) -> dict:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    feats, labels, groups, totals = rows_and_labels(data, cache, limit)
    vec = DictVectorizer()
    x, y = vec.fit_transform(feats), np.array(labels)

    def fit(xs, ys):
        return LogisticRegression(C=c, solver="lbfgs", max_iter=5000).fit(xs, ys)

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
        oof[te] = fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
    threshold, f1 = best_threshold(oof.tolist(), labels, totals)
    clf = fit(x, y)
    coef = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-5}
    model = {"about": "quote row classifier, helpers.quotes.accept; trained by python -m helpers.train_quotes",
             "trained_on": str(data), "rows": len(y), "right_share": round(float(y.mean()), 4),
             "f1_rules": round(2 * totals["right"] / (totals["pred"] + totals["gold"]), 4),
             "f1_out_of_fold": round(f1, 4), "C": c,
             "threshold": round(threshold, 6), "intercept": round(float(clf.intercept_[0]), 5), "coef": coef}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return model


def main(argv: Optional[list[str]] = None) -> int:
    from .reference import data_path
    from .quotes.accept import MODEL_FILE

    ap = argparse.ArgumentParser(prog="python -m helpers.train_quotes", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, help="keep the parsed articles here (spaCy DocBin)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--C", type=float, default=0.5, dest="c")
    args = ap.parse_args(argv)
    if "dev" in args.data.name or "test" in args.data.name:
        ap.error("train on a training folder only")
    m = train(args.data, args.cache, args.out or data_path(*MODEL_FILE), args.limit, args.c)
    print(f"{m['rows']} judged rows ({m['right_share']:.3f} right); who-said-what F1 on the training set: "
          f"rules {m['f1_rules']:.4f}, with the classifier (out of fold) {m['f1_out_of_fold']:.4f}; "
          f"threshold {m['threshold']:.3f}, {len(m['coef'])} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
