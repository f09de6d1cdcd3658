"""What every analysed article must satisfy, whatever its text (shared by the bad-input and property tests)."""
from __future__ import annotations

import re
from typing import Any

ISO3 = re.compile(r"^[A-Z]{3}$")
#: tables whose rows carry start, end and the text they cover
SPAN_TABLES = ("sentences", "mentions", "quotes", "times")
ID_COLUMNS = {"sentences": "sentence_id", "actors": "actor_id", "quotes": "quote_id",
              "times": "time_id", "events": "event_id", "places": "place_id", "countries": "iso3"}


def problems(doc: dict[str, Any]) -> list[str]:
    """Every broken invariant of one JSON document (``ArticleTables.to_dict()``), as readable lines."""
    out: list[str] = []
    text = doc["article"]["text"]
    n = len(text)
    if doc["article"]["n_chars"] != n:
        out.append(f"article.n_chars {doc['article']['n_chars']} != {n}")

    def span(table: str, row: dict, s_key: str, e_key: str, t_key: str | None) -> None:
        s, e = row.get(s_key), row.get(e_key)
        if s is None and e is None:
            return
        if s is None or e is None or not (0 <= s <= e <= n):
            out.append(f"{table}: {s_key}/{e_key} {s}..{e} outside 0..{n}: {row}")
            return
        if t_key and row.get(t_key) is not None and text[s:e] != row[t_key]:
            out.append(f"{table}: text[{s}:{e}]={text[s:e]!r} != {t_key} {row[t_key]!r}")

    for table in SPAN_TABLES:
        for row in doc.get(table, []):
            span(table, row, "start", "end", "text")
    for row in doc.get("quotes", []):
        span("quotes.speaker", row, "speaker_start", "speaker_end", "speaker_text")
        span("quotes.cue", row, "cue_start", "cue_end", None)
    for row in doc.get("events", []):
        span("events", row, "start", "end", None)

    for table, column in ID_COLUMNS.items():
        ids = [row[column] for row in doc.get(table, [])]
        if len(ids) != len(set(ids)):
            dupes = sorted({i for i in ids if ids.count(i) > 1}, key=str)
            out.append(f"{table}: {column} not unique: {dupes[:5]}")

    out.extend(_reference_problems(doc))
    return out


def _reference_problems(doc: dict[str, Any]) -> list[str]:
    """Ids that one table names and another must hold (speakers, holders, evidence, sentences)."""
    out: list[str] = []
    actors = {a["actor_id"] for a in doc.get("actors", [])}
    sentences = {s["sentence_id"] for s in doc.get("sentences", [])}
    quotes = {q["quote_id"] for q in doc.get("quotes", [])}
    times = {t["time_id"] for t in doc.get("times", [])}
    for m in doc.get("mentions", []):
        if m["actor_id"] not in actors:
            out.append(f"mentions: actor_id {m['actor_id']!r} is no actor")
    for q in doc.get("quotes", []):
        if q.get("speaker_id") is not None and q["speaker_id"] not in actors:
            out.append(f"quotes: speaker_id {q['speaker_id']!r} is no actor")
    for e in doc.get("events", []):
        for a in [e.get("actor_id"), e.get("target")] + list(e.get("participants") or []):
            if a is not None and a not in actors and not ISO3.match(str(a)):
                out.append(f"events: actor {a!r} is neither an actor nor an ISO3 code")
        if e.get("time_id") is not None and e["time_id"] not in times:
            out.append(f"events: time_id {e['time_id']!r} is no time")
    for s in doc.get("stances", []):
        if s["holder_id"] not in actors:
            out.append(f"stances: holder_id {s['holder_id']!r} is no actor")
        event_ids = {e["event_id"] for e in doc.get("events", [])}
        for q in s.get("evidence") or []:
            if q not in quotes and q not in event_ids:  # contract v2: quote and event ids
                out.append(f"stances: evidence {q!r} is no quote and no event")
    for table in ("mentions", "quotes", "times", "events"):
        for row in doc.get(table, []):
            if sentences and row.get("sentence_id") not in sentences:
                out.append(f"{table}: sentence_id {row.get('sentence_id')!r} is no sentence")
    return out
