"""Stance evidence from what an actor is said to propose: an owned proposal is its owner's support
of its content, whatever the sentence around it does with it (rule ``owned-proposal``).

* a noun with a participle of proposing and an owner: "Trump's proposed ban on Muslims", "her
  planned tax cut" support the ban, the tax cut;
* a proposal noun with an owner and a "for" phrase: "Smith's proposal for a carbon tax", "her plan
  for universal child care", "his push for tax cuts" support the tax, the child care, the cuts.

Only topics are targets (a plan "for Syria" is no support of Syria), the owner must be an actor
that a mention covers, and a proposal under a question or a conditional gives nothing. "Jones
criticized Smith's proposed ban" still opposes the ban through Jones's predicate; this rule adds
that Smith is for it.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from . import lexicon, rules
from .structure import NOT_TOPICS, Context, Evidence, hypothetical, topic_key

#: participles that make a noun its owner's proposal ("his proposed ban", "her planned tax cut")
PROPOSED = lexicon.act_words("proposed_participle")
#: nouns naming a proposal whose "for" phrase is its content (the nominalizations of Levin 37.7 say
#: verbs "propose", "suggest" and of PLOVER's demand verbs "push", "call", "plan")
PROPOSAL_NOUNS = lexicon.act_words("proposal_noun")
CONFIDENCE = 0.7


def _owner(ctx: Context, noun: Token) -> Optional[str]:
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":  # "his proposal": coreference too often picks the wrong person
            return ctx.actor_at(c)
    return None


def _contents(tok: Token) -> list[Token]:
    """What the proposal is about: the noun itself under a participle of proposing, or the object of
    a proposal noun's "for"."""
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in PROPOSED and tok.head.pos_ == "NOUN":
        return [tok.head]
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PROPOSAL_NOUNS:
        return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return []


def proposal_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rule ``owned-proposal``: the owner of a proposal supports its content (a topic)."""
    if not rules.enabled("owned-proposal"):
        return
    for tok in ctx.doc:
        contents = _contents(tok)
        if not contents or ctx.tables.is_boilerplate(tok.idx):
            continue
        owner_noun = tok.head if tok.dep_ == "amod" else tok
        holder = _owner(ctx, owner_noun)
        if holder is None:
            continue
        sent = ctx.tables.sentence_at(tok.idx)
        if hypothetical(owner_noun, sent.text if sent else ""):
            continue
        for content in contents:
            ent = ctx.token_ent.get(content.i)
            if content.i in ctx.token_actor or content.lemma_.lower() in lexicon.person_nouns() or (ent is not None and (ent.label_ in NOT_TOPICS
                                                                     or ent.label_ in ("GPE", "NORP"))) or content.lemma_.lower() == "country":
                continue
            key = topic_key(content)
            if key:
                rules.fired("owned-proposal")
                yield Evidence(holder, key, "topic", 1.0, CONFIDENCE, tok.idx, ctx.quote_ids(tok), "owned-proposal")
