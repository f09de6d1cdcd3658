"""The registry of named stance rules: each has a name, what it does, invented example
sentences (tested in ``tests/test_stances.py``) and can be switched off, by
``HELPERS_STANCE_RULES_OFF=name,name`` or ``switched_off(...)`` in tests; ``counts()`` tells
how often each rule fired; a rule off by default is switched on by ``HELPERS_STANCE_RULES_ON`` since the last ``reset_counts()``."""
from __future__ import annotations

import os
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

OFF_ENV = "HELPERS_STANCE_RULES_OFF"
ON_ENV = "HELPERS_STANCE_RULES_ON"  # rules that are off by default


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    examples: tuple[str, ...]
    default_on: bool = True


RULES: dict[str, Rule] = {}
_COUNTS: Counter = Counter()
_OFF: set[str] = set()
_ON: set[str] = set()


def register(name: str, doc: str, *examples: str, default_on: bool = True) -> Rule:
    rule = Rule(name, doc, tuple(examples), default_on)
    RULES[name] = rule
    return rule


def enabled(name: str) -> bool:
    if name not in RULES:
        raise KeyError(f"no stance rule {name!r}")
    env_off = {n.strip() for n in os.environ.get(OFF_ENV, "").split(",") if n.strip()}
    env_on = {n.strip() for n in os.environ.get(ON_ENV, "").split(",") if n.strip()}
    on = RULES[name].default_on or name in env_on or name in _ON
    return on and name not in _OFF and name not in env_off


def fired(name: str) -> None:
    _COUNTS[name] += 1


def counts() -> dict[str, int]:
    return dict(_COUNTS)


def reset_counts() -> None:
    _COUNTS.clear()


@contextmanager
def switched_on(*names: str):
    for n in names:
        enabled(n)
    before = set(_ON)
    _ON.update(names)
    try:
        yield
    finally:
        _ON.clear()
        _ON.update(before)


@contextmanager
def switched_off(*names: str):
    for n in names:
        enabled(n)  # unknown names fail
    before = set(_OFF)
    _OFF.update(names)
    try:
        yield
    finally:
        _OFF.clear()
        _OFF.update(before)


#: how a rule's doc cites its cross-validation verdict (scripts/stance_cv.py --ablate all): rules that fail the
#: keep criterion (help in 4 of 5 folds, or hurt in none when rare) but stay on say why
CV_NOTE = "Stance CV (90 train articles, 2026-12-07, rules at their defaults): "


# -- the rules (implemented in structure.py, quoted.py and __init__.py) --------------------------
register("predicate-object", "a stance verb's subject holds a stance toward its direct object; "
         "a passive's agent toward its subject",
         "The mayor praised the new budget.", "The plan was condemned by the senator.")
register("predicate-preposition", "a stance verb, noun or adjective toward the object of its preposition",
         "The senator called for a ceasefire.", "She is critical of the governor.",
         "He voiced skepticism about the mayor's intentions.")
register("predicate-clause", "a proposal or demand supports the object of its clausal complement. " + CV_NOTE +
         "helps 2 folds, hurts 1 (its own row 0 right, 1 wrong; rule clause-removal's 2 right rows pass through it); "
         "kept: the seed's required stance of Putin toward 'direct talks' needs it",
         "The governor proposed that the city hold new elections.")
register("characterization", "calling or describing someone as something evaluative. " + CV_NOTE +
         "helps 1 fold, hurts 1 (4 right, 1 wrong: a sarcastic 'calling X the MVP for ISIS'); kept: issue 16 names "
         "'likened Y to Hitler' and 'dismissed the terms as a sham' as evidence, and its rows are 0.80 right",
         "The senator called the governor a liar.", "She described the deal as a disaster.")
register("event", "events with an agent and a target: SUPPORT, AID, AGREE +; DISAPPROVE, "
         "REJECT, THREATEN, SANCTION, ASSAULT -")
register("quote-topic", "inside a quote, a topic scored by the stance predicates over it",
         "“This meeting is necessary,” he said.")
register("quote-pronoun", "inside a direct quote, he/she/him/her that coreference left unresolved is the "
         "person last named before it (not the speaker; of its gender where officials.csv knows it). Off by "
         "default: on the 90 train articles its rows are 4 right and 6 wrong (wrong target), hurting in 4 of 5 CV folds",
         "Smith spoke first. “He is a liar,” Jones said.", default_on=False)
register("quote-speaker-verb", "inside a quote, the speaker is the subject of a stance verb. " + CV_NOTE +
         "helps no fold, hurts 1 (3 right, 1 wrong: 'Feel the Bern' read as Switzerland by the gazetteer); kept: the "
         "seed's required USA -> RUS stance needs it",
         "“I can understand that,” he said.")
