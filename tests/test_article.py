"""Article loading: formats, encodings, metadata, paragraphs and boilerplate."""
from __future__ import annotations

import json

import pytest

from helpers.article import InputError, boilerplate_spans, check_date, decode, from_text, load_one, paragraph_spans


def test_seed_metadata_comes_from_sidecar(seed_article):
    assert seed_article.published == "2025-05-16"
    assert seed_article.article_id == "kremlin-summit"
    assert seed_article.language == "en"


def test_txt_text_is_the_file_exactly(seed_article, tmp_path):
    from tests.conftest import SEED

    assert seed_article.text == SEED.read_text(encoding="utf-8")


def test_flags_win_over_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Mr Smith said it rained on Monday in Paris.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2020-01-01", "title": "T"}))
    art = load_one(str(tmp_path / "a.txt"), published="2021-02-03")
    assert (art.published, art.title) == ("2021-02-03", "T")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_decodes_common_encodings(encoding):
    text = "The minister’s café said “no” — twice."
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("raw", [b"", b"%PDF-1.4\n...", b"\x89PNG\r\n\x1a\n\x00\x00", b"abc\x00\x01\x02def\x00"])
def test_unusable_bytes_raise(raw):
    with pytest.raises(InputError):
        decode(raw)


@pytest.mark.parametrize("value", ["2025-02-30", "16/05/2025", "yesterday", "2025-13-01"])
def test_bad_dates_raise(value):
    with pytest.raises(InputError):
        check_date(value)


def test_each_line_is_a_paragraph_in_unwrapped_text():
    text = "Headline without stop\n\nFirst para. Two sentences.\nSecond para.\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Headline without stop", "First para. Two sentences.", "Second para."]


def test_hard_wrapped_paragraphs_join_their_lines():
    para = "word " * 14
    text = "\n".join([para.strip()] * 3) + ".\n\n" + "\n".join([para.strip()] * 3) + ".\n"
    text = text + "\n" + text
    spans = paragraph_spans(text)
    assert len(spans) == 4
    assert all("\n" in text[s:e] for s, e in spans)


def test_seed_boilerplate_is_the_three_appeal_lines(seed_article, gold):
    lines = [seed_article.text[s:e] for s, e in seed_article.boilerplate]
    assert len(lines) == 3
    for expected, got in zip(gold["boilerplate_lines"], lines):
        assert got.startswith(expected)


def test_heading_before_an_appeal_goes_with_it():
    text = "Minister resigns.\nHelp Us Keep Going\nPlease consider a donation today.\n"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in boilerplate_spans(text, spans)] == [
        "Help Us Keep Going", "Please consider a donation today."]


def test_markdown_markup_is_removed(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Big news\n\nThe **mayor** said [it](http://x.y) was *fine*.\n", encoding="utf-8")
    assert load_one(str(p)).text.split() == ["Big", "news", "The", "mayor", "said", "it", "was", "fine."]


def test_html_main_text_without_scripts(tmp_path):
    p = tmp_path / "a.html"
    body = "<p>" + "The senator said the bill would pass before the summer recess this year. " * 3 + "</p>"
    p.write_text(f"<html><head><title>Bill news</title><script>alert(1)</script><style>p{{}}</style></head>"
                 f"<body><article><h1>Bill news</h1>{body}</article></body></html>", encoding="utf-8")
    art = load_one(str(p))
    assert "senator said" in art.text and "alert" not in art.text and "p{}" not in art.text


def test_missing_and_unknown_files_raise(tmp_path):
    with pytest.raises(InputError):
        load_one(str(tmp_path / "missing.txt"))
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError):
        load_one(str(tmp_path / "a.docx"))


def test_from_text_rejects_bad_date():
    with pytest.raises(ValueError):
        from_text("Some text.", published="not a date")
