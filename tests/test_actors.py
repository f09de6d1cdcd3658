"""Actors and mentions on small texts written for these tests."""
from __future__ import annotations

import pytest

from helpers import actors, sentences
from helpers.article import from_text
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables


@pytest.fixture(scope="module")
def run(extract_actors):
    return extract_actors


def spans(mentions, actor_id):
    return [(m.text, m.how) for m in mentions if m.actor_id == actor_id]


def test_titles_descriptions_and_surnames(run):
    found, mentions = run("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. "
                          "The German chancellor said the talks were useful. Macron agreed.")
    assert found == [
        Actor("olaf-scholz", "Olaf Scholz", "person", "Chancellor", "DEU", 2, 0),
        Actor("emmanuel-macron", "Emmanuel Macron", "person", "President", "FRA", 2, 34),
    ]
    assert mentions == [
        Mention("olaf-scholz", 0, 29, "German Chancellor Olaf Scholz", 0, "title"),
        Mention("emmanuel-macron", 34, 66, "French President Emmanuel Macron", 0, "title"),
        Mention("olaf-scholz", 77, 98, "The German chancellor", 1, "description"),
        Mention("emmanuel-macron", 127, 133, "Macron", 2, "alias"),
    ]


def test_apposition_gives_role_and_country_to_an_unknown_person(run):
    found, mentions = run("Jane Doorn, the Dutch ambassador, said on Monday that talks would continue. "
                          "Doorn added that nothing was agreed.")
    assert found == [Actor("jane-doorn", "Jane Doorn", "person", "ambassador", "NLD", 3, 0)]
    assert spans(mentions, "jane-doorn") == [
        ("Jane Doorn", "name"), ("the Dutch ambassador", "description"), ("Doorn", "alias")]


def test_possessor_lends_its_country_and_copula_adds_a_role(run):
    found, mentions = run("Russian President Vladimir Putin flew in. The head of the delegation is Putin's "
                          "chief adviser, Tom Baker. Baker said little.")
    baker = next(a for a in found if a.name == "Tom Baker")
    assert (baker.kind, baker.country, baker.role) == ("person", "RUS", "chief adviser; head of the delegation")
    assert spans(mentions, "tom-baker") == [
        ("The head of the delegation", "description"), ("Putin's chief adviser", "description"),
        ("Tom Baker", "name"), ("Baker", "alias")]
    assert spans(mentions, "vladimir-putin") == [("Russian President Vladimir Putin", "title"), ("Putin", "alias")]


def test_capital_is_the_government_only_when_it_speaks(run):
    found, mentions = run("Moscow says the meeting was useful. Many people live in Moscow.")
    assert [(a.actor_id, a.kind, a.country) for a in found] == [("kremlin", "organization", "RUS")]
    assert spans(mentions, "kremlin") == [("Moscow", "alias")]


def test_seat_of_government_is_always_an_organization(run):
    found, mentions = run("Reporters waited outside the Kremlin for hours.")
    assert [(a.actor_id, a.kind, a.country) for a in found] == [("kremlin", "organization", "RUS")]


def test_acronym_in_parentheses_is_an_alias(run):
    found, mentions = run("The North Pacific Fisheries Commission (NPFC) met on Tuesday. "
                          "The NPFC said quotas would fall.")
    assert [a.actor_id for a in found] == ["north-pacific-fisheries-commission"]
    assert spans(mentions, "north-pacific-fisheries-commission") == [
        ("The North Pacific Fisheries Commission", "name"), ("NPFC", "alias"), ("The NPFC", "alias")]


def test_acting_countries_are_actors_and_locations_are_not(run):
    found, _ = run("The talks were mediated by Turkey. Ukraine said it was ready. They met in Poland.")
    assert [(a.actor_id, a.kind, a.country) for a in found] == [
        ("turkey", "country", "TUR"), ("ukraine", "country", "UKR")]


def test_one_person_for_full_name_surname_and_honorific(run):
    found, mentions = run("John Smith arrived late. Smith said he was tired, and Mr. Smith left.")
    assert [a.actor_id for a in found] == ["john-smith"]
    assert spans(mentions, "john-smith") == [("John Smith", "name"), ("Smith", "alias"), ("Mr. Smith", "title")]


