"""Events: rows on small invented texts with hand-made actor tables, and the seed article.

The small texts get their mentions written here (not by the actors module), so
these tests check the event rules alone; the seed tests run the whole engine.
"""
from __future__ import annotations

import pytest

from helpers import events
from helpers.article import from_text
from helpers.records import MODALITIES, PLOVER_CATEGORIES
from helpers.tables import ArticleTables
from tests.test_events_rules import row_for, run_text

PUB = "2025-05-16"  # a Friday


def short(rows):
    return [(e.predicate, e.category, e.actor_id, e.target, e.modality, e.date, e.date_inferred) for e in rows]


def test_verb_event_with_its_time(nlp):
    text = "Vladimir Putin rejected the proposal on Tuesday."
    rows = run_text(nlp, text, {"Vladimir Putin": "vladimir-putin"})
    assert short(rows) == [("reject", "REJECT", "vladimir-putin", None, "asserted", "2025-05-13", False)]
    assert rows[0].time_id == "t1" and rows[0].text == "Vladimir Putin rejected the proposal on Tuesday"
    assert text[rows[0].trigger_start:rows[0].trigger_end] == "rejected"


def test_agent_is_the_subject_not_every_actor_in_the_clause(nlp):
    text = "Vladimir Putin rejected an invitation from Volodymyr Zelensky to meet in Istanbul."
    rows = run_text(nlp, text, {"Vladimir Putin": "putin", "Volodymyr Zelensky": "zelensky"})
    reject = row_for(rows, text, "rejected")
    assert reject.actor_id == "putin" and set(reject.participants) == {"putin", "zelensky"}
    assert not [e for e in rows if e.actor_id == "zelensky" and e.category == "REJECT"]


def test_thanking_gives_support_to_the_thanked(nlp):
    text = "Zelensky thanked Rutte and Merz for their support."
    rows = run_text(nlp, text, {"Zelensky": "zelensky", "Rutte": "rutte", "Merz": "merz"})
    assert [(e.actor_id, e.category, e.target) for e in rows] == [("zelensky", "SUPPORT", "rutte"),
                                                                  ("zelensky", "SUPPORT", "merz")]


def test_light_verb_takes_the_nouns_category(nlp):
    text = "The United States imposed sanctions on Iran in 2019."
    rows = run_text(nlp, text, {"United States": "USA", "Iran": "IRN"})
    assert short(rows) == [("impose", "SANCTION", "USA", "IRN", "asserted", "2019-01-01", False)]


def test_no_agent_no_event(nlp):
    assert run_text(nlp, "The committee rejected the plan.", {}) == []


def test_since_of_a_noun_does_not_date_the_event(nlp):
    text = "Chile and Peru held talks, the first since 2022."
    rows = run_text(nlp, text, {"Chile": "CHL", "Peru": "PER"})
    assert [(e.predicate, e.actor_id, e.date) for e in rows] == [("hold", "CHL", None), ("hold", "PER", None)]


def test_since_on_the_verb_dates_the_event_at_its_start(nlp):
    text = "Russia has attacked Ukraine since 2022."
    rows = run_text(nlp, text, {"Russia": "RUS", "Ukraine": "UKR"})
    assert short(rows) == [("attack", "ASSAULT", "RUS", "UKR", "asserted", "2022-01-01", False)]


def test_past_without_time_has_no_date_present_gets_publication(nlp):
    text = "Emmanuel Macron criticized the decision."
    rows = run_text(nlp, text, {"Emmanuel Macron": "macron"})
    assert (rows[0].date, rows[0].date_inferred, rows[0].time_id) == (None, False, None)
    text = "Emmanuel Macron criticizes the decision."
    rows = run_text(nlp, text, {"Emmanuel Macron": "macron"})
    assert (rows[0].date, rows[0].date_inferred) == (PUB, True)
    rows = run_text(nlp, text, {"Emmanuel Macron": "macron"}, published=None)
    assert (rows[0].date, rows[0].date_inferred) == (None, False)


def test_relative_clause_time_belongs_to_its_own_clause(nlp):
    text = "Norway condemned the war that began on October 7, 2023."
    rows = run_text(nlp, text, {"Norway": "NOR"})
    assert [(e.predicate, e.date) for e in rows] == [("condemn", None)]


def test_plain_speech_with_a_quote_is_no_row_news_speech_stays(nlp):
    text = "“We will not give up,” Zelensky said on Monday. Zelensky accused Russia of stalling."
    rows = run_text(nlp, text, {"Zelensky": "zelensky", "Russia": "RUS"})
    assert [(e.predicate, e.category, e.actor_id, e.target) for e in rows] == [
        ("accuse", "DISAPPROVE", "zelensky", "RUS")]


def test_a_cue_of_a_direct_question_and_reported_words_is_the_question(nlp):
    # "asked" tags the quoted question and carries "shaking her head no": the question tells the act
    text = ('"Do I think that the dealer should be sued?" Ola Berg asked rhetorically, shaking her head no. '
            '"But I do believe that makers should be sued."')
    rows = run_text(nlp, text, {"Ola Berg": "ola-berg"})
    assert row_for(rows, text, "asked") is None


def test_one_row_per_trigger_and_agent_and_no_duplicates(nlp):
    text = "Chile signed the accord with Peru. Peru and Chile signed a second accord on Monday."
    rows = run_text(nlp, text, {"Chile": "CHL", "Peru": "PER"})
    keys = [(e.sentence_id, e.trigger_start, e.actor_id) for e in rows]
    assert len(keys) == len(set(keys)) == 3  # the second accord is signed by each of its signers


