"""Every event rule's example sentences, run through the extractor with hand-made actor tables.

One parametrized test over all registered examples; then each rule is switched off
and at least one of its examples must come out differently, so no rule is dead weight.
"""
from __future__ import annotations

import re

import pytest

from helpers import events, quotes, sentences, times
from helpers.article import from_text
from helpers.events.rules import REGISTRY, Example, enabled_rules
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables


def run_text(nlp, text: str, actors: dict[str, str], published: str | None = "2025-05-16", with_quotes=True):
    """The event rows of ``text``; ``actors`` maps a surface string to an actor_id (an upper-case
    three-letter id is a country actor of that code, any other a person)."""
    article = from_text(text, published=published)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    mentions, table = [], {}
    for surface, actor_id in actors.items():
        is_country = len(actor_id) == 3 and actor_id.isupper()
        table[actor_id] = Actor(actor_id, surface, "country" if is_country else "person",
                                None, actor_id if is_country else None, 0, 0)
        for m in re.finditer(re.escape(surface), text):
            mentions.append(Mention(actor_id, m.start(), m.end(), surface, 0, "name"))
    tables.actors = list(table.values())
    tables.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    if with_quotes:
        tables.quotes = quotes.extract(doc, article, tables)
    tables.times = times.extract(doc, article, tables)
    return events.extract(doc, article, tables)


def row_for(rows, text: str, trigger: str):
    at = text.index(trigger)
    return next((e for e in rows if e.trigger_start == at), None)


def outcome(nlp, ex: Example):
    row = row_for(run_text(nlp, ex.text, ex.actors, ex.published), ex.text, ex.trigger)
    if ex.expect is None or row is None:
        return row if ex.expect is None else None
    return {k: getattr(row, k) for k in ex.expect}


EXAMPLES = [(name, i, ex) for name, r in REGISTRY.items() for i, ex in enumerate(r.examples)]


@pytest.mark.parametrize("name,i,ex", EXAMPLES, ids=[f"{n}-{i}" for n, i, _ in EXAMPLES])
def test_rule_example(nlp, name, i, ex):
    with enabled_rules(name):  # a rule off by default still gives its examples when switched on
        got = outcome(nlp, ex)
    if ex.expect is None:
        assert got is None, f"{name}: {ex.text!r} should give no row for {ex.trigger!r}, got {got}"
    else:
        assert got == ex.expect, f"{name}: {ex.text!r}"


def test_every_rule_has_examples_and_a_kind():
    assert all(r.examples for r in REGISTRY.values())
    assert set(events.counts()) == {"sense", "modality", "agent", "dating", "target"}
    assert sum(events.counts().values()) == len(REGISTRY)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_switching_a_rule_off_changes_an_example(nlp, name):
    rule = REGISTRY[name]
    with enabled_rules(name):
        before = [outcome(nlp, ex) for ex in rule.examples]
        with events.disabled(name):
            assert not REGISTRY[name].enabled
            after = [outcome(nlp, ex) for ex in rule.examples]
        assert REGISTRY[name].enabled
    assert REGISTRY[name].enabled == rule.default_on
    assert before != after, f"rule {name} changes none of its examples"


def test_disabled_rejects_unknown_names():
    with pytest.raises(KeyError):
        with events.disabled("no-such-rule"):
            pass
