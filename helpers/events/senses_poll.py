"""Sense rule ``poll-finding``: what a poll shows people doing or thinking is a finding, not their act.

"Early polls show voters rejecting X", "a poll that shows more voters view X unfavorably than support her",
"45 percent of registered voters said they would vote for X": the verb is the content of a poll or a
survey (its subject is a ``poll_noun`` of event_words.csv) or of the answer of a share of respondents (a
percentage subject of the governing verb); the respondents did not act, the poll reports an opinion.
The poll's own act ("the poll found") is a statement. Registers before the rules of ``senses.py``.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext, subject_of
from .lexicon import words
from .rules import Example, rule

#: links through which a verb is the content of the verb above it ("shows voters rejecting X": the
#: participle hangs on the object of "shows")
_CONTENT = ("ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "dobj")


def _poll_subject(verb: Token) -> bool:
    subj = subject_of(verb)
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    return lemma in words("poll_noun") or lemma in ("percent", "percentage") or subj.text == "%"


@rule("poll-finding", "sense", (
    Example("Early polls show voters in Lima rejecting Ola Berg.", {"Ola Berg": "ola-berg", "voters": "voters"},
            "rejecting", None),
    Example("Forty percent of the voters said they would vote for Ola Berg.", {"Ola Berg": "ola-berg",
                                                                              "the voters": "voters"}, "vote", None),
    Example("The voters rejected Ola Berg on Sunday.", {"Ola Berg": "ola-berg", "The voters": "voters"},
            "rejected", {"actor_id": "voters"}),
))
def poll_finding(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A verb in the content of a poll or of a share of respondents names an opinion found: no event."""
    if c.pos != "verb":
        return None
    t = c.trigger
    for _ in range(4):
        if t.dep_ not in _CONTENT or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _poll_subject(t):
            return ""
    return None
