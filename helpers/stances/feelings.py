"""Stance evidence from feelings: whoever a text says is angered, disappointed or pleased by someone
takes a stance toward that someone, the cause of the feeling (``stance_feeling_words.csv``, Levin 31.1
amuse verbs and their participles, 31.3 marvel adjectives).

* rule ``feeling-cause``: a verb of causing a feeling has the cause as its subject and the one who feels
  it as its object: "Trump's remarks angered Jewish leaders" (the leaders oppose Trump, the owner of the
  remarks), "Smith impressed the delegates" (they support Smith);
* rule ``feeling-adjective``: an adjective or participle of feeling is its subject's stance toward the
  object of "with", "in", "at", "about", "over" or "by": "Y was disappointed in X", "Y is upset with X",
  "Y was angered by X", "Y, pleased with X, ...";
* rule ``feeling-clause``: the same words with a clause: its subject is the cause: "Y is upset that X
  undermined the rules", "Y was angry when X spoke" (not a passive clause: in "Y is upset that X was
  attacked" X is no cause).

The cause must be an actor, a country or a topic of ``topics.csv``; a negated, hedged or questioned
feeling gives nothing. A word the stance lexicon already reads as an adjective with a preposition
("angry at") is left to it.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from . import lexicon, rules
from .structure import (Context, Evidence, _conjuncts, _prep_objects, _subject_tokens, hypothetical,
                        negated, negated_above, resolve_target)

CAUSE_VERBS = lexicon.feeling_words("stimulus_verb")
FEELING_WORDS = lexicon.feeling_words("feeling_adjective")
#: prepositions whose object is what the feeling is about
PREPS = ("with", "in", "at", "about", "over", "by", "of")
#: what opens a clause that names the cause ("upset that X ...", "angry when X ...")
CLAUSE_MARKS = {"that", "when", "after", "because"}
CONFIDENCE = 0.8


def _experiencers(tok: Token) -> list[Token]:
    """Who feels what an adjective or participle names: its subject, the subject of the verb it
    complements ("was upset", "became angry"), or the noun a participle phrase describes."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        return [subj[0], *_conjuncts(subj[0])]
    if tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and tok.head.i != tok.i:
        return _subject_tokens(tok.head)
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return [tok.head]
    return []


def _clause_causes(tok: Token) -> list[Token]:
    """The subject of a clause a feeling word takes ("upset that X ...", "angry when X ..."), unless passive."""
    out = []
    # the parser may hang the clause on the copula: "[were] upset after X called ..."
    heads = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    for c in (c for h in heads for c in h.children):
        if c.dep_ not in ("ccomp", "advcl") or c.pos_ not in ("VERB", "AUX"):
            continue
        # "when" is the parser's adverb, not its mark: "recoiled when X began attacking Y"
        marks = {m.lower_ for m in c.children if m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ == "when")}
        if (marks and not marks & CLAUSE_MARKS) or (not marks and c.dep_ == "advcl"):
            continue
        subj = [s for s in c.children if s.dep_ == "nsubj"]
        out += [t for s in subj[:1] for t in (s, *_conjuncts(s))]
    return out


def _of_owner(ctx: Context, tok: Token) -> Token:
    """The actor an event noun names with "of" when the noun names none itself: "the rise of X" is X."""
    if ctx.actor_at(tok) is None and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj" and ctx.actor_at(g)), None)
                if obj is not None:
                    return obj
    return tok


def _targets(ctx: Context, toks: list[Token]) -> list[tuple[str, str]]:
    listed = set(lexicon.topic_words().values())
    out = []
    for t in toks:
        out += [(k, kind) for k, kind in resolve_target(ctx, t) if kind != "topic" or k in listed]
    return list(dict.fromkeys(out))


def _found(ctx: Context, tok: Token) -> list[tuple[list[Token], list[tuple[str, str]], int, str]]:
    """(holder tokens, targets, sign, rule) for one token."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.pos_ == "VERB" and objs and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):  # "has offended women": the cause is the subject
        if lemma not in CAUSE_VERBS or not rules.enabled("feeling-cause"):
            return []
        holders = [objs[0], *_conjuncts(objs[0])]
        return [(holders, _targets(ctx, [_of_owner(ctx, t) for t in _subject_tokens(tok)]), CAUSE_VERBS[lemma],
                 "feeling-cause")]
    if word not in FEELING_WORDS or tok.pos_ not in ("ADJ", "VERB"):
        return []
    out = []
    if rules.enabled("feeling-adjective") and not (tok.pos_ == "ADJ" and lexicon.predicate_rows(tok.lemma_, "ADJ")):
        out.append((_experiencers(tok), _targets(ctx, _prep_objects(tok, PREPS)), FEELING_WORDS[word],
                    "feeling-adjective"))
    if rules.enabled("feeling-clause"):
        out.append((_experiencers(tok), _targets(ctx, _clause_causes(tok)), FEELING_WORDS[word], "feeling-clause"))
    return out


def _negated_head(tok: Token) -> bool:
    """"did not seem upset": the verb a feeling word complements is negated."""
    return tok.dep_ in ("oprd", "acomp", "xcomp") and any(c.dep_ == "neg" for c in tok.head.children)


def feeling_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rules ``feeling-cause``, ``feeling-adjective`` and ``feeling-clause``."""
    for tok in ctx.doc:
        found = [f for f in _found(ctx, tok) if f[0] and f[1]]
        if not found or ctx.tables.is_boilerplate(tok.idx):
            continue
        sent = ctx.tables.sentence_at(tok.idx)
        if hypothetical(tok, sent.text if sent else "") or negated(tok) or negated_above(tok) or _negated_head(tok):
            continue
        for holder_toks, targets, sign, rule in found:
            holders = list(dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_toks))))
            for holder in holders:
                for key, kind in targets:
                    if key != holder:
                        rules.fired(rule)
                        yield Evidence(holder, key, kind, float(sign), CONFIDENCE, tok.idx, ctx.quote_ids(tok), rule)
