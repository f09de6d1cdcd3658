"""The seed article against its gold quotes."""
from __future__ import annotations

import re

import pytest


def _norm(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'"))


def _same(a, b):
    x, y = _norm(a), _norm(b)
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    return common >= 0.5 * max(len(x), len(y))


@pytest.fixture(scope="module")
def seed_quotes(seed_article, seed_tables):
    # the engine's own tables, so the seed check sees exactly what users get
    return seed_article, seed_tables.quotes


def _line(text, offset):
    return text[:offset].count("\n")



def test_seed_gold_quotes_and_reported_speech(seed_quotes, gold):
    article, rows = seed_quotes
    name_of = {a["id"]: a["name"] for a in gold["actors"]}
    wanted = [(g, g["kind"] if g["kind"] != "headline" else "direct") for g in gold["quotes"]]
    wanted += [(g, "indirect") for g in gold["reported_speech"]]
    used = set()
    for g, kind in wanted:
        hits = [q for q in rows if q.quote_id not in used and _line(article.text, q.start) == g["line"]
                and q.kind == kind and _same(q.text, g["text"])]
        if g.get("optional") and not hits:
            continue
        assert hits, f"missing {kind} {g['text']!r}"
        q = hits[0]
        used.add(q.quote_id)
        assert q.speaker == name_of[g["speaker"]], (g["text"], q.speaker_text)
        if g.get("cue"):
            assert q.cue == g["cue"], g["text"]
        if g.get("coreference"):
            assert q.speaker_text.lower() == g["coreference"].lower()
    extra = [q.text for q in rows if q.quote_id not in used]
    assert extra == []
