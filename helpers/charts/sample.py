"""A small made-up article and hand-written tables for it, to demo and test the charts.

Every table has rows (an interval "since 2022", two events of one actor on one day,
places with coordinates, stances toward actors, countries and a topic), so a chart
that draws nothing from these tables is broken. Offsets are computed from the text.
"""
from __future__ import annotations

from ..records import Actor, ArticleRow, Country, Event, Mention, Place, Quote, Sentence, Stance, Time
from ..tables import ArticleTables

PUBLISHED = "2025-03-14"
LINES = (
    "Ministers from Norway and Chile met in Oslo on Tuesday to discuss a fishing accord.",
    "\u201cThis accord is good for both our peoples,\u201d said Norwegian Foreign Minister Anna Berg.",
    "Chilean envoy Pablo Soto said the talks, stalled since 2022, had been difficult, and warned that "
    "Chile \u201cwill not accept quotas imposed from outside.\u201d",
    "Berg rejected that view and criticised Soto on Tuesday.",
    "The Norwegian Fisheries Council, in Bergen, backed the accord.",
    "Support us via PayPal.",
)


def sample_tables(*, extra_text: str = "") -> ArticleTables:
    """The sample article's tables; ``extra_text`` is appended to the article and to every text cell."""
    text = "\n".join(LINES) + "\n" + extra_text
    starts = [sum(len(line) + 1 for line in LINES[:i]) for i in range(len(LINES))]

    def span(needle: str, line: int, nth: int = 0) -> tuple[int, int]:
        at = -1
        for _ in range(nth + 1):
            at = text.index(needle, at + 1 if at >= 0 else starts[line])
        return at, at + len(needle)

    x = extra_text
    sentences = [Sentence(i, i, starts[i], starts[i] + len(line), line + x, i == len(LINES) - 1)
                 for i, line in enumerate(LINES)]
    actors = [
        Actor("anna-berg", "Anna Berg", "person", "Foreign Minister", "NOR", 2, span("Anna Berg", 1)[0]),
        Actor("pablo-soto", "Pablo Soto", "person", "envoy", "CHL", 2, span("Pablo Soto", 2)[0]),
        Actor("norwegian-fisheries-council", "Norwegian Fisheries Council", "organization", None, "NOR", 1,
              span("Norwegian Fisheries Council", 4)[0]),
    ]
    mentions = sorted([
        Mention("anna-berg", *span("Anna Berg", 1), "Anna Berg", 1, "name"),
        Mention("pablo-soto", *span("Pablo Soto", 2), "Pablo Soto", 2, "name"),
        Mention("anna-berg", *span("Berg", 3), "Berg", 3, "alias"),
        Mention("pablo-soto", *span("Soto", 3), "Soto", 3, "alias"),
        Mention("norwegian-fisheries-council", *span("Norwegian Fisheries Council", 4),
                "Norwegian Fisheries Council", 4, "name"),
    ], key=lambda m: m.start)
    q1 = span("This accord is good for both our peoples,", 1)
    q2 = span("the talks, stalled since 2022, had been difficult", 2)
    q3 = span("will not accept quotas imposed from outside.", 2)
    said1, said2 = span("said", 1), span("said", 2)
    quotes = [
        Quote("q1", "direct", text[q1[0]:q1[1]] + x, *q1, "anna-berg", "Anna Berg", "Anna Berg",
              *span("Anna Berg", 1), "say", *said1, 1, 1),
        Quote("q2", "indirect", text[q2[0]:q2[1]] + x, *q2, "pablo-soto", "Pablo Soto", "Pablo Soto",
              *span("Pablo Soto", 2), "say", *said2, 2, 2),
        Quote("q3", "partial", text[q3[0]:q3[1]] + x, *q3, "pablo-soto", "Pablo Soto", "Pablo Soto",
              *span("Pablo Soto", 2), "warn", *span("warned", 2), 2, 2),
    ]
    times = [
        Time("t1", *span("on Tuesday", 0), "on Tuesday", "DATE", "2025-03-11", "day", "2025-03-11", "2025-03-11", 0),
        Time("t2", *span("since 2022", 2), "since 2022", "DURATION", "2022", "year", "2022-01-01", PUBLISHED, 2),
        Time("t3", *span("on Tuesday", 3), "on Tuesday", "DATE", "2025-03-11", "day", "2025-03-11", "2025-03-11", 3),
    ]
    def event(eid, sid, date, precision, inferred, time_id, actors, category, predicate, text):
        return Event(event_id=eid, sentence_id=sid, actor_id=actors[0], target=None, participants=actors,
                     category=category, predicate=predicate, trigger_start=None, trigger_end=None, text=text,
                     modality="asserted", date=date, date_precision=precision, time_id=time_id,
                     date_inferred=inferred, confidence=1.0)

    events = [
        event("e1", 0, "2025-03-11", "day", False, "t1", ("anna-berg", "pablo-soto"), "CONSULT", "meet",
              "Ministers from Norway and Chile met in Oslo on Tuesday" + x),
        event("e2", 1, PUBLISHED, "day", True, None, ("anna-berg",), "STATEMENT", "say", LINES[1] + x),
        event("e3", 2, PUBLISHED, "day", False, "t2", ("pablo-soto",), "STATEMENT", "say",
              "Pablo Soto said the talks, stalled since 2022, had been difficult" + x),
        event("e4", 2, PUBLISHED, "day", True, None, ("pablo-soto",), "THREATEN", "warn",
              "warned that Chile will not accept quotas" + x),
        event("e5", 3, "2025-03-11", "day", False, "t3", ("anna-berg",), "REJECT", "reject",
              "Berg rejected that view" + x),
        event("e6", 3, "2025-03-11", "day", False, "t3", ("anna-berg",), "DISAPPROVE", "criticise",
              "criticised Soto on Tuesday" + x),
        event("e7", 4, PUBLISHED, "day", True, None, ("norwegian-fisheries-council",), "SUPPORT", "back",
              "The Norwegian Fisheries Council backed the accord" + x),
    ]
    places = [
        Place("oslo", "Oslo", "NOR", 59.9139, 10.7522, 1),
        Place("bergen", "Bergen", "NOR", 60.3913, 5.3221, 1),
    ]
    countries = [
        Country("NOR", "Norway", 4, ("anna-berg", "norwegian-fisheries-council")),
        Country("CHL", "Chile", 3, ("pablo-soto",)),
    ]
    stances = [
        Stance("anna-berg", "NOR", "fishing accord", "topic", 0.8, "support", 0.9, ("q1",), 1),
        Stance("pablo-soto", "CHL", "fishing accord", "topic", -0.6, "oppose", 0.8, ("q2", "q3"), 2),
        Stance("norwegian-fisheries-council", "NOR", "fishing accord", "topic", 0.5, "support", 0.7, (), 0),
        Stance("anna-berg", "NOR", "pablo-soto", "actor", -0.5, "oppose", 0.85, (), 0),
        Stance("pablo-soto", "CHL", "NOR", "country", -0.4, "oppose", 0.6, ("q3",), 1),
    ]
    article = ArticleRow("sample-fishing-accord", None, "Norway and Chile disagree over fishing accord" + x,
                         PUBLISHED, "helpers sample", "en", text, len(text), len(text.split()))
    return ArticleTables(article=article, sentences=sentences, actors=actors, mentions=mentions, quotes=quotes,
                         times=times, events=events, places=places, countries=countries, stances=stances)
