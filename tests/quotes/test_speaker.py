"""The speaker of a reporting verb through the parse (helpers.quotes.speaker)."""
from __future__ import annotations

import pytest

from helpers import quotes, sentences
from helpers.article import from_text
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables

from .support import brief, run_example, shows


def test_speaker_in_the_middle_and_pronoun(run):
    text = ("Mr. Brown spoke to reporters.\n"
            "“We are ready,” he added, both for the vote and for the talks, “including the budget.”")
    rows = run(text, [("tom-brown", "Tom Brown", ["Brown"])])
    assert brief(rows) == [
        ("direct", "We are ready,", "he", "tom-brown", "add"),
        ("partial", "including the budget.", "he", "tom-brown", "add"),
    ]


def test_colon_and_description_subject(run):
    text = "The party leader stressed: “We will act together on sanctions.”"
    rows = run(text)
    assert brief(rows) == [("direct", "We will act together on sanctions.", "The party leader", None, "stress")]


def test_relative_pronoun_speaker_resolves_to_its_antecedent(run):
    text = "Senator Smith, who said the vote was rigged, left early."
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [("indirect", "the vote was rigged", "who", "john-smith", "say")]


def test_acl_participle_speaker(run):
    text = "The ad uses footage of Tom Brown saying, “We will cut taxes for everyone.”"
    rows = run(text, [("tom-brown", "Tom Brown", ["Tom Brown"])])
    assert brief(rows) == [("direct", "We will cut taxes for everyone.", "Tom Brown", "tom-brown", "say")]


def test_report_runs_on_through_same_subject_clause_and_list_apposition(run):
    text = ("Smith says she hopes to win the seat, but she knows that the race is close.\n"
            "Jones said the council has long called for clean water, the repair of bridges and more buses.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"]), ("ann-jones", "Ann Jones", ["Jones"])])
    assert [q.text for q in rows if q.cue == "say"] == [
        "she hopes to win the seat, but she knows that the race is close",
        "the council has long called for clean water, the repair of bridges and more buses",
    ]


def test_parenthetical_report_hung_on_the_subject(run):
    text = "The trouble now, Smith told me in May, is that the fund is much smaller."
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [(q.kind, q.speaker_text, q.cue) for q in rows] == [("indirect", "Smith", "tell")]
    assert rows[0].text.startswith("The trouble now") and rows[0].text.endswith("the fund is much smaller")


def test_subject_speaks_in_an_utterance_the_sentence_opens_with(run):
    text = "In a statement, Senator Smith was more cautious than his fellow Democrats."
    rows = run(text, [("john-smith", "John Smith", ["Senator Smith"])])
    assert brief(rows) == [("indirect", "Senator Smith was more cautious than his fellow Democrats",
                            "Senator Smith", "john-smith", "in")]


def test_gerund_in_a_phrase_speaks_with_the_clause_subject(run):
    text = "Mayor Jane Cole answered the critics by saying the budget was balanced."
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert brief(rows) == [("indirect", "the budget was balanced", "Mayor Jane Cole", "jane-cole", "say")]


def test_it_as_the_subject_of_an_active_reporting_verb_speaks(run):
    text = "The lawsuit was filed on Monday. It says the company broke state law.\nIt is said that the company broke state law."
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [("indirect", "the company broke state law", "It")]


def test_a_day_after_the_verb_is_not_the_speaker(run):
    rows = run("“The videos will be released,” said Monday.\n“They will be released,” said Ann Lee.",
               [("ann-lee", "Ann Lee", ["Ann Lee"])])
    assert [(q.text, q.speaker_text) for q in rows if q.speaker_text] == [("They will be released,", "Ann Lee")]


def test_the_addressee_of_a_conjoined_verb_is_not_its_speaker(run):
    text = "Senator Jane Cole arrived in Ohio on Monday and urged Democrats to register before the deadline."
    rows = run(text, [("jane-cole", "Jane Cole", ["Senator Jane Cole"])])
    assert brief(rows) == [("indirect", "Democrats to register before the deadline", "Senator Jane Cole",
                            "jane-cole", "urge")]


def test_statement_issued_by_someone_speaks_for_its_issuer(run):
    text = "The Port Authority issued a statement calling the strike a plain breach of the contract."
    rows = run(text)
    assert [(q.text, q.speaker_text) for q in rows] == [
        ("the strike a plain breach of the contract", "The Port Authority")]


