"""Letters pages (rule letter-signer, off by default): the paragraphs above a signature are the signer's words."""
from __future__ import annotations

from helpers.stances import rules
from tests.test_stances import _rows

PAGE = ("LETTERS.\n\nI admire Olga Berg for her courage.\n\nMary Lane.\n\nBoston, Mass.\n\n"
        "I despise Ivan Petrov and his plans.\n\nTom Reed.\n")
HEADINGS = ("Mary Lane.\n\nLane is a senator from Maine.\n\nTom Reed.\n\nReed admires Olga Berg.\n\n"
            "Ivan Petrov.\n\nPetrov is a minister.\n")


def test_a_letter_is_its_signers_speech(nlp):
    with rules.switched_on("letter-signer"):
        rows = _rows(nlp, PAGE)
    assert {("mary-lane", "olga-berg", "support"), ("tom-reed", "ivan-petrov", "oppose")} <= rows
    assert ("mary-lane", "ivan-petrov", "oppose") not in rows  # the next letter is not hers
    assert not {r for r in _rows(nlp, PAGE) if r[0] in ("mary-lane", "tom-reed")}  # off by default


def test_name_headings_are_no_signatures(nlp):
    with rules.switched_on("letter-signer"):
        rows = _rows(nlp, HEADINGS)
    assert ("mary-lane", "olga-berg", "support") not in rows
    assert ("tom-reed", "olga-berg", "support") in rows  # the text's own predicate
