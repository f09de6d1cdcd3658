"""Boilerplate classes through the command line, on text written for the test.

Every class of ``data/reference/boilerplate.csv`` is checked twice where it can
occur both ways: on a line of its own, and inline in a page flattened to one
paragraph. A flagged text must be covered by boilerplate sentences, no mention,
quote or event may start inside it, and the prose around it stays unflagged.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import boilerplate
from helpers.article import paragraph_spans

ROOT = Path(__file__).resolve().parents[1]

PROSE = [
    "Paul Durand said the drought had cut the wheat harvest by a third.",
    "Farmers in the valley have asked the regional council for emergency aid.",
    "The council will vote on the aid package next week, officials said.",
    "Growers warned that prices for bread could rise before the winter.",
]

#: (class, text on a line of its own) -- invented examples, each with a name that must not leak
LINES = [
    ("donation_appeal", "Please consider a donation to keep our reporters in the field."),
    ("payment_platform", "Back Karl Weiss on Patreon"),
    ("journalism_appeal", "Keep Independent Journalism Alive"),
    ("subscription_plug", "Subscribe to our newsletter today and get every story first."),
    ("social_plug", "Follow us on Instagram for pictures from Lena Hartmann."),
    ("republication_note", "This article was first published by our partners at the Valley Courier."),
    ("cookie_notice", "We use cookies to give you the best experience on our site."),
    ("read_more_link", "Read the rest of the story at the Valley Courier."),
    ("share_text", "Facebook Twitter Email"),
    ("credit_line", "AFP/Getty Images"),
    ("source_credit", "Facebook/Gerd Falk"),
    ("caption_label", "Image caption Anna Vogt visits the farm of Gerd Falk"),
    ("editor_note", "Editor's note: Karl Weiss is a former adviser to the ministry."),
    ("update_note", "This story has been updated with comment from Lena Hartmann."),
    ("related_teaser", "Related: Anna Vogt steps down as head of the growers' union"),
    ("watch_teaser", "Watch the full interview with Anna Vogt below:"),
    ("contributor_line", "(Reporting by Tomas Brandt; Editing by Eva Lind.)"),
    ("byline", "By Tomas Brandt and Eva Lind"),
    ("follow_author", "Follow Tomas Brandt on Twitter @tbrandt."),
    ("section_label", "FULL TEXT."),
    ("agency_credit", "Mia Roth/Reuters"),
    ("via_credit", "Hugo Lenoir via Getty Images"),
    ("photo_label", "Photo: Mia Roth/AFP"),
    ("social_embed", '<tweet author="@annavogt">Rain at last for Gerd Falk and the valley!</tweet>'),
    ("caption", "Anna Vogt greets Gerd Falk at the market on Monday. Mia Roth/AFP"),
]
#: classes that open a sentence: (class, prefix) -- the rest of the sentence is prose
LEADS = [
    ("dateline", "LYON, France (AFP) — "),
    ("dateline_agency", "Lyon (CNN) — "),
]
#: the closing bio must be among the last three paragraphs
BIO = ("author_bio", "Lena Hartmann is a senior fellow at the Rural Policy Institute.")
#: (class, text) that may sit inside a flattened page between two sentences of prose
INLINE = [
    ("editor_note", "Editor's note: Karl Weiss is a former adviser to the ministry."),
    ("update_note", "This story has been updated with comment from Lena Hartmann."),
    ("contributor_line", "(Reporting by Tomas Brandt; Editing by Eva Lind.)"),
    ("follow_author", "Follow Tomas Brandt on Twitter @tbrandt."),
    ("agency_credit", "Mia Roth/Reuters"),
    ("via_credit", "Hugo Lenoir via Getty Images"),
    ("photo_label", "Photo: Mia Roth/AFP"),
    ("agency_tag", "(Reuters)"),
    ("social_embed", '<tweet author="@annavogt">Rain at last for Gerd Falk!</tweet>'),
]


def _analyze(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "helpers", "analyze", str(path), "--format", "json",
                          "--no-progress"], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def _lines_text() -> str:
    parts = ["Farmers Count The Cost Of The Drought"]
    for k, (_, line) in enumerate(LINES):
        parts += [PROSE[k % len(PROSE)], line]
    parts += [LEADS[0][1] + PROSE[0], LEADS[1][1] + PROSE[1], PROSE[2], BIO[1]]
    return "\n\n".join(parts) + "\n"


def _flat_text() -> str:
    pieces = []
    for k, (_, snippet) in enumerate(INLINE):
        pieces += [PROSE[k % len(PROSE)], snippet]
    return LEADS[0][1] + " ".join(pieces + [PROSE[3]]) + "\n"


@pytest.fixture(scope="module")
def lines_doc(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("bp"), "lines.txt", _lines_text())


@pytest.fixture(scope="module")
def flat_doc(tmp_path_factory) -> dict:
    return _analyze(tmp_path_factory.mktemp("bp"), "flat.txt", _flat_text())


def _check(doc: dict, snippet: str) -> None:
    text = doc["article"]["text"]
    a = text.index(snippet.strip())
    b = a + len(snippet.strip())
    flagged = [(s["start"], s["end"]) for s in doc["sentences"] if s["is_boilerplate"]]
    uncovered = [i for i in range(a, b) if not text[i].isspace() and not any(s <= i < e for s, e in flagged)]
    assert not uncovered, f"not flagged: {text[uncovered[0]:b]!r}"
    starts = [m["start"] for m in doc["mentions"]] + [q["start"] for q in doc["quotes"]]
    assert not [x for x in starts if a <= x < b], f"something starts inside {snippet!r}"


def _prose_unflagged(doc: dict) -> None:
    text = doc["article"]["text"]
    for line in PROSE:
        a = text.index(line)
        inside = [s for s in doc["sentences"] if s["start"] <= a < s["end"]]
        assert inside and not inside[0]["is_boilerplate"], line


@pytest.mark.parametrize("name,line", LINES + [BIO], ids=[n for n, _ in LINES + [BIO]])
def test_class_on_its_own_line(lines_doc, name, line):
    _check(lines_doc, line)


@pytest.mark.parametrize("name,prefix", LEADS, ids=[n for n, _ in LEADS])
def test_dateline_is_a_span_not_the_sentence(lines_doc, name, prefix):
    _check(lines_doc, prefix)
    text = lines_doc["article"]["text"]
    after = text.index(prefix) + len(prefix)
    rest = [s for s in lines_doc["sentences"] if s["start"] <= after < s["end"]]
    assert rest and not rest[0]["is_boilerplate"]
    # the sentence after the dateline still names its actor
    assert any(after <= m["start"] < rest[0]["end"] for m in lines_doc["mentions"]) or name != "dateline"


@pytest.mark.parametrize("name,snippet", INLINE + [LEADS[0]], ids=[n for n, _ in INLINE + [LEADS[0]]])
def test_class_inline_in_flattened_text(flat_doc, name, snippet):
    assert len(paragraph_spans(flat_doc["article"]["text"])) == 1
    _check(flat_doc, snippet)


def test_prose_stays_prose(lines_doc, flat_doc):
    _prose_unflagged(lines_doc)
    _prose_unflagged(flat_doc)


def test_headline_becomes_title_and_no_actor(lines_doc):
    assert lines_doc["article"]["title"] == "Farmers Count The Cost Of The Drought"
    names = {a["name"] for a in lines_doc["actors"]}
    assert not any("Drought" in n or "Count" in n for n in names)


@pytest.mark.parametrize("cls", boilerplate.all_classes(), ids=lambda c: c.name)
def test_every_class_flags_its_own_example(cls):
    text = "Paul Durand said the harvest was poor.\n\n" + cls.example + "\n"
    names = {n for _, _, n in boilerplate.find(text, paragraph_spans(text))}
    assert cls.name in names


def test_every_class_is_tested_through_the_command_line():
    tested = {n for n, _ in LINES + LEADS + INLINE + [BIO]}
    assert {c.name for c in boilerplate.all_classes()} <= tested


def test_a_class_can_be_switched_off(monkeypatch):
    text = "Paul Durand said the harvest was poor.\n\nMia Roth/Reuters\n"
    on = boilerplate.boilerplate_spans(text, paragraph_spans(text))
    monkeypatch.setenv(boilerplate.OFF_SETTING, "agency_credit,caption")
    assert on and boilerplate.boilerplate_spans(text, paragraph_spans(text)) == []


def test_news_prose_is_not_boilerplate():
    text = ("Sen. Maria Lopez, a former professor at the state university, said the bill would pass.\n\n"
            "The Reuters/Ipsos poll found that most voters support the plan.\n\n"
            "By Monday morning, the council had approved the aid.\n")
    assert boilerplate.boilerplate_spans(text, paragraph_spans(text)) == []


def test_html_figures_and_captions_are_left_to_trafilatura(tmp_path):
    from helpers.article import load_one

    body = "<p>" + "The senator said the bill would pass before the summer recess this year. " * 3 + "</p>"
    page = (f"<html><head><title>Bill news</title></head><body><article><h1>Bill news</h1>{body}"
            "<figure><img src='a.jpg'><figcaption>Senator Jane Holt arrives at the Capitol. Mia Roth/Reuters"
            "</figcaption></figure><p>The vote is set for Friday, aides said.</p><p>Photo: Mia Roth/AFP</p>"
            "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    art = load_one(str(path))
    assert "arrives at the Capitol" not in art.text  # the figure caption never reaches the text
    credit = art.text.index("Photo: Mia Roth/AFP")
    assert art.is_boilerplate(credit, credit + len("Photo: Mia Roth/AFP"))


def test_a_note_deep_in_a_long_flattened_page_is_found():
    prose = " ".join(PROSE * 12)  # one paragraph, well past the first window
    text = prose + " Editor's note: Karl Weiss is a former adviser. " + prose + " LYON (AFP) — " + PROSE[0] + "\n"
    assert len(text) > 2 * boilerplate.WINDOW
    found = {text[a:b] for a, b, _ in boilerplate.find(text, paragraph_spans(text))}
    assert "Editor's note: Karl Weiss is a former adviser." in found
    assert "LYON (AFP) —" in found


def test_a_group_named_right_after_a_dateline_does_not_start_inside_it():
    # the parser may read the dateline's place into the group's name ("BRUSSELS - European leaders")
    text = ("Leaders weigh new plans\n\nPARIS - European leaders gathered Friday to discuss defence, and "
            "European leaders said they would meet again in June.\n")
    from helpers import analyze, from_text

    tables = analyze(from_text(text, published="2016-09-16"))
    assert tables.article.text.startswith("Leaders")
    for m in tables.mentions:
        assert not tables.is_boilerplate(m.start), m


def test_a_note_glued_to_the_sentence_before_is_found(monkeypatch):
    # a scraper that drops the space between two paragraphs: "...valley.Contributing: ..."
    text = PROSE[0] + " " + PROSE[1][:-1] + ".Contributing: Tomas Brandt, the Valley Courier.\n"
    found = {text[a:b] for a, b, _ in boilerplate.find(text, paragraph_spans(text))}
    assert "Contributing: Tomas Brandt, the Valley Courier." in found
    monkeypatch.setenv(boilerplate.OFF_SETTING, "glued-paragraphs")
    assert not boilerplate.find(text, paragraph_spans(text))
    text = "Aid reached the U.S.Senate floor on Monday.\n"  # initials are not a glued paragraph
    assert not boilerplate.find(text, paragraph_spans(text))
