"""Direct and partial quotations: the verb, colon frame, transcript or dash that attributes them (helpers.quotes.quotations)."""
from __future__ import annotations

from .support import brief


def test_direct_quote_with_speaker_after(run):
    rows = run("“The talks were useful,” Smith said on Monday.", [("john-smith", "John Smith", ["Smith"])])
    assert brief(rows) == [("direct", "The talks were useful,", "Smith", "john-smith", "say")]
    q = rows[0]
    assert (q.start, q.end, q.speaker_start, q.speaker_end, q.cue_start, q.cue_end) == (1, 23, 25, 30, 31, 35)
    assert (q.sentence_id, q.paragraph_id) == (0, 0)


def test_quoted_transcript_is_one_row_per_turn(run):
    text = ("The interview went as follows:\n"
            "\"WALLACE: Will she be at the debate tomorrow night?\n"
            "\"PENCE: She will not be attending the debate.\n"
            "\"WALLACE: Thank you for joining us.")
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("direct", "Will she be at the debate tomorrow night?", "WALLACE", ":"),
        ("direct", "She will not be attending the debate.", "PENCE", ":"),
        ("direct", "Thank you for joining us.", "WALLACE", ":"),
    ]


def test_speaker_after_a_quotation_the_parser_splits(run):
    text = ("“The team is in crisis mode. Total crisis mode,” said Ann Lee, a club volunteer.\n"
            "Others are unsure. Said Ellis: “I have no feeling that he cares about school meals.”")
    rows = run(text, [("ann-lee", "Ann Lee", ["Ann Lee"]), ("joe-ellis", "Joe Ellis", ["Ellis"])])
    assert [(q.speaker_text, q.speaker_id) for q in rows] == [("Ann Lee", "ann-lee"), ("Ellis", "joe-ellis")]


def test_manner_of_speaking_verb_attributes_a_quotation(run):
    rows = run("“Get out of here,” the guard growled.")
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("Get out of here,", "the guard", "growl")]


def test_name_between_quotation_and_verb_speaks_when_the_parse_loses_it(run):
    text = ("“She is quite right. There is a real rift between this council and our teachers,” "
            "Weiss, a loyal Cole ally, said Friday night.")
    rows = run(text, [("hannah-weiss", "Hannah Weiss", ["Weiss"])])
    assert [(q.kind, q.speaker_text, q.speaker_id) for q in rows] == [("direct", "Weiss", "hannah-weiss")]


def test_report_made_mostly_of_several_quotations_is_still_reported(run):
    text = ("Governor Jane Cole called him a “pathological liar who is utterly amoral,” a “serial bully "
            "of the weak” and a “narcissist at a level this country has never seen.”")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert (rows[0].kind, rows[0].speaker_id) == ("indirect", "jane-cole")
    assert rows[0].text.startswith("him a “pathological liar who is utterly amoral,” a “serial bully")
    assert [q.kind for q in rows[1:]] == ["partial", "partial", "partial"]


def test_as_x_put_it_attributes_the_quotation(run):
    text = ("As Governor Jane Cole put it, the budget is “a moral document for the whole state.”\n"
            "Governor Jane Cole put it on the table.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.kind, q.text, q.speaker_id, q.cue) for q in rows] == [
        ("indirect", "the budget is “a moral document for the whole state.", "jane-cole", "put it"),
        ("partial", "a moral document for the whole state.", "jane-cole", "put it")]


def test_transcript_turn_runs_over_unlabelled_paragraphs(run):
    text = ("\"MORENO: Do you honestly think these two plans are alike?\n\n"
            "\"COLE: Well, listen, the mayor has been making some harsh claims about my deputy.\n\n"
            "\"But the fact is that the council listens to residents closely.\n\n"
            "\"(CROSSTALK.)\n\n"
            "\"MORENO: Thanks to you both for being here tonight.\"\n")
    rows = run(text)
    assert [(q.speaker_text, q.text) for q in rows] == [
        ("MORENO", "Do you honestly think these two plans are alike?"),
        ("COLE", "Well, listen, the mayor has been making some harsh claims about my deputy.\n\n"
                 "\"But the fact is that the council listens to residents closely."),
        ("MORENO", "Thanks to you both for being here tonight."),
    ]


def test_a_participle_the_parse_hangs_inside_a_quotation_goes_with_the_verb_before_it(run):
    text = ('Mr. Baker barely answered the question, treating her remark as praise -- "That is a good point" -- '
            'and, when asked after the event, asserting, "Of course, I pay my bills."')
    rows = run(text, [("tom-baker", "Tom Baker", ["Mr. Baker"])])
    assert [(q.speaker_id, q.cue) for q in rows if q.text == "Of course, I pay my bills."] == [("tom-baker", "assert")]
    text = '"We have spent years on this and nobody wants to go back," Baker said, going on to add that the plan was fair.'
    # the parse hangs "going" on "wants", inside the quotation
    rows = run(text, [("tom-baker", "Tom Baker", ["Baker"])], arcs={18: (9, "advcl")})
    assert [(q.speaker_id, q.cue) for q in rows if q.text == "the plan was fair"] == [("tom-baker", "add")]