def test_party_leader_description_and_party_actor(run):
    found, mentions = run("British Prime Minister Keir Starmer spoke in Tirana.\n\n"
                          "The Labour leader said Russia was stalling.")
    ids = {a.actor_id: a for a in found}
    assert ids["labour"].kind == "organization" and ids["labour"].country == "GBR"
    assert spans(mentions, "keir-starmer") == [
        ("British Prime Minister Keir Starmer", "title"), ("The Labour leader", "description")]


def test_former_role_resolves_a_description(run):
    found, mentions = run("NATO chief Mark Rutte arrived. The former Dutch prime minister said allies agreed.")
    assert ("The former Dutch prime minister", "description") in spans(mentions, "mark-rutte")


def test_vice_president_is_not_the_president(run):
    found, mentions = run("President Barack Obama and Vice President Joe Biden spoke. The president said more.",
                          published="2016-09-01")
    assert ("The president", "description") in spans(mentions, "barack-obama")
    assert ("The president", "description") not in spans(mentions, "joe-biden")


def test_acting_group_of_officials(run):
    found, _ = run("European leaders voiced skepticism. The Ukrainian and Russian delegations are holding talks.")
    groups = [(a.name, a.kind, a.country) for a in found if a.kind == "group"]
    assert groups == [("European leaders", "group", None), ("Ukrainian and Russian delegations", "group", None)]


def test_boilerplate_feeds_no_actor(run):
    found, _ = run("Senator Mary Walsh spoke first.\n\nPlease donate to support our journalism, Tom Hardy says.")
    assert [a.actor_id for a in found] == ["mary-walsh"]


def test_two_people_sharing_a_surname_stay_apart(run):
    found, mentions = run("Gary Johnson spoke. Homeland Security Secretary Jeh Johnson disagreed. Johnson left.",
                          published="2016-09-30")
    people = [a.name for a in found if a.kind == "person"]
    assert "Gary Johnson" in people and "Jeh Johnson" in people
    assert ("Homeland Security Secretary Jeh Johnson", "title") in spans(mentions, "jeh-johnson")


def test_mismatched_doc_is_a_value_error(nlp):
    article = from_text("Some text about Jane Doorn.")
    tables = ArticleTables(article=article.row())
    with pytest.raises(ValueError):
        actors.extract(nlp("Other text."), article, tables)


def test_recount_uses_every_mention():
    a = Actor("x", "X", "person", None, None, 1, 10)
    ms = [Mention("x", 5, 6, "h", 0, "pronoun"), Mention("x", 10, 11, "X", 0, "name")]
    assert actors.recount([a], ms) == [Actor("x", "X", "person", None, None, 2, 5)]


def test_slugify():
    assert actors.slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert actors.slugify("  ") == "actor"


def test_title_and_honorific_choose_between_people_sharing_a_surname(run):
    _, mentions = run("Hillary Clinton spoke in Ohio. Reporters later asked President Clinton about the old trade deal. "
                      "Mrs. Clinton declined to comment. Mr. Clinton did not.", published="2016-09-25")
    assert spans(mentions, "hillary-clinton") == [("Hillary Clinton", "name"), ("Mrs. Clinton", "title")]
    assert spans(mentions, "bill-clinton") == [("President Clinton", "title"), ("Mr. Clinton", "title")]


def test_description_picks_the_role_that_fits_best(run):
    _, mentions = run("Donald Trump and Mike Pence spoke. The Republican vice presidential nominee said more. "
                      "The Republican nominee left.", published="2016-09-25")
    assert spans(mentions, "mike-pence") == [("Mike Pence", "name"),
                                             ("The Republican vice presidential nominee", "description")]
    assert spans(mentions, "donald-trump") == [("Donald Trump", "name"), ("The Republican nominee", "description")]


def test_person_inside_a_title_lends_the_country(run):
    found, mentions = run("Hillary Clinton spoke. Clinton campaign spokeswoman Dana Ruiz told reporters she would win.",
                          published="2016-09-25")
    ruiz = next(a for a in found if a.actor_id == "dana-ruiz")
    assert (ruiz.role, ruiz.country) == ("Clinton campaign spokeswoman", "USA")
    assert spans(mentions, "dana-ruiz") == [("Clinton campaign spokeswoman Dana Ruiz", "title")]