def test_the_object_of_a_reporting_participle_is_not_its_speaker(run):
    text = "Critics pointed to a video showing Governor Jane Cole stumbling on the stairs of the capitol."
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert all(q.speaker_id != "jane-cole" for q in rows)
    # ("pointed to" reports its object, the video with what it shows: the participle's report lies
    # inside it and is no row of its own, see report-inside-report)
    assert [(q.cue, q.speaker_text) for q in rows] == [("point", "Critics")]
    assert "a video showing Governor Jane Cole" in rows[0].text


def test_dateline_is_never_the_speaker(run):
    text = ("DENVER -- Governor Jane Cole, opening the new library on Tuesday, said it would serve every "
            "reader in the state.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Governor Jane Cole"])])
    assert [(q.text, q.speaker_id) for q in rows] == [("it would serve every reader in the state", "jane-cole")]


def test_one_heard_shouting_to_someone_that_speaks(run):
    text = "Jane Cole could be heard yelling to the nurses that her father was allergic."
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert brief(rows) == [("indirect", "her father was allergic", "Jane Cole", "jane-cole", "yell")]


def test_report_named_by_its_outlet_speaks_for_the_outlet(run):
    text = "The mayor is pouncing on a Boston Globe report that the council had a budget gap of $40 million."
    rows = run(text, arcs={12: (8, "relcl")})  # the that-clause hung on "report" as a relative clause
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the council had a budget gap of $40 million", "Boston Globe", "report")]


def test_reporting_verb_tagged_as_a_noun_keeps_its_subject_as_speaker(run):
    # the tagger calls "comments" a plural noun (NNS) with "Marsh" as its subject
    rows = run("But Marsh comments that she should be exempt.", [("kay-marsh", "Kay Marsh", ["Marsh"])])
    assert [(q.text, q.speaker_id) for q in rows] == [("she should be exempt", "kay-marsh")]


def test_a_dash_the_parse_makes_a_subject_is_no_speaker(run):
    text = "It was over ― Jane Cole boasted, “That makes us prudent.”"
    # the parser sometimes hangs the dash on the verb as a first subject
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])],
               arcs={3: (6, "nsubj"), 6: (1, "ccomp"), 5: (6, "nsubj")})
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [("direct", "That makes us prudent.", "Jane Cole")]


def test_a_subject_glued_to_the_phrase_before_it_gives_way_to_its_named_apposition(run):
    text = "With 20 days until the vote, Jane Cole, a senior adviser to the mayor, called the new budget \"a serious mistake\" for the city."
    # the parse makes "the vote" the subject and the name its apposition
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])],
               arcs={5: (17, "nsubj"), 8: (5, "appos"), 6: (5, "punct")})
    assert [(q.kind, q.speaker_text, q.speaker_id) for q in rows] == [("indirect", "Jane Cole", "jane-cole"),
                                                                       ("partial", "Jane Cole", "jane-cole")]


def test_a_name_the_parse_buries_in_the_opening_phrase_is_the_subject(run):
    text = "In an April meeting with the editors of the Harbor Times Jane Cole said that bus fares would go up in June."
    # the parse makes "Jane Cole" the end of "of the Harbor Times Jane Cole", leaving "said" without a subject
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [(q.kind, q.text, q.speaker_id, q.cue) for q in rows] == [
        ("indirect", "bus fares would go up in June", "jane-cole", "say")]
    text = ("When vandals are painted as soldiers in the latest round of the old turf feud, Jane Cole and Tom Brown "
            "call them \"bored teens\" and describe their acts as pranks.")
    # the parse joins the names to "feud" in the opening clause, leaving "call" without a subject
    rows = run(text, [("tom-brown", "Tom Brown", ["Tom Brown"])], arcs={17: (14, "conj")})
    assert (rows[0].kind, rows[0].speaker_id, rows[0].cue) == ("indirect", "tom-brown", "call")


@pytest.mark.parametrize("text, content", [
    ("After saying the budget was “a plain disgrace,” Jane Cole was taken to the hospital.", "the budget was"),
    ("Jane Cole was arrested on Monday and said the charges were false.", "the charges were false"),
])
def test_a_subjectless_report_shares_the_subject_of_a_passive_head(run, text, content):
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    row = next(q for q in rows if q.kind == "indirect")
    assert (row.text.startswith(content), row.speaker_id, row.cue) == (True, "jane-cole", "say")


def test_the_object_before_an_infinitive_report_is_its_speaker(run):
    text = "The committee forced Jane Cole, who ran the agency for a decade, to admit that the audit had been delayed."
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert brief(rows) == [("indirect", "the audit had been delayed", "Jane Cole", "jane-cole", "admit")]


