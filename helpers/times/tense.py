"""The direction a clause gives an underspecified date: PAST, FUTURE or NEAREST.

The first verb up the dependency chain from the time expression decides. A modal of the
future ("will", "'ll", "would", "going to") or an infinitive ("to run through June") points
forward, and so does a forward-looking verb or adjective of TimeML's I_ACTION/I_STATE classes
(``data/reference/time_forward_words.csv``: "expected … in April", "due in June"); a past tense
or a perfect points back, and so does the present of a reporting verb ("says on Friday", lemmas
of ``data/reference/reporting_verbs.csv``); any other present tense ("takes effect on Sunday",
"meets on Tuesday"), a modal of possibility ("could", "may"), an "if" clause and a date with
no verb over it ("payable Dec. 7", "Wednesday's ruling") take the nearest occurrence. A gerund
passes the decision to the clause above it; a bare past participle ("filed on Sunday") is past.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from ..lexicon import reporting_verbs
from ..reference import read_table
from .dates import FUTURE, NEAREST, PAST

#: modals and auxiliaries that point at the future
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "going", "gon"}
_HAVE = {"has", "have", "had", "'ve", "'s"}
_BE = {"is", "are", "am", "'re", "'m"}


@lru_cache(maxsize=1)
def reporting_lemmas() -> frozenset[str]:
    """Verbs of saying, writing and showing, whose present tense still reports the past ("Trump says
    on Friday ..."); verbs of thought and stance do not ("Florida votes in mid-March", "hopes to win
    in November")."""
    return frozenset(lemma.lower() for lemma, verb in reporting_verbs().items()
                     if " " not in lemma and verb.verb_class in _REPORTING_CLASSES)


#: the classes of ``reporting_verbs.csv`` whose present tense reports a past act
_REPORTING_CLASSES = {"speech", "writing", "evidence", "label"}


@lru_cache(maxsize=1)
def forward_words() -> frozenset[tuple[str, str]]:
    return frozenset((r["lemma"].lower(), r["pos"]) for r in read_table("time_forward_words.csv"))


@lru_cache(maxsize=1)
def object_dating_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in read_table("time_forward_words.csv") if r["object"] == "1")


def _participle(token: Token) -> bool:
    """A participle with no auxiliary: a gerund ("key to scoring a win in November") has no tense
    of its own, the clause above decides; a past participle ("disclosures filed on Sunday") is
    past unless it looks forward ("a summit set for April")."""
    return (token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "acomp")
            or token.tag_ == "VBG" and token.dep_ in ("pcomp", "acl", "advcl", "amod")) \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


#: forward words that look forward only with one of these prepositions (or an infinitive) under them:
#: "a summit set for April", "set for Washington in April" are ahead, "the record set on Aug. 6" behind
_ONLY_THROUGH = {"set": {"for", "to", "until", "till"}}


def _active_or_phrasal(token: Token) -> bool:
    """"has set aside", "set up", "he set a date": an active or phrasal verb, not "is set for"."""
    kids = {c.dep_ for c in token.children}
    return "prt" in kids or token.pos_ in ("VERB", "AUX") and not _participle(token) and "auxpass" not in kids


def _looks_forward(token: Token, via: Optional[Token] = None) -> bool:
    through = _ONLY_THROUGH.get(token.lemma_.lower())
    if through is not None and (_active_or_phrasal(token) or via is not None and via.dep_ == "prep"
                                and via.lower_ not in through
                                and not any(c.lower_ in through or c.dep_ == "xcomp" for c in token.children)):
        return False
    pos = "ADJ" if token.pos_ == "ADJ" or _participle(token) else token.pos_
    return (token.lemma_.lower(), pos) in forward_words() or (token.lower_, "ADJ") in forward_words() \
        and token.dep_ in ("acomp", "amod", "advcl", "xcomp")


def _chain(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens from the expression's root up to the first verb (or the sentence root)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    return _chain_from(span.root)


def _chain_from(token: Token) -> list[Token]:
    chain = [token]
    for _ in range(40):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and len(chain) > 1 \
                and not (_participle(token) and token.tag_ == "VBG"):
            break
        if token.head.i == token.i:  # the root (a new Token per access, so compare indices)
            break
        token = token.head
        chain.append(token)
    return chain


_COMPLEMENT = ("xcomp", "ccomp", "dobj", "attr", "oprd")


def _forward(chain: list[Token], verb: Token) -> bool:
    """A forward-looking word in the chain below the verb ("due in June", "plans for Tuesday"),
    or the verb itself when the date belongs to what it looks forward to: its complement
    ("expects [the deal to close on Friday]"), its present ("is expected in April"), or a past
    with an object and no clause of its own ("expected one more cut in April"; but "agreed in
    June to buy", "decided on Feb. 11 that" date the agreeing and the deciding)."""
    if any(_looks_forward(t, chain[i - 1]) for i, t in enumerate(chain) if 0 < i < len(chain) - 1):
        return True
    below = chain[-2] if len(chain) > 1 else None
    if not _looks_forward(verb, below):
        return False
    if below is not None and below.dep_ in _COMPLEMENT:
        return True
    if verb.tag_ != "VBD":
        return True
    kids = {c.dep_ for c in verb.children}
    return verb.lemma_.lower() in object_dating_verbs() and "dobj" in kids and not kids & {"xcomp", "ccomp"}


_PRESENT_MODALS = {"can", "could", "may", "might", "must", "should", "ca"}
_AHEAD_MODALS = {"can", "may", "might", "must", "should", "ca"}
_UNTIL = {"until", "till", "through", "til"}


@lru_cache(maxsize=1)
def deadline_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in read_table("time_deadline_verbs.csv"))


