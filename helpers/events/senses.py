"""Sense rules: the PLOVER category of a trigger from its arguments, not its lemma alone.

Each rule looks at one trigger and answers a category, ``""`` (this sense names no
event) or ``None`` (not my case). The first rule that answers wins; with no answer the
lexicon's category stands. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from . import senses_phrasal  # noqa: F401  (first: a phrasal verb's sense wins over the bare verb's)
from . import senses_aspect, senses_campaign, senses_deontic, senses_doubt, senses_idiom  # noqa: F401  (trips, bids)
from . import senses_adjective, senses_intent, senses_poll, senses_position, senses_quoted  # noqa: F401  (critical of, moves to; polls)
from . import senses_light  # noqa: F401  (its rules register first: they refine light verbs)
from . import senses_accord, senses_nocomment, senses_self, senses_speech  # noqa: F401  (views, no comment; speech)
from . import senses_objects  # noqa: F401  (sign a document, meet a person)
from . import senses_nouns  # noqa: F401  (the threat from X: a danger, no act)
from . import senses_force  # noqa: F401  (fire on, launch missiles, cut rates or ties)
from . import senses_message  # noqa: F401  (ads attacking X, a statement in opposition to X)
from . import received  # noqa: F401  (came under fire from X: criticism; its agent rule after agents.py's)
from .senses_objects import is_money
from .modality import subjunctive
from .context import Cand, SentenceContext, actor_kind as _kind, carried_on_by, child, is_passive, pobj_of, subject_of
from .lexicon import noun_category, verb_category, words
from .rules import Example, rule

NO_EVENT = ""


def _objects(tok) -> list:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "into"):
            objs += [o for o in c.children if o.dep_ == "pobj"]
    return objs


def _is_military(tok, ctx: SentenceContext) -> bool:
    """A military or physical participant: a military noun, a place, a country actor."""
    if tok is None:
        return False
    military = words("military")
    actor = ctx.actor_of(tok)
    # "the Texas senator": a place naming a person's constituency does not make the person a target of arms
    person = _kind(ctx, actor) == "person"
    for t in [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod")]:
        if t.lemma_.lower() in military or t.lower_ in military or (t.ent_type_ in ("GPE", "LOC", "FAC") and not person):
            return True
    return bool(actor and ctx.actors.get(actor) and ctx.actors[actor].kind == "country")


@rule("declared-refusal", "sense", (
    Example("Ola Berg will not back Chile's candidate.", {"Ola Berg": "ola-berg", "Chile": "CHL"}, "back",
            {"category": "REJECT", "actor_id": "ola-berg", "modality": "asserted"}),
    Example("Ola Berg did not back the plan.", {"Ola Berg": "ola-berg"}, "back", None),
))
def declared_refusal(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ "will not back X", "won't support X": a refusal declared now of support, aid or agreement is a
    REJECT of its own (CAMEO 12 reject); a past "did not back" stays no event (rule negation)."""
    if c.pos != "verb" or (c.category or verb_category(c.lemma) or "") not in ("SUPPORT", "AGREE", "AID", "COOPERATE"):
        return None
    auxes = {ch.lower_ for ch in c.trigger.children if ch.dep_ == "aux"}
    negs = [ch for ch in c.trigger.children if ch.dep_ == "neg"]
    if negs and auxes & words("future_aux"):
        return "REJECT"
    return None