def test_token_strings_read_once_agree_with_the_doc(nlp):
    # the extractor reads lower text, lemma, POS and tag from Doc arrays once for speed;
    # they must be what the Tokens say, or the role and description rules would drift
    text = ("Ukraine\u2019s Foreign Minister Dmytro Kuleba met the U.S. Secretary of State in K\u00f6ln.\n\n"
            "European leaders were meeting; the vice-presidents said nothing.")
    article = from_text(text, published="2022-03-01")
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    ex = actors._Extractor(doc, article, tables)
    assert ex.lowers == [t.text.lower() for t in doc]
    assert ex.lemmas == [t.lemma_.lower() for t in doc]
    assert ex.pos == [t.pos_ for t in doc]
    assert ex.tags == [t.tag_ for t in doc]
    assert [ex._role_at(i) for i in range(len(doc))] == [actors._role_at(doc, i) for i in range(len(doc))]
    assert any(r is not None and r[1] == "secretary of state" for r in map(ex._role_at, range(len(doc))))


def test_a_country_named_twice_is_an_actor_though_it_does_not_act(run, monkeypatch):
    from helpers.actors import groups

    # named twice, not only as a place (that is ``place-only-country``, tests/test_actors_countries.py)
    text = "The talks were about Poland. Later the report praised Poland. They met in Chile."
    found, _ = run(text)
    assert [(a.actor_id, a.kind, a.n_mentions) for a in found] == [("poland", "country", 2)]
    monkeypatch.setattr(groups, "COUNTRY_NAMED_TWICE", False)
    assert run(text)[0] == []


def test_a_committee_on_a_place_and_its_short_forms(run):
    found, mentions = run("The House Select Committee on Benghazi met on Monday. The Select Committee later "
                          "interviewed Jane Roe. The Benghazi committee said the Committee was right.")
    orgs = [a for a in found if a.kind == "organization"]
    assert [a.actor_id for a in orgs] == ["house-select-committee-on-benghazi"]
    assert [m.text for m in mentions if m.actor_id == orgs[0].actor_id] == [
        "The House Select Committee on Benghazi", "The Select Committee", "The Benghazi committee", "the Committee"]


def test_a_company_without_its_suffix_and_no_generic_acronym(run):
    found, _ = run("Platte River Networks deleted the files. Platte River said the super PAC asked for them. "
                   "The PAC denied it.")
    assert [a.actor_id for a in found if a.kind == "organization"] == ["platte-river-networks"]


def test_a_body_name_does_not_run_on_into_a_date(run):
    found, _ = run("The United Nations Security Council on Friday condemned the attack.")
    assert [a.name for a in found] == ["United Nations Security Council"]


def test_a_dotted_acronym_is_the_body_of_the_gazetteer(run):
    found, _ = run("The F.B.I. is examining the emails. The F.B.I. declined to comment.")
    assert [(a.kind, a.n_mentions) for a in found] == [("organization", 2)]


