"""The team's training annotations (data/annotations/train-gold), the blind check set (train-check)
and the agreement re-annotations: well formed against their texts, and scored by the shared scorer through
``evaluate gold --split train``."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = sorted((ROOT / "data" / "annotations" / "train-gold").glob("*.gold.json"))
CHECKED = sorted((ROOT / "data" / "annotations" / "train-check").glob("*.gold.json")) + \
    sorted((ROOT / "data" / "annotations" / "agreement").glob("*.gold.json"))
TEXTS = ROOT.parent / "shared" / "eval" / "polnear-train" / "text"
ISO3 = re.compile(r"^[A-Z]{3}$")

needs_texts = pytest.mark.skipif(not TEXTS.is_dir(), reason="../shared/eval/polnear-train is not here")


def test_there_are_annotations_to_tune_on_and_to_check_with():
    assert len(ANNOTATIONS) >= 90
    assert len(CHECKED) >= 20
    # the check set holds other articles than the ones tuned on; the agreement files re-annotate tuned ones
    tuned = {p.name for p in ANNOTATIONS}
    assert not tuned & {p.name for p in CHECKED if p.parent.name == "train-check"}
    assert {p.name for p in CHECKED if p.parent.name == "agreement"} <= tuned


@needs_texts
@pytest.mark.parametrize("path", ANNOTATIONS + CHECKED, ids=lambda p: f"{p.parent.name}/{p.name[:40]}")
def test_rows_point_into_their_text_and_at_known_actors(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    lines = (TEXTS / gold["article"]).read_text(encoding="utf-8").split("\n")
    ids = {a["id"] for a in gold["actors"]}
    for e in gold.get("events", []):
        assert e["trigger"] in lines[e["line"]], (e["id"], e["trigger"])
        for who in (e["actor"] if isinstance(e["actor"], list) else [e["actor"]]):
            assert who in ids or ISO3.match(who), (e["id"], who)
    for s in gold.get("stances", []):
        assert s["holder"] in ids or ISO3.match(s["holder"]), (s["id"], s["holder"])
        assert s["polarity"] in (1, -1)
        assert 0 <= s["line"] < len(lines)


@needs_texts
def test_evaluate_gold_scores_the_training_annotations(tmp_path):
    import subprocess
    import sys

    pick = [str(p) for p in ANNOTATIONS[:2]]
    out = subprocess.run([sys.executable, "-m", "helpers.evaluate", "gold", "--split", "train", "--gold", *pick,
                          "--pred", str(tmp_path / "p.jsonl"), "--", "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stderr[-500:]
    scores = json.loads(out.stdout)
    assert len(scores["articles"]) == 2
    assert scores["total"]["events"]["tp"] + scores["total"]["events"]["fn"] > 0


@pytest.mark.skipif(not (ROOT.parent / "shared" / "gold" / "score_gold.py").is_file(), reason="../shared is not here")
def test_event_assignment_is_the_scorers_own_matching(tmp_path):
    """The error listing's pairs are the scorer's: a prediction that could match an optional gold
    row first is given to the required row with its category, as the scores count it."""
    from helpers.evaluate.gold import event_assignment, load_scorer

    sg = load_scorer()
    text = "Ann Lee Endorses Bo Park.\n\nAnn Lee, who founded a club, endorsed Bo Park on Friday."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    actors = [{"id": "lee", "name": "Ann Lee", "kind": "person"}, {"id": "park", "name": "Bo Park", "kind": "person"}]
    events = [{"id": "e1", "actor": "lee", "category": None, "trigger": "founded", "line": 2, "optional": True},
              {"id": "e2", "actor": "lee", "target": "park", "category": "SUPPORT", "trigger": "endorsed", "line": 2}]
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({"article": "a.txt", "actors": actors, "events": events}), encoding="utf-8")
    at = text.index("endorsed")
    doc = {"article": {"text": text}, "actors": [{"actor_id": "ann-lee", "name": "Ann Lee"}],
           "events": [{"actor_id": "ann-lee", "category": "SUPPORT", "start": at, "end": at + 8,
                       "modality": "asserted", "date": None}]}
    gold, pred = sg.Gold(path, None), sg.Pred(doc)
    preds, rows, assign = event_assignment(sg, gold, pred)
    assert assign == {0: 1}
    assert sg.score_events(gold, pred)["tp"] == sum(not rows[j].get("optional") for j in assign.values()) == 1
    assert len(preds) == 1
