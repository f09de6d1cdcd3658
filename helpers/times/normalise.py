"""Normalisation functions: a regex match of a time rule and its context to a TIMEX3 value.

Each function is registered under the name the rule file (``data/reference/time_rules.csv``,
column ``normalise``) uses, as HeidelTime's NORM_VALUE functions are.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from . import dates as D
from .dates import FUTURE, NEAREST, PAST, Resolved
from .words import holidays, number, words


@dataclass
class Context:
    published: Optional[dt.date]
    tense: Callable[[], str]
    anchor: Optional[dt.date]           # the last day-precise date before this one
    before: str                          # the text just before the span
    after: str                           # the text just after the span
    last: Optional[Resolved] = None      # the last calendar date (any precision) before this one
    quarter: Optional[Resolved] = None   # the last quarter named in the document ("the third quarter")
    sentence: str = ""                   # the sentence around the span
    on_verb: Callable[[], bool] = lambda: False  # the span dates the clause's verb itself ("met in May")


Handler = Callable[[re.Match, Context], Optional[Resolved]]
NORMALISE: dict[str, Handler] = {}


def normaliser(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        NORMALISE[name] = fn
        return fn
    return register


def _g(m: re.Match, name: str) -> str:
    return (m.groupdict().get(name) or "").lower()


def _mon(m: re.Match) -> int:
    return int(words()["month"][_g(m, "mon").rstrip(".")])


@normaliser("iso")
def iso(m, ctx):
    try:
        return D.day(dt.date(int(m.group("y")), int(m.group("mo")), int(m.group("d"))))
    except ValueError:
        return None


_WEEKDAY_BEFORE = re.compile(r"\b([A-Za-z]+),?\s*$")


def _year_by_weekday(pub: dt.date, mon: int, dom: int, wd: int) -> Optional[int]:
    """"Monday, Oct. 26": of the years around publication, the one in which the day falls on that weekday."""
    for y in sorted((pub.year, pub.year - 1, pub.year + 1), key=lambda y: abs(y - pub.year)):
        try:
            if dt.date(y, mon, dom).isoweekday() == wd:
                return y
        except ValueError:
            continue
    return None


@normaliser("month_day")
def month_day(m, ctx):
    mon, dom, dom2 = _mon(m), int(m.group("d")), m.groupdict().get("d2")
    # "Monday, Oct. 26" (rule date_weekday_month_day) or a weekday just before: the year in which they agree
    before = _WEEKDAY_BEFORE.search(ctx.before)
    wd = words()["weekday"].get(_g(m, "wd") or (before.group(1).lower() if before else ""))
    if m.group("y"):
        y = int(m.group("y"))
    elif ctx.published and wd and _year_by_weekday(ctx.published, mon, dom, int(wd)):
        y = _year_by_weekday(ctx.published, mon, dom, int(wd))
    elif ctx.published:
        y = D.month_year(ctx.published, mon, ctx.tense(), dom)
    else:
        return Resolved("DATE", None, "day")
    try:
        start = dt.date(y, mon, dom)
        end = dt.date(y, mon, int(dom2)) if dom2 else start
    except ValueError:
        return None
    return Resolved("DATE", start.isoformat(), "day", start, max(start, end))


@normaliser("week_of")
def week_of(m, ctx):
    """"the week of March 6": the calendar week holding that day (TIMEX3 week value)."""
    day = month_day(m, ctx)
    if day is None or day.date_start is None:
        return Resolved("DATE", None, "week") if day is not None else None
    return D.week(day.date_start)


@normaliser("month")
def month(m, ctx):
    mon, rel, pub = _mon(m), _g(m, "rel"), ctx.published
    if m.group("y"):
        y = int(m.group("y"))
    elif not pub:
        return Resolved("DATE", None, "month")
    elif rel == "last":
        y = pub.year - (1 if mon >= pub.month else 0)
    elif rel == "next":
        y = pub.year + (1 if mon <= pub.month else 0)
    elif rel == "this":
        y = pub.year
    elif _THAT.search(ctx.before) and ctx.last is not None and ctx.last.date_start:
        y = ctx.last.date_start.year  # "In 1972 ... lost that November": the year last named
    elif _g(m, "ry"):
        y = pub.year + _STEP.get(_g(m, "ry"), 0)
    else:
        y = D.month_year(pub, mon, ctx.tense(), upcoming=not ctx.on_verb())
    return D.month(y, mon)


#: "that" right before a month or season: the one of the year last named
_THAT = re.compile(r"\bthat\s+$", re.I)


@normaliser("year")
def year(m, ctx):
    r = D.year(int(m.group("y")))
    if ctx.before.lower().rstrip().endswith("since") and ctx.published:
        return Resolved(r.type, r.value, r.precision, r.date_start, max(ctx.published, r.date_start))
    return r


@normaliser("decade")
def decade(m, ctx):
    digits = words()["decade"].get(_g(m, "dw")) or (m.groupdict().get("cent") or "") + m.group("dec")
    if len(digits) == 1:
        start = 1900 + int(digits) * 10
        if ctx.published and start + 100 <= ctx.published.year:
            start += 100
    else:
        start = int(digits) * 10
    return D.decade(start)


@normaliser("century")
def century(m, ctx):
    n = int(re.sub(r"\D", "", _g(m, "c")) or words()["ordinal"].get(_g(m, "c"), 0))
    return D.century(n) if 1 <= n <= 21 else None


@normaliser("relative_day")
def relative_day(m, ctx):
    word = _g(m, "rd")
    part = words()["daypart"].get(_g(m, "part")) or ("NI" if word == "tonight" else None)
    if not ctx.published:
        return Resolved("TIME" if part else "DATE", None, "day")
    d = ctx.published + dt.timedelta(days=int(words()["day"][word]))
    if part:
        return Resolved("TIME", d.isoformat() + D.DAYPART_TIME[part], "day", d, d)
    return D.day(d)


@normaliser("this_daypart")
def this_daypart(m, ctx):
    part = words()["daypart"][_g(m, "part")]
    if not ctx.published:
        return Resolved("TIME", None, "day")
    return Resolved("TIME", ctx.published.isoformat() + D.DAYPART_TIME[part], "day", ctx.published, ctx.published)


@normaliser("weekday")
def weekday(m, ctx):
    wd = int(words()["weekday"][_g(m, "wd")])
    if not ctx.published:
        return Resolved("DATE", None, "day")
    # "Friday night" is dated by its day: TempEval-3's annotators give the day's value far more often
    # than a part of day (te3-train: 14 against 6), and the article gold's values are days
    rel = _g(m, "rel").split()[-1] if _g(m, "rel") else ""
    if rel in ("previous", "preceding", "following"):
        # "the previous Friday", "the following Monday": counted from the day last named
        base = ctx.anchor or ctx.published
        ahead, back = (wd - base.isoweekday()) % 7 or 7, (base.isoweekday() - wd) % 7 or 7
        return D.day(base + dt.timedelta(days=ahead if rel == "following" else -back))
    return D.day(D.weekday_date(ctx.published, wd, ctx.tense(), rel))


_STEP = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}


def _relative_season(pub: dt.date, code: str, step: int) -> Resolved:
    first, last = D.SEASON_MONTHS[code]
    y = pub.year
    if step < 0:
        y = pub.year if pub.month > (last if last >= first else 12) and code != "WI" else pub.year - 1
    elif step > 0:
        y = pub.year if pub.month < first else pub.year + 1
    return D.season(y, code)


@normaliser("relative_unit")
def relative_unit(m, ctx):
    """this/last/next/earlier this week|month|year|quarter|weekend|decade|season."""
    rel, unit, pub = re.sub(r"\s+", " ", _g(m, "rel")), _g(m, "unit"), ctx.published
    if not pub:
        return Resolved("DATE", None, None)
    step = _STEP.get(rel.split()[-1], 0)
    if unit == "year" and step == -1 and rel.split()[-1] == "last":
        q = _year_ago_quarter(ctx, r"quarter|period")
        if q is not None:
            return q
    if rel.split()[-1] in ("following", "previous") and ctx.last is not None and ctx.last.date_start:
        pub = ctx.last.date_start  # "the following year": counted from the date just named
    if unit in ("week", "weekend"):
        r = D.week(pub + dt.timedelta(days=7 * step))
        if unit == "weekend":
            sat = r.date_start + dt.timedelta(days=5)
            return Resolved("DATE", r.value + "-WE", "week", sat, sat + dt.timedelta(days=1))
        return r
    if unit == "month":
        return D.month(*D.add_months(pub, step))
    if unit == "quarter":
        q = (pub.month - 1) // 3 + step
        return D.quarter(pub.year + (q // 4), q % 4 + 1)
    if unit == "decade":
        return D.decade((pub.year // 10 + step) * 10)
    if unit == "century":
        return D.century(pub.year // 100 + 1 + step)
    if unit in words()["season"]:
        return _relative_season(pub, words()["season"][unit], step)
    return D.year(pub.year + step)


def _year_ago_quarter(ctx: Context, cue: str = r"quarter|period|from|with|than|versus|compared") -> Optional[Resolved]:
    """In a report of quarterly results, "a year ago" in a comparison ("up from $5 million a year
    ago" after "third-quarter profit") and "last year" beside a quarter or period are the same
    quarter a year before (TimeBank's reading)."""
    q = ctx.quarter
    if q is None or q.date_start is None:
        return None
    if not re.search(rf"\b(?:{cue})\b", ctx.sentence, re.I):
        return None
    return D.quarter(q.date_start.year - 1, (q.date_start.month - 1) // 3 + 1)


@normaliser("ago")
def ago(m, ctx):
    """"two years ago": the unit counted back from publication, at the unit's precision; "a day
    earlier": counted back from the date last named (TIMEX3 anaphora), else from publication.
    ("two years later" is left to the duration rules: TimeBank marks "two years" a DURATION.)"""
    n = number(m.group("n")) if _g(m, "n") not in words()["fuzzy"] else None
    unit = words()["unit"][_g(m, "unit")]
    if n is None:
        return Resolved("DATE", "PAST_REF", None)
    if not ctx.published or n != int(n):
        return Resolved("DATE", None, None)
    n = -int(n)
    if unit == "2W":
        unit, n = "W", 2 * n  # "a fortnight ago" is "two weeks ago"
    if unit == "Y" and n == -1:
        q = _year_ago_quarter(ctx)
        if q is not None:
            return q
    base = ctx.published
    if _g(m, "dir") == "earlier" and ctx.last is not None and ctx.last.date_start:
        if ctx.last.precision == "day":
            return _shift_day(ctx.last.date_start, unit, n)  # "on Nov. 1 ...; a year earlier": that day a year before
        if _FINENESS.get(ctx.last.precision or "", 9) > _FINENESS.get(unit, 0):
            # "In 2019 ...; the debate four days earlier": a year names no day to count days back
            # from, so the last day named (else publication) is the base
            return _shift(ctx.anchor or ctx.published, unit, n)
        base = ctx.last.date_start
    return _shift(base, unit, n)


#: how fine a precision or unit is: a unit can be counted back only from a date at least as fine
_FINENESS = {"day": 1, "D": 1, "week": 2, "W": 2, "month": 3, "M": 3, "quarter": 4, "year": 5, "Y": 5,
             "decade": 6, "DE": 6, "CE": 7}


def _shift_day(base: dt.date, unit: str, n: int) -> Optional[Resolved]:
    """The day ``n`` units from ``base`` (at the day's precision)."""
    if unit in ("D", "W"):
        return D.day(base + dt.timedelta(days=n * (7 if unit == "W" else 1)))
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return None
    y, mon = D.add_months(base, n * months)
    return D.day(dt.date(y, mon, min(base.day, D.month_end(y, mon).day)))


@normaliser("week_ago_day")
def week_ago_day(m, ctx):
    """"a week ago", "a week earlier": seven days back, a day (the same weekday), not a calendar week;
    from the date last named for "earlier", as in ``ago``."""
    if not ctx.published:
        return Resolved("DATE", None, "day")
    base = ctx.published
    if _g(m, "dir") == "earlier" and ctx.last is not None and ctx.last.date_start:
        base = ctx.last.date_start
    return D.day(base - dt.timedelta(days=7))


def _shift(base: dt.date, unit: str, n: int) -> Optional[Resolved]:
    if unit == "D":
        return D.day(base + dt.timedelta(days=n))
    if unit == "W":
        return D.week(base + dt.timedelta(days=7 * n))
    if unit == "M":
        return D.month(*D.add_months(base, n))
    if unit == "Y":
        return D.year(base.year + n)
    if unit in ("DE", "CE"):
        return D.year(base.year + (10 if unit == "DE" else 100) * n)
    return None


@normaliser("fuzzy_ref")
def fuzzy_ref(m, ctx):
    """"recent weeks", "the past few years", "coming months": TimeML PAST_REF / FUTURE_REF."""
    if re.search(r"\b(?:over|for|during|within|through|throughout)\s*$", ctx.before, re.I):
        # "over the next few days", "for the past few weeks": a stretch of time, TIMEX3 "PXD"
        return Resolved("DURATION", D.duration(None, words()["unit"][_g(m, "unit")]), None)
    forward = _g(m, "rel") in ("coming", "next", "upcoming")
    return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF", None)


@normaliser("duration")
def duration(m, ctx):
    n = m.groupdict().get("n")
    unit = words()["unit"].get(_g(m, "unit"))
    if unit is None:
        return None
    fuzzy = _g(m, "n") in words()["fuzzy"]
    value = number(n) if n and not fuzzy else None
    if n and value is None and not fuzzy:
        return None
    if fuzzy or not n:
        # "the past year" is one year, "recent weeks" an unknown number of them
        value = None if _g(m, "unit").endswith("s") else 1.0
    return Resolved("DURATION", D.duration(value, unit), None)


@normaliser("duration_half")
def duration_half(m, ctx):
    """"2 1/2 years", "two and a half years", "a minute and a half", "half an hour": a count and a
    half of a unit, the half in the next smaller unit (P2Y6M, PT1M30S, PT30M)."""
    unit = words()["unit"].get(_g(m, "unit") or _g(m, "unit2") or _g(m, "unit3"))
    if unit is None:
        return None
    n = 0.0 if _g(m, "unit3") else number(_g(m, "n") or _g(m, "n2"))
    if n is None or not float(n).is_integer():
        return None
    return Resolved("DURATION", D.duration_and_half(n, unit), None)


@normaliser("quarter")
def quarter(m, ctx):
    word = _g(m, "q")
    q = {"final": 4, "last": 4, "fourth": 4}.get(word) or int(words()["ordinal"].get(word, re.sub(r"\D", "", word) or 0))
    if not 1 <= q <= 4:
        return None
    if m.group("y"):
        return D.quarter(int(m.group("y")), q)
    if not ctx.published:
        return Resolved("DATE", None, "quarter")
    rel = _g(m, "ry") or _g(m, "ry2")
    if rel:  # "the first quarter of next year", "last year's fourth quarter"
        return D.quarter(ctx.published.year + _STEP.get(rel, 0), q)
    y = ctx.published.year
    if ctx.tense() == PAST and 3 * q - 2 > ctx.published.month:
        y -= 1
    if _g(m, "ago"):  # "the year-ago third quarter": that quarter a year before the one now reported
        y -= 1
    return D.quarter(y, q)


@normaliser("year_period")
def year_period(m, ctx):
    """"the 1988 quarter", "the 2024 period": the quarter last named (else the last one completed),
    in that year, as a quarterly report compares it."""
    y = int(m.group("y"))
    q = ctx.quarter
    if q is not None and q.date_start is not None:
        return D.quarter(y, (q.date_start.month - 1) // 3 + 1)
    if ctx.published is None:
        return D.year(y)
    _, mon = D.add_months(ctx.published, -3)
    return D.quarter(y, (mon - 1) // 3 + 1)


@normaliser("season")
def season(m, ctx):
    code = words()["season"][_g(m, "season")]
    if m.group("y"):
        return D.season(int(m.group("y")), code)
    if not ctx.published:
        return Resolved("DATE", None, None)
    first, _ = D.SEASON_MONTHS[code]
    if _THAT.search(ctx.before) and ctx.last is not None and ctx.last.date_start:
        return D.season(ctx.last.date_start.year, code)  # "In 2019 ... that summer"
    y, tense, mon = ctx.published.year, ctx.tense(), ctx.published.month
    if code == "WI":
        # a winter is named by the year of its December: from January to November a past winter,
        # and in January or February the current one, began the year before
        if tense == PAST and mon < 12 or tense == NEAREST and mon <= 2:
            y -= 1
        return D.season(y, code)
    if tense == PAST and first > mon:
        y -= 1
    if tense == FUTURE and first + 2 < mon:
        y += 1
    return D.season(y, code)


@normaliser("ref")
def ref(m, ctx):
    value = words()["ref"][re.sub(r"\s+", " ", _g(m, "ref"))]
    if value == "PRESENT_REF" and ctx.published:
        return Resolved("DATE", value, None, ctx.published, ctx.published)
    return Resolved("DATE", value, None)


@normaliser("set")
def set_word(m, ctx):
    return Resolved("SET", words()["set"][_g(m, "set")], None)


@normaliser("every")
def every(m, ctx):
    unit = _g(m, "unit")
    if unit in words()["weekday"]:
        return Resolved("SET", f"XXXX-WXX-{words()['weekday'][unit]}", None)
    if unit in words()["season"]:
        return Resolved("SET", f"XXXX-{words()['season'][unit]}", None)
    if unit.rstrip(".") in words()["month"]:
        return Resolved("SET", f"XXXX-{int(words()['month'][unit.rstrip('.')]):02d}", None)
    code = words()["unit"].get(unit)
    if code is None:
        part = words()["daypart"].get(unit)
        return Resolved("SET", f"XXXX-XX-XXT{part}", None) if part else None
    return Resolved("SET", D.duration(2 if _g(m, "other") else 1, code), None)


def _clock(m: re.Match) -> tuple[Optional[int], int]:
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    ampm = _g(m, "ap").replace(".", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None, minute
    return hour, minute


@normaliser("clock")
def clock(m, ctx):
    hour, minute = _clock(m)
    if hour is None:
        return None
    base = ctx.anchor or ctx.published
    if not base:
        return Resolved("TIME", None, None)
    return Resolved("TIME", f"{base.isoformat()}T{hour:02d}:{minute:02d}", "day", base, base)


@normaliser("noon")
def noon(m, ctx):
    base = ctx.anchor or ctx.published
    hour = "12:00" if _g(m, "noon") == "noon" else "24:00"
    if not base:
        return Resolved("TIME", None, None)
    return Resolved("TIME", f"{base.isoformat()}T{hour}", "day", base, base)


@normaliser("day_relative")
def day_relative(m, ctx):
    """"the day before", "the next day": a day counted from the last day-precise date."""
    base = ctx.anchor or ctx.published
    if not base:
        return Resolved("DATE", None, "day")
    if ctx.anchor and re.search(r"(?:\d|day)(?:st|nd|rd|th)?,\s*$", ctx.before, re.I):
        return D.day(ctx.anchor)  # "on Oct. 12, the day before the crash": the date it stands beside
    word = _g(m, "which") or _g(m, "which2")
    step = -1 if word in ("before", "previous", "prior") else 1
    return D.day(base + dt.timedelta(days=step))


@normaliser("year_edge")
def year_edge(m, ctx):
    """"the end of the year": the year whose end (or start) the tense points at; an end named in
    the second half of the year is this year's ("cut costs by the end of the year" in October)."""
    if not ctx.published:
        return Resolved("DATE", None, "year")
    pub = ctx.published
    if _g(m, "edge") == "end":
        # the end of the year lies ahead in a report of the second half year, whatever the tense
        back = ctx.tense() == PAST and pub.month < 7
        return D.year(pub.year - 1 if back else pub.year)
    mon = 1 if _g(m, "edge") in ("beginning", "start") else 6
    return D.year(D.month_year(pub, mon, ctx.tense()))


@normaliser("holiday")
def holiday(m, ctx):
    """"Thanksgiving Day", "last Christmas": the holiday's date in the year the clause points at."""
    rule = holidays()[re.sub(r"\s+", " ", _g(m, "hol")).replace("’", "'")]
    if m.groupdict().get("y"):
        return D.day(D.holiday(rule, int(m.group("y"))))
    pub = ctx.published
    if not pub:
        return Resolved("DATE", None, "day")
    this = D.holiday(rule, pub.year)
    rel = _g(m, "rel")
    direction = PAST if rel == "last" else FUTURE if rel in ("next", "coming") else ctx.tense()
    if direction == PAST and this > pub + dt.timedelta(days=0 if rel else D.UPCOMING_DAYS):
        return D.day(D.holiday(rule, pub.year - 1))
    if direction == FUTURE and this < pub:
        return D.day(D.holiday(rule, pub.year + 1))
    return D.day(this)


@normaliser("spelled_year")
def spelled_year(m, ctx):
    """"nineteen ninety-six", "the year two thousand": a year in words, as broadcast transcripts spell it."""
    words_ = re.sub(r"\s+", " ", _g(m, "sy")).replace(" and ", " ")
    if words_.startswith("two thousand"):
        rest = words_[len("two thousand"):].strip()
        n = number(rest) if rest else 0
        return D.year(2000 + int(n)) if n is not None and n < 100 else None
    century = {"nineteen": 1900, "eighteen": 1800}[words_.split()[0]]
    rest = words_.split(" ", 1)[1].replace("hundred", "").strip()
    n = number(rest) if rest else 0
    return D.year(century + int(n)) if n is not None and n < 100 else None


@normaliser("quarter_anaphor")
def quarter_anaphor(m, ctx):
    """"the quarter", "the latest period": the quarter last named, else the last one completed;
    "year-earlier", "the year-ago quarter": that quarter a year before (a year, with no quarter)."""
    back = 1 if _g(m, "ago") else 0
    if _g(m, "unit") == "period" and not (back or _g(m, "qmod")):
        return None  # "the period" alone is any stretch of time
    q = ctx.quarter
    if q is None or q.date_start is None:
        if (_g(m, "unit") == "period" and not back) or not ctx.published:
            return None
        if back:
            return D.year(ctx.published.year - 1)
        y, mon = D.add_months(ctx.published, -3)
        return D.quarter(y, (mon - 1) // 3 + 1)
    return D.quarter(q.date_start.year - back, (q.date_start.month - 1) // 3 + 1)


@normaliser("weekend")
def weekend(m, ctx):
    """"the weekend": the last one in a past clause, the coming one in a future clause."""
    pub = ctx.published
    if not pub:
        return Resolved("DATE", None, "week")
    sat = D.weekday_date(pub, 6, ctx.tense())
    r = D.week(sat)
    return Resolved("DATE", r.value + "-WE", "week", sat, sat + dt.timedelta(days=1))


@normaliser("that_unit")
def that_unit(m, ctx):
    """"that day", "later that year", "the same month": the date last named, at that unit."""
    unit = _g(m, "unit")
    if unit == "day":
        return D.day(ctx.anchor) if ctx.anchor else None
    last = ctx.last
    if last is None or last.date_start is None:
        return None
    d = last.date_start
    if unit == "year":
        return D.year(d.year)
    if unit == "month" and last.precision in ("day", "week", "month"):
        return D.month(d.year, d.month)
    if unit == "week" and last.precision in ("day", "week"):
        return D.week(d)
    return None


@normaliser("the_year")
def the_year(m, ctx):
    """"the year", "the full year", "by year-end": the year of the report, or a year named earlier in the
    same sentence ("In 2019 ... for the year"); "the year ended June 30" is a fiscal year counted
    back from its end, a stretch of one year (TIMEX3 DURATION ``P1Y``)."""
    if re.match(r"\s+(?:ended|ending|that\s+ended|which\s+ended)\b", ctx.after, re.I):
        return Resolved("DURATION", "P1Y", None)
    last = ctx.last
    if last is not None and last.date_start and last.precision == "year" \
            and re.search(rf"\b{last.date_start.year}\b", ctx.sentence):
        return D.year(last.date_start.year)
    if not ctx.published:
        return Resolved("DATE", None, "year")
    return D.year(ctx.published.year)


@normaliser("half")
def half(m, ctx):
    """"the first half of 2023", "the second half of this year": TIMEX3 ``2023-H1``, ``2025-H2``."""
    h = 1 if _g(m, "h") == "first" else 2
    if m.group("y"):
        y = int(m.group("y"))
    elif not ctx.published:
        return Resolved("DATE", None, None)
    else:
        y = ctx.published.year + _STEP.get(_g(m, "ry"), 0)
    start = dt.date(y, 1 if h == 1 else 7, 1)
    return Resolved("DATE", f"{y}-H{h}", None, start, D.month_end(y, 6 if h == 1 else 12))


@normaliser("month_edge")
def month_edge(m, ctx):
    """"by the end of the month": the month of the report."""
    if not ctx.published:
        return Resolved("DATE", None, "month")
    return D.month(ctx.published.year, ctx.published.month)


@normaliser("term_ref")
def term_ref(m, ctx):
    """"in the near term", "for the short term": the coming stretch of time, TIMEX3 FUTURE_REF."""
    return Resolved("DATE", "FUTURE_REF", None)


@normaliser("clock_day")
def clock_day(m, ctx):
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock time on the day named after it
    (the weekday or date placed as on its own), TIMEX3 ``2025-05-14T22:00``."""
    day_ = weekday(m, ctx) if m.group("wd") else month_day(m, ctx)
    if day_ is None or not day_.date_start:
        return Resolved("TIME", None, "day")
    if m.group("noon"):
        hour, minute = (12, 0) if _g(m, "noon") == "noon" else (24, 0)
    else:
        hour, minute = _clock(m)
        if hour is None:
            return None
    d = day_.date_start
    return Resolved("TIME", f"{d.isoformat()}T{hour:02d}:{minute:02d}", "day", d, d)
