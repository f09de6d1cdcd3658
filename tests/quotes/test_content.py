"""What a report covers and where it ends (helpers.quotes.content and helpers.quotes.boundary)."""
from __future__ import annotations

import pytest

from .support import brief, run_example


def test_indirect_with_partial_inside(run):
    text = "Jane Doe said that the plan “will fail badly” next year."
    rows = run(text, [("jane-doe", "Jane Doe", ["Jane Doe"])])
    assert brief(rows) == [
        ("indirect", "the plan “will fail badly” next year", "Jane Doe", "jane-doe", "say"),
        ("partial", "will fail badly", "Jane Doe", "jane-doe", "say"),
    ]


def test_second_clause_and_closing_relative_clause(run):
    text = ("Smith said the talks were useful and the two sides will meet again.\n"
            "Smith said he expects a deal with Jones, who has led the talks for months.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [(q.kind, q.text) for q in rows if q.cue == "say"] == [
        ("indirect", "the talks were useful and the two sides will meet again"),
        ("indirect", "he expects a deal with Jones"),
    ]


def test_clause_joined_after_a_parenthetical_attribution_goes_on_with_the_report(run):
    text = ("Prices rose 3 percent last year, the agency said in a report, and wages fell 1 percent.\n"
            "“Prices rose 3 percent last year,” Smith said, and the crowd cheered.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "Prices rose 3 percent last year, the agency said in a report, and wages fell 1 percent"),
        ("direct", "Prices rose 3 percent last year,"),
    ]


@pytest.mark.parametrize("arcs", [
    {4: (14, "advcl"), 8: (4, "parataxis")},  # the attribution hung on the opening clause
    {4: (8, "advcl"), 8: (14, "parataxis")},  # the opening clause hung on the attribution
])
def test_opening_clause_before_a_parenthetical_attribution_is_reported(run, arcs):
    text = "Though the first move went smoothly, he said, the second one would be much harder."
    rows = run(text, arcs=arcs)
    assert [(q.kind, q.text, q.cue) for q in rows] == [
        ("indirect", "Though the first move went smoothly, he said, the second one would be much harder", "say")]


def test_closing_which_clause_goes_on_with_a_reported_clause_not_an_object(run):
    text = ("Smith said the company lost money on the deal, which forced it to cut jobs.\n"
            "Smith cited the delay in the budget, which has been stalled for months.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [(q.kind, q.text, q.cue) for q in rows] == [
        ("indirect", "the company lost money on the deal, which forced it to cut jobs", "say"),
        ("indirect", "the delay in the budget", "cite"),
    ]


def test_object_report_keeps_its_complement(run):
    text = "Senator Smith blasted the mayor for hiding the audit."
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [("indirect", "the mayor for hiding the audit",
                            "Senator Smith", "john-smith", "blast")]


def test_content_boundaries_lists_coordination_and_trailing_glosses(run):
    text = ("Smith called the mayor a “sore loser,” a “paper tiger” and a coward.\n"
            "The coach declined to fine the club or openly blame it for the riot.\n"
            "Jones said the union hopes to enlist 40,000 members, focusing on workers under 25.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"]), ("ann-jones", "Ann Jones", ["Jones"])])
    assert [q.text for q in rows if q.kind == "indirect"] == [
        "the mayor a “sore loser,” a “paper tiger” and a coward",
        "fine the club or openly blame it for the riot",
        "the union hopes to enlist 40,000 members",
    ]


def test_clause_across_a_semicolon_is_not_the_report(run):
    text = "It is an unlikely scenario; Smith says the senator will continue her campaign."
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert brief(rows) == [("indirect", "the senator will continue her campaign", "Smith", "john-smith", "say")]


def test_unquoted_words_after_a_colon_run_to_the_paragraph_end(run):
    text = "The governor added: It is typical of her. She knows nothing about the state.\nThe vote is on Monday."
    rows = run(text)
    assert brief(rows) == [("indirect", "It is typical of her. She knows nothing about the state",
                            "The governor", None, "add")]