def _deadline(chain: list[Token], verb: Token) -> bool:
    """"extended its offer until Nov. 9", "gave them until Tuesday": a date after until/through
    right under a verb that moves a deadline is still ahead."""
    return len(chain) >= 3 and chain[-2].lower_ in _UNTIL and chain[-2].head.i == verb.i \
        and verb.lemma_.lower() in deadline_verbs()


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """PAST, FUTURE or NEAREST for the clause governing the characters ``start:end``."""
    chain = _chain(doc, start, end)
    if chain and chain[0].dep_ == "poss":
        return _possessive_day(chain)
    tense = _chain_tense(chain)
    if tense == PAST and any(_prospective_gerund(t) for t in chain[1:-1]):
        return NEAREST
    return tense


def _prospective_gerund(token: Token) -> bool:
    """"in hopes of seeing them on the ticket in the fall", "plans for building a plant in May": a
    gerund after a forward-looking word (``time_forward_words.csv``) names a thing aimed at, not a
    thing done, so the past verb above does not date it ("accused of cutting jobs in May" does)."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp":
        return False
    aim = token.head.head
    return any(aim.lemma_.lower() == lemma for lemma, _ in forward_words())


#: prepositions before a thing that has not happened yet ("ahead of Sunday's vote")
_BEFORE = {"ahead", "before", "until", "till", "pending", "toward", "towards"}


def _possessive_day(chain: list[Token]) -> str:
    """"In Sunday's debate, the senator attacked ...": a thing a past clause names lies in the past,
    and so does its day; in any other clause ("will get around Wednesday's ruling": the ruling is
    done, the getting around ahead), or for a thing still ahead of the clause ("campaigned ahead of
    Sunday's vote"), the day is the nearest."""
    thing = chain[1] if len(chain) > 1 else None
    if thing is None:
        return NEAREST
    above = _chain_from(thing)
    if any(t.lower_ in _BEFORE for t in above[1:]) or any(t.lower_ in _BEFORE for t in thing.lefts):
        return NEAREST
    return PAST if _chain_tense(above) == PAST else NEAREST


def _chain_tense(chain: list[Token]) -> str:
    token = chain[-1] if chain else None
    if token is None or token.pos_ not in ("VERB", "AUX") or len(chain) < 2:
        if chain and any(_looks_forward(t) for t in chain[1:]):
            return FUTURE
        return NEAREST
    if _forward(chain, token) or _deadline(chain, token):
        return FUTURE
    if _participle(token):
        return PAST  # "disclosures filed on Sunday": a past participle dates a past event
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
        # "if he won the election on Nov. 8": a condition, not a past; a present condition looks
        # ahead ("could lose the Senate if he is on the ticket in November")
        return FUTURE if _present_condition(token) else NEAREST
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & _FUTURE_AUX:
        return FUTURE
    if token.lower_ == "going" and any(c.lower_ == "to" for c in token.children):
        return FUTURE
    if words & _PRESENT_MODALS:
        # "can he win in November", "may vote in May": a possibility ahead; "could" is also the past of
        # "can" ("could not be reached Wednesday") and keeps the nearest, as does any perfect
        return FUTURE if words & _AHEAD_MODALS and not words & _HAVE else NEAREST
    if "to" in words:
        head = token.head
        if head.lower_ == "going" or _looks_forward(head):
            return FUTURE
        if head.pos_ == "ADJ" and head.head.i != head.i:
            head = head.head  # "made it difficult to meet demand into the summer": the verb above decides
        return PAST if head.tag_ == "VBD" or head.tag_ == "VBN" and {c.lower_ for c in head.children} & _HAVE \
            else FUTURE
    tags = {token.tag_} | {c.tag_ for c in aux}
    if "VBD" in tags or ("VBN" in tags and words & _HAVE):
        return PAST
    if tags & {"VBZ", "VBP"} or (token.tag_ == "VBG" and words & _BE):
        # "officials say it fell on Tuesday" is a report of a past act; a passive present is no
        # report ("when the case is heard in May")
        passive = any(c.dep_ == "auxpass" for c in aux)
        return PAST if token.lemma_.lower() in reporting_lemmas() and not passive else NEAREST
    return PAST


def _present_condition(verb: Token) -> bool:
    """An if-clause in the simple present, active or passive ("if he is ...", "unless it passes")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tags = {verb.tag_} | {c.tag_ for c in aux}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"} and not any(c.lower_ in _HAVE for c in aux)


def dates_the_verb(doc: Doc, start: int, end: int) -> bool:
    """True when the expression, alone or in its preposition, hangs right on the clause's verb ("In
    October, she proposed ...", "asked about them in February"), so it dates that act and not a
    thing the clause names ("a cut in its supply in September", "the convention in July")."""
    chain = _chain(doc, start, end)
    if len(chain) < 2 or chain[-1].pos_ not in ("VERB", "AUX"):
        return False
    return len(chain) == 2 or len(chain) == 3 and chain[1].dep_ == "prep"
