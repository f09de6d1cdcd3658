"""Phase 5, bodies by description: "the committee", "the board", "the panel" as mentions of
the organisation named before them.

A definite noun phrase ("the committee", "the state's election board") whose head is a body noun
of ``data/reference/body_nouns.csv``, with no name of its own, refers back to the most recently
mentioned organisation whose name holds one of the noun's name words ("the panel" -> "House
Select Committee on Benghazi"). With no such organisation earlier in the article it is left alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..records import ORGANIZATION
from ..reference import read_table
from .tokens import TokenView, _Actor

DETERMINERS = {"the", "that", "this"}


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, frozenset[str]]:
    """Body noun -> the lower-case words an organisation's name must hold for it to refer there."""
    return {r["noun"].lower(): frozenset(r["name_words"].lower().split()) for r in read_table("body_nouns.csv")}


class Bodies(TokenView):
    def read_body_descriptions(self) -> None:
        nouns = body_nouns()
        if not nouns:
            return
        orgs = [a for a in self.others.values() if a.kind == ORGANIZATION and a.mentions]
        if not orgs:
            return
        doc = self.doc
        for i, lemma in enumerate(self.lemmas):
            if lemma not in nouns or self.pos[i] != "NOUN" or self.tags[i] in ("NNS", "NNPS") or not self.live[i]:
                continue
            tok = doc[i]
            if tok.ent_type_ or tok.dep_ == "compound" or any(o.covers(tok.idx) for o in orgs):
                continue
            left = tok.left_edge.i
            if doc[left].lower_ not in DETERMINERS or any(doc[j].pos_ == "PROPN" for j in range(left, i)):
                continue  # "the Senate committee" is a name of its own; "a committee" is any committee
            target = self._body_before(tok.idx, nouns[lemma], orgs)
            if target is not None:
                target.add(doc[left].idx, tok.idx + len(tok.text), "description")

    @staticmethod
    def _body_before(offset: int, name_words: frozenset[str], orgs: list[_Actor]) -> Optional[_Actor]:
        best, at = None, -1
        for a in orgs:
            if not name_words & set(a.name.lower().replace(".", "").split()):
                continue
            last = a.last_before(offset)
            if last > at:
                best, at = a, last
        return best