def test_object_reports_of_a_name_and_of_a_passive_with_its_agent(run):
    text = ("Senator Smith attacked Jones in a late-night post.\n"
            "The mayor has been endorsed by three local newspapers.\n"
            "The plan, a proposal also supported by the council, was dropped.")
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"]), ("ann-jones", "Ann Jones", ["Jones"])])
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("Jones", "Senator Smith", "attack"),
        ("The mayor", "three local newspapers", "endorse"),
    ]


def test_object_report_keeps_a_small_clause_predicate(run):
    text = "The new poll shows Clinton narrowly ahead by three points in Ohio."
    rows = run(text)
    assert [(q.text, q.cue) for q in rows] == [("Clinton narrowly ahead by three points in Ohio", "show")]


def test_told_someone_to_do_something_reports_the_instruction(run):
    text = ("Senator Smith told his staff to stop the audit.\nThe mayor told the council on Monday.\n"
            "Senator Smith called on fellow Republicans to vote against the bill.")
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [
        ("indirect", "his staff to stop the audit", "Senator Smith", "john-smith", "tell"),
        ("indirect", "fellow Republicans to vote against the bill", "Senator Smith", "john-smith", "call"),
    ]


def test_colon_that_ends_a_paragraph_introduces_the_next(run):
    text = "Governor Jane Cole added:\n\nThe budget is balanced and taxes will not rise.\n\nThe session ended at noon."
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert brief(rows) == [("indirect", "The budget is balanced and taxes will not rise", "Governor Jane Cole",
                            "jane-cole", "add")]


def test_conjunct_the_parser_strands_on_the_reporting_verb_is_reported(run):
    text = "Senator Jane Cole said she wanted to meet the farmers and let them know that help is coming."
    # the parse the rule repairs: "let" hung on "said" as its conjunct, as en_core_web_sm often does
    rows = run(text, [("jane-cole", "Jane Cole", ["Senator Jane Cole"])], arcs={11: (3, "conj"), 10: (3, "cc")})
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "she wanted to meet the farmers and let them know that help is coming")]
    rows = run("The governor has mentioned raising the gas tax and forcing utilities to bury power lines.",
               arcs={9: (3, "conj"), 8: (3, "cc"), 4: (3, "dobj")})
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "raising the gas tax and forcing utilities to bury power lines")]


def test_closing_concession_is_the_reporters(run):
    text = "Mayor Jane Cole said the budget was balanced, although the city again refused to publish its accounts."
    # the concession hung inside the reported clause, as the parser often does
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])], arcs={13: (7, "advcl"), 8: (7, "punct")})
    assert [(q.text, q.speaker_text) for q in rows][0] == ("the budget was balanced", "Mayor Jane Cole")


def test_clause_joined_to_the_content_with_a_report_of_its_own_is_a_new_report(run):
    text = "Governor Jane Cole said the budget was balanced, but critics pointed out that the deficit had doubled."
    people = [("jane-cole", "Jane Cole", ["Governor Jane Cole"])]
    # the parse that needs the rule: "pointed" hung on "balanced", inside the reported clause
    rows = run(text, people, arcs={11: (7, "conj"), 8: (7, "punct"), 9: (7, "cc")})
    assert [(q.text, q.speaker_text) for q in rows] == [
        ("the budget was balanced", "Governor Jane Cole"), ("the deficit had doubled", "critics")]
    text = "Governor Jane Cole said she hopes to win, but she knows that the race is close."
    rows = run(text, people, arcs={11: (5, "conj"), 8: (5, "punct"), 9: (5, "cc")})
    assert [q.text for q in rows] == ["she hopes to win, but she knows that the race is close"]


def test_reason_after_the_reported_clause_is_part_of_it(run):
    text = "Governor Jane Cole said that deal smelled of panic, because the unions had backed the same plan."
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [q.text for q in rows] == ["deal smelled of panic, because the unions had backed the same plan"]


def test_object_after_a_dangling_or_is_the_second_half_of_the_object(run):
    rows = run("But the coach declined to fine the club or even openly call it guilty of the riot.")
    assert [(q.kind, q.text, q.cue) for q in rows] == [
        ("indirect", "fine the club or even openly call it guilty of the riot", "decline")]


