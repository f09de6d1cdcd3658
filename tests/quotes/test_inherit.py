"""Speakers passed on: quotations inside reports, unattributed quotations, interrupted quotations (helpers.quotes.inherit)."""
from __future__ import annotations

from .support import brief


def test_floating_quote_inherits_only_when_clear(run):
    text = ("“Prices will fall,” Smith said. “Wages will rise.”\n"
            "Jones arrived later.\n"
            "“Nobody knows what comes next.”")
    rows = run(text, [("john-smith", "John Smith", ["Smith"]), ("ann-jones", "Ann Jones", ["Jones"])])
    # the attribution closes its sentence: the next quotation is a row of its own, which inherits
    # the speaker; the last one, after another name, has none
    assert brief(rows) == [
        ("direct", "Prices will fall,", "Smith", "john-smith", "say"),
        ("direct", "Wages will rise.", "Smith", "john-smith", None),
        ("direct", "Nobody knows what comes next.", None, None, None),
    ]


def test_headline_quotation_takes_speaker_from_body(run):
    text = ("“The Deal Is Dead”\n"
            "Senator Grey said on Tuesday that the deal is dead and buried.")
    rows = run(text, [("amy-grey", "Amy Grey", ["Senator Grey"])])
    assert brief(rows)[0] == ("direct", "The Deal Is Dead", "Senator Grey", "amy-grey", None)


def test_interrupted_quotation_with_a_fragment_after_the_attribution_is_one_row(run):
    text = "“The share of farms run by young couples has halved,” Smith wrote, “and most of them rent their land.”"
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert brief(rows) == [("direct", "The share of farms run by young couples has halved,” Smith wrote, "
                                      "“and most of them rent their land.", "Smith", "john-smith", "write")]


def test_quotation_inside_a_reported_clause_is_partial(run):
    text = "“You pushed nurses past their limits” to cut the hospital's costs, Smith said."
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [(q.kind, q.text) for q in rows] == [
        ("indirect", "You pushed nurses past their limits” to cut the hospital's costs"),
        ("partial", "You pushed nurses past their limits"),
    ]


def test_interruption_with_a_second_reporting_verb_is_not_merged(run):
    text = "“We will rebuild this town,” Mayor Jane Cole sings to the crowd before asking them, “Are you with me?”"
    rows = run(text, [("jane-cole", "Jane Cole", ["Mayor Jane Cole"])])
    assert [(q.kind, q.text, q.speaker_id) for q in rows] == [
        ("direct", "We will rebuild this town,", "jane-cole"), ("direct", "Are you with me?", "jane-cole")]


def test_dash_signature_the_ner_misses_still_signs_its_quotation(run):
    text = ("“The city never listens to us.” ― Maren Okafor\n"
            "“We pay our taxes and we get nothing back.” ― Delia Brandt\n")
    rows = run(text, ents=False)
    assert [(q.text, q.speaker_text) for q in rows] == [
        ("The city never listens to us.", "Maren Okafor"), ("We pay our taxes and we get nothing back.", "Delia Brandt")]


def test_a_no_break_space_before_the_signing_dash(run):
    text = ("“The bus never comes on time.” ― Rosa Delgado\n"
            "“We pay our fares and we wait an hour.”\u00a0― Nina Ortega\n")
    rows = run(text, [("rosa", "Rosa Delgado", ["Rosa Delgado"]), ("nina", "Nina Ortega", ["Nina Ortega"])])
    assert [(q.text, q.speaker_id) for q in rows] == [
        ("The bus never comes on time.", "rosa"), ("We pay our fares and we wait an hour.", "nina")]


def test_interruption_is_weighed_against_the_quotations_with_their_marks(run):
    # the attribution (28 characters between the marks) is longer than the two quotations' words
    # (25) but not than the quotations with their marks (29): one row
    text = "“We will,” Okafor told the big crowd, “we will, friends.”"
    rows = run(text, [("ada-okafor", "Ada Okafor", ["Okafor"])])
    assert brief(rows) == [("direct", "We will,” Okafor told the big crowd, “we will, friends.", "Okafor",
                            "ada-okafor", "tell")]


def test_an_attribution_that_closes_its_sentence_splits_the_quotation(run):
    text = "“It is a terrible thing you have done,” she said to the judge. “You believe you can lie.”"
    rows = run(text)
    assert [(q.kind, q.text, q.speaker_text) for q in rows] == [
        ("direct", "It is a terrible thing you have done,", "she"), ("direct", "You believe you can lie.", "she")]


def test_a_quotation_inside_the_writers_next_sentence_is_no_continuation(run):
    # "Her office is in a" is the writer's sentence, not the attribution: no merged row
    text = ("“We will fight this,” Jones said. Her office is in a “historic business district by the old "
            "river” downtown.")
    rows = run(text, [("ann-jones", "Ann Jones", ["Jones"])])
    assert rows[0].text == "We will fight this,"


def test_short_fragment_in_the_next_paragraph_does_not_inherit_the_speaker(run):
    text = "“We will fight this,” Jones said.\nHer office is in a “historic business district” near the river."
    rows = run(text, [("ann-jones", "Ann Jones", ["Jones"])])
    assert brief(rows) == [("direct", "We will fight this,", "Jones", "ann-jones", "say")]


def test_a_signature_line_after_a_quotation_paragraph(run):
    text = ("Heard this week.\n\n“The budget is a moral document. We will fight for every line of it.”\n\n"
            "-Senator Ana Ruiz, speaking after the vote.\n\n“We lost a year.”\n\n- Reduce the waiting lists first.")
    rows = run(text)
    assert [(q.text[:10], q.speaker_text) for q in rows if q.kind == "direct"][0] == ("The budget", "-Senator Ana Ruiz")
    assert not any("Reduce" in (q.speaker_text or "") for q in rows)  # a list item is no signature
