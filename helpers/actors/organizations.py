"""Phase 4, organisations: ORG entities, the organisation gazetteer (acronyms in
parentheses become aliases), short forms, and metonyms (a seat of government is
always an actor, a capital only where it speaks or acts).

An ORG entity is trimmed at its edges (a sentence's first verb or adverb, a dangling "and"),
split where it joins two bodies' names (``coordinated-bodies``), and dropped where it labels
a poll (``poll-name``, ``poll-sponsors``) or names a treaty or programme (``treaties.csv``).
The name-building words (body heads, corporate words, person bodies, topic heads) are the
word classes of ``organization_name_words.csv``.
"""
from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from .. import gazetteer
from ..records import COUNTRY, GROUP, ORGANIZATION
from ..lexicon import word_classes
from ..reference import read_table
from .lexicon import (
    _country,
    _find_all,
    _form_pattern,
    _is_possessive,
    _metonym,
    _org_of,
    _organizations,
    _words,
    slugify,
)
from .bodies import body_nouns
from .owned_bodies import pronoun_bodies
from .rules import rule_on
from .tokens import TokenView, _Actor


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
            if ent.label_ == "ORG":
                e = self._body_of_place(e)
            if ent.label_ == "ORG" and rule_on("org-entity-edges"):
                e = self._org_edges(s, e)
            if ent.label_ == "ORG" and rule_on("org-leading-adjective"):
                # "Top Republican Party donor": "Top" qualifies the donor, not the party
                while e - s > 1 and doc[s].tag_ in {"JJ", "JJR", "JJS"} and not s <= doc[s].head.i < e:
                    s += 1
            if ent.label_ == "ORG" and rule_on("org-leading-verb"):
                while e - s > 1 and doc[s].is_sent_start and doc[s].tag_ in LEADING_NON_NAME_TAGS:
                    s += 1  # "Trampling Latinos' sensibilities", "Later Vanguard Action said": no name's word
            if ent.label_ == "ORG" and e - s > 1 and self._kind_word(s) and rule_on("kind-before-name"):
                continue  # "PAC America Rising": the noun of its kind, then a name (_names_after_their_kind)
            while e > s and (_is_possessive(doc[e - 1]) or doc[e - 1].is_punct or doc[e - 1].lower_ in DANGLING):
                e -= 1  # "Petraeus and", "Priorities USA Action and Correct the": the NER ran on
            if e <= s:
                continue
            pieces = self._coordinated_bodies(s, e) if ent.label_ == "ORG" else [(s, e)]
            spans += [(ent.label_, bare) for ps, pe in pieces
                      if (bare := self._entity_name(ent.label_, ps, pe)) is not None]
        tagged = [bare.text for label, bare in spans if label == "ORG"]
        if rule_on("word-tagged-twice"):  # "Zornell and Vechnion" ... "Vechnion for Chile": Vechnion twice
            tagged += [t.text for label, bare in spans if label == "ORG" and len(bare) > 1 for t in bare]
        # a lone unknown word ("North", "Justice") is a body only if tagged twice or an acronym
        spans = [(label, bare) for label, bare in spans
                 if len(bare) > 1 or label != "ORG" or _org_of(bare.text)
                 or (bare.text.isupper() and len(bare.text) <= 8)
                 or tagged.count(bare.text) >= 2 or self._short_form(bare) is not None
                 or ((bare[0].pos_ == "PROPN" or bare[0].tag_ in {"NN", "NNS"} and bare[0].text[:1].isupper()
                      and not bare[0].is_sent_start) and self._agentive(bare.root))
                 or self._acts_as_its_kind(bare)]
        # long names first, so that a short form ("the Post") can join the long one
        for label, bare in sorted(spans, key=lambda lb: -len(lb[1])):
            self._organization(label, bare, acronyms)
        self._scan_organizations(acronyms)
        self._names_after_their_kind()
        self._bodies_of_people()
        pronoun_bodies(self, PERSON_BODIES)
        self._bodies_of_countries()
        self._misspelt_acronyms()

    def _entity_name(self, label: str, s: int, e: int) -> Optional[Span]:
        """The name an entity at ``s..e`` gives a body, its edges trimmed; None where it names none."""
        doc = self.doc
        role = self._role_at(e - 1)
        if role is not None and role[0] < s:
            return None  # "State" of "Secretary of State" is part of a title
        e = self._tail_before_acronym(s, e) if label == "ORG" else e
        if label == "ORG" and e - s >= 3 and self._is_surname(doc[e - 1].text):
            e -= 1  # "Washington Post Trump": a known person's surname run onto a body's name
            while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in DANGLING):
                e -= 1  # "Cruz-" of "Cruz-Fiorina", "Johnson &" of "Johnson & Johnson"
            if e <= s:
                return None
        span = doc[s:e]
        bare = span[1:] if span[0].text.lower() == "the" and len(span) > 1 else span
        if len(bare) == 1 and bare[0].lower_ in body_nouns():
            return None  # "the Committee": a description of a body named before (phase bodies)
        if len(bare) == 1 and bare[0].text in _generic_acronyms():
            return None  # "a super PAC": an abbreviation of a common noun
        if label == "ORG" and _names_an_idea(bare):
            return None  # "Islam", "Islamophobia": a faith or an idea, no body
        if label == "ORG" and self._names_a_poll(bare):
            return None  # "the AP-GfK Poll", "a CNN/ORC poll": the poll's label, its sponsors joined
        return bare

    def _coordinated_bodies(self, s: int, e: int) -> list[tuple[int, int]]:
        """``coordinated-bodies``: one ORG entity that joins two names with a coordinator ("the FBI
        and CIA", "Priorities USA Action and Correct the Record") names two bodies, each a name of
        its own, when each part is a name on its own (``_stands_alone``). Not where the coordinator
        sits inside an "of/on/for" phrase ("Department of Health and Human Services"), nor where the whole is a gazetteer name, nor where an acronym in
        parentheses follows the whole, nor where only the second part carries the body's head word
        ("Bill and Melinda Gates Foundation")."""
        doc = self.doc
        if not rule_on("coordinated-bodies") or e - s < 3 or _org_of(doc[s:e].text) \
                or self._acronym_after(doc[s:e]) is not None:
            return [(s, e)]  # "Boycott, Divestment and Sanctions (BDS)": one acronym, one body
        k = next((k for k in range(s + 1, e - 1) if doc[k].lower_ in COORDINATORS), None)
        if k is None or any(doc[j].pos_ == "ADP" for j in range(s, k)) \
                or not (doc[s + (doc[s].lower_ == "the")].text[:1].isupper() and doc[k + 1].text[:1].isupper()):
            return [(s, e)]
        heads = SHORT_FORM_HEADS | CORPORATE
        left = doc[s + (doc[s].lower_ == "the"):k].text
        if doc[e - 1].lower_ in heads and doc[k - 1].lower_ not in heads and not (_org_of(left) or left.isupper()):
            return [(s, e)]
        whole = doc[s + (doc[s].lower_ == "the"):e].text
        if not all(self._stands_alone(part, whole) for part in (left, doc[k + 1:e].text)):
            return [(s, e)]  # "Rock and Roll Hall of Fame": the parts name nothing on their own
        return [(s, k), (k + 1, e)]

    def _stands_alone(self, part: str, whole: str) -> bool:
        """Is ``part`` of a coordinated entity a name on its own: a gazetteer body, an acronym, or a
        name the article also gives outside the entity ("Technion" of "Technion for Chile")?"""
        return bool(_org_of(part)) or part.isupper() or self.text.count(part) > self.text.count(whole)

    def _names_a_poll(self, bare: Span) -> bool:
        """``poll-name``: an organisation's name that ends in a poll noun of ``poll_nouns.csv``
        ("the AP-GfK Poll") or stands right before one ("a CNN/ORC poll") labels the poll there."""
        if not rule_on("poll-name"):
            return False
        if bare[-1].lemma_.lower() in _poll_nouns():
            return True
        j = bare.end
        if rule_on("poll-sponsors"):
            j = self._past_sponsors(j)
        return j < len(self.doc) and self.doc[j].lemma_.lower() in _poll_nouns()

    def _past_sponsors(self, j: int) -> int:
        """``poll-sponsors``: the other sponsors and the place of a poll's label run on from a name
        up to the poll noun ("the Clarion-Vox News poll", "a Clarion/Vox South Dakota poll"): the
        first token after the proper names joined by hyphens or slashes. A gazetteer name found
        in such a label is no mention either (``_scan_organizations``)."""
        doc, end = self.doc, min(len(self.doc), j + POLL_LABEL_LIMIT)
        while j < end and (doc[j].pos_ == "PROPN" or doc[j].text in POLL_LABEL_JOINERS):
            j += 1
        return j

    def _names_after_their_kind(self) -> None:
        """``kind-before-name``: a proper name right after the noun of its kind, which modifies
        it ("the anti-tax group Club for Growth", "the conservative super PAC America Rising"),
        or that follows it and "called" ("a super PAC called Future45", which the NER may take for
        a place), is an organisation even where the NER missed it or took it for something else. With
        ``kind-before-compound-name`` so is a name of several words whose last word is in apposition to
        the kind noun ("the group Code Pink", parsed "Code" -> "Pink" -> "group")."""
        if not rule_on("kind-before-name"):
            return
        doc = self.doc
        taken: set[int] = set()
        for a in [*self.others.values(), *self.people]:
            for s, e in a.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                taken.update(range(span.start, span.end) if span is not None else ())
        for i in range(len(doc) - 1):
            tok, nxt = doc[i], doc[i + 1]
            called = nxt.lower_ in CALLED and nxt.head.i == i and i + 2 < len(doc)
            if called:
                nxt = doc[i + 2]  # "a super PAC called Future45"
            if not self._kind_word(i) or not self.live[nxt.i] or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
                continue
            if called:
                head = nxt
            elif tok.dep_ == "compound" and tok.head.i > i:
                head = tok.head  # "the group Club for Growth", the kind noun modifying the name
            elif nxt.dep_ == "appos" and nxt.head.i == i:
                head = nxt  # the name in apposition to its kind
            elif rule_on("kind-before-compound-name") and nxt.dep_ == "compound" and nxt.head.dep_ == "appos" \
                    and nxt.head.head.i == i and all(t.pos_ == "PROPN" for t in doc[nxt.i:nxt.head.i + 1]):
                head = nxt.head  # "the group Code Pink": a name of several words in apposition to its kind
            else:
                continue
            end = head.i + 1
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} and c.i == end), None)
            if of is not None and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in of.children):
                end = of.right_edge.i + 1
            while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and self.live[end]:
                end += 1  # "Liberty Forward": the parse may end the name early
            span = doc[nxt.i:end]
            if _country(span.text) or any(not (t.pos_ in {"ADP", "DET"} or t.text[:1].isupper())
                                          or t.ent_type_ == "PERSON" or (t.ent_type_ == "GPE" and not called
                                                                         and not self._unknown_place(span))
                                          or t.i in taken
                   or t.i in self.name_tokens for t in span) or self.in_headline(span.start):
                continue
            self._other(span.text, ORGANIZATION, None).add(span.start_char, span.end_char, "name")
            self.name_tokens.update(range(span.start, span.end))

    def _kind_word(self, i: int) -> bool:
        """A noun of an organisation's kind written as a common noun ("group", "super PAC"), not
        the first word of a name ("Group of Seven")."""
        tok = self.doc[i]
        return self.lemmas[i] in _kind_nouns() and (tok.is_lower or tok.is_upper)

    def _org_edges(self, s: int, e: int) -> int:
        """``org-entity-edges``: an ORG entity ends before a colon or a comma ("AP-GfK Poll:
        Voters ...", "MPower Change, Emerge USA"), and one that holds a share ("Trump 34
        percent") is a poll result, no body (its end is its start)."""
        doc = self.doc
        if any(t.lower_ in {"percent", "%", "per"} for t in doc[s:e]):
            return s
        return next((k for k in range(s + 1, e) if doc[k].text in {":", ","}), e)

    def _body_of_place(self, e: int) -> int:
        """ "House Select Committee" + "on Benghazi": a body noun ending an ORG continues through
        on/of/for and the proper name after it, which the NER cut off as a place of its own."""
        doc = self.doc
        if e + 1 >= len(doc) or doc[e - 1].lower_ not in BODY_HEADS or doc[e].lower_ not in ("on", "of", "for"):
            return e
        nxt = doc[e + 1]
        if nxt.pos_ != "PROPN" or nxt.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            return e  # not "Council on Friday"
        end = e + 2  # the first word of the name, then the rest of its entity
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end

    def _bodies_of_countries(self) -> None:
        """ "Taiwan's defence ministry", "the Lebanese health ministry": a government body owned by
        a country (possessive or demonym) that acts or is cited ("according to") is an
        organisation of that country, and the country word is part of its name."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or self.lemmas[i] not in _government_bodies() or self.pos[i] not in {"NOUN", "PROPN"}:
                continue
            tok = doc[i]
            if not (self._agentive(tok) or (tok.dep_ == "pobj" and tok.head.head.lower_ == "according")):
                continue
            owner = next((c for c in tok.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                          and c.i < i and _country(c.text)), None)
            if owner is None or any(j in self.name_tokens for j in range(owner.i, i + 1)):
                continue
            left = owner.left_edge.i
            while left < owner.i and doc[left].pos_ in {"ADV", "CCONJ", "PUNCT"}:
                left += 1  # "even Russia's central bank": the adverb is no part of the name
            name = doc[left:i + 1].text
            row = _org_of(name)  # "the U.S. Supreme Court": a body the gazetteer knows by another name
            actor = (self._other(row["name"], _kind_of(row), row.get("country") or None, self._org_role(row)) if row
                     else self._other(name, ORGANIZATION, _country(owner.text)))
            actor.add(self._with_det(doc[left:i + 1])[0], tok.idx + len(tok.text), "name")
            self.name_tokens.update(range(left, i + 1))

    def _misspelt_acronyms(self) -> None:
        """An upper-case word a letter short of a named organisation's acronym ("UNFIL") is that
        organisation."""
        doc = self.doc
        taken = {s for a in self.others.values() for s, _ in a.mentions}
        for i in range(len(doc)):
            word = doc[i].text
            if not self.live[i] or len(word) < 4 or not (word.isupper() and word.isalpha()) or doc[i].idx in taken:
                continue
            if _org_of(word) or _country(word):
                continue
            actor = self._short_form(doc[i:i + 1])
            if actor is not None:
                actor.add(doc[i].idx, doc[i].idx + len(word), "alias")

    def _bodies_of_people(self) -> None:
        """"The Obama administration", "the Clinton campaign": a body named by a person's surname
        and a head noun of ``PERSON_BODIES`` is an organisation of the person's country."""
        doc = self.doc
        for p in list(self.people):
            for (start, end) in list(p.mentions):
                span = doc.char_span(start, end)
                if span is None:
                    continue
                i = span.end
                if i < len(doc) and _is_possessive(doc[i]):
                    i += 1
                if i >= len(doc) or not self.live[i] or self.lowers[i] not in PERSON_BODIES:
                    continue
                surname = span[-1].text
                actor = self._other(f"{surname} {self.lowers[i]}", ORGANIZATION, p.country)
                first = self._with_det(doc[span.end - 1:i + 1])[0]
                actor.add(min(span[-1].idx, first), doc[i].idx + len(doc[i].text), "name")

    def _organization(self, label: str, bare: Span, acronyms: dict[str, _Actor]) -> None:
        text = bare.text
        if any(i in self.name_tokens for i in range(bare.start, bare.end)) or self._is_person_name(text):
            return
        row = _org_of(text) or _known_without_suffix(text)
        met = _metonym(text)
        if met and (row is None or met[0] != row["name"]):
            if met[0] != text and not self._agentive(bare.root):
                return
            if met[1] == COUNTRY:
                self._country_actor(met[2], bare, "alias")
                return
            row = _org_of(met[0]) or row
            name = row["name"] if row else met[0]
            # a body the gazetteer knows keeps its own country: "Brussels" is the EU, not Belgium
            country = (row.get("country") or None) if row else met[2]
            actor = self._other(name, ORGANIZATION, country, self._org_role(row))
            actor.add(self._with_det(bare)[0], bare.end_char, "name" if text == name else "alias")
            return
        if row is None:
            if label == "GPE" and self._unknown_place_acts(bare):
                label = "ORG"
            if label != "ORG" or not self._looks_like_org(bare) or self.in_headline(bare.start):
                return
        if is_topic(text):
            return  # a treaty, programme or law is what actors act on, not an actor
        name = row["name"] if row else text
        short = None if row else self._short_form(bare)
        if short is not None:
            actor, how = short, "alias"
        else:
            country = (row or {}).get("country") or self._country_inside(bare)
            actor = self._other(name, _kind_of(row), country, self._org_role(row))
            how = "name" if text == name else "alias"
        actor.add(self._with_det(bare)[0], bare.end_char, how)
        acr = self._acronym_after(bare)
        if acr is not None:
            acronyms[acr.text] = actor
            actor.add(acr.start_char, acr.end_char, "alias")

    def _acts_as_its_kind(self, span: Span) -> bool:
        """``body-before-its-kind``: a name before the noun of its kind acts through that noun
        ("The Times newspaper reported", "the Acme company said")."""
        head = span.root.head
        return (rule_on("body-before-its-kind") and span.root.dep_ == "compound" and head.i == span.end
                and head.lemma_.lower() in _kind_nouns() and self._agentive(head))

    def _unknown_place_acts(self, span: Span) -> bool:
        """``unknown-place-body``: a GPE entity that names no place the gazetteers know (no
        country, region or city) and acts ("Remington designed the rifle", "Televisa said")
        is a body the NER took for a place."""
        from ..places import resolve

        return rule_on("unknown-place-body") and self._agentive(span.root) and resolve(span.text) is None

    @staticmethod
    def _unknown_place(span: Span) -> bool:
        """``unknown-place-after-kind``: a name the NER took for a place, right after the noun of
        a body's kind ("the entertainment giant Televisa"), is the body when no gazetteer knows
        a place of that name."""
        from ..places import resolve

        return rule_on("unknown-place-after-kind") and resolve(span.text) is None

    def _looks_like_org(self, span: Span) -> bool:
        """An ORG entity that names a body: capitalised, not a country, region or lone adjective."""
        text = span.text
        if not (text[:1].isupper() or self._numbered_name(span)) or _country(text):
            return False
        region = getattr(gazetteer, "region", None)
        if region is not None and region(text):
            return False
        if len(span) == 1 and (span[0].pos_ in {"ADJ", "VERB", "ADV"} or span[0].lower_ in COMPASS):
            return False  # "Eastern", "Central": a direction, not a body
        return any(t.is_alpha for t in span)

    @staticmethod
    def _numbered_name(span: Span) -> bool:
        """``numbered-body``: a body's name may open with a number ("6th Circuit Court of Appeals",
        "3M", "21st Century Fox") when the word after it is capitalised."""
        return (rule_on("numbered-body") and len(span) > 1 and span[0].text[:1].isdigit()
                and span[1].text[:1].isupper())

    def _short_form(self, span: Span) -> Optional[_Actor]:
        """An organisation already named in full of which this is a short form: its last words
        ("Security Council" of "UN Security Council", "Homeland Security" of "Department of
        Homeland Security") or its initials ("UNIFIL" of "United Nations Interim Force in
        Lebanon", "UN Interim Force" of the same, "UNFIL" a letter short)."""
        words = [w for w in _words(span.text) if w.lower() != "the"]
        if not words:
            return None
        # organisations are only ever added (never renamed before output), so a form's answer
        # stands once found, and one not found yet is sought only among those added since
        key = tuple(words)
        checked, found = self._short_forms.get(key, (0, None))
        if found is None:
            for a in itertools.islice(self.others.values(), checked, None):
                if a.kind == ORGANIZATION and _short_form_of(words, a.name):
                    found = a
                    break
            self._short_forms[key] = (len(self.others), found)
        return found

    def _org_role(self, row: Optional[dict[str, str]]) -> Optional[str]:
        return (row or {}).get("role") or None

    def _with_det(self, span: Span) -> tuple[int, int]:
        prev = span.start - 1
        if prev >= 0 and self.doc[prev].text.lower() == "the" and self.doc[prev].head.i in range(span.start, span.end):
            return self.doc[prev].idx, span.end_char
        return span.start_char, span.end_char

    def _is_surname(self, word: str) -> bool:
        return word in self.name_index.by_last

    def _tail_before_acronym(self, s: int, e: int) -> int:
        """ "United Nations Interim Force" + "in Lebanon (UNIFIL)": the place before an acronym in
        parentheses belongs to the name the acronym abbreviates."""
        doc = self.doc
        j = e
        if j < len(doc) and self.pos[j] == "ADP" and self.lowers[j] in {"in", "of", "for", "on"}:
            j += 1
            while j < len(doc) and j - e <= 4 and self.pos[j] == "PROPN":
                j += 1
            if j > e + 1 and self._acronym_after(doc[s:j]) is not None:
                return j
        return e

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
        return self.name_index.has_person_name(_words(text))

    def _scan_organizations(self, acronyms: dict[str, _Actor]) -> None:
        """Organisations the NER missed: gazetteer names and known acronyms, in live text."""
        doc = self.doc
        forms: dict[str, tuple[Optional[_Actor], Optional[dict[str, str]]]] = {}
        for form, row in _organizations().items():
            forms[form] = (None, row)
        for acr, actor in acronyms.items():
            forms[acr] = (actor, None)
        # the characters of mentions taken: a match starting or ending inside one is skipped
        taken = bytearray(len(self.text) + 1)
        for a in self.others.values():
            for s, e in a.mentions:
                taken[s:e] = b"\x01" * (e - s)
        for form in sorted(forms, key=len, reverse=True):
            if form.lower().startswith("the "):
                continue
            if form not in self.text:
                continue
            for m in _find_all(_form_pattern(form), form, self.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is None or not self.live[span.start]:
                    continue
                if any(i in self.name_tokens for i in range(span.start, span.end)):
                    continue
                if taken[m.start()] or taken[m.end() - 1]:
                    continue  # s <= start < e or s < end <= e for a taken (s, e)
                if rule_on("poll-sponsors") and self._names_a_poll(span):
                    continue  # "the latest Clarion-Vox News poll": a sponsor in a poll's label
                actor, row = forms[form]
                if actor is None:
                    met = _metonym(row["name"])
                    if met and met[0] != row["name"] and not self._agentive(span.root):
                        continue
                    actor = self._other(row["name"], _kind_of(row), row.get("country") or None, self._org_role(row))
                start, end = self._with_det(span)
                actor.add(start, end, "name" if form == actor.name else "alias")
                taken[start:end] = b"\x01" * (end - start)

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



_NAME_WORDS = word_classes("organization_name_words.csv")
_FUNCTION_WORDS = word_classes("actor_function_words.csv")
#: the head nouns of a body whose name goes on with "on/of/for" and a place or a subject
BODY_HEADS = _NAME_WORDS["body_head"]
#: the body nouns a short form may drop ("Monmouth" of "Monmouth University")
SHORT_FORM_HEADS = BODY_HEADS | _NAME_WORDS["short_form_head"]
#: the words a company's name may drop ("Platte River Networks" -> "Platte River")
CORPORATE = _NAME_WORDS["corporate"]
#: words an ORG entity never ends with: the NER ran past the name
DANGLING = _FUNCTION_WORDS["dangling"]
#: the tags of a sentence's first word that is a verb or adverb, capitalised only as the first word
LEADING_NON_NAME_TAGS = {"VB", "VBD", "VBG", "VBP", "VBZ", "RB", "RBR", "RBS", "MD"}
#: the most tokens the other sponsors and the place of a poll's label may take ("-ABC News", "/Marist South Carolina")
POLL_LABEL_LIMIT = 8
#: the marks that join the sponsors of a poll in its label
POLL_LABEL_JOINERS = {"-", "/", "\u2013"}
#: coordinators that join two bodies' names inside one entity ("the FBI and CIA")
COORDINATORS = _FUNCTION_WORDS["coordinator"]
#: participles that introduce the name of a thing of some kind: "a super PAC called Future45"
CALLED = _NAME_WORDS["naming_participle"]
#: directions that the NER tags as a lone ORG ("Eastern" of "Eastern Europe")
COMPASS = _NAME_WORDS["compass"]
#: head nouns of a body named after its leader: "the Obama administration", "the Clinton campaign",
#: "Gowdy's office", "Cruz's team"
PERSON_BODIES = _NAME_WORDS["person_body"]
#: words that head the name of a treaty, programme, law or plan: a topic, not a body
TOPIC_HEADS = _NAME_WORDS["topic_head"]


def is_topic(text: str) -> bool:
    """A treaty, trade deal or programme ("CETA", "Iran nuclear deal", "Visa Program"),
    by its head word or the topics gazetteer (``treaties.csv``)."""
    from .lexicon import _treaties

    words = _words(text)
    if not words:
        return False
    return words[-1].lower() in TOPIC_HEADS or text in _treaties() or text.removeprefix("the ") in _treaties()


@lru_cache(maxsize=1)
def _government_bodies() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in read_table("government_bodies.csv"))


