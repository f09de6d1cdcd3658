"""Speakers the parse left unattached (helpers.quotes.unattached): each rule on an invented
sentence, with the rule on and off."""
from __future__ import annotations

from .support import brief, run_example

LEARNED = {"row-classifier"}


def _speakers(nlp, text, off=()):
    rows, counts = run_example(nlp, text, disabled=LEARNED | set(off))
    return [(q.kind, q.speaker_text) for q in rows], counts


def test_name_after_an_inverted_verb_speaks_though_the_parse_gives_it_to_the_participle(nlp):
    text = "“I am more skilled with my hands than with my brain,” said Ana Ruiz, half joking."
    rows, counts = _speakers(nlp, text)
    assert rows == [("direct", "Ana Ruiz")] and counts["inverted-unattached"]
    off, _ = _speakers(nlp, text, {"inverted-unattached"})
    assert off == [("direct", None)]


def test_words_after_the_verb_that_hold_its_speaker_are_no_report(nlp):
    text = "“I am more skilled with my hands than with my brain,” said Ana Ruiz, half joking."
    rows, _ = run_example(nlp, text, disabled=LEARNED)
    assert [q.kind for q in rows] == ["direct"]
    off, _ = run_example(nlp, text, disabled=LEARNED | {"speaker-inside-content"})
    assert ("indirect", "Ana Ruiz, half joking", "Ana Ruiz", None, "say") in brief(off)


def test_name_before_an_aside_speaks(nlp):
    text = "Maria Lopez, exasperated, finally replied: “We will not sign this contract.”"
    rows, _ = _speakers(nlp, text)
    assert rows == [("direct", "Maria Lopez")]
    off, _ = _speakers(nlp, text, {"subject-before-aside"})
    assert off == [("direct", None)]


def test_aside_rule_needs_a_comma_before_the_verb(nlp):
    # no aside between the name and the verb: the ordinary subject rule decides, this one never fires
    _, counts = _speakers(nlp, "Maria Lopez replied on Monday: “We will not sign this contract.”")
    assert counts["subject-before-aside"] == 0


def test_noun_a_quotation_participle_modifies_speaks(nlp):
    text = "Tom Reed, the 2012 nominee, tweeted in response: “Important distinction: the farmers are not criminals.”"
    rows, _ = _speakers(nlp, text)
    assert rows == [("direct", "Tom Reed")]
    off, _ = _speakers(nlp, text, {"participle-of-speaker"})
    assert off == [("direct", None)]


def test_participle_without_a_quotation_next_to_it_names_no_speaker(nlp):
    # "a river called the Jordan": a participle that attributes no quotation
    _, counts = _speakers(nlp, "They crossed a river called the Jordan and the water was cold.")
    assert counts["participle-of-speaker"] == 0


def test_phrase_between_a_closing_mark_and_a_subjectless_verb_speaks(nlp):
    text = ("\"I am impressed by his ability to insult every kind of human being,\" "
            "screenwriter Cole Haddon wrote on Twitter.")
    rows, _ = _speakers(nlp, text)
    assert [r for r in rows if r[0] == "direct"] == [("direct", "Cole Haddon")]
    off, _ = _speakers(nlp, text, {"phrase-after-quotation"})
    assert [r for r in off if r[0] == "direct"] == [("direct", None)]


def test_phrase_after_quotation_needs_the_closing_mark(nlp):
    # a verb with a subject of its own: the rule is not asked
    _, counts = _speakers(nlp, "The union leader Maria Lopez wrote a letter to the board on Friday.")
    assert counts["phrase-after-quotation"] == 0


def test_capitalised_word_after_an_inverted_verb_is_a_name_the_tagger_missed(nlp):
    text = "“Having two people who understand the files is valuable,” said Skelly, explaining his choice."
    rows, _ = _speakers(nlp, text)
    assert [r for r in rows if r[0] == "direct"] == [("direct", "Skelly")]
    off, _ = _speakers(nlp, text, {"mistagged-name-after-verb"})
    assert [r for r in off if r[0] == "direct"] == [("direct", None)]


def test_lower_case_word_after_an_inverted_verb_is_no_name(nlp):
    _, counts = _speakers(nlp, "“We will see about that,” said quietly the old man at the back.")
    assert counts["mistagged-name-after-verb"] == 0


def test_inverted_verb_whose_parsed_subject_lies_in_the_quotation(nlp):
    # the parse makes "#Harbour" (inside the quotation) the subject, and "from Hanover" follows the phrase
    text = "“Nobody may say that any more. #Harbour,” tweeted a German user from Hanover."
    rows, _ = _speakers(nlp, text)
    assert [r for r in rows if r[0] == "direct"] == [("direct", "a German user")]
    off, _ = _speakers(nlp, text, {"inverted-unattached"})
    assert [r for r in off if r[0] == "direct"] == [("direct", None)]


def test_phrase_after_quotation_across_a_comma_bounded_aside(nlp):
    text = ("“We’ve had better conventions than this one,” Ohio delegate Tom Reeve, wearing a straw hat and "
            "campaign pins, said matter-of-factly as confetti fell around him.")
    rows, _ = _speakers(nlp, text)
    assert [r for r in rows if r[0] == "direct"] == [("direct", "Ohio delegate Tom Reeve")]
    off, _ = _speakers(nlp, text, {"phrase-after-quotation", "lone-name-before-aside"})
    assert off == [("direct", None)]


def test_the_only_person_before_a_subjectless_verb_speaks(nlp):
    text = "In a note to the council, her chief of staff, Dana Whitfield, said: “We will appeal the ruling.”"
    rows, _ = _speakers(nlp, text)
    assert [r for r in rows if r[0] == "direct"] == [("direct", "Dana Whitfield")]
    off, _ = _speakers(nlp, text, {"lone-name-before-aside"})
    assert [r for r in off if r[0] == "direct"] == [("direct", None)]


def test_two_people_before_a_subjectless_verb_leave_it_without_speaker(nlp):
    _, counts = _speakers(nlp, "With Mike Brown beside her, her chief of staff, Dana Whitfield, said: “We will appeal.”")
    assert counts["lone-name-before-aside"] == 0


def test_the_lone_person_speaks_only_for_a_verb_of_speech(nlp):
    from helpers.quotes.unattached import _lone_name_before_aside

    def verb_of(text, word):
        return next(t for t in nlp(text) if t.text == word)

    said = verb_of("In a note to the council, her chief of staff, Dana Whitfield, said the budget was fine.", "said")
    assert _lone_name_before_aside(said, 0, None).text == "Whitfield"
    focused = verb_of("In a note to the council, her chief of staff, Dana Whitfield, focused on the budget.", "focused")
    assert _lone_name_before_aside(focused, 0, None) is None