register("quote-evaluation", "inside a quote, an actor that is an argument of an evaluative predicate, "
         "scored by the tone model with its confidence; in reported speech it only confirms a row (rule "
         "quote-evaluation-indirect). " + CV_NOTE + "helps 4 folds, hurts 1 (12 right, 2 wrong rows of its own; "
         "before rule quote-evaluation-indirect it helped 3 and hurt 2)", "“Smith is a corrupt liar,” Jones said.")
register("hypothetical", "a predicate under a question, a conditional or could/might/may gives no stance",
         "If the mayor criticised the plan, it would fail.", "Will the senator back the bill?")
register("negation", "a negated predicate flips (support, oppose, trust) or removes (praise, condemn) a stance. " +
         CV_NOTE + "helps 2 folds, hurts 1 (2 wrong rows fewer; the hurt is gold counting 'he wouldn't back the bill' "
         "as support for what he later did); kept: off, 'does not support X' would be support",
         "The senator does not support the bill.", "She did not criticise the mayor.")
register("country-target", "a stance toward an actor who speaks for a country (head of state or "
         "government, minister, spokesperson, state body) is also a stance toward that country, when "
         "the holder speaks for a country too. Off by default (HELPERS_STANCE_RULES_ON=country-target): "
         "the charts take the holder's country from holder_country, and a second row per stance is "
         "the duplication issue 16 reports", default_on=False)
register("media-holder", "a news outlet's quotes and reports ('Military Times found...', 'AP says...') are its "
         "reporting, not its stance: no quote evidence for an outlet as speaker (stance_media_words.csv)",
         "“Tom Reed is a corrupt liar,” the Daily Herald reported.")
register("min-confidence", "a row whose strongest evidence is below MIN_CONFIDENCE is dropped: an evaluation the "
         "tone model does not confirm (its confidence held at the tone floor) is too weak to report",
         "“Tom Reed has a good plan,” Mary Lane said.")
register("quote-description", "inside a direct quote, 'this man', 'that woman', 'the guy' (stance_description_nouns.csv) "
         "not covered by a mention is the person last named before it, like an unresolved pronoun. Off by default "
         "(stance cross-validation, 90 train articles): its one row was wrong ('this guy (Trump) is going to get "
         "killed'), hurting in 1 fold and helping in none; like rule quote-pronoun, the person last named is too "
         "often not the one meant",
         "Tom Reed spoke first. “This man is a disgrace,” Mary Lane said.", default_on=False)
register("quote-comparison", "inside a quote, the object of 'than' after an evaluative comparative gets the other "
         "sign: 'better than Jones' -, 'less corrupt than Jones' - (Jones the more corrupt)",
         "“Mary Lane is far better than Tom Reed,” Olga Berg said.")
register("quote-possessor", "inside a quote, the owner of a thing with an evaluative adjective is evaluated "
         "('Smith's reckless plan', 'Smith's disastrous record')",
         "“Tom Reed's reckless plan will ruin us,” Mary Lane said.")
register("topic-salience", "a topic row outside topics.csv needs its head noun or one of its compounds named at "
         "least twice in the article (TOPIC_MIN_MENTIONS; by lemma or text form): a noun met once in passing is no "
         "topic a reader lists ('called the use of executive orders dangerous', 'resisted the rules of gravity'). "
         "Stance CV (120 train articles, 2026-12-07): helps 5 folds, hurts none; drops 15 wrong and 8 right rows, "
         "6 of the wrong ones on the 30 articles the rules were not written for. An act someone makes (owned_act_noun of "
         "stance_act_words.csv: offer, invitation, proposal) is exempt, for the seed's required 'accepted the "
         "invitation'; on train the exemption keeps 2 right and 2 wrong rows",
         "Mary Lane welcomed the new stadium.")
register("supposition", "a predicate in the that-clause of a verb of supposing (stance_scenario_words.csv: suppose, "
         "imagine, assume) is a scenario, hypothetical: no stance of the writer, the speaker or its actors",
         "Suppose that the mayor praised the plan.", "Imagine that Tom Reed backed the bill.")
register("less-likely", "a predicate in the infinitive of a readiness adjective under 'less' or of its negative "
         "form (stance_scenario_words.csv: less likely, less inclined, unlikely, unwilling) is negated: in a poll, "
         "a share much less likely to vote for a party goes against it",
         "Most voters said they were much less likely to vote for Tom Reed.",
         "The senators are unlikely to support the bill.")
register("source-antecedent", "a him/her target whose actor was last named, in an earlier sentence, as the subject "
         "placed after a reporting verb ('..., said Ann Cole'; not 'Ann Cole said') is left out: coreference gives the pronoun to the cited source, "
         "seldom the one the next sentence acts on",
         "Tom Reed has wide support, said Mary Lane. Olga Berg endorsed her.")
register("less-likely-flips", "a predicate under a lessened readiness (rule less-likely) takes the opposite sign even "
         "where plain negation only removes its stance: 'did not vote for X' takes no side, 'much less likely to vote "
         "for X' goes against X", "Most voters said they were much less likely to vote for Tom Reed.")