def _kind_of(row: Optional[dict[str, str]]) -> str:
    """Party members ("Republicans") are a group of people; every other gazetteer row a body."""
    return GROUP if row and row.get("kind") == "members" else ORGANIZATION


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _known_without_suffix(text: str) -> Optional[dict[str, str]]:
    """``known-body-suffix``: a gazetteer body named with a corporate word after its name
    ("Fox News Channel" of "Fox News", "Clarion Media Group" of "Clarion Media") is that body."""
    if not rule_on("known-body-suffix"):
        return None
    words = _words(text)
    k = len(words)
    while k > 1 and words[k - 1].lower() in CORPORATE:
        k -= 1
    return _org_of(" ".join(words[:k])) if k < len(words) else None


def _short_form_of(words: list[str], name: str) -> bool:
    """Are ``words`` (without "the") a short form of the organisation ``name``: its last words,
    its initials, or an abbreviation of it?"""
    full = [w for w in _words(name) if w.lower() != "the"]
    if len(full) <= len(words):
        return False
    cut = next((k for k, w in enumerate(full) if w.lower() in ("on", "of", "for")), None)
    if cut is not None and len(full) - len(words) > cut:
        return False  # "Benghazi" of "Committee on Benghazi" is the place, not the body
    if full[-len(words):] == words and (len(words) > 1 or words[0][:1].isupper()):
        return True
    # "Select Committee" of "House Select Committee on Benghazi": the last words before on/of/for
    if cut and len(words) > 1 and cut > len(words) and full[cut - len(words):cut] == words:
        return True
    # "Platte River" of "Platte River Networks": a company without its corporate suffix
    if len(words) > 1 and full[:len(words)] == words and all(w.lower() in CORPORATE for w in full[len(words):]):
        return True
    # "the Census" of "Census Bureau", "State" of "State Department": the name without its body noun
    if full[:len(words)] == words and len(full) == len(words) + 1 and full[-1].lower() in SHORT_FORM_HEADS \
            and words[0][:1].isupper():
        return True
    if len(words) == 1 and _initials_match(words[0], full):
        return True
    return len(words) > 1 and _abbreviates(words, full)


