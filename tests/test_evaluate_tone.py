"""The NewsMTSC tone scorer: F1 arithmetic, the split rule, and a run on a small made-up file."""
from __future__ import annotations

import json

import pytest

from helpers.evaluate import tone as ev
from helpers.train_tone import is_heldout, read_rows, select


def test_f1_scores_by_hand():
    gold = ["negative", "negative", "neutral", "positive"]
    pred = ["negative", "neutral", "neutral", "negative"]
    s = ev.f1_scores(gold, pred)
    assert s["negative"] == pytest.approx(0.5)  # p 1/2, r 1/2
    assert s["neutral"] == pytest.approx(2 / 3)  # p 1/2, r 1
    assert s["positive"] == 0.0
    assert s["macro"] == pytest.approx((0.5 + 2 / 3) / 3)
    with pytest.raises(ValueError):
        ev.f1_scores(["negative"], [])


def test_split_is_by_sentence_hash():
    sentences = [f"Sentence number {i} about the summit." for i in range(400)]
    held = [s for s in sentences if is_heldout(s)]
    assert 0.10 < len(held) / len(sentences) < 0.26
    assert all(is_heldout(s) for s in held)  # deterministic


def test_vader_baseline_labels():
    assert ev.vader_label("This is a wonderful, great success.") == "positive"
    assert ev.vader_label("A horrible, deadly disaster.") == "negative"
    assert ev.vader_label("The meeting is on Tuesday.") == "neutral"


def _rows(tmp_path):
    lines = [
        {"sentence_normalized": "Critics praised Merkel for her brave and wise leadership.",
         "targets": [{"from": 16, "to": 22, "mention": "Merkel", "polarity": 6.0}]},
        {"sentence_normalized": "Starmer said Putin is a liar who has been stalling.",
         "targets": [{"from": 13, "to": 18, "mention": "Putin", "polarity": 2.0},
                     {"from": 0, "to": 7, "mention": "Starmer", "polarity": 4.0}]},
    ]
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_on_a_small_file(tmp_path, capsys):
    path = _rows(tmp_path)
    assert len(select(read_rows(path), "all")) == 2
    result = ev.evaluate(path, split="all")
    assert result["n_targets"] == 3 and result["n_sentences"] == 2
    assert 0 <= result["ours"]["macro"] <= 1 and 0 <= result["vader"]["macro"] <= 1
    assert result["model"] == "ensemble" and 0 <= result["linear"]["macro"] <= 1
    assert ev.main(["--data", str(path), "--split", "all"]) == 0
    out = capsys.readouterr().out
    assert "ours (target-aware) ensemble" in out and "linear member alone" in out and "VADER" in out


def test_linear_setting_scores_the_linear_member(tmp_path, monkeypatch):
    path = _rows(tmp_path)
    monkeypatch.setenv("HELPERS_TONE_MODEL", "linear")
    result = ev.evaluate(path, split="all")
    assert result["model"] == "linear" and result["ours"] == result["linear"]


def test_bad_data_exits_2(tmp_path, capsys):
    assert ev.main(["--data", str(tmp_path / "missing.jsonl")]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{\"x\": 1}\n", encoding="utf-8")
    assert ev.main(["--data", str(bad), "--split", "all"]) == 2


def test_heldout_figures_on_newsmtsc(shared_dir):
    path = shared_dir / "eval" / "newsmtsc-train" / "train.jsonl"
    if not path.exists():
        pytest.skip("NewsMTSC is absent")
    rows = select(read_rows(path), "heldout")
    assert 1200 < len(rows) < 1600  # the fixed split: about 18 % of 7,758 sentences
