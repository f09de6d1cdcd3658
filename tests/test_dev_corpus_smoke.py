"""Every PolNeAR development text through the whole engine: no error, and the actor invariants hold.

Skips when ../shared (the evaluation data) is absent. Nothing from PolNeAR is copied here.
"""
from __future__ import annotations

import csv

import pytest


def duplicate_people(actors) -> list[tuple[str, str]]:
    """Pairs of person actors that are one person: equal names, or one name a token-suffix
    ("Putin") or the first-and-last words ("Donald Trump") of the other ("Donald J. Trump")."""
    people = [(a.actor_id, tuple(a.name.replace("\u2019", "'").casefold().split())) for a in actors if a.kind == "person"]
    pairs = []
    for i, (id_a, a) in enumerate(people):
        for id_b, b in people[i + 1:]:
            short, long_ = sorted((a, b), key=len)
            if long_[-len(short):] == short or (len(short) > 1 and (short[0], short[-1]) == (long_[0], long_[-1])):
                pairs.append((id_a, id_b))
    return pairs


def test_duplicate_people_detects_a_surname_twice():
    from helpers.records import Actor

    a = Actor("vladimir-putin", "Vladimir Putin", "person", None, None, 1, 0)
    b = Actor("putin", "Putin", "person", None, None, 1, 5)
    c = Actor("vladimir-medinsky", "Vladimir Medinsky", "person", None, None, 1, 9)
    assert duplicate_people([a, b, c]) == [("vladimir-putin", "putin")]


@pytest.fixture(scope="module")
def polnear_tables(shared_dir, nlp):
    from helpers.article import from_text
    from helpers.engine import analyze_many

    root = shared_dir / "eval" / "polnear-dev"
    if not (root / "text").is_dir():
        pytest.skip("PolNeAR development texts are absent")
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as fh:
        published = {r["filename"]: r.get("publication_date") or None for r in csv.DictReader(fh, delimiter="\t")}
    paths = sorted((root / "text").glob("*.txt"))
    articles = [from_text(p.read_text(encoding="utf-8"), article_id=p.stem, published=published.get(p.stem))
                for p in paths]
    return list(analyze_many(articles, nlp=nlp))


def test_every_text_runs(polnear_tables):
    assert len(polnear_tables) > 0
    assert sum(len(t.actors) for t in polnear_tables) > 0


def test_mention_invariants(polnear_tables):
    for t in polnear_tables:
        text = t.article.text
        ids = [a.actor_id for a in t.actors]
        assert len(ids) == len(set(ids)), t.article.article_id
        for m in t.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start:m.end] == m.text
            assert m.actor_id in ids
            assert not t.is_boilerplate(m.start)
        for a in t.actors:
            assert a.kind in ("person", "organization", "country", "group")
            assert a.country is None or len(a.country) == 3


def test_no_person_twice(polnear_tables):
    dupes = {t.article.article_id: duplicate_people(t.actors) for t in polnear_tables}
    assert {k: v for k, v in dupes.items() if v} == {}
