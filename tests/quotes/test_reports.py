"""Reported speech: verbs, adjectives, nouns, phrases, documents, labels (helpers.quotes.reports)."""
from __future__ import annotations

import pytest

from .support import brief


def test_according_to_and_after_clause(run):
    text = ("According to the ministry, the border will reopen on Friday.\n"
            "The economy is strong, the minister said.")
    rows = run(text)
    assert brief(rows) == [
        ("indirect", "the border will reopen on Friday", "the ministry", None, "according to"),
        ("indirect", "The economy is strong", "the minister", None, "say"),
    ]


def test_stance_adjective_and_hope_report_beliefs(run):
    text = ("Senator Smith is confident that the bill will pass next week.\n"
            "Senator Smith hoped voters would return to the polls.")
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [
        ("indirect", "the bill will pass next week", "Senator Smith", "john-smith", "confident"),
        ("indirect", "voters would return to the polls", "Senator Smith", "john-smith", "hope"),
    ]


def test_report_inside_another_report_is_one_row(run):
    text = ("A poll released on Monday found that 74 percent of voters said the senator should resign.\n"
            "Mary Lee said she hopes the vote sends a message that “schools matter.”")
    rows = run(text, [("mary-lee", "Mary Lee", ["Mary Lee"])])
    assert [(q.kind, q.text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("indirect", "74 percent of voters said the senator should resign", "find"),
        ("indirect", "she hopes the vote sends a message that “schools matter.", "say"),
    ]


def test_reporting_noun_without_a_possessive_owner(run):
    text = ("Senator Smith repeated his claim that the election was rigged.\n"
            "There were allegations that the mayor had taken bribes.")
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    # the repeated claim is what "repeated" reports (PolNeAR's reading: the owned-claim rule that
    # gave the row to "claim" instead cost F1 on polnear-train and was dropped); the allegation
    # has no owner
    assert brief(rows) == [
        ("indirect", "his claim that the election was rigged", "Senator Smith", "john-smith", "repeat"),
        ("indirect", "the mayor had taken bribes", None, None, "allegation"),
    ]


def test_judgment_verbs_report_their_object(run):
    text = "Senator Smith decried the new tariffs on steel."
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [("indirect", "the new tariffs on steel", "Senator Smith", "john-smith", "decry")]


def test_evidence_verbs_report_their_object(run):
    text = "A new poll by the university shows a close race in Ohio."
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "a close race in Ohio", "A new poll", "show")]


def test_according_to_when_the_parser_misreads_the_phrase(run):
    text = ("According to talk show host Dana Pruitt, the vote reeks of spite and envy.\n"
            "The host insulted his crew with foul language, according to show insiders.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the vote reeks of spite and envy", "talk show host Dana Pruitt", "according to"),
        ("The host insulted his crew with foul language", "insiders", "according to"),
    ]


def test_sentence_opened_by_a_document_phrase(run):
    text = ("In the latest national poll, Clinton led Trump by five points.\n"
            "In a statement, the ministry said the border would reopen.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("Clinton led Trump by five points", "the latest national poll", "in"),
        ("the border would reopen", "the ministry", "say"),
    ]


def test_clause_closed_by_a_document_phrase(run):
    text = ("The governor trails her rival by six points in the latest surveys, taken in June.\n"
            "The mayor rose two points in the survey to 40 percent.\n"
            "The mayor was cheerful in the interview.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("The governor trails her rival by six points", "the latest surveys", "in")]


def test_according_to_after_a_whole_clause_ends_the_report(run):
    text = "Unemployment would fall to 4 percent next year, according to the central bank, its lowest level in a decade."
    rows = run(text)
    assert [(q.kind, q.text, q.cue) for q in rows] == [
        ("indirect", "Unemployment would fall to 4 percent next year", "according to")]


@pytest.mark.parametrize("text, content", [
    # the parser makes the that-clause a relative clause on the addressee
    ("Governor Jane Cole told a gathering of union members that hardly anyone grasped the shortage.",
     "hardly anyone grasped the shortage"),
    # and the clause after a time phrase an adverbial clause
    ("Governor Jane Cole said after the vote she would not sign the bill.", "after the vote she would not sign the bill"),
])
def test_complement_clause_the_parser_mislabels_is_reported(run, text, content):
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert brief(rows)[0][:3] == ("indirect", content, "Governor Jane Cole")


def test_relative_clause_and_adverbial_clause_proper_are_not_reports(run):
    text = ("Governor Jane Cole told the story that she heard in Iowa.\n"
            "Governor Jane Cole told the story when she met the farmers.")
    assert run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])]) == []


