"""The seed article against its hand-made gold: actors, their aliases, and boilerplate lines."""
from __future__ import annotations

from tests.conftest import gold_line_span
from tests.test_dev_corpus_smoke import duplicate_people


def _norm(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).lower()
    return text[4:] if text.startswith("the ") else text


def _match(tables, gold_actor):
    """The predicted actor with the gold actor's name (or, failing that, most of its aliases)."""
    by_name = [a for a in tables.actors if _norm(a.name) == _norm(gold_actor["name"])]
    return by_name[0] if by_name else None


def test_every_gold_actor_is_found_with_kind_and_country(seed_tables, gold):
    for g in gold["actors"]:
        a = _match(seed_tables, g)
        assert a is not None, f"gold actor {g['name']} not found"
        assert (a.kind, a.country) == (g["kind"], g["country"]), g["name"]


def test_gold_aliases_are_mentions_of_the_right_actor(seed_tables, gold):
    missing = []
    for g in gold["actors"]:
        a = _match(seed_tables, g)
        texts = [_norm(m.text) for m in seed_tables.mentions if a and m.actor_id == a.actor_id]
        # "Donald Trump" inside the title mention "U.S. President Donald Trump" counts
        missing += [(g["id"], alias) for alias in g["aliases"]
                    if not any(t == _norm(alias) or t.endswith(" " + _norm(alias)) for t in texts)]
    assert missing == []


def test_gold_aliases_belong_to_no_other_actor(seed_tables, gold):
    # a gold alias text may be nested in another actor's mention ("Putin" in "Putin's advisor"),
    # but a mention whose whole text is the alias must not belong to someone else
    wrong = []
    for g in gold["actors"]:
        a = _match(seed_tables, g)
        for m in seed_tables.mentions:
            if m.how != "pronoun" and _norm(m.text) in {_norm(x) for x in g["aliases"]} and m.actor_id != a.actor_id:
                wrong.append((g["id"], m.text, m.actor_id))
    assert wrong == []


def test_no_person_twice(seed_tables):
    assert duplicate_people(seed_tables.actors) == []


def test_mentions_point_into_the_text(seed_tables):
    text = seed_tables.article.text
    for m in seed_tables.mentions:
        assert text[m.start:m.end] == m.text
        assert seed_tables.sentence_id_at(m.start) == m.sentence_id


def test_boilerplate_lines_are_marked_and_feed_no_actor(seed_tables, gold):
    text = seed_tables.article.text
    lines = text.split("\n")
    for phrase in gold["boilerplate_lines"]:
        line = next(i for i, body in enumerate(lines) if phrase in body)
        start, end = gold_line_span(text, line)
        inside = [s for s in seed_tables.sentences if s.start < end and s.end > start]
        assert inside and all(s.is_boilerplate for s in inside), phrase
        assert not [m for m in seed_tables.mentions if start <= m.start < end], phrase
    # and no line before the first boilerplate line (the reporting) is marked
    first = min(next(i for i, body in enumerate(lines) if p in body) for p in gold["boilerplate_lines"])
    reporting_end = gold_line_span(text, first)[0]
    assert not [s.text for s in seed_tables.sentences if s.is_boilerplate and s.start < reporting_end]
