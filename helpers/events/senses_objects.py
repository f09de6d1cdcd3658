"""Sense rules for event verbs that name an act only with the right kind of object: one signs a law, a
letter or a deal ("signed autographs" is no act of agreement), passes a bill, meets a person, not a target or a
deadline; one returns money or property to someone, not home; money spent or raised for a candidate is
support; opposing a request or an offer is rejecting it. They register before the rules of
``senses.py``. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext, child, pobj_of, subject_of
from .lexicon import words
from .rules import Example, rule


@rule("sign-a-document", "sense", (
    Example("Ola Berg signed the bill on Monday.", {"Ola Berg": "ola-berg"}, "signed", {"category": "AGREE"}),
    Example("Ola Berg signed autographs for supporters.", {"Ola Berg": "ola-berg"}, "signed", None),
    Example("The act, which Ola Berg signed into law in March, took effect.", {"Ola Berg": "ola-berg"}, "signed",
            {"category": "AGREE"}),
))
def sign_document(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """sign a law, a letter, an order or a deal (``signed_document``, ``agreement_noun``) is the act of the
    lexicon; signing anything else (autographs, a jersey) is none."""
    if c.pos != "verb" or c.lemma != "sign":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return None
    if obj.lower_ in ("which", "that") and c.trigger.dep_ == "relcl":
        obj = c.trigger.head  # "the Act, which Obama signed": the antecedent is what was signed
    into = pobj_of(c.trigger, ("into",))  # "signed X into law"
    nouns = {obj.lemma_.lower(), obj.lower_} | {ch.lower_ for ch in obj.children if ch.dep_ == "compound"} \
        | ({into.lemma_.lower()} if into is not None else set())
    return None if nouns & (words("signed_document") | words("agreement_noun")) else ""


@rule("meet-a-standard", "sense", (
    Example("The organizers met their financial targets.", {"The organizers": "organizers"}, "met", None),
    Example("Ola Berg met Tom Reed in Oslo.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "met",
            {"category": "CONSULT"}),
))
def meet_standard(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """meet a target, a deadline or the criteria (``met_standard``) is no meeting."""
    if c.pos != "verb" or c.lemma != "meet":
        return None
    obj = child(c.trigger, "dobj")
    return "" if obj is not None and obj.lemma_.lower() in words("met_standard") else None


@rule("pass-a-law", "sense", (
    Example("The assembly passed the bill on Monday.", {"The assembly": "assembly"}, "passed", {"category": "AGREE"}),
    Example("Ola Berg passed the house.", {"Ola Berg": "ola-berg"}, "passed", None),
))
def pass_law(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """pass a bill, law, resolution or measure (``passed_law``) is AGREE; other passing is none."""
    if c.pos != "verb" or c.lemma != "pass":
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    return None if obj is not None and obj.lemma_.lower() in words("passed_law") else ""


def is_money(obj) -> bool:
    """A MONEY entity, a currency sign or a money noun (``money_noun``) in the phrase of ``obj``."""
    money = words("money_noun")
    return obj.ent_type_ == "MONEY" or obj.lemma_.lower() in money or \
        any(t.text in ("$", "€", "£") or t.lemma_.lower() in money for t in obj.subtree)


@rule("return-property", "sense", (
    Example("Ola Berg returned $4,000 from a lobbyist last year.", {"Ola Berg": "ola-berg"}, "returned",
            {"category": "CONCEDE"}),
    Example("Chile returned the seized files to Peru.", {"Chile": "CHL", "Peru": "PER"}, "returned",
            {"category": "CONCEDE", "target": "PER"}),
    Example("Ola Berg returned to Oslo on Monday.", {"Ola Berg": "ola-berg"}, "returned", None),
))
def return_property(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """return money, or return something to an actor, is CONCEDE (CAMEO 0842 return, release property; CAMEO
    08 YIELD -> PLOVER CONCEDE); returning to a place, or the favour, is none."""
    if c.pos != "verb" or c.lemma != "return":
        return None
    obj = child(c.trigger, "dobj")
    if obj is None:
        return ""
    to = pobj_of(c.trigger, ("to",))
    return None if is_money(obj) or (to is not None and ctx.actor_of(to) is not None) else ""


@rule("oppose-a-proposal", "sense", (
    Example("Chile opposed Peru's request for a new inquiry.", {"Chile": "CHL", "Peru": "PER"}, "opposed",
            {"category": "REJECT"}),
    Example("Chile opposed the war in May.", {"Chile": "CHL"}, "opposed", {"category": "DISAPPROVE"}),
))
def oppose_proposal(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """oppose a request, a proposal, an offer or a bid (``proposal_noun``) is to reject it (CAMEO 12 REJECT:
    125 reject proposal, 12 reject request); opposing anything else stays DISAPPROVE. A position stated in
    the present ("said she opposes the request") is left to rule position-stated."""
    if c.pos != "verb" or c.lemma != "oppose" or (c.trigger.tag_ in ("VBZ", "VBP") and c.trigger.dep_ == "ccomp"):
        return None
    obj = child(c.trigger, "dobj", "nsubjpass")
    return "REJECT" if obj is not None and (obj.lemma_.lower() in words("proposal_noun")
                                            or obj.lower_ in words("proposal_noun")) else None


@rule("money-for-someone", "sense", (
    Example("Ola Berg raised $1 million for Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "raised",
            {"category": "SUPPORT"}),
    Example("Ola Berg raised $1 million for the Senate campaign.", {"Ola Berg": "ola-berg", "Senate": "senate"},
            "raised", None),
    Example("Ola Berg spent $200,000 to help Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "spent",
            {"category": "SUPPORT"}),
    Example("Ola Berg raised his hand at Tom Reed's rally.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"},
            "raised", None),
    Example("Ola Berg spent $500,000 on TV ads.", {"Ola Berg": "ola-berg"}, "spent", None),
))
def money_for_someone(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """spend or raise money for an actor ("raised $1 million for X", "spent $200,000 to help X", "on behalf of
    X") is SUPPORT of that actor (CAMEO 05 / PLOVER SUPPORT, as fundraise in event_verbs.csv); raising or
    spending with no one it is for is no event (raised questions, spent money on ads)."""
    if c.pos != "verb" or c.lemma not in ("spend", "raise"):
        return None
    obj = child(c.trigger, "dobj")
    if obj is None or not is_money(obj):
        return ""
    agent = ctx.actor_of(subject_of(c.trigger))
    for who in _beneficiaries(c.trigger, obj):  # the beneficiary by name or as owner ("for X's campaign"),
        for t in [who] + [ch for ch in who.children if ch.dep_ == "poss"]:  # not "the Senate campaign"
            m = ctx.mention_at(t)
            if m is not None and m.actor_id != agent:
                return "SUPPORT"
    return ""


def _beneficiaries(verb, obj) -> list:
    """Whom money is spent or raised for: "for X" (on the verb or the money), "on behalf of X", and the object of
    a purpose clause ("to help X", "to boost X")."""
    out = [o for o in (pobj_of(verb, ("for",)), pobj_of(obj, ("for",))) if o is not None]
    behalf = pobj_of(verb, ("on",))
    if behalf is not None and behalf.lower_ == "behalf":
        out += [o for o in (pobj_of(behalf, ("of",)),) if o is not None]
    for purpose in (ch for ch in verb.children if ch.dep_ in ("advcl", "xcomp")):  # "to help X (win)"
        out += [o for o in purpose.children if o.dep_ == "dobj"]
        out += [s for comp in purpose.children if comp.dep_ in ("ccomp", "xcomp") for s in comp.children
                if s.dep_ == "nsubj"]
    return out
