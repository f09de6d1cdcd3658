"""Event triggers and senses on invented sentences: lexicon rows (event_verbs.csv,
event_phrasal_verbs.csv) and sense rules that the rule examples do not cover alone."""
from __future__ import annotations

import pytest

from helpers.events.lexicon import phrasal_verbs, verb_category
from tests.test_events_rules import row_for, run_text

ACTORS = {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed", "Chile": "CHL", "Peru": "PER"}


def category(nlp, text: str, trigger: str):
    row = row_for(run_text(nlp, text, ACTORS), text, trigger)
    return None if row is None else row.category


@pytest.mark.parametrize("lemma,expected", [
    ("lambast", "DISAPPROVE"), ("vilify", "DISAPPROVE"), ("jeer", "DISAPPROVE"), ("apologise", "CONCEDE"),
    ("picket", "PROTEST"), ("assault", "ASSAULT"), ("murder", "ASSAULT"), ("resist", "REJECT"),
])
def test_third_pass_verbs_are_in_the_lexicon(lemma, expected):
    assert verb_category(lemma) == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg vilified Tom Reed on Monday.", "vilified", "DISAPPROVE"),
    ("Chile resisted Peru's demands on Monday.", "resisted", "REJECT"),
])
def test_third_pass_verbs_give_rows(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


def test_strike_down_and_call_off_are_rejections():
    senses = {(p, cat) for p, _, cat in phrasal_verbs()["strike"]} | {(p, cat) for p, _, cat in phrasal_verbs()["call"]}
    assert ("down", "REJECT") in senses and ("off", "REJECT") in senses


def test_struck_down_is_reject_not_assault(nlp):
    rows = run_text(nlp, "Chile struck down the tariff law on Monday.", ACTORS)
    assert [r.category for r in rows if r.predicate == "strike"] == ["REJECT"]


def test_called_off_is_reject(nlp):
    assert category(nlp, "Chile called off the talks with Peru on Monday.", "called") == "REJECT"


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg paid tribute to Tom Reed on Monday.", "paid", "SUPPORT"),
    ("Chile paid a visit to Peru in May.", "paid", "CONSULT"),
    ("Chile paid the bill in May.", "paid", None),
    ("Chile decided against sanctioning Peru.", "decided", "REJECT"),
])
def test_pay_as_a_light_verb_and_decide_against(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


def _with_groups(nlp, text: str, groups: dict[str, str]):
    """The event rows of ``text`` whose actors are all groups (run_text makes every non-country a person)."""
    import re

    from helpers import events, sentences, times
    from helpers.article import from_text
    from helpers.records import Actor, Mention
    from helpers.tables import ArticleTables

    article = from_text(text, published="2025-05-16")
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors = [Actor(aid, surface, "group", None, None, 0, 0) for surface, aid in groups.items()]
    tables.mentions = sorted((Mention(aid, m.start(), m.end(), surface, 0, "name") for surface, aid in groups.items()
                              for m in re.finditer(re.escape(surface), text)), key=lambda m: (m.start, m.end))
    tables.times = times.extract(doc, article, tables)
    return events.extract(doc, article, tables)


def test_a_group_attacking_another_over_a_grievance_is_verbal(nlp):
    groups = {"Greens": "greens", "the Liberals": "liberals"}
    over = _with_groups(nlp, "Greens attacked the Liberals over their tax record.", groups)
    assert [r.category for r in over if r.predicate == "attack"] == ["DISAPPROVE"]
    weekend = _with_groups(nlp, "Greens attacked the Liberals over the weekend.", groups)
    assert [r.category for r in weekend if r.predicate == "attack"] != ["DISAPPROVE"]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Chile ceded territory to Peru.", "ceded", "CONCEDE"),
    ("Chile halted aid to Peru.", "halted", "SANCTION"),
])
def test_cede_and_halt(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


def test_money_spent_to_help_someone_win_is_support(nlp):
    text = "Ola Berg spent $200,000 to help Tom Reed beat back a challenge."
    assert category(nlp, text, "spent") == "SUPPORT"
    assert category(nlp, "Ola Berg raised his hand at Tom Reed's rally.", "raised") is None
    # doubts about an actor are a criticism (rule raise-doubts), not money raised
    assert category(nlp, "Ola Berg raised new doubts about Tom Reed.", "raised") == "DISAPPROVE"


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg skewered Tom Reed on Monday.", "skewered", "DISAPPROVE"),
    ("Ola Berg heralded the deal with Chile on Monday.", "heralded", "SUPPORT"),
    ("Ola Berg implored Tom Reed to stay on Monday.", "implored", "DEMAND"),
    ("Chile's violence against Peru's villages grew in May.", "violence", "ASSAULT"),
    ("Chile reached a deal with Peru on Monday.", "reached", "AGREE"),
])
def test_fourth_pass_classes_give_rows(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


def test_violence_without_an_owner_is_no_row(nlp):
    assert category(nlp, "Gun violence rose in May.", "violence") is None


@pytest.mark.parametrize("text,trigger,expected", [
    ("Chile's president took aim at Peru on Monday.", "took", "DISAPPROVE"),
    ("Ola Berg took a dig at Tom Reed on Monday.", "took", "DISAPPROVE"),
    ("Ola Berg took aim with a rifle.", "took", None),
])
def test_taking_aim_at_someone(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected
