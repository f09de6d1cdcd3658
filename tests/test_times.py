"""Times: spans, types and TIMEX3 values on small texts, and the seed's gold times."""
from __future__ import annotations

import pytest

from helpers import sentences, times
from helpers.article import from_text
from helpers.tables import ArticleTables
from tests.conftest import gold_line_span

PUB = "2025-05-16"  # a Friday


def run(nlp, text, published=PUB):
    article = from_text(text, published=published)
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    return times.extract(doc, article, tables)


def values(nlp, text, published=PUB):
    return [(t.text, t.type, t.value) for t in run(nlp, text, published)]


@pytest.mark.parametrize("text, expected", [
    ("The minister said on Tuesday that he was ready.", [("Tuesday", "DATE", "2025-05-13")]),
    ("The new law takes effect on Sunday.", [("Sunday", "DATE", "2025-05-18")]),
    ("He will leave office on Monday.", [("Monday", "DATE", "2025-05-19")]),
    ("Officials met on Friday in Rome.", [("Friday", "DATE", "2025-05-16")]),
    ("The talks collapsed last week.", [("last week", "DATE", "2025-W19")]),
    ("The summit is planned for next week.", [("next week", "DATE", "2025-W21")]),
    ("Prices rose this month.", [("this month", "DATE", "2025-05")]),
    ("Sales fell last year and will grow next year.", [("last year", "DATE", "2024"), ("next year", "DATE", "2026")]),
    ("Earlier this year the party split.", [("Earlier this year", "DATE", "2025")]),
    ("The deal was signed on March 22.", [("March 22", "DATE", "2025-03-22")]),
    ("The deal was signed on 22 March 2019.", [("22 March 2019", "DATE", "2019-03-22")]),
    ("The rebels attacked in December.", [("December", "DATE", "2024-12")]),
    ("Elections will be held in September.", [("September", "DATE", "2025-09")]),
    ("The summit will take place June 15-16.", [("June 15-16", "DATE", "2025-06-15")]),
    ("The war has raged since 2022.", [("2022", "DATE", "2022")]),
    ("Growth was strong in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The company was founded two years ago.", [("two years ago", "DATE", "2023")]),
    ("They spoke yesterday and will meet tomorrow.",
     [("yesterday", "DATE", "2025-05-15"), ("tomorrow", "DATE", "2025-05-17")]),
    ("The vote is tonight.", [("tonight", "TIME", "2025-05-16TNI")]),
    ("Protesters gathered on Tuesday night.", [("Tuesday night", "DATE", "2025-05-13")]),  # dated by its day
    ("The spokesman briefs reporters daily.", [("daily", "SET", "P1D")]),
    ("The spokesman gives a daily briefing.", [("daily", "SET", "P1D")]),
    ("She writes for the party daily.", []),
    ("The board meets every week.", [("every week", "SET", "P1W")]),
    ("The strike lasted six weeks.", [("six weeks", "DURATION", "P6W")]),
    ("He was held for three days.", [("three days", "DURATION", "P3D")]),
    ("Profits grew over the past year.", [("the past year", "DATE", "2024")]),  # TimeBank: the year before
    ("Profits grew over the past two years.", [("the past two years", "DURATION", "P2Y")]),
    ("Profits grew in the first quarter.", [("the first quarter", "DATE", "2025-Q1")]),
    ("The army is now in control and currently holds the city.",
     [("now", "DATE", "PRESENT_REF"), ("currently", "DATE", "PRESENT_REF")]),
    ("The minister recently resigned; an election is due soon.", [("recently", "DATE", "PAST_REF")]),
    ("The former president spoke.", []),
    ("Troops left last summer.", [("last summer", "DATE", "2024-SU")]),
    ("He will meet Putin as soon as possible.", []),
    ("The fund paid $2022 to 1500 people in May.", [("May", "DATE", "2025-05")]),
    ("You may leave.", []),
    ("Thousands march in protest.", []),
    ("A second round of talks is planned.", []),
    ("The election drew 1999 voters in 2023.", [("2023", "DATE", "2023")]),
    ("Voting ends at 10 a.m.", [("10 a.m.", "TIME", "2025-05-16T10:00")]),
    ("Prices doubled by the end of the year.", [("the end of the year", "DATE", "2024")]),
    ("For decades the border was closed; within weeks it opened.",
     [("decades", "DURATION", "PXDE"), ("weeks", "DURATION", "PXW")]),
])
def test_values(nlp, text, expected):
    assert values(nlp, text) == expected


def test_interval_bounds(nlp):
    rows = {t.text: t for t in run(nlp, "Talks stalled since 2022 and resumed last week; the meeting on June 15-16 will be held.")}
    assert (rows["2022"].date_start, rows["2022"].date_end) == ("2022-01-01", PUB)
    assert (rows["last week"].date_start, rows["last week"].date_end, rows["last week"].precision) == (
        "2025-05-05", "2025-05-11", "week")
    assert (rows["June 15-16"].date_start, rows["June 15-16"].date_end) == ("2025-06-15", "2025-06-16")


def test_the_day_before_counts_from_the_last_date(nlp):
    got = values(nlp, "The attack came on March 3. The day before, police had been warned.")
    assert got == [("March 3", "DATE", "2025-03-03"), ("The day before", "DATE", "2025-03-02")]


def test_no_publication_date_leaves_relative_values_null(nlp):
    got = values(nlp, "The minister said on Tuesday that talks stalled in 2022.", published=None)
    assert got == [("Tuesday", "DATE", None), ("2022", "DATE", "2022")]


def test_boilerplate_gives_no_times(nlp):
    text = "Leaders met today.\nPlease consider making a donation today to support us."
    got = values(nlp, text)
    assert got == [("today", "DATE", PUB)]


def test_sentence_ids_and_offsets(nlp):
    text = "Nothing here.\nThey met on Friday."
    (t,) = run(nlp, text)
    assert text[t.start:t.end] == "Friday" and t.sentence_id == 1 and t.time_id == "t1"


def test_bad_input(nlp):
    article = from_text("Hello.", published=PUB)
    with pytest.raises(ValueError):
        times.extract("not a doc", article, ArticleTables(article=article.row()))


def test_resolve_without_doc():
    r = times.resolve("next month", published=PUB)
    assert (r.type, r.value, r.precision) == ("DATE", "2025-06", "month")
    assert r.date_start.isoformat() == "2025-06-01" and r.date_end.isoformat() == "2025-06-30"
    assert times.resolve("nothing temporal", published=PUB) is None


def test_seed_gold_times(seed_article, nlp, gold):
    doc = nlp(seed_article.text)
    tables = ArticleTables(article=seed_article.row())
    tables.sentences = sentences.extract(doc, seed_article)
    ours = times.extract(doc, seed_article, tables)
    for g in gold["times"]:
        if g.get("optional"):
            continue
        lo, hi = gold_line_span(seed_article.text, g["line"])
        hits = [t for t in ours if lo <= t.start < hi and g["text"] in t.text
                and t.value == g["value"] and t.type == g["type"]]
        assert hits, f"gold time {g} not found"
    # nothing from the donation appeal
    assert all(not tables.is_boilerplate(t.start) for t in ours)
