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


# -- doubtful input: loads, with a note -------------------------------------------------

def test_cp1252_and_stray_bytes_come_with_a_note():
    from helpers.article import decode_with_note

    assert decode_with_note("caf\u00e9 \u201cno\u201d".encode("cp1252"), name="a.txt") == (
        "caf\u00e9 \u201cno\u201d", "a.txt: not UTF-8; read as Windows-1252 (cp1252)")
    text, note = decode_with_note("caf\u00e9 na\u00efve".encode("utf-8") + b"\x91", name="b.txt")
    assert text == "caf\u00e9 na\u00efve\ufffd" and note == "b.txt: 1 byte(s) are not valid UTF-8; replaced with U+FFFD"
    assert decode_with_note(b"plain ascii", name="c.txt") == ("plain ascii", None)


def test_utf16_garbage_is_still_binary():
    # every other byte zero looks like UTF-16, but the result is control characters
    with pytest.raises(InputError, match="binary data"):
        decode(bytes([1, 0, 2, 0, 3, 0, 4, 0] * 50))


@pytest.mark.parametrize("text,expected", [
    ("Der Bundeskanzler sagte am Montag in Berlin, dass die Gespr\u00e4che mit Frankreich fortgesetzt werden.", "de"),
    ("El presidente dijo el lunes en Madrid que las conversaciones con Francia continuar\u00e1n pronto.", "es"),
    ("Mr Smith said it rained on Monday in Paris and the match was called off.", "en"),
    ("Modi, Sharif trade barbs over Kashmir", None),
    ("Zelensky Erdogan Ankara summit talks", None),
    ("12 34 56", None),
])
def test_language_detection_is_careful_with_short_text(text, expected):
    from helpers.article import detect_language

    assert detect_language(text) == expected


@pytest.mark.parametrize("value,expected", [("en-GB", "en"), ("English", "en"), ("EN", "en"), ("de_AT", "de"),
                                            (" fr ", "fr"), ("", None), (None, None)])
def test_language_codes_are_normalised(value, expected):
    from helpers.article import normalize_language

    assert normalize_language(value) == expected


def test_sidecar_values_must_be_text(tmp_path):
    (tmp_path / "a.txt").write_text("Mr Smith said it rained on Monday in Paris.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": 20250516}))
    with pytest.raises(InputError, match="published must be text"):
        load_one(str(tmp_path / "a.txt"))


def test_url_timeout_setting(monkeypatch):
    from helpers.article import URL_TIMEOUT, url_timeout

    monkeypatch.delenv("HELPERS_URL_TIMEOUT", raising=False)
    assert url_timeout() == URL_TIMEOUT
    monkeypatch.setenv("HELPERS_URL_TIMEOUT", "2.5")
    assert url_timeout() == 2.5
    for bad in ("0", "-1", "soon"):
        monkeypatch.setenv("HELPERS_URL_TIMEOUT", bad)
        with pytest.raises(InputError, match="HELPERS_URL_TIMEOUT"):
            url_timeout()


# -- paragraphs ------------------------------------------------------------------------

def _wrapped(width: int, newline: str = "\n") -> str:
    import textwrap

    para = ("The committee met on Tuesday. It agreed. Members said the plan would cost more than "
            "expected and would take years to finish, according to the chair of the committee.")
    block = newline.join(textwrap.wrap(para, width))
    return (block + newline + newline) * 3


def test_hard_wrapped_crlf_text_joins_its_lines():
    text = _wrapped(60, "\r\n")
    spans = paragraph_spans(text)
    assert len(spans) == 3 and all(text[s:e].endswith("committee.") for s, e in spans)


def test_a_wrapped_line_ending_a_sentence_does_not_end_the_paragraph():
    # wrapped at 40 columns, "It agreed." can end a full line; the paragraph still runs on
    text = _wrapped(40)
    assert len(paragraph_spans(text)) == 3


