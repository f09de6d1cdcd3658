"""Small summary tables for the notebooks: plain DataFrames whose output nbval compares.

They hold counts and names only (no ids that change from run to run), so a change in
what the helpers extract from the seed article changes them, and CI notices.
"""
from __future__ import annotations

import pandas as pd

from .quotes import UNATTRIBUTED
from .stances import main_topic

TABLE_NAMES = ("sentences", "actors", "mentions", "quotes", "times", "events", "places", "countries", "stances")


def table_counts(tables) -> pd.DataFrame:
    """Rows per table."""
    return pd.DataFrame({"rows": [len(getattr(tables, n)) for n in TABLE_NAMES]},
                        index=pd.Index(TABLE_NAMES, name="table"))


def headline(tables) -> dict:
    """The figures the landing page leads with."""
    speakers = pd.Series([q.speaker or UNATTRIBUTED for q in tables.quotes], dtype="object")
    return {
        "title": tables.article.title or tables.article.article_id,
        "published": tables.article.published,
        "words": tables.article.n_words,
        "actors": len(tables.actors),
        "quotes": len(tables.quotes),
        "countries": len(tables.countries),
        "events": len(tables.events),
        "stances": len(tables.stances),
        "top_speakers": [(name, int(n)) for name, n in speakers.value_counts().head(5).items()],
        "main_topic": main_topic(tables),
    }


def actors_summary(tables) -> pd.DataFrame:
    """Actors by mentions, with how many quotes each speaks."""
    said = pd.Series([q.speaker_id for q in tables.quotes if q.speaker_id], dtype="object").value_counts()
    rows = [{"actor": a.name, "kind": a.kind, "country": a.country, "mentions": a.n_mentions,
             "quotes": int(said.get(a.actor_id, 0))} for a in tables.actors]
    df = pd.DataFrame(rows, columns=["actor", "kind", "country", "mentions", "quotes"])
    return df.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def events_summary(tables) -> pd.DataFrame:
    """Events per category, with their date span."""
    df = tables.frame("events")
    if df.empty:
        return pd.DataFrame(columns=["events", "first", "last", "inferred_dates"],
                            index=pd.Index([], name="category"))
    out = df.groupby("category").agg(events=("event_id", "count"), first=("date", "min"), last=("date", "max"),
                                     inferred_dates=("date_inferred", "sum"))
    out["inferred_dates"] = out["inferred_dates"].astype(int)
    return out.sort_values(["events"], ascending=False, kind="stable")


def quotes_summary(tables) -> pd.DataFrame:
    """Quotes per speaker and kind."""
    df = tables.frame("quotes")
    kinds = ["direct", "partial", "indirect"]
    if df.empty:
        return pd.DataFrame(columns=kinds + ["total"], index=pd.Index([], name="speaker"))
    df["speaker"] = df["speaker"].fillna(UNATTRIBUTED)
    out = pd.crosstab(df["speaker"], df["kind"]).reindex(columns=kinds, fill_value=0)
    out["total"] = out.sum(axis=1)
    out.columns.name = None
    return out.sort_values(["total"], ascending=False, kind="stable")


def stances_summary(tables) -> pd.DataFrame:
    """Stances: holder, target, label and score (two decimals), strongest first."""
    df = tables.frame("stances")
    cols = ["holder", "target", "label", "score", "n_evidence"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    names = {a.actor_id: a.name for a in tables.actors}
    countries = {c.iso3: c.name for c in tables.countries}
    out = pd.DataFrame({"holder": df["holder_id"].map(lambda h: names.get(h, h)),
                        "target": df["target"].map(lambda t: names.get(t) or countries.get(t) or t),
                        "label": df["label"], "score": df["score"].astype(float).round(2),
                        "n_evidence": df["n_evidence"]})
    return out.sort_values(["score", "holder", "target"], key=None, kind="stable").reset_index(drop=True)
