"""Phases 5 and 6, countries and groups: countries that act ("Ukraine said") and
plural officials named by nationality that act ("European leaders voice ...").
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from .. import gazetteer
from ..records import COUNTRY, GROUP
from .lexicon import (DEFINITE, _country, _country_name, _metonym, _roles)
from .tokens import TokenView


class Groups(TokenView):
    # -- countries and groups -------------------------------------------------
    def _country_actor(self, iso3: Optional[str], span: Span, how: str) -> None:
        if not iso3:
            return
        name = _country_name(iso3)
        actor = self._other(name, COUNTRY, iso3)
        actor.add(span.start_char, span.end_char, how)

    def build_countries(self) -> None:
        for ent in self.ents:
            if ent.label_ != "GPE" or not self.live[ent.start]:
                continue
            span = ent[1:] if ent[0].text.lower() == "the" and len(ent) > 1 else ent
            if any(i in self.name_tokens for i in range(span.start, span.end)):
                continue
            iso = _country(span.text)
            if iso is None or _metonym(span.text) or gazetteer.is_demonym(span.text):
                continue
            if not self._agentive(span.root):
                continue
            self._country_actor(iso, span, "name" if span.text == _country_name(iso) else "alias")

    def build_groups(self) -> None:
        """Plural people who act, named by nationality: "European leaders voice ..."."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or self.tags[i] not in {"NNS", "NNPS"}:
                continue
            tok = doc[i]
            role = self._role_at(tok.i)
            if role is None or _roles()[role[1]] in {"honorific", "relational"}:
                continue
            if not self._agentive(tok):
                continue
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
            nations = [c for c in mods if c.ent_type_ in {"NORP", "GPE"}]
            for c in list(nations):
                nations += [cc for cc in c.conjuncts if cc.i < tok.i and cc.ent_type_ in {"NORP", "GPE"}]
            if not nations:
                continue
            left = min([c.left_edge.i for c in mods] + [role[0]])
            while doc[left].text.lower() in DEFINITE or doc[left].pos_ == "DET":
                left += 1
            span = doc[left:tok.i + 1]
            isos = {_country(c.text) for c in nations} - {None}
            actor = self._other(span.text, GROUP, isos.pop() if len(isos) == 1 else None)
            actor.add(span.start_char, span.end_char, "name")

