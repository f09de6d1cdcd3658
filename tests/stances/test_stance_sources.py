"""Stance evidence sources outside structure.py and quoted.py (invented sentences): owned proposals,
money and help to win, and relative clauses on the complement of "be"."""
from __future__ import annotations

import pytest

from helpers.stances import rules
from tests.test_stances import _rows, lone_evaluation  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane criticized Tom Reed's proposed ban on fireworks.",
     {("mary-lane", "tom-reed", "oppose"), ("tom-reed", "ban", "support")}),
    ("Tom Reed's proposal for a carbon tax came on Monday.", {("tom-reed", "taxes", "support")}),
    ("Tom Reed's plan for Norway is unclear.", set()),
    ("His proposal for a carbon tax came on Monday.", set()),
])
def test_an_owned_proposal_is_its_owners_support(nlp, text, expected):
    with rules.switched_on("owned-proposal"):
        assert _rows(nlp, text) == expected
    assert not any(t in ("ban", "taxes") for _, t, _ in _rows(nlp, text))  # off by default


@pytest.mark.parametrize("text, expected", [
    ("Mary Lane raised $2 million for Tom Reed.", {("mary-lane", "tom-reed", "support")}),
    ("Olga Berg is spending $200,000 to help Tom Reed win the primary.", {("olga-berg", "tom-reed", "support")}),
    ("Ivan Petrov wants to help elect Tom Reed.", {("ivan-petrov", "tom-reed", "support")}),
    ("Ivan Petrov did not donate to Olga Berg.", set()),
    ("Mary Lane raised concerns for Tom Reed.", set()),
])
def test_money_and_help_to_win_are_support(nlp, text, expected):
    with rules.switched_on("money-for"):  # off by default
        assert _rows(nlp, text) == expected
        with rules.switched_off("money-for", "help-win"):
            assert _rows(nlp, text) == set()
    if "help" not in text:
        assert _rows(nlp, text) == set()


def test_a_relative_clause_on_the_complement_of_be_is_the_subjects(nlp):
    text = "Mary Lane is a senator who backs Tom Reed."
    assert _rows(nlp, text) == {("mary-lane", "tom-reed", "support")}
    with rules.switched_off("relative-attribute"):
        assert _rows(nlp, text) == set()
    assert _rows(nlp, "Mary Lane wrote a bill that would repeal the measure.") == set()


@pytest.mark.parametrize("text", ["Mary Lane is a fierce supporter of the nation.", "Mary Lane praised the country."])
def test_the_nation_or_the_country_is_no_topic(nlp, text):
    assert _rows(nlp, text) == set()  # stance_generic_nouns.csv: a pro-form for a country, no topic
    assert _rows(nlp, text.replace("the nation", "the tax").replace("the country", "the tax")) != set()


@pytest.mark.usefixtures("lone_evaluation")
def test_an_organisation_named_after_the_target_is_its_own_side(nlp):
    from tests.test_stances import PEOPLE, _quote

    people = {**PEOPLE, "Reed Office": ("reed-office", "organization", None, "USA")}
    for name, expected in (("Tom Reed", set()), ("Mary Lane", {("reed-office", "mary-lane", "support")})):
        content = f"{name} is a great and honest leader,"
        text = f"“{content}” the Reed Office said."
        q = _quote("q1", "direct", content, text, "reed-office")
        assert _rows(nlp, text, quotes=[q], people=people) == expected
    with rules.switched_off("own-organization"):
        assert _rows(nlp, text.replace("Mary Lane", "Tom Reed"), quotes=[_quote(
            "q1", "direct", "Tom Reed is a great and honest leader,", text.replace("Mary Lane", "Tom Reed"), "reed-office")],
            people=people) == {("reed-office", "tom-reed", "support")}


def test_explain_names_the_rule_behind_each_row(nlp):
    from helpers import stances
    from tests.test_stances import _make

    doc, article, tables = _make(nlp, "Mary Lane praised Tom Reed. Olga Berg voiced support for Tom Reed.")
    rules_of = {(r.holder_id, r.target): e.rule for r, e in stances.explain(doc, article, tables)}
    assert rules_of == {("mary-lane", "tom-reed"): "predicate-object", ("olga-berg", "tom-reed"): "predicate-preposition"}
    assert [r for r, _ in stances.explain(doc, article, tables)] == stances.extract(doc, article, tables)
