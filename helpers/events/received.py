"""Acts the subject receives: "X came under fire from Y", "X drew criticism from Y", "X faced attacks by Y".

The event noun (criticism, fire, attack, praise, boos) is the object of a verb of receiving
(``event_words.csv`` receive_verb: draw, earn, face, ...) or of "under" ("came under fire", "is under
attack"); the from- or by-phrase that the parser hangs on the verb names the one who acted, and the
subject of the verb is the target. A sense rule reads fire and attack received from a person or an
organisation as criticism, not arms.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext, actor_kind, pobj_of, subject_of
from .lexicon import words
from .rules import Example, rule

#: the prepositions whose object gives what the subject receives
SOURCE_PREPS = ("from", "by")


def received_verb(noun: Token) -> Optional[Token]:
    """The verb by which the subject receives the event noun: "drew criticism", "came under fire"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in words("receive_verb"):
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def received_source(noun: Token) -> Optional[Token]:
    """The from- or by-phrase of the receiving verb (or of the noun itself) of a received event noun."""
    verb = received_verb(noun)
    if verb is None:
        return None
    return pobj_of(noun, SOURCE_PREPS) or pobj_of(verb, SOURCE_PREPS)


@rule("received-fire-is-criticism", "sense", (
    Example("Jo Hart came under fire from Tom Reed over the plan.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"},
            "fire", {"category": "DISAPPROVE"}),
    Example("The convoy came under fire from rebel fighters.", {"rebel fighters": "rebels"}, "fire",
            {"category": "ASSAULT", "actor_id": "rebels"}),
))
def received_fire(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """Fire or attacks received from a person or an organisation ("came under fire from Republicans") are
    criticism (PLOVER DISAPPROVE); from soldiers, rebels or a country they stay armed force."""
    if c.pos != "noun" or c.trigger.lemma_.lower() not in words("figurative_fire"):
        return None
    source = received_source(c.trigger)
    if source is None:
        return None
    military = words("military")
    if any(t.lemma_.lower() in military or t.lower_ in military for t in [source, *source.children]):
        return None
    return "DISAPPROVE" if actor_kind(ctx, ctx.actor_of(source)) in ("person", "organization", "group") else None


@rule("received-from-verb", "agent", (
    Example("Jo Hart's remarks drew criticism from Tom Reed on Monday.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"},
            "criticism", {"actor_id": "tom-reed", "target": "jo-hart"}),
    Example("Jo Hart came under fire from Tom Reed over the plan.", {"Jo Hart": "jo-hart", "Tom Reed": "tom-reed"},
            "fire", {"actor_id": "tom-reed", "target": "jo-hart"}),
))
def received_from_verb(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """An event noun the subject receives ("drew criticism from Y", "came under fire from Y") is the act
    of the from- or by-phrase, aimed at the subject."""
    if c.pos != "noun":
        return None
    source = received_source(c.trigger)
    agent = ctx.actor_of(source) if source is not None else None
    if agent is None:
        return None
    target = ctx.actor_of(subject_of(received_verb(c.trigger)))
    return agent, target if target != agent else None
