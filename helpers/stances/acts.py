"""Stance evidence from acts of support that name no stance word: money raised or given for someone
and help to win an election (PLOVER AID, "provide economic aid"; Levin 13.1 give verbs).

* rule ``money-for``: a verb of raising or giving money (``MONEY_VERBS``) whose object is money (a
  MONEY entity or a money noun) and whose "for" or "to" phrase names an actor supports that actor:
  "raised $1 billion for Trump", "gave $2,700 to Rubio's campaign"; "donated to Smith" needs no object;
* rule ``help-win``: "help" with a clause of winning: its subject is supported ("spent $200,000 to
  help Shuster beat back a challenge"), the object of "elect" is supported ("wants to help elect
  Democrats"), the object of "defeat" opposed when the clause has no subject of its own
  ("helped defeat Jones").

The holder is the subject of the verb (climbing control and purpose clauses, as the stance
predicates do); negation, questions, conditionals and could/might/may remove the evidence.
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Token

from . import rules
from .lexicon import act_words
from .structure import Context, Evidence, actor_target, holder_tokens, hypothetical, negated, negated_above

MONEY_VERBS = act_words("money_verb")
#: verbs that need no money object: "donated to Smith"
GIVING_VERBS = act_words("giving_verb")
MONEY_NOUNS = act_words("money_noun")
HELP_VERBS = act_words("help_verb")
WIN_VERBS = act_words("win_verb")
ELECT_VERBS = act_words("elect_verb")
AGAINST_VERBS = act_words("against_verb")
CONFIDENCE = {"money-for": 0.8, "help-win": 0.75}


def _is_money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in MONEY_NOUNS or tok.tag_ == "$" or any(
        c.tag_ == "$" or c.ent_type_ == "MONEY" for c in tok.children)


def _money_targets(tok: Token) -> list[Token]:
    """The actors a money verb gives to: the object of its "for" or "to" (or "on behalf of")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not (any(_is_money(o) for o in objs) or (not objs and tok.lemma_.lower() in GIVING_VERBS)):
        return []
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "on")):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.lower_ == "on" and pobj is not None and pobj.lower_ == "behalf":
            pobj = next((g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), None)
        if pobj is not None:
            out.append(pobj)
    return out


def _help_targets(tok: Token) -> list[tuple[Token, float]]:
    """(target, sign) of a help verb with a clause of winning."""
    out: list[tuple[Token, float]] = []
    for clause in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in WIN_VERBS):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = next((c for c in tok.children if c.dep_ == "dobj"), None)  # "helped Smith win"
        if subj is not None:
            out.append((subj, 1.0))
            continue
        lemma = clause.lemma_.lower()
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is not None and lemma in ELECT_VERBS:
            out.append((obj, 1.0))
        elif obj is not None and lemma in AGAINST_VERBS:
            out.append((obj, -1.0))
    return out


def _target_actor(ctx: Context, tok: Token) -> Optional[tuple[str, str]]:
    actor = ctx.actor_at(tok)
    if actor is None and tok.lemma_.lower() in ("campaign", "candidacy", "bid", "pac"):
        # "gave $2,700 to Rubio's campaign": its owner
        owner = next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        actor = ctx.actor_at(owner) if owner is not None else None
    return actor_target(ctx, actor) if actor else None


def act_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence of rules ``money-for`` and ``help-win``."""
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in MONEY_VERBS | HELP_VERBS:
            continue
        rule = "money-for" if lemma in MONEY_VERBS else "help-win"
        if not rules.enabled(rule) or ctx.tables.is_boilerplate(tok.idx):
            continue
        found = [(t, 1.0) for t in _money_targets(tok)] if rule == "money-for" else _help_targets(tok)
        if not found:
            continue
        sent = ctx.tables.sentence_at(tok.idx)
        if hypothetical(tok, sent.text if sent else "") or negated(tok) or negated_above(tok):
            continue
        holders = list(dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_tokens(tok)))))
        for target_tok, sign in found:
            target = _target_actor(ctx, target_tok)
            if target is None:
                continue
            for holder in holders:
                if holder != target[0]:
                    rules.fired(rule)
                    yield Evidence(holder, target[0], target[1], sign, CONFIDENCE[rule], tok.idx,
                                   ctx.quote_ids(tok), rule)
