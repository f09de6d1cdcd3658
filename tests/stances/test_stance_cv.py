"""``scripts/stance_cv.py`` judges the stance rules on what the pipeline makes: an invented article of two
sentences, parsed, kept in the script's cache and read back, must give the same Doc tensor and the same
tables as a fresh parse, and ``verify`` must tell a cache that lost the tensor from one that did not."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.test_stances import lone_evaluation  # noqa: F401  (a fixture: the tone makes the quote's row)

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    """A script of ``scripts/`` as a module, loaded from its file (scripts are not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


stance_cv = _script("stance_cv")

TEXT = ('Senator Mary Lane told reporters on Monday: "Tom Reed is a disgrace, a liar and a danger to this state." '
        "Reed, a former governor, said Lane was a fine public servant whom he admired.\n")


def _article():
    from helpers.article import from_text

    return from_text(TEXT, article_id="lane-reed", published="2016-05-02")


def test_a_cached_parse_keeps_the_tensor_and_gives_the_same_tables(nlp, tmp_path):
    from helpers.engine import build_tables, parse

    article = _article()
    fresh = parse(nlp, article)
    stance_cv.parsed(nlp, article, tmp_path)
    cached = stance_cv.parsed(nlp, article, tmp_path)  # read back from the DocBin and the tensor file
    assert cached is not fresh and len(list(tmp_path.iterdir())) == 2
    assert fresh.tensor.shape[0] == len(fresh)
    np.testing.assert_array_equal(cached.tensor, fresh.tensor)
    assert build_tables(cached, article).to_json() == build_tables(fresh, article).to_json()


def _corpus(tmp_path):
    texts, golds = tmp_path / "text", tmp_path / "gold"
    texts.mkdir()
    golds.mkdir()
    (texts / "lane-reed.txt").write_text(TEXT, encoding="utf-8")
    gold = {"article": "lane-reed.txt", "published": "2016-05-02", "actors": [], "stances": []}
    (golds / "lane-reed.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return golds, texts


@pytest.mark.usefixtures("lone_evaluation")
def test_verify_accepts_the_cache_and_refuses_docs_without_their_tensor(nlp, tmp_path, capsys):
    from helpers.evaluate.gold import SHARED

    if not (SHARED / "gold" / "score_gold.py").exists():
        pytest.skip("../shared is absent: the scorer is not available here")
    golds, texts = _corpus(tmp_path)
    stance_cv.load(tmp_path / "cache", golds, texts)
    sg, articles = stance_cv.load(tmp_path / "cache", golds, texts)  # the second load reads the cache
    assert stance_cv.verify(sg, articles) == 0
    for _name, _gold, doc, *_ in articles:
        doc.tensor = np.zeros((0,), dtype=np.float32)  # what a DocBin alone gives back
    assert stance_cv.verify(sg, articles) == 1
    assert "MISMATCH" in capsys.readouterr().out


def test_threshold_names_reach_the_constants_of_the_stance_modules():
    import helpers.stances as stances
    from helpers.stances import quoted

    assert stance_cv.constant("MIN_CONFIDENCE") == (stances, "MIN_CONFIDENCE")
    assert stance_cv.constant("quoted.TONE_MIN") == (quoted, "TONE_MIN")
    with pytest.raises(SystemExit):
        stance_cv.constant("quoted.NO_SUCH_CONSTANT")


def test_fold_deltas_bins_and_row_differences():
    fold = lambda net: {"net": net}  # noqa: E731
    assert stance_cv.deltas([fold(3.0), fold(1.0), fold(0.0)], [fold(1.0), fold(1.0), fold(2.3333)]) == "+2.0 0 -2.3"
    row = lambda holder, target, conf: {"holder_id": holder, "target": target, "label": "oppose",  # noqa: E731
                                        "confidence": conf}
    on = [([(row("lane", "reed", 0.9), "predicate-object", "right"), (row("lane", "tax", 0.6), "quote-topic", "wrong")],
           1, 2)]
    off = [([(row("lane", "reed", 0.9), "predicate-object", "right"), (row("berg", "reed", 0.5), "event", "wrong")],
            1, 2)]
    bins = dict(stance_cv.by_confidence(on, bins=(0.0, 0.55, 0.85)))
    assert (bins[0.55]["wrong"], bins[0.85]["right"], sum(bins[0.0].values())) == (1, 1, 0)
    changed = stance_cv.diff([("a.gold.json",)], on, off)
    assert [(side, s["holder_id"], s["target"], v) for side, _, s, v in changed] == [
        ("+", "lane", "tax", "wrong"), ("-", "berg", "reed", "wrong")]


def test_events_report_the_rows_they_would_add_alone(nlp, tmp_path):
    from types import SimpleNamespace

    from helpers.evaluate.gold import SHARED

    if not (SHARED / "gold" / "score_gold.py").exists():
        pytest.skip("../shared is absent: the scorer is not available here")
    golds, texts = _corpus(tmp_path)
    gold = json.loads((golds / "lane-reed.gold.json").read_text(encoding="utf-8"))
    gold["actors"] = [{"id": "mary-lane", "name": "Mary Lane", "kind": "person", "aliases": ["Lane"]},
                      {"id": "tom-reed", "name": "Tom Reed", "kind": "person", "aliases": ["Reed"]}]
    gold["stances"] = [{"holder": "mary-lane", "target": "tom-reed", "polarity": -1, "line": 0}]
    (golds / "lane-reed.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    sg, articles = stance_cv.load(tmp_path / "cache", golds, texts)
    tables = articles[0][4]
    ids = {a.actor_id for a in tables.actors}
    assert {"mary-lane", "tom-reed"} <= ids

    def event(agent, target, category, modality="asserted", predicate="condemn"):
        return SimpleNamespace(event_id="e1", actor_id=agent, target=target, category=category, modality=modality,
                               predicate=predicate, trigger_start=0, start=0, text="...", quote_id=None)

    base = stance_cv.run(sg, articles)
    made = {(s["holder_id"], s["target"]) for s, _, _ in base[0][0]}
    tables.events = [event("mary-lane", "tom-reed", "DISAPPROVE"), event("mary-lane", "tom-reed", "ACCUSE"),
                     event("tom-reed", "mary-lane", "SUPPORT", "hypothetical", "back"),
                     event("tom-reed", "mary-lane", "CONSULT", predicate="meet")]
    rows = stance_cv.event_rows(sg, articles, base)
    assert ("mary-lane", "tom-reed") not in made  # the lone quote evaluation makes no row (quote-evaluation-corroborated)
    # one row for the pair, whatever the number of events; none for a hypothetical event or a category without a side
    assert [(r["holder_id"], r["target"], r["label"], r["category"], r["verdict"]) for r in rows] == [
        ("mary-lane", "tom-reed", "oppose", "DISAPPROVE", "right")]
    assert all(r["stance_predicate"] for r in rows)  # "condemn" is in the stance lexicon
