"""``python -m helpers.train_quotes``: train the quote row classifier on polnear-train.

Runs the quote rules over every article of a PolNeAR-style folder (``--data``, default
``/work/shared/eval/polnear-train``; ``--cache DIR`` reuses parses) with the classifier switched
off and labels each reported-speech row with a speaker (see ``helpers.quotes.accept``) as the
evaluator counts it (``helpers.evaluate.quotes.one_to_one``): right only when the one-to-one, greedy
matching of the article's rows to its gold attributions pairs it with one whose source its speaker
(a mention of its actor, or its speaker span) overlaps. A row whose content a better-overlapping row
already took, or whose speaker is right only through its own span while the evaluator reads its actor,
is wrong, as it is when scored. Fits a logistic regression (scikit-learn, lbfgs: deterministic) on the
features of ``accept.features``. The threshold is the one that maximises who-said-what F1 on the
training set, estimated from five-fold out-of-fold probabilities (folds by article) and scored
exactly: the rows below a candidate threshold are taken out and every article is scored again by
the evaluator (a partial that a dropped report held then counts on its own). Writes
``data/models/quote_accept.json`` (or ``--out``). Never train on dev or test folders.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

DEFAULT_DATA = Path("/work/shared/eval/polnear-train")
#: candidate thresholds (out-of-fold probabilities below it drop the row)
GRID = tuple(round(0.01 * n, 2) for n in range(0, 80))


@dataclass
class Judged:
    """One article's rows as the evaluator reads them, and the judged ones among them."""
    gold: list
    preds: list
    text: str
    judged: list[int] = field(default_factory=list)  # indexes into preds
    feats: list[dict] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)


def labelled(gold: list, preds: list, text: str, judged: Sequence[int], feats: list[dict]) -> Judged:
    """Label the ``judged`` predictions of one article by the evaluator's one-to-one matching."""
    from .evaluate.quotes import _drop_nested_partials, one_to_one

    counted = _drop_nested_partials(preds)
    right = {id(counted[pi]) for _, pi, ok in one_to_one(gold, counted) if ok}
    return Judged(gold, preds, text, list(judged), feats, [int(id(preds[i]) in right) for i in judged])


def articles_judged(data: Path, cache: Optional[Path], limit: Optional[int] = None) -> list[Judged]:
    from . import quotes
    from .evaluate.quotes import _prepared, our_predictions
    from .quotes import accept

    out = []
    for article, gold, doc, tables in _prepared(data, limit, cache):
        # (the classifier judges the rows before complementizer-that widens them: see quotes.extract)
        tables.quotes = quotes.extract(doc, article, tables, disabled={"row-classifier", "complementizer-that"})
        judged = [i for i, q in enumerate(tables.quotes) if accept.judged(q)]
        feats = [accept.features(doc, tables.quotes[i]) for i in judged]
        out.append(labelled(gold, our_predictions(tables), article.text, judged, feats))
    return out


def totals_when_dropped(items: list[Judged], probs: list[list[float]], threshold: float) -> dict[str, int]:
    """The evaluator's totals when every judged row with a probability below ``threshold`` is dropped."""
    from .evaluate.quotes import COUNT_KEYS, score_article

    totals = {k: 0 for k in COUNT_KEYS}
    for item, p in zip(items, probs):
        drop = {i for i, pr in zip(item.judged, p) if pr < threshold}
        s = score_article(item.gold, [q for i, q in enumerate(item.preds) if i not in drop], item.text)
        for k in totals:
            totals[k] += s[k]
    return totals


def f1_of(totals: dict[str, int]) -> float:
    return 2 * totals["right"] / (totals["pred"] + totals["gold"]) if totals["pred"] + totals["gold"] else 0.0


def best_threshold(items: list[Judged], probs: list[list[float]], grid: Sequence[float] = GRID) -> tuple[float, float]:
    """The threshold of ``grid`` (and its F1) that maximises who-said-what F1, scored exactly; the
    lowest threshold wins ties, so 0.0 (keep every row) when no drop pays."""
    best = (0.0, f1_of(totals_when_dropped(items, probs, 0.0)))
    for t in grid:
        f1 = f1_of(totals_when_dropped(items, probs, t))
        if f1 > best[1] + 1e-12:
            best = (t, f1)
    return best


def _split(flat, items: list[Judged]) -> list[list[float]]:
    out, n = [], 0
    for item in items:
        out.append([float(v) for v in flat[n:n + len(item.judged)]])
        n += len(item.judged)
    return out


def _classifier(c: float):
    """The row classifier: a logistic regression with regularisation ``c`` (lbfgs: deterministic)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, solver="lbfgs", max_iter=5000)


def out_of_fold(items: list[Judged], c: float, folds: int = 5):
    """(out-of-fold probabilities per article, vectorizer, matrix, labels) for regularisation ``c``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    feats = [f for item in items for f in item.feats]
    y = np.array([v for item in items for v in item.labels])
    groups = [n for n, item in enumerate(items) for _ in item.judged]
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=folds).split(x, y, groups):
        oof[te] = _classifier(c).fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
    return _split(oof, items), vec, x, y


def train(data: Path, cache: Optional[Path], out: Path, limit: Optional[int] = None, c: float = 0.5,
          items: Optional[list[Judged]] = None) -> dict:
    items = items if items is not None else articles_judged(data, cache, limit)
    oof, vec, x, y = out_of_fold(items, c)
    threshold, f1 = best_threshold(items, oof)
    clf = _classifier(c).fit(x, y)
    coef = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-5}
    model = {"about": "quote row classifier, helpers.quotes.accept; trained by python -m helpers.train_quotes",
             "trained_on": str(data), "rows": len(y), "right_share": round(float(y.mean()), 4),
             "labels": "one-to-one, as helpers.evaluate.quotes scores",
             "f1_rules": round(f1_of(totals_when_dropped(items, oof, 0.0)), 4),
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