def test_what_a_colon_announces_inside_the_report_is_reported(run):
    text = ("Governor Jane Cole notes that we are at a rare moment where three things happen at once: "
            "prices are rising, wages are flat and rents are high.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "we are at a rare moment where three things happen at once: "
                     "prices are rising, wages are flat and rents are high")]


def test_as_clause_attributes_the_clause_around_it(run):
    text = ("Prices will keep rising this year, as the central bank has warned.\n"
            "As Governor Jane Cole has pointed out, the state budget is balanced.\n"
            "The plan failed, as predicted.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [
        ("indirect", "Prices will keep rising this year", "the central bank"),
        ("indirect", "the state budget is balanced", "Governor Jane Cole"),
    ]


def test_reporting_verb_the_lemmatizer_garbles_still_reports(run):
    text = "Governor Jane Cole is hoping that the bill will pass the senate this spring."  # lemma "hop"
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.text, q.cue) for q in rows] == [("the bill will pass the senate this spring", "hope")]


def test_noun_of_attitude_with_a_content_clause_reports(run):
    text = ("Governor Jane Cole voiced her concern that the new rules could raise rents.\n"
            "The fact that the rules could raise rents surprised nobody.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.text, q.cue, q.speaker_id) for q in rows] == [
        ("the new rules could raise rents", "concern", "jane-cole")]


def test_according_to_a_document_credits_its_author(run):
    text = ("Taxes would rise for most families, according to a speech Governor Jane Cole delivered in Ohio.\n"
            "Rents would fall next year, according to a statement from the ministry.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.text, q.speaker_text) for q in rows] == [
        ("Taxes would rise for most families", "Governor Jane Cole"), ("Rents would fall next year", "a statement")]


def test_going_without_saying_reports_nothing(run):
    rows = run("It goes without saying that planting trees on every street is a good idea.")
    assert rows == []


def test_say_verbs_of_levins_class_report_their_object(run):
    text = ("Jane Cole proposed raising the fee for late permits.\n"
            "Tom Reyes confessed that the office had lost the forms.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"]), ("tom", "Tom Reyes", ["Tom Reyes"])])
    assert brief(rows) == [
        ("indirect", "raising the fee for late permits", "Jane Cole", "jane-cole", "propose"),
        ("indirect", "the office had lost the forms", "Tom Reyes", "tom", "confess")]


def test_judgment_verbs_report_what_they_judge(run):
    text = "Tom Reyes derided the new parking plan as a gift to developers."
    rows = run(text, [("tom", "Tom Reyes", ["Tom Reyes"])])
    assert brief(rows) == [("indirect", "the new parking plan as a gift to developers", "Tom Reyes", "tom", "deride")]


def test_a_stance_adjective_reports_its_topic(run):
    text = "The farmers were worried about the price of diesel."
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "the price of diesel", "The farmers", "worried")]


def test_a_noun_conjunct_hung_on_the_reporting_verb_is_the_objects_second_half(run):
    # the parse coordinates "as a judge" with "cited" and "a plan" with "began"; a verb is not
    # coordinated with a phrase, so both continue the object
    rows = run("The lawyers cited her decade as a teacher and as a county judge.", arcs={9: (2, "conj"), 8: (2, "cc")})
    assert [(q.text, q.cue) for q in rows] == [("her decade as a teacher and as a county judge", "cite")]