def test_clause_after_a_dash_that_follows_the_object_is_an_aside(run):
    text = ("On Thursday, Governor Jane Cole spoke to a gathering of farmers, promising to lift the water rules "
            "and open more land to grazing ― probably not what the senator had in mind.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.text, q.cue) for q in rows] == [
        ("lift the water rules and open more land to grazing", "promise")]


def test_asserting_verb_reports_the_claim_its_object_names(run):
    rows = run("Governor Jane Cole reiterated her support for the water bill.",
               [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert brief(rows) == [("indirect", "her support for the water bill", "Governor Jane Cole", "jane-cole", "reiterate")]


def test_fragment_before_a_closing_attribution_is_reported(run):
    rows = run("People like Scott, he said.\nThe council met on Monday.")
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [("indirect", "People like Scott", "he")]


def test_a_day_is_not_what_someone_spoke_on(run):
    assert run("The governor spoke on Monday.\nThe governor spoke on the drought at length.") != []
    assert [q.text for q in run("The governor spoke on Monday.")] == []


def test_a_clause_the_parse_hangs_on_a_later_verb_belongs_to_the_verb_before_it(run):
    text = "While she acknowledged money was a major problem for the school, Jane Cole also noted several teachers had left."
    # the parse makes "money was ..." the complement of "noted" and leaves "acknowledged" without one
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("money was a major problem for the school", "she", "acknowledge"),
        ("several teachers had left", "Jane Cole", "note")]


def test_a_that_clause_is_no_object_of_a_verb_that_reports_no_clause(run):
    text = "Jane Cole, who has proposed that the board delay its vote, left the meeting early."
    assert run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])]) == []


def test_a_clause_reporting_verb_without_a_clause_reports_its_topic(run):
    text = "Jane Cole complained about the noise from the new stadium."
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert brief(rows) == [("indirect", "the noise from the new stadium", "Jane Cole", "jane-cole", "complain")]


def test_an_owned_statement_without_a_clause_reports_its_topic(run):
    text = "Jane Cole's remarks about the school budget drew applause."
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert brief(rows) == [("indirect", "the school budget", "Jane Cole", "jane-cole", "remark")]


def test_a_concession_closes_a_report_around_a_parenthetical_attribution(run):
    rows = run("The new dam, the ministry said, was its largest yet, although it may take weeks to fill it.")
    assert [(q.text, q.cue) for q in rows] == [("The new dam, the ministry said, was its largest yet", "say")]


def test_an_after_phrase_the_parse_hangs_on_the_verb_completes_a_reported_object(run):
    rows = run("The union cited her work after the floods and her position on leave benefits.")
    assert [(q.text, q.cue) for q in rows] == [("her work after the floods and her position on leave benefits", "cite")]


def test_a_closing_time_clause_after_an_instruction_is_the_reporters(run):
    rows = run("The ministry urged local officials to tighten their border checks after smugglers crossed the river.")
    assert [(q.text, q.cue) for q in rows] == [("local officials to tighten their border checks", "urge")]


def test_a_passive_reports_no_topic_after_it(run):
    text = ("That question deserves to be asked of every candidate for the council.\n\n"
            "Jane Cole’s called for lower bus fares for the elderly.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.text, q.cue) for q in rows] == [("lower bus fares for the elderly", "call")]


def test_what_say_takes_as_its_object_is_what_was_said(run):
    text = ("Jane Cole has said the same of every budget since 2019.\n"
            "Tom Hale has said little about how the coach will be chosen.\n"
            "Ann Reyes said Tuesday that fares would rise.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"]), ("tom-hale", "Tom Hale", ["Tom Hale"]),
                      ("ann-reyes", "Ann Reyes", ["Ann Reyes"])])
    assert [(q.text, q.speaker_id) for q in rows] == [
        ("the same of every budget since 2019", "jane-cole"),
        ("little about how the coach will be chosen", "tom-hale"),
        ("fares would rise", "ann-reyes")]


