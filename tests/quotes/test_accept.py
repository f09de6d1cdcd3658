"""The learned row check (helpers.quotes.accept) and its trainer (helpers.train_quotes)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import train_quotes
from helpers.evaluate.quotes import Gold, Pred
from helpers.quotes import accept

from .support import brief, run_example


def test_features_read_the_cue_the_speaker_and_the_content(nlp):
    rows, _ = run_example(nlp, "The senator said that the budget was balanced.", disabled={"row-classifier"})
    doc = nlp("The senator said that the budget was balanced.")
    (q,) = [q for q in rows if q.kind == "indirect"]
    f = accept.features(doc, q)
    assert f["cue=say"] == 1.0 and f["kind=indirect"] == 1.0 and f["class=speech"] == 1.0
    assert f["spk_side=before"] == 1.0 and f["cue_side=before"] == 1.0
    assert f["content_under_cue=True"] == 1.0


def test_features_read_where_the_content_stops(nlp):
    text = "The senator said that the budget was balanced, and the mayor said it was not."
    # the classifier reads the rows as the rules leave them, before complementizer-that
    rows, _ = run_example(nlp, text, disabled={"row-classifier", "complementizer-that"})
    doc = nlp(text)
    first = min((q for q in rows if q.kind == "indirect"), key=lambda q: q.start)
    f = accept.features(doc, first)
    assert first.text.startswith("the budget was balanced")
    table, _ = run_example(nlp, text)
    assert min((q for q in table if q.kind == "indirect"), key=lambda q: q.start).text.startswith("that the budget")
    assert f["before=SCONJ"] == 1.0  # "that"
    whole = accept.features(doc, first.__class__(**{**first.__dict__, "end": len(text) - 1}))
    assert whole["inner_report=True"] == 1.0 and whole["commas=1"] == 1.0
    assert f["inner_report=False"] == 1.0


def test_only_reported_speech_with_a_speaker_is_judged(nlp):
    text = "“We will win,” the mayor said. She said the city would grow."
    rows, _ = run_example(nlp, text, disabled={"row-classifier"})
    kinds = {q.kind: accept.judged(q) for q in rows}
    assert kinds == {"direct": False, "indirect": True}


def test_a_row_below_the_threshold_is_dropped_and_the_ids_renumbered(nlp, monkeypatch):
    text = "The senator said that the budget was balanced. “We will win,” the mayor said."
    kept, _ = run_example(nlp, text)
    assert any(q.kind == "indirect" for q in kept)
    monkeypatch.setattr(accept, "model", lambda: {"intercept": -50.0, "coef": {}, "threshold": 0.5})
    rows, counts = run_example(nlp, text)
    assert counts["row-classifier"] == 1
    assert [q.kind for q in rows] == ["direct"] and rows[0].quote_id == "q1"
    monkeypatch.setattr(accept, "model", lambda: None)  # no model file: every row stays
    assert brief(run_example(nlp, text)[0]) == brief(kept)


def test_the_committed_model_is_small_and_trained_on_train_only():
    path = Path(__file__).resolve().parents[2] / "data" / "models" / "quote_accept.json"
    assert path.stat().st_size < 2_000_000
    model = json.loads(path.read_text())
    assert "train" in model["trained_on"] and "dev" not in model["trained_on"]
    assert 0.0 < model["threshold"] < 1.0 and model["coef"]


def _article(probs_right_first):
    text = "x" * 60
    gold = [Gold(content=[(0, 10)], source=[(20, 25)])]
    preds = [Pred(0, 10, "indirect", [(20, 25)], "a"), Pred(30, 40, "indirect", [(50, 55)], "b")]
    item = train_quotes.labelled(gold, preds, text, [0, 1], [{}, {}])
    return item, [probs_right_first]


def test_labels_follow_the_evaluators_one_to_one_matching():
    gold = [Gold(content=[(0, 10)], source=[(20, 25)])]
    # both rows overlap the one attribution by half or more and name its source: only the closer one counts
    preds = [Pred(0, 8, "indirect", [(20, 25)], "a"), Pred(0, 10, "indirect", [(20, 25)], "a"),
             Pred(0, 10, "indirect", [(40, 45), (21, 22)], "c")]
    item = train_quotes.labelled(gold, preds, "x" * 60, [0, 1, 2], [{}, {}, {}])
    assert item.labels == [0, 1, 0]
    # the speaker is right through any mention of its actor, as scored
    item = train_quotes.labelled(gold, preds[2:], "x" * 60, [0], [{}])
    assert item.labels == [1]


def test_the_threshold_drops_only_what_raises_f1():
    item, probs = _article([0.9, 0.1])  # the wrong row is the unlikely one: dropping it pays
    threshold, f1 = train_quotes.best_threshold([item], probs)
    assert f1 == pytest.approx(1.0) and 0.1 < threshold <= 0.9
    item, probs = _article([0.1, 0.9])  # dropping the unlikely row would lose the right one
    threshold, f1 = train_quotes.best_threshold([item], probs)
    assert threshold == 0.0 and f1 == pytest.approx(2 / 3)


def test_training_on_a_dev_folder_is_refused(tmp_path):
    with pytest.raises(SystemExit):
        train_quotes.main(["--data", str(tmp_path / "polnear-dev")])
