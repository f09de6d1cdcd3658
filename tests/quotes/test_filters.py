"""Quotations that are no speech: titles, headings, names, modifiers, scare quotes (helpers.quotes.filters)."""
from __future__ import annotations

from .support import brief


def test_scare_quotes_and_titles_are_no_speech(run):
    text = "The so-called “reform” was discussed on “Meet the Press” and in a “special meeting” yesterday."
    assert run(text) == []


def test_editorial_label_before_a_colon_is_no_speaker(run):
    text = ("Correction: A previous edition of this story gave the wrong name for the bridge.\n"
            "Okafor: Farmers are anxious about prices and the drought.")
    rows = run(text, [("ada-okafor", "Ada Okafor", ["Okafor"])])
    assert [(q.kind, q.speaker_text) for q in rows] == [("indirect", "Okafor")]


def test_quotation_in_a_title_case_headline_is_not_a_title(run):
    text = "Mayor Calls Budget ‘A Moral Document’ In Speech To Council\nThe council met on Monday."
    rows = run(text)
    assert ("partial", "A Moral Document") in [(q.kind, q.text) for q in rows]


def test_title_case_headline_is_parsed_in_sentence_case(run):
    text = ("Senator Jane Cole Vows To Close Loopholes Enjoyed By Big Oil Companies\n"
            "In Ohio, Senator Jane Cole spoke on Monday.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Senator Jane Cole"])])
    assert brief(rows) == [("indirect", "Close Loopholes Enjoyed By Big Oil Companies", "Senator Jane Cole",
                            "jane-cole", "vow")]
    assert rows[0].text == text[rows[0].start:rows[0].end]  # the article's own capitals


def test_a_nickname_in_quotation_marks_does_not_keep_the_verb_from_the_quotation(run):
    text = ('"This is a big night for our future mayor, Tom Reed!" Reed\'s sister, city Councilwoman '
            'Anna "Annie" Reed (D-East End), shouted to the crowd.')
    rows = run(text, [("anna-reed", "Anna Reed", ["Reed's sister"])])
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("This is a big night for our future mayor, Tom Reed!", "Reed's sister", "shout")]


def test_a_title_before_the_name_between_the_quotation_and_a_subjectless_verb(run):
    text = "“We will find the people who did this,” Dayton police Chief Mark Olsen said Monday."
    # the parse takes "Dayton" for a verb inside the quotation and leaves "said" without a subject
    arcs = {0: (3, "punct"), 3: (3, "ROOT"), 9: (3, "punct"), 10: (3, "punct"), 11: (3, "dep"), 12: (13, "compound"),
            13: (11, "dobj"), 14: (15, "compound"), 15: (13, "appos"), 16: (3, "conj"), 17: (16, "npadvmod"),
            18: (3, "punct")}
    rows = run(text, [("mark-olsen", "Mark Olsen", ["Mark Olsen"])], arcs=arcs)
    assert [(q.text, q.speaker_id, q.cue) for q in rows] == [("We will find the people who did this,", "mark-olsen", "say")]


def test_a_run_in_heading_is_not_the_subject(run):
    text = "THE SAVINGS Back when she opened her shop, Ms. Ruiz said that she kept every receipt."
    # the parse makes both "SAVINGS" and "Ruiz" subjects of "said"
    rows = run(text, [("ana-ruiz", "Ana Ruiz", ["Ms. Ruiz"])], arcs={1: (11, "nsubj")})
    assert brief(rows) == [("indirect", "she kept every receipt", "Ms. Ruiz", "ana-ruiz", "say")]


def test_a_quoted_title_case_paragraph_is_a_heading(run):
    # a heading the body does not repeat is no one's words; one it repeats is reported (issue 3)
    text = ("Mayor Jane Cole said the city would mend three bridges this year.\n\n"
            "“Parks Can Wait A Year.”\n\n"
            "The council votes on the budget next week.\n\n"
            "“Roads come before stadiums,” she said.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "the city would mend three bridges this year"), ("direct", "Roads come before stadiums,")]
    text = text.replace("Parks Can Wait A Year.", "Roads Come Before Stadiums.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert ("Roads Come Before Stadiums.", "jane-cole") in [(q.text, q.speaker_id) for q in rows]


def test_a_kicker_before_a_colon_is_not_a_speaker(run):
    text = ("Bus Blues Again: The City Cuts Four More Routes\n\n"
            "Jane Cole: The city cannot keep cutting routes\n\n"
            "The council voted on Monday.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.text, q.speaker_id, q.cue) for q in rows] == [
        ("The city cannot keep cutting routes", "jane-cole", ":")]


def test_a_verb_in_a_capitalised_run_in_heading_reports_nothing(run):
    text = "NEIGHBORS DEMAND A NEW BRIDGE — The council met on Monday. Jane Cole said the bridge was safe."
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.text, q.cue) for q in rows] == [("the bridge was safe", "say")]


def test_a_quotation_in_apposition_to_a_common_noun_names_the_work(run):
    text = ("Jane Cole said the city needs buses.\n\n"
            "Her essay, “Buses, not stadiums, will save the city,” is very moving.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.kind, q.text) for q in rows] == [("indirect", "the city needs buses")]


def test_short_quotation_that_modifies_a_noun_is_no_speech(run):
    text = ("“We will rebuild the bridge,” Mayor Jane Cole said.\n"
            "The “rebuild now” campaign was about old grievances.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [(q.kind, q.text) for q in rows if q.kind != "indirect"] == [("direct", "We will rebuild the bridge,")]


def test_unclosed_quotation_with_nobody_to_say_it_is_dropped(run):
    text = "\"The hall was nearly empty by nine.\n\n“We will rebuild the bridge,” Mayor Jane Cole said.\n"
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [q.text for q in rows] == ["We will rebuild the bridge,"]


def test_quotation_only_heading_that_the_body_attributes_is_reported(run):
    text = ("Budget talks resumed on Monday.\n“Rents Are Far Too High”\n"
            "Mayor Jane Cole said that rents “are far too high” for young families.\n")
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert ("Rents Are Far Too High", "jane-cole") in [(q.text, q.speaker_id) for q in rows]


def test_a_quotation_introduced_as_a_name_is_no_speech(run):
    # "known as" and "so-called" give what a thing is called, even beside a reporting verb
    text = ("She would set a floor, a form of what is now known as the “river tax” after Ann Fold "
            "complained that she paid less than her driver.\n"
            "Ann Fold complained about the so-called “river tax” on Monday.")
    rows = run(text, [("ann-fold", "Ann Fold", ["Ann Fold"])])
    assert [(q.kind, q.text) for q in rows if q.kind != "indirect"] == []
    assert "she paid less than her driver" in [q.text for q in rows]