def test_headline_repeated_by_the_body_merges(nlp):
    text = "Chile rejects Peru's offer\n\nChile rejected Peru's offer on Monday, officials said."
    rows = run_text(nlp, text, {"Chile": "CHL", "Peru": "PER"})
    rejects = [e for e in rows if e.predicate == "reject"]
    assert [(e.sentence_id, e.date) for e in rejects] == [(1, "2025-05-12")]


def test_boilerplate_gives_no_events(nlp):
    text = "Keir Starmer welcomed the deal.\nPlease support us with a donation: Keir Starmer backs us."
    assert [e.predicate for e in run_text(nlp, text, {"Keir Starmer": "starmer"})] == ["welcome"]


def test_bad_input():
    article = from_text("Hello.", published=PUB)
    with pytest.raises(ValueError):
        events.extract(None, article, ArticleTables(article=article.row()))


def test_category_of():
    assert events.category_of("threaten") == "THREATEN"
    assert events.category_of("according to") == "STATEMENT"
    assert events.category_of("hold") == "STATEMENT"  # a light verb names no category alone
    assert events.category_of(None) == "STATEMENT"


def test_actors_view_puts_the_agent_first(nlp):
    text = "Chile and Peru signed the accord with Bolivia."
    row = run_text(nlp, text, {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"})[0]
    assert row.actors[0] == row.actor_id == "CHL" and set(row.actors) == {"CHL", "PER", "BOL"}


def test_seed_events_are_well_formed(seed_tables):
    cue_quotes = {q.quote_id for q in seed_tables.quotes}
    assert seed_tables.events, "the seed gives events"
    for e in seed_tables.events:
        assert e.category in PLOVER_CATEGORIES and e.modality in MODALITIES
        assert e.actor_id and e.actor_id in {a.actor_id for a in seed_tables.actors}
        assert not seed_tables.is_boilerplate(e.start)
        assert e.time_id is None or not e.date_inferred
        assert e.quote_id is None or e.quote_id in cue_quotes
        assert 0 < e.confidence <= 1
        assert e.trigger_start is not None and e.start <= e.trigger_start < e.end
        assert not (e.category == "STATEMENT" and e.quote_id)
    keys = [(e.trigger_start, e.trigger_end) for e in seed_tables.events]
    assert len(keys) == len(set(keys))


def test_seed_no_event_dated_by_a_since_modifier(seed_tables):
    """'since 2022' modifies 'talks' and a stalled state in the seed; no event takes 2022 from it."""
    times = {t.time_id: t for t in seed_tables.times}
    for e in seed_tables.events:
        if e.time_id:
            assert not times[e.time_id].text.lower().startswith("since"), e


def test_an_act_about_another_of_the_same_agent_is_one_row(nlp):
    text = "Norway defended its call for sanctions. Norway agreed to meet Chile."
    rows = run_text(nlp, text, {"Norway": "NOR", "its": "NOR", "Chile": "CHL"})
    assert [(e.predicate, e.category) for e in rows] == [("defend", "SUPPORT"), ("agree", "AGREE")]


@pytest.mark.parametrize("text, actors, trigger, category", [
    ("Chile summoned Peru's ambassador on Tuesday.", {"Chile": "CHL", "Peru": "PER"}, "summoned", "DEMAND"),
    ("Norway cancelled the state visit.", {"Norway": "NOR"}, "cancelled", "REJECT"),
    ("Ola Berg testified before the committee.", {"Ola Berg": "ola-berg"}, "testified", "INVESTIGATE"),
    ("The rebels ousted the governor, and Chile extradited him.", {"Chile": "CHL"}, "extradited", "COERCE"),
    ("Peru's nomination of Ola Berg surprised Chile.", {"Peru": "PER", "Ola Berg": "ola-berg", "Chile": "CHL"},
     "nomination", "COOPERATE"),
])
def test_second_pass_lexicon_entries(nlp, text, actors, trigger, category):
    rows = run_text(nlp, text, actors)
    row = row_for(rows, text, trigger)
    assert row is not None and row.category == category


@pytest.mark.parametrize("text, trigger, agent", [
    ("Chile rejected the plan and expelled Peru's ambassador.", "expelled", "CHL"),        # conjoined verbs
    ("Chile, which vetoed the plan last week, imposed sanctions on Peru.", "vetoed", "CHL"),  # relative clause
    ("Chile voted to impose sanctions on Peru.", "impose", "CHL"),                          # xcomp
    ("Peru's ambassador was expelled by Chile.", "expelled", "CHL"),                        # passive by-phrase
    ("Chile's expulsion of Peru's ambassador angered Norway.", "expulsion", "CHL"),        # nominal owner
    ("Chile sought to block the sale, then sued Peru.", "sued", "CHL"),                    # unlabelled conjunct
    ("Chile, having condemned Peru, recalled its ambassador.", "recalled", "CHL"),          # participle clause
])
def test_agent_through_clause_types(nlp, text, trigger, agent):
    actors = {k: v for k, v in {"Chile": "CHL", "Peru": "PER", "Norway": "NOR"}.items() if k in text}
    row = row_for(run_text(nlp, text, actors), text, trigger)
    assert row is not None and row.actor_id == agent
