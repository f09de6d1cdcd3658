"""The verdict arithmetic of scripts/event_cv.py on tiny invented results (no articles parsed)."""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _script(name: str):
    """Import scripts/NAME.py as module NAME (event_cv imports its neighbour stance_cv by name)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_script("stance_cv")
event_cv = _script("event_cv")


def row(start, verdict, category=None, date=None, actor="ana-lind", fired=("some-sense",)):
    return {"row": {"trigger_start": start, "actor_id": actor, "category": "SUPPORT", "date": None},
            "fired": list(fired), "verdict": verdict, "category": category, "date": date}


def article(*rows, required=2):
    return (list(rows), required)


def test_net_value_charges_a_wrong_row_p_over_one_minus_p():
    t = event_cv.totals([article(row(1, "right"), row(2, "right"), row(3, "wrong"), row(4, "optional"))])
    assert (t["right"], t["wrong"], t["optional"]) == (2, 1, 1)
    assert abs(t["net"] - (2 - 0.7 / 0.3)) < 1e-9
    assert abs(t["P"] - 2 / 3) < 1e-9 and abs(t["R"] - 1.0) < 1e-9


def test_rule_that_helps_in_four_folds_is_kept_and_credited():
    base = [article(row(1, "right"), row(2, "right", fired=("rule-x",))) for _ in range(5)]
    off = [article(row(1, "right")) for _ in range(4)] + [base[4]]
    j = event_cv.judge("rule-x", base, off, True, 5, 0.7)
    assert (j["helps"], j["hurts"], j["verdict"]) == (4, 0, "keep")
    assert j["credited"]["right"] == 5 and j["added"]["right"] == 4 and j["articles"] == 4


def test_rule_whose_rows_are_mostly_wrong_is_dropped():
    # with the rule: one right and one wrong row per article; the wrong one costs 2.33 rights
    base = [article(row(1, "right"), row(2, "wrong", fired=("rule-y",))) for _ in range(5)]
    off = [article(row(1, "right")) for _ in range(5)]
    j = event_cv.judge("rule-y", base, off, True, 5, 0.7)
    assert (j["helps"], j["hurts"], j["verdict"]) == (0, 5, "drop")


def test_rare_rule_that_hurts_nowhere_is_narrow_and_one_that_changes_nothing_idle():
    base = [article(row(1, "right"), row(2, "right"))] + [article(row(1, "right")) for _ in range(4)]
    off = [article(row(1, "right")) for _ in range(5)]
    assert event_cv.judge("rule-z", base, off, True, 5, 0.7)["verdict"] == "narrow"
    assert event_cv.judge("rule-z", base, base, True, 5, 0.7)["verdict"] == "idle"


def test_categories_decide_only_when_the_rows_are_equal():
    on = [article(row(1, "right", category=True), row(2, "right", category=True)) for _ in range(5)]
    off = [article(row(1, "right", category=False), row(2, "right", category=True)) for _ in range(5)]
    j = event_cv.judge("category-rule", on, off, True, 5, 0.7)
    assert j["verdict"] == "keep" and j["deltas"] == "c+2 c+2 c+2 c+2 c+2"  # one category turned right: +1 right, -1 wrong
    # a category never outweighs a row: one more right row with a wrong category still beats fewer rows
    more = [article(row(1, "right", category=False), row(2, "right", category=False),
                    row(3, "right", category=False)) for _ in range(5)]
    assert event_cv.totals(more)["net"] > event_cv.totals(on)["net"]


def test_a_rule_off_by_default_is_judged_switched_on():
    base = [article(row(1, "right")) for _ in range(5)]
    on = [article(row(1, "right"), row(2, "wrong")) for _ in range(5)]
    j = event_cv.judge("off-rule", base, on, False, 5, 0.7)
    assert not j["default_on"] and j["verdict"] == "drop" and j["added"] == Counter(wrong=5)