register("demand-against", "a demand for an inquiry, prosecution or removal of someone, or for their exit, "
         "opposes them (stance_sanction_words.csv, PLOVER INVESTIGATE/SANCTION, CAMEO 1041); the act's owner is "
         "its target too ('called for her ouster'), and such a demand supports neither the act as a topic nor its owner",
         "Mary Lane called for the impeachment of Tom Reed.", "Mary Lane urged Tom Reed to resign.",
         "Mary Lane called for Tom Reed to step down.", "Mary Lane called for Tom Reed's ouster.")
register("received-stance", "a stance noun the subject receives (stance_receive_verbs.csv, Levin 13.5.1/13.5.2) is "
         "the giver's stance toward the subject: 'X won the endorsement of Y', 'X drew criticism from Y'. " + CV_NOTE +
         "helps 1 fold, hurts 1 (2 right, 1 wrong); kept: off, 'X has the backing of Y' becomes X's support of Y",
         "Tom Reed won the endorsement of Mary Lane.", "Tom Reed drew sharp criticism from Mary Lane.")
register("min-confidence-direct", "a quote evaluation in a direct quote is kept below MIN_CONFIDENCE (the "
         "evaluative word is the speaker's own; in reported speech it is often the writer's paraphrase). Off by "
         "default: on the 90 train articles it keeps 1 right and 5 wrong rows and hurts in 3 of 5 CV folds",
         "“Tom Reed wants to help,” Mary Lane said.", default_on=False)
register("compound-theme", "a name compounded on a target noun is its owner only when the noun speaks for it "
         "(stance_proxy_nouns.csv: 'the Smith campaign'); 'the Iran deal', 'the Smith deposition request' are "
         "about the name, not by it", "The senator opposed the Iran deal.")
register("quote-tone", "inside a quote, an actor that is no argument of an evaluative predicate is scored by "
         "the tone model alone when its |score| reaches TONE_ALONE (HELPERS_STANCE_TONE_ALONE). Off: on the 15 "
         "annotated PolNeAR-train articles, at 0.5 / 0.65 / 0.8 it gives P 0.42 / 0.46 / 0.49 and R 0.24 / 0.24 / "
         "0.22, against P 0.60 and R 0.22 without it: tone toward a named target is not stance",
         "“Tom Reed has let every family in this state down again,” Mary Lane said.", default_on=False)
register("shell-noun", "a stance toward a shell noun (stance_shell_nouns.csv: call, aspects, efforts) is a stance "
         "toward its content: the object of its to-clause or of its 'of'. " + CV_NOTE + "helps 2 folds, hurts 1 "
         "(2 right, 1 wrong more, 1 wrong fewer); kept: off, the shell noun itself ('aspects') becomes the target",
         "Mary Lane defended her call to raise the minimum wage.", "Tom Reed criticized aspects of the plan.")
register("quote-said-of", "he/she in a direct quote is the person the attribution names with 'of' or 'about' "
         "('“He is not fit to serve,” Lane said of Reed'), before the person last named",
         "“He is not fit to serve,” Mary Lane said of Tom Reed.")
register("small-clause-judgment", "consider, view, regard, see, find and judge characterize like 'call' when an "
         "'as' phrase or a small clause follows (Levin 29.2): 'views X as a menace', 'considers X untrustworthy'",
         "Mary Lane considers Tom Reed untrustworthy.", "Mary Lane views Tom Reed as a dangerous man.")
register("relative-antecedent", "a relative clause's subject is its antecedent alone, with only the conjuncts before "
         "it: in a list 'X, who is challenging Y; Z, who ...', Z does not challenge Y",
         "Tom Reed, who criticized Olga Berg, and Mary Lane, who lives in Maine, were absent.",
         "Two candidates were absent: Tom Reed, who is challenging Olga Berg, and Mary Lane, who is running in Maine.")
register("target-including", "the members a target names with 'including' or 'such as' are targets too",
         "Mary Lane lashed out at her critics, including Tom Reed.",
         "Mary Lane praised several leaders, such as Tom Reed and Olga Berg.")
register("own-topic", "a topic the holder owns ('defended his record', 'touted her endorsement', 'accepted his "
         "party's nomination'; a his/her/its coreference left unresolved counts as the holder's) is the holder's "
         "own thing, no position on an issue: no topic row",
         "Mary Lane defended her record on taxes.", "Tom Reed touted his endorsement on the radio.")
register("target-apposition", "a target noun with an apposition is what the apposition names, not the noun's owner: "
         "'backs Smith's signature law, the Clean Water Act' supports the act; an apposition with conjuncts is a list "
         "misparsed ('agreements, higher taxes and schools'): the noun and every item are targets. Off by default (stance CV, 243 train articles, "
         "2026-12-08): its rows were 1 right, 1 wrong and 2 optional ('who called their son an American hero' read as "
         "support of 'hero'); it rests on fewer than 5 rows",
         "Mary Lane backs Tom Reed's signature achievement, the Clean Water Act.", default_on=False)
