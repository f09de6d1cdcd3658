"""Definite descriptions (``coref.descriptions``) with the switches of ``events/agents_desc.py``:
hand-made actor tables, organisations as well as people, on small texts."""
from __future__ import annotations


import pytest

from helpers import coref
from tests._hand_tables import hand_tables

ALL = frozenset(coref.DESCRIPTION_RULES) - {"description-competitor"}


@pytest.fixture(scope="module")
def described(nlp):
    def _run(text, actors, word, extras=ALL, published=None):
        """The actor ``coref.descriptions`` gives the last ``word`` of ``text``; ``actors`` are
        (actor_id, name, kind, role, surface forms)."""
        article, doc, tables = hand_tables(nlp, text, actors, published)
        at = text.rindex(word)
        found = [m.actor_id for m in coref.descriptions(doc, article, tables, extras=frozenset(extras), ahead=True)
                 if m.start == at]
        return found[0] if found else None
    return _run


EXXON = ("The Dow was held back by a drop in the oil giant Exxon Mobil. The company reported its smallest "
         "quarterly profit in 17 years.")


def test_the_company_is_the_giant_named_before(described):
    actors = [("exxon", "Exxon Mobil", "organization", None, ["Exxon Mobil"])]
    assert described(EXXON, actors, "company") == "exxon"
    assert described(EXXON, actors, "company", ALL - {"role-noun-covers"}) is None


def test_the_parent_company_of_a_name_is_not_its_title(described):
    text = ("Alphabet, the parent company of Google, jumped 3 percent. The company reported earnings of $8.42 "
            "a share.")
    actors = [("alphabet", "Alphabet", "organization", None, ["Alphabet"]),
              ("google", "Google", "organization", None, ["Google"])]
    assert described(text, actors, "company") == "alphabet"
    assert described(text, actors, "company", ALL - {"of-phrase-not-title"}) == "google"


def test_a_group_described_by_an_appositive(described):
    text = ("The money went to the Club for Growth, a free-market activist group, last year. The group "
            "raised $2 million in March.")
    actors = [("cfg", "Club for Growth", "organization", None, ["Club for Growth"])]
    assert described(text, actors, "group") == "cfg"


def test_a_name_in_the_description_must_be_in_the_title(described):
    people = [("hart", "Jo Hart", "person", "Republican presidential nominee", ["Jo Hart"]),
              ("gop", "Republican Party", "organization", None, ["Republican"])]
    text = "Jo Hart spoke in Ohio on Sunday. The Republican nominee rejected the plan on Monday."
    assert described(text, people, "nominee") == "hart"
    assert described(text, people, "nominee", ALL - {"affiliation-modifier"}) is None
    people[0] = ("hart", "Jo Hart", "person", "Democratic presidential nominee", ["Jo Hart"])
    assert described(text, people, "nominee") is None


def test_two_answering_actors_compete(described):
    text = "Sen. Jo Hart met Sen. Ola Berg on Sunday. The senator rejected the plan on Monday."
    people = [("hart", "Jo Hart", "person", None, ["Jo Hart"]), ("berg", "Ola Berg", "person", None, ["Ola Berg"])]
    assert described(text, people, "senator") == "berg"
    assert described(text, people, "senator", ALL | {"description-competitor"}) is None


def test_a_possessive_description_is_the_owner(described):
    text = "Pope Francis arrived in Lima on Sunday. The pontiff's meeting with the mayor lasted an hour."
    actors = [("francis", "Pope Francis", "person", None, ["Pope Francis"])]
    assert described(text, actors, "pontiff") == "francis"
    assert described(text, actors, "pontiff", ALL - {"role-noun-covers"}) is None


def test_a_later_role_is_not_yet_a_title(described):
    text = "Hillary Clinton spoke in Ohio on Sunday. The former secretary of state rejected the plan on Monday."
    actors = [("clinton", "Hillary Clinton", "person", None, ["Hillary Clinton"])]
    assert described(text, actors, "secretary", published="2016-03-22") == "clinton"
    assert described(text, actors, "secretary", ALL - {"official-titles"}, "2016-03-22") is None
    assert described(text, actors, "secretary", published="2005-06-01") is None  # secretary of state from 2009


def test_a_pronoun_before_does_not_switch_off_descriptions_named_after(described):
    # the "she" once overwrote the ``ahead`` switch of every description after it
    text = "She spoke first. The city's new mayor rejected the plan on Monday. Jo Hart was elected mayor last week."
    actors = [("hart", "Jo Hart", "person", None, ["Jo Hart"])]
    assert described(text, actors, "mayor rejected") == "hart"
