"""Quotation marks: pairing, nesting, apostrophes, unbalanced marks (helpers.quotes.marks)."""
from __future__ import annotations

from helpers.quotes import quoted_spans

from .support import contents


def test_curly_straight_and_apostrophes():
    text = "“We won’t stop,” he said. She called it \"a disaster for Clinton’s team.\""
    assert contents(text) == ["We won’t stop,", "a disaster for Clinton’s team."]


def test_single_marks_inside_double_are_content():
    text = "He said: “They told me ‘no way’ twice.” Then he left."
    assert contents(text) == ["They told me ‘no way’ twice."]


def test_single_marks_at_top_level_and_plural_possessive():
    text = "Okafor: Farmers Worried; It’s ‘in Their Wallets.’ The farmers’ mood is dark."
    assert contents(text) == ["in Their Wallets."]


def test_unclosed_quote_continues_into_next_paragraph():
    text = "“First paragraph of the quote.\n“Second paragraph,” she said.\nNext."
    assert contents(text) == ["First paragraph of the quote.\n“Second paragraph,"]


def test_run_on_quotation_continues_only_in_the_same_mark_style():
    text = "\"Kevin was snoring.\n“Here he is, babe,” she said.\nNext."
    assert contents(text) == ["Kevin was snoring.", "Here he is, babe,"]
    text = "“First paragraph of the quote.\n“Second paragraph,” she said.\nNext."
    assert contents(text) == ["First paragraph of the quote.\n“Second paragraph,"]


def test_closing_mark_typed_as_the_opener():
    text = "”Fear. I am afraid he will win.” ― Ann Lee\nShe said it was ”over” today."
    assert contents(text) == ["Fear. I am afraid he will win.", "over"]


def test_unbalanced_marks_never_crash():
    for text in ("He said “yes", "“", "a ” b “ c", "\"\"\"", "It's the 'best", "“A “B” C"):
        for q in quoted_spans(text):
            assert 0 <= q.start <= q.end <= len(text)
    assert contents("He said, “we will win") == ["we will win"]
    assert contents("a stray “mark in the middle of a sentence.") == []


def test_opening_mark_typed_as_the_closer():
    text = "They asked for a “quick audit“ of the port. The mayor said “we will act” soon."
    assert contents(text) == ["quick audit", "we will act"]
    # an opening mark glued to the word after it still opens
    assert contents("The mayor said:“We will act.”") == ["We will act."]