register("whose-holder", "'whose' owning a stance noun is the relative clause's antecedent: 'X, whose criticism "
         "of Y has sharpened' opposes Y",
         "Mary Lane, whose criticism of Tom Reed has sharpened, spoke on Monday.")
register("received-stance-conjuncts", "every conjunct of a received stance's giver gives it: 'X has the backing of "
         "Y and Z' is Y's and Z's support of X",
         "Tom Reed has the backing of Mary Lane and Olga Berg.")
register("reason-object", "a gerund after 'for', 'over' or 'of' on a verb with an object is the object's act: "
         "'criticized X for backing Y', 'accused X of backing Y' are X's support of Y, not the critic's",
         "Mary Lane criticized Tom Reed for backing the tax hike.",
         "Mary Lane attacked Tom Reed over supporting Olga Berg.", "Mary Lane accused Tom Reed of backing the tax hike.")
register("quote-evaluation-institution", "rule quote-evaluation gives no evidence toward an organisation or group: "
         "the tone of what a body does is rarely a stance toward it (PolNeAR-train, 90 files: 3 right and 10 wrong "
         "rows toward bodies, against 25 right and 22 wrong toward persons)",
         "“The committee will be reviewing the documents next week,” Mary Lane said.")
register("conjunct-own-clause", "a conjoined verb with its own subject heads its own clause: the negation or hedge of "
         "the first clause does not reach it ('I have never voted, but I will vote for Smith' supports Smith)",
         "Mary Lane did not attend the rally, but Olga Berg praised Tom Reed.")
register("setting-attachment", "a stance verb's preposition that the parser hung on the noun of its setting ('in', "
         "'at', 'during') is the verb's: 'will vote in this primary for Smith', 'campaigned at a rally for Smith'",
         "Mary Lane will vote in this primary for Tom Reed.")
register("adverbial-asserted", "an adverbial clause that is no infinitive is asserted, outside the main verb's "
         "negation: 'did not attend because X opposes Y' still has X oppose Y; 'did not move to block Y' has no stance",
         "Mary Lane did not attend the meeting because Olga Berg opposes Tom Reed.")
register("negated-ability", "a negated can/could is a refusal, not a hedge: 'cannot support X' and 'could never back "
         "X' oppose X (the negation flips the predicate); 'may not', 'might not' stay hedged",
         "Mary Lane cannot support Tom Reed.", "Mary Lane could never back Tom Reed.")
register("attributive-participle", "inside a quote, a participle on the target ('their endorsed candidate') is what "
         "others did to it, no evaluation by the speaker; true adjectives ('crooked Smith') still are",
         "“They keep helping their endorsed candidate,” Mary Lane said of Tom Reed.")
register("quote-topic-perfect", "in rule quote-topic, 'have' as an auxiliary is the perfect ('the talks have "
         "failed', 'the inquiry has spent $6 million'), not the 'have to' of need that supports the topic",
         "“The investigation has spent six million dollars,” Mary Lane said.")
register("owned-proposal", "the owner of a proposal supports its content, a topic (proposals.py): 'X's proposed ban', "
         "'her planned tax cut', 'his proposal for a carbon tax', 'her push for tax cuts'. Off by default (stance CV, 243 train articles, "
         "2026-12-08): its one row was wrong ('Sanders' call for revolution' read as support of a revolution), on an "
         "article the rules were not written from",
         "Mary Lane criticized Tom Reed's proposed ban on fireworks.", "Tom Reed's proposal for a carbon tax came on Monday.",
         default_on=False)
register("money-for", "money raised or given for someone supports them (acts.py; PLOVER AID, Levin 13.1): 'raised $1 "
         "billion for X', 'gave $2,700 to X's campaign', 'donated to X'. Off by default (stance CV, 243 train articles, "
         "2026-12-08): its rows were 1 right, 1 wrong and 2 optional (a donor who gave to a group read as backing it); "
         "it rests on fewer than 5 rows",
         "Mary Lane raised $2 million for Tom Reed.", "Mary Lane gave $2,700 to Tom Reed's campaign.", default_on=False)
register("help-win", "help with a clause of winning supports its subject, or the object of 'elect', and opposes the "
         "object of 'defeat' (acts.py): 'spent $200,000 to help X beat back a challenge', 'wants to help elect X'",
         "The group is spending $200,000 to help Tom Reed win the primary.", "Mary Lane wants to help elect Tom Reed.")
register("relative-attribute", "a relative clause on the complement of 'be' is its subject's: 'she is a Democrat who "
         "backs X' has her back X", "Mary Lane is a senator who backs Tom Reed.")
