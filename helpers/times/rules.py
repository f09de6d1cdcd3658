"""The rule set: named extraction rules read from ``data/reference/time_rules.csv`` and named
filters (below) that veto a match by its parse, each with invented example sentences.

A rule or filter is switched off by name with ``disable()`` or the ``HELPERS_TIMES_OFF``
environment variable (comma-separated names), so its effect can be measured on its own.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from ..reference import read_table
from .normalise import NORMALISE, Handler
from .words import alt, holidays, words

_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MOD = r"(?:(?:the\s+)?(?:early|earlier|mid|middle|late|later|beginning|start|end)(?:\s+of)?[- ]\s*(?:the\s+)?)"


@dataclass(frozen=True)
class Rule:
    name: str
    normalise: str
    pattern: re.Pattern
    example: str
    value: str

    @property
    def handler(self) -> Handler:
        return NORMALISE[self.normalise]


def _macros() -> dict[str, str]:
    nums = words()["number"]
    tens = "|".join(w for w, v in nums.items() if 20 <= float(v) < 100)
    units = "|".join(w for w, v in nums.items() if 1 <= float(v) < 10 and " " not in w and len(w) > 2)
    return {
        "YEAR": _YEAR, "MOD": _MOD, "MON": alt("month") + r"\.?", "WD": alt("weekday"),
        "NUM": rf"(?:\d{{1,3}}(?:\.\d+)?|(?:{tens})[- ](?:{units})|" + alt("number") + "|" + alt("fuzzy") + ")",
        "UNIT": alt("unit"), "SEASON": alt("season"), "PART": alt("daypart"), "ORD": alt("ordinal"),
        "SET": alt("set"), "DECADE": alt("decade"), "PRESENT_REF": alt("ref", "PRESENT_REF"), "PAST_REF": alt("ref", "PAST_REF"),
        "FUTURE_REF": alt("ref", "FUTURE_REF"), "TENS": f"(?:{tens})", "UNITS": f"(?:{units})",
        "HOLIDAY": "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
                                    for h in sorted(holidays(), key=len, reverse=True)) + ")",
    }


def expand(pattern: str) -> str:
    for name, regex in _macros().items():
        pattern = pattern.replace(f"%{name}%", regex)
    return pattern


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for row in read_table("time_rules.csv"):
        if row["normalise"] not in NORMALISE:
            raise ValueError(f"time rule {row['name']}: no normalisation function {row['normalise']!r}")
        rules.append(Rule(row["name"], row["normalise"], re.compile(expand(row["pattern"]), re.I),
                          row["example"], row["value"]))
    return tuple(rules)


_disabled: set[str] = set()


def disable(*names: str) -> None:
    """Switch rules or filters off by name (``enable()`` with no names switches all back on)."""
    known = {r.name for r in all_rules()} | set(FILTERS)
    unknown = set(names) - known
    if unknown:
        raise ValueError(f"unknown time rule(s): {sorted(unknown)}")
    _disabled.update(names)


def enable(*names: str) -> None:
    if names:
        _disabled.difference_update(names)
    else:
        _disabled.clear()


def is_on(name: str) -> bool:
    off = {n.strip() for n in os.environ.get("HELPERS_TIMES_OFF", "").split(",") if n.strip()}
    return name not in _disabled and name not in off


def active_rules() -> list[Rule]:
    return [r for r in all_rules() if is_on(r.name)]


# -- filters: a match the parse shows is no time ------------------------------------------------

@dataclass
class Match:
    """One candidate: the rule, its regex match in the sentence text, and where that text sits."""
    rule: Rule
    m: re.Match
    text: str          # the sentence text
    doc: Doc
    offset: int        # the sentence's offset in the doc

    def token(self, group: int | str = 0) -> Optional[Token]:
        char = self.offset + self.m.start(group)
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    @property
    def span(self) -> str:
        return self.m.group(0).lower().strip()


Filter = Callable[[Match], bool]   # True: veto the match
#: name -> (filter, invented sentences in which it vetoes a candidate)
FILTERS: dict[str, tuple[Filter, tuple[str, ...]]] = {}


def time_filter(name: str, *examples: str) -> Callable[[Filter], Filter]:
    def register(fn: Filter) -> Filter:
        FILTERS[name] = (fn, examples)
        return fn
    return register


#: spaCy entity labels under which a four-digit number is not a year (a bare CARDINAL is: news style writes
#: counts of a thousand and more with a comma, and the small model calls "Fast-forward to 2016" a CARDINAL)
_NOT_YEARS = {"MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "LAW", "FAC"}
_CALENDAR_NAMES = {"month", "weekday"}


def _calendar_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return any(w in words()[k] for k in _CALENDAR_NAMES)


@time_filter("modal_may_verb_march", "You may leave the room.", "Thousands march in protest.",
             "The police stopped this march near the square.")
def _modal_or_verb(c: Match) -> bool:
    mon = c.m.groupdict().get("mon")
    if mon in ("may", "march"):
        return True  # a month is capitalised: "this march" is a walk, "may" a modal
    if c.span not in ("may", "march", "spring"):
        return False
    tok = c.token()
    return not (tok is not None and (tok.pos_ == "PROPN" or tok.ent_type_ in ("DATE", "TIME")))


@time_filter("month_in_event_name", "Thousands joined the March for Life in the capital.",
             "She led the March of the Mothers through the city.")
def _month_in_name(c: Match) -> bool:
    """"the March for Life", "the March on Washington": a capitalised march followed by "for", "of"
    or "on" and a name is an event, not the month ("in March of 2019" stays a month)."""
    if c.span != "march":
        return False
    return bool(re.match(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][a-z]", c.text[c.m.end():]))


#: spaCy entity labels that name a person, body or work, never a time
_NAME_ENTITIES = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "NORP", "GPE", "LOC", "LAW", "EVENT"}


@time_filter("calendar_word_in_name", "Theresa May met the press in Berlin.", "Mrs May said the talks failed.",
             "The Sunday Times reported the deal.")
def _calendar_in_name(c: Match) -> bool:
    """A lone month or weekday that the parser puts inside the name of a person, body or work,
    next to another capitalised word of that name ("Theresa May", "Mrs May", "The Sunday Times"),
    is part of the name; a date entity ("Tuesday", "May 2017") or a name of its own is not vetoed."""
    word = c.m.group(0).strip()
    if not _calendar_word(word) or " " in word or c.span in _LONE_WORDS:
        return False
    tok = c.token()
    if tok is None or tok.ent_type_ not in _NAME_ENTITIES:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    near = [t for t in ent if abs(t.i - tok.i) == 1]
    return any(t.is_alpha and t.text[:1].isupper() and not _calendar_word(t.text) and t.lower_ != "the"
               for t in near)


@time_filter("lone_ambiguous_word", "Jan Novak chaired the meeting.", "Prices may fall further.",
             "The annual report is out.")
def _lone_word(c: Match) -> bool:
    return c.span in _LONE_WORDS


#: words that are times only inside a longer expression ("Jan. 5", "the second quarter")
_LONE_WORDS = {"sun", "sat", "wed", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
               "feb", "apr", "fall", "a", "an", "second", "end", "start", "annual"}


@time_filter("past_future_noun_only", "Future talks are planned.", "The past president spoke.",
             "The future looks bleak for the firm.")
def _noun_only(c: Match) -> bool:
    """"in the past", "into the future" are times; the adjectives "future plans", "past leaders"
    and the nouns as subjects or objects ("the future looks bleak", "face a future") are not."""
    if c.span.split()[-1] not in ("past", "future"):
        return False
    span = c.doc.char_span(c.offset + c.m.start(), c.offset + c.m.end(), alignment_mode="expand")
    tok = span[-1] if span is not None and len(span) else None
    return tok is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj"


@time_filter("year_is_a_number", "The election drew 1999 voters.", "He wore jersey No. 2010 in the final.")
def _year_number(c: Match) -> bool:
    if c.rule.normalise != "year" or re.match(r"(?:fiscal|calendar)\b", c.span):
        return False  # "fiscal year 2013 earnings": a named year is no count
    tok = c.token("y")
    if tok is not None and tok.ent_type_ in _NOT_YEARS:
        return True
    # "1999 voters": a count right before a plural noun, not a year; "the 1992 protests", "its 1989
    # results", "fiscal 1989 sales", "1990 BellSouth earnings" are years
    if tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i == tok.i + 1 \
            and not _year_premodified(tok):
        return True
    return c.text[:c.m.start()].rstrip().endswith(("$", "£", "€", "#", "No.", "no."))


def _year_premodified(tok: Token) -> bool:
    """A determiner, possessive or "fiscal"/"calendar" before the number makes it a year."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.pos_ == "DET" or prev.dep_ == "poss" or prev.tag_ in ("PRP$", "POS") \
        or prev.lower_ in ("fiscal", "calendar")


