"""What every chart shares: palettes, titles that state the finding, the note under each
chart, empty states and the data behind a figure.

Figures are pure functions of an article's tables. Each carries its fixed id and an
``empty`` flag in ``layout.meta``, and the tidy frame it was drawn from (``chart_frame``),
so notebooks, reports, CSV exports and tests all see the same data.

Titles state what the tables show ("Starmer opposes Russia; the Kremlin and Trump back the
summit", built by ``stance_finding`` and the builders from the rows), not what the chart is.
Under every chart a note says what was measured and how accurate the tables it rests on
were on unseen articles, read from ``data/reference/accuracy.csv`` (``accuracy_line``); a
table not yet measured says so, no figure is made up.
"""
from __future__ import annotations

import html
import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

import pandas as pd
import plotly.graph_objects as go

from ..reference import in_sentence

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with every common CVD
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: Okabe-Ito for marks on white: without its yellow (contrast 1.2:1 against white, a bar or line of it
#: is barely seen)
MARK_COLORS = tuple(c for c in OKABE_ITO if c != "#F0E442")
#: diverging red-grey-blue (ColorBrewer RdBu ends), safe for red-green colour blindness
NEGATIVE, NEUTRAL, POSITIVE = "#B2182B", "#9E9E9E", "#2166AC"
DIVERGING = [[0.0, "#B2182B"], [0.25, "#EF8A62"], [0.5, "#F7F7F7"], [0.75, "#67A9CF"], [1.0, "#2166AC"]]
SEQUENTIAL = "Blues"
#: scores closer to 0 than this count as neutral in colours and words
NEUTRAL_BAND = 1 / 6
TEMPLATE = "plotly_white"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

_FRAME_ATTR = "_chart_frame"
#: the note and source lines under a chart are one annotation with this name (the report rewraps it on phones)
FOOTER_NAME = "nr-footer"
#: the message of an empty chart (the report rewraps it on phones)
MESSAGE_NAME = "nr-message"
#: characters per line of the note under a chart at desktop width
FOOTER_WIDTH = 120
#: characters per line of a title at desktop width: a longer one wraps, clear of the modebar on the right
TITLE_WIDTH = 88
NOT_MEASURED = "not yet measured"
#: a stance row below this confidence is a weak row: drawn apart (hatched, paler) and never headlined
LOW_CONFIDENCE = 0.75
#: a stance row makes a headline only when its evidence stands in at least this many sentences of the article (and
#: its confidence is not weak): the fragments of one quoted sentence are several pieces of evidence but one sentence
#: (the seed's "Starmer opposes Putin" cited 5 quotes in 3 sentences; the 324 polar rows of the 243 train-gold
#: articles cite 607 pieces in 372 sentences, and the 51 rows firm by sentences were all right, the 159 firm by pieces
#: 143 right / 16 wrong)
FIRM_EVIDENCE = 2
#: an event below this confidence (its agent found by a fallback rule, or only planned) is drawn faded
LOW_EVENT_CONFIDENCE = 0.6


def esc(value: Any) -> str:
    """Text from an article made safe for plotly labels and hovers (they read a little HTML)."""
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value),
                       quote=False)


