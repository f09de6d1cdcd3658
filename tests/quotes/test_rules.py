"""Every quote rule on its own example: it fires, it makes the row it exists for, and
switching it off changes the rows (where no other rule makes the same row)."""
from __future__ import annotations

import pytest

from helpers import quotes
from helpers.quotes import REGISTRY, rules

from .support import brief, run_example, shows

#: rules for which no invented sentence that fires them has been found yet (the sm parser reads
#: the post-verbal name of "..., said X" as a subject, so "subject" takes those sentences; the rule
#: fires 66 times on polnear-train, see docs/quote-rules.md)
NO_EXAMPLE_YET = {"inverted-name"}
#: rules whose example another rule also gets right: switching one off leaves the rows as they are
#: ("naming-participle": since inverted-name asks for a comma or closing mark before the verb, "a river
#: called the Jordan" gives the Jordan no row even without it; "statement-issuer": made-thing-issuer
#: gives a statement's issuer too when the issuing verb has a subject)
SHADOWED = {"occasion-speaker", "heard-subject", "as-aside-report", "relative-antecedent", "noun-modifier",
            "naming-participle", "statement-issuer"}


def test_every_rule_is_named_with_an_example_and_a_step():
    assert len(REGISTRY) >= 50
    for name, rule in REGISTRY.items():
        assert rule.name == name and rule.examples and all(len(e.split()) >= 4 for e in rule.examples)
        assert rule.step in ("speaker", "quotation", "report", "content", "boundary", "filter", "inherit")


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_rule_makes_its_row(nlp, name):
    rule = REGISTRY[name]
    if name in NO_EXAMPLE_YET:
        pytest.xfail("no invented example fires this rule yet")
    learned = set() if name == "row-classifier" else {"row-classifier"}  # the rules alone, see test_accept
    for example in rule.examples:
        rows, counts = run_example(nlp, example, disabled=learned)
        assert counts[name] > 0, f"{name} does not fire on its example"
        if rule.speaker or rule.content:  # (a filter's row is the one it removes: see below)
            assert shows(rows, rule.speaker, rule.content), brief(rows)
        if name not in SHADOWED:
            off, off_counts = run_example(nlp, example, disabled={name} | learned)
            assert off_counts[name] == 0
            assert brief(off) != brief(rows), f"switching {name} off changes nothing on its example"


def test_unknown_rule_names_are_refused(nlp):
    with pytest.raises(ValueError, match="unknown quote rule"):
        run_example(nlp, "The mayor said the budget was balanced.", disabled={"no-such-rule"})


def test_the_setting_switches_rules_off(nlp, monkeypatch):
    text = "The mayor said that the budget was balanced."
    rows, _ = run_example(nlp, text)
    assert shows(rows, "The mayor", "the budget was balanced")
    monkeypatch.setenv(rules.OFF_SETTING, "clause-complement, subject")
    off, counts = run_example(nlp, text)
    assert not shows(off, "The mayor", "the budget was balanced")
    assert counts["clause-complement"] == 0


def test_each_firing_is_counted_and_a_nested_count_is_its_own(nlp):
    text = "The mayor said that the budget was balanced. The senator said that taxes would rise."
    with quotes.counting() as outer:
        rows, inner = run_example(nlp, text)
    assert len(rows) == 2 and inner["clause-complement"] == 2 and inner["subject"] >= 2
    assert not outer