register("event-non-stance-predicate", "an event whose predicate is no stance predicate of the lexicon ('joined X', "
         "'echoed X's success', 'permitted X to depose', 'declined a request from X') infers a stance at most: its "
         "confidence is held below the floor (weights.py), so it adds to a row but makes none alone",
         "Mary Lane joined Tom Reed at a rally in Iowa.", "Mary Lane declined an interview request from Tom Reed.")
register("negation-alone", "in rule quote-evaluation, a negated predicate with no evaluative word is a statement of "
         "fact, no evaluation of its subject ('Clinton isn't likely to flip it', 'candidates are not supposed to "
         "confer'): only a predicate with a valence, negated or not, evaluates. " + CV_NOTE + "helps 2 folds, hurts 1 "
         "(1 right, 2 wrong rows fewer); kept: a guard, off it asserts an evaluation no word of the quote makes",
         "“Tom Reed is not supposed to confer with his staff during the breaks,” Mary Lane said.")
register("conditional-consequent", "the consequent of a conditional is not asserted: a predicate whose clause (or a "
         "clause above it) has an if/unless clause of its own takes no stance (conditions.py): 'If you doubt the "
         "government, the Post will brand you a liar'",
         "If the budget passes, Mary Lane will praise Tom Reed.")
register("received-topic", "a noun of what a holder receives from others (votes, approval, endorsement, backing, "
         "nomination, seat; stance_received_nouns.csv) is no topic: 'wants the votes', 'is seeking approval of the "
         "pact', 'defend more seats' are the holder's pursuit of office, no position on an issue",
         "Tom Reed wants the votes of the farmers.", "Mary Lane is seeking congressional approval of the pact.")
register("event-supporting", "every event of the events table, on a stance predicate too ('X backed Y', 'X mocked "
         "Y'), infers a stance at most: its confidence is held below the floor (weights.py), so it confirms a row "
         "that a predicate or a quote makes but makes none alone. On the 90 train articles the rows an event made "
         "were 6 right and 7 wrong. On the 243 train articles (2026-12-08, scripts/stance_cv.py --events) the rows that "
         "asserted events with an actor agent and an actor or country target would add alone are 37 right and 65 wrong "
         "(0.36): DISAPPROVE 15 / 17 (on a stance predicate 10 / 10), SUPPORT 11 / 22, COOPERATE 3 / 11, AGREE 0 / 5; "
         "no category reaches 0.85 on 5 rows or more (ASSAULT 3 / 0 and THREATEN 1 / 0 rest on fewer): wrong agents, "
         "the target of 'endorsed Obama's nomination of X' read as Obama, 'can challenge X' taken as asserted",
         "Tom Reed mocked Mary Lane's story.")
register("preposition-topic", "a topic outside topics.csv that is the object of a stance predicate's preposition "
         "('support for', 'stands with', 'campaigning for') infers a stance at most: its confidence is held below the "
         "floor (weights.py), so it adds to a row but makes none alone; a listed topic ('called for a ceasefire') or "
         "an actor still makes rows. On the 90 train articles the unlisted topic rows were 3 right and 6 wrong",
         "Mary Lane voiced support for efforts to drive down college tuition.")
register("asked-to", "a stance predicate in the infinitive of a request made of the holder is not asserted: "
         "'when asked to condemn X', 'when asked to praise X' (the passive participle of a PLOVER DEMAND verb of "
         "event_verbs.csv; conditions.py)",
         "When asked to condemn Tom Reed, Mary Lane changed the subject.", "When asked to praise Tom Reed, Mary Lane smiled.")
register("own-organization", "an organisation named after a person (\"Reed's office\", \"the Reed campaign\") speaks for "
         "that person: its stance toward the person is no row", "“Tom Reed is a great and honest leader,” the Reed Office said.")
register("topic-own-word", "a row toward a listed topic (topics.csv) whose canonical word the article never uses "
         "is named by the word it uses most for it ('the deal', 'the meeting'), not by the canonical word that merged the evidence ('agreement', "
         "'summit'): the annotation guide writes a topic as the text names it",
         "Mary Lane praised the deal.")
register("clause-removal", "in rule predicate-clause, a clause verb that removes, bars or harms its object (Levin "
         "remove, banish, forbid and destroy verbs; stance_act_words.csv removal_verb) makes the proposal's support a "
         "topic of the act ('proposed barring Muslims' supports 'barring muslims'), and no row toward the object",
         "Mary Lane proposed banning Tom Reed from the stadium.")
register("quote-topic-act", "rule quote-topic makes a row only for a topic that names an act or measure someone "
         "proposes (stance_topic_kinds.csv: a meeting, a deal, sanctions), not for an event or an issue: 'how "
         "important this election is' takes no position on the election",
         "“This election is important,” Mary Lane said.")
register("who-person", "a 'who' clause attached to a thing in an 'of' phrase of a role in apposition is the person's "
         "the apposition describes: 'Altman, head of the fund Acme Partners who donated ...' is Altman's",
         "Mary Lane, a lawyer and head of the law firm Acme Partners who has praised Tom Reed, spoke first.")
