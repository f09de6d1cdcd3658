"""Who said what: quotes folded into statements, and the searchable "who said what" table.

A statement is what one speaker says in one sentence (or in one quotation that runs over
several). The quotes table has a row per fragment: a partial quote inside reported speech
is its own row as well as part of the indirect row (CONTRACT.md), and "X said A and B"
can give three rows. Counting rows would count one sentence three times, so every count
in the report is per statement: rows of one speaker fold into the row that contains them,
or else into the other rows of the same sentence.

For each statement the table gives whom it is about (the actor and country targets of the
stances it is evidence for, and the actors named inside it; a country drops out when one of
its actors is already there, so a person is not shown twice), its tone (the stance with the
strongest score among them) and where it was said: a place the sentence names outside the
quotation, after a preposition of position (``data/reference/venue_prepositions.csv``) that
follows the reporting verb closely ("said Friday in Tirana"), or else the place the same
speaker's earlier statement was made.
"""
from __future__ import annotations

import html
import re
from typing import Optional

import pandas as pd

from ._base import actor_names, esc, sentence_texts, tone_color, tone_word

UNATTRIBUTED = "(unattributed)"
KIND_RANK = {"direct": 0, "indirect": 1, "partial": 2}
COLUMNS = ["statement_id", "speaker_id", "speaker", "role", "kind", "text", "quote_ids", "sentence_id",
           "paragraph_id", "start", "end", "about", "about_ids", "topics", "score", "tone", "tone_target",
           "where", "where_id", "where_inherited"]


def venue_prepositions() -> tuple[str, ...]:
    from ..reference import read_table

    return tuple(r["word"].lower() for r in read_table("venue_prepositions.csv") if r.get("word"))


def _speaker_key(q) -> str:
    return q.speaker_id or q.speaker or UNATTRIBUTED


def fold_quotes(tables) -> list[list]:
    """Quote rows grouped into statements, in reading order (each group: the containing row first)."""
    groups: list[list] = []
    for q in sorted(tables.quotes, key=lambda q: (q.start, -q.end)):
        key = _speaker_key(q)
        home = next((g for g in groups if _speaker_key(g[0]) == key and (
            any(o.start <= q.start and q.end <= o.end for o in g) or any(o.sentence_id == q.sentence_id for o in g))),
            None)
        if home is None:
            groups.append([q])
        else:
            home.append(q)
    for g in groups:
        g.sort(key=lambda q: (KIND_RANK.get(q.kind, 3), -(q.end - q.start)))
    return groups


def _statement_text(group: list) -> str:
    main = group[0]
    rest = [q for q in group[1:] if not (main.start <= q.start and q.end <= main.end)]
    parts = sorted([main, *rest], key=lambda q: q.start)
    return " … ".join(" ".join(q.text.split()) for q in parts)


#: at most this many characters, with no punctuation, between the reporting verb (or a speaker named
#: after it) and the preposition: "said Friday in Tirana", "said the minister in Oslo"
VENUE_GAP = 20
_GAP_BREAKS = re.compile(r"[.!?\n,;:()\[\]\u2014\u2013\"\u201c\u201d]")


