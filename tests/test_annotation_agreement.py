"""scripts/annotation_agreement.py: two annotations of one article scored with the shared scorer."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TEXT = "Mayor Ann Lee vetoes the budget\n\nMayor Ann Lee vetoed the city budget on Monday, and Lee praised the police."
ANNOTATION = {
    "article": "town.txt", "published": "2024-03-05",
    "actors": [{"id": "lee", "name": "Ann Lee", "kind": "person", "country": ["USA"], "aliases": ["Ann Lee", "Lee"]},
               {"id": "police", "name": "the police", "kind": "organization", "country": None,
                "aliases": ["the police"]}],
    "events": [{"id": "e1", "actor": "lee", "target": None, "category": "REJECT", "trigger": "vetoed",
                "date": "2024-03-04", "line": 2, "what": "Lee vetoes the budget"}],
    "stances": [{"id": "s1", "holder": "lee", "target": "police", "polarity": 1, "line": 2},
                {"id": "s2", "holder": "lee", "target": "budget", "polarity": -1, "line": 2}],
}


@pytest.fixture()
def agreement(shared_dir):
    spec = importlib.util.spec_from_file_location("annotation_agreement", ROOT / "scripts" / "annotation_agreement.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write(folder: Path, g: dict) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "town.gold.json").write_text(json.dumps(g), encoding="utf-8")
    return folder


def run(agreement, tmp_path, a: dict, b: dict, capsys) -> str:
    (tmp_path / "town.txt").write_text(TEXT, encoding="utf-8")
    code = agreement.main([str(write(tmp_path / "a", a)), str(write(tmp_path / "b", b)), "--texts", str(tmp_path)])
    assert code == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_an_annotation_agrees_with_itself(agreement, tmp_path, capsys):
    last = run(agreement, tmp_path, ANNOTATION, ANNOTATION, capsys)
    assert "events P 1.00 R 1.00" in last and "stances P 1.00 R 1.00" in last


def test_a_missing_and_a_flipped_row_lower_recall_and_precision(agreement, tmp_path, capsys):
    b = json.loads(json.dumps(ANNOTATION))
    b["events"] = []
    b["stances"][0]["polarity"] = -1  # the praise read as criticism
    last = run(agreement, tmp_path, ANNOTATION, b, capsys)
    assert "(0 matched, 0 B only, 1 A only)" in last
    assert "1 right, 1 B only; 1/2 of A's found" in last


def test_optional_rows_of_the_second_annotator_are_not_claims(agreement, tmp_path, capsys):
    b = json.loads(json.dumps(ANNOTATION))
    b["events"].append({"id": "e2", "actor": "lee", "target": "police", "category": "SUPPORT", "trigger": "praised",
                        "date": None, "line": 2, "what": "Lee praises the police", "optional": True})
    last = run(agreement, tmp_path, ANNOTATION, b, capsys)
    assert "(1 matched, 0 B only, 0 A only)" in last
