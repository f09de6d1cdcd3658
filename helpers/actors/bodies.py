"""Phase 5, bodies by description: "the committee", "the board", "the panel" as mentions of
the organisation named before them.

A definite noun phrase ("the committee", "the Benghazi committee") whose head is a body noun
of ``data/reference/body_nouns.csv``, and whose proper-name words (if any) are words of the body's
name, refers back to the most recently
mentioned organisation whose name holds one of the noun's name words ("the panel" -> "House
Select Committee on Benghazi"). With no such organisation earlier in the article it is left alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import word_classes
from ..records import ORGANIZATION
from ..reference import read_table
from .tokens import TokenView, _Actor

DETERMINERS = word_classes("actor_function_words.csv")["demonstrative"]


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
            if lemma not in nouns or self.pos[i] not in ("NOUN", "PROPN") or self.tags[i] in ("NNS", "NNPS") or not self.live[i]:
                continue
            tok = doc[i]
            ent_alone = tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
            if (tok.ent_type_ and not ent_alone) or tok.dep_ == "compound" or any(o.covers(tok.idx) for o in orgs):
                continue  # inside a longer name; "the Committee" alone is still a description
            left = tok.left_edge.i
            if doc[left].lower_ not in DETERMINERS:
                continue  # "a committee" is any committee
            # "the Benghazi committee": a name before the noun must be part of the body's name
            names = {doc[j].lower_ for j in range(left, i) if doc[j].pos_ == "PROPN"}
            target = self._body_before(tok.idx, nouns[lemma], orgs, names)
            if target is not None:
                target.add(doc[left].idx, tok.idx + len(tok.text), "description")

    @staticmethod
    def _body_before(offset: int, name_words: frozenset[str], orgs: list[_Actor],
                     names: frozenset[str] | set[str] = frozenset()) -> Optional[_Actor]:
        best, at = None, -1
        for a in orgs:
            words = set(a.name.lower().replace(".", "").split())
            if not name_words & words or not names <= words:
                continue
            last = a.last_before(offset)
            if last > at:
                best, at = a, last
        return best