def _venue(tables, group: list, preps: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """(place_id, name) of a place named in the attribution ("the mayor said in Porto"), outside the quotation.

    The place must follow a preposition of position that comes right after the reporting
    verb, or after a speaker named after the verb ("said the mayor in Porto"), with at most
    ``VENUE_GAP`` characters and no punctuation between them (a time word may stand there:
    "said Friday in Porto"). A place in a clause about the speaker ("Lopes, who lives in
    Porto, said") or before the verb is not where the words were said.
    """
    if not preps:
        return None
    text = tables.article.text
    prep = re.compile(r"\b(?:" + "|".join(map(re.escape, preps)) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    for q in group:
        if q.cue_end is None or pd.isna(q.cue_end) or not q.speaker_id:
            continue  # no reporting verb, or nobody known said it: no place of saying
        anchors = [int(q.cue_end)]
        if q.speaker_end is not None and not pd.isna(q.speaker_end) and q.speaker_start is not None \
                and not pd.isna(q.speaker_start) and q.cue_start is not None and q.speaker_start > q.cue_start:
            anchors.append(int(q.speaker_end))
        for anchor in anchors:
            for p in tables.places:
                if not p.name:
                    continue
                window = text[anchor:anchor + VENUE_GAP + 12 + len(p.name)]
                m = re.search(r"\b" + re.escape(p.name) + r"\b", window)
                if m is None:
                    continue
                a = anchor + m.start()
                before = prep.search(text[anchor:a])
                if before is None or any(o.start <= a < o.end for o in tables.quotes):
                    continue
                gap = text[anchor:anchor + before.start()]
                if len(gap) <= VENUE_GAP and not _GAP_BREAKS.search(gap):
                    return p.place_id, p.name
    return None


def _targets(tables, group: list, names: dict[str, str]) -> tuple[list[str], list[str], list[tuple[str, float]]]:
    """Actor/country target ids, topic names, and (target label, score) of the stances citing the group."""
    ids = {q.quote_id for q in group}
    speaker_id = group[0].speaker_id
    country_of = {a.actor_id: a.country for a in tables.actors}
    targets, topics, scored = [], [], []
    for s in tables.stances:
        if not ids & set(s.evidence):
            continue
        if s.target_kind == "topic":
            topics.append(s.target)
        elif s.target not in targets:
            targets.append(s.target)
        scored.append((s.target, float(s.score)))
    for m in tables.mentions:
        if m.actor_id != speaker_id and m.actor_id not in targets and \
                any(q.start <= m.start and m.end <= q.end for q in group):
            targets.append(m.actor_id)
    # a country whose actor is already a target is the same target told twice
    covered = {country_of.get(t) for t in targets if t in names}
    targets = [t for t in targets if t in names or t not in covered]
    topics = list(dict.fromkeys(topics))
    return targets, topics, [(t, v) for t, v in scored if t in targets or t in topics]


def statements(tables) -> pd.DataFrame:
    """One row per statement (see the module docstring); ``quote_ids`` lists the rows it folds."""
    names = actor_names(tables)
    roles = {a.actor_id: a.role for a in tables.actors}
    countries = {c.iso3: c.name for c in tables.countries}
    try:
        preps = venue_prepositions()
    except FileNotFoundError:
        preps = ()
    rows, last_venue = [], {}
    for i, group in enumerate(fold_quotes(tables), 1):
        main = group[0]
        key = _speaker_key(main)
        targets, topics, scored = _targets(tables, group, names)
        strongest = max(scored, key=lambda ts: abs(ts[1]), default=(None, None))
        venue = _venue(tables, group, preps)
        inherited = venue is None and key in last_venue and bool(main.speaker_id)
        venue = venue or (last_venue.get(key) if inherited else None)
        if venue:
            last_venue[key] = venue
        label = lambda t: names.get(t) or countries.get(t) or t  # noqa: E731
        rows.append({
            "statement_id": f"s{i}", "speaker_id": main.speaker_id,
            "speaker": main.speaker or names.get(main.speaker_id) or UNATTRIBUTED,
            "role": roles.get(main.speaker_id) or "", "kind": main.kind, "text": _statement_text(group),
            "quote_ids": [q.quote_id for q in sorted(group, key=lambda q: q.start)],
            "sentence_id": min(q.sentence_id for q in group), "paragraph_id": main.paragraph_id,
            "start": min(q.start for q in group), "end": max(q.end for q in group),
            "about": [label(t) for t in targets], "about_ids": targets, "topics": topics,
            "score": strongest[1], "tone": tone_word(strongest[1]),
            "tone_target": label(strongest[0]) if strongest[0] else None,
            "where": venue[1] if venue else None, "where_id": venue[0] if venue else None,
            "where_inherited": bool(venue) and inherited,
        })
    return pd.DataFrame(rows, columns=COLUMNS)


def statement_counts(tables) -> pd.Series:
    """Statements per speaker display name, most first (ties by first statement)."""
    df = statements(tables)
    if df.empty:
        return pd.Series(dtype="int64", name="statements")
    order = df.groupby("speaker", sort=False).agg(n=("statement_id", "count"), first=("start", "min"))
    order = order.sort_values(["n", "first"], ascending=[False, True], kind="stable")
    return order["n"].rename("statements").astype(int)


# -- the searchable table -------------------------------------------------------------

STYLE = """<style>
.nr-wsw-wrap{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:100%}
.nr-wsw-search{width:100%;max-width:28em;box-sizing:border-box;padding:.45em .6em;font:inherit;margin:.2em 0 .6em;
  border:1px solid #bbb;border-radius:6px}
table.nr-wsw{border-collapse:collapse;width:100%;table-layout:fixed}
table.nr-wsw th{text-align:left !important;font-weight:600;border-bottom:2px solid #ccc;padding:.35em .5em}
table.nr-wsw td{text-align:left !important;vertical-align:top;padding:.45em .5em;border-bottom:1px solid #eee;
  overflow-wrap:anywhere}
table.nr-wsw tr[hidden]{display:none !important}
table.nr-wsw col.c-speaker{width:16%} table.nr-wsw col.c-quote{width:40%} table.nr-wsw col.c-about{width:17%}
table.nr-wsw col.c-tone{width:13%} table.nr-wsw col.c-where{width:14%}
table.nr-wsw tr.st{cursor:pointer} table.nr-wsw tr.st:hover{background:#f5f8fb}
table.nr-wsw .role{display:block;color:#666;font-size:.9em}
table.nr-wsw .kind{color:#666;font-size:.85em}
table.nr-wsw .tone{display:inline-block;padding:0 .45em;border-radius:3px;color:#fff;font-size:.9em}
table.nr-wsw .tone.neutral{color:#333;background:#e6e6e6}
table.nr-wsw .inherited{color:#777;font-style:italic}
table.nr-wsw tr.detail td{background:#fafafa;font-family:Georgia,'Times New Roman',serif;font-size:15px}
table.nr-wsw tr.detail mark{background:#fff2b3}
.nr-wsw-count{color:#666;font-size:.9em}
@media (max-width: 640px){
  table.nr-wsw, table.nr-wsw tbody, table.nr-wsw tr, table.nr-wsw td{display:block;width:auto}
  table.nr-wsw thead, table.nr-wsw colgroup{display:none}
  table.nr-wsw tr.st{border-top:1px solid #ddd;padding:.3em 0}
  table.nr-wsw td{border:0;padding:.15em .3em}
  table.nr-wsw td[data-label]::before{content:attr(data-label) ": ";color:#777;font-size:.85em}
}
</style>"""

SCRIPT = """<script>(function(){
var wrap=document.currentScript.previousElementSibling, box=wrap.querySelector('input'),
    rows=[].slice.call(wrap.querySelectorAll('tr.st')), count=wrap.querySelector('.nr-wsw-count');
function detail(r){return r.nextElementSibling;}
rows.forEach(function(r){r.addEventListener('click',function(e){
  if(e.target.tagName==='A')return; var d=detail(r); d.hidden=!d.hidden; r.setAttribute('aria-expanded',!d.hidden);});});
box.addEventListener('input',function(){var q=box.value.toLowerCase().trim(), n=0;
  rows.forEach(function(r){var hit=!q||r.textContent.toLowerCase().indexOf(q)>=0; r.hidden=!hit;
    if(!hit)detail(r).hidden=true; if(hit)n++;});
  count.textContent=n+' of '+rows.length+' statements';});
})();</script>"""


def _sentence_markup(tables, row, sentences: dict[int, str]) -> str:
    """The statement's sentence(s) with the quoted words marked, escaped."""
    spans = [s for s in tables.sentences if s.end > row.start and s.start < row.end] or \
        [s for s in tables.sentences if s.sentence_id == row.sentence_id]
    if not spans:
        return esc(row.text)
    text = tables.article.text
    a, b = min(s.start for s in spans), max(s.end for s in spans)
    qa, qb = max(row.start, a), min(row.end, b)
    return (html.escape(text[a:qa], quote=False) + "<mark>" + html.escape(text[qa:qb], quote=False) + "</mark>"
            + html.escape(text[qb:b], quote=False))


def who_said_what_html(tables, *, article_page: Optional[str] = "01_article.html") -> str:
    """The statements as a searchable table; a click on a row shows its sentence in the article."""
    df = statements(tables)
    if df.empty:
        return '<p class="nr-wsw-wrap"><i>No quotes found in this article.</i></p>'
    sentences = sentence_texts(tables)
    body = []
    for r in df.itertuples():
        text_of = lambda v: v if isinstance(v, str) else ""  # noqa: E731  (pandas reads None as NaN)
        role = f'<span class="role">{esc(r.role)}</span>' if text_of(r.role) else ""
        about = esc(", ".join(r.about)) if r.about else ""
        if r.topics:
            about += (" · " if about else "") + "on " + esc(", ".join(r.topics))
        tone = "" if r.score is None or pd.isna(r.score) else \
            f'<span class="tone {r.tone}" style="background:{tone_color(r.score)}">{esc(r.tone)}</span>' + \
            (f" toward {esc(r.tone_target)}" if r.tone != "neutral" and text_of(r.tone_target) else "")
        where = "" if not text_of(r.where) else (f'<span class="inherited" title="named at an earlier statement of this '
                                        f'speaker">{esc(r.where)}</span>' if r.where_inherited else esc(r.where))
        link = (f' <a href="{html.escape(article_page)}#sentence-{int(r.sentence_id)}">Show in the article →</a>'
                if article_page else "")
        body.append(
            f'<tr class="st" aria-expanded="false" data-statement="{r.statement_id}">'
            f'<td data-label="Speaker"><b>{esc(r.speaker)}</b>{role}</td>'
            f'<td data-label="Quote">“{esc(r.text)}” <span class="kind">({esc(r.kind)})</span></td>'
            f'<td data-label="About whom">{about or "—"}</td><td data-label="Tone">{tone or "—"}</td>'
            f'<td data-label="Where">{where or "—"}</td></tr>'
            f'<tr class="detail" hidden><td colspan="5">{_sentence_markup(tables, r, sentences)}{link}</td></tr>')
    head = "".join(f"<th>{h}</th>" for h in ("Speaker", "Quote", "About whom", "Tone", "Where"))
    cols = "".join(f'<col class="c-{c}">' for c in ("speaker", "quote", "about", "tone", "where"))
    return (f'{STYLE}<div class="nr-wsw-wrap" id="who-said-what">'
            f'<input class="nr-wsw-search" type="search" placeholder="Search speakers, quotes, places…" '
            f'aria-label="Search the statements"> <span class="nr-wsw-count">{len(df)} statements</span>'
            f'<table class="nr-wsw"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>{SCRIPT}')
