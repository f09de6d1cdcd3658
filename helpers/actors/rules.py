"""The actor rules added as named switches: each has a name, whether it is on, and the invented
sentence it is written for (the tests run that sentence with the rule on and off).

``HELPERS_ACTOR_RULES_OFF`` (names separated by commas) switches rules off for the process, as
``HELPERS_QUOTE_RULES_OFF`` does for the quote rules. The older switches of the actor phases
are module constants (``groups.COUNTRY_NAMED_TWICE``).
"""
from __future__ import annotations

import os

#: rule name -> (on, an invented sentence the rule is written for)
RULES: dict[str, tuple[bool, str]] = {
    # prune.py
    "modifier-only-body": (True, "Holt lost the 2010 Senate election and then met House Speaker Tom Marsh."),
    "place-named-person": (True, "Nine children were killed at Willow Brook in May. Other Willow Brook families met the "
                                 "governor on Monday."),
    "idle-person-body": (True, "Tom Marsh spoke in Ohio on Monday. Jane Holt, who joined Marsh's campaign in "
                               "May, said the plan would work."),
    "group-short-form": (True, "Senior Moldovan officials said the talks had stalled. Senior officials "
                                 "said more talks were planned."),
    "party-synonym-group": (True, "GOP moderates met on Monday, and Republican moderates said they would vote no."),
    # organizations.py
    "org-entity-edges": (True, "Clinton earned 42 percent, Trump 34 percent and Johnson 11 percent."),
    "coordinated-bodies": (True, "The deal was signed by Zornell and Vechnion, and Vechnion said it would hire "
                                 "staff. Zornell agreed."),
    "org-leading-verb": (True, "Vanguard Action spent millions in May. Later Vanguard Action said it would "
                               "spend more."),
    "word-tagged-twice": (True, "The school is the work of Vechnion. Sadat Institute works with Vechnion for Chile."),
    "org-leading-adjective": (True, "LAS VEGAS (Reuters) – Top Republican Party donor Tom Marsh said on Friday "
                                    "that he met Jane Holt."),
    "unknown-place-body": (True, "Remington designed the rifle, and Remington sold it."),
    "idea-not-body": (True, "Islamophobia rose after the attack, and Islam was debated at length."),
    "poll-name": (True, "A new Clarion-Herald poll puts Holt ahead. The Clarion-Herald Poll of 900 adults "
                        "was taken in May."),
    "poll-sponsors": (True, "In the latest Clarion Herald-Vox News poll, Holt led Marsh. A Vox News/Clarion "
                            "Herald/Marist South Dakota poll agreed."),
    "known-body-suffix": (True, "Holt told the Fox News Channel on Monday that he would run. Fox News later "
                                "reported that Holt had filed."),
    "numbered-body": (True, "The 4th Circuit Court of Appeals on Monday struck down the law."),
    "kind-before-name": (True, "Holt, the spokesman for the super PAC Liberty Forward, said so."),
    "kind-before-compound-name": (True, "The march was led by the group Open Harbor, which later said it would sue."),
    "unknown-place-after-kind": (True, "The film went to the entertainment giant Zanovia, which dropped it."),
    "body-before-its-kind": (True, "The Clarion newspaper said the talks had failed."),
    # owned_bodies.py
    "pronoun-owned-body": (True, "Senator Jane Marsh spoke in Ohio on Monday. Her campaign later pulled its ads."),
    # output.py
    "name-of-its-own": (True, "The Ohio Democratic Party sued the state. Democrats said the law was unfair."),
    # tokens.py
    "headline-case-line": (True, "Senator Tom Marsh spoke in Ohio on Monday.\n\nRelated:\n\nTom Marsh Pins The "
                                 "Rise Of Crime On Cuts To The Police\n\nMarsh said the vote would come soon."),
    # variants.py
    "typo-variant": (True, "Senator Tom Marsh met Mara Pettigrew on Monday. Petigrew said the talks went well, "
                           "and Pettigrew agreed."),
    # short_forms.py
    "org-leading-words": (True, "Ocelot Petroleum reported a loss on Monday. Shares of Ocelot fell, and Ocelot said it "
                                "would cut jobs."),
    "person-named-body": (True, "Senator Tom Marsh spoke in Ohio on Monday. Later General Marsh met troops."),
    "nickname-first-name": (True, "Stephen Marsh met the envoys on Monday. Later Steve Marsh said the talks went well."),
    # people.py
    "garbled-name": (True, "Lawmakers met Luis Nu\u00c3\u00b1ez Vega in May. Luis Nu\u00f1ez said the plan would work."),
    "name-prefix": (True, "Mara Quinn Holt spoke in May. As Mara Quinn she had made films."),
    "name-suffix": (True, "Tom Marsh IV gave money to the campaign. Marsh said he would give more."),
    "paternal-surname": (True, "Carlos Alberto Ruiz Moreno met the envoys on Monday. Ruiz said the talks went well."),
    "handle-signature": (True, "We asked readers what they thought.\n\nThe meeting came too late.\n\n@jane_holt.\n"),
    "person-name-edges": (True, 'Juan "Chico" Marsh of Chicago carried a flag. Marsh said it was heavy.'),
    "body-word-ends-person": (True, "A company that Marsh created gave $5,000 to the Ready for Hillary PAC, a group "
                                    "preparing for her campaign."),
    "role-word-ends-entity": (True, "Erica Holt, the daughter of Sandy Hook Elementary Principal Dawn Marsh, "
                                    "complained on Friday. The principal was killed in 2012."),
    "shared-surname": (True, "Donors Walter and Jane Pettigrew gave money to the campaign. Walter said he was pleased."),
    "lone-name-speaks": (True, "Senator Tom Marsh spoke on the radio. “We will win,” Marsh told Kessler."),
    "title-short-form": (True, "A diplomat said former Secretary Clinton put speed over security. The rules "
                               "changed under President Bill Clinton. Later Secretary Clinton said the rules were clear."),
    "salient-namesake": (True, "Jane Pettigrew won the Ohio primary on Monday. Jane said the plan had failed, "
                               "and Jane thanked her staff. Her brother Walter Pettigrew agreed, and Walter "
                               "Pettigrew later wrote so. Later Pettigrew said she would run."),
    "bracketed-name": (True, "Hillary Clinton spoke in Ohio on Monday. \u201cWe will get medical records out the same "
                             "way that Secretary [Hillary] Clinton has gotten her records out,\u201d Marsh said."),
    "particle-surname": (True, "The Commission proposed new rules on Monday. EU Commission President Ursula von der "
                               "Leyen agreed. Von der Leyen said so."),
    "clipped-first-name": (True, "Senator Christopher Marsh spoke in May. “Chris called me,” Holt said."),
    # titles.py
    "contestant-kin": (True, "Republican presidential nominee Tom Marsh spoke in Ohio. Later the candidate "
                             "met donors."),
    "unnamed-speaker": (True, "A Moldovan trade official said the talks had stalled. The official declined to say more."),
    "unnamed-actor": (True, "In May, a Moldovan district judge struck down the law. The judge was appointed in 2010."),
    # ../coref.py
    "inverted-speaker": (True, "Senator Tom Marsh caused a stir when he went on record endorsing Mr. Bill Holt. "
                               "Marsh is a respected conservative. On Sunday, he appeared at a rally."),
    "host-owner": (True, "Senator Tom Marsh spoke on Monday. Marsh attended Mr. Bill Holt's speech, in which he "
                         "promised new taxes."),
    # groups.py
    "place-only-country": (False, "Troops stayed in Moldova for years, and more troops flew to Moldova in May."),
    # party_members.py
    "narrowed-party-members": (True, "Mainstream Republicans fear that the plan will fail, and House Republicans "
                                     "voted against it. Republicans hold the Senate."),
    "country-not-an-agent": (True, "Holt said Moldova's border was long, and Marsh vowed to make Chad great again."),
    "country-takes-part": (True, "Countries such as Moldova have acted. The talks went on, and Poland met with Ukraine."),
    "possessor-in-group-name": (True, "Jane Holt's aides said the files were lost."),
    "nationality-group": (True, "Palestinians want a state of their own."),
    "collective-group": (True, "The anti-tariff movement argues that farmers will pay. The crowd booed."),
    "participle-collective": (True, "Leaked emails showed the party staff favoring the senator."),
    "group-acts-twice": (True, "The donors waited for the debate, and the donors then left the hall."),
    "narrowed-group-named-twice": (True, "Marsh praised the Holt delegates in May and thanked the Holt delegates "
                                         "in June."),
    "owned-group-named-twice": (True, "Marsh thanked his supporters in May and wrote to his supporters in June."),
    "of-people-group": (True, "Families of those hurt by the floods urged the council to act."),
    "partitive-group": (True, "Fifty-eight percent of Moldovan voters back the plan."),
    # off: judged on 159 blind articles (2026-12-08) the two rules below found 4 more gold actors but made
    # 19 more junk actors, 3 wrong events and 1 wrong stance
    "plural-name-group": (False, "Latinos backed Holt in May, and Marsh courted Latinos in June."),
    "asked-count": (True, "The panel asked how many voters had left, and how many voters said they would return."),
    "group-named-twice": (False, "The plan hurt investors in May, and the deal cheered investors in June."),
    "narrowed-group-acts": (True, "The Holt delegates booed the speech on Monday."),
    "nationality-group-named-twice": (True, "The plan worried Moldovans. Officials met Moldovans in May."),
}
OFF_SETTING = "HELPERS_ACTOR_RULES_OFF"


def rule_on(name: str) -> bool:
    """Is the actor rule ``name`` on (``RULES``, less those of ``HELPERS_ACTOR_RULES_OFF``)?"""
    off = {n.strip() for n in os.environ.get(OFF_SETTING, "").split(",") if n.strip()}
    return RULES[name][0] and name not in off


def example(name: str) -> str:
    """The invented sentence rule ``name`` is written for."""
    return RULES[name][1]