@time_filter("year_in_name", "The navy ended the drill Iron Shield 2023-A on time.",
             "The office still runs Windows 2000 on old machines.")
def _year_in_name(c: Match) -> bool:
    """A year glued to a code ("2023-A") or following a proper noun of the same name ("Windows
    2000", "Euro 2024") names a thing, not a time; months and weekdays before it do not count."""
    if c.rule.normalise != "year" or c.m.group(0).strip() != c.m.group("y"):
        return False
    if re.match(r"[-–][A-Za-z0-9]", c.text[c.m.end():]):
        return True
    tok = c.token("y")
    if tok is None or tok.i == 0:
        return False
    prev = c.doc[tok.i - 1]
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and not _calendar_word(prev.text) \
        and prev.is_alpha and prev.i > c.doc[tok.i].sent.start


@time_filter("set_word_as_noun", "She writes for the party daily.", "The Times is a daily with a big readership.")
def _set_noun(c: Match) -> bool:
    """"a daily", "the weekly" as a noun names a newspaper, not a frequency ("daily briefing",
    "meets weekly" are frequencies: TIMEX3 SET)."""
    if c.rule.normalise != "set":
        return False
    tok = c.token()
    return tok is not None and (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "amod"
                                or tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"))


@time_filter("age_or_fraction", "The minister, 52 years old, resigned.", "Iraq imports about three-quarters of its food.")
def _age_or_fraction(c: Match) -> bool:
    """"52 years old" is an age and "three-quarters of its food" a fraction: no durations."""
    if c.rule.normalise != "duration":
        return False
    after = c.text[c.m.end():]
    if re.match(r"\s*(?:-\s*)?old\b", after, re.IGNORECASE):
        return True
    n = (c.m.groupdict().get("n") or "").lower()
    return _g_unit(c) in ("quarter", "quarters") and n not in words()["fuzzy"] \
        and bool(re.match(r"\s+of\s+(?!\d)", after, re.IGNORECASE))


@time_filter("rate_per_unit", "The plant makes 700 cars a week.", "The deal saves $2 million a year.")
def _rate(c: Match) -> bool:
    """"700 cars a week", "$2 million a year": "a week" after a quantity is a rate, not a duration."""
    if c.rule.normalise != "duration" or (c.m.groupdict().get("n") or "").lower() not in ("a", "an"):
        return False
    tok = c.token()
    if tok is None or tok.i == 0:
        return False
    prev = c.doc[tok.i - 1]
    return prev.pos_ in ("NUM", "NOUN", "PROPN", "SYM") or prev.like_num or prev.text == "%"


@time_filter("day_after_an_event", "A day after he was hounded on the steps, he stayed home.",
             "She flew home later in the day before returning to work.")
def _day_after_event(c: Match) -> bool:
    """"a day after he was hounded", "one night before the vote": a day counted from an event the
    sentence names, not from a date, has no calendar value to give; nor is "the day" one when the
    "before"/"after" after it governs a gerund ("later in the day before returning")."""
    if c.rule.normalise != "day_relative" or not re.search(r"\b(?:before|after)\s*$", c.m.group(0), re.I):
        return False
    if re.search(r"\b(?:a|one)\s+$", c.text[:c.m.start()], re.I):
        return True
    tok = c.doc.char_span(c.offset + c.m.end(), c.offset + len(c.text), alignment_mode="expand")
    nxt = tok[0] if tok is not None and len(tok) else None
    return nxt is not None and nxt.tag_ == "VBG"


@time_filter("last_unit_of", "Ivanka Trump spoke on the last day of the convention.",
             "He scored twice in the last minute of the match.")
def _last_unit_of(c: Match) -> bool:
    """"the last day of the convention", "the final hour of the debate": a part of a named thing,
    not a stretch counted back from publication."""
    return c.rule.normalise == "duration" and bool(re.match(r"(?:past|last|final|first)\b", c.span.removeprefix("the ")))\
        and not re.search(r"\d|\b(?:few|several|two|three|four|five|six|seven|eight|nine|ten)\b", c.span) \
        and bool(re.match(r"\s+of\s+(?:the|this|that|his|her|its|their|a)\b", c.text[c.m.end():], re.I))


def _g_unit(c: Match) -> str:
    return (c.m.groupdict().get("unit") or "").lower()


@time_filter("capitalised_in_name", "She told Russia Today about the plan.",
             "He appeared on the show This Week with the anchor.", "She said so on 60 Minutes last night.",
             'He told the network\'s "This Week With Anne Lee" that talks had failed.',
             "She spoke to USA TODAY about the plan.")
def _capitalised_name(c: Match) -> bool:
    """A time word that is lower case in running text ("today", "this week", "minutes") but
    capitalised in mid-sentence is part of a name or title ("Russia Today", "60 Minutes"), and so
    are time words all capitalised right after a quote mark ('told "This Week" that ...')."""
    if c.rule.normalise == "holiday":
        return False
    capitalised = [w for w in c.m.group(0).split()
                   if w.isalpha() and w[:1].isupper() and not _TIME_ZONE.fullmatch(w) and not _calendar_word(w)]
    if not capitalised:
        return False
    before = c.text[:c.m.start()].rstrip()
    if before[-1:] in ("\"", "“") and _quoted_title(c):
        return True
    if not before or before[-1] in ".!?:;\"“‘'`(—–-":
        return False
    caps = [w for w in re.findall(r"[A-Za-z]+", c.text) if len(w) > 3]
    title_case = caps and sum(w[0].isupper() for w in caps) / len(caps) > 0.6
    return not title_case


#: "EST", "EDT", "GMT": a time zone after a clock time is no name ("USA TODAY" is)
_TIME_ZONE = re.compile(r"[A-Z]{1,3}T|UTC")


def _quoted_title(c: Match) -> bool:
    """"on ABC's "This Week With ..."": every word capitalised after an opening quote mark inside
    the sentence is a title ("“Last week we won,” she said" has a lower-case second word)."""
    ws = c.m.group(0).split()
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws) and c.m.start() > 1


def vetoed(c: Match) -> Optional[str]:
    """The name of the first active filter that vetoes the candidate, or None."""
    for name, (fn, _) in FILTERS.items():
        if is_on(name) and fn(c):
            return name
    return None