def test_a_label_before_a_colon_is_not_the_subject(run):
    text = "The Update: Jane Cole urges voters to check their registration."
    # the parse makes both "Update" and "Jane Cole" subjects of "urges"
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])], arcs={1: (5, "nsubj")})
    assert [(q.speaker_text, q.speaker_id) for q in rows if q.cue == "urge"] == [("Jane Cole", "jane-cole")]


def test_a_finite_conjunct_hung_on_a_verb_of_another_form_joins_the_verb_above(run):
    text = "Governor Jo Hart said that the state would sell the old prison and suggested that it would close two more."
    rows = run(text, [("jo-hart", "Jo Hart", ["Governor Jo Hart"])])
    assert [(q.text, q.speaker_id, q.cue) for q in rows] == [
        ("the state would sell the old prison", "jo-hart", "say"), ("it would close two more", "jo-hart", "suggest")]


def test_a_conjunct_the_parse_makes_a_complement_shares_the_subject(run):
    text = 'Mayor Jane Cole said Monday that she believes the audit should be published but said "the real issue is the cost."'
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [(q.text, q.speaker_id) for q in rows if q.kind == "partial"] == [("the real issue is the cost.", "jane-cole")]


def test_a_gerund_after_despite_reports_for_the_main_subject(run):
    text = "Mayor Jane Cole, despite admitting that the budget was tight, approved the new park."
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert brief(rows) == [("indirect", "the budget was tight", "Mayor Jane Cole", "jane-cole", "admit")]


def test_a_participle_on_the_occasion_of_a_report_is_the_reporters(run):
    text = '"We will not back down," Mayor Jane Cole said at a news conference announcing that the city was suing the company.'
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [(q.text, q.speaker_id, q.cue) for q in rows if q.kind == "indirect"] == [
        ("the city was suing the company", "jane-cole", "announce")]
    text = "In a statement announcing the merger, the union called the deal a victory."
    rows = run(text)
    assert [(q.text, q.speaker_text) for q in rows if q.cue == "announce"] == [("the merger", "a statement")]


def test_a_reporting_verb_tagged_as_a_noun_with_a_subject_still_reports(run):
    text = "The plan is a mistake, the union's lawyer maintains."
    # the tagger takes "maintains" for a plural noun, but the parse gives it a subject
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("indirect", "The plan is a mistake", "the union's lawyer", "maintain")]


def test_a_noun_conjunct_hung_on_the_verb_above_a_reporting_gerund_is_the_objects_second_half(run):
    rows = run("The governor began by stressing public safety, and a plan to hire more nurses.")
    assert [(q.text, q.cue) for q in rows] == [("public safety, and a plan to hire more nurses", "stress")]


