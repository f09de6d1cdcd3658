"""Rule ``members-not-the-body`` (``helpers/events/agents_members.py``): members of a body, or holders of
posts in it, are not the body acting; invented sentences."""
from __future__ import annotations

import re

import pytest

from helpers import events, quotes, sentences, times
from helpers.article import from_text
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables

#: surface -> (actor_id, kind)
ACTORS = {"Lima Council": ("council", "organization"), "Tom Reed": ("tom-reed", "person"),
          "Jo Hart": ("jo-hart", "person"), "Chile": ("CHL", "country")}


def agents_at(nlp, text: str, trigger: str) -> list:
    """The agents of the rows ``trigger`` gives, with the bodies of ``ACTORS`` as organisations."""
    article = from_text(text, published="2025-05-16")
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors = [Actor(a, s, kind, None, a if kind == "country" else None, 0, 0) for s, (a, kind) in ACTORS.items()]
    tables.mentions = sorted((Mention(a, m.start(), m.end(), s, 0, "name") for s, (a, _) in ACTORS.items()
                              for m in re.finditer(re.escape(s), text)), key=lambda m: (m.start, m.end))
    tables.quotes = quotes.extract(doc, article, tables)
    tables.times = times.extract(doc, article, tables)
    at = text.index(trigger)
    return [e.actor_id for e in events.extract(doc, article, tables) if e.trigger_start == at]


@pytest.mark.parametrize("text,trigger", [
    ("A member of the Lima Council endorsed Tom Reed on Monday.", "endorsed"),
    ("The past three Lima Council chairmen backed Tom Reed last week.", "backed"),
    ("Several Lima Council staffers praised Tom Reed on Friday.", "praised"),
])
def test_members_do_not_act_as_the_body(nlp, text, trigger):
    assert "council" not in agents_at(nlp, text, trigger)
    with events.disabled("members-not-the-body"):
        assert agents_at(nlp, text, trigger)[:1] == ["council"]


@pytest.mark.parametrize("text,trigger,agent", [
    ("The Lima Council endorsed Tom Reed on Monday.", "endorsed", "council"),
    ("Tom Reed was endorsed by the Lima Council on Monday.", "endorsed", "council"),
    # plural members may be the body's member states
    ("Members of the Lima Council endorsed Tom Reed on Monday.", "endorsed", "council"),
])
def test_the_body_still_acts(nlp, text, trigger, agent):
    assert agents_at(nlp, text, trigger)[:1] == [agent]
