"""Agents the article names only by a description or a pronoun ("the senator", "he"), read
through ``coref.descriptions``; invented sentences."""
from __future__ import annotations

import pytest

from helpers import events
from tests.test_events_rules import row_for, run_text


@pytest.mark.parametrize("text,actors,trigger,agent", [
    # an honorific abbreviates the role word
    ("Sen. Jo Hart and Tom Reed spoke on Sunday. The senator rejected the plan on Monday.",
     {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"}, "rejected", "jo-hart"),
    ("Jo Hart met Tom Reed on Sunday, and the committee of Oslo approved the deal.",
     {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed", "Oslo": "oslo"}, "approved", None),
])
def test_role_description_agent(nlp, text, actors, trigger, agent):
    row = row_for(run_text(nlp, text, actors), text, trigger)
    assert (row.actor_id if row else None) == agent


def test_description_needs_a_definite_article(nlp):
    text = "Mayor Jo Hart visited Lima on Sunday. A mayor rejected the plan on Monday."
    assert row_for(run_text(nlp, text, {"Jo Hart": "jo-hart"}), text, "rejected") is None


def test_pronoun_rule_switch(nlp):
    text = "Jo Hart arrived in Lima on Sunday. She rejected the plan on Monday."
    with events.disabled("pronoun-after-subject"):
        assert row_for(run_text(nlp, text, {"Jo Hart": "jo-hart"}), text, "rejected") is None
    assert row_for(run_text(nlp, text, {"Jo Hart": "jo-hart"}), text, "rejected").actor_id == "jo-hart"


@pytest.mark.parametrize("text,agent", [
    ("Chile hosted the talks on Sunday. It rejected the plan on Monday.", "CHL"),
    ("Jo Hart hosted the talks on Sunday. It rejected the plan on Monday.", None),  # "it" is no person
])
def test_it_subject_after_a_body(nlp, text, agent):
    row = row_for(run_text(nlp, text, {"Chile": "CHL", "Jo Hart": "jo-hart"}), text, "rejected")
    assert (row.actor_id if row else None) == agent


def test_big_city_compound_is_a_place_not_an_agent(nlp):
    """An organisation actor named by one word that is a big city ("Benghazi" the article made an
    actor) compounded on an event noun is where it happened; an organisation's name is its agent."""
    from helpers import quotes, sentences, times
    from helpers.article import from_text
    from helpers.records import Actor, Mention
    from helpers.tables import ArticleTables

    def rows(text, name):
        article = from_text(text, published="2025-05-16")
        doc = nlp(text)
        tables = ArticleTables(article=article.row())
        tables.sentences = sentences.extract(doc, article)
        tables.actors = [Actor("org", name, "organization", None, None, 0, 0)]
        at = text.index(name)
        tables.mentions = [Mention("org", at, at + len(name), name, 0, "name")]
        tables.quotes = quotes.extract(doc, article, tables)
        tables.times = times.extract(doc, article, tables)
        return row_for(events.extract(doc, article, tables), text, "attacks")

    assert rows("The Benghazi attacks shocked Chile.", "Benghazi") is None
    assert rows("The Hamas attacks shocked Chile.", "Hamas").actor_id == "org"