def wrap(value: Any, *, width: int = 80, limit: int = 600) -> str:
    """Escaped text broken into hover lines of ``width`` characters, cut at ``limit``."""
    text = "" if value is None else " ".join(str(value).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(esc(line) for line in textwrap.wrap(text, width=width)) or ""


def split_title(title: str) -> tuple[str, str]:
    """(headline, deck) of a catalogue title that joins them with "; " (PolNeAR: "China rebuts American
    criticism on overcapacity; Investment, official says, helped ..."): the deck starts with a capital after
    the first "; ". Any other title is all headline."""
    head, sep, deck = str(title).partition("; ")
    if sep and head.strip() and deck[:1].isupper():
        return head.strip(), deck.strip()
    return str(title), ""


def source_note(tables) -> str:
    art = tables.article
    name = " ".join(split_title(art.title or art.article_id)[0].split())
    if len(name) > 90:
        name = name[:89].rstrip() + "…"
    when = f"published {art.published}" if art.published else "publication date unknown"
    return f"Source: {esc(name)} ({when}); tables by helpers"


@lru_cache(maxsize=1)
def _accuracy_rows() -> dict[str, list[dict[str, str]]]:
    """table -> its rows of ``data/reference/accuracy.csv`` in file order (measured accuracy on unseen articles)."""
    from ..reference import read_table

    try:
        rows = read_table("accuracy.csv")
    except FileNotFoundError:
        return {}
    by_table: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        if r.get("table"):
            by_table.setdefault(r["table"], []).append(r)
    return by_table


def accuracy_table() -> dict[str, dict[str, str]]:
    """table -> its first row of ``accuracy.csv``, its main measure."""
    return {table: rows[0] for table, rows in _accuracy_rows().items()}


def accuracy_more() -> dict[str, list[dict[str, str]]]:
    """table -> its further rows of ``accuracy.csv`` (a second measure: the share of gold stances found)."""
    return {table: rows[1:] for table, rows in _accuracy_rows().items() if len(rows) > 1}


def _measured(row: dict[str, str]) -> str | None:
    try:
        return f"{row.get('measure') or 'accuracy'} {float(row.get('value', '')):.2f}"
    except ValueError:
        return None


def accuracy_line(table: str) -> str:
    """"quotes: who-said-what F1 0.74 on 12 unseen articles", or "quotes: not yet measured"; a table with
    a second measured row names both ("stances: share of polar rows right 0.68, share of gold stances found
    0.15 on 74 unseen articles")."""
    row = accuracy_table().get(table) or {}
    first = _measured(row)
    if first is None:
        return f"{table}: {NOT_MEASURED}"
    measures = [first] + [m for m in map(_measured, accuracy_more().get(table, [])) if m]
    articles = row.get("articles", "")
    on = f" on {articles} unseen articles" if articles else " on unseen articles"
    return f"{table}: {', '.join(measures)}{on}"


def chart_note(measured: str, accuracy_of: tuple[str, ...] = ()) -> str:
    """The sentence under a chart: what was measured, then the accuracy of each table it uses."""
    parts = [measured.strip().rstrip(".") + "."] if measured.strip() else []
    if accuracy_of:
        lines = [accuracy_line(t) for t in accuracy_of]
        # "F1 0.51" means nothing to a new reader without the scale it is on
        scale = " (each on a scale where 1 is perfect)" if any(not x.endswith(NOT_MEASURED) for x in lines) else ""
        parts.append("Accuracy of the tables on unseen articles: " + "; ".join(lines) + scale + ".")
    return " ".join(parts)


def wrap_lines(text: str, width: int = FOOTER_WIDTH) -> list[str]:
    """Plain text (not yet escaped) broken into lines of at most ``width`` characters."""
    return textwrap.wrap(" ".join(text.split()), width=width) or []


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    names = [n for n in names if n]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def is_weak(confidence: Any) -> bool:
    """A stance row the tables are unsure of (confidence below ``LOW_CONFIDENCE``)."""
    try:
        return float(confidence) < LOW_CONFIDENCE
    except (TypeError, ValueError):
        return False


def evidence_sentences(tables, evidence: Any) -> tuple[int, ...]:
    """The sentences of the article a stance's cited quotes and events stand in, each once, in order. A cited id
    the tables do not hold counts as a sentence of its own (nothing says it shares one)."""
    where = {q.quote_id: q.sentence_id for q in getattr(tables, "quotes", ())}
    where.update({e.event_id: e.sentence_id for e in getattr(tables, "events", ())})
    found, unknown = set(), 0
    for ref in evidence or ():
        if where.get(ref) is None:
            unknown += 1
        else:
            found.add(int(where[ref]))
    return tuple(sorted(found)) + tuple(-1 - i for i in range(unknown))


def shown_sentences(tables, evidence: Any, evidence_text: Any = "") -> str:
    """The sentences a reader can check a stance row against: those of its cited quotes and events, or for a row
    citing none, the sentence its evidence text comes from."""
    found = [i for i in evidence_sentences(tables, evidence) if i >= 0]
    text = " ".join(str(evidence_text or "").split())
    if not found and text:
        found = [s.sentence_id for s in getattr(tables, "sentences", ())
                 if " ".join(s.text.split()) and (" ".join(s.text.split()) in text or text in " ".join(s.text.split()))]
    return sentence_numbers(sorted(set(found)))


#: the page of the report that holds the article's text, each sentence behind an anchor ``#sentence-N`` (0-based)
ARTICLE_PAGE = "01_article.html"


#: a summary-table column of this name lists sentences of the article by number from 1 ("12, 13, 17"); the report's
#: tables (``render.frame_html``) make each number a link to the sentence in the article page, so that a reader
#: can check a row against the text
SENTENCE_COLUMN = "sentence"


def sentence_numbers(ids) -> str:
    """Sentence ids (0-based) as a reader numbers them: "12, 13, 17" (see ``SENTENCE_COLUMN``)."""
    return ", ".join(str(int(i) + 1) for i in ids)


def sentence_links(numbers: str, page: str = ARTICLE_PAGE) -> str:
    """The markup of a ``SENTENCE_COLUMN`` cell: each number a link to its sentence in the article page."""
    nums = [int(n) for n in re.findall(r"\d+", str(numbers or ""))]
    return ", ".join(f'<a href="{page}#sentence-{n - 1}" title="show sentence {n} in the article">{n}</a>'
                     for n in nums) or "—"


def n_sentences(tables, stance) -> int:
    """How many sentences a stance row's evidence stands in (``evidence_sentences``)."""
    return len(evidence_sentences(tables, getattr(stance, "evidence", ())))


def is_firm(confidence: Any, n_evidence: Any) -> bool:
    """A stance row strong enough for a headline: not weak, and its evidence in ``FIRM_EVIDENCE`` sentences or more
    (callers pass ``n_sentences``: the fragments of one quoted sentence are one sentence, not several)."""
    try:
        n = int(n_evidence or 0)
    except (TypeError, ValueError):
        n = 0
    return not is_weak(confidence) and n >= FIRM_EVIDENCE


def person_short_name(tables, actor) -> str:
    """The word of a person's name the article uses alone: "Starmer", "Mr. Lou" -> "Lou" (surname first).

    Each word of the full name is counted in the person's shorter name, alias and title mentions
    ("Mr. Lou", "Starmer"); the most used wins. Ties and no short mentions go to the family name by the
    name-order rules of ``data/reference/name_order.csv`` (``gazetteer.surname``: "Hua Chunying" of China
    -> "Hua", "Ursula von der Leyen" -> "von der Leyen"), else to the last word.
    """
    from ..gazetteer import surname

    words = actor.name.split()
    if not words:
        return actor.name
    counts = {w: 0 for w in words}
    for m in getattr(tables, "mentions", ()):
        if m.actor_id != actor.actor_id or m.how not in ("name", "alias", "title") or m.text == actor.name:
            continue
        used = set(m.text.replace(".", " ").split())
        for w in words:
            counts[w] += w in used
    country = getattr(actor, "country", None)
    family = surname(actor.name, country=country) or words[-1]
    best = max(reversed(words), key=lambda w: counts[w])
    short = family if counts[best] <= counts.get(family.split()[-1], 0) else best
    if not counts[best] and not country:
        # never named alone, and no country to tell the family name by: "Jun" for Ai Jun was a guess
        return actor.name
    if any(_takes_short(other, short) for other in getattr(tables, "actors", ())
           if other.kind == "person" and other.actor_id != actor.actor_id):
        return actor.name  # "Clinton" for Bill and for Hillary Clinton names neither
    return short


def _takes_short(other, short: str) -> bool:
    """Whether another person goes by the same family name ("Bill Clinton", "Hillary Clinton"; not "Berg" and
    "van den Berg")."""
    from ..gazetteer import surname

    return surname(other.name, country=getattr(other, "country", None)) == short


def short_name(tables, key: Optional[str]) -> str:
    """How a headline names an actor, country or topic: "Starmer", "the Kremlin", "Russia", "the summit".
    A missing key (None, or NaN from a table) names nothing."""
    if not isinstance(key, str) or not key:
        return ""
    actor = next((a for a in tables.actors if a.actor_id == key), None)
    if actor is not None:
        if actor.kind == "person":
            return person_short_name(tables, actor)
        # bodies read as "the Kremlin", "the Norwegian Fisheries Council"; acronyms ("NATO") and names
        # that carry their article stay as written
        if actor.kind == "country":  # "the United States", "Russia" (data/reference/definite_names.csv)
            return in_sentence(actor.name)
        plain = actor.name.isupper() or actor.name.lower().startswith("the ")
        return actor.name if plain else f"the {actor.name}"
    country = next((c for c in tables.countries if c.iso3 == key), None)
    if country is not None:
        return in_sentence(country.name)
    return key if key[:1].isupper() else f"the {key}"


STANCE_VERBS = {"support": ("backs", "back"), "oppose": ("opposes", "oppose")}
#: a stance makes a headline only this far from neutral: "backs the intervention" from a score of +0.23 (light
#: blue in the charts) said more than the row
HEADLINE_SCORE = 0.5
#: a headline clause names at most this many targets of one holder and side
MAX_CLAUSE_TARGETS = 3


def stance_finding(tables, *, clauses: int = 2) -> str:
    """A headline from the stance table: the strongest supported and opposed targets and who holds them.

    Stances are grouped by (label, target); each group's weight is the sum of evidence × |score|.
    A country target whose holders also hold the same stance toward one of its actors, on the
    same evidence, is the same finding told twice and is dropped. Neutral stances make no headline,
    nor do rows that are not firm (``is_firm``: weak confidence or evidence in a single sentence):
    with none firm the finding is "" and the caller says what is and is not known (``stance_caveat``).
    """
    groups: dict[tuple[str, str], dict] = {}
    actor_country = {a.actor_id: a.country for a in tables.actors}
    seen = {(s.holder_id, s.label, actor_country.get(s.target), tuple(sorted(s.evidence)))
            for s in tables.stances if s.target_kind == "actor"}
    for s in tables.stances:
        if s.label not in STANCE_VERBS or not is_firm(getattr(s, "confidence", 1.0), n_sentences(tables, s)) or \
                abs(float(s.score or 0.0)) < HEADLINE_SCORE:
            continue
        if s.target_kind == "country" and (s.holder_id, s.label, s.target, tuple(sorted(s.evidence))) in seen:
            continue
        g = groups.setdefault((s.label, s.target), {"holders": [], "weight": 0.0})
        if s.holder_id not in g["holders"]:
            g["holders"].append(s.holder_id)
        g["weight"] += max(n_sentences(tables, s), 1) * abs(float(s.score or 0.0))
    ranked = sorted(groups.items(), key=lambda kv: -kv[1]["weight"])
    # one clause per (holders, side): "Putin opposes the United States and Turkey", not "Putin opposes the
    # United States; Putin opposes Turkey"
    said: dict[tuple, list[str]] = {}
    used_targets = set()
    for (label, target), g in ranked:
        key = (tuple(g["holders"]), label)
        if target in used_targets or len(said.get(key, ())) >= MAX_CLAUSE_TARGETS or \
                (key not in said and len(said) == clauses):
            continue
        used_targets.add(target)
        said.setdefault(key, []).append(short_name(tables, target))
    # one holder on both sides is one sentence: "Putin opposes Turkey, and backs Kerry"
    sides: dict[tuple, list[str]] = {}
    for (holder_ids, label), targets in said.items():
        verb = STANCE_VERBS[label][0 if len(holder_ids) == 1 else 1]
        sides.setdefault(holder_ids, []).append(f"{verb} {join_names(targets)}")
    text = "; ".join(f"{join_names([short_name(tables, h) for h in holder_ids])} {', and '.join(parts)}"
                     for holder_ids, parts in sides.items())
    return text[:1].upper() + text[1:]


def stance_caveat(tables) -> str:
    """What is known when no stance is firm enough for a headline: how many rows, and why none is stated."""
    polar = [s for s in tables.stances if s.label in STANCE_VERBS]
    if not polar:
        return "No stance for or against anyone was found"
    weak = sum(is_weak(getattr(s, "confidence", 1.0)) for s in polar)
    return (f"{len(polar)} stance{'s' if len(polar) != 1 else ''} for or against found, none firm enough to state "
            f"as a finding ({weak} of low confidence; a finding needs evidence in {FIRM_EVIDENCE} or more sentences)")


def color_for(keys: list[str]) -> dict[str, str]:
    """A stable Okabe-Ito colour per key, in the order given (``MARK_COLORS``: no yellow; cycles past seven)."""
    return {k: MARK_COLORS[i % len(MARK_COLORS)] for i, k in enumerate(keys)}


def tone_color(score: Optional[float], *, alpha: float = 1.0) -> str:
    """Blue for positive, grey for neutral (|score| < 1/6), red for negative."""
    if score is None or pd.isna(score) or abs(score) < NEUTRAL_BAND:
        rgb = (158, 158, 158)
    elif score > 0:
        rgb = (33, 102, 172)
    else:
        rgb = (178, 24, 43)
    return f"rgba({rgb[0]},{rgb[1]},{rgb[2]},{alpha})"


def tone_word(score: Optional[float]) -> str:
    if score is None or pd.isna(score) or abs(score) < NEUTRAL_BAND:
        return "neutral"
    return "positive" if score > 0 else "negative"


def finish(fig: go.Figure, tables, *, chart_id: str, title: str, frame: pd.DataFrame,
           empty_message: str, height: int = 460, bottom: int = 90, measured: str = "",
           accuracy_of: tuple[str, ...] = ()) -> go.Figure:
    """Common layout: title, template, the note and source under the chart, fixed id, empty state, data.

    ``title`` should state the finding; ``measured`` says what the chart counts and
    ``accuracy_of`` names the tables whose measured accuracy the note reports.
    """
    empty = frame.empty
    title = title[:1].upper() + title[1:]
    title_lines = wrap_lines(title, TITLE_WIDTH) or [title]
    note = chart_note(measured, accuracy_of)
    source = source_note(tables)
    lines = [esc(line) for line in wrap_lines(note)] + [source]
    bottom = bottom + 15 * (len(lines) - 1)
    fig.update_layout(
        title={"text": "<br>".join(esc(t) for t in title_lines), "x": 0.01, "xanchor": "left"},
        template=TEMPLATE, height=height + 15 * (len(lines) - 1) + 22 * (len(title_lines) - 1),
        font={"family": FONT, "size": 13},
        margin={"l": 70, "r": 30, "t": 60 + 22 * (len(title_lines) - 1), "b": bottom},
        meta={"chart_id": chart_id, "empty": empty, "title": title, "note": note},
        hoverlabel={"align": "left"},
    )
    fig.add_annotation(text="<br>".join(lines), name=FOOTER_NAME, xref="paper", yref="paper", x=0, y=0,
                       yshift=-bottom + 8, xanchor="left", yanchor="bottom", showarrow=False, align="left",
                       font={"size": 11, "color": "#555"})
    if empty:
        # no data: no empty axes with made-up ticks, just the message
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        fig.add_annotation(text="<br>".join(esc(t) for t in wrap_lines(empty_message, TITLE_WIDTH)),
                           name=MESSAGE_NAME, xref="paper", yref="paper", x=0.5, y=0.5,
                           showarrow=False, font={"size": 15, "color": "#333"}, bgcolor="rgba(255,255,255,0.85)",
                           borderpad=6)
    object.__setattr__(fig, _FRAME_ATTR, frame.reset_index(drop=True))
    return fig


def _meta(fig: go.Figure) -> dict:
    meta = fig.layout.meta
    return meta if isinstance(meta, dict) else {}


def chart_id(fig: go.Figure) -> str:
    return _meta(fig).get("chart_id") or "figure"


def is_empty(fig: go.Figure) -> bool:
    return bool(_meta(fig).get("empty", False))


def chart_frame(fig_or_frame: Union[go.Figure, pd.DataFrame]) -> pd.DataFrame:
    """The tidy table a figure was drawn from (or the traces' points for a foreign figure)."""
    if isinstance(fig_or_frame, pd.DataFrame):
        return fig_or_frame
    frame = getattr(fig_or_frame, _FRAME_ATTR, None)
    if frame is not None:
        return frame
    rows = []
    for trace in fig_or_frame.data:
        cols = {k: list(v) for k in ("x", "y", "z", "text", "lat", "lon", "locations")
                if (v := getattr(trace, k, None)) is not None and not isinstance(v, str)}
        n = max((len(v) for v in cols.values()), default=0)
        for i in range(n):
            rows.append({"trace": trace.name, **{k: v[i] if i < len(v) else None for k, v in cols.items()}})
    return pd.DataFrame(rows)


def csv_text(fig_or_frame: Union[go.Figure, pd.DataFrame]) -> str:
    frame = chart_frame(fig_or_frame).copy()
    for col in frame.columns:
        frame[col] = frame[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return frame.to_csv(index=False)


def export_csv(fig_or_frame: Union[go.Figure, pd.DataFrame], path: Union[str, Path]) -> Path:
    """Write the data behind a figure (or a frame) as CSV; list cells become ``a; b``."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path}: export_csv writes .csv files")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(csv_text(fig_or_frame), encoding="utf-8")
    return path


def actor_names(tables) -> dict[str, str]:
    return {a.actor_id: a.name for a in tables.actors}


def sentence_texts(tables) -> dict[int, str]:
    return {s.sentence_id: s.text for s in tables.sentences}