def test_a_body_named_only_in_a_post_or_a_race_is_no_actor(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("modifier-only-body")
    found, _ = run(text)
    assert [a.kind for a in found if a.kind != "person"] == []
    monkeypatch.setenv(rules.OFF_SETTING, "modifier-only-body")
    assert {"Senate", "House"} <= {a.name for a in run(text)[0]}


def test_a_body_that_modifies_other_nouns_stays(run):
    found, _ = run("Federal Election Commission records show that Jane Holt gave money. Holt said so.")
    assert "Federal Election Commission" in [a.name for a in found]


@pytest.mark.parametrize("name, group", [("possessor-in-group-name", "Jane Holt's aides"),
                                         ("nationality-group", "Palestinians"),
                                         ("nationality-group-named-twice", "Moldovans")])
def test_group_rules_on_and_off(run, monkeypatch, name, group):
    from helpers.actors import rules

    text = rules.example(name)
    assert group in [a.name for a in run(text)[0] if a.kind == "group"]
    monkeypatch.setenv(rules.OFF_SETTING, name)
    assert group not in [a.name for a in run(text)[0] if a.kind == "group"]


def test_an_unnamed_speaker_is_a_person_of_their_own(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("unnamed-speaker")
    found, mentions = run(text)
    official = next(a for a in found if a.kind == "person")
    assert (official.name, official.country) == ("Moldovan trade official", "MDA")
    assert [m.text for m in mentions if m.actor_id == official.actor_id] == ["A Moldovan trade official", "The official"]
    monkeypatch.setenv(rules.OFF_SETTING, "unnamed-speaker")
    assert [a for a in run(text)[0] if a.kind == "person"] == []
    assert [a for a in run("A spokesman said the talks had stalled.")[0] if a.kind == "person"] == []


def test_a_generational_suffix_is_no_surname(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("name-suffix")
    assert [(a.name, a.n_mentions) for a in run(text)[0]] == [("Tom Marsh IV", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "name-suffix")
    assert len(run(text)[0]) == 2


def test_a_group_named_short_is_the_group_named_in_full(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("group-short-form")
    assert [(a.name, a.n_mentions) for a in run(text)[0] if a.kind == "group"] == [("Senior Moldovan officials", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "group-short-form")
    assert len([a for a in run(text)[0] if a.kind == "group"]) == 2


def test_a_gazetteer_body_named_with_its_country_is_one_actor(run):
    found, _ = run("The U.S. Supreme Court ruled on Monday. The Supreme Court said the law stood. "
                   "The Fed said rates would hold, and the Federal Reserve later confirmed it.")
    assert sorted(a.name for a in found if a.kind == "organization") == ["Federal Reserve", "Supreme Court"]


def test_a_surname_cut_off_a_body_leaves_no_dangling_word(run):
    found, _ = run("Carly Fiorina spoke on Monday. The Cruz-Fiorina ticket said it would win. Fiorina agreed.")
    assert not [a.name for a in found if a.name.endswith(("-", "&"))]


def test_a_person_name_ends_before_a_preposition(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("person-name-edges")
    assert [a.name for a in run(text)[0]] == ['Juan "Chico" Marsh']
    monkeypatch.setenv(rules.OFF_SETTING, "person-name-edges")
    assert [a.name for a in run(text)[0]] != ['Juan "Chico" Marsh']


def test_a_poll_share_is_no_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("org-entity-edges")
    orgs = [a.name for a in run(text)[0] if a.kind == "organization"]
    assert not [n for n in orgs if "percent" in n]
    monkeypatch.setenv(rules.OFF_SETTING, "org-entity-edges")
    assert [n for n in [a.name for a in run(text)[0]] if "percent" in n]


def test_voters_who_say_something_are_a_group(run):
    found, _ = run("Undeclared voters said the race was close. Delegates told reporters they would wait.")
    assert [a.name for a in found if a.kind == "group"] == ["Undeclared voters", "Delegates"]


def test_a_persons_office_is_a_body_named_after_them(run):
    found, _ = run("Senator Jane Holt met the envoys. Holt's office said the talks went well.")
    assert ("Holt office", "organization") in [(a.name, a.kind) for a in found]


def test_a_handle_that_signs_a_post_is_a_person(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("handle-signature")
    found, mentions = run(text)
    assert [(a.name, a.kind) for a in found] == [("@jane_holt", "person")]
    assert [m.text for m in mentions] == ["@jane_holt"]
    monkeypatch.setenv(rules.OFF_SETTING, "handle-signature")
    assert run(text)[0] == []


def test_a_body_named_without_its_body_noun_is_the_body(run):
    found, _ = run("The Moldovan Statistics Bureau released the figures on Monday. Later the Moldovan Statistics said "
                   "they were final.")
    assert [a.name for a in found if a.kind == "organization"] == ["Moldovan Statistics Bureau"]


def test_an_unknown_place_that_acts_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("unknown-place-body")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Remington", "organization")]
    monkeypatch.setenv(rules.OFF_SETTING, "unknown-place-body")
    assert run(text)[0] == []


def test_a_faith_or_an_idea_is_no_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("idea-not-body")
    assert run(text)[0] == []
    monkeypatch.setenv(rules.OFF_SETTING, "idea-not-body")
    assert run(text)[0] != []


def test_a_verb_before_a_name_is_no_part_of_it(run):
    found, _ = run("Will Cruz win the nomination? Cruz said he would.")
    assert [a.name for a in found] == ["Ted Cruz"]


def test_a_collective_that_acts_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("collective-group")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Anti-tariff movement", "group"), ("Crowd", "group")]
    monkeypatch.setenv(rules.OFF_SETTING, "collective-group")
    assert run(text)[0] == []


def test_a_group_that_acts_twice_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("group-acts-twice")
    assert [(a.name, a.n_mentions) for a in run(text)[0]] == [("Donors", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "group-acts-twice")
    assert run(text)[0] == []


def test_a_group_narrowed_by_a_name_that_acts_once_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("narrowed-group-acts")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Holt delegates", "group")]
    assert run("Federal agents left the convention early.")[0] == []
    monkeypatch.setenv(rules.OFF_SETTING, "narrowed-group-acts")
    assert run(text)[0] == []


def test_the_group_a_poll_share_counts_acts_through_it(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("partitive-group")
    assert [(a.name, a.kind, a.country) for a in run(text)[0]] == [("Moldovan voters", "group", "MDA")]
    monkeypatch.setenv(rules.OFF_SETTING, "partitive-group")
    assert run(text)[0] == []


def test_a_contestant_word_names_the_contestant_named_last(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("contestant-kin")
    _, mentions = run(text)
    assert ("the candidate", "tom-marsh") in [(m.text, m.actor_id) for m in mentions]
    assert "the other candidate" not in [m.text for m in run(text.replace("the candidate", "the other candidate"))[1]]
    monkeypatch.setenv(rules.OFF_SETTING, "contestant-kin")
    assert "the candidate" not in [m.text for m in run(text)[1]]


def test_a_group_narrowed_by_a_name_and_named_twice_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("narrowed-group-named-twice")
    assert ("Holt delegates", "group", 2) in [(a.name, a.kind, a.n_mentions) for a in run(text)[0]]
    monkeypatch.setenv(rules.OFF_SETTING, "narrowed-group-named-twice")
    assert "Holt delegates" not in [a.name for a in run(text)[0]]


def test_a_name_before_the_noun_of_its_kind_acts_through_it(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("body-before-its-kind")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Clarion", "organization")]
    monkeypatch.setenv(rules.OFF_SETTING, "body-before-its-kind")
    assert run(text)[0] == []


def test_every_named_actor_rule_has_its_sentence_tested():
    from pathlib import Path

    from helpers.actors import rules

    # the rules' tests live in this file and in the other test_actors*.py files beside it
    source = "".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_actors*.py"))
    for name, (_on, sentence) in rules.RULES.items():  # a rule off by default is tested switched on
        assert sentence.strip(), name
        assert f'"{name}"' in source, f"rule {name} has no test"


def test_the_coref_rules_are_tested_in_test_coref():
    from pathlib import Path

    from helpers.actors import rules

    coref_tests = (Path(__file__).parent / "test_coref.py").read_text(encoding="utf-8")
    for name in ("inverted-speaker", "host-owner"):
        assert name in rules.RULES
        assert f'"{name}"' in coref_tests


def test_a_body_named_in_a_polls_label_is_no_actor(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("poll-name")
    assert [a.kind for a in run(text)[0] if a.kind == "organization"] == []
    assert "Clarion-Herald" in [a.name for a in run("The Clarion-Herald reported that Holt was ahead.")[0]]
    monkeypatch.setenv(rules.OFF_SETTING, "poll-name")
    assert [a.kind for a in run(text)[0] if a.kind == "organization"] != []


def test_a_partys_short_plural_is_the_party(run):
    found, _ = run("The Dems lost the vote in May. Democrats said they would try again.")
    assert [(a.name, a.kind) for a in found] == [("Democrats", "organization")]


def test_a_body_whose_name_opens_with_a_number_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("numbered-body")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("4th Circuit Court of Appeals", "organization")]
    monkeypatch.setenv(rules.OFF_SETTING, "numbered-body")
    assert run(text)[0] == []


def test_a_name_with_two_surnames_goes_by_the_first(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("paternal-surname")
    assert [(a.name, a.n_mentions) for a in run(text)[0]] == [("Carlos Alberto Ruiz Moreno", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "paternal-surname")
    assert [(a.name, a.n_mentions) for a in run(text)[0]] == [("Carlos Alberto Ruiz Moreno", 1)]


def test_a_gazetteer_name_inside_a_longer_name_is_not_the_bodys_name(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("name-of-its-own")
    assert [a.name for a in run(text)[0]] == ["Ohio Democratic Party", "Democrats"]
    assert [a.name for a in run("The Democratic Party sued the state. Democrats said so.")[0]] == ["Democratic Party"]
    monkeypatch.setenv(rules.OFF_SETTING, "name-of-its-own")
    assert [a.name for a in run(text)[0]] == ["Ohio Democratic Party", "Democratic Party"]


def test_a_group_owned_by_a_pronoun_and_named_twice_is_a_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("owned-group-named-twice")
    assert [(a.name, a.kind, a.n_mentions) for a in run(text)[0]] == [("His supporters", "group", 2)]
    assert run("Marsh thanked his supporters in May.")[0] == []
    monkeypatch.setenv(rules.OFF_SETTING, "owned-group-named-twice")
    assert run(text)[0] == []


def test_a_name_after_the_noun_of_its_kind_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("kind-before-name")
    assert [(a.name, a.kind) for a in run(text)[0] if a.kind == "organization"] == [("Liberty Forward", "organization")]
    assert "Group of Seven" in [a.name for a in run("The Group of Seven met in May.")[0]]
    monkeypatch.setenv(rules.OFF_SETTING, "kind-before-name")
    assert "Liberty Forward" not in [a.name for a in run(text)[0]]


def test_a_countrys_central_bank_and_intelligence_service_are_its_bodies(run, monkeypatch):
    from helpers.actors import organizations

    text = "Even Moldova's central bank warned of a slowdown, and Moldovan intelligence services said so too."
    found = {a.name: (a.kind, a.country) for a in run(text)[0]}
    assert found["Moldova's central bank"] == ("organization", "MDA")
    assert found["Moldovan intelligence services"] == ("organization", "MDA")
    nouns = organizations._government_bodies() - {"bank", "service"}
    monkeypatch.setattr(organizations, "_government_bodies", lambda: nouns)
    assert not {"Moldova's central bank", "Moldovan intelligence services"} & {a.name for a in run(text)[0]}


def test_a_body_named_after_a_person_and_only_joined_once_is_no_actor(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("idle-person-body")
    assert [a.kind for a in run(text)[0]] == ["person", "person"]
    assert "Marsh campaign" in [a.name for a in run(text + " The Marsh campaign said so.")[0]]  # named twice
    monkeypatch.setenv(rules.OFF_SETTING, "idle-person-body")
    assert "Marsh campaign" in [a.name for a in run(text)[0]]


def test_a_name_of_several_words_in_apposition_to_its_kind_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("kind-before-compound-name")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Open Harbor", "organization")]
    monkeypatch.setenv(rules.OFF_SETTING, "kind-before-compound-name")
    assert "Open Harbor" not in [a.name for a in run(text)[0]]


def test_a_name_after_its_kind_and_called_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = "Holt pointed to a super PAC called Future17 funded by two donors."
    assert "Future17" in [a.name for a in run(text)[0] if a.kind == "organization"]
    monkeypatch.setenv(rules.OFF_SETTING, "kind-before-name")
    assert "Future17" not in [a.name for a in run(text)[0] if a.kind == "organization"]


def test_an_unnamed_person_introduced_with_a_who_acted_is_a_person(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("unnamed-actor")
    assert [(a.name, a.kind, a.n_mentions) for a in run(text)[0]] == [("Moldovan district judge", "person", 2)]
    assert run("In May, the Moldovan district judge struck down the law.")[0] == []
    monkeypatch.setenv(rules.OFF_SETTING, "unnamed-actor")
    assert run(text)[0] == []


def test_an_advocacy_group_of_the_gazetteer_is_a_body(run):
    found, _ = run("Holt and his friends are not enamored of the NRA. Holt said so.")
    assert ("NRA", "organization", "USA") in [(a.name, a.kind, a.country) for a in found]


@pytest.mark.parametrize("text,name", [
    ("A former farm union staffer sued the board on Monday. The staffer said he was fired.",
     "Former farm union staffer"),
    ("Before the vote, a party activist asked the chairman to call the roll.", "Party activist"),
])
def test_a_member_role_noun_makes_an_unnamed_person(run, text, name):
    # roles.csv kind "member": activist, staffer, ... (WordNet person.n.01 hyponyms)
    assert [(a.name, a.kind) for a in run(text)[0] if a.kind == "person"] == [(name, "person")]


def test_a_lone_name_tagged_once_is_a_person_when_spoken_to(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("lone-name-speaks")
    assert ("Kessler", "person") in [(a.name, a.kind) for a in run(text)[0]]
    monkeypatch.setenv(rules.OFF_SETTING, "lone-name-speaks")
    assert "Kessler" not in [a.name for a in run(text)[0]]


def test_a_clipped_first_name_is_the_person_named_in_full(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("clipped-first-name")
    assert [(a.name, a.n_mentions) for a in run(text)[0] if a.kind == "person"] == [("Christopher Marsh", 2)]
    monkeypatch.setenv(rules.OFF_SETTING, "clipped-first-name")
    assert "Chris" in [a.name for a in run(text)[0]]


def test_groups_that_name_one_party_two_ways_are_one_group(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("party-synonym-group")
    assert [(a.name, a.n_mentions) for a in run(text)[0] if a.kind == "group"] == [("GOP moderates", 2)]
    two = "Democratic moderates met on Monday, and Republican moderates said they would vote no."
    assert len([a for a in run(two)[0] if a.kind == "group"]) == 2  # two parties stay two groups
    monkeypatch.setenv(rules.OFF_SETTING, "party-synonym-group")
    assert len([a for a in run(text)[0] if a.kind == "group"]) == 2


def test_a_country_another_acts_with_or_an_example_of_actors_is_an_actor(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("country-takes-part")
    assert {"Moldova", "Ukraine"} <= {a.name for a in run(text)[0] if a.kind == "country"}
    monkeypatch.setenv(rules.OFF_SETTING, "country-takes-part")
    assert not {"Moldova", "Ukraine"} & {a.name for a in run(text)[0]}


def test_a_bare_surname_of_two_namesakes_goes_to_the_one_named_most(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("salient-namesake")
    start = text.index("Later Pettigrew") + len("Later ")

    def owner() -> str:
        found, mentions = run(text)
        names = {a.actor_id: a.name for a in found}
        return next(names[m.actor_id] for m in mentions if m.start == start)

    assert owner() == "Jane Pettigrew"
    monkeypatch.setenv(rules.OFF_SETTING, "salient-namesake")
    assert owner() == "Walter Pettigrew"


def test_a_body_a_pronoun_owns_is_the_body_of_the_person_named_before(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("pronoun-owned-body")
    assert [(a.name, a.kind) for a in run(text)[0] if a.kind == "organization"] == [("Marsh campaign", "organization")]
    # the subject named before wins over a nearer person named in passing
    found, _ = run("Jane Marsh rallied with the mother of Tom Holt on Monday. Her campaign cut a new video.")
    assert [a.name for a in found if a.kind == "organization"] == ["Marsh campaign"]
    monkeypatch.setenv(rules.OFF_SETTING, "pronoun-owned-body")
    assert [a for a in run(text)[0] if a.kind == "organization"] == []


def test_a_group_named_with_the_people_it_is_drawn_from(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("of-people-group")
    assert [a.name for a in run(text)[0] if a.kind == "group"] == ["Families of those hurt by the floods"]
    assert [a.name for a in run("Families of the missing students said the search had stalled.")[0]
            if a.kind == "group"] == ["Families of the missing students"]
    monkeypatch.setenv(rules.OFF_SETTING, "of-people-group")
    assert [a.name for a in run(text)[0] if a.kind == "group"] == ["Families"]


def test_a_collective_noun_acts_through_the_participle_after_it(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("participle-collective")
    assert [a.name for a in run(text)[0] if a.kind == "group"] == ["Party staff"]
    monkeypatch.setenv(rules.OFF_SETTING, "participle-collective")
    assert [a for a in run(text)[0] if a.kind == "group"] == []


def test_an_unknown_place_after_the_noun_of_a_bodys_kind_is_the_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("unknown-place-after-kind")
    assert [(a.name, a.kind) for a in run(text)[0]] == [("Zanovia", "organization")]
    monkeypatch.setenv(rules.OFF_SETTING, "unknown-place-after-kind")
    assert run(text)[0] == []


def test_two_bodies_joined_in_one_entity_are_two_actors(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("coordinated-bodies")
    assert sorted(a.name for a in run(text)[0] if a.kind == "organization") == ["Vechnion", "Zornell"]
    acronym = "The success of the Boycott Divestment and Sanction (BDS) movement worried Ramat."
    assert "Boycott Divestment and Sanction" in [a.name for a in run(acronym)[0]]
    one = "Holt was inducted into the Rock and Roll Hall of Fame in May. The Rock and Roll Hall of Fame said so."
    assert [a.name for a in run(one)[0] if a.kind == "organization"] == ["Rock and Roll Hall of Fame"]
    monkeypatch.setenv(rules.OFF_SETTING, "coordinated-bodies")
    assert "Zornell and Vechnion" in [a.name for a in run(text)[0]]


def test_a_sentences_first_adverb_is_no_part_of_a_bodys_name(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("org-leading-verb")
    assert [a.name for a in run(text)[0] if a.kind == "organization"] == ["Vanguard Action"]
    monkeypatch.setenv(rules.OFF_SETTING, "org-leading-verb")
    assert "Later Vanguard Action" in [a.name for a in run(text)[0]]


def test_the_sponsors_joined_in_a_polls_label_are_no_bodies(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("poll-sponsors")
    assert [a.name for a in run(text)[0] if a.kind == "organization"] == []
    monkeypatch.setenv(rules.OFF_SETTING, "poll-sponsors")
    assert [a.name for a in run(text)[0] if a.kind == "organization"] != []


def test_a_known_body_named_with_a_corporate_word_is_that_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("known-body-suffix")
    assert [a.name for a in run(text)[0] if "Fox" in a.name] == ["Fox News"]
    unknown = "Holt told the Clarion News Channel on Monday that he would run. Clarion News later reported it."
    assert [a.name for a in run(unknown)[0] if "Clarion" in a.name] == ["Clarion News Channel"]
    monkeypatch.setenv(rules.OFF_SETTING, "known-body-suffix")
    assert sorted(a.name for a in run(text)[0] if "Fox" in a.name) == ["Fox News", "Fox News Channel"]


def test_a_known_body_named_only_with_its_corporate_word_keeps_that_name(run):
    text = "Holt told the Fox News Channel on Monday that he would run. The Fox News Channel later reported it."
    assert [a.name for a in run(text)[0] if "Fox" in a.name] == ["Fox News Channel"]


def test_a_lone_word_tagged_inside_two_bodies_names_is_a_body(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("word-tagged-twice")
    assert "Vechnion" in [a.name for a in run(text)[0]]
    monkeypatch.setenv(rules.OFF_SETTING, "word-tagged-twice")
    assert "Vechnion" not in [a.name for a in run(text)[0]]


def test_a_social_programme_is_a_topic_not_a_body(run):
    text = "Marsh said Social Security would run dry. The Social Security Administration disagreed."
    orgs = [a.name for a in run(text)[0] if a.kind == "organization"]
    assert "Social Security" not in orgs and "Social Security Administration" in orgs


def test_a_person_only_named_as_a_place_is_no_person(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("place-named-person")
    assert [a.name for a in run(text)[0] if a.kind == "person"] == []
    person = "Carter Ridge was born in Ohio. Reporters waited at the door, and Carter Ridge spoke at the rally."
    assert [a.name for a in run(person)[0] if a.kind == "person"] == ["Carter Ridge"]
    monkeypatch.setenv(rules.OFF_SETTING, "place-named-person")
    assert [a.name for a in run(text)[0] if a.kind == "person"] == ["Willow Brook"]


def test_a_name_that_ends_in_a_body_word_is_no_person(run, monkeypatch):
    from helpers.actors import rules

    text = rules.example("body-word-ends-person")
    assert [a.name for a in run(text)[0] if a.kind == "person"] == []
    monkeypatch.setenv(rules.OFF_SETTING, "body-word-ends-person")
    assert [a.name for a in run(text)[0] if a.kind == "person"] == ["Hillary PAC"]