def test_an_object_left_by_a_relative_clause_with_a_gap_is_not_reported(run):
    # "which parents say [it] disadvantages ...": the relative pronoun is the subject of what was
    # said; the parse leaves the rest of that clause as an object of "say"
    text = "The board kept the old system, which parents say disadvantages needy schools."
    rows = run(text, arcs={7: (9, "nsubj"), 8: (9, "nsubj"), 9: (5, "relcl"), 10: (12, "nmod"), 11: (12, "amod"),
                           12: (9, "dobj")})
    assert [q.text for q in rows if "needy" in q.text and not q.text.startswith("the old")] == []


def test_a_phrase_coordinated_after_a_reported_clause_continues_it(run):
    # the parse hangs "and of ..." on the reporting verb: a verb is not coordinated with a phrase,
    # so the phrase is the reported clause's second half
    text = "Jane Roe said the fair brought back memories of her uncle, and of “the farms that are gone now.”"
    rows = run(text, [("jane-roe", "Jane Roe", ["Jane Roe"])], arcs={12: (2, "cc"), 13: (2, "prep")})
    assert [(q.kind, q.text, q.speaker_id) for q in rows if q.kind == "indirect"] == [
        ("indirect", "the fair brought back memories of her uncle, and of “the farms that are gone now.", "jane-roe")]


def test_a_dash_aside_ends_an_instruction(run):
    # what follows a single spaced dash after "urged X to ..." is the reporter's aside, as after an object
    text = "Mayor Ann Fold urged the council to fund the bridge repairs -- repairs that the mayor says are overdue."
    rows = run(text, [("ann-fold", "Ann Fold", ["Ann Fold"])])
    assert [(q.text, q.speaker_id) for q in rows][:1] == [("the council to fund the bridge repairs", "ann-fold")]


def test_a_finite_verb_after_an_infinitive_object_is_not_reported(run):
    # "promised to ... but are likely to ...": a finite verb cannot share the infinitive's form,
    # so it goes on with the subject, not with what was promised
    text = "The new bus rules, which promise to cut fares for pupils but are likely to anger drivers, start in May."
    rows = run(text, arcs={12: (8, "cc"), 13: (8, "conj")})
    assert [q.text for q in rows] == ["cut fares for pupils"]


def test_a_reported_object_does_not_end_on_a_possessive(run):
    # the parse makes "the city" the object of "welcoming" and hangs "plans" on "issued"
    rows = run("The union issued a statement welcoming the city’s plans to hire more nurses and to open two clinics.")
    assert [(q.text, q.cue) for q in rows] == [("the city’s plans to hire more nurses and to open two clinics", "welcome")]


def test_second_half_of_an_object_hung_on_a_distant_verb_is_reported(run):
    # the parse hangs "and as a senator" on "thanked", two steps above "cited"; a verb is not
    # coordinated with a prepositional phrase, so it is the object's second half
    rows = run("Reyes thanked the generals who cited her years as mayor and as a senator.",
               arcs={10: (1, "cc"), 11: (1, "conj")})
    assert [(q.text, q.cue) for q in rows] == [("her years as mayor and as a senator", "cite")]


@pytest.mark.parametrize("arcs", [
    {15: (2, "advcl")},  # "stop" hung on "advocates" as its adverbial clause
    {8: (2, "xcomp"), 15: (2, "advcl")},  # and "to raise" as its infinitive complement
])
def test_bare_base_form_after_an_infinitive_continues_the_list(run, arcs):
    text = "The union advocates a series of steps to raise the minimum wage for cleaners, stop unpaid overtime and remove barriers to organizing."
    assert [q.text for q in run(text, arcs=arcs)] == [
        "a series of steps to raise the minimum wage for cleaners, stop unpaid overtime and remove barriers to organizing"]


def test_a_how_clause_joined_after_the_topic_is_part_of_it(run):
    # the parse joins "how ..." to "spoke" as a second verb; a verb phrase does not open with "how"
    rows = run("The governor spoke of the drought, and how the farmers had survived it.")
    assert [q.text for q in rows] == ["the drought, and how the farmers had survived it"]