def test_one_line_paragraphs_with_blank_lines_are_not_wrapped_text():
    lines = [f"Short paragraph number {i} ends here." for i in range(8)]
    text = "Headline\nBy A Reporter\n\n" + "\n".join(lines) + "\n"
    assert len(paragraph_spans(text)) == 10


def test_paragraph_id_at_gaps_and_ends():
    art = from_text("Ab cd.\n\nEf gh.\nIj.")
    assert [art.paragraph_id_at(i) for i in (0, 5, 6, 7, 8, 14, 15, 18, 99)] == [0, 0, 1, 1, 1, 2, 2, 2, 2]
    assert from_text("   ").paragraph_id_at(0) == 0


# -- boilerplate --------------------------------------------------------------------------

def test_news_about_a_donation_is_not_boilerplate():
    text = ("The billionaire's donation of $5m to the campaign was disclosed on Friday in a filing with the "
            "election commission, which said the money had arrived weeks before the vote and was legal.\n"
            "Please donate today to keep our reporting free.\n")
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in boilerplate_spans(text, spans)] == ["Please donate today to keep our reporting free."]


def test_short_news_paragraph_about_donations_is_not_boilerplate():
    text = ("The state attorney general said the charity was never registered to solicit donations.\n"
            "Donate now\n")
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in boilerplate_spans(text, spans)] == ["Donate now"]


# -- Markdown -------------------------------------------------------------------------------

def test_markdown_rules_and_front_matter():
    from helpers.article import markdown_front_matter, markdown_to_text

    md = ("---\ntitle: \"Budget vote\"\ndate: 2025-03-04T09:00:00Z\nauthor: A\n---\n"
          "Budget vote\n===========\n\n* * *\n\n- one *item*\n> quoted **text**\n\n"
          "See [the bill][1] and <https://example.org/x>.\n\n[1]: https://example.org/bill\n")
    body, meta = markdown_front_matter(md)
    assert meta == {"title": "Budget vote", "published": "2025-03-04"}
    assert markdown_to_text(body).split() == ["Budget", "vote", "one", "item", "quoted", "text", "See", "the",
                                              "bill", "and", "https://example.org/x."]


def test_markdown_rules_never_cross_a_paragraph_break():
    from helpers.article import markdown_to_text

    assert markdown_to_text("A *start\n\nend* here") == "A *start\n\nend* here"
    assert markdown_to_text("An **open\n\nand** shut case.") == "An **open\n\nand** shut case."


def test_markdown_on_a_long_line_of_asterisks_is_quick():
    import time

    from helpers.article import markdown_to_text

    t0 = time.perf_counter()
    markdown_to_text("*a " * 50_000 + "**" + "x" * 100_000)
    assert time.perf_counter() - t0 < 15  # markdown-it is linear: about 4 s on a busy 2-core machine


@pytest.mark.parametrize("text,title", [
    ("Council Approves New Bridge\n\nThe council voted on Monday to build a bridge over the river.\n",
     "Council Approves New Bridge"),
    ("Council approves new bridge after long debate\nThe council voted on Monday to build a bridge "
     "over the river, ending a debate that had lasted two years.\n", "Council approves new bridge after long debate"),
    ("The council met on Monday.\n\nIt voted to build a bridge over the river.\n", None),
    ("The council voted on Monday to build a bridge over the river.\n", None),
])
def test_a_first_line_that_reads_as_a_headline_is_the_title(text, title):
    assert from_text(text).title == title


def test_a_given_title_wins_over_the_headline():
    assert from_text("Council Approves Bridge\n\nThe council voted.\n", title="Bridge vote").title == "Bridge vote"


def test_a_dateline_is_a_span_not_its_sentence():
    text = "WASHINGTON (AP) — The senator said the bill would pass.\n"
    art = from_text(text)
    assert [text[s:e] for s, e in art.boilerplate] == ["WASHINGTON (AP) —"]
    assert not art.is_boilerplate(text.index("The senator"), len(text) - 1)
