"""Agent rules: who did it (``actor_id``), to whom (``target``), and everyone named (``participants``).

The agent is the subject of an active verb, the by-phrase of a passive (or the owner
of the weapon in it: "injured by Israeli fire"), or the owner of an event noun ("Russia's invasion", "U.S. sanctions").
Never an actor merely named elsewhere in the clause. The first rule that answers wins.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .agents_desc import description_extras
from .agents_members import members_of_body
from .context import RELATIVE, Cand, SentenceContext, actor_kind, carried_on_by, child, is_passive, phrase_tokens, pobj_of, subject_of
from .lexicon import verb_category, words
from .rules import REGISTRY, Example, rule

#: prepositions whose object is the one an act is aimed at
TARGET_PREPS = ("to", "against", "with", "on", "at", "into", "toward", "towards", "around", "from", "over")
NOUN_TARGET_PREPS = ("of", "on", "against", "with", "to", "around", "into", "in")


def event_mentions(doc, article, tables) -> list:
    """The mentions the agent rules read: the article's, with role descriptions and subject pronouns
    that coreference leaves alone and fronted-clause pronouns it read otherwise (``coref.descriptions``),
    as their rules' switches say."""
    from .. import coref
    from .rules import REGISTRY

    extra = coref.descriptions(doc, article, tables, roles=REGISTRY["role-description"].enabled,
                               pronouns=REGISTRY["pronoun-after-subject"].enabled,
                               cataphora=REGISTRY["fronted-clause-pronoun"].enabled,
                               settings=REGISTRY["setting-clause-pronoun"].enabled,
                               pairs=REGISTRY["they-of-a-pair"].enabled,
                               ahead=REGISTRY["role-description-ahead"].enabled,
                               extras=description_extras())
    overridden = {m.start for m in extra if m.how == "override"}
    return [m for m in tables.mentions if m.start not in overridden] + extra