register("last-named-person", "a 'he'/'she' holder is the one person named in the nearest sentence that names any "
         "person (up to 3 back), when it names exactly one, whatever coreference linked",
         "Mary Lane met the press. She praised Tom Reed.")
register("pronoun-chain", "in rule last-named-person, a 'he'/'she' continues the same pronoun that is the main "
         "subject of the sentence before, when the one person that sentence names is not its subject",
         "Mary Lane spoke on Monday. She said Ann Ross should win the prize. She also praised Tom Reed.")
register("quote-topic-no", "in rule quote-topic, a topic under the determiner 'no' (or whose conjunct head has it) "
         "gets no stance: 'there is no call or meeting planned' is no position on a meeting",
         "“There is no call or meeting planned,” Mary Lane said.")
register("own-object-pronoun", "in rule own-topic, a singular possessive pronoun on the predicate's direct object is the "
         "holder's own, whomever coreference linked it to: 'Obama defended his record' is his own record",
         "Tom Reed spoke. Mary Lane defended her record.")
register("participle-holder", "an active participle modifying a noun has the noun as its holder: 'the super PAC "
         "backing Tom Reed' backs Reed; not when an apposition of the noun follows the participle. Off by default: "
         "on the 90 train articles 1 right and 1 wrong row (a PAC that the actors table names apart from its name)",
         "Mary Lane met the Acme Party praising Tom Reed.", default_on=False)
register("quote-evaluation-indirect", "an evaluation in reported speech (rule quote-evaluation in an indirect quote) "
         "infers a stance at most: the evaluative words are the writer's paraphrase, so its confidence is held below "
         "the floor (weights.py) and it confirms a row but makes none alone; in a direct or partial quote the words "
         "are the speaker's and still make a row. Stance cross-validation on the 90 train articles (cache with "
         "tensors): rule quote-evaluation making rows helped in 3 folds and hurt in 2 (17 right, 9 wrong rows more "
         "than without it: 0.65); held to direct and partial quotes it keeps 12 right and 4 wrong of them "
         "(123 right, 24 wrong in all, against 128 / 29; this rule helps in 3 folds and hurts in 1). Confirm-only in "
         "every quote (111 / 20) would lose the seed's required evaluation in a direct quote",
         "Mary Lane said Tom Reed is a corrupt and dishonest liar.")
register("calibrated-confidence", "a piece of evidence that makes a row gets the precision of its rule's rows on "
         "articles the rules were not written from as its confidence (weights.CALIBRATED, on 75 blind-annotated "
         "train articles: predicate-object 0.80, predicate-preposition 0.62, quote-evaluation 0.60, ...), and 0.96 when evidence of the same sign toward the same target stands at "
         "a second place of the article (21 right, none wrong on train): a row's confidence then grows with its "
         "precision on train, where the fixed confidences by kind did not (0.90 for predicate-object, 0.83 right)",
         "Mary Lane praised Tom Reed on Monday. On Tuesday, Mary Lane praised Tom Reed again.")
register("conditional-any-label", "a predicate in an if/unless clause is not asserted whatever dependency label the "
         "parser gave the clause (conditions.py; rule hypothetical reads only an adverbial or complement clause): "
         "'\"If you are a candidate and you think X is going to win, ...\"' with 'If you are' hung on the quotation "
         "mark. On the 90 train articles: 1 wrong row fewer, no right row lost (CV helps in 1 fold, hurts in none)",
         "“If you're a voter and you think Tom Reed is a corrupt liar, then you're welcome to stay home.”")
register("topic-text-form", "a topic outside topics.csv is named by its noun as the text writes it, lower-cased "
         "('opposes boots on the ground' -> 'boots'), not by the lemma ('boot')",
         "Mary Lane opposes boots on the ground.")
register("reported-pronoun", "a 'he'/'she' subject of a clause that a named person reports is that person, before the "
         "person last named: 'Jim Poolman, a delegate on the Cruz slate, said he backs Cruz' is Poolman's "
         "(antecedents.py); not inside a direct quote, nor for a reporter of the other gender in officials.csv. Off by default (stance CV, 243 "
         "train articles, 2026-12-08): its rows were 1 right and 1 wrong (the wrong one on an article the rules were not "
         "written from); it rests on fewer than 5 rows",
         "Tom Reed spoke first. Mary Lane, a neighbour of Olga Berg, said she backs Tom Reed.", default_on=False)
register("feeling-cause", "a verb of causing a feeling (stance_feeling_words.csv stimulus_verb, Levin 31.1) is its "
         "object's stance toward its subject, or the subject's owner: 'Tom Reed's remarks angered Mary Lane' (feelings.py). "
         "Off by default: on the 90 train articles it makes no row (its objects are no actors there), so CV cannot keep it",
         "Tom Reed's remarks angered Mary Lane.", "Tom Reed impressed Mary Lane.", default_on=False)