def _initials_match(word: str, full: list[str]) -> bool:
    """``word`` is the initials of ``full`` ("UNIFIL": UN + Interim + Force + In + Lebanon, with
    a word's first letters), or those initials with one letter dropped (a typo: "UNFIL")."""
    if not (word.isupper() and len(word) >= 2):
        return False
    caps = _initials(full)
    # an acronym may take more than one letter of a word: "UNIFIL" = "UN" "I" "F" "I(n)" "L"
    letters = "".join(w if w.isupper() else w[0] for w in full if w[:1].isupper() or w.lower() in {"in", "of"})
    letters = letters.upper()
    options = {caps, letters}
    if word in options:
        return True
    return len(word) >= 4 and any(len(o) == len(word) + 1 and any(o[:i] + o[i + 1:] == word for i in range(len(o)))
                                  for o in options)


def _abbreviates(words: list[str], full: list[str]) -> bool:
    """A short form that keeps the head and abbreviates the start: "UN Interim Force" of
    "United Nations Interim Force in Lebanon"."""
    if words[0].isupper() and len(words[0]) >= 2:
        rest = words[1:]
        for k in range(len(full)):
            if full[k:k + len(rest)] == rest and _initials(full[:k]) == words[0]:
                return True
    return False


def _names_an_idea(span: Span) -> bool:
    """``idea-not-body``: one word of ``not_bodies.csv`` or one ending in -ism or -phobia."""
    if len(span) != 1 or not rule_on("idea-not-body"):
        return False
    word = span[0].text
    return word in _not_bodies() or word.lower().endswith(("ism", "phobia"))


@lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    """Nouns that say what kind of body a name next to them is (``kind_nouns.csv``)."""
    return frozenset(r["noun"].lower() for r in read_table("kind_nouns.csv"))


@lru_cache(maxsize=1)
def _poll_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in read_table("poll_nouns.csv"))


@lru_cache(maxsize=1)
def _not_bodies() -> frozenset[str]:
    return frozenset(r["word"] for r in read_table("not_bodies.csv"))


@lru_cache(maxsize=1)
def _generic_acronyms() -> frozenset[str]:
    """Abbreviations of common nouns ("PAC", "CEO"): no body of their own (generic_acronyms.csv)."""
    return frozenset(r["word"] for r in read_table("generic_acronyms.csv"))
