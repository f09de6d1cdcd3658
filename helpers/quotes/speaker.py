"""The speaker of a reporting verb: its subject, or the name after it in inverted order, or
the speaker of the verb it hangs on, through the parse (``source_of``); and the organisation
that an "it" reports for.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from ..lexicon import (
    source_nouns,
)
from ..records import COUNTRY, ORGANIZATION
from .context import _Resolver
from .syntax import (
    FINITE,
    NOUN_POS,
    SUBJECT_DEPS,
    _appositive_verb_subject,
    _as_aside,
    _as_clause,
    _dateline,
    _opening_gerund_clause,
    _people_word,
    _root_name_verb,
    _run_in_head,
    _spaced_dash,
    _verb_row,
    noun_phrase,
)

INVERTED_DEPS = ("dobj", "attr", "npadvmod", "appos", "oprd", "dative", "nsubj")


GERUND_PREPS = {"by", "after", "before", "while", "in", "upon", "on", "despite"}  # not "without": nothing was said




def source_of(verb: Token, *, depth: int = 0, outside: Optional[Callable[[Token], bool]] = None) -> Optional[Token]:
    """The token heading the speaker of a reporting verb, or None. ``outside`` says which
    tokens may speak: the parser sometimes takes a word inside the quotation for a second
    subject ("“... panic mode,” said Leslie Wimes")."""
    aside = _as_aside(verb)
    if aside is not None:
        return aside[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        # a dash the parse makes a second subject ("― Trump boasted") speaks for no one, nor does
        # a label before a colon when a subject follows it ("The Latest: Trump urges ...")
        if c.dep_ in ("nsubj", "csubj") and not c.is_punct and (outside is None or outside(c)) and not (
                c.i < verb.i and any(o.i > c.i for o in subjects)
                and (any(t.text == ":" for t in verb.doc[c.right_edge.i + 1: verb.i]) or _run_in_head(c))):
            if _dateline(c):
                # "WASHINGTON -- President Obama, ..., said": the parse makes the dateline the subject
                return next((g for g in c.children if g.dep_ == "appos"), None)
            named = _glued_subject(c)
            if named is not None:
                return named
            return c  # a relative pronoun ("who said") is resolved through its antecedent later
    buried = _buried_subject(verb)
    if buried is not None:
        return buried
    for c in verb.children:
        if c.dep_ == "agent":  # "was told by X"
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    # inverted order ("..., said Kremlin spokesman Dmitry Peskov"): the name after the verb, but
    # not the addressee of "encouraged Americans to ..." or the object of "called Trump a liar"
    addressed = any(c.dep_ in ("xcomp", "oprd", "ccomp") and c.i > verb.i for c in verb.children)
    # nor the object of a verb that reports its object ("citing geopolitical factors")
    reports_object = getattr(_verb_row(verb), "object_mode", None) is not None
    for c in verb.rights:
        if (addressed or reports_object) and c.dep_ in ("dobj", "dative"):
            continue
        if c.dep_ in INVERTED_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) \
                and c.ent_type_ not in ("DATE", "TIME") and (outside is None or outside(c)):
            # "said Monday" names a day, not a speaker
            return c
    if _root_name_verb(verb):
        return verb.head
    if depth < 3 and _opening_gerund_clause(verb) is not None:
        return source_of(verb.head.head, depth=depth + 1, outside=outside)
    detached = _appositive_verb_subject(verb)
    if detached is not None:
        return detached
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        if depth < 3 and verb.head.lemma_.lower() in source_nouns() and verb.head.dep_ == "dobj":
            # "the Port Authority issued a statement calling ...": whoever issued the statement speaks
            issuer = source_of(verb.head.head, depth=depth + 1)
            if issuer is not None:
                return issuer
        occasion = verb.head.head
        if depth < 3 and verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
                and verb.head.lemma_.lower() not in source_nouns() \
                and getattr(_verb_row(occasion.head), "quote", False):
            # "she said at a news conference announcing ...": who spoke there announces (a
            # document speaks for itself: "In a statement announcing ..., the union called ...")
            speaker = source_of(occasion.head, depth=depth + 1, outside=outside)
            if speaker is not None:
                return speaker
        if verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
                and occasion.head.pos_ in ("VERB", "AUX") and not _people_word(verb.head) \
                and verb.head.lemma_.lower() not in source_nouns():
            # "hid their havens, in many cases reporting ...": a phrase saying where or how can
            # not speak; the participle's subject is the clause's, or no one we can tell
            return source_of(occasion.head, depth=depth + 1, outside=outside) if depth < 3 else None
        return verb.head  # "footage of Trump saying ..."
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.pos_ == "PROPN" and before.dep_ in ("pobj", "dobj"):
            return before  # "uses footage of Trump saying ...": the name right before the participle
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # "responded by saying ...", "after telling reporters ...": the gerund's subject is the
        # subject of the verb the phrase modifies, a passive one too ("After saying ..., she was
        # taken to hospital")
        main = verb.head.head
        return source_of(main, depth=depth + 1) or next((c for c in main.children if c.dep_ == "nsubjpass"), None)
    if depth < 3 and outside is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") \
            and outside(verb) and not outside(verb.head):
        # "..., Ruiz said, adding, “...”": the parse hangs the participle on a verb inside the
        # quotation; it goes with the nearest verb before it outside the marks
        for j in range(verb.i - 1, verb.sent.start - 1, -1):
            prev = verb.doc[j]
            if prev.pos_ in ("VERB", "AUX") and outside(prev) and not verb.is_ancestor(prev):
                return source_of(prev, depth=depth + 1, outside=outside)
    outer = _outside_dash_aside(verb) if depth < 3 else None
    if outer is not None:
        return source_of(outer, depth=depth + 1, outside=outside)
    shared = _finite_conjunct_head(verb) if depth < 3 else None
    if shared is not None:
        return source_of(shared, depth=depth + 1, outside=outside)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "relcl") and verb.head.i != verb.i:
        if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS:
            return None
        inner = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > inner.i and inner.dep_ == "ccomp" \
                and verb.doc[verb.i - 1].text == "," and getattr(_verb_row(inner.head), "indirect", False):
            subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not _people_word(subj):
                # "Analysts said rates have risen, citing ...": rates cite nothing; the participle
                # closing the sentence goes with whoever reported the clause
                return source_of(inner.head, depth=depth + 1, outside=outside)
        if _as_clause(verb):
            if verb.tag_ == "VBN":
                # "As reported in the Chronicle, ...", "as noted in the mayor's letter": the
                # writing it appeared in, or its author, speaks
                where = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                for g in where:
                    author = next((o for o in g.children if o.dep_ == "poss" and o.pos_ in ("PROPN", "NOUN")), None)
                    if author is not None:
                        return author
                    if g.pos_ == "PROPN" or g.ent_type_ == "ORG" or g.lemma_.lower() in source_nouns():
                        return g
            return None  # "Patriot failed, as predicted": the clause's subject is what was said
        if verb.dep_ == "xcomp":
            # "forced Smith to admit that ...", "left many nations feeling that ...": the
            # object before the infinitive or participle does it
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                    or any(g.ent_type_ in ("NORP", "GPE", "ORG") for g in obj.lefts)):
                return obj
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
            # "Scott can be heard yelling that ...": the one heard or seen speaks
            heard = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if heard is not None:
                return heard
        # "was arrested and said ...", "was asked to explain ...": a passive head's subject too
        return source_of(verb.head, depth=depth + 1, outside=outside) or next(
            (c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return None


def _outside_dash_aside(verb: Token) -> Optional[Token]:
    """The verb outside a dash-bracketed aside that a subjectless participle after the aside goes
    with ("marched past the stadium - where the team played - while chanting, “...”": the
    marchers chant, though the parse hangs the participle on the aside's verb)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    closing = [t for t in doc[head.i + 1: verb.i] if _spaced_dash(t)]
    opening = [t for t in doc[verb.sent.start: head.i] if _spaced_dash(t)]
    if not closing or not opening:
        return None
    lo, hi = opening[-1].i, closing[0].i
    h = head
    while lo < h.i < hi and h.head.i != h.i:
        h = h.head
    return h if not lo < h.i < hi and h.pos_ in ("VERB", "AUX") else None


def _finite_conjunct_head(verb: Token) -> Optional[Token]:
    """The verb a subjectless finite conjunct ("... and suggested that ...") really joins when the
    parse hangs it on a verb of another form inside a clause ("Jo Hart said the city would sell
    the land and suggested that ...": "suggested" cannot share "would"): the nearest verb above
    with the same tense form."""
    if verb.tag_ not in FINITE or verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    j = verb.i - 1
    while j > verb.sent.start and verb.doc[j].dep_ in ("advmod", "neg") and verb.doc[j].head.i == verb.i:
        j -= 1
    if verb.doc[j].lower_ not in ("and", "but"):
        return None
    if verb.head.tag_ == verb.tag_:
        # ("Jo Hart said that she agrees but said “...”": a conjunct the parse made a complement)
        if verb.dep_ == "ccomp":
            return verb.head
        outer = verb.head.head
        clause = verb.head.dep_ == "ccomp" or verb.head.dep_ == "advcl" and any(
            c.lower_ == "that" and c.i < verb.head.i for c in verb.head.children)  # "that" misread as an adverb
        past = verb.tag_ == "VBD" and outer.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in outer.children)
        if verb.head.lemma_ == "be" and clause and (outer.tag_ == verb.tag_ or past) \
                and getattr(_verb_row(outer), "indirect", False):
            # "The board said the offer was “too low” and urged ...": a state is reported, an act
            # that reports goes with the reporter
            return outer
        return None
    h = verb.head
    for _ in range(4):
        if h.head.i == h.i:
            return None
        h = h.head
        if h.tag_ == verb.tag_ and h.pos_ in ("VERB", "AUX") and h.i < verb.i:
            return h
    return None


