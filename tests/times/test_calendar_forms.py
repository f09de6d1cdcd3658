"""Years as modifiers, a weekday with its date, and the other calendar forms added to the rule
file: each found and valued as TIMEX3 would (invented sentences)."""
from __future__ import annotations

import pytest

from .support import extract


def found(nlp, text, published):
    return [(t.text, t.type, t.value) for t in extract(nlp, text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # a year before a plural noun is a year after a determiner, a possessive or "fiscal"
    ("Many of the leaders who led the 2019 protests have left.", "2025-05-16", ("2019", "DATE", "2019")),
    ("The charge will appear in the company's 2024 results.", "2025-05-16", ("2024", "DATE", "2024")),
    ("Sales rose above fiscal 2023 sales of $5 million.", "2025-05-16", ("fiscal 2023", "DATE", "2023")),
    ("The company expects fiscal year 2024 earnings to rise.", "2025-05-16", ("fiscal year 2024", "DATE", "2024")),
    ("Fast-forward to 2016: the race had tightened.", "2025-05-16", ("2016", "DATE", "2016")),
    # a weekday and its date are one expression, and the weekday fixes the year
    ("The paper said in an editorial on Monday, Dec. 30, that the plan failed.", "2025-01-10",
     ("Monday, Dec. 30", "DATE", "2024-12-30")),
    ("Police said the attack happened on Friday Oct. 13.", "2023-10-20", ("Friday Oct. 13", "DATE", "2023-10-13")),
    # "the year" is the year of the report, or one named earlier in the sentence; a fiscal year
    # "ended June 30" is a stretch of one year
    ("The company expects higher earnings for the full year.", "2025-05-16", ("the full year", "DATE", "2025")),
    ("The deal should close by year-end.", "2025-05-16", ("year-end", "DATE", "2025")),
    ("In 2019 the firm lost money, and for the year its sales fell.", "2025-05-16", ("the year", "DATE", "2019")),
    ("Revenue for the year ended June 30 was $4 million.", "2025-08-16", ("the year", "DURATION", "P1Y")),
    # decades in words, halves of a year
    ("Crime fell sharply through the nineties.", "2025-05-16", ("the nineties", "DATE", "199")),
    ("Growth slowed in the second half of 2023.", "2025-05-16", ("the second half of 2023", "DATE", "2023-H2")),
    ("Profit should recover in the first half of next year.", "2025-05-16",
     ("the first half of next year", "DATE", "2026-H1")),
    # the month right after publication is the coming one even in a past clause
    ("The ministry told refiners of a 15 percent cutback in its oil supply in September.", "2025-08-16",
     ("September", "DATE", "2025-09")),
    ("The ministry said it cut supplies in October.", "2025-08-16", ("October", "DATE", "2024-10")),
    ("In September, the minister proposed a new tax.", "2025-08-16", ("September", "DATE", "2024-09")),
    ("The campaign spent its money in states that hold contests in September.", "2025-08-16",
     ("September", "DATE", "2025-09")),
    ("Troops should arrive by the end of the month.", "2025-05-16", ("the end of the month", "DATE", "2025-05")),
    ("Margins will stay thin in the near term.", "2025-05-16", ("the near term", "DATE", "FUTURE_REF")),
    ("Sales should recover in next year's first quarter.", "2025-05-16",
     ("next year's first quarter", "DATE", "2026-Q1")),
    ("The plant reopens in the third quarter of next year.", "2025-05-16",
     ("the third quarter of next year", "DATE", "2026-Q3")),
    # a clock time with its day is one TIME on that day
    ("The kidnappers struck at 10 p.m. Wednesday, police said.", "2025-05-16",
     ("10 p.m. Wednesday", "TIME", "2025-05-14T22:00")),
    ("Talks broke off at noon Thursday.", "2025-05-16", ("noon Thursday", "TIME", "2025-05-15T12:00")),
    # a deadline moved by a past verb is still ahead
    ("The agency extended its deadline until Tuesday.", "2025-05-16", ("Tuesday", "DATE", "2025-05-20")),
    ("Banks extended the firm's credit line through January.", "2025-10-30", ("January", "DATE", "2026-01")),
    ("The strike lasted until Tuesday.", "2025-05-16", ("Tuesday", "DATE", "2025-05-13")),
    # a day just behind publication stays there in a future clause; a year's end named late in it is ahead
    ("The family will try to keep the boy past the Jan. 14 deadline.", "2025-01-16", ("Jan. 14", "DATE", "2025-01-14")),
    ("The firm cut costs, moving toward its goal by the end of the year.", "2025-10-30",
     ("the end of the year", "DATE", "2025")),
    ("Sales slumped at the end of the year.", "2025-02-10", ("the end of the year", "DATE", "2024")),
    ("It rained hard this past weekend.", "2025-05-14", ("this past weekend", "DATE", "2025-W19-WE")),
    ("The court will rule on the case in the fall.", "2025-05-16", ("the fall", "DATE", "2025-FA")),
    # "the following Monday", "the previous Friday": counted from the day last named
    ("The ship sank on May 2, 2024. Divers reached it the following Monday.", "2025-05-16",
     ("the following Monday", "DATE", "2024-05-06")),
    ("The ship sank on Friday, May 3, 2024. The crew had sailed the previous Friday.", "2025-05-16",
     ("the previous Friday", "DATE", "2024-04-26")),
    # "the day before" in apposition to a date is that date
    ("Shares peaked on Oct. 12, the day before the crash.", "2025-10-30", ("the day before", "DATE", "2025-10-12")),
    ("Voting ended on May 10. The day before, police had been warned.", "2025-05-16",
     ("The day before", "DATE", "2025-05-09")),
    # a gerund after a forward-looking word is aimed at, not done: the past verb above does not date it
    ("Supporters held signs in hopes of seeing the pair on the ticket in the fall.", "2016-05-12",
     ("the fall", "DATE", "2016-FA")),
    ("The firm was accused of cutting jobs in September.", "2016-05-12", ("September", "DATE", "2015-09")),
    # a decade keeps its century; "that" before a month or season is the year last named
    ("Cars must run on clean power by the 2030s.", "2016-04-23", ("the 2030s", "DATE", "203")),
    ("The mill closed in the 1960s.", "2016-04-23", ("the 1960s", "DATE", "196")),
    ("In 1972 the senator won the nomination. He lost the election that November.", "2016-04-26",
     ("November", "DATE", "1972-11")),
    ("She moved to Paris in May 2005 and left that autumn.", "2016-04-26", ("autumn", "DATE", "2005-FA")),
    # a month after "every"/"each" is a set; "the past year" is the year before, a date
    ("The couple hosts twenty receptions each December.", "2016-04-26", ("each December", "SET", "XXXX-12")),
    ("Hate groups grew fast over the past year.", "2013-03-22", ("the past year", "DATE", "2012")),
    ("Prices fell sharply in the past month.", "2013-03-22", ("the past month", "DATE", "2013-02")),
    ("Prices fell sharply in the past two months.", "2013-03-22", ("the past two months", "DURATION", "P2M")),
    # days counted back from a year count from the last day named, else from publication
    ("The debate drew 8 million viewers on Saturday. In another year, the last debate of the year drew "
     "more than the one four days earlier.", "2015-12-22", ("four days earlier", "DATE", "2015-12-15")),
    ("In March 2010 the firm said it had sold the plant two months earlier.", "2016-04-26",
     ("two months earlier", "DATE", "2010-01")),
])
def test_calendar_form(nlp, text, published, expected):
    assert expected in found(nlp, text, published)


@pytest.mark.parametrize("text, published, absent", [
    ("The election drew 1999 voters.", "2025-05-16", "1999"),
    ("Investors worried about the fall in prices.", "2025-05-16", "fall"),
    ("Historians wrote about the fall of the city.", "2025-05-16", "fall"),
    ("The firm will repay its short-term debt.", "2025-05-16", "term"),
    ("The striker scored twice in the first half of the match.", "2025-05-16", "the first half"),
    ("Most of the survivors were in their forties.", "2025-05-16", "forties"),
])
def test_no_time(nlp, text, published, absent):
    assert all(absent not in t for t, _, _ in found(nlp, text, published))