def test_a_mark_after_a_comma_and_space_opens_a_quotation_and_ends_nothing(run):
    rows = run("Perhaps, she said, the fund could help farmers who, ''in good years and bad, are trying to stay afloat.''")
    assert [(q.kind, q.text) for q in rows if q.kind == "indirect"] == [
        ("indirect", "Perhaps, she said, the fund could help farmers who, ''in good years and bad, are trying to stay afloat.")]


def test_colon_frame_speaker_is_the_clause_the_colon_closes(run):
    text = "My uncle grew so angry at dinner that I had to give in: “Fine, you can keep the old car.”"
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [
        ("direct", "Fine, you can keep the old car.", "I")]


def test_a_reporting_verb_with_nothing_of_its_own_before_the_quotation_says_it(run):
    # the parse hangs the quotation on "concludes"; "saying" right before it has no complement
    text = "The new film concludes with footage of Reyes saying at a hearing in May, “We will not back down,” as the crowd cheers."
    rows = run(text, [("ana-reyes", "Ana Reyes", ["Reyes"])])
    assert brief(rows) == [("direct", "We will not back down,", "Reyes", "ana-reyes", "say")]


def test_opening_clause_before_the_attribution_starts_a_lower_case_quotation(run):
    text = "When the second bid finally came in, Ruiz said, “we were stunned by the price.”"
    rows = run(text, [("eva-ruiz", "Eva Ruiz", ["Ruiz"])])
    assert brief(rows) == [("partial", "When the second bid finally came in, Ruiz said, “we were stunned by the price.",
                            "Ruiz", "eva-ruiz", "say")]


def test_quotation_after_a_dash_closing_an_instruction_is_part_of_it(run):
    text = "Reyes smiled and asked the room to applaud the new chief - \"our best hire in years.\""
    rows = run(text, [("ana-reyes", "Ana Reyes", ["Reyes"])], arcs={11: (3, "punct"), 12: (3, "punct"), 15: (3, "dobj")})
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("indirect", "the room to applaud the new chief - \"our best hire in years.", "Reyes", "ask")]


def test_a_bare_reporting_verb_right_before_a_quotation_attributes_it(run):
    # the parse hangs the quotation on "concludes"; "saying" has nothing else to report
    text = "The film concludes with footage of Ruiz saying in a hearing last year, “I have nothing to hide.”"
    rows = run(text, [("p1", "Ana Ruiz", ["Ruiz"])], arcs={16: (2, "ccomp")})
    assert [(q.text, q.speaker_text, q.speaker_id, q.cue) for q in rows] == [
        ("I have nothing to hide.", "Ruiz", "p1", "say")]


def test_a_colon_frame_without_a_reporting_verb_is_spoken_by_the_clause_it_closes(run):
    text = "He was so tired that we had to keep our question short: “Where were you that night?”"
    rows = run(text)
    assert [(q.text, q.speaker_text) for q in rows] == [("Where were you that night?", "we")]


def test_a_finding_verb_attributes_the_quotation_that_is_its_object(run):
    text = ("The auditors went through the records of the clinics for 2019 and found a striking "
            "40 percent “billed patients twice for the same visit.”")
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("partial", "billed patients twice for the same visit.", "The auditors", "find")]


def test_a_quotation_in_dashes_after_a_name_is_that_persons(run):
    text = ("Several economists have warned about it, among them the Harvard professor Maria Gonzalez -- "
            "“Tariffs are simply a tax on the poor” -- and two former Treasury officials.")
    rows = run(text, [("p1", "Maria Gonzalez", ["Maria Gonzalez"])])
    assert [(q.text, q.speaker_text, q.speaker_id) for q in rows if q.text.startswith("Tariffs")] == [
        ("Tariffs are simply a tax on the poor", "Maria Gonzalez", "p1")]


def test_a_quoted_word_inside_reported_speech_is_a_partial_quote_but_a_name_is_not(run):
    rows = run("Foreign Minister Anna Berg said the sanctions were “illegal” and would backfire.",
               [("anna-berg", "Anna Berg", ["Foreign Minister Anna Berg"])])
    assert ("partial", "illegal", "anna-berg") in [(q.kind, q.text, q.speaker_id) for q in rows]
    rows = run("The mayor said “Reyes” would win the vote on Monday.")
    assert [q.kind for q in rows] == ["indirect"]
    rows = run("The plan was “dead” by Monday.")
    assert rows == []
