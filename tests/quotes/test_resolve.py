"""Speakers that no mention resolves: descriptions and pronouns (helpers.quotes.resolve), and a
report that a second attribution after a dash ends (invented sentences)."""
from __future__ import annotations

from .support import run_example


def speakers(nlp, text, disabled=()):
    rows, _ = run_example(nlp, text, disabled=disabled)
    return [(q.text, q.speaker_text, q.speaker_id) for q in rows]


def test_a_described_leader_is_the_person_named_before_not_the_organisation(nlp, monkeypatch):
    text = "Vladimir Putin met the governors in Moscow. The Kremlin leader said Russia would not retreat."
    assert speakers(nlp, text) == [("Russia would not retreat", "The Kremlin leader", "vladimir-putin")]
    # with no person named before, the Kremlin does not speak for its leader
    alone = speakers(nlp, "The Kremlin leader said Russia would not retreat from the region.")
    assert alone == [("Russia would not retreat from the region", "The Kremlin leader", None)]
    # with the rule off, the speaker is the organisation the description names; that needs the
    # Kremlin as an actor, which the actor rule modifier-only-body drops when it only names a post
    monkeypatch.setenv("HELPERS_ACTOR_RULES_OFF", "modifier-only-body")
    off = speakers(nlp, "The Kremlin leader said Russia would not retreat from the region.",
                   disabled={"description-speaker"})
    assert off[0][2] == "kremlin"


def test_a_described_body_is_the_organisation_named_before(nlp):
    text = "The broadcaster NTV was banned in the country last year. The network said the decision was political."
    assert speakers(nlp, text) == [("the decision was political", "The network", "ntv")]


def test_two_people_named_before_leave_a_bare_role_unresolved(nlp):
    text = "Anna Berg and Tom Reed met on Monday. The minister said the talks went well."
    assert speakers(nlp, text)[0][2] is None
    text = "Foreign Minister Anna Berg met Tom Reed on Monday. The minister said the talks went well."
    assert speakers(nlp, text)[0][2] == "anna-berg"


def test_a_pronoun_far_from_its_name_goes_on_with_the_last_speaker_of_its_gender(nlp):
    text = ("“We will not retreat,” Jo Hart said.\n\nThe council met on Monday. The vote was close. "
            "The budget passed.\n\nHe warned that taxes would rise.")
    assert speakers(nlp, text)[-1] == ("that taxes would rise", "He", "jo-hart")
    assert speakers(nlp, text.replace("Jo Hart", "Mrs. Jo Hart"))[-1] == ("that taxes would rise", "He", None)


def test_a_second_attribution_after_a_dash_ends_the_report(nlp):
    text = ("Vladimir Putin said Russia will only end the war if Kyiv gives up four regions – terms Kyiv "
            "immediately dismissed as a “complete sham”.")
    rows = speakers(nlp, text)
    assert rows[0] == ("Russia will only end the war if Kyiv gives up four regions", "Vladimir Putin", "vladimir-putin")
    assert ("complete sham", "Kyiv", "ukraine") in rows
