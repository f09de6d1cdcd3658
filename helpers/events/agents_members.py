"""Agent rule ``members-not-the-body``: the people of a body are not the body acting.

"The first member of Congress to endorse X", "the RNC finance chairmen have come aboard", "committee staffers
apologized": a subject headed by a noun of membership or of a post in a body (``body_member_noun`` in
event_words.csv: one "member", or plural holders of posts) with the body named only as its modifier (a compound, an
owner or an of-phrase) names those people, not the body: the body is no agent of their act. The
agent rules ask ``members_of_body`` before they read a body out of such a phrase (``agents.active_subject``,
``agents.partitive_subject``, ``agents._by_agent``). People named there are rule ``followers-not-leader``'s
business ("Sanders delegates"); a singular post ("the chairman of the Fed") still speaks for its body.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext, actor_kind, pobj_of
from .lexicon import words
from .rules import REGISTRY, Example, rule

#: dependency labels through which a noun phrase names the body its head belongs to
_MODIFIERS = ("compound", "amod", "nmod", "poss")


@rule("members-not-the-body", "agent", (
    Example("Two Chile staffers endorsed Tom Reed.", {"Chile": "CHL", "Tom Reed": "tom-reed"}, "endorsed", None),
    Example("The past three Chile finance chairmen backed Tom Reed.", {"Chile": "CHL", "Tom Reed": "tom-reed"},
            "backed", None),
    Example("Chile endorsed Tom Reed.", {"Chile": "CHL", "Tom Reed": "tom-reed"}, "endorsed", {"actor_id": "CHL"}),
))
def members_not_the_body(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``members_of_body``."""
    return None


def members_of_body(tok: Optional[Token], ctx: SentenceContext) -> bool:
    """Does ``tok`` head a phrase of members of a body ("members of Congress", "RNC chairmen") that names
    the body only as its modifier? Then the body does not act through it."""
    rule_ = REGISTRY.get("members-not-the-body")
    if tok is None or rule_ is None or not rule_.enabled or tok.pos_ != "NOUN" or ctx.mention_at(tok) is not None:
        return False
    lemma = tok.lemma_.lower()
    # one member is never the body; plural members may be its member states ("NATO members agreed"),
    # plural holders of posts (chairmen, staffers) are people
    if lemma not in words("body_member_noun") or tok.tag_ != ("NN" if lemma == "member" else "NNS"):
        return False
    named = [ch for ch in tok.children if ch.dep_ in _MODIFIERS]
    of = pobj_of(tok, ("of",))
    named += [of] if of is not None else []
    bodies = [m.actor_id for m in (ctx.mention_at(t) for t in named) if m is not None]
    return any(actor_kind(ctx, a) != "person" for a in bodies)