def test_a_base_form_hung_on_a_reporting_gerund_continues_its_object(run):
    # the parse coordinates "shut" with "criticizing"; a base form cannot share a gerund's form
    text = "Speaking at the hearing, she kept criticizing the agency's plan to “streamline” or shut rural clinics."
    rows = run(text, arcs={17: (7, "conj"), 16: (7, "cc")})
    assert [(q.kind, q.text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("indirect", "the agency's plan to “streamline” or shut rural clinics", "criticize")]


def test_a_participle_that_names_its_noun_reports_nothing(run):
    text = ("The fund, called Green Start, pays farmers to plant trees.\n\n"
            "Jane Cole runs a charity called Bread for All in the city.")
    rows = run(text, [("jane-cole", "Jane Cole", ["Jane Cole"])])
    assert [q.text for q in rows] == []


def test_a_sentence_rooted_in_its_subjects_name_still_has_a_speaker(run):
    # the parse takes "called" for a participle on the name ("a man called Friday")
    text = "Ms. Reyes called Friday for releasing the videos."
    rows = run(text, [("ann-reyes", "Ann Reyes", ["Ms. Reyes"])],
               arcs={1: (1, "ROOT"), 0: (1, "compound"), 2: (1, "acl"), 3: (2, "oprd"), 4: (2, "prep"),
                     5: (4, "pcomp"), 6: (7, "det"), 7: (5, "dobj"), 8: (1, "punct")})
    assert [(q.text, q.speaker_id, q.cue) for q in rows] == [("releasing the videos", "ann-reyes", "call")]


def test_people_included_after_what_was_said_are_more_speakers(run):
    text = ("Two senators have said the same thing, including Ann Reyes, the old governor.\n"
            "The mayor criticized several senators, including Ann Reyes.")
    rows = run(text, [("ann-reyes", "Ann Reyes", ["Ann Reyes"])])
    assert [q.text for q in rows] == ["the same thing", "several senators, including Ann Reyes"]


def test_a_reporting_gerund_after_a_comma_and_a_preposition_is_a_report_of_its_own(run):
    text = "Mayor Ann Fold refused to name the new chief, aside from saying she wants someone from the city."
    rows = run(text, [("ann-fold", "Ann Fold", ["Ann Fold"])],
               arcs={9: (5, "punct"), 10: (5, "advmod"), 11: (10, "prep"), 12: (11, "pcomp"), 14: (12, "ccomp")})
    assert [q.text for q in rows if q.cue == "refuse"] == ["name the new chief"]


def test_a_predicate_the_parse_cuts_off_its_subject_goes_on_with_the_report(run):
    # "the money being spent ... shows ...": the parse makes the subject with its participle the
    # reported clause and hangs the predicate on "believe" as a second clause with no subject
    text = "Some analysts believe the money being spent on advertising in Ohio shows the party is nervous about the state."
    assert [q.text for q in run(text)] == [
        "the money being spent on advertising in Ohio shows the party is nervous about the state"]
    # "agreed Smith won ...": the subject taken for the verb's object, the predicate hung elsewhere
    rows = run("Most viewers agreed Smith won the debate.", arcs={3: (2, "dobj"), 4: (2, "conj")})
    assert [q.text for q in rows] == ["Smith won the debate"]


def test_a_subjectless_first_complement_runs_on_to_the_clause_after_it(run):
    # the parse makes "no matter the venue" a complement of its own and hangs the real clause
    # on "learned" as a second one
    text = ("Voters learned again during the long campaign that no matter the venue, no matter the cost, "
            "no matter the crowd, the senator will insist on being the senator.")
    rows = run(text)
    assert [q.text for q in rows if q.cue == "learn"] == [
        "that no matter the venue, no matter the cost, no matter the crowd, the senator will insist on being the senator"]


def test_a_predicate_cut_off_two_coordinated_subjects_takes_both(run):
    # "the mayor and her aides" taken for the object of "showed", "spent" hung on it as a conjunct
    rows = run("The audit showed the mayor and her aides spent $2 million on travel.",
               arcs={4: (2, "dobj"), 8: (2, "conj")})
    assert [q.text for q in rows] == ["the mayor and her aides spent $2 million on travel"]
    # a noun joined inside the reported clause opens a clause of its own
    # ("Democrats" joined to "case", "accused" hung on "said" as a second complement)
    rows = run("Republicans said they are convinced the agency mishandled the case and Democrats accused them of stalling.",
               arcs={11: (9, "conj"), 10: (9, "cc"), 12: (1, "ccomp")})
    assert "accused" not in [q.text for q in rows][0]


def test_a_verb_hung_on_the_last_noun_of_the_subjects_apposition_is_the_subjects(run):
    # the parse makes "called" a participle on "election" and the closing "saying" the root
    text = ("Mayor Jo Hart (D), the governor's rival in the coming election, called Friday for opening "
            "the police files, saying that residents deserve answers.")
    rows = run(text, [("jo-hart", "Jo Hart", ["Mayor Jo Hart"])])
    assert [(q.text, q.speaker_id, q.cue) for q in rows] == [
        ("opening the police files", "jo-hart", "call"),
        ("residents deserve answers", "jo-hart", "say")]


def test_an_opening_reporting_gerund_parsed_as_a_subject_reports_the_clause_before_the_comma(run):
    # the parse makes "Arguing" the subject of "is" and "the tax" its object
    text = "Arguing the tax is unfair to farmers, the senator said a new bill was needed."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the tax is unfair to farmers", "the senator", "argue"),
        ("a new bill was needed", "the senator", "say")]


def test_a_stance_adjective_the_parse_makes_a_participle_or_object_predicate(run):
    text = ("The senator came away convinced that real reforms were underway.\n"
            "Protesters were frustrated that the police released only some of the footage.\n"
            "The mayor seemed confident that the bill would pass.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("real reforms were underway", "The senator", "convinced"),
        ("the police released only some of the footage", "Protesters", "frustrated"),
        ("the bill would pass", "The mayor", "confident")]


def test_a_stance_adjective_with_a_subject_of_its_own_reports_its_topic(run):
    text = "With most voters deeply skeptical of the new tax, the mayor dropped the plan."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [("the new tax", "most voters", "skeptical")]


def test_an_as_aside_the_parse_makes_the_main_clause_names_its_own_speaker(run):
    # the parse makes "Hawaii" the subject of "pointed" and the advisers the object of "as"
    text = "Vermont, as one of the governor's aides pointed out, rarely sees two floods in one year."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("rarely sees two floods in one year", "one", "point out")]