def _buried_subject(verb: Token) -> Optional[Token]:
    """A name right before a finite verb that has no subject, which the parse buried in the
    phrase before it ("In a meeting with the board of the Post Trump said ..."): it is the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ not in ("pobj", "compound", "conj"):
        return None
    # (or joined to the last noun of an opening clause: "When ... of the old feud, Reyes and Palmer call them ...")
    phrase = next((c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i
                   and c.left_edge.i <= name.i <= c.right_edge.i), None)
    return name if phrase is not None else None


def _glued_subject(subj: Token) -> Optional[Token]:
    """The name in apposition to a subject that is really the object of the word before it:
    "With 20 days until the vote, Jane Cole, an adviser, said": the parse makes "the vote"
    the subject and the name its apposition. A subject opens its clause; one right after a
    preposition or a verb does not."""
    first = subj.left_edge
    if first.i == subj.sent.start or subj.i > subj.head.i:
        return None  # ("said Rep. Jane Cole (D-Ohio)": after the verb the order is inverted)
    before = subj.doc[first.i - 1]
    if before.pos_ not in ("ADP", "VERB", "AUX") or before.dep_ == "mark":
        return None
    return next((g for g in subj.children if g.dep_ == "appos" and g.i > subj.i and (
        g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG"))), None)


COPULAS = {"be", "seem", "appear", "remain", "become"}


def _reporting_organisation(it: Token, resolver: _Resolver) -> Optional[str]:
    """The organisation or country that reports the clause in which "it" speaks ("China said it
    opposed the test and warned ..."), or None. Coreference leaves "it" alone (it is as often a
    plan or no one); the subject of a reported clause that itself reports is the reporter."""
    clause = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.lemma_ in COPULAS and any(
            c.dep_ in ("ccomp", "xcomp", "csubj") for c in clause.children):
        return None  # "said it is clear that ...": that "it" stands for the clause after it
    verb = clause.head
    if not getattr(_verb_row(verb), "indirect", False):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _dateline(subject):
        return None
    actor = resolver.tables.actor(resolver.actor_at(*noun_phrase(subject), head=subject.idx))
    return actor.actor_id if actor is not None and actor.kind in (ORGANIZATION, COUNTRY) else None
