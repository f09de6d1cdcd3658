"""Phase 1, people: PERSON entities and the officials gazetteer, then every later
occurrence of a known name, surname or first name.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Optional

from spacy.tokens import Token

from .. import gazetteer
from ..lexicon import word_classes
from ..records import PERSON
from .lexicon import (
    DEFINITE,
    TITLE_DEPS,
    _country,
    _find_all,
    _find_indexed,
    _form_pattern,
    _head_roles,
    _is_possessive,
    _metonym,
    _Official,
    _official_forms,
    _officials_by_last,
    _org_of,
    _role_genders,
    _roles,
    _treaties,
    _words,
    _words_pattern,
)
from .groups import _reporting_verbs
from .name_keys import name_key, repaired
from .rules import rule_on
from .tokens import TokenView, _Actor


def _speaks_or_is_told(tok: Token) -> bool:
    """``lone-name-speaks``: a one-word name tagged once is a person when it is the subject of a
    reporting verb ("Ingraham said"), its listener ("Trump told Ingraham") or its agent ("asked by
    Ingraham"), and no other entity holds the word ("National Review's Ian Tuttle" as an ORG)."""
    if not rule_on("lone-name-speaks"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _reporting_verbs():
        return False
    return tok.dep_ in {"nsubj", "dobj", "dative"} or verb is not tok.head


class People(TokenView):
    # -- people ---------------------------------------------------------------
    def person_spans(self) -> list[tuple[int, int]]:
        """Token spans of person names: PERSON entities, cleaned."""
        out = []
        for ent in self.ents:
            if ent.label_ != "PERSON" or not self.live[ent.start] or self.in_headline(ent.start):
                continue
            s, e = ent.start, ent.end
            while e > s and (_is_possessive(self.doc[e - 1]) or not self.doc[e - 1].text[0].isalnum()):
                e -= 1
            if rule_on("person-name-edges"):
                s, e = self._name_edges(s, e)
            # "President Vladimir Putin" tagged whole: the role words are a title, not the name
            while s < e and (self._role_at(s) or self.doc[s].text.lower() in DEFINITE):
                s += 1
            if rule_on("role-word-ends-entity") and e - s > 1 and self._role_at(e - 1) and e < len(self.doc) \
                    and self.doc[e].pos_ == "PROPN":
                continue  # "Elm Creek Elementary Principal" Dawn Marsh: the title of the name after it
            if e - s > 1 and _country(self.doc[s].text) and self._known_name(self.doc[s + 1:e].text):
                s += 1  # "Ukraine Orban": a caption's last word run onto a known name
            if e - s < 1:
                continue
            s, e = self._grow_name(s, e)
            text = self.doc[s:e].text
            if not any(c.isupper() for c in text[:1]) or _country(text) or _metonym(text) or _org_of(text) \
                    or text in _treaties():
                continue  # a country, body or treaty the NER took for a person
            if any(c.isdigit() for c in (repaired(text) if rule_on("garbled-name") else text)) \
                    or (e - s > 1 and gazetteer.is_demonym(self.doc[s].text)):
                continue  # "Sky Tg24", "Russian Network RT": a channel or body, not a person's name
            if e - s > 1 and re.fullmatch(r"[A-Z]\.", self.doc[s].text) and _country(self.doc[s + 1:e].text):
                continue  # "N. Korea": a country with a compass initial, not a person
            if e - s == 1 and (self.doc[s].text.lower() in _roles() or self.doc[s].tag_ != "NNP"):
                continue  # "Scholars", "Police": a capitalised common noun, not a name
            if e - s > 1 and _body_word(self.doc[e - 1].text) and rule_on("body-word-ends-person"):
                continue  # "Ready for Hillary PAC", "the Holt Foundation": a body named after a person
            out.append((s, e))
        return out

    def _name_edges(self, s: int, e: int) -> tuple[int, int]:
        """``person-name-edges``: a PERSON entity the NER ran past the name ends before a
        preposition ("Juan Manriquez of" Chicago, "Victoria at Sandy Hook"), and one it cut after
        a middle initial goes on to the surname ("Ben S." Bernanke); a verb before the name is no
        part of it ("Will Cruz win?", "Take Idaho")."""
        doc = self.doc
        while s < e - 1 and doc[s].tag_ in {"MD", "VB"}:
            s += 1
        cut = next((k for k in range(s + 1, e) if doc[k].pos_ == "ADP" and doc[k].is_lower
                    and doc[k].lower_ not in NAME_PARTICLES), None)
        if cut is not None:
            e = cut
        if e < len(doc) and re.fullmatch(r"[A-Z]\.", doc[e - 1].text) and doc[e].pos_ == "PROPN" \
                and doc[e].text[:1].isupper():
            e += 1
        return s, e

    def _known_name(self, text: str) -> bool:
        """A name of the officials gazetteer, or the surname of a full name tagged elsewhere."""
        words = _words(text)
        if any(form == text for _, form, _ in _official_forms(self.year)):
            return True
        return len(words) == 1 and any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == words[0]
                                       for ent in self.ents)

    def _name_part(self, tok: Token) -> bool:
        """A capitalised proper noun that may belong to a name (not a title, country or body)."""
        text = tok.text
        return (tok.pos_ == "PROPN" and text[:1].isupper() and tok.is_alpha and self.live[tok.i]
                and text.lower() not in _roles() and _org_of(text) is None and _metonym(text) is None)

    def _grow_name(self, s: int, e: int) -> tuple[int, int]:
        """Widen a name the gazetteer ruler cut short ("Mark" + "Cuban" tagged a nationality)."""
        doc = self.doc
        while e < len(doc) and doc[e - 1].dep_ in {"compound", "flat"} and doc[e - 1].head.i == e \
                and self._name_part(doc[e]) and doc[e].ent_type_ in {"NORP", "GPE", "LOC"}:
            e += 1
        return s, e

    def official_hits(self) -> list[tuple[int, int, _Official, bool]]:
        """Occurrences of officials' names (full=True) and aliases (full=False) in live text."""
        hits = []
        text = self.text
        for off, form, full in _official_forms(self.year):
            # a plain substring test first: most of the gazetteer is absent from any one article
            if form not in text:
                continue
            for m in _find_all(_form_pattern(form), form, text):
                    span = self.doc.char_span(m.start(), m.end(), alignment_mode="strict")
                    if span is not None and self.live[span.start]:
                        hits.append((span.start, span.end, off, full))
        return hits

    def build_people(self) -> None:
        doc = self.doc
        spans = self.person_spans()
        hits = self.official_hits()
        named = {(s, e) for s, e in spans}
        full_officials = {off.name for _, _, off, full in hits if full}
        # an alias alone ("Warren") is a person only where the text names them in full or NER agrees
        for s, e, off, full in hits:
            if full or off.name in full_officials or (s, e) in named or self._entity_is(s, e, {"PERSON", "ORG"}):
                self._person_for(off.name, official=off)
        for s, e in sorted(spans, key=lambda se: -(se[1] - se[0])):
            words = _words(doc[s:e].text)
            if len(words) > 1:
                self._person_for(doc[s:e].text)
        if rule_on("shared-surname"):
            for s, e in spans:
                self._shared_surname(s, e)
        singles = [doc[s:e].text for s, e in spans if len(_words(doc[s:e].text)) == 1]
        other_tags = {w for ent in self.ents if ent.label_ != "PERSON" for w in ent.text.split()}
        for s, e in spans:
            words = _words(doc[s:e].text)
            if len(words) == 1 and not self._candidates(words[0]) and not self._clipped_first_name(words[0]):
                # a lone word is a person only with some support: tagged twice, or titled ("Mr. X")
                titled = self._title_hint(s) != (None, None) or any(c.dep_ == "appos" for c in doc[s].children)
                if singles.count(doc[s:e].text) >= 2 or titled or (
                        _speaks_or_is_told(doc[s]) and doc[s].text not in other_tags):
                    self._person_for(doc[s:e].text)
        self._scan_names()
        if rule_on("handle-signature"):
            self._handle_signatures()

    def _shared_surname(self, s: int, e: int) -> None:
        """``shared-surname``: in "Bill and Hillary Clinton", "David and Charles Koch" the first
        given name shares the surname of the full name after "and": "Bill Clinton" is a person
        too. The word before "and" must be a lone capitalised proper noun that no entity of
        another kind holds, that is no surname (of the article's people or of the officials:
        "Rubio and Ted Cruz" names two surnames) and no first name or alias of someone known
        ("Hillary and Tim Kaine" names Hillary Clinton)."""
        doc = self.doc
        if e - s != 2 or s < 2 or doc[s - 1].lower_ != "and" or not self.live[s - 2]:
            return
        given = doc[s - 2]
        if given.pos_ != "PROPN" or not given.is_alpha or not given.text[:1].isupper() \
                or given.ent_type_ not in {"", "PERSON"}:
            return
        if s >= 3 and doc[s - 3].pos_ == "PROPN":
            return  # "Marco Rubio and Ted Cruz": a name of its own before "and"
        word = given.text
        if word in self.name_index.last_any or word in self.name_index.by_first \
                or _officials_by_last(self.year).get(word.casefold()) or self._is_official_form(word) \
                or self._role_at(given.i) or _country(word) or _org_of(word):
            return  # a surname, or the first name of someone known ("Hillary and Tim Kaine")
        self._person_for(f"{word} {doc[e - 1].text}")

    def _is_official_form(self, word: str) -> bool:
        """Is ``word`` an alias of an official ("Hillary")?"""
        return any(form == word for _, form, full in _official_forms(self.year) if not full)

    def _handle_signatures(self) -> None:
        """``handle-signature``: a paragraph that is only a social-media handle ("@jane_holt.")
        signs the words before it (readers' posts quoted in a row): the handle is a person."""
        for m in HANDLE_LINE.finditer(self.text):
            span = self.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None or span.end_char != m.end(1) or not any(self.live[i] for i in range(span.start, span.end)):
                continue
            p = self._person_for(m.group(1))
            p.add(m.start(1), m.end(1), "name")

    def _entity_is(self, s: int, e: int, labels: set[str]) -> bool:
        return any(ent.start == s and ent.end in (e, e + 1) and ent.label_ in labels for ent in self.ents)

    def _person_for(self, name: str, *, official: Optional[_Official] = None) -> _Actor:
        if rule_on("bracketed-name"):
            # an editor's brackets inside a quote ("Secretary [Hillary] Clinton") are no part of the name
            name = name.replace("[", " ").replace("]", " ")
        name = " ".join(name.split())
        words = _words(name)
        # a same name shares the last word (casefolded), or is that one word
        same = [p for p in (self.name_index.same_last(words) if words else self.people)
                if any(self._same_name(words, n) for n in p.names)]
        for p in same or [p for p in self._prefix_owners(words)
                          if any(self._prefix_of(words, n) or self._prefix_of(n, words) for n in p.names)]:
            if official and not p.official:
                self._apply_official(p, official)
            if words not in p.names:
                p.names.append(words)
                self.name_index.add(p)
            return p
        if official is None and len(words) > 1:
            # a match shares the last word, so only officials with that last word are compared
            cands = _officials_by_last(self.year).get(words[-1].casefold(), ())
            ks = [k for k, f in cands if self._same_name(words, f)]
            official = self.officials[min(ks)] if ks else None
        p = _Actor(name=name, kind=PERSON, names=[words, *_particle_forms(words)])
        if official:
            self._apply_official(p, official)
        self.people.append(p)
        self.name_index.add(p, rank=len(self.people) - 1)
        return p

    def _apply_official(self, p: _Actor, off: _Official) -> None:
        p.official = True
        p.name = off.name
        for form in (off.name, *off.aliases):
            if len(_words(form)) > 1 and _words(form) not in p.names:
                p.names.append(_words(form))
                self.name_index.add(p)  # a no-op for a person not in the list yet
        p.role = p.role or off.role
        p.country = p.country or off.country
        p.org = p.org or off.organization
        p.gender = p.gender or off.gender
        p.past_roles.extend(r for r in off.roles if r not in p.past_roles)

    def _prefix_owners(self, words: tuple[str, ...]) -> list[_Actor]:
        """``name-prefix``: the people whose name may begin with ``words`` or be begun by them."""
        if len(words) < 2 or not rule_on("name-prefix"):
            return []
        return self.name_index.people(self.name_index.by_first, words[0])

    @staticmethod
    def _prefix_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """``name-prefix``: a name of two words or more that begins a longer one of the article is
        that person's ("Nancy Davis" of "Nancy Davis Reagan": a maiden name; "Enrique Peña" of
        "Enrique Peña Nieto": the paternal surname), the words compared by ``name_key`` (accents,
        and with ``garbled-name`` a garbled "PeÃ±a")."""
        if not 2 <= len(a) < len(b) or a[-1].endswith(".") or not rule_on("name-prefix"):
            return False  # "Joseph F." of "Joseph F. Dunford": an initial ends no name
        return list(map(name_key, b[:len(a)])) == list(map(name_key, a))

    @staticmethod
    def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        # "De Blasio" at the start of a sentence is "Bill de Blasio"
        a, b = tuple(w.casefold() for w in a), tuple(w.casefold() for w in b)
        if len(a) < 2 or len(b) < 2:
            return a == b
        short, long_ = sorted((a, b), key=len)
        # "Vladimir Putin" ~ "Vladimir V. Putin": same first and last word, the last no generational
        # suffix ("Joseph F. Dunford Jr." is not "Joseph R. Biden Jr.")
        return long_[-len(short):] == short or (a[0] == b[0] and a[-1] == b[-1]
                                                     and not (a[-1].rstrip(".") in GENERATIONAL and rule_on("name-suffix")))

    def _clipped_first_name(self, word: str) -> bool:
        """``clipped-first-name``: a lone word that clips the first name of exactly one person named
        in full, with or without a pet-name ending ("Condi" of "Condoleezza Rice", "Chris" of
        "Christopher Holt"), is a name of that person, not a person of its own."""
        if not rule_on("clipped-first-name") or not word[:1].isupper():
            return False
        stem = word[:-2] if word.endswith("ie") else word[:-1] if word[-1:] in {"i", "y"} else word
        if len(stem) < 3:
            return False
        owners = {id(p): p for first, found in self.name_index.by_first.items()
                  if len(first) > len(word) and first.startswith(stem) for p in found.values()}
        if len(owners) != 1:
            return False
        p = next(iter(owners.values()))
        p.names.append((word,))
        self.name_index.add(p)
        return True

    def _candidates(self, word: str) -> list[_Actor]:
        """People a single word names: by surname, else by a first name only one of them has."""
        index = self.name_index
        by_last = index.people(index.by_last, word)
        if by_last:
            return by_last
        by_first = index.people(index.by_first, word)
        if len(by_first) == 1:
            return by_first
        return index.people(index.by_name, (word,))

    def _scan_names(self) -> None:
        """Every occurrence of a known name, full names first, then single words."""
        doc = self.doc
        forms: dict[tuple[str, ...], None] = {}
        for p in self.people:
            for n in p.names:
                forms[n] = None
                forms[(n[-1],)] = None
                forms[(n[0],)] = None
        # entities never overlap: only the last one starting at or before a span can hold it
        blocked = [(ent.start, ent.end) for ent in self.ents if ent.label_ in {"ORG", "FAC", "PRODUCT", "EVENT", "LAW"}]
        blocked_starts = [s for s, _ in blocked]
        namesakes: list = []  # (span, form, people) of the surnames several people share
        for form in sorted(forms, key=len, reverse=True):
            if len(form) == 1 and (form[0].lower() in _roles() or len(form[0]) < 2):
                continue
            for m in _find_indexed(_words_pattern(form), form[0], self.text, self.word_starts):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is None or not self.live[span.start] or any(i in self.used for i in range(span.start, span.end)):
                    continue
                k = bisect.bisect_right(blocked_starts, span.start) - 1
                if k >= 0 and span.end <= blocked[k][1] and blocked[k][1] - blocked[k][0] > span.end - span.start:
                    continue
                if len(form) == 1 and span.start > 0 and self._name_part(doc[span.start - 1]) \
                        and doc[span.start - 1].head.i == span.start and _country(doc[span.start - 1].text) is None \
                        and doc[span.start - 1].ent_type_ in {"", "PERSON"} \
                        and span.start - 1 not in self.used and not doc[span.start - 1].is_sent_start:
                    # "Jeh Johnson" is not "Gary Johnson": a person of their own the NER missed,
                    # when the NER or a title says so ("Check Trump" in a headline is no one)
                    prev = doc[span.start - 1]
                    if prev.ent_type_ != "PERSON" and self._title_hint(prev.i) == (None, None):
                        continue
                    full = doc[span.start - 1:span.end]
                    other = self._person_for(full.text)
                    other.add(full.start_char, full.end_char, "name")
                    self.used.update(range(full.start, full.end))
                    self.name_tokens.update(range(full.start, full.end))
                    continue
                if len(form) == 1 and span.end < len(doc) and doc[span.start].head.i == span.end \
                        and self._name_part(doc[span.end]) and doc[span.start].dep_ in {"compound", "flat"}:
                    continue  # "Mark" of an unknown "Mark Cuban" is not "Mark Rutte"
                owners = self.name_index.people(self.name_index.by_name, form) if len(form) > 1 \
                    else self._candidates(form[0])
                if len(form) == 1:
                    owners = self._fit_title(owners, form[0], span.start)
                if not owners:
                    continue
                self.used.update(range(span.start, span.end))
                self.name_tokens.update(range(span.start, span.end))
                if len(owners) > 1 and rule_on("salient-namesake"):
                    namesakes.append((span, form, owners))
                    continue
                owner = owners[0] if len(owners) == 1 else max(
                    owners, key=lambda p: (p.official, p.how_count("name"), -self.name_index.rank[id(p)]))
                how = "name" if form == _words(owner.name) else "alias"
                owner.add(span.start_char, span.end_char, how)
        self._give_namesakes(namesakes)

    def _give_namesakes(self, namesakes: list) -> None:
        """``salient-namesake``: a bare surname that several people of the article share goes to
        the one the article names most (by every name, title and first name that is theirs alone),
        then to the one named first (the headline, the lead), not to whichever was seen last:
        "Clinton" in an article on Hillary Clinton that mentions President Bill Clinton once is
        Hillary. The counts are taken before any shared surname is given, so that the order of
        the text does not decide."""
        counts = {id(p): (p.official, len(p.mentions), -min(p.mentions, default=(1 << 30, 0))[0])
                  for _, _, owners in namesakes for p in owners}
        for span, form, owners in namesakes:
            owner = max(owners, key=lambda p: counts[id(p)])
            how = "name" if form == _words(owner.name) else "alias"
            owner.add(span.start_char, span.end_char, how)

    def _title_hint(self, i: int) -> tuple[Optional[str], Optional[str]]:
        """(head role word, gender) said by the title words right before token ``i``."""
        doc = self.doc
        role, gender = None, None
        j = i - 1
        while j >= 0 and i - j <= 4 and doc[j].dep_ in TITLE_DEPS and doc[j].head.i > j \
                and not doc[j].is_punct and doc[j].text.lower() not in DEFINITE:
            found = self._role_at(j)
            if found:
                key = found[1]
                gender = gender or _role_genders().get(key)
                if _roles()[key] != "honorific":
                    role = role or key
                j = found[0] - 1
                continue
            j -= 1
        return role, gender

    def _fit_title(self, owners: list[_Actor], word: str, i: int) -> list[_Actor]:
        """Of the people a surname may mean, those the title before it fits ("President Clinton",
        "Mrs. Clinton"; with ``title-short-form`` "Secretary Clinton" for a Secretary of State);
        a known official of that surname who fits better joins the article."""
        role, gender = self._title_hint(i)
        if role is None and gender is None:
            return owners

        def fits(roles: Iterable[Optional[str]], g: Optional[str]) -> bool:
            if gender and g and g != gender:
                return False
            return role is None or any(_title_fits(role, r) for r in roles if r)

        fit = [p for p in owners if fits([p.role, *(r for r, _, _ in p.past_roles)], p.gender)]
        if fit:
            return fit
        for off in self.officials:
            if _words(off.name)[-1] == word and fits([r for r, _, _ in off.roles], off.gender) \
                    and not any(p.name == off.name for p in self.people):
                return [self._person_for(off.name, official=off)]
        return owners


def _title_fits(title: str, role: str) -> bool:
    """Does the role word of a title fit a role held ("President" a "former President")? With
    ``title-short-form`` a title fits the role phrase it begins: the title keeps the office's
    first word and drops what it is of ("Secretary" of "Secretary of State")."""
    heads = _head_roles(role)
    return title in heads or (rule_on("title-short-form") and any(h.startswith(title + " of ") for h in heads))


#: name particles written joined to a surname ("al-Assad", "el-Sisi"): the surname alone is the same name
#: a line that is only a social-media handle, with its full stop
HANDLE_LINE = re.compile(r"(?m)^[ \t]*(@\w{1,30})\.?[ \t]*$")
#: lower-case words inside a name that are no preposition of the sentence ("Charles de Gaulle")
NAME_PARTICLES = gazetteer.name_rules().particles  # the particles of name_order.csv
#: generational suffixes that end a name but are no surname ("Jr.", "IV")
GENERATIONAL = frozenset(w.lower().rstrip(".") for w in gazetteer.name_rules().suffixes)  # name_order.csv's suffixes
JOINED_PARTICLES = re.compile(r"^(?:%s)[-\u2010\u2011](?=[A-Z])" % "|".join(
    sorted(word_classes("name_particles.csv")["joined"], key=lambda w: (-len(w), w))), re.IGNORECASE)


def _body_word(word: str) -> bool:
    """A word that ends a body's name, not a person's: a generic acronym ("PAC") or a body head
    noun of ``organization_name_words.csv`` ("Foundation", "Institute")."""
    from .organizations import SHORT_FORM_HEADS, _generic_acronyms

    return word in _generic_acronyms() or word.lower() in SHORT_FORM_HEADS


def _particle_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """"Bashar al-Assad" -> ("Bashar", "Assad"): the name with its surname's particle dropped;
    "Luther Stan Pate IV" -> ("Luther", "Stan", "Pate"): with its generational suffix dropped
    (``name-suffix``), so that "Pate" is his surname; "Carlos Manuel Sada Solana" -> ("Carlos",
    "Manuel", "Sada"): a name of two given names and two surnames goes by the first surname
    (``paternal-surname``, the Spanish and Portuguese order); "Ursula von der Leyen" -> ("von",
    "der", "Leyen") and ("Von", "der", "Leyen"): a surname that opens with particles, as the
    name goes by alone (``particle-surname``)."""
    if len(words) >= 3 and words[-1].rstrip(".").casefold() in GENERATIONAL and rule_on("name-suffix"):
        bare = tuple(w.rstrip(",") for w in words[:-1])
        return [bare, *_particle_forms(bare)]
    if len(words) < 2:
        return []
    if len(words) >= 3 and rule_on("particle-surname"):
        # "Ursula von der Leyen" goes by "von der Leyen", and "Von der Leyen" to open a sentence
        k = next((k for k in range(1, len(words) - 1) if words[k] in NAME_PARTICLES), None)
        if k is not None and all(w in NAME_PARTICLES for w in words[k:-1]):
            return [words[k:], (words[k][:1].upper() + words[k][1:], *words[k + 1:])]
    bare = JOINED_PARTICLES.sub("", words[-1])
    if bare != words[-1]:
        return [(*words[:-1], bare)]
    if len(words) == 4 and all(len(w) > 2 and w.isalpha() and w[:1].isupper() for w in words) \
            and rule_on("paternal-surname"):
        return [words[:3]]  # "Carlos Manuel Sada Solana" is "Sada": two given names, two surnames
    return []


class NameIndex:
    """The people's names by word, kept as names are added, so that finding who a word may
    name does not go through every person (a long text has thousands). Each look-up gives
    the people in the order they joined the list, as a scan of the list would."""

    def __init__(self) -> None:
        self.rank: dict[int, int] = {}  # id(person) -> position in the list
        self.by_name: dict[tuple[str, ...], dict[int, _Actor]] = {}  # a whole name
        self.by_last: dict[str, dict[int, _Actor]] = {}  # the last word of a name of two or more
        self.by_first: dict[str, dict[int, _Actor]] = {}  # the first word of a name of two or more
        self.last_any: set[str] = set()  # the last word of any name
        self._by_last_cf: dict[str, dict[int, _Actor]] = {}  # as by_last, casefolded
        self._single_cf: dict[str, dict[int, _Actor]] = {}  # one-word names, casefolded

    def add(self, p: _Actor, *, rank: Optional[int] = None) -> None:
        """Index every name of ``p`` (again: adding is idempotent); ``rank`` for a new person."""
        if rank is not None:
            self.rank[id(p)] = rank
        k = self.rank.get(id(p))
        if k is None:
            return
        for n in p.names:
            if not n:
                continue
            self.by_name.setdefault(n, {})[k] = p
            self.last_any.add(n[-1])
            if len(n) > 1:
                self.by_last.setdefault(n[-1], {})[k] = p
                self.by_first.setdefault(n[0], {})[k] = p
                self._by_last_cf.setdefault(n[-1].casefold(), {})[k] = p
            else:
                self._single_cf.setdefault(n[0].casefold(), {})[k] = p

    @staticmethod
    def people(table: dict, key) -> list[_Actor]:
        found = table.get(key)
        return [p for _, p in sorted(found.items())] if found else []

    def same_last(self, words: tuple[str, ...]) -> list[_Actor]:
        """People who may bear ``words`` by ``People._same_name``: a name of two or more words
        with the same last word, or, for one word, that word as a name (casefolded)."""
        if len(words) > 1:
            return self.people(self._by_last_cf, words[-1].casefold())
        return self.people(self._single_cf, words[0].casefold())

    def has_person_name(self, words: tuple[str, ...]) -> bool:
        """A whole name of someone, or one word that ends someone's name."""
        return words in self.by_name or (len(words) == 1 and words[0] in self.last_any)