def test_participle_after_a_dash_aside_goes_with_the_verb_outside_it(run):
    # the parse hangs "chanting" on the verb inside the dashes, whose subject is the council members
    text = ("Hundreds of striking nurses marched through the streets near City Hall - where the council "
            "members were meeting - while chanting, \"Pay us what we are worth.\"")
    rows = run(text, arcs={20: (17, "advcl")})
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows] == [
        ("direct", "Pay us what we are worth.", "Hundreds", "chant")]


def test_report_the_parse_makes_the_main_verb_between_subject_and_predicate(run):
    text = "These nurses, Ortiz explained later in the briefing, were “badly overworked,” covering shifts of up to sixteen hours."
    rows = run(text, [("eva-ortiz", "Eva Ortiz", ["Ortiz"])])
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in rows if q.kind == "indirect"] == [
        ("indirect", "These nurses, Ortiz explained later in the briefing, were “badly overworked,” covering shifts "
                     "of up to sixteen hours", "Ortiz", "explain")]


def test_a_participle_on_a_phrase_of_place_or_manner_is_said_by_the_clause_subject(run):
    text = "The firms hid their losses well, in some cases reporting lower sales to regulators."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("lower sales to regulators", "The firms", "report")]


def test_a_closing_participle_after_a_reported_clause_goes_with_the_reporter(run):
    text = "Economists said higher rents have slowed hiring, citing the steep cost of office space."
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("higher rents have slowed hiring", "Economists", "say"),
        ("the steep cost of office space", "Economists", "cite")]


def test_a_paper_or_lawsuit_someone_files_speaks_for_its_filer(run):
    text = ("The think tank published a paper praising the city's new transit plan.\n"
            "The tenants filed a lawsuit disputing the eviction rules.")
    rows = run(text)
    assert [(q.text, q.speaker_text, q.cue) for q in rows] == [
        ("the city's new transit plan", "The think tank", "praise"),
        ("the eviction rules", "The tenants", "dispute")]


def test_it_reporting_inside_an_organisations_report_is_that_organisation(nlp):
    text = "The ministry says it is “strongly opposed” to the plan and has warned the council to drop it."
    article = from_text(text, published="2025-05-16")
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors.append(Actor("a1", "Ministry", "organization", None, None, 0, 0))
    tables.mentions.append(Mention("a1", 4, 12, "ministry", 0, "name"))
    from helpers import coref  # as in the engine: pronouns resolve before quotes ("it" of a body's report)

    tables.mentions += coref.extract(doc, article, tables)
    rows = quotes.extract(doc, article, tables)
    assert [(q.text, q.speaker_text, q.speaker_id) for q in rows if q.cue == "warn"] == [
        ("the council to drop it", "it", "a1")]


@pytest.mark.parametrize("text, verb, inverted", [
    ("“We are ready for talks,” said Dmitry Peskov.", "said", True),
    ("The talks will resume, added the minister.", "added", True),
    ("The aide then told Mr. Obama the plan was dead.", "told", False),
    ("She praised the plan and attacked Senator Cole.", "attacked", False),
])
def test_an_inverted_speaker_comes_only_after_its_content(nlp, text, verb, inverted):
    from helpers.quotes.speaker import _after_its_content

    doc = nlp(text)
    assert _after_its_content(next(t for t in doc if t.text == verb)) is inverted


def test_infinitive_of_a_predicate_adjective_is_its_subjects(run):
    rows = run("The senator was quick to add that the bill does not cover the stadium.")
    assert brief(rows) == [("indirect", "the bill does not cover the stadium", "The senator", None, "add")]


def test_expletive_it_before_an_adjective_and_infinitive_names_no_one(run):
    assert run("It is hard to see why the council would agree to the plan.") == []
    assert run("It’s safe to say the mayor will lose the vote in November.") == []


def test_a_percentage_speaks(run):
    rows = run("In the new poll, 42% say the governor should resign.")
    assert brief(rows) == [("indirect", "the governor should resign", "42%", None, "say")]


def test_a_thing_its_subject_made_speaks_for_the_subject_but_a_person_speaks_for_themselves(nlp):
    made = "The council approved a resolution condemning the mayor's remarks."
    rows, counts = run_example(nlp, made, disabled={"row-classifier"})
    assert counts["made-thing-issuer"] == 1 and shows(rows, "The council", "the mayor's remarks")
    off, _ = run_example(nlp, made, disabled={"row-classifier", "made-thing-issuer"})
    assert not shows(off, "The council", "the mayor's remarks")
    person = "The council thanked the volunteers praising the mayor's work."
    rows, counts = run_example(nlp, person, disabled={"row-classifier"})
    assert counts["made-thing-issuer"] == 0