register("feeling-adjective", "an adjective or participle of feeling (stance_feeling_words.csv feeling_adjective) is its "
         "subject's stance toward the object of with/in/at/about/over/by/of: 'Mary Lane was disappointed in Tom Reed'. Off by "
         "default: on the 90 train articles it makes no row, so CV cannot keep it",
         "Mary Lane was disappointed in Tom Reed.", "Mary Lane was angered by Tom Reed.", default_on=False)
register("feeling-clause", "a feeling word with a that/when/after/because clause is its subject's stance toward the "
         "clause's subject, not a passive one: 'Mary Lane is upset that Tom Reed ignored the rules'",
         "Mary Lane is upset that Tom Reed ignored the rules.")
register("apposed-members", "the members a common-noun subject names in an apposition with conjuncts are its holders too: "
         "'Two senators, Mary Lane and Olga Berg, criticized Tom Reed' (antecedents.py)",
         "Two senators, Mary Lane and Olga Berg, criticized Tom Reed.")
register("quoted-epithet", "a quoted epithet the parser folded into the only object of a verb of calling is the "
         "epithet of the words before it: 'called the trade pact \u201cinsanity\u201d' opposes the pact (epithets.py)",
         "Tom Reed has called the trade pact “insanity.”", "Mary Lane called Tom Reed’s claim of a mandate “absurd and dangerous.”")
register("owned-act-topic", "an owned act or proposal (stance_act_words.csv owned_act_noun: offer, plan, agenda) is a "
         "topic target as well as its owner: 'Mary Lane rejected Tom Reed's offer' opposes the offer and Reed (targets.py)",
         "Mary Lane rejected Tom Reed's offer.")
register("manner-of-speaking", "a verb of speaking with a manner adverb (stance_manner_words.csv: favorably, highly, "
         "disparagingly) is its subject's stance toward its 'of'/'about' phrase: 'Mary Lane spoke favorably of Tom Reed' (manner.py)",
         "Mary Lane spoke favorably of Tom Reed.", "Mary Lane wrote disparagingly about Tom Reed.")
register("manner-of-treatment", "a noun of treating or addressing someone (treatment, rhetoric, remarks) with a manner "
         "adjective (belittling, harsh, warm) is its owner's stance toward its of/about/toward/at phrase: 'Tom Reed's "
         "belittling treatment of Mary Lane' (manner.py)", "Tom Reed's belittling treatment of Mary Lane drew attention.")
register("on-behalf", "'on X's behalf' and 'on behalf of X' are a 'for X' phrase of a stance predicate that takes one: "
         "'Mary Lane campaigned on behalf of Tom Reed' supports Reed (structure._prep_objects)",
         "Mary Lane campaigned on behalf of Tom Reed.", "Tom Reed spoke first. Mary Lane campaigned on his behalf.")
register("reason-noun", "a reason phrase ('for', 'over', 'of' + gerund) the parser hung on an item of a verb's direct "
         "object is the act of every item: 'ridiculed Reed, Berg, and Lane for criticizing Petrov' -> all three oppose "
         "Petrov (structure._subject_tokens)", "The report ridiculed Tom Reed, Olga Berg, and Mary Lane for criticizing Ivan Petrov.")
register("quantity-holder", "a quantity or proportion (stance_quantity_words.csv: percent, majority, half, most) with an "
         "'of' phrase is that group's voice: '60 percent of Democrats support Tom Reed' -> the Democrats, when the actors "
         "table has them (groups.py)", "Sixty percent of Democrats support Tom Reed.",
         "A majority of Democrats oppose Tom Reed.")
register("outcome-evaluation", "in a quote, a predicate of a contest's outcome over the target (stance_outcome_words.csv: "
         "win, lose, lead, winner) is a prediction or a result, no evaluation: no quote-evaluation or quote-tone row "
         "(quoted.py)", "'Tom Reed is going to win this thing,' Mary Lane said.",
         "'Tom Reed will lose badly in November,' Mary Lane said.")
register("welcome-guest", "a predicate whose lexicon frame lists 'host' (welcome) takes no stance toward an object it "
         "brings somewhere, with a to/into/at phrase or 'back': hospitality, not support (senses.py)",
         "Mary Lane welcomed Tom Reed to the White House on Monday.", "Mary Lane welcomed Tom Reed back to the party.")
register("partial-group", "a holder noun with a quantifier of half or less of its group (stance_quantity_words.csv: "
         "some, a few, more, several) or a ratio or bare count ('4 in 10', '200') is a part of the group, not its "
         "voice: no stance of the group (groups.py)", "Some Democrats oppose Tom Reed.",
         "4 in 10 Democrats support Mary Lane.", "More voters view Mary Lane unfavorably than support her.")
