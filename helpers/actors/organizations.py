"""Phase 4, organisations: ORG entities, the organisation gazetteer (acronyms in
parentheses become aliases), short forms, and metonyms (a seat of government is
always an actor, a capital only where it speaks or acts).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from .. import gazetteer
from ..records import COUNTRY, ORGANIZATION
from .lexicon import (_country, _is_possessive,
                      _metonym, _org_of, _organizations,
                      _words, _form_pattern,
                      slugify)
from .tokens import _Actor, TokenView


class Organizations(TokenView):
    # -- organisations --------------------------------------------------------
    def _other(self, name: str, kind: str, country: Optional[str], role: Optional[str] = None) -> _Actor:
        key = slugify(name)
        if key not in self.others:
            self.others[key] = _Actor(name=name, kind=kind, role=role, country=country, names=[_words(name)])
        a = self.others[key]
        a.country = a.country or country
        return a

    def build_organizations(self) -> None:
        doc = self.doc
        acronyms: dict[str, _Actor] = {}
        spans: list[tuple[str, Span]] = []
        for ent in self.ents:
            if ent.label_ not in {"ORG", "GPE", "FAC", "NORP"} or not self.live[ent.start]:
                continue
            s, e = ent.start, ent.end
            if ent.label_ == "ORG" and doc[e - 1].pos_ == "ADP" and e < len(doc) and doc[e].ent_iob_ == "B":
                # "University of" + "Chicago": a place the gazetteer ruler cut out of the name
                e = next(x.end for x in self.ents if x.start == e)
            while e > s and (_is_possessive(doc[e - 1]) or doc[e - 1].is_punct):
                e -= 1
            if e <= s:
                continue
            role = self._role_at(e - 1)
            if role is not None and role[0] < s:
                continue  # "State" of "Secretary of State" is part of a title
            span = doc[s:e]
            bare = span[1:] if span[0].text.lower() == "the" and len(span) > 1 else span
            spans.append((ent.label_, bare))
        tagged = [bare.text for label, bare in spans if label == "ORG"]
        # a lone unknown word ("North", "Justice") is a body only if tagged twice or an acronym
        spans = [(label, bare) for label, bare in spans
                 if len(bare) > 1 or label != "ORG" or _org_of(bare.text)
                 or (bare.text.isupper() and len(bare.text) <= 8)
                 or tagged.count(bare.text) >= 2 or self._short_form(bare) is not None]
        # long names first, so that a short form ("the Post") can join the long one
        for label, bare in sorted(spans, key=lambda lb: -len(lb[1])):
            self._organization(label, bare, acronyms)
        self._scan_organizations(acronyms)

    def _organization(self, label: str, bare: Span, acronyms: dict[str, _Actor]) -> None:
        text = bare.text
        if any(i in self.name_tokens for i in range(bare.start, bare.end)) or self._is_person_name(text):
            return
        row = _org_of(text)
        met = _metonym(text)
        if met and (row is None or met[0] != row["name"]):
            if met[0] != text and not self._agentive(bare.root):
                return
            if met[1] == COUNTRY:
                self._country_actor(met[2], bare, "alias")
                return
            row = _org_of(met[0]) or row
            name = row["name"] if row else met[0]
            actor = self._other(name, ORGANIZATION, met[2] or (row or {}).get("country") or None, self._org_role(row))
            actor.add(self._with_det(bare)[0], bare.end_char, "name" if text == name else "alias")
            return
        if row is None:
            if label != "ORG" or not self._looks_like_org(bare):
                return
        name = row["name"] if row else text
        short = None if row else self._short_form(bare)
        if short is not None:
            actor, how = short, "alias"
        else:
            country = (row or {}).get("country") or self._country_inside(bare)
            actor = self._other(name, ORGANIZATION, country, self._org_role(row))
            how = "name" if text == name else "alias"
        actor.add(self._with_det(bare)[0], bare.end_char, how)
        acr = self._acronym_after(bare)
        if acr is not None:
            acronyms[acr.text] = actor
            actor.add(acr.start_char, acr.end_char, "alias")

    def _looks_like_org(self, span: Span) -> bool:
        """An ORG entity that names a body: capitalised, not a country, region or lone adjective."""
        text = span.text
        if not text[:1].isupper() or _country(text):
            return False
        region = getattr(gazetteer, "region", None)
        if region is not None and region(text):
            return False
        if len(span) == 1 and span[0].pos_ in {"ADJ", "VERB", "ADV"}:
            return False
        return any(t.is_alpha for t in span)

    def _short_form(self, span: Span) -> Optional[_Actor]:
        """An organisation already named in full whose last word (or initials) this is."""
        if len(span) != 1:
            return None
        word = span[0].text
        for a in self.others.values():
            if a.kind != ORGANIZATION:
                continue
            words = [w for w in _words(a.name) if w.lower() != "the"]
            if len(words) > 1 and (words[-1] == word or "".join(w[0] for w in words if w[0].isupper()) == word):
                return a
        return None

    def _org_role(self, row: Optional[dict[str, str]]) -> Optional[str]:
        return (row or {}).get("role") or None

    def _with_det(self, span: Span) -> tuple[int, int]:
        prev = span.start - 1
        if prev >= 0 and self.doc[prev].text.lower() == "the" and self.doc[prev].head.i in range(span.start, span.end):
            return self.doc[prev].idx, span.end_char
        return span.start_char, span.end_char

    def _acronym_after(self, span: Span) -> Optional[Span]:
        doc = self.doc
        i = span.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            cand = doc[i + 1]
            if cand.text.isupper() and cand.is_alpha and len(cand.text) >= 2:
                return doc[i + 1:i + 2]
        return None

    def _country_inside(self, span: Span) -> Optional[str]:
        for tok in span:
            iso = _country(tok.text)
            if iso:
                return iso
        return None

    def _is_person_name(self, text: str) -> bool:
        words = _words(text)
        return any(words in p.names or (len(words) == 1 and any(n[-1] == words[0] for n in p.names))
                   for p in self.people)

    def _scan_organizations(self, acronyms: dict[str, _Actor]) -> None:
        """Organisations the NER missed: gazetteer names and known acronyms, in live text."""
        doc = self.doc
        forms: dict[str, tuple[Optional[_Actor], Optional[dict[str, str]]]] = {}
        for form, row in _organizations().items():
            forms[form] = (None, row)
        for acr, actor in acronyms.items():
            forms[acr] = (actor, None)
        taken = {(s, e) for a in self.others.values() for s, e in a.mentions}
        for form in sorted(forms, key=len, reverse=True):
            if form.lower().startswith("the "):
                continue
            if form not in self.text:
                continue
            for m in _form_pattern(form).finditer(self.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is None or not self.live[span.start]:
                    continue
                if any(i in self.name_tokens for i in range(span.start, span.end)):
                    continue
                if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                    continue
                actor, row = forms[form]
                if actor is None:
                    met = _metonym(row["name"])
                    if met and met[0] != row["name"] and not self._agentive(span.root):
                        continue
                    actor = self._other(row["name"], ORGANIZATION, row.get("country") or None, self._org_role(row))
                start, end = self._with_det(span)
                actor.add(start, end, "name" if form == actor.name else "alias")
                taken.add((start, end))

    def _agentive(self, tok: Token) -> bool:
        """A noun that speaks or acts: subject, possessor, or the agent of a passive."""
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ == "nsubj":
            return tok.head.lemma_ != "be"
        if tok.dep_ == "poss":
            return self._role_at(tok.head.i) is None
        if tok.dep_ == "pobj" and tok.head.text.lower() == "by":
            return tok.head.head.tag_ == "VBN"
        return False

