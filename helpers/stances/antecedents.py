"""Antecedents of relative pronouns for the stance holder (``structure._subject_tokens``): "who" names a
person, so a "who" clause that the parser attaches to a thing inside an "of" phrase of a role in
apposition ("Altman, a former official and head of the fund Acme Partners who donated ...") is the
clause of the person the apposition describes (rule ``who-person``); the person is a name the NER
tags a person or leaves untagged. A "he"/"she" subject of a clause reported by a person ("Poolman said he
was leaning toward Cruz", "Schmidt told reporters she backs Cruz") is the reporter (rule
``reported-pronoun``), before the person last named (rule ``last-named-person``), unless a same pronoun is the main subject of the
sentence before, which it continues (rule ``pronoun-chain``). The members a subject noun names in an apposition
("Two objectors, Joyce and Graham, challenged ...") are subjects too (rule ``apposed-members``)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from . import rules


def who_person(head: Token) -> Token:
    """"who" names a person: attached to a thing inside an "of" phrase of a role in apposition ("X, head
    of the fund Y Partners who donated ...") it is the person the apposition describes (rule
    ``who-person``)."""
    t = head
    while t.ent_type_ != "PERSON" and t.dep_ in ("pobj", "appos", "conj", "compound") and t.head.i != t.i:
        t = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of" else t.head
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.ent_type_ in ("PERSON", "") \
                and head.ent_type_ != "PERSON" \
                and rules.enabled("who-person"):
            rules.fired("who-person")
            return t.head
        if t.pos_ not in ("NOUN", "PROPN"):
            break
    return head


#: how many sentences back a pronoun holder looks for the person last named
LOOKBACK = 3


def last_named_person(ctx, pronoun: Token):
    """A "he"/"she" holder is the one person named in the nearest sentence (the pronoun's own, before it,
    or up to ``LOOKBACK`` back) that names any person, when that sentence names exactly one (rule
    ``last-named-person``): "... declared Oksuz was a leader of the plot. He was detained. He denounced
    the coup" is Oksuz's, whoever coreference linked. With two persons named there, None (coreference
    decides). A name inside a direct quote is not counted: the quote speaks of it, the narrative does
    not ("“I prefer Kasich,” he said, noting he had backed Rubio")."""
    if not rules.enabled("last-named-person"):
        return None
    sent = pronoun.sent
    for _ in range(LOOKBACK + 1):
        named = {ctx.token_actor[t.i] for t in sent if t.i < pronoun.i and t.pos_ == "PROPN"
                 and t.i in ctx.token_actor and not _in_direct_quote(ctx, t) and getattr(ctx.actors.get(ctx.token_actor[t.i]), "kind", "") == "person"}
        if named:
            if len(named) > 1:
                return None
            chained = _chained_subject(ctx, pronoun, sent, named)
            if chained is not None:
                return chained
            rules.fired("last-named-person")
            return named.pop()
        if sent.start == 0:
            return None
        sent = pronoun.doc[sent.start - 1].sent
    return None


def _chained_subject(ctx, pronoun: Token, sent, named: set[str]) -> Optional[str]:
    """Rule ``pronoun-chain``: a "he" continues the "he" that is the main subject of the sentence before
    when the one person that sentence names is not its subject ("He said Mr. Lane should win a prize.
    He also praised Tom Reed" is the first "he"'s, not Lane's): a subject pronoun keeps the topic of the
    discourse (centering). The earlier pronoun's actor is what coreference linked it to, else None."""
    if sent == pronoun.sent or not rules.enabled("pronoun-chain"):
        return None
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].lower_ != pronoun.lower_:
        return None
    earlier = ctx.token_actor.get(subjects[0].i)
    if earlier is None or earlier in named or getattr(ctx.actors.get(earlier), "kind", "") != "person":
        return None
    rules.fired("pronoun-chain")
    return earlier


def _in_direct_quote(ctx, tok: Token) -> bool:
    return any(q.kind != "indirect" for q in ctx.token_quotes.get(tok.i, ()))


def participle_holder(verb: Token) -> list[Token]:
    """An active participle on a noun takes the noun as its holder (rule ``participle-holder``): "the
    super PAC backing Smith", "groups opposing the bill". An apposition of the noun after the participle
    is the parser's misreading of the participle's object ("a PAC supporting Gov. Smith")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ == "appos" and c.i > verb.i for c in noun.children) or not rules.enabled("participle-holder"):
        return []
    rules.fired("participle-holder")
    return [noun]


#: pronouns rule ``reported-pronoun`` reads, with the gender officials.csv may confirm
REPORTED_PRONOUNS = {"he": "m", "she": "f"}
#: subjects that are no reporter to bind a pronoun to
_NO_REPORTER = {"he", "she", "it", "they", "i", "we", "you", "who", "that", "which"}


def reported_pronoun(ctx, pronoun: Token):
    """The person who reports a clause whose subject is "he"/"she" (rule ``reported-pronoun``): "Poolman
    said he was leaning toward Cruz", "Schmidt told POLITICO she was leaning toward Cruz", "Emineth became a
    delegate and said he backs Trump". English binds such a pronoun to the reporting subject far more often
    than to a person named earlier; coreference often links it elsewhere. None when the clause is no
    complement of a verb with a named person as its subject, when the pronoun sits in a direct quote (there
    "he" is someone the speaker talks about), or when officials.csv gives the reporter the other gender."""
    if pronoun.lower_ not in REPORTED_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass") \
            or pronoun.head.dep_ != "ccomp" or _in_direct_quote(ctx, pronoun) or not rules.enabled("reported-pronoun"):
        return None
    from .structure import _subject_tokens  # structure imports this module

    subjects = _subject_tokens(pronoun.head.head)
    if not subjects or subjects[0].lower_ in _NO_REPORTER:
        return None
    actor_id = ctx.actor_at(subjects[0])
    actor = ctx.actors.get(actor_id) if actor_id else None
    if actor is None or actor.kind != "person":
        return None
    from .lexicon import official_gender

    gender = official_gender(actor.name)
    if gender is not None and gender != REPORTED_PRONOUNS[pronoun.lower_]:
        return None
    rules.fired("reported-pronoun")
    return actor_id


def apposed_members(subject: Token) -> list[Token]:
    """The members a common-noun subject names in an apposition with conjuncts (rule ``apposed-members``):
    "Two objectors, Lawrence Joyce and William Graham, challenged X" -> Joyce and Graham."""
    if subject.pos_ != "NOUN" or not rules.enabled("apposed-members"):
        return []
    for c in subject.children:
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
            out, stack = [c], [c]
            while stack:
                for g in stack.pop().children:
                    if g.dep_ == "conj":
                        out.append(g)
                        stack.append(g)
            rules.fired("apposed-members")
            return out
    return []
