"""Times: every temporal expression, typed and resolved against the publication date.

Spans come from a grammar of English time expressions built from the word lists in
``data/reference/time_words.csv`` (months, weekdays, units, number words,
"now"/"recently"/"soon", "daily"...), run over every sentence, longest match first;
the spaCy parse judges the ambiguous words: "May"/"March" count only as a proper
noun or inside a spaCy DATE/TIME entity, a four-digit number is no year under a
CARDINAL/MONEY/QUANTITY entity or as a count ("1999 voters"), "former" only as an
adjective, "as soon as" is a conjunction. (spaCy DATE entities the grammar cannot
resolve, such as ages, are left out.) Each span is resolved here, not by
dateparser, to a TIMEX3 ``value`` (``2025-05-16``, ``2025-W20``, ``2025-05``,
``2025-Q1``, ``2025``, ``199`` for the 1990s, ``P6W``, ``PRESENT_REF``...), a
``precision`` and the ISO dates bounding it. The tense of the governing verb
decides the direction of underspecified dates: "on Friday" in a past-tense clause is
the last Friday on or before publication, in a future clause ("will meet on Friday",
"takes effect on Sunday") the next one; the publication weekday is that day.
Without a publication date, relative expressions keep ``value`` null. Boilerplate
sentences give no times.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from .article import Article
from .records import Time
from .reference import read_table
from .tables import ArticleTables

PAST, FUTURE = "past", "future"

#: verbs whose present tense still reports the past ("Trump says on Friday ...")
_REPORTING = {"say", "tell", "announce", "report", "confirm", "state", "claim", "add", "write", "insist"}
#: modals and auxiliaries that point at the future
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "going", "gon"}
#: seasons as (first month, last month); winter runs into the next year
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_DAYPART_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}


@dataclass(frozen=True)
class Resolved:
    type: str
    value: Optional[str]
    precision: Optional[str] = None
    date_start: Optional[dt.date] = None
    date_end: Optional[dt.date] = None


# -- the word lists ------------------------------------------------------------------

@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in read_table("time_words.csv"):
        out.setdefault(row["kind"], {})[row["word"].lower()] = row["value"]
    return out


def _alt(kind: str) -> str:
    words = sorted(_words()[kind], key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


def _number(word: str) -> Optional[float]:
    w = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    nums = _words()["number"]
    if w in nums:
        return float(nums[w])
    parts = re.split(r"[- ]", w)
    # only tens-and-units compounds ("twenty-one"); "a four-week" is four, not five
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums \
            and float(nums[parts[0]]) >= 20 and float(nums[parts[1]]) < 10:
        return float(nums[parts[0]]) + float(nums[parts[1]])
    return None


# -- calendar arithmetic ---------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(d: dt.date, precision: str = "day") -> Resolved:
    return Resolved("DATE", d.isoformat(), precision, d, d)


def _week(d: dt.date) -> Resolved:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Resolved("DATE", f"{iso[0]}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6))


def _month(year: int, month: int) -> Resolved:
    return Resolved("DATE", f"{year}-{month:02d}", "month", dt.date(year, month, 1), _month_end(year, month))


def _year(year: int) -> Resolved:
    return Resolved("DATE", f"{year}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def _quarter(year: int, q: int) -> Resolved:
    return Resolved("DATE", f"{year}-Q{q}", "quarter", dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q))


def _decade(start_year: int) -> Resolved:
    return Resolved("DATE", f"{start_year // 10}", "decade", dt.date(start_year, 1, 1), dt.date(start_year + 9, 12, 31))


def _season(year: int, code: str) -> Resolved:
    first, last = _SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    return Resolved("DATE", f"{year}-{code}", None, dt.date(year, first, 1), _month_end(end_year, last))


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def _duration(n: Optional[float], unit: str) -> str:
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


# -- tense ----------------------------------------------------------------------------

def clause_tense(doc: Doc, start: int, end: int) -> str:
    """PAST or FUTURE for the clause governing the characters ``start:end``.

    The first verb up the dependency chain decides: a modal of the future
    ("will", "'ll", "would", "going to"), an infinitive ("to run through June")
    or a present tense of a non-reporting verb ("takes effect on Sunday", "are
    meeting on Monday") points forward; everything else, the news default, back.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return PAST
    token: Token = span.root
    for _ in range(40):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            break
        if token.head.i == token.i:  # the root (a new Token per access, so compare indices)
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return PAST
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & _FUTURE_AUX or (token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)):
        return FUTURE
    if any(c.tag_ == "MD" for c in aux):
        return FUTURE
    if token.tag_ == "VB" and "to" in words:
        head = token.head
        if head.lower_ == "going":
            return FUTURE
        return PAST if head.tag_ in ("VBD",) and head.lemma_ in _REPORTING else FUTURE
    tags = {token.tag_} | {c.tag_ for c in aux}
    if "VBD" in tags or ("VBN" in tags and words & {"has", "have", "had", "'ve", "'s"}):
        return PAST
    if tags & {"VBZ", "VBP"} or (token.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'m"}):
        return PAST if token.lemma_ in _REPORTING else FUTURE
    return PAST


# -- the grammar -------------------------------------------------------------------------

@dataclass
class _Context:
    published: Optional[dt.date]
    tense: Callable[[], str]
    anchor: Optional[dt.date]           # the last day-precise date before this one
    before: str                          # the text just before the span
    after: str                           # the text just after the span


Handler = Callable[[re.Match, _Context], Optional[Resolved]]


def _weekday_date(pub: dt.date, weekday: int, direction: str, modifier: str = "") -> dt.date:
    delta = weekday - pub.isoweekday()
    if modifier == "last":
        return pub + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if modifier == "next":
        return pub + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if modifier == "this":
        return pub + dt.timedelta(days=delta)
    if delta == 0:
        return pub
    if direction == FUTURE:
        return pub + dt.timedelta(days=delta % 7)
    return pub - dt.timedelta(days=(-delta) % 7)


def _month_year(pub: dt.date, month: int, direction: str, day: Optional[int] = None) -> int:
    """The year of a month (and day) named without one, seen from ``pub`` in ``direction``."""
    key, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if direction == PAST and key > now:
        return pub.year - 1
    if direction == FUTURE and key < now:
        return pub.year + 1
    return pub.year


def _g(m: re.Match, name: str) -> str:
    try:
        return (m.group(name) or "").lower()
    except IndexError:
        return ""


def _mod_of(word: str) -> str:
    return _words()["mod"].get(word.lower().rstrip("-"), "") if word else ""


def _h_iso(m, ctx):
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    try:
        return _day(dt.date(y, mo, d))
    except ValueError:
        return None


def _h_month_day(m, ctx):
    month = int(_words()["month"][_g(m, "mon").rstrip(".")])
    day, day2 = int(m.group("d")), m.group("d2")
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.published:
        year = _month_year(ctx.published, month, ctx.tense(), day)
    else:
        return Resolved("DATE", None, "day")
    try:
        start = dt.date(year, month, day)
        end = dt.date(year, month, int(day2)) if day2 else start
    except ValueError:
        return None
    return Resolved("DATE", start.isoformat(), "day", start, max(start, end))


def _h_month(m, ctx):
    month = int(_words()["month"][_g(m, "mon").rstrip(".")])
    rel = _g(m, "rel")
    if m.group("y"):
        year = int(m.group("y"))
    elif not ctx.published:
        return Resolved("DATE", None, "month")
    elif rel == "last":
        year = ctx.published.year - (1 if month >= ctx.published.month else 0)
    elif rel == "next":
        year = ctx.published.year + (1 if month <= ctx.published.month else 0)
    elif rel == "this":
        year = ctx.published.year
    else:
        year = _month_year(ctx.published, month, ctx.tense())
    return _month(year, month)


def _h_year(m, ctx):
    y = int(m.group("y"))
    r = _year(y)
    if ctx.before.lower().rstrip().endswith("since") and ctx.published:
        return Resolved(r.type, r.value, r.precision, r.date_start, max(ctx.published, r.date_start))
    return r


def _h_decade(m, ctx):
    digits = m.group("dec")
    if len(digits) == 1:
        start = 1900 + int(digits) * 10
        if ctx.published and start + 100 <= ctx.published.year:
            start += 100
    else:
        start = int(digits) * 10
    return _decade(start)


def _h_relday(m, ctx):
    word = _g(m, "rd")
    part = _words()["daypart"].get(_g(m, "part")) or ("NI" if word == "tonight" else None)
    if not ctx.published:
        return Resolved("TIME" if part else "DATE", None, "day")
    d = ctx.published + dt.timedelta(days=int(_words()["day"][word]))
    if part:
        return Resolved("TIME", d.isoformat() + _DAYPART_TIME[part], "day", d, d)
    return _day(d)


def _h_this_daypart(m, ctx):
    part = _words()["daypart"][_g(m, "part")]
    if not ctx.published:
        return Resolved("TIME", None, "day")
    return Resolved("TIME", ctx.published.isoformat() + _DAYPART_TIME[part], "day", ctx.published, ctx.published)


def _h_weekday(m, ctx):
    wd = int(_words()["weekday"][_g(m, "wd")])
    part = _words()["daypart"].get(_g(m, "part"))
    kind = "TIME" if part else "DATE"
    if not ctx.published:
        return Resolved(kind, None, "day")
    d = _weekday_date(ctx.published, wd, ctx.tense(), _g(m, "rel"))
    if part:
        return Resolved("TIME", d.isoformat() + _DAYPART_TIME[part], "day", d, d)
    return _day(d)


def _h_relunit(m, ctx):
    """this/last/next/earlier this week|month|year|quarter|weekend|decade|season."""
    rel = re.sub(r"\s+", " ", _g(m, "rel"))
    unit = _g(m, "unit")
    pub = ctx.published
    if not pub:
        return Resolved("DATE", None, None)
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}.get(rel.split()[-1], 0)
    if unit in ("week", "weekend"):
        r = _week(pub + dt.timedelta(days=7 * step))
        if unit == "weekend":
            sat = r.date_start + dt.timedelta(days=5)
            return Resolved("DATE", r.value + "-WE", "week", sat, sat + dt.timedelta(days=1))
        return r
    if unit == "month":
        return _month(*_add_months(pub, step))
    if unit == "quarter":
        q = (pub.month - 1) // 3 + step
        return _quarter(pub.year + (q // 4), q % 4 + 1)
    if unit == "decade":
        return _decade((pub.year // 10 + step) * 10)
    if unit in _words()["season"]:
        code = _words()["season"][unit]
        first, last = _SEASON_MONTHS[code]
        year = pub.year
        if step < 0:
            year = pub.year if pub.month > (last if last >= first else 12) and code != "WI" else pub.year - 1
        elif step > 0:
            year = pub.year if pub.month < first else pub.year + 1
        return _season(year, code)
    return _year(pub.year + step)


def _h_ago(m, ctx):
    n = _number(m.group("n"))
    unit = _words()["unit"][_g(m, "unit")]
    if not ctx.published or n is None or n != int(n):
        return Resolved("DATE", None, None)
    n = int(n) * (-1 if _g(m, "dir") in ("ago", "earlier", "before") else 1)
    pub = ctx.published
    if unit == "D":
        return _day(pub + dt.timedelta(days=n))
    if unit == "W":
        return _week(pub + dt.timedelta(days=7 * n))
    if unit == "M":
        return _month(*_add_months(pub, n))
    if unit == "Y":
        return _year(pub.year + n)
    if unit == "DE":
        return _year(pub.year + 10 * n)
    return None


def _h_duration(m, ctx):
    n = m.groupdict().get("n")
    unit = _words()["unit"].get(_g(m, "unit"))
    if unit is None:
        return None
    value = _number(n) if n and _g(m, "n") not in _words()["fuzzy"] else None
    if n and value is None and _g(m, "n") not in _words()["fuzzy"]:
        return None
    if _g(m, "n") in _words()["fuzzy"] or not n:
        # "the past year" is one year, "recent weeks" an unknown number of them
        value = None if _g(m, "unit").endswith("s") else 1.0
    return Resolved("DURATION", _duration(value, unit), None)


def _h_quarter(m, ctx):
    word = _g(m, "q")
    q = {"final": 4, "last": 4, "fourth": 4}.get(word) or int(_words()["ordinal"].get(word, re.sub(r"\D", "", word) or 0))
    if not 1 <= q <= 4:
        return None
    if m.group("y"):
        return _quarter(int(m.group("y")), q)
    if not ctx.published:
        return Resolved("DATE", None, "quarter")
    year = ctx.published.year
    if ctx.tense() == PAST and 3 * q - 2 > ctx.published.month:
        year -= 1
    return _quarter(year, q)


def _h_season(m, ctx):
    code = _words()["season"][_g(m, "season")]
    if m.group("y"):
        return _season(int(m.group("y")), code)
    if not ctx.published:
        return Resolved("DATE", None, None)
    first, _ = _SEASON_MONTHS[code]
    year = ctx.published.year
    if ctx.tense() == PAST and first > ctx.published.month and code != "WI":
        year -= 1
    return _season(year, code)


def _h_ref(m, ctx):
    value = _words()["ref"][re.sub(r"\s+", " ", _g(m, "ref"))]
    if value == "PRESENT_REF" and ctx.published:
        return Resolved("DATE", value, None, ctx.published, ctx.published)
    return Resolved("DATE", value, None)


def _h_set(m, ctx):
    word = _g(m, "set")
    return Resolved("SET", _words()["set"][word], None)


def _h_every(m, ctx):
    unit = _g(m, "unit")
    if unit in _words()["weekday"]:
        return Resolved("SET", f"XXXX-WXX-{_words()['weekday'][unit]}", None)
    if unit in _words()["season"]:
        return Resolved("SET", f"XXXX-{_words()['season'][unit]}", None)
    code = _words()["unit"].get(unit)
    if code is None:
        part = _words()["daypart"].get(unit)
        return Resolved("SET", f"XXXX-XX-XXT{part}", None) if part else None
    n = 2 if _g(m, "other") else 1
    return Resolved("SET", _duration(n, code), None)


def _h_clock(m, ctx):
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    ampm = _g(m, "ap").replace(".", "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    base = ctx.anchor or ctx.published
    if not base:
        return Resolved("TIME", None, None)
    return Resolved("TIME", f"{base.isoformat()}T{hour:02d}:{minute:02d}", "day", base, base)


def _h_noon(m, ctx):
    base = ctx.anchor or ctx.published
    hour = "12:00" if _g(m, "noon") == "noon" else "24:00"
    if not base:
        return Resolved("TIME", None, None)
    return Resolved("TIME", f"{base.isoformat()}T{hour}", "day", base, base)


def _h_day_rel(m, ctx):
    """"the day before", "the next day": a day counted from the last day-precise date."""
    base = ctx.anchor or ctx.published
    if not base:
        return Resolved("DATE", None, "day")
    word = _g(m, "which")
    step = -1 if word in ("before", "previous", "prior") else 1
    return _day(base + dt.timedelta(days=step))


def _h_year_edge(m, ctx):
    """"the end of the year": the year whose end (or start) the tense points at."""
    if not ctx.published:
        return Resolved("DATE", None, "year")
    month = 1 if _g(m, "edge") in ("beginning", "start") else 12 if _g(m, "edge") == "end" else 6
    return _year(_month_year(ctx.published, month, ctx.tense()))


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, Handler], ...]:
    MON = _alt("month") + r"\.?"
    WD = _alt("weekday")
    nums = _words()["number"]
    tens = "|".join(w for w, v in nums.items() if 20 <= float(v) < 100)
    units = "|".join(w for w, v in nums.items() if 1 <= float(v) < 10 and " " not in w and len(w) > 2)
    NUM = rf"(?:\d+(?:\.\d+)?|(?:{tens})[- ](?:{units})|" + _alt("number") + "|" + _alt("fuzzy") + ")"
    UNIT = _alt("unit")
    SEASON = _alt("season")
    PART = _alt("daypart")
    MOD = r"(?:(?:the\s+)?(?:early|earlier|mid|middle|late|later|beginning|start|end)(?:\s+of)?[- ]\s*(?:the\s+)?)"
    YEAR = r"(?:1[6-9]\d\d|20\d\d)"
    rules: list[tuple[str, Handler]] = [
        (rf"\b(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b", _h_iso),
        (rf"\b(?P<mon>{MON})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
         rf"(?:,?\s+(?P<y>{YEAR}))?\b(?!\s*(?:%|percent|[-:]?\d))", _h_month_day),
        (rf"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
         rf"(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?\b", _h_month_day),
        (rf"\b{MOD}?(?:(?P<rel>last|next|this)\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?\b", _h_month),
        (rf"\b(?:the\s+)?{MOD}?(?:'|’|(?P<cent>1[6-9]|20))(?P<dec>\d)0'?s\b", _h_decade),
        (rf"\b{MOD}?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?<![\d.,$£€])(?P<y>{YEAR})\b(?!\s*(?:%|percent)|[-–/]\d\d\b|[.,]\d)", _h_year),
        (rf"\b(?P<rd>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART}))?\b", _h_relday),
        (rf"\b(?:this|last)\s+(?P<part>morning|afternoon|evening|night)\b", _h_this_daypart),
        (rf"\b(?:(?P<rel>last|next|this|coming)\s+)?(?P<wd>{WD})(?:\s+(?P<part>{PART}))?\b", _h_weekday),
        (rf"\b(?:{MOD}|(?:the\s+)?(?:rest|remainder)\s+of\s+)?(?P<rel>(?:the\s+)?(?:last|next|previous|coming|following|current)|this|"
         rf"(?:earlier|later)\s+this)\s+(?:fiscal\s+)?(?P<unit>week(?:end)?|month|year|quarter|decade|{SEASON})\b", _h_relunit),
        (rf"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>ago)\b", _h_ago),
        (rf"\b(?:the\s+)?(?:(?:first|final|last|past|next|previous|coming|following)\s+)?"
         rf"(?:(?:almost|nearly|about|around|some|roughly|more\s+than|less\s+than|at\s+least|over|up\s+to)\s+)?"
         rf"(?P<n>{NUM})[- ](?P<unit>{UNIT})(?:'|’)?(?![\w-])", _h_duration),
        (rf"\b(?:(?:for|within|over)\s+)?(?P<unit>minutes|hours|days|weeks|months|years|decades)"
         rf"(?=\s+(?:before|after|later|earlier|ago)\b)", _h_duration),
        (rf"\b(?:for|within|over)\s+(?P<unit>minutes|hours|days|weeks|months|years|decades)\b", _h_duration),
        (rf"\b(?:by\s+|at\s+|until\s+|before\s+)?(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+(?:the\s+)?year\b",
         _h_year_edge),
        (rf"\b(?:the\s+)?(?:past|last|previous|next|coming)\s+(?P<unit>{UNIT})(?!\w)", _h_duration),
        (rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter"
         rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?\b", _h_quarter),
        (rf"\bQ(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?\b", _h_quarter),
        (rf"\b{MOD}?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b", _h_season),
        (rf"\b(?P<ref>{_alt('ref')})\b", _h_ref),
        (rf"\b(?P<set>{_alt('set')})\b", _h_set),
        (rf"\b(?:every|each)\s+(?P<other>other\s+)?(?P<unit>{UNIT}|{WD}|{SEASON}|{PART})\b", _h_every),
        (r"\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)", _h_clock),
        (r"\b(?P<noon>noon|midnight)\b", _h_noon),
        (r"\b(?:the\s+)?(?:(?:day|night)\s+(?P<which>before|after)|(?P<which2>next|following|previous|prior)\s+day)\b",
         lambda m, ctx: _h_day_rel(_Which(m), ctx)),
    ]
    return tuple((re.compile(p, re.I), h) for p, h in rules)


class _Which:
    """Adapts the two spellings of "the day before" / "the previous day" to one group."""

    def __init__(self, m: re.Match):
        self._m = m

    def group(self, name):
        if name == "which":
            return self._m.group("which") or self._m.group("which2")
        return self._m.group(name)


#: words that look like times but, on their own, are not ("may" the modal, "march" the verb)
_AMBIGUOUS = {"may", "march", "sun", "sat", "wed", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
              "dec", "feb", "apr", "fall", "spring", "a", "an", "once", "second", "past", "the past", "future",
              "the future", "end", "start", "annual"}
#: spaCy entity labels under which a four-digit number is not a year
_NOT_YEARS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "LAW", "ORG", "FAC"}


def _plausible(m: re.Match, text: str, doc: Doc, offset: int, handler: Handler) -> bool:
    span = m.group(0).lower().strip()
    if span in _AMBIGUOUS:
        tok = _token_at(doc, offset + m.start())
        if span in ("may", "march", "fall", "spring"):
            return bool(tok is not None and tok.pos_ == "PROPN" and span != "fall") or _in_date_ent(doc, offset + m.start())
        if span in ("past", "future", "the past", "the future"):
            return tok is not None and tok.pos_ == "NOUN" and tok.dep_ in ("pobj", "dobj", "nsubj") \
                or span == "future" and tok is not None and tok.dep_ == "amod"
        return span in ("annual",) and False
    if handler is _h_year:
        tok = _token_at(doc, offset + m.start("y"))
        if tok is not None and tok.ent_type_ in _NOT_YEARS:
            return False
        # "1999 voters": a count before a plural noun, not a year
        if tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i:
            return False
        before = text[:m.start()].rstrip()
        if before.endswith(("$", "£", "€", "#", "No.", "no.")):
            return False
    if handler is _h_ref and span == "former":
        tok = _token_at(doc, offset + m.start())
        return tok is not None and tok.dep_ == "amod"
    if handler is _h_ref and span == "once":
        return False
    if handler is _h_ref and span == "soon" and re.search(r"\bas\s*$", text[:m.start()], re.I) \
            and re.match(r"\s*as\b", text[m.end():], re.I):
        return False  # "as soon as" is a conjunction
    return True


def _token_at(doc: Doc, char: int) -> Optional[Token]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _in_date_ent(doc: Doc, char: int) -> bool:
    tok = _token_at(doc, char)
    return tok is not None and tok.ent_type_ in ("DATE", "TIME")


# -- extraction ------------------------------------------------------------------------

def find(text: str, *, doc: Optional[Doc] = None, offset: int = 0) -> list[tuple[int, int, Handler, re.Match]]:
    """Non-overlapping grammar matches in ``text`` (offsets relative to it), longest first."""
    found = []
    for pattern, handler in _rules():
        for m in pattern.finditer(text):
            if m.end() > m.start() and (doc is None or _plausible(m, text, doc, offset, handler)):
                found.append((m.start(), m.end(), handler, m))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, Handler, re.Match]] = []
    for f in found:
        if all(f[1] <= c[0] or f[0] >= c[1] for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leading prepositions are not part of a TIMEX3 ("on Friday" -> "Friday")."""
    m = re.match(r"(?:on|in|at|since|by|during|until|till|from|for|of|within|over|before|after)\s+", text[start:end], re.I)
    if m and end - start > m.end():
        start += m.end()
    while end > start and text[end - 1] in " ,.;:'’" and not re.search(r"[ap]\.m\.$", text[start:end], re.I):
        if text[end - 1] in "'’" and text[start:end - 1].lower().endswith("s"):
            break
        end -= 1
    return start, end


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Time]:
    if not isinstance(doc, Doc):
        raise ValueError("times.extract needs a spaCy Doc")
    published = article.published_date
    text = doc.text
    rows: list[Time] = []
    anchor: Optional[dt.date] = None
    sentences = tables.sentences or [_Sent(s.start_char, s.end_char) for s in doc.sents]
    for sent in sentences:
        if getattr(sent, "is_boilerplate", False):
            continue
        s0, s1 = sent.start, sent.end
        matches = find(text[s0:s1], doc=doc, offset=s0)
        spans = [(s0 + a, s0 + b, h, m) for a, b, h, m in matches]
        for start, end, handler, m in spans:
            ctx = _Context(published=published, anchor=anchor,
                           tense=_lazy_tense(doc, start, end),
                           before=text[max(s0, start - 12):start], after=text[end:end + 12])
            r = handler(m, ctx)
            if r is None:
                continue
            a, b = _trim(text, start, end)
            if r.precision == "day" and r.date_start and r.type == "DATE":
                anchor = r.date_start
            rows.append(Time(
                time_id=f"t{len(rows) + 1}", start=a, end=b, text=text[a:b], type=r.type, value=r.value,
                precision=r.precision,
                date_start=r.date_start.isoformat() if r.date_start else None,
                date_end=r.date_end.isoformat() if r.date_end else None,
                sentence_id=tables.sentence_id_at(a) if tables.sentences else _sent_index(doc, a),
            ))
    return rows


@dataclass
class _Sent:
    start: int
    end: int


def _sent_index(doc: Doc, char: int) -> int:
    for i, s in enumerate(doc.sents):
        if s.start_char <= char < s.end_char:
            return i
    return 0


def _lazy_tense(doc: Doc, start: int, end: int) -> Callable[[], str]:
    cache: list[str] = []

    def tense() -> str:
        if not cache:
            cache.append(clause_tense(doc, start, end))
        return cache[0]
    return tense


def resolve(expression: str, *, published: Optional[str] = None, tense: str = PAST) -> Optional[Resolved]:
    """Resolve one expression on its own (no Doc): for notebooks and quick checks."""
    pub = dt.date.fromisoformat(published) if published else None
    hits = find(expression)
    if not hits:
        return None
    start, end, handler, m = max(hits, key=lambda h: h[1] - h[0])
    return handler(m, _Context(published=pub, tense=lambda: tense, anchor=None,
                               before=expression[:start], after=expression[end:]))