@rule("fronted-clause-pronoun", "agent", (
    Example("After he blasted the film, Pastor Jo Hart set his sights on the Lima Scouts.",
            {"Jo Hart": "jo-hart", "the Lima Scouts": "scouts"}, "blasted", {"actor_id": "jo-hart"}),
))
def fronted_clause_pronoun(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``event_mentions``: "After he blasted X, Jo
    Hart ...": the pronoun of a clause fronted before its main clause is the main clause's subject."""
    return None


@rule("setting-clause-pronoun", "agent", (
    Example("Jo Hart, whom Tom Reed praised, held a news conference in which he attacked Ola Berg.",
            {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed", "Ola Berg": "ola-berg"}, "attacked",
            {"actor_id": "jo-hart"}),
))
def setting_clause_pronoun(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``event_mentions``: "Jo Hart held a news
    conference in which he attacked X": the pronoun is the one who held it."""
    return None


@rule("role-description", "agent", (
    Example("Mayor Jo Hart visited Lima on Sunday. The mayor rejected the plan on Monday.",
            {"Jo Hart": "jo-hart"}, "rejected", {"actor_id": "jo-hart"}),
    Example("Jo Hart and Ola Berg met on Sunday. The senator rejected the plan on Monday.",
            {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"}, "rejected", None),
    Example("Jo Hart visited Lima on Sunday. The mayor of Lima rejected the plan on Monday.",
            {"Jo Hart": "jo-hart", "Lima": "lima"}, "rejected", None),
))
def role_description(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``event_mentions``: "the mayor" acts for the
    person named before with that title, "the committee" for the body named before whose name holds the noun."""
    return None


@rule("pronoun-after-subject", "agent", (
    Example("Jo Hart arrived in Lima on Sunday. He rejected the plan on Monday.",
            {"Jo Hart": "jo-hart"}, "rejected", {"actor_id": "jo-hart"}),
    Example("Chile welcomed Jo Hart on Sunday. He rejected the plan on Monday.",
            {"Jo Hart": "jo-hart", "Chile": "CHL"}, "rejected", None),
))
def pronoun_after_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``event_mentions``: a "he"/"she" ("they", "it")
    subject that coreference left alone is the person (body) who was the subject of the clause just before."""
    return None


def _by_agent(tok: Token, ctx: SentenceContext) -> Optional[str]:
    obj = pobj_of(tok, ("by",))
    if obj is None or members_of_body(obj, ctx) or obj.tag_ == "NNS" and _followers_of(obj, ctx):  # "booed by X supporters"
        return None
    return ctx.actor_of(obj)


@rule("passive-by-phrase", "agent", (
    Example("Peacekeepers were injured by Israeli tank fire.", {"Peacekeepers": "unifil", "Israel": "ISR"},
            "injured", {"actor_id": "ISR", "target": "unifil"}),
    Example("The plan was backed by Norway.", {"Norway": "NOR"}, "backed", {"actor_id": "NOR"}),
))
def passive_by(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """A passive verb's agent is its by-phrase (or the owner of the weapon in it); its subject is the target."""
    t = c.trigger if c.pos == "verb" else None
    if t is None or not is_passive(t):
        return None
    agent = _by_agent(t, ctx)
    if agent is None and REGISTRY["shared-by-phrase"].enabled:  # "was booed and shouted down by X"
        agent = next((a for conj in t.children if conj.dep_ == "conj" and conj.tag_ in ("VBN", "VBD")
                      and not any(ch.dep_.startswith("nsubj") for ch in conj.children)
                      for a in [_by_agent(conj, ctx)] if a is not None), None)
    if agent is None:
        return None
    subj = child(t, "nsubjpass")
    target = ctx.actor_of(subj) if subj is not None else (ctx.actor_of(t.head) if t.dep_ == "acl" else None)
    return agent, target


@rule("shared-by-phrase", "agent", (
    Example("Ola Berg was booed and shouted down by Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "booed", {"actor_id": "tom-reed", "target": "ola-berg"}),
), enabled=False)  # off: no row on the 195 train articles, one wrong row on 159 blind-annotated ones (2026-12-08)
def shared_by_phrase(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``passive_by``: passive participles joined by "and"
    share the by-phrase the last one carries ("was booed and shouted down by X": X booed too)."""
    return None


@rule("conjoined-passive", "agent", (
    Example("Ola Berg was indicted and convicted on Monday.", {"Ola Berg": "ola-berg"}, "convicted", None),
    Example("Ola Berg was arrested and Tom Reed condemned the arrest.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "condemned", {"actor_id": "tom-reed"}),
))
def conjoined_passive(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``context.is_passive``: the subject of
    "was indicted and convicted" underwent both acts, it did neither."""
    return None


@rule("named-apposition", "agent", (
    Example("The lawsuit was filed by a former aide named Ola Berg.", {"Ola Berg": "ola-berg"}, "filed",
            {"actor_id": "ola-berg"}),
))
def named_apposition(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``SentenceContext.actor_of``: a noun phrase with
    a naming participle ("a former aide named Ola Berg") names the actor it names."""
    return None


@rule("named-proxy-actor", "agent", (
    Example("Jo Hart thanked the Hart campaign on Sunday. Jo Hart's campaign rejected the deal on Monday.",
            {"Jo Hart": "jo-hart", "the Hart campaign": "hart-campaign"}, "rejected",
            {"actor_id": "hart-campaign"}),
))
def named_proxy_actor(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``SentenceContext.actor_of``: "Hart campaign"
    without a mention of its own is the article's actor named "Hart campaign", not Hart."""
    return None


@rule("appositive-head", "agent", (
    Example("Jo Hart, the billionaire owner of the Lima Lions who rejected pleas from fans to run for mayor, "
            "says he is open to running.", {"Jo Hart": "jo-hart", "the Lima Lions": "lions"}, "rejected",
            {"actor_id": "jo-hart"}),
))
def appositive_head(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``SentenceContext.actor_of``: an appositive
    ("Jo Hart, the owner of X, who rejected ...") acts for the name it describes."""
    return None


@rule("who-is-a-person", "agent", (
    Example("Jo Hart, a former deputy treasury secretary and head of the hedge fund Lima Partners who has donated "
            "$250,000 to Peru Action, was an early donor.", {"Jo Hart": "jo-hart", "Lima Partners": "lima-partners",
                                                             "Peru Action": "peru-action"},
            "donated", {"actor_id": "jo-hart"}),
))
def who_is_a_person(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: "who" stands for a
    person, not the organisation the parser hung its clause on."""
    return None


@rule("who-after-appositive", "agent", (
    Example('"It was a mess," said Mark Dunn, former White House press secretary to Paul Vance, who attended the event.',
            {"Mark Dunn": "mark-dunn", "Paul Vance": "paul-vance"}, "attended", {"actor_id": "mark-dunn"}),
))
def who_after_appositive(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: "X, press secretary to Y,
    who attended": the "who" after an appositive describing X by another person Y stands for X."""
    return None


@rule("finite-conjunct-climbs", "agent", (
    Example("During the 2012 election, Jo Hart largely ran on his ability to jolt the economic recovery into "
            "hyperdrive and accused Ola Berg of bungling the rehabilitation.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "accused",
            {"actor_id": "jo-hart", "target": "ola-berg"}),
))
def finite_conjunct_climbs(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: a tensed verb joined by "and"
    to an infinitive ("ran on her ability to jolt X and accused Y") shares the subject of the tensed
    verb above the infinitive."""
    return None


@rule("predicate-nominal-infinitive", "agent", (
    Example("Jo Hart became the first senator to endorse Tom Reed.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"},
            "endorse", {"actor_id": "jo-hart", "target": "tom-reed"}),
))
def predicate_nominal_infinitive(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: "X became the first senator
    to endorse Y", "X is the only one to vote against it": the infinitive is the act of the subject."""
    return None


@rule("adjunct-not-content", "agent", (
    Example("In addition to a meeting Jo Hart had with Tom Reed in May, Jo Hart also hosted Ola Berg.",
            {"Tom Reed": "tom-reed", "Jo Hart": "jo-hart", "Ola Berg": "ola-berg"}, "meeting", {"actor_id": "jo-hart"}),
))
def adjunct_not_content(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``events._acts_around``: an event inside a temporal
    or additive adjunct ("after a meeting with X", "in addition to a meeting", ``adjunct_prep``) is an act
    of its own, not the content of the main verb's act."""
    return None


@rule("subject-in-preposition", "agent", (
    Example("But after Jo Hart, responding to a surging Tom Reed, agreed to a debate, Tom Reed attacked her.",
            {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"}, "agreed", {"actor_id": "jo-hart"}),
))
def subject_in_preposition(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: a finite verb the parser left
    without a subject after "after/before/since X" has X as its subject (``clause_preposition``)."""
    return None


@rule("kin-not-owner", "agent", (
    Example("A local man and his wife carried out an attack on a police station in Lima, Jo Hart said.",
            {"Jo Hart": "jo-hart", "his": "jo-hart"}, "carried", None),
))
def kin_not_owner(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``SentenceContext.actor_of``: "a man and his wife"
    does not name the owner of "his": a kin noun (``kin_noun``) names another person."""
    return None


@rule("person-of-person", "agent", (
    Example('"It was never meant to be," said Jo Hart of Tom Reed, who opted to suspend his campaign on Monday.',
            {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"}, "suspend", {"actor_id": "tom-reed"}),
))
def person_of_person(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``context.subject_of``: "said X of Y, who ...":
    the "who" right after a person Y that another person is "of" stands for Y."""
    return None


@rule("object-control-verbs", "agent", (
    Example("Jo Hart used the radio to attack Ola Berg.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "attack", {"actor_id": "jo-hart"}),
    Example("Jo Hart urged Ola Berg to attack the plan.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "attack", {"actor_id": "ola-berg"}),
))
def object_control_verbs(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``context.subject_of``: only verbs of asking,
    ordering and causing (``event_words.csv`` object_control) give their object the act of their
    to-infinitive; "used the radio to attack X" is the subject's attack."""
    return None


@rule("active-subject", "agent", (
    Example("Norway rejected Chile's proposal.", {"Norway": "NOR", "Chile": "CHL"}, "rejected",
            {"actor_id": "NOR", "target": "CHL"}),
    Example("Norway rejected an invitation from Chile.", {"Norway": "NOR", "Chile": "CHL"}, "rejected",
            {"actor_id": "NOR", "target": "CHL"}),
    Example("Norway, which hosted the talks, thanked Chile.", {"Norway": "NOR", "Chile": "CHL"}, "hosted",
            {"actor_id": "NOR"}),
    Example("The party's nominee, Ola Berg, endorsed the plan.", {"Ola Berg": "ola-berg"}, "endorsed",
            {"actor_id": "ola-berg"}),
    Example("Oslo thanked Chile and Peru for their help.", {"Oslo": "NOR", "Chile": "CHL", "Peru": "PER"},
            "thanked", {"actor_id": "NOR", "target": "CHL"}),
    # a dateline the parser takes for a second subject: the nearer subject acts
    Example("PHILADELPHIA, July 25 (UPI) — The party apologized to Ola Berg on Monday.",
            {"The party": "party", "Ola Berg": "ola-berg", "PHILADELPHIA": "philly"}, "apologized",
            {"actor_id": "party", "target": "ola-berg"}),
))
def active_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An active verb's agent is its subject (through relative pronouns, conjuncts and control)."""
    if c.pos != "verb" or is_passive(c.trigger):
        return None
    subj = subject_of(c.trigger)
    agent = None if _followers_of(subj, ctx) or members_of_body(subj, ctx) else ctx.actor_of(subj)
    if agent is None:
        return None
    target = _verb_target(c.trigger, ctx, agent)
    if target is None and c.noun is not None:  # "imposed sanctions on Iran"
        target = _noun_target(c.noun, ctx, agent)
    return agent, target


@rule("followers-not-leader", "agent", (
    Example("Ola Berg delegates booed Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "booed", None),
    Example("Ola Berg aides rejected the plan.", {"Ola Berg": "ola-berg"}, "rejected", {"actor_id": "ola-berg"}),
    Example("Tom Reed was booed by Ola Berg delegates.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "booed",
            None),
))
def followers_not_leader(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``_followers_of`` (for a subject, and for a plural
    by-phrase in ``_by_agent``)."""
    return None


@rule("rivals-not-owner", "agent", (
    Example("Ola Berg's rivals rejected the plan.", {"Ola Berg": "ola-berg"}, "rejected", None),
    Example("Ola Berg's aides rejected the plan.", {"Ola Berg": "ola-berg"}, "rejected", {"actor_id": "ola-berg"}),
))
def rivals_not_owner(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``_followers_of``: a plural common noun
    possessed by a person ("Trump's rivals", "Clinton's critics") is people around the person, not
    the person, unless the noun speaks for its owner (aides, campaign) or is a message."""
    return None


def _followers_of(subj: Optional[Token], ctx: SentenceContext) -> bool:
    """Rule ``followers-not-leader``: a common noun with a person's name compounded on it ("Sanders
    delegates", "Trump supporters") names the person's followers, not the person; the nouns that speak
    for their owner (stance_proxy_nouns.csv: aide, campaign, spokesman) and messages do."""
    from ..stances.lexicon import proxy_nouns
    from .rules import REGISTRY

    if subj is None or not REGISTRY["followers-not-leader"].enabled or subj.pos_ != "NOUN" \
            or ctx.mention_at(subj) is not None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in proxy_nouns() or lemma in words("message_noun") or lemma in words("state_noun"):
        return False
    if ctx.actor_of(subj) != ctx.actor_of(next((ch for ch in subj.children if ch.dep_ in ("compound", "poss")), None)):
        return False  # "His campaign": named on its own (rule ``named-proxy-actor``)
    names = [ch for ch in subj.children if ch.dep_ == "compound" and ctx.mention_at(ch) is not None]
    owners = [ch for ch in subj.children if ch.dep_ == "poss" and ctx.mention_at(ch) is not None]
    if owners and REGISTRY["rivals-not-owner"].enabled:  # "Trump's rivals dropped out"
        return subj.tag_ == "NNS" and all(actor_kind(ctx, ctx.mention_at(ch).actor_id) == "person" for ch in owners)
    return bool(names) and all(actor_kind(ctx, ctx.mention_at(ch).actor_id) == "person" for ch in names) \
        and not owners and not any(ch.dep_ == "poss" for ch in subj.children)


@rule("message-author", "agent", (
    Example("The party issued a statement apologizing to Ola Berg.", {"The party": "party", "Ola Berg": "ola-berg"},
            "apologizing", {"actor_id": "party", "target": "ola-berg"}),
    Example("Ola Berg spent the week attacking Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "attacking", {"actor_id": "ola-berg", "target": "tom-reed"}),
    Example("Ola Berg criticized a group supporting Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "supporting", None),
))
def message_author(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """A participle clause on a message the agent issued ("issued a statement apologizing", "gave a speech
    denouncing X"; ``message_noun``) or on the time the agent spent ("spent the week attacking X") is the
    act of the subject of the verb that takes the noun."""
    t = c.trigger
    if c.pos != "verb" or t.tag_ != "VBG" or t.dep_ not in ("acl", "xcomp"):
        return None
    if t.dep_ == "xcomp":  # "spent the week attacking X", parsed as object control
        verb = t.head if t.head.lemma_.lower() in words("spend_verb") else None
    else:
        noun = t.head
        verb = noun.head if noun.dep_ in ("dobj", "npadvmod") and noun.head.pos_ in ("VERB", "AUX") else None
        if verb is None:
            verb = _message_means(noun)
            if verb is None or noun.lemma_.lower() not in words("message_noun"):
                return None
        if ctx.actor_of(noun) is not None or (
                noun.lemma_.lower() not in words("message_noun") and verb.lemma_.lower() not in words("spend_verb")):
            return None
    if verb is None:
        return None
    agent = ctx.actor_of(subject_of(verb))
    if agent is None:
        return None
    return agent, _verb_target(t, ctx, agent)


def _message_means(noun: Token) -> Optional[Token]:
    """Rule ``message-means``: the verb a message is the means or setting of ("launched the movement
    with a speech denouncing X", "in a statement praising X, Norway said ..."), whose subject wrote it."""
    from .rules import REGISTRY

    prep = noun.head
    if not REGISTRY["message-means"].enabled or noun.dep_ != "pobj" or prep.lower_ not in ("with", "in", "during") \
            or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


@rule("message-means", "agent", (
    Example("Ola Berg launched the movement with a speech denouncing Tom Reed.",
            {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "denouncing",
            {"actor_id": "ola-berg", "target": "tom-reed"}),
))
def message_means(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``_message_means``."""
    return None


@rule("message-by-author", "agent", (
    Example("A letter signed by Ola Berg urged Tom Reed to resign.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "urged", {"actor_id": "ola-berg", "target": "tom-reed"}),
    Example("A letter found by Ola Berg urged Tom Reed to resign.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "urged", None),
))
def message_by_author(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """A message that acts ("a letter signed by X urges Y", "an article written by X accuses Y";
    ``message_noun``) acts for the author its participle names (``authoring_verb``)."""
    if c.pos != "verb" or is_passive(c.trigger):
        return None
    subj = subject_of(c.trigger)
    if subj is None or subj.lemma_.lower() not in words("message_noun") or ctx.actor_of(subj) is not None:
        return None
    for part in subj.children:
        if part.dep_ == "acl" and part.tag_ == "VBN" and part.lemma_.lower() in words("authoring_verb"):
            agent = _by_agent(part, ctx)
            if agent is not None:
                return agent, _verb_target(c.trigger, ctx, agent)
    return None


@rule("partitive-subject", "agent", (
    Example("Dozens of Republicans endorsed Ola Berg on Monday.", {"Republicans": "gop", "Ola Berg": "ola-berg"},
            "endorsed", {"actor_id": "gop", "target": "ola-berg"}),
    Example("Some of the senators, including Ola Berg, rejected the plan.", {"senators": "senate", "Ola Berg": "ola-berg"},
            "rejected", {"actor_id": "senate"}),
    Example("Hundreds of miles of road were closed.", {}, "closed", None),
    Example("Many of Ola Berg's supporters rejected the plan.", {"Ola Berg": "ola-berg"}, "rejected", None),
))
def partitive_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """A partitive or quantified subject ("hundreds of X", "some of X") acts for the X it counts; members of a
    body do not (rule ``members-not-the-body``)."""
    if c.pos != "verb" or is_passive(c.trigger):
        return None
    subj = subject_of(c.trigger)
    if subj is None or not (subj.lemma_.lower() in words("partitive") or subj.lower_ in words("partitive")
                            or subj.pos_ == "NUM") or members_of_body(subj, ctx):
        return None
    # the counted phrase must itself name the actor: "dozens of Republicans", not "many of her supporters"
    counted = pobj_of(subj, ("of",))
    mention = ctx.mention_at(counted) if counted is not None else None
    if mention is None:
        return None
    return mention.actor_id, _verb_target(c.trigger, ctx, mention.actor_id)


@rule("noun-owner", "agent", (
    Example("Russia's invasion of Ukraine shocked Europe.", {"Russia": "RUS", "Ukraine": "UKR", "Europe": "EUR"},
            "invasion", {"actor_id": "RUS", "target": "UKR"}),
    Example("Chinese drills around Taiwan alarmed Japan.", {"China": "CHN", "Taiwan": "TWN", "Japan": "JPN"},
            "drills", {"actor_id": "CHN", "target": "TWN"}),
    # a city compounded on the noun is where it happened: no agent, no row
    Example("The Lima attacks shocked Chile.", {"Lima": "lima", "Chile": "CHL"}, "attacks", None),
))
def noun_owner(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun's agent is its owner: a possessive, a compound or demonym, or a by-phrase."""
    if c.pos != "noun":
        return None
    agent = ctx.owner(c.trigger) or _by_agent(c.trigger, ctx)
    if agent is None:
        return None
    return agent, _noun_target(c.trigger, ctx, agent)


@rule("light-verb-relative", "agent", (
    Example("The sanctions that Norway imposed on Peru took effect on Monday.", {"Norway": "NOR", "Peru": "PER"},
            "sanctions", {"actor_id": "NOR"}),
    Example("The sanctions that hurt Norway took effect on Monday.", {"Norway": "NOR"}, "sanctions", None),
))
def light_verb_relative(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun that a relative clause with a light verb takes as its object ("the lawsuit that the
    group brought", "the sanctions Norway imposed"; LIGHT in event_verbs.csv) is the act of that clause's subject."""
    if c.pos != "noun":
        return None
    for rel in c.trigger.children:
        if rel.dep_ != "relcl" or verb_category(rel.lemma_) != "LIGHT" or is_passive(rel):
            continue
        objs = [ch for ch in rel.children if ch.dep_ == "dobj"]
        if objs and not all(o.lower_ in RELATIVE for o in objs):
            continue  # "the sanctions that made Norway richer": the noun is not what was made
        subj = child(rel, "nsubj")
        agent = ctx.actor_of(subj) if subj is not None and subj.lower_ not in RELATIVE else None
        if agent is not None:
            return agent, _noun_target(c.trigger, ctx, agent)
    return None


@rule("aspectual-verb-subject", "agent", (
    Example("Jo Hart followed up with a sharper attack on Tom Reed.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"},
            "attack", {"actor_id": "jo-hart", "target": "tom-reed"}),
    Example("Chile intensified strikes on Peru.", {"Chile": "CHL", "Peru": "PER"}, "strikes",
            {"actor_id": "CHL", "target": "PER"}),
    Example("Jo Hart stepped up attacks on Tom Reed.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"}, "stepped",
            {"category": "DISAPPROVE", "actor_id": "jo-hart"}),
))
def aspectual_verb_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun carried on by a verb of continuing or stepping up (``aspectual_verb``: "stepped up
    its attacks", "followed up with an attack", "intensified strikes") is the act of that verb's subject."""
    verb = carried_on_by(c.trigger) if c.pos == "noun" else None
    agent = ctx.actor_of(subject_of(verb)) if verb is not None else None
    if agent is None:
        return None
    return agent, _noun_target(c.trigger, ctx, agent)


@rule("accused-of", "agent", (
    Example("Ola Berg is accused of a massacre in Oslo.", {"Ola Berg": "ola-berg"}, "massacre",
            {"actor_id": "ola-berg", "category": "ASSAULT"}),
    Example("Tom Reed accused Ola Berg of a massacre in Oslo.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "massacre", {"actor_id": "ola-berg"}),
))
def accused_of(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun one is accused, suspected, charged or convicted of ("X is accused of a massacre",
    "Y accused X of the attack"; ``allegation_verb``) is the accused's act."""
    t = c.trigger
    if c.pos != "noun" or t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lemma_.lower() not in \
            words("allegation_verb"):
        return None
    verb = t.head.head
    accused = child(verb, "nsubjpass") if is_passive(verb) else child(verb, "dobj")
    agent = ctx.actor_of(accused) if accused is not None else None
    if agent is None:
        return None
    return agent, _noun_target(t, ctx, agent)


@rule("noun-from-source", "agent", (
    Example("The plan won support from Norway on Monday.", {"Norway": "NOR"}, "support", {"actor_id": "NOR"}),
    Example("An invitation from Chile to Peru arrived.", {"Chile": "CHL", "Peru": "PER"}, "invitation",
            {"actor_id": "CHL", "target": "PER"}),
    Example("The withdrawal from Chile was slow.", {"Chile": "CHL"}, "withdrawal", None),
    Example("Norway withheld support from Chile.", {"Chile": "CHL"}, "support", None),
))
def noun_from_source(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun of a communicative or transfer act with no owner takes its from-phrase as agent
    ("support from Norway", "an invitation from Chile"); not for acts of motion ("withdrawal from")."""
    if c.pos != "noun" or (c.category or "").lower() not in words("from_agent_category"):
        return None
    if c.trigger.head.lemma_.lower() in words("from_removal_governor"):  # "withheld support from X"
        return None
    source, receiver = pobj_of(c.trigger, ("from",)), None
    if source is None and c.trigger.dep_ == "dobj" and REGISTRY["verb-from-source"].enabled:
        # "Cruz picked up an endorsement from X": the phrase on the verb; the verb's subject received it
        source, receiver = pobj_of(c.trigger.head, ("from",)), ctx.actor_of(subject_of(c.trigger.head))
    agent = ctx.actor_of(source)
    if agent is None:
        return None
    target = _noun_target(c.trigger, ctx, agent)
    return agent, target if target is not None or receiver == agent else receiver


@rule("verb-from-source", "agent", (
    Example("Jo Hart also picked up an endorsement from a onetime opponent, Ola Berg.",
            {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"}, "endorsement", {"actor_id": "ola-berg", "target": "jo-hart"}),
))
def verb_from_source(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``noun_from_source``: the from-phrase the parser hangs
    on the verb that takes the event noun ("Y picked up an endorsement from X") names the noun's source, and
    the verb's subject, who received it, is the target."""
    return None


@rule("means-noun-subject", "agent", (
    Example("Jo Hart roused the crowd with criticism of Ola Berg.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "criticism", {"actor_id": "jo-hart", "target": "ola-berg"}),
    Example("Jo Hart was greeted with criticism of the plan.", {"Jo Hart": "jo-hart"}, "criticism", None),
    Example("Jo Hart met with criticism from Ola Berg.", {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"},
            "criticism", {"actor_id": "ola-berg"}),
), enabled=False)  # off: 2 right rows on the 195 train articles, 0 right and 1 wrong on 159 blind-annotated ones
def means_noun_subject(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun without an owner that is the means of an active verb ("roused the crowd with criticism
    of X", "closed her speech with a tribute to Y") is the act of that verb's subject; not one that names
    its source ("met with criticism from X") nor the means of a passive ("was greeted with boos")."""
    t = c.trigger
    if c.pos != "noun" or t.dep_ != "pobj" or t.head.lower_ != "with" or t.head.dep_ != "prep":
        return None
    verb = t.head.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) or pobj_of(t, ("from", "by")) is not None:
        return None
    agent = ctx.actor_of(subject_of(verb))
    if agent is None:
        return None
    return agent, _noun_target(t, ctx, agent)


def enabled_country_target() -> bool:
    from .rules import REGISTRY

    return REGISTRY["country-object-target"].enabled


def _country_code(tok: Token) -> Optional[str]:
    from ..gazetteer import lookup_country

    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    try:
        return lookup_country(ent.text) if ent is not None else None
    except (ValueError, FileNotFoundError):
        return None


@rule("country-object-target", "target", (
    Example("Norway condemned Chile on Monday.", {"Norway": "NOR"}, "condemned", {"actor_id": "NOR", "target": "CHL"}),
))
def country_object_target(obj: Token, ctx: SentenceContext) -> Optional[bool]:
    """A country named as the object, though not an actor of the article, is the target as its ISO3
    code (CONTRACT.md: target is an actor_id, an ISO3 code or null); switch: this rule's flag."""
    return None


def _noun_target(noun: Token, ctx: SentenceContext, agent: Optional[str]) -> Optional[str]:
    for prep in NOUN_TARGET_PREPS:
        obj = pobj_of(noun, (prep,))
        if obj is not None and ctx.actor_of(obj) not in (None, agent):
            return ctx.actor_of(obj)
    return None


@rule("compound-theme-target", "target", (
    Example("Norway welcomed the Chile report on Monday.", {"Norway": "NOR", "Chile": "CHL"}, "welcomed",
            {"actor_id": "NOR", "target": None}),
    Example("Norway welcomed Chile's report on Monday.", {"Norway": "NOR", "Chile": "CHL"}, "welcomed",
            {"actor_id": "NOR", "target": "CHL"}),
))
def compound_theme_target(obj: Token, ctx: SentenceContext) -> Optional[bool]:
    """A name compounded on a common noun object ("welcomed the Sanders show") is what the thing is
    about, not whom the act is aimed at, unless the noun speaks for its owner ("the Sanders campaign",
    stance_proxy_nouns.csv) or has a possessor."""
    from ..stances.lexicon import proxy_nouns

    if obj.pos_ != "NOUN" or ctx.mention_at(obj) is not None:
        return None
    if obj.lemma_.lower() in proxy_nouns() or any(c.dep_ == "poss" for c in obj.children):
        return None
    return True if any(c.dep_ == "compound" and ctx.mention_at(c) is not None for c in obj.children) else None


def _named_only_as_theme(obj: Token, ctx: SentenceContext) -> bool:
    from .rules import first

    return bool(first("target", obj, ctx)[0])


def _verb_target(verb: Token, ctx: SentenceContext, agent: Optional[str]) -> Optional[str]:
    """The one an act is aimed at: the object (or its owner), a dative, a to/against/with-phrase."""
    for dep in ("dobj", "dative", "iobj"):
        obj = child(verb, dep)
        if obj is not None:
            who = None if _named_only_as_theme(obj, ctx) else ctx.actor_of(obj)
            if who is None:  # "rejected an invitation from Zelensky": the object's author
                author = pobj_of(obj, ("from", "by", "of"))
                who = ctx.actor_of(author) if author is not None else None
            if who is None and obj.ent_type_ == "GPE" and enabled_country_target():
                who = _country_code(obj)  # "called Chile a corrupt regime": a country named, not acting
            if who and who != agent:
                return who
    for prep in _target_preps(verb):
        obj = pobj_of(verb, (prep,))
        if obj is not None:
            who = ctx.actor_of(obj)
            if who and who != agent:
                return who
    return None


def _target_preps(verb: Token) -> tuple[str, ...]:
    """Rule ``addressee-not-target``: a speech verb's to/with-phrase is whom it was said to ("complained
    to the host that ..."), not whom it is aimed at; its about-phrase is."""
    from ..lexicon import reporting_verbs
    from .rules import REGISTRY

    if REGISTRY["addressee-not-target"].enabled and verb.lemma_.lower() in reporting_verbs():
        return ("about", "against", "at", "over", "on")
    return TARGET_PREPS


@rule("addressee-not-target", "target", (
    Example("Ola Berg complained to Tom Reed about Chile.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed",
                                                            "Chile": "CHL"}, "complained",
            {"actor_id": "ola-berg", "target": "CHL"}),
))
def addressee_not_target(obj: Token, ctx: SentenceContext) -> Optional[bool]:
    """Registered for its switch and example; read in ``_target_preps``."""
    return None


def participants(c: Cand, ctx: SentenceContext, heads: set[int]) -> list[str]:
    """Every actor the trigger's clause names (its subtree minus other events' clauses), agent first."""
    out: list[str] = [c.agent] if c.agent else []
    stack = [c.trigger]
    subj = subject_of(c.trigger) if c.pos == "verb" else None
    if subj is not None:
        stack += phrase_tokens(subj)
    seen: set[int] = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        m = ctx.mention_at(t)
        if m is not None and m.actor_id not in out and not ctx.inside_quote(t.idx):
            out.append(m.actor_id)
        stack.extend(ch for ch in t.children if ch.i not in heads or ch.pos_ not in ("VERB", "AUX"))
    if c.target and c.target not in out:
        out.append(c.target)
    return out