@rule("nomination-is-a-prize", "sense", (
    Example("Ola Berg won the Labour Party's nomination in May.", {"Ola Berg": "ola-berg", "Labour Party": "labour"},
            "nomination", None),
    Example("The nomination of Ola Berg by Chile surprised Peru.", {"Ola Berg": "ola-berg", "Chile": "CHL"},
            "nomination", {"category": "COOPERATE", "actor_id": "CHL"}),
))
def nomination_prize(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ "the GOP nomination", "his nomination": in election news the noun names the prize, not an
    act; only "the nomination of X" (someone nominated) is an event."""
    if c.pos != "noun" or c.lemma != "nomination":
        return None
    obj = pobj_of(c.trigger, ("of",))
    return None if obj is not None and _kind(ctx, ctx.actor_of(obj)) == "person" else NO_EVENT


@rule("campaign-rally", "sense", (
    Example("Thousands came to an Ola Berg rally in Oslo.", {"Ola Berg": "ola-berg"}, "rally", None),
    Example("Chile's rally against the tax drew thousands.", {"Chile": "CHL"}, "rally", {"category": "PROTEST"}),
))
def campaign_rally(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A rally owned by a person ("a Trump rally", "Clinton's rally") is a campaign event, not a
    protest (PLOVER PROTEST is a demonstration against someone)."""
    if c.pos != "noun" or c.lemma != "rally":
        return None
    owner = ctx.owner(c.trigger)
    return NO_EVENT if owner is not None and _kind(ctx, owner) == "person" else None


@rule("position-stated", "sense", (
    Example("Ola Berg said Tom Reed supports the wage increase.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "supports", None),
    Example("Ola Berg said Tom Reed backed the wage increase in May.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "backed", {"category": "SUPPORT"}),
))
def position_stated(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ "said she supports X", "say they oppose Y": a position verb in the simple present, reported, is a
    stance the speaker holds (the stances table's), not an act on the timeline."""
    from ..lexicon import reporting_verbs

    t = c.trigger
    if c.pos != "verb" or c.lemma not in words("position_verb") or t.tag_ not in ("VBZ", "VBP"):
        return None
    if any(ch.dep_ == "aux" for ch in t.children) or t.dep_ != "ccomp" or t.head.lemma_.lower() not in reporting_verbs():
        return None
    return NO_EVENT


@rule("seek-to-is-an-attempt", "sense", (
    Example("Chile sought to broaden the talks.", {"Chile": "CHL"}, "sought", None),
    Example("Chile sought an inquiry into the vote.", {"Chile": "CHL"}, "sought", {"category": "DEMAND"}),
    Example("Chile tried to block the accord.", {"Chile": "CHL"}, "tried", {"category": "REJECT"}),
    Example("Chile tried to pull the talks together.", {"Chile": "CHL"}, "tried", None),
))
def seek_to(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """seek, try or attempt to do X is an act of its own in X's category ("tried to block the accord":
    the attempt happened, X did not); an attempt at something that names no event is no event;
    seeking something is a demand."""
    if c.lemma not in words("attempt_verb") or c.pos != "verb":
        return None
    comp = child(c.trigger, "xcomp")
    if comp is None:
        return None
    return _complement_sense(comp, ctx) or NO_EVENT


def _complement_sense(verb, ctx: SentenceContext) -> Optional[str]:
    """The category the sense rules give a complement verb read as a trigger of its own ("try to pull the
    party together" is no RETREAT); None when it names no event or only speech."""
    from .rules import first

    cat = verb_category(verb.lemma_)
    if cat is None:
        return None
    sensed, _ = first("sense", Cand(verb, verb.lemma_.lower(), "verb", cat), ctx)
    cat = cat if sensed is None else sensed
    return cat if cat not in ("", "LIGHT", "STATEMENT") else None


@rule("verbal-clash", "sense", (
    Example("Ola Berg clashed with Tom Reed on Monday.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "clashed",
            {"category": "DISAPPROVE", "target": "tom-reed"}),
    Example("Rebels clashed with troops near the border.", {"Rebels": "rebels"}, "clashed", {"category": "FIGHT"}),
))
def verbal_clash(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """clash with a person or a party, with no military side, is a quarrel (DISAPPROVE); with troops, FIGHT."""
    if c.lemma != "clash":
        return None
    other = pobj_of(c.trigger, ("with",))
    subj = subject_of(c.trigger) if c.pos == "verb" else None
    if _is_military(subj, ctx) or (other is not None and _is_military(other, ctx)):
        return None
    return "DISAPPROVE" if other is not None and _kind(ctx, ctx.actor_of(other)) in ("person", "organization") else None


@rule("support-received", "sense", (
    Example("Ola Berg has strong support among farmers.", {"Ola Berg": "ola-berg"}, "has", None),
    Example("Ola Berg won the endorsement of Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "won", None),
))
def support_received(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """have, get, win, earn or receive support or endorsements: the subject receives them; the giver's
    act is the stance table's (rule received-stance), the receiver did nothing."""
    if c.category != "LIGHT" or c.lemma not in ("have", "get", "win", "earn", "receive", "gain", "draw", "pull"):
        return None
    obj = child(c.trigger, "dobj")
    return NO_EVENT if obj is not None and obj.lemma_.lower() in ("support", "endorsement", "backing") else None


@rule("proposal-described", "sense", (
    Example("Chile's proposal is good policy.", {"Chile": "CHL"}, "proposal", None),
    Example("Chile's proposal surprised Peru.", {"Chile": "CHL", "Peru": "PER"}, "proposal",
            {"category": "AGREE", "actor_id": "CHL"}),
))
def proposal_described(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A proposal, plan or call that is only the subject of a description ("X's proposal is good
    policy") is talked about, not made here."""
    if c.pos != "noun" or c.category not in ("AGREE", "DEMAND", "STATEMENT", "SUPPORT"):
        return None
    head = c.trigger.head
    return NO_EVENT if c.trigger.dep_ == "nsubj" and head.lemma_ == "be" else None


@rule("warn-that-is-speech", "sense", (
    # a statement whose quote row holds it gives no event row
    Example("The minister warned that delays cost lives.", {"The minister": "minister"}, "warned", None),
    Example("Norway warned of retaliation on Monday.", {"Norway": "NOR"}, "warned", {"category": "THREATEN"}),
    Example("Norway warned Chile against buying drones.", {"Norway": "NOR", "Chile": "CHL"}, "warned",
            {"category": "THREATEN", "target": "CHL"}),
))
def warn_that(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """warn + that-clause with no "of"/"against" phrase and no object told to act is a statement."""
    if c.lemma != "warn" or c.pos != "verb":
        return None
    if pobj_of(c.trigger, ("of", "against")) is not None or child(c.trigger, "xcomp") is not None \
            or _prep_clause(c.trigger, ("of", "against")) is not None:  # "warned X against buying bonds"
        return "THREATEN"
    if child(c.trigger, "ccomp") is not None or c.quote is not None:
        return "STATEMENT"
    return None


@rule("attack-verbal-or-armed", "sense", (
    Example("The senator attacked the plan in a speech.", {"The senator": "senator"}, "attacked",
            {"category": "DISAPPROVE"}),
    Example("Rebel fighters attacked the town at dawn.", {"Rebel fighters": "rebels"}, "attacked",
            {"category": "ASSAULT"}),
    Example("Ola Berg attacked the Texas senator on Monday.", {"Ola Berg": "ola-berg", "the Texas senator": "tom-reed"},
            "attacked", {"category": "DISAPPROVE"}),
    Example("Ola Berg's attacks on the minister grew sharper.", {"Ola Berg": "ola-berg"}, "attacks",
            {"category": "DISAPPROVE"}),
    Example("The minister faced attacks from Ola Berg.", {"Ola Berg": "ola-berg"}, "attacks",
            {"category": "DISAPPROVE"}),
))
def attack_sense(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """attack with a military subject or object is ASSAULT; a plan, a policy or a person's record, DISAPPROVE."""
    if c.lemma not in ("attack", "assail", "hit", "slam", "target", "blast"):
        return None
    objs = _objects(c.trigger) if c.pos == "verb" else [o for o in (pobj_of(c.trigger, ("on", "against")),) if o]
    # "launched an attack on X": the noun of a light verb has the verb's subject
    carrier = carried_on_by(c.trigger) if c.pos == "noun" else None  # "followed up with an attack"
    subj = subject_of(c.trigger) if c.pos == "verb" else subject_of(c.trigger.head) if c.noun is c.trigger else \
        subject_of(carrier) if carrier is not None else None
    if any(o.lemma_.lower() in words("abstract_object") for o in objs):
        return "DISAPPROVE"
    if _is_military(subj, ctx) or any(_is_military(o, ctx) for o in objs):
        return "ASSAULT"
    subj_actor = ctx.actor_of(subj) if subj is not None else \
        (ctx.owner(c.trigger) or ctx.actor_of(pobj_of(c.trigger, ("from", "by"))))  # "attacks from Ola Berg"
    # "attacked the party over its record", "over how it ran the inquiry": a grievance, not arms
    reason = pobj_of(c.trigger, ("over", "for")) or _prep_clause(c.trigger, ("over", "for"))
    if _kind(ctx, subj_actor) == "person" or (reason is not None and reason.ent_type_ not in ("DATE", "TIME")):
        return "DISAPPROVE"
    return None if c.lemma == "attack" else NO_EVENT


@rule("strike-a-deal", "sense", (
    Example("Chile struck a deal with Peru.", {"Chile": "CHL", "Peru": "PER"}, "struck", {"category": "AGREE"}),
))
def strike_deal(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """strike, reach, seal or clinch an agreement is AGREE."""
    if c.pos != "verb" or c.lemma not in ("strike", "reach", "seal", "clinch", "broker"):
        return None
    obj = child(c.trigger, "dobj")
    if obj is not None and obj.lemma_.lower() in words("agreement_noun"):
        return "AGREE" if c.lemma != "broker" else "CONSULT"
    return None if c.lemma == "strike" else NO_EVENT


@rule("give-money-is-aid", "sense", (
    Example("Chile gave $5,000 to the Red Cross.", {"Chile": "CHL", "the Red Cross": "icrc"}, "gave",
            {"category": "AID", "target": "icrc"}),
    Example("Chile provided millions of dollars to Peru.", {"Chile": "CHL", "Peru": "PER"}, "provided",
            {"category": "AID", "target": "PER"}),
    Example("Chile provided details of the plan to Peru.", {"Chile": "CHL", "Peru": "PER"}, "provided",
            {"category": "COOPERATE"}),
))
def give_money(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """give, provide, send, contribute or donate money (a MONEY entity, a currency sign or a money noun,
    ``money_noun`` in event_words.csv) is AID (PLOVER: economic aid; CAMEO 071)."""
    if c.pos != "verb" or c.lemma not in words("money_giver"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None:
        return None
    return "AID" if is_money(obj) else None


@rule("suggest-a-course", "sense", (
    Example("Chile suggested that Peru join the talks.", {"Chile": "CHL", "Peru": "PER"}, "suggested",
            {"category": "AGREE"}),
    Example("Chile suggested the Democrats instead debate in Lima.", {"Chile": "CHL"}, "suggested",
            {"category": "AGREE"}),
    Example("Chile suggested that Peru was lying.", {"Chile": "CHL", "Peru": "PER"}, "suggested", None),
    Example("Chile insisted that Peru withdraw its troops.", {"Chile": "CHL", "Peru": "PER"}, "insisted",
            {"category": "DEMAND"}),
))
def suggest_course(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """suggest that someone do something (a mandative subjunctive: a bare verb, or after a past "suggested" a
    present one) proposes a course, AGREE as propose (PLOVER AGREE); insisting on it demands it (DEMAND);
    suggesting or insisting that something is so stays a statement."""
    if c.pos != "verb" or c.lemma not in ("suggest", "insist"):
        return None
    comp = child(c.trigger, "ccomp")
    if comp is None:
        return None
    bare_present = comp.tag_ == "VBP" and comp.lemma_.lower() != "be" and c.trigger.tag_ == "VBD" and \
        not any(a.dep_ in ("aux", "auxpass") for a in comp.children)
    if not (subjunctive(comp) or bare_present):
        return None
    return "DEMAND" if c.lemma == "insist" else "AGREE"  # "insisted that X resign": a demand (CAMEO 10)


@rule("challenge-to-is-demand", "sense", (
    Example("Chile challenged Peru to a debate in Lima.", {"Chile": "CHL", "Peru": "PER"}, "challenged",
            {"category": "DEMAND", "target": "PER"}),
    Example("Chile challenged Peru's claim to the islands.", {"Chile": "CHL", "Peru": "PER"}, "challenged",
            {"category": "DISAPPROVE"}),
))
def challenge_to(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """challenge someone to a contest or to do something is a demand (CAMEO 10); challenging a claim
    or a candidacy stays DISAPPROVE."""
    if c.lemma != "challenge" or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None or ctx.actor_of(obj) is None:
        return None
    to = next((p for p in c.trigger.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"), None)
    if to is not None or child(c.trigger, "xcomp") is not None:
        return "DEMAND"
    return None


def _epithet_valence(verb) -> Optional[float]:
    """The valence of what "call" names its object: a predicative ("called him a liar") or the quoted
    words after the object ("called bankers “fat cats”"); None when there is no evaluative epithet."""
    from ..stances.lexicon import valence

    obj = child(verb, "dobj")
    words = [t for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
             for t in c.subtree]
    if obj is not None:
        words += [t for c in obj.children if c.dep_ in ("attr", "oprd", "appos") for t in c.subtree]
        after = obj.right_edge.i + 1
        if after < len(verb.doc) and verb.doc[after].is_quote:
            close = next((t.i for t in verb.doc[after + 1:after + 8] if t.is_quote), None)
            if close is not None:
                words += list(verb.doc[after + 1:close])
    v = sum(valence(t.lemma_.lower()) or valence(t.lower_) for t in words if t.pos_ in ("ADJ", "NOUN", "VERB", "PROPN"))
    return v if abs(v) >= 1.0 else None


@rule("call-a-name", "sense", (
    Example("Ola Berg called the bankers “greedy crooks” on Monday.", {"Ola Berg": "ola-berg", "the bankers": "bankers"},
            "called", {"category": "DISAPPROVE", "actor_id": "ola-berg"}),
    Example("Ola Berg called Chile a corrupt regime.", {"Ola Berg": "ola-berg", "Chile": "CHL"}, "called",
            {"category": "DISAPPROVE", "target": "CHL"}),
    Example("Ola Berg portrayed Tom Reed as a dangerous fraud.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "portrayed", {"category": "DISAPPROVE", "target": "tom-reed"}),
))
def call_a_name(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """Calling an actor an evaluative name ("called Chile a corrupt regime", "portrayed X as a fraud";
    the characterize verbs of event_words.csv, Levin 29.2) is a verbal act of its own:
    DISAPPROVE for an insult, SUPPORT for praise (CAMEO 111 criticize, 051 praise); before
    ``call-for-is-demand`` otherwise."""
    if c.lemma not in words("characterize_verb") or c.pos != "verb":
        return None
    from ..stances.lexicon import person_nouns

    obj = child(c.trigger, "dobj")
    if obj is None or not (ctx.actor_of(obj) or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                           or obj.lemma_.lower() in person_nouns()):
        return None  # "called the pact a disaster" is a statement about a thing
    epithet = _epithet_valence(c.trigger)
    if epithet is None:
        return None
    return "DISAPPROVE" if epithet < 0 else "SUPPORT"


@rule("call-for-is-demand", "sense", (
    Example("The union called for a strike.", {"The union": "union"}, "called", {"category": "DEMAND"}),
    Example("Oslo called on Chile to withdraw.", {"Oslo": "NOR", "Chile": "CHL"}, "called", {"category": "DEMAND"}),
    Example("Oslo called Chile's president on Monday.", {"Oslo": "NOR", "Chile": "CHL"}, "called",
            {"category": "CONSULT"}),
    Example("Ola Berg called to ban the imports.", {"Ola Berg": "ola-berg"}, "called", {"category": "DEMAND"}),
    Example("Ola Berg called for banning the imports.", {"Ola Berg": "ola-berg"}, "called", {"category": "DEMAND"}),
    Example("Some senators have called for Chile and its allies to withdraw.", {"senators": "senate", "Chile": "CHL"},
            "called", {"category": "DEMAND"}),
    # a statement: its quote row holds it, no event row
    Example("Ola Berg has called the pact a disaster.", {"Ola Berg": "ola-berg"}, "called", None),
    Example("Ola Berg called Tom Reed, among other things, “a man of the past.”", {"Ola Berg": "ola-berg",
                                                                              "Tom Reed": "tom-reed"}, "called", None),
))
def call_for(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """call for / call on X to is DEMAND; call X a name is a statement; calling a person or a
    country (on the phone) is CONSULT; any other call is no event."""
    if c.lemma != "call":
        return None
    on = pobj_of(c.trigger, ("on", "upon"))  # "called X on Monday" is a phone call, "called on X to" a demand
    on = on if on is not None and on.ent_type_ not in ("DATE", "TIME") and child(c.trigger, "dobj") is None else None
    if pobj_of(c.trigger, ("for",)) is not None or on is not None or _mark_clause(c.trigger, ("for",)) is not None \
            or _prep_clause(c.trigger, ("for",)) is not None:
        return "DEMAND"  # "called for a strike", "called for Chile to withdraw", "called for banning X"
    if any(ch.dep_ == "prt" and ch.lower_ in ("on", "upon") for ch in c.trigger.children):
        return "DEMAND"  # "called on Chile to withdraw", with "on" parsed as a particle
    if c.pos == "noun":
        other = pobj_of(c.trigger, ("with", "to", "between"))
        return "CONSULT" if other is not None and _kind(ctx, ctx.actor_of(other)) in ("person", "country") \
            else NO_EVENT
    if child(c.trigger, "xcomp") is not None and child(c.trigger, "dobj", "oprd") is None:
        return "DEMAND"  # "called to ban the imports": a call for the act
    if child(c.trigger, "oprd", "ccomp", "xcomp") is not None:
        return "STATEMENT"
    obj = child(c.trigger, "dobj")
    quoted_name = obj is not None and any(t.is_quote for t in c.trigger.subtree if t.i > obj.i)
    if obj is not None and not quoted_name and _kind(ctx, ctx.actor_of(obj)) in ("person", "country"):
        return "CONSULT"
    return NO_EVENT



@rule("announce-an-event", "sense", (
    Example("Norway announced sanctions on Chile.", {"Norway": "NOR", "Chile": "CHL"}, "announced",
            {"category": "SANCTION"}),
    Example("Norway announced the sanctions that it had prepared.", {"Norway": "NOR"}, "announced",
            {"category": "SANCTION"}),
    Example("In March, Norway announced a new 266% tariff on Chilean steel being dumped onto the market.",
            {"Norway": "NOR"}, "announced", {"category": "SANCTION"}),
    Example("Ola Berg announced that Ola Berg will support Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "announced", {"category": "SUPPORT"}),
    Example("Ola Berg announced her plan to endorse Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "announced", {"category": "SUPPORT"}),
))
def announce_event(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """announce, unveil or declare an event noun takes the noun's category; so does the announcement of
    one's own decision ("announced that he will support X", "announced her plan to back X": GUIDE.md,
    "announce a decision"); announce that... about anything else is speech."""
    if c.lemma not in words("announcing_verb") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:  # "announced a tariff on steel being dumped ...": the parser makes the object a clause subject
        comp = child(c.trigger, "ccomp")
        if comp is not None and comp.tag_ in ("VBG", "VBN") and \
                all(a.tag_ in ("VBG", "VBN") for a in comp.children if a.dep_ in ("aux", "auxpass")):
            obj = child(comp, "nsubj", "nsubjpass")
    found = noun_category(obj) if obj is not None else None
    if found is not None:
        c.noun = obj
        return found[1]
    decided = _own_decision(c.trigger, obj, ctx)
    return _complement_sense(decided, ctx) if decided is not None else None


def _own_decision(verb, obj, ctx: SentenceContext):
    """The verb of a decision the subject of ``verb`` announces about itself: a future clause with the same
    subject ("announced that he will support X") or the to-clause of a plan noun ("her plan to back X")."""
    if obj is not None and obj.lemma_.lower() in words("decision_noun"):
        return child(obj, "acl", "relcl") if child(obj, "acl") is not None else None
    comp = child(verb, "ccomp")
    if comp is None or not any(a.dep_ == "aux" and a.lower_ in words("future_aux") | {"would", "’d", "'d"}
                               for a in comp.children):
        return None
    speaker = ctx.actor_of(subject_of(verb))
    return comp if speaker is not None and ctx.actor_of(subject_of(comp)) == speaker else None


@rule("vote-against-for", "sense", (
    Example("The assembly voted against the treaty.", {"The assembly": "assembly"}, "voted", {"category": "REJECT"}),
    Example("The assembly voted for the treaty.", {"The assembly": "assembly"}, "voted", {"category": "SUPPORT"}),
    Example("Chile's vote on sanctions surprised Peru.", {"Chile": "CHL", "Peru": "PER"}, "vote",
            {"category": "SANCTION"}),
    Example("The assembly voted to impose sanctions.", {"The assembly": "assembly"}, "voted", None),
    Example("The assembly voted to hold Ola Berg to account.", {"The assembly": "assembly", "Ola Berg": "ola-berg"},
            "voted", {"category": "AGREE"}),
    Example("More Republicans voted in the Ohio primary.", {"Republicans": "gop"}, "voted", None),
    Example("Ola Berg's vote against the bill angered Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "vote", {"category": "REJECT", "actor_id": "ola-berg"}),
))
def vote_sense(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """vote against is REJECT, vote for is SUPPORT; vote to do X leaves the event to X; a vote
    (noun) against X is REJECT, on an event noun takes that noun's category, any other vote noun none."""
    if c.lemma != "vote":
        return None
    if c.pos == "noun" and pobj_of(c.trigger, ("against",)) is not None and pobj_of(c.trigger, ("on",)) is None:
        return "REJECT"  # "his 2007 vote against the bill", as the verb
    if c.pos == "noun":
        on = pobj_of(c.trigger, ("on", "against", "for", "to"))
        found = noun_category(on) if on is not None else None
        return found[1] if found else NO_EVENT
    if pobj_of(c.trigger, ("against",)) is not None:
        return "REJECT"
    if pobj_of(c.trigger, ("for",)) is not None or (pobj_of(c.trigger, ("in",)) is not None
                                                      and pobj_of(c.trigger, ("in",)).lower_ in ("favor", "favour")):
        return "SUPPORT"
    xcomp = child(c.trigger, "xcomp")
    if xcomp is not None and xcomp.i in ctx.heads and _names_event(xcomp):
        return NO_EVENT
    if xcomp is None and child(c.trigger, "dobj") is None:
        return NO_EVENT  # "more Republicans voted in the primary": taking part, not backing anyone
    return None


def _prep_clause(verb, preps: tuple[str, ...]):
    """The gerund clause of one of ``preps`` below ``verb`` ("called for banning X": banning)."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                 for g in p.children if g.dep_ == "pcomp"), None)


def _mark_clause(verb, marks: tuple[str, ...]):
    """A clause below ``verb`` opened by one of ``marks`` ("called for X to go": for)."""
    return next((ch for ch in verb.children if ch.dep_ in ("ccomp", "advcl")
                 and any(m.dep_ == "mark" and m.lower_ in marks for m in ch.children)), None)


def _names_event(verb) -> bool:
    """Does this verb name an event by itself, or as a light verb through its object noun?"""
    cat = verb_category(verb.lemma_)
    if cat not in (None, "LIGHT"):
        return True
    return cat == "LIGHT" and any(ch.dep_ == "dobj" and noun_category(ch) for ch in verb.children)


@rule("light-verb-noun", "sense", (
    Example("Peru imposed sanctions on Chile.", {"Peru": "PER", "Chile": "CHL"}, "imposed", {"category": "SANCTION"}),
    Example("Peru held talks with Chile.", {"Peru": "PER", "Chile": "CHL"}, "held", {"category": "CONSULT"}),
    Example("The sanctions imposed by Norway on Chile hurt Peru.", {"Norway": "NOR", "Chile": "CHL", "Peru": "PER"},
            "imposed", {"category": "SANCTION", "actor_id": "NOR"}),
    Example("Ola Berg launched a fierce attack on Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "launched", {"category": "DISAPPROVE"}),
    Example("Rebel troops launched an attack on the town.", {"Rebel troops": "rebels"}, "launched",
            {"category": "ASSAULT"}),
))
def light_verb(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A light verb (hold, impose, launch) names the event of its object noun, and nothing without one."""
    if c.category != "LIGHT":
        return None
    noun = next((t for t in c.trigger.children if t.dep_ in ("dobj", "nsubjpass", "attr") and noun_category(t)),
                None)
    if noun is None and c.trigger.dep_ == "acl" and c.trigger.tag_ == "VBN" and noun_category(c.trigger.head) \
            and child(c.trigger, "agent") is not None:  # "sanctions imposed by X"
        noun = c.trigger.head
    if noun is None:
        return NO_EVENT
    c.noun = noun
    if noun.dep_ == "dobj" and noun.lemma_.lower() == "attack":  # "unleashed an attack on X": verbal or armed
        return attack_sense(Cand(noun, "attack", "noun", "ASSAULT", noun=noun), ctx) or noun_category(noun)[1]
    return noun_category(noun)[1]


@rule("decision-to", "sense", (
    Example("Norway's decision not to attend the talks angered Chile.", {"Norway": "NOR", "Chile": "CHL"},
            "decision", {"category": "REJECT"}),
    Example("Norway's decision to impose sanctions angered Chile.", {"Norway": "NOR", "Chile": "CHL"},
            "decision", {"category": "SANCTION"}),
))
def decision_to(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A decision (or choice) not to act is REJECT; a decision to act takes the act's category."""
    if c.pos != "noun" or c.lemma not in ("decision", "choice"):
        return None
    comp = child(c.trigger, "acl", "xcomp", "relcl")
    if comp is None or comp.dep_ == "relcl":
        return NO_EVENT
    if any(t.dep_ == "neg" for t in comp.children):
        return "REJECT"
    cat = verb_category(comp.lemma_)
    if cat == "LIGHT":
        obj = next((t for t in comp.children if t.dep_ == "dobj" and noun_category(t)), None)
        cat = noun_category(obj)[1] if obj is not None else None
    return cat or NO_EVENT


@rule("ask-to-is-demand", "sense", (
    Example("Chile asked Peru to withdraw its troops.", {"Chile": "CHL", "Peru": "PER"}, "asked",
            {"category": "DEMAND"}),
    Example("Asked about the talks, Ola Berg smiled.", {"Ola Berg": "ola-berg"}, "Asked", None),
    Example("The committee requested that the files be kept.", {"The committee": "committee"}, "requested",
            {"category": "DEMAND"}),
    Example("Ola Berg was criticized when asked to condemn Chile.", {"Ola Berg": "ola-berg", "Chile": "CHL"},
            "asked", None),
    Example("The committee requested the files be kept.", {"The committee": "committee"}, "requested",
            {"category": "DEMAND"}),
    Example("Chile asked whether Peru would sign.", {"Chile": "CHL", "Peru": "PER"}, "asked", None),
))
def ask_to(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ask X to do, ask for: DEMAND (CAMEO 10); asked about, asked whether: a question, no event."""
    if c.lemma not in ("ask", "request") or c.pos != "verb":
        return None
    reduced = c.trigger.tag_ == "VBN" and c.trigger.dep_ == "advcl" and child(c.trigger, "nsubj") is None
    if (c.quote is not None and c.quote.kind == "direct") or \
            ((is_passive(c.trigger) or reduced) and child(c.trigger, "agent") is None):
        return NO_EVENT  # "“Mistake?” he asked": a question; "when asked to condemn": asked by no one named
    if child(c.trigger, "xcomp") is not None or pobj_of(c.trigger, ("for",)) is not None:
        return "DEMAND"
    comp = child(c.trigger, "ccomp")
    if comp is not None and (any(t.dep_ == "aux" and t.lower_ == "to" for t in comp.children) or subjunctive(comp)):
        return "DEMAND"  # "asked him to go"; "requested the files be kept" (a mandative subjunctive)
    if _mark_clause(c.trigger, ("for", "that")) is not None:
        return "DEMAND"  # "asked for the files to be kept", "requested that the files be kept"
    obj = child(c.trigger, "dobj")
    if c.lemma == "request" and obj is not None:
        return "DEMAND"
    return NO_EVENT


@rule("recall-an-envoy", "sense", (
    Example("Chile recalled its ambassador from Peru.", {"Chile": "CHL", "Peru": "PER"}, "recalled",
            {"category": "SANCTION"}),
    Example("Chile recalled that the border was closed.", {"Chile": "CHL"}, "recalled", None),
))
def recall_envoy(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """recall an ambassador or envoy reduces relations (CAMEO 161 -> SANCTION); recalling a memory is no event."""
    if c.lemma != "recall" or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    return "SANCTION" if obj is not None and obj.lemma_.lower() in words("envoy_noun") else NO_EVENT


@rule("release-a-person", "sense", (
    Example("Chile released two prisoners on Monday.", {"Chile": "CHL"}, "released", {"category": "CONCEDE"}),
    Example("Chile released a video on Monday.", {"Chile": "CHL"}, "released", {"category": "STATEMENT"}),
))
def release_person(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """release a prisoner or a person is CONCEDE (CAMEO 0841); releasing a video or a report is publishing."""
    if c.lemma not in ("release", "free") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None:
        return NO_EVENT
    if obj.lemma_.lower() in words("released_person") or obj.lower_ in words("released_person") or \
            _kind(ctx, ctx.actor_of(obj)) == "person":
        return "CONCEDE"
    return "STATEMENT" if c.lemma == "release" else NO_EVENT


@rule("offer-what", "sense", (
    Example("Chile offered talks to Peru.", {"Chile": "CHL", "Peru": "PER"}, "offered", {"category": "AGREE"}),
    Example("Chile offered aid to Peru.", {"Chile": "CHL", "Peru": "PER"}, "offered", {"category": "AID"}),
    # speech: the quotes table holds it
    Example("Ola Berg offered a similar explanation on Monday.", {"Ola Berg": "ola-berg"}, "offered", None),
))
def offer_what(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """offering aid is AID; offering talks, a deal or to do something is AGREE (PLOVER: willingness to
    cooperate); offering words (an explanation, tips) is speech."""
    if c.lemma != "offer" or c.pos != "verb":
        return None
    if child(c.trigger, "xcomp") is not None:
        return None
    obj = child(c.trigger, "dobj")
    found = noun_category(obj) if obj is not None else None
    if found is not None:
        c.noun = obj
        return "AID" if found[1] == "AID" else "AGREE"
    return "STATEMENT"


@rule("pull-out-is-retreat", "sense", (
    Example("Chile pulled its troops out of Peru.", {"Chile": "CHL", "Peru": "PER"}, "pulled",
            {"category": "RETREAT"}),
    Example("Ola Berg pulled 70 percent of the vote.", {"Ola Berg": "ola-berg"}, "pulled", None),
    Example("Ola Berg pulled in support from his stance on taxes.", {"Ola Berg": "ola-berg"}, "pulled", None),
))
def pull_out(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """pull out, back or away (from) is RETREAT; pulling votes or support is no event."""
    if c.lemma != "pull" or c.pos != "verb":
        return None
    near = [t.lower_ for t in c.trigger.children if t.dep_ in ("prt", "prep", "advmod")]
    if "in" in near:  # "pulled in support from his base": drew, not withdrew
        return NO_EVENT
    return "RETREAT" if set(near) & words("retreat_particle") else NO_EVENT


@rule("help-do", "sense", (
    Example("Chile helped Peru after the flood.", {"Chile": "CHL", "Peru": "PER"}, "helped", {"category": "AID"}),
    Example("Ola Berg helped with the harvest.", {"Ola Berg": "ola-berg"}, "helped", None),
))
def help_do(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """help an actor is AID; help do X leaves the event to X; help with no actor helped is none."""
    if c.lemma not in ("help", "assist") or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj")
    if obj is not None and ctx.actor_of(obj) and child(c.trigger, "xcomp", "ccomp") is None:
        return "AID"
    return NO_EVENT


@rule("accept-an-offer", "sense", (
    Example("Chile accepted the proposal.", {"Chile": "CHL"}, "accepted", {"category": "AGREE"}),
    Example("Ola Berg accepted gifts from banks.", {"Ola Berg": "ola-berg"}, "accepted", None),
))
def accept_offer(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """accept a proposal, offer, deal, result or nomination is AGREE; accepting money is no event."""
    if c.lemma != "accept" or c.pos != "verb":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() in words("accept_object") or obj.lower_ in words("accept_object") or \
            noun_category(obj) is not None or ctx.actor_of(obj):
        return "AGREE"
    return NO_EVENT


@rule("step-down-drop-out", "sense", (
    Example("Ola Berg stepped down on Monday.", {"Ola Berg": "ola-berg"}, "stepped", {"category": "RETREAT"}),
    Example("Chile suspended its campaign.", {"Chile": "CHL"}, "suspended", {"category": "RETREAT"}),
    Example("Ola Berg dropped the idea.", {"Ola Berg": "ola-berg"}, "dropped", None),
    Example("Chile dropped its tariffs on Peru.", {"Chile": "CHL", "Peru": "PER"}, "dropped", {"category": "CONCEDE"}),
    Example("Ola Berg dropped his bid for the presidency in May.", {"Ola Berg": "ola-berg"}, "dropped",
            {"category": "RETREAT"}),
))
def step_down(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """step down, drop out, drop, suspend or end a campaign or candidacy is RETREAT; other steps and drops none."""
    if c.pos != "verb" or c.lemma not in ("step", "drop", "suspend", "end"):
        return None
    near = {t.lower_ for t in c.trigger.children if t.dep_ in ("prt", "advmod", "prep")}
    obj = child(c.trigger, "dobj")
    if c.lemma == "drop" and obj is not None and (noun_category(obj) or ("", ""))[1] == "SANCTION":
        return "CONCEDE"  # "dropped the tariffs": easing a sanction (CAMEO 081)
    if c.lemma == "step" and "up" in near and obj is not None and noun_category(obj) and carried_on_by(obj):
        c.noun = obj  # "stepped up its attacks": the act carried on (rule aspectual-verb-subject)
        return attack_sense(Cand(obj, "attack", "noun", "ASSAULT", noun=obj), ctx) if obj.lemma_ == "attack" \
            else noun_category(obj)[1]
    if c.lemma == "drop" and obj is not None and obj.lemma_.lower() in words("candidacy_noun"):
        return "RETREAT"  # "dropped his bid for the presidency", as "ended his campaign"
    if c.lemma in ("step", "drop"):
        return "RETREAT" if near & {"down", "out", "aside"} else NO_EVENT
    if obj is not None and obj.lemma_.lower() in ("campaign", "candidacy", "bid", "run"):
        return "RETREAT"
    return None


@rule("question-a-claim", "sense", (
    Example("Ola Berg questioned the minister's claims.", {"Ola Berg": "ola-berg"}, "questioned",
            {"category": "DISAPPROVE"}),
    Example("Police questioned two suspects.", {"Police": "police"}, "questioned", {"category": "INVESTIGATE"}),
))
def question_claim(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """question or challenge a claim, a decision or a record is DISAPPROVE; questioning a person, INVESTIGATE."""
    if c.pos != "verb" or c.lemma not in ("question", "challenge"):
        return None
    obj = child(c.trigger, "dobj")
    if obj is not None and (obj.lemma_.lower() in words("abstract_object") or obj.lower_ in words("abstract_object")):
        return "DISAPPROVE"
    return "INVESTIGATE" if c.lemma == "question" else None


@rule("share-information", "sense", (
    Example("Chile shared intelligence with Peru.", {"Chile": "CHL", "Peru": "PER"}, "shared",
            {"category": "COOPERATE"}),
    Example("Ola Berg shares the view of many voters.", {"Ola Berg": "ola-berg"}, "shares", None),
))
def share_info(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """share, provide or hand something to or with an actor is COOPERATE; sharing a view is none."""
    if c.pos != "verb" or c.lemma not in ("share", "provide", "hand", "transfer"):
        return None
    obj = child(c.trigger, "dobj")
    to = pobj_of(c.trigger, ("with", "to")) or (pobj_of(obj, ("with", "to")) if obj is not None else None)
    dative = child(c.trigger, "dative")
    if (to is not None and ctx.actor_of(to)) or (dative is not None and ctx.actor_of(dative)):
        return None
    if c.lemma == "provide" and child(c.trigger, "dobj") is not None and noun_category(child(c.trigger, "dobj")):
        return noun_category(child(c.trigger, "dobj"))[1]
    return NO_EVENT


@rule("phrasal-cooperation", "sense", (
    Example("Chile worked with Peru on the plan.", {"Chile": "CHL", "Peru": "PER"}, "worked", {"category": "COOPERATE"}),
    Example("Ola Berg worked hard all week.", {"Ola Berg": "ola-berg"}, "worked", None),
    Example("Chile sided with Peru.", {"Chile": "CHL", "Peru": "PER"}, "sided", {"category": "SUPPORT"}),
    Example("Chile pushed Peru to sign.", {"Chile": "CHL", "Peru": "PER"}, "pushed", {"category": "DEMAND"}),
    Example("Ola Berg pushed the cart.", {"Ola Berg": "ola-berg"}, "pushed", None),
))
def phrasal(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """work/team up with an actor (COOPERATE), side with (SUPPORT), push an actor to or for (DEMAND): only with
    the particle or phrase that makes the sense."""
    if c.pos != "verb" or c.lemma not in ("work", "side", "team", "push"):
        return None
    with_actor = pobj_of(c.trigger, ("with", "alongside"))
    if c.lemma in ("work", "side", "team"):
        return None if with_actor is not None and ctx.actor_of(with_actor) else NO_EVENT
    if pobj_of(c.trigger, ("for",)) is not None or child(c.trigger, "xcomp", "ccomp") is not None:
        return None
    return NO_EVENT


@rule("charge-concede-vow", "sense", (
    Example("Prosecutors charged Ola Berg with fraud.", {"Prosecutors": "prosecutors", "Ola Berg": "ola-berg"},
            "charged", {"category": "COERCE"}),
    Example("Chile charged on Monday that Peru had broken the accord.", {"Chile": "CHL", "Peru": "PER"},
            "charged", {"category": "DISAPPROVE"}),
    Example("Ola Berg conceded the race on Monday.", {"Ola Berg": "ola-berg"}, "conceded", {"category": "CONCEDE"}),
    Example("Chile vowed to retaliate against Peru.", {"Chile": "CHL", "Peru": "PER"}, "vowed",
            {"category": "THREATEN"}),
))
def charge_concede_vow(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """charge X with a crime is COERCE, charge that... an accusation (CAMEO 112); concede that... is speech,
    concede the race CONCEDE; vow to retaliate, punish or fight is THREATEN, vow to do other things AGREE."""
    if c.pos != "verb" or c.lemma not in ("charge", "concede", "vow"):
        return None
    comp = child(c.trigger, "ccomp")
    if c.lemma == "charge":
        return "DISAPPROVE" if comp is not None else ("COERCE" if pobj_of(c.trigger, ("with",)) else NO_EVENT)
    if c.lemma == "concede":
        return "STATEMENT" if comp is not None else None
    xcomp = child(c.trigger, "xcomp")
    hostile = {"ASSAULT", "FIGHT", "COERCE", "SANCTION", "THREATEN"}
    if xcomp is not None and (xcomp.lemma_.lower() in ("retaliate", "punish", "destroy", "respond", "avenge")
                              or verb_category(xcomp.lemma_) in hostile):
        return "THREATEN"
    return None
