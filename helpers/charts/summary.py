"""Small summary tables for the notebooks: plain DataFrames whose output nbval compares.

They hold counts and names only (no ids that change from run to run), so a change in
what the helpers extract from the seed article changes them, and CI notices. Quotes are
counted per statement (``who_said_what.py``): the fragments of one sentence count once.
"""
from __future__ import annotations

import pandas as pd

from ._base import SENTENCE_COLUMN, evidence_sentences, is_firm, is_weak, shown_sentences
from .stances import main_topic, target_label
from .who_said_what import UNATTRIBUTED, statement_counts, statements

TABLE_NAMES = ("sentences", "actors", "mentions", "quotes", "times", "events", "places", "countries", "stances")


def table_counts(tables) -> pd.DataFrame:
    """Rows per table."""
    return pd.DataFrame({"rows": [len(getattr(tables, n)) for n in TABLE_NAMES]},
                        index=pd.Index(TABLE_NAMES, name="table"))


def headline(tables) -> dict:
    """The figures the landing page leads with."""
    counts = statement_counts(tables)
    return {
        "title": tables.article.title or tables.article.article_id,
        "published": tables.article.published,
        "words": tables.article.n_words,
        "actors": len(tables.actors),
        "statements": int(counts.sum()) if not counts.empty else 0,
        "quotes": len(tables.quotes),
        "countries": len(tables.countries),
        "events": len(tables.events),
        "stances": len(tables.stances),
        "top_speakers": [(name, int(n)) for name, n in counts.head(5).items()],
        "main_topic": target_label(tables, main_topic(tables)),  # by name: "China", not "CHN"
    }


def actors_summary(tables) -> pd.DataFrame:
    """Actors by mentions, with how many statements each makes."""
    st = statements(tables)
    said = st["speaker_id"].dropna().value_counts() if not st.empty else pd.Series(dtype="int64")
    rows = [{"actor": a.name, "kind": a.kind, "country": a.country or "", "mentions": a.n_mentions,
             "statements": int(said.get(a.actor_id, 0))} for a in tables.actors]
    df = pd.DataFrame(rows, columns=["actor", "kind", "country", "mentions", "statements"])
    df = df.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return df.set_index("actor")


#: how many characters of an ISO date a precision keeps ("2015-12-01" of month precision -> "2015-12")
CHARS_OF_PRECISION = {"day": 10, "week": 10, "month": 7, "quarter": 7, "year": 4}


#: the column of events dated by the publication day (contract column ``date_inferred``), in words
PUBLICATION_DATED = "dated by publication day"


def events_summary(tables) -> pd.DataFrame:
    """Events per type (in lower case, as the timeline's key names them), with their date span."""
    df = tables.frame("events")
    if df.empty:
        return pd.DataFrame(columns=["events", "dated", "first", "last", PUBLICATION_DATED],
                            index=pd.Index([], name="type"))
    # a date is written to its precision: "2015-12" for "this month", "2015" for "last year", not the 1st
    # of the period, which read as a known day (the timeline draws these as bands)
    df = df.assign(date=[d[:CHARS_OF_PRECISION.get(p, 10)] if isinstance(d, str) else d
                         for d, p in zip(df["date"], df["date_precision"])])
    out = df.groupby("category").agg(events=("event_id", "count"), dated=("date", "count"), first=("date", "min"),
                                     last=("date", "max"), **{PUBLICATION_DATED: ("date_inferred", "sum")})
    out[PUBLICATION_DATED] = out[PUBLICATION_DATED].astype(int)
    # a category with no dated event has no first or last day: say so, not NaN
    out[["first", "last"]] = out[["first", "last"]].astype(object).where(out[["first", "last"]].notna(), "undated")
    out.index = out.index.str.lower().rename("type")
    return out.sort_values(["events"], ascending=False, kind="stable")


def quotes_summary(tables) -> pd.DataFrame:
    """Statements per speaker, by the kind of their main quote (a sentence's fragments count once)."""
    st = statements(tables)
    kinds = ["direct", "indirect", "partial"]
    if st.empty:
        return pd.DataFrame(columns=["statements"] + kinds, index=pd.Index([], name="speaker"))
    out = pd.crosstab(st["speaker"].fillna(UNATTRIBUTED), st["kind"]).reindex(columns=kinds, fill_value=0)
    out.insert(0, "statements", out.sum(axis=1))
    out.columns.name = None
    order = list(statement_counts(tables).index)
    return out.reindex(order)


#: the evidence sentence in the stances summary is cut to this many characters
EVIDENCE_CHARS = 110


def _cut(text) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1].rsplit(" ", 1)[0] + " …"


def _strength(confidence, n_sentences, sentence: bool = False) -> str:
    """How far a stance row can be trusted, in words: "firm", "low confidence", or evidence in one sentence
    ("1 source sentence"; "one sentence, no quote" for a row that cites no quote or event but has its evidence
    sentence)."""
    from .stances import evidence_count

    if is_weak(confidence):
        return "low confidence"
    if is_firm(confidence, n_sentences):
        return "firm"
    return evidence_count(1, sentence) if int(n_sentences or 0) == 1 else evidence_count(0, sentence)


def stances_summary(tables) -> pd.DataFrame:
    """Stances by holder name: target name, label, score (two decimals), how firm the row is (``_strength``),
    the evidence sentence (cut to EVIDENCE_CHARS) and the sentences the evidence stands in (links to the article
    page in the report); strongest opposition first."""
    df = tables.frame("stances")
    # the sentence numbers before the evidence text: on a phone they stay in view, the text scrolls in the table's box
    cols = ["target", "label", "score", "strength", SENTENCE_COLUMN, "evidence"]
    if df.empty:
        return pd.DataFrame(columns=cols, index=pd.Index([], name="holder"))
    names = {a.actor_id: a.name for a in tables.actors}
    countries = {c.iso3: c.name for c in tables.countries}
    out = pd.DataFrame({"holder": df["holder_id"].map(lambda h: names.get(h, h)),
                        "target": df["target"].map(lambda t: names.get(t) or countries.get(t) or t),
                        "label": df["label"], "score": df["score"].astype(float).round(2),
                        "strength": [_strength(c, len(evidence_sentences(tables, ev)), bool(t)) for c, ev, t in
                                     zip(df["confidence"], df["evidence"], df["evidence_text"])],
                        SENTENCE_COLUMN: [shown_sentences(tables, ev, t) for ev, t in zip(df["evidence"], df["evidence_text"])],
                        "evidence": df["evidence_text"].map(_cut)})
    out = out.sort_values(["score", "holder", "target"], kind="stable")
    return out.set_index("holder")