@pytest.mark.parametrize("arcs", [
    None,  # both clauses hung on "said" as its complements
    {1: (1, "ROOT"), 13: (1, "conj"), 6: (1, "cc"), 5: (1, "punct"), 8: (13, "ccomp")},  # "said" joined to "rose"
])
def test_closing_attribution_after_two_coordinated_clauses_reports_both(run, arcs):
    rows = run("Prices rose sharply in May, but wages stayed flat, the agency said.", arcs=arcs)
    assert [(q.text, q.speaker_text) for q in rows] == [("Prices rose sharply in May, but wages stayed flat", "the agency")]


def test_a_question_word_right_after_a_verb_with_no_object_opens_what_was_said(run):
    # the parse makes "when they would vote" the verb's adverbial clause, yet it is the question
    # the members left open
    text = "The council has not said when it will vote on the new budget."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("when it will vote on the new budget", "The council", "say")]


def test_instruction_misparsed_as_a_purpose_clause_after_a_phrase(run):
    # the parse takes "to “run ...”" for a purpose clause of "tells" after the phrase "at a team meeting"
    text = "Okafor tells her players at a team meeting to “run every drill twice” and then “rest all weekend with your families.”"
    rows = run(text, [("ada-okafor", "Ada Okafor", ["Okafor"])],
               arcs={5: (7, "det"), 6: (7, "compound"), 7: (4, "pobj"), 10: (1, "advcl"), 15: (10, "cc"), 18: (10, "conj")})
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("indirect", "her players at a team meeting to “run every drill twice” and then “rest all weekend with your "
                     "families.", "Okafor", "tell")]


def test_scene_phrase_between_object_and_reason_does_not_end_the_report(run):
    text = "Senator Reyes praised the fire chief in her weekly address for keeping the county safe."
    rows = run(text, [("ana-reyes", "Ana Reyes", ["Senator Reyes"])], arcs={10: (2, "prep")})
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the fire chief in her weekly address for keeping the county safe", "Senator Reyes", "praise")]


def test_a_reporting_conjunct_of_a_reported_state_goes_with_the_reporter(run):
    text = "The ministry said it was “strongly opposed” to the plan and warned the council to drop it."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows if q.cue == "warn"] == [
        ("the council to drop it", "The ministry", "warn")]


def test_a_for_clause_is_the_object_of_call_for(run):
    rows = run("A senator is calling for the minister to be removed from office.")
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "the minister to be removed from office", "A senator", "call")]
    assert run("The mayor waited for the rain to stop.") == []


def test_a_verbs_own_preposition_introduces_what_it_reports(run):
    rows = run("The senator did not respond to questions about the new budget.")
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "questions about the new budget", "The senator", "respond")]
    assert run("He spoke to reporters after the vote.") == []


def test_pronoun_object_is_what_the_verb_reports(run):
    text = ("The council passed the new budget on Monday. The mayor supported it.\n"
            "The senator defended himself at the hearing.")
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [("indirect", "it", "The mayor", "support")]


def test_infinitive_the_parse_hangs_on_the_verb_completes_the_object(run):
    # (the sm parse hangs "to raise ..." on "defended", not on "call")
    text = "The mayor defended his call to raise the city minimum wage to $15 an hour."
    rows = run(text)
    assert [q.text for q in rows if q.kind == "indirect"] == ["his call to raise the city minimum wage to $15 an hour"]


def test_object_infinitive_switched_off_leaves_the_object_alone(nlp):
    text = "The senator called the former governor to release the transcripts of her paid speeches."
    rows, counts = run_example(nlp, text, disabled={"row-classifier"})
    assert counts["object-infinitive"] == 1
    assert [q.text for q in rows] == ["the former governor to release the transcripts of her paid speeches"]
    off, _ = run_example(nlp, text, disabled={"row-classifier", "object-infinitive"})
    assert [q.text for q in off] == ["the former governor"]


def test_as_phrase_after_a_reporting_preposition_is_reported(nlp):
    text = "The senator pointed to the party as the key obstacle in passing the farm bill."
    rows, _ = run_example(nlp, text, disabled={"row-classifier"})
    assert [q.text for q in rows] == ["the party as the key obstacle in passing the farm bill"]
    off, _ = run_example(nlp, text, disabled={"row-classifier", "topic-characterized"})
    assert [q.text for q in off] == ["the party"]