def test_an_editors_note_reports_nothing(run):
    text = ("Jane Cole said the bridge was safe.\n\n"
            "Editor’s note: Jane Cole has repeatedly promised to close the bridge to trucks.\n\n"
            "Clarification: An earlier version said Jane Cole promised to close the bridge.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("the bridge was safe", "say"), ("Jane Cole promised to close the bridge", "say")]


def test_a_writers_closing_hedge_is_no_report(run):
    rows = run("Not important enough, I guess.\nThe budget is balanced, the mayor said.")
    assert [(q.text, q.speaker_text) for q in rows] == [("The budget is balanced", "the mayor")]


def test_an_owned_reporting_noun_reports_its_infinitive(run):
    # what the owner committed to is what was said; a closing ", which ..." is the reporter's
    text = ("The governor's pledge to repave every county road, which voters cheered, has stalled.\n"
            "Her threats to close the factory worried the workers.\n"
            "The pledge to repave the roads has stalled.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("to repave every county road", "The governor", "pledge"),
        ("to close the factory", "Her", "threat")]


def test_a_reporting_noun_after_by_attributes_its_clause(run):
    text = ("By the mayor's own admission, the budget is short by millions.\n"
            "Nearly 300 acres of forest have been damaged by the fires, by one estimate.\n"
            "The road was closed by the police, by order of the mayor.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the budget is short by millions", "the mayor", "admission"),
        ("Nearly 300 acres of forest have been damaged by the fires", "one estimate", "estimate")]


def test_a_time_between_an_owned_reporting_noun_and_its_topic(run):
    text = ("The mayor's comments Tuesday on the closing of the plant came too late.\n"
            "The mayor's remarks last week about the closing of the plant came too late.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the closing of the plant", "The mayor", "comment"),
        ("the closing of the plant", "The mayor", "remark")]


def test_a_that_clause_hung_on_the_verb_that_takes_a_reporting_noun_is_the_nouns(run):
    # the parse may hang the noun's clause on "fueling", which reports nothing itself
    text = "The drought dragged on, fueling worries from farmers in the valley that the dam would fail."
    rows = run(text, arcs={12: (16, "mark"), 16: (5, "ccomp")})
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the dam would fail", "farmers", "worry")]


def test_an_as_clause_names_the_writing_it_was_reported_in(run):
    text = ("As reported in the Chronicle, the plant will close next year.\n"
            "As noted in the mayor's letter, the budget is short.\n"
            "As predicted in March, the plant failed.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the plant will close next year", "the Chronicle", "report"),
        ("the budget is short", "the mayor", "note")]


def test_a_phrasal_reporting_verb_reports_its_object(run):
    # "point out" is listed as a phrase; its object is what was pointed out
    text = "The senators pointed out the mayor's failings."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the mayor's failings", "The senators", "point out")]


def test_a_reporting_noun_made_by_a_verb_that_reports_nothing_reports_its_topic(run):
    text = ("Several senators have voiced grave concern about the new toll.\n"
            "He was criticized for making dubious claims on-air.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the new toll", "Several senators", "concern")]


def test_a_stance_adjective_reports_a_clause_without_that(run):
    text = "Most residents are certain the plant will close."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the plant will close", "Most residents", "certain")]


def test_name_on_topic_label_reports_a_headline_that_quotes(run):
    # "Name on Topic:" gives the person's words when the rest quotes them; without a quotation it
    # only names a subject
    text = ("Reyes on Housing: Rents in the City Are 'Brutal'\n"
            "Reyes on Housing: A Look at Ten Years of Rents\n"
            "Mayor Ana Reyes met tenants on Monday.")
    rows = run(text, [("ana-reyes", "Ana Reyes", ["Reyes", "Mayor Ana Reyes"])])
    assert brief(rows) == [("indirect", "Rents in the City Are 'Brutal'", "Reyes", "ana-reyes", ":")]


