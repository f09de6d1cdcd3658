"""Calendar arithmetic for TIMEX3 values: a day, ISO week, month, quarter, season, year or decade
as a ``Resolved`` value with its precision and the ISO dates bounding it, and the direction
rules that place an underspecified date (a weekday, a month, "March 3") before or after the
publication date."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Optional

#: the three directions a clause can give an underspecified date
PAST, FUTURE, NEAREST = "past", "future", "nearest"
#: seasons as (first month, last month); winter runs into the next year
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: a day named without a year this close ahead of publication is the coming one, whatever the tense
UPCOMING_DAYS = 60
#: a month named without a year that is the next one after publication is the coming one, whatever the tense
UPCOMING_MONTHS = 1
#: a day named without a year this close behind publication is that day, even in a future clause
RECENT_DAYS = 7
DAYPART_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}


@dataclass(frozen=True)
class Resolved:
    type: str
    value: Optional[str]
    precision: Optional[str] = None
    date_start: Optional[dt.date] = None
    date_end: Optional[dt.date] = None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(d: dt.date, precision: str = "day") -> Resolved:
    return Resolved("DATE", d.isoformat(), precision, d, d)


def week(d: dt.date) -> Resolved:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Resolved("DATE", f"{iso[0]}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6))


def month(year: int, mon: int) -> Resolved:
    return Resolved("DATE", f"{year}-{mon:02d}", "month", dt.date(year, mon, 1), month_end(year, mon))


def year(y: int) -> Resolved:
    return Resolved("DATE", f"{y}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))


def quarter(y: int, q: int) -> Resolved:
    return Resolved("DATE", f"{y}-Q{q}", "quarter", dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q))


def decade(start_year: int) -> Resolved:
    return Resolved("DATE", f"{start_year // 10}", "decade", dt.date(start_year, 1, 1),
                    dt.date(start_year + 9, 12, 31))


def century(number: int) -> Resolved:
    """The 20th century is TIMEX3 ``19`` (1901-2000 taken as 1900-1999)."""
    start = (number - 1) * 100
    return Resolved("DATE", f"{number - 1:02d}", None, dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))


def season(y: int, code: str) -> Resolved:
    first, last = SEASON_MONTHS[code]
    end_year = y + 1 if last < first else y
    return Resolved("DATE", f"{y}-{code}", None, dt.date(y, first, 1), month_end(end_year, last))


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def duration(n: Optional[float], unit: str) -> str:
    if unit == "2W":
        unit, n = "W", (n or 1) * 2
    if unit == "DE" and n is not None:
        unit, n = "Y", n * 10
    if unit == "CE" and n is not None:
        unit, n = "Y", n * 100
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


#: a unit's half in the next smaller one: TIMEX3 writes "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M
_HALF = {"Y": (6, "M"), "D": (12, "TH"), "TH": (30, "TM"), "TM": (30, "TS")}


def duration_and_half(n: float, unit: str) -> str:
    """``n`` units and a half ("half an hour": ``n`` = 0); a unit with no smaller whole part
    (weeks, months, quarters) keeps a decimal ("P2.5W"), decades and centuries count years."""
    if unit not in _HALF:
        return duration(n + 0.5, unit)
    parts = ([(int(n), unit)] if n else []) + [_HALF[unit]]
    day_part = "".join(f"{k}{u}" for k, u in parts if not u.startswith("T"))
    time_part = "".join(f"{k}{u[1:]}" for k, u in parts if u.startswith("T"))
    return "P" + day_part + ("T" + time_part if time_part else "")


def weekday_date(pub: dt.date, weekday: int, direction: str, modifier: str = "") -> dt.date:
    """The date of ISO ``weekday`` seen from ``pub``: "last"/"next"/"this" fix the week, else the
    clause's direction does (TIMEX3 guidelines: "Tuesday" in a past clause is the most recent
    Tuesday; NEAREST takes whichever occurrence is closer, ties going back)."""
    delta = weekday - pub.isoweekday()
    if modifier == "last":
        return pub + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if modifier == "next":
        return pub + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if modifier == "this":
        return pub + dt.timedelta(days=delta)
    if delta == 0:
        return pub
    back, ahead = (-delta) % 7, delta % 7
    if direction == FUTURE or (direction == NEAREST and ahead < back):
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


def month_year(pub: dt.date, mon: int, direction: str, dom: Optional[int] = None, upcoming: bool = True) -> int:
    """The year of a month (and day) named without one, seen from ``pub`` in ``direction``.
    NEAREST keeps the publication year unless the month lies more than six months away; a day
    less than ``UPCOMING_DAYS`` ahead, or the month right after publication, stays ahead even in a
    past clause (a deadline, a payment date, "told buyers of a cut in September" in August) unless
    ``upcoming`` is false: the month dates the past verb itself ("In September, she proposed ...")."""
    key, now = (mon, dom or 0), (pub.month, pub.day if dom else 0)
    if direction == PAST and upcoming and dom is None and (mon - pub.month) % 12 == UPCOMING_MONTHS:
        # "a cutback in September" in an August report: the month just ahead is the coming one
        return pub.year + (1 if mon < pub.month else 0)
    if direction == PAST and key > now:
        if dom and dt.date(pub.year, mon, min(dom, 28)) - pub <= dt.timedelta(days=UPCOMING_DAYS):
            return pub.year  # "extended the offer to Nov. 20": a day in the coming weeks is upcoming
        return pub.year - 1
    if direction == FUTURE and key < now:
        if dom and pub - dt.date(pub.year, mon, min(dom, 28)) <= dt.timedelta(days=RECENT_DAYS):
            return pub.year  # "to send the boy back by Jan. 14" the day after: a deadline just passed
        return pub.year + 1
    if direction == NEAREST:
        if mon - pub.month > 6:
            return pub.year - 1
        if pub.month - mon > 6:
            return pub.year + 1
    return pub.year


def easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    mon, dom = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(y, mon, dom + 1)


def nth_weekday(y: int, mon: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month; ``n`` = -1 for the last."""
    if n > 0:
        first = dt.date(y, mon, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = month_end(y, mon)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday(rule: str, y: int) -> dt.date:
    """The date in year ``y`` of a holiday rule of ``time_holidays.csv``."""
    if rule.startswith("easter"):
        return easter(y) + dt.timedelta(days=int(rule[6:]))
    if rule == "election":
        return nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    parts = rule.rsplit("-", 2) if rule.count("-") >= 2 else rule.split("-")
    if len(parts) == 2:
        return dt.date(y, int(parts[0]), int(parts[1]))
    return nth_weekday(y, int(parts[2]), int(parts[1]), int(parts[0]))