register("reported-they", "a 'they' subject of a clause that a group or an organization reports is that group, as "
         "reported-pronoun binds he/she: 'Democrats say they support Tom Reed' (groups.py); not inside a direct quote. " +
         CV_NOTE + "helps 0 folds, hurts 0 (its one row, right, also matches a regard-manner row of a 4-in-10 "
         "minority's view, which rule quantity-holder would not count as the group's; without regard-manner it "
         "helps 1, hurts 0); kept",
         "Democrats say they support Tom Reed.", "Sixty percent of Democrats say they oppose Tom Reed.")
register("opinion-of", "an opinion noun (stance_opinion_words.csv: view, opinion, impression) with an evaluative "
         "adjective (favorable, negative) and an of/about phrase is its owner's or holder's stance toward the phrase: "
         "'Mary Lane has a favorable view of Tom Reed' (opinions.py)", "Mary Lane has a favorable view of Tom Reed.",
         "Mary Lane's negative opinion of Tom Reed is well known.")
register("regard-manner", "a verb of regarding someone (stance_opinion_words.csv regard_verb: view, see, regard) with "
         "a manner adverb (favorably, negatively) is its subject's stance toward its object, or its agent's toward "
         "its passive subject: 'Mary Lane views Tom Reed unfavorably' (opinions.py)",
         "Mary Lane views Tom Reed unfavorably.", "Tom Reed is viewed favorably by Mary Lane.")
register("refusal-noun", "a predicate in the to-infinitive of a noun of refusing or unreadiness (stance_scenario_words.csv "
         "refusal_noun: refusal, unwillingness, reluctance, failure), or the object noun of a verb there, is negated like "
         "'refused to back X' (scenarios.py): a flipping predicate turns around, any other gives no stance; the noun's owner "
         "is the holder ('the NRA's refusal to support gun control' opposes gun control)",
         "Tom Reed's refusal to support Mary Lane angered the voters.",
         "Olga Berg noted an unwillingness to affirm Tom Reed's support for Mary Lane.")
register("noun-object-request", "a stance noun that is the object of a verb ('throw their support behind X') is under a "
         "request or wish when that verb is: an infinitive with a subject of its own ('called for Republicans to throw "
         "their support behind X') or the complement of a verb with an object (modality.py)",
         "Mary Lane called for the Acme Party to throw its support behind Tom Reed.")
register("candidacy-owner", "a candidacy noun (stance_candidacy_nouns.csv: election, re-election, candidacy, bid, "
         "nomination) with a possessor or an 'of' phrase naming actors is a stance toward the candidates, not toward the "
         "election as a topic; the 're' and '-' of a 're-election' the tokenizer split are no targets (candidacy.py)",
         "Mary Lane endorsed the re-election of Tom Reed and Olga Berg.", "Mary Lane welcomed Tom Reed's election.")
register("letter-signer", "on a letters page (at least two paragraphs that are only a person's name or handle), the "
         "paragraphs above a signature are the signer's own words, read like a direct quote of the signer (letters.py). "
         "Off by default: on the 195 train articles (5 letters pages) it adds 8 right and 6 wrong rows (0.57; CV helps 2 "
         "folds, hurts 2): the page's own intro ('We asked our followers ...') is read as the next signer's, and "
         "evaluations in letters are as often about a third person's view as the writer's",
         "LETTERS.\n\nTom Reed is a corrupt liar.\n\nMary Lane.\n\nBoston, Mass.\n\nI admire Olga Berg.\n\nIvan Petrov.",
         default_on=False)
register("comparison-none", "in rule quote-comparison, a comparative whose subject is a negative quantifier (nobody, "
         "none, no one, 'no candidate') makes the object of 'than' the best, not the worse: 'nobody more qualified than "
         "X' supports X (quoted.py)", "“Nobody is more qualified than Tom Reed,” Mary Lane said.")
register("weak-corroboration", "a row whose evidence all lies below MIN_CONFIDENCE (events, evaluations in reported "
         "speech, unlisted prepositional topics: each only infers a stance) is kept when evidence of its sign stands at two "
         "or more places of the article; its confidence stays that of its strongest evidence",
         "Mary Lane said Tom Reed is a corrupt and dishonest liar. Later, Mary Lane said Tom Reed was a disgraceful cheat.",
         default_on=False)  # off: on 159 blind articles (2026-12-08) it added 5 right and 4 wrong rows (0.56)
register("quote-evaluation-corroborated", "an evaluation in a direct or partial quote (rule quote-evaluation) makes a row "
         "only when evidence of its sign toward the same target stands at a second place of the article (weights.py); "
         "alone it is held below the floor and only confirms a row, like one in reported speech. Stance CV on the 243 "
         "train articles (2026-12-08): the lone evaluations' rows were 16 right and 10 wrong (0.62), 11 / 3 on the 120 "
         "articles the rules were written from and 5 / 7 on the 123 annotated since; corroborated ones 4 right, none wrong",
         "“Tom Reed is a corrupt and dishonest liar,” Mary Lane said.")