def test_transfer_of_message_verbs_report_their_object_or_clause(run):
    # Levin 37.1: what is recited or relayed is the message itself
    text = ("The coach recited the team's old motto before kickoff.\n"
            "A nurse relayed that the patient was awake.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the team's old motto", "The coach", "recite"), ("the patient was awake", "A nurse", "relay")]


def test_nouns_of_cognition_report_their_that_clause(run):
    # Biber et al. (1999): idea, theory and the like control a that-clause its owner holds
    text = ("The mayor's idea that the bridge could pay for itself never won support.\n"
            "Critics dismissed the governor's theory that tourists would fill the new hotels.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the bridge could pay for itself", "The mayor", "idea"),
        ("tourists would fill the new hotels", "the governor", "theory")]


def test_characterize_verbs_report_an_object_with_its_characterization(run):
    # Levin 29.2: "regard X as Y" is a view held; "saw the river" reports nothing
    text = ("Many voters regard the mayor as a crook.\n"
            "The mayor saw the river and treated the staff to lunch.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the mayor as a crook", "Many voters", "regard")]


def test_marvel_verbs_report_what_they_react_to(run):
    # Levin 31.3: "bristled at X" takes a stance on X; a day after the verb is no topic
    text = ("The coach bristled at the questions about his contract.\n"
            "Fans rejoiced on Sunday.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the questions about his contract", "The coach", "bristle")]


def test_see_verbs_report_what_was_perceived(run):
    # Levin 30.1, like "hear": what was noticed or seen is attributed to the one who perceived it
    text = ("Neighbors noticed that the lights were off.\n"
            "As we saw last winter, prices can fall fast.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the lights were off", "Neighbors", "notice"), ("prices can fall fast", "we", "see")]


def test_speech_manner_adjectives_report_their_topic_short_of_a_concession(run):
    # "stayed vague about X" is a way of speaking about X; a closing ", despite ..." is the reporter's
    text = "Zoning officials stayed vague about whether the depot would reopen, despite months of petitions and angry letters."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("whether the depot would reopen", "Zoning officials", "vague")]


def test_phrases_of_view_report_the_clause_also_in_their_owned_form(run):
    # "in the eyes of X" and "in X's view" attribute the clause as "according to X" does
    text = ("In the coach's view, the team is ready for the final.\n"
            "The new stadium is a waste of money in the eyes of many taxpayers.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the team is ready for the final", "the coach", "in the view of"),
        ("The new stadium is a waste of money", "many taxpayers", "in the eyes of")]


def test_a_lone_infinitive_of_speech_is_reported_but_not_of_other_verbs(run):
    rows = run("A spokesman for the company declined to comment.")
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [("indirect", "comment", "A spokesman")]
    assert run("The senator refused to intervene.") == []


def test_an_attitude_adjective_reports_its_topic(run):
    rows = run("The senator has been critical of the new trade deal with Mexico.")
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [
        ("indirect", "the new trade deal with Mexico", "The senator")]


def test_an_owned_stance_noun_reports_the_object_of_its_preposition(run):
    rows = run("The senator's attack on the judge drew criticism from both parties.")
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "the judge", "The senator", "attack")]
    assert run("The support for the stadium was strong.") == []


def test_verbs_added_from_the_recall_analysis_report_their_objects(run):
    rows = run("The union pushed for a vote on the new contract.")
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("a vote on the new contract", "The union", "push")]
    rows = run("The senator railed against the trade deal with Mexico.")
    assert [(q.text, q.cue) for q in rows] == [("the trade deal with Mexico", "rail")]


def test_referring_to_reports_what_is_referred_to(run):
    rows = run("The senator was referring to the email scandal at the state department.")
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the email scandal at the state department", "The senator", "refer")]


def test_campaign_against_reports_what_it_is_against(run):
    rows = run("The union campaigned against the new trade deal with Mexico.")
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the new trade deal with Mexico", "The union", "campaign")]


def test_an_owned_decision_reports_its_infinitive(run):
    rows = run("The governor's decision to close the bridge angered the commuters.")
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("to close the bridge", "The governor", "decision")]
