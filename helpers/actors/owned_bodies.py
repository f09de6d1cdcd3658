"""Bodies owned by a pronoun: "Her campaign had halted its ads" makes the campaign of the person
"her" means an organisation of its own, as "the Clinton campaign" is (rule ``pronoun-owned-body``).

It extracts an organisation from a head noun of a person's body (``PERSON_BODIES``: campaign,
administration, team ...) owned by a singular personal pronoun (``pronouns.csv``) when the noun
acts (the subject of a verb other than "be"). The owner is the person named last before the
pronoun, in its sentence or the one before, whose gender (when known) agrees with the pronoun's;
the body is named by that person's surname and the noun ("Clinton campaign"), so that it is the
same actor as the article's "Clinton's campaign".
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..records import ORGANIZATION
from .lexicon import _singular_pronoun_genders
from .rules import rule_on
from .tokens import _Actor

#: the dependencies of a subject
SUBJECTS = {"nsubj", "nsubjpass"}


def pronoun_bodies(view, heads: set[str]) -> None:
    """``pronoun-owned-body``: add the bodies of people that a pronoun owns and that act."""
    if not rule_on("pronoun-owned-body"):
        return
    genders = _singular_pronoun_genders()
    for tok in view.doc:
        if not view.live[tok.i] or view.lowers[tok.i] not in heads or not view._agentive(tok) \
                or tok.dep_ != "nsubj":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in genders), None)
        if owner is None:
            continue
        person = _owner_person(view, owner, genders[owner.lower_])
        if person is None:
            continue
        actor = view._other(f"{person.name.split()[-1]} {view.lowers[tok.i]}", ORGANIZATION, person.country)
        actor.add(owner.idx, tok.idx + len(tok.text), "alias")


def _owner_person(view, pronoun: Token, gender: str) -> Optional[_Actor]:
    """The person named before ``pronoun`` in its sentence or the one before, of a gender that
    does not contradict the pronoun's: the last one named as a subject, else the last one named
    ("Clinton campaigned with the mother of Trayvon Martin. Her campaign ..." is Clinton's)."""
    doc = view.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    best, where = None, (False, -1)
    for p in view.people:
        if p.gender not in (None, gender):
            continue
        for (s, e) in p.mentions:
            span = doc.char_span(s, e)
            if not start <= s < pronoun.idx or span is None:
                continue
            key = (span.root.dep_ in SUBJECTS, s)
            if key > where:
                best, where = p, key
    return best
