"""Tone toward a target: the features, the shipped model, and the command line."""
from __future__ import annotations

import json

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
