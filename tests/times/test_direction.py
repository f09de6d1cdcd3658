"""The clause decides where an underspecified date lies, and names are no times (invented sentences)."""
from __future__ import annotations

import pytest

from helpers import times

from .support import extract


def dates(nlp, text, published):
    return [(t.text, t.value) for t in extract(nlp, text, published) if t.type == "DATE"]


@pytest.mark.parametrize("text, published, expected", [
    # weekdays: past clause back, future clause ahead, present the nearest (2025-05-16 is a Friday)
    ("The rebels attacked the base on Tuesday.", "2025-05-16", [("Tuesday", "2025-05-13")]),
    ("The ministers will meet on Tuesday.", "2025-05-16", [("Tuesday", "2025-05-20")]),
    ("The new rule takes effect on Sunday.", "2025-05-16", [("Sunday", "2025-05-18")]),
    ("The court upheld Wednesday's ruling.", "2025-05-16", [("Wednesday", "2025-05-14")]),
    # a day's thing named in a past clause lies back; elsewhere the nearest day
    ("In Sunday's debate, the senator attacked her rival.", "2025-05-16", [("Sunday", "2025-05-11")]),
    ("Sunday's vote will be close.", "2025-05-16", [("Sunday", "2025-05-18")]),
    ("The party will try to get around Wednesday's ruling.", "2025-05-16", [("Wednesday", "2025-05-14")]),
    ("Candidates campaigned ahead of Sunday's vote.", "2025-05-16", [("Sunday", "2025-05-18")]),
    ("Saturday's match went to extra time.", "2025-05-16", [("Saturday", "2025-05-10")]),
    # months and days without a year
    ("Economists expected one more rate cut in April.", "2024-12-20", [("April", "2025-04")]),
    ("The bank said it would close the branch on Dec. 12.", "2016-11-20", [("Dec. 12", "2016-12-12")]),
    ("The rebels seized the town in September.", "2025-05-16", [("September", "2024-09")]),
    ("The firm agreed in June to buy its rival.", "2025-03-10", [("June", "2024-06")]),
    ("The company extended its offer to June 5.", "2025-05-16", [("June 5", "2025-06-05")]),
    ("Dividend payable Nov. 22 to holders of record.", "2025-11-02", [("Nov. 22", "2025-11-22")]),
    ("The treaty is due to be signed in January.", "2025-10-01", [("January", "2026-01")]),
    ("The insurer named a new chief executive, effective March 3.", "2025-10-01", [("March 3", "2026-03-03")]),
    ("The appeal is heard in March.", "2025-10-01", [("March", "2026-03")]),
    ("The strike made it impossible to ship the grain in May.", "2025-03-10", [("May", "2024-05")]),
    # seasons and this-week forms
    ("The troops will return in the winter.", "2025-05-16", [("winter", "2025-WI")]),
    ("The town fell in the summer.", "2025-05-16", [("summer", "2024-SU")]),
    ("The pipeline froze in the winter.", "2025-05-16", [("winter", "2024-WI")]),
    ("The talks collapsed this week.", "2025-05-16", [("this week", "2025-W20")]),
    # anaphora: counted from the date last named
    ("The war began in June 2014. A year earlier the army had mobilised.", "2025-05-16",
     [("June 2014", "2014-06"), ("A year earlier", "2013")]),
    ("The plant closed on March 3, 2021. A year earlier it had made a profit.", "2025-05-16",
     [("March 3, 2021", "2021-03-03"), ("A year earlier", "2020-03-03")]),
    ("Talks began in March 2019 and collapsed later that year.", "2025-05-16",
     [("March 2019", "2019-03"), ("later that year", "2019")]),
])
def test_direction(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize("text", [
    "The former minister and the latter adviser spoke then.",
    "She gave a long interview to Russia Today.",
    "The navy ended the exercise Iron Shield 2023-A near the coast.",
    "The office still runs Windows 2000 on old machines.",
    "He drove an old model, the Falcon 1998, to the rally.",
])
def test_names_and_adjectives_are_no_times(nlp, text):
    assert dates(nlp, text, "2025-05-16") == []


def test_quarterly_report_reads_a_year_ago_as_that_quarter(nlp):
    text = "Third-quarter profit rose to $5 million from $4 million a year ago."
    assert dates(nlp, text, "2024-10-25") == [("Third-quarter", "2024-Q3"), ("a year ago", "2023-Q3")]


def test_clause_tense_values(nlp):
    doc = nlp("He said the vote will be held on Friday.")
    i = doc.text.index("Friday")
    assert times.clause_tense(doc, i, i + 6) == times.FUTURE
    doc = nlp("Officials met on Friday.")
    i = doc.text.index("Friday")
    assert times.clause_tense(doc, i, i + 6) == times.PAST


@pytest.mark.parametrize("text", [
    "After a quarter-century of talks the treaty was signed.",
    "A quarter of the voters stayed home.",
])
def test_quarter_words_that_are_no_quarter_of_a_year(nlp, text):
    assert dates(nlp, text, "2025-05-16") == []


def test_conditions_and_squeezed_dates(nlp):
    assert dates(nlp, "He would change course if he won the vote on Nov. 8.", "2016-05-16") == [
        ("Nov. 8", "2016-11-08")]
    # a possibility ("can", "may") looks ahead, "could" also looks back; a stance verb's present reports nothing
    assert dates(nlp, "Voters want a nominee who can win the election in November.", "2016-03-04") == [
        ("November", "2016-11")]
    assert dates(nlp, "The official could not be reached on Wednesday.", "2016-03-04") == [
        ("Wednesday", "2016-03-02")]
    assert dates(nlp, "On Tuesday, Democrats vote in Arizona and Utah.", "2016-03-21") == [("Tuesday", "2016-03-22")]
    assert dates(nlp, "On Tuesday, the senator says, the voters rejected him.", "2016-03-21") == [
        ("Tuesday", "2016-03-15")]
    # a condition in the present looks ahead
    assert dates(nlp, "The party could lose the Senate if he is on the ticket in November.", "2016-03-24") == [
        ("November", "2016-11")]
    assert dates(nlp, "The party lost the Senate when he was on the ticket in November.", "2016-03-24") == [
        ("November", "2015-11")]
    assert dates(nlp, "The attacks of Sept.11, 2001 changed the agency.", "2016-05-16") == [
        ("Sept.11, 2001", "2001-09-11")]


def test_participles(nlp):
    assert dates(nlp, "Disclosures filed on Sunday show the spending.", "2016-03-22") == [("Sunday", "2016-03-20")]
    assert dates(nlp, "Leaders prepared for a summit set for April.", "2024-12-20") == [("April", "2025-04")]


@pytest.mark.parametrize("text, expected", [
    ("The index ended near its record high set on Aug. 6.", [("Aug. 6", "2024-08-06")]),
    ("The vote is set for Tuesday.", [("Tuesday", "2024-12-24")]),
    ("The company has set aside $5 million for the case on Tuesday.", [("Tuesday", "2024-12-17")]),
])
def test_set_looks_forward_only_as_a_schedule(nlp, text, expected):
    assert dates(nlp, text, "2024-12-20") == expected
