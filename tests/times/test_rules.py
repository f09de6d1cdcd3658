"""Every named time rule finds its own example with its value, and every named filter vetoes a
candidate in its examples and lets it through when switched off (all sentences invented)."""
from __future__ import annotations

import pytest

from helpers import sentences, times
from helpers.article import from_text
from helpers.tables import ArticleTables
from helpers.times import rules as R

PUB = "2025-05-16"  # a Friday


def rows(nlp, text, published=PUB):
    article = from_text(text, published=published)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    return times.extract_with_rules(doc, article, tables)


@pytest.fixture(autouse=True)
def all_on():
    times.enable()
    yield
    times.enable()


@pytest.mark.parametrize("rule", times.all_rules(), ids=lambda r: r.name)
def test_rule_finds_its_example(nlp, rule):
    got = [(t.text, t.value) for t, name in rows(nlp, rule.example) if name == rule.name]
    assert any(value == rule.value for _, value in got), f"{rule.name}: {rule.example!r} gave {got}"


@pytest.mark.parametrize("rule", times.all_rules(), ids=lambda r: r.name)
def test_rule_can_be_switched_off(nlp, rule):
    times.disable(rule.name)
    assert all(name != rule.name for _, name in rows(nlp, rule.example))


def _vetoes(nlp, sentence: str, name: str) -> list[str]:
    doc = nlp(sentence)
    out = []
    for rule in R.active_rules():
        for m in rule.pattern.finditer(sentence):
            if R.FILTERS[name][0](R.Match(rule, m, sentence, doc, 0)):
                out.append(m.group(0))
    return out


@pytest.mark.parametrize("name, example", [(n, e) for n, (_, ex) in R.FILTERS.items() for e in ex])
def test_filter_vetoes_its_example(nlp, name, example):
    vetoed = _vetoes(nlp, example, name)
    assert vetoed, f"{name} vetoes nothing in {example!r}"
    on = {t.text for t, _ in rows(nlp, example)}
    assert not any(v.strip() in on for v in vetoed)
    times.disable(name)
    off = [t.text for t, _ in rows(nlp, example)]
    assert len(off) > len(on) or set(off) != on, f"switching {name} off changed nothing in {example!r}"


def test_unknown_rule_name_is_refused():
    with pytest.raises(ValueError):
        times.disable("no_such_rule")


def test_rule_file_names_are_unique_and_have_examples():
    names = [r.name for r in times.all_rules()]
    assert len(names) == len(set(names))
    assert all(r.example and r.value for r in times.all_rules())


def test_month_in_a_person_name_is_vetoed_but_the_month_is_kept(nlp):
    got = [(t.start, t.text, t.value) for t, _ in rows(nlp, "In May, Theresa May called an election.")]
    assert got == [(3, "May", "2025-05")]


def test_year_ago_quarter_is_the_quarter_a_year_before(nlp):
    got = [(t.text, t.value) for t, _ in rows(nlp, "Profit fell in the third quarter from the year-ago third quarter.",
                                              published="2025-10-30")]
    assert got == [("the third quarter", "2025-Q3"), ("the year-ago third quarter", "2024-Q3")]
