"""Phases 5 and 6, countries and groups: countries that act ("Ukraine said"), plural
officials named by nationality that act ("European leaders voice ..."), and plural
people who say something ("federal investigators said").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span

from .. import gazetteer
from ..lexicon import reporting_verbs, word_classes
from ..places import is_locative
from ..records import COUNTRY, GROUP
from ..reference import read_table
from .lexicon import DEFINITE, _country, _country_name, _metonym, _roles, slugify
from .rules import rule_on
from .tokens import MODIFIER_DEPS, TokenView


class Groups(TokenView):
    # -- countries and groups -------------------------------------------------
    def _country_actor(self, iso3: Optional[str], span: Span, how: str) -> None:
        if not iso3:
            return
        name = _country_name(iso3)
        actor = self._other(name, COUNTRY, iso3)
        actor.add(span.start_char, span.end_char, how)

    def build_countries(self) -> None:
        """Countries that act ("Turkey mediated"), and, with ``COUNTRY_NAMED_TWICE``, every country the
        article names twice or more (GUIDE.md: "every entity named twice or more"); a country word
        that only modifies a noun ("a U.S. senator", "U.S. history") names a thing of the country,
        not the country, and does not count towards the two."""
        named: dict[str, list] = {}
        for ent in self.ents:
            if ent.label_ != "GPE" or not self.live[ent.start]:
                continue
            span = ent[1:] if ent[0].text.lower() == "the" and len(ent) > 1 else ent
            if any(i in self.name_tokens for i in range(span.start, span.end)):
                continue
            iso = _country(span.text)
            if iso is None or _metonym(span.text) or gazetteer.is_demonym(span.text):
                continue
            named.setdefault(iso, []).append(span)
            if not (self._country_agent(span.root) or self._country_takes_part(span.root)):
                continue
            self._country_actor(iso, span, "name" if span.text == _country_name(iso) else "alias")
        if COUNTRY_NAMED_TWICE:
            for iso, spans in named.items():
                if sum(self._names_country(span) for span in spans) >= 2:
                    for span in spans:
                        self._country_actor(iso, span, "name" if span.text == _country_name(iso) else "alias")

    def _country_agent(self, tok) -> bool:
        """A country that acts (``_agentive``); with ``country-not-an-agent`` not its possessive
        ("Moldova's long border", "Moldova's Jan Holt": a thing or person of the country) nor the
        subject of an adjective in a small clause ("make Moldova great again"): they name the
        country without it doing anything."""
        if not rule_on("country-not-an-agent"):
            return self._agentive(tok)
        if tok.dep_ == "poss" or (tok.dep_ == "nsubj" and tok.head.pos_ == "ADJ"):
            return False
        return self._agentive(tok)

    @staticmethod
    def _names_country(span: Span) -> bool:
        """Does a country name count towards "named twice"? Not where it only modifies a noun
        ("a U.S. senator"), and, with ``place-only-country`` (off by default: the guide makes every entity
        named twice an actor; on the blind check set and dev it lost gold countries), not where it is only the place
        something happens in or goes to (``places.is_locative``: "troops in Iraq", "flew to
        Moldova"): a country named only as a setting is a place, not an actor."""
        if span.root.dep_ in MODIFIER_DEPS:
            return False
        if not (rule_on("place-only-country") and is_locative(span)):
            return True
        tok = span.root
        while tok.dep_ == "conj":
            tok = tok.head
        # "to" after a noun or adjective is its complement ("a threat to Moldova", "loyal to Moldova")
        return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.pos_ in {"NOUN", "ADJ"}

    def _country_takes_part(self, tok) -> bool:
        """``country-takes-part``: a country another actor acts with ("Holt coordinates with Moldova",
        "met with Moldova and Chad"), or an example of plural actors that act ("countries such as
        Moldova have ...")."""
        if not rule_on("country-takes-part"):
            return False
        while tok.dep_ == "conj":
            tok = tok.head
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ == "with":
            return prep.head.pos_ == "VERB"
        if prep.lower_ == "as" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "such":
            return self._agentive(prep.head)
        return False

    def build_groups(self) -> None:
        """Plural people who act: named by nationality ("European leaders voice ..."), or who say
        something ("Federal investigators said", "experts warn"): a plural role word of
        ``roles.csv`` or a plural noun of people of ``group_nouns.csv``. With
        ``nationality-group`` a plural nationality or faith that acts ("Palestinians want ...") is a
        group too, and with ``nationality-group-named-twice`` one the article names twice or more
        (GUIDE.md: "every entity named twice or more"). With ``possessor-in-group-name`` the
        possessor stays in the name ("Holt's aides", "his supporters"): whose they are is who they are.
        With ``group-named-twice`` any group noun or plural role named twice or more by the same words
        is a group, and with ``plural-name-group`` a plural group noun the tagger took for a name
        ("Latinos") is read as one."""
        doc = self.doc
        idle: dict[str, list] = {}  # nationalities named without acting, by their word
        acting: dict[str, list] = {}  # people of a group noun who act without speaking, by their name
        named: dict[str, list] = {}  # people of a group noun narrowed by a name, who do not act, by their name
        plain: dict[str, list] = {}  # people of a group noun or role who do not act, by their name
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or not (self.tags[i] in {"NNS", "NNPS"} or self._plural_name(i)):
                continue
            tok = doc[i]
            role = self._role_at(tok.i)
            if role is not None and _roles()[role[1]] in {"honorific", "relational"}:
                continue
            nationality = role is None and tok.ent_type_ == "NORP" and rule_on("nationality-group")
            if (role is None and self._group_lemma(i) not in _group_nouns() and not nationality) or _asked_count(tok):
                continue
            counted = self._counted_agent(tok)
            if not (counted or self._agentive(tok)):
                if nationality and not any(c.dep_ in GROUP_MODIFIER_DEPS for c in tok.children):
                    idle.setdefault(tok.lower_, []).append(tok)
                elif role is None and rule_on("narrowed-group-named-twice"):
                    self._narrowed_idle(tok, named)
                if rule_on("group-named-twice"):
                    self._plain_idle(tok, role, plain)
                continue
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
            nations = [c for c in mods if c.ent_type_ in {"NORP", "GPE"}]
            for c in list(nations):
                nations += [cc for cc in c.conjuncts if cc.i < tok.i and cc.ent_type_ in {"NORP", "GPE"}]
            if not nations and not nationality and not counted and not self._speaks(tok):
                if role is None and rule_on("group-acts-twice"):
                    span = self._group_span(tok, role, mods)
                    if self._narrowed(tok, mods) and rule_on("narrowed-group-acts"):
                        self._other(_group_name(span.text), GROUP, None).add(span.start_char, span.end_char, "name")
                    else:
                        acting.setdefault(_group_name(span.text).lower(), []).append(span)
                continue
            span = self._group_span(tok, role, mods)
            isos = {_country(c.text) for c in nations} - {None}
            actor = self._other(_group_name(span.text), GROUP, isos.pop() if len(isos) == 1 else None)
            actor.add(span.start_char, span.end_char, "name")
        self._groups_named_twice(idle)
        self._groups_acting_twice(acting)
        self._groups_acting_twice(named)
        self._groups_named_twice_plain(plain, acting)
        if rule_on("collective-group"):
            self._collective_groups()

    def _group_lemma(self, i: int) -> str:
        """The singular of a group noun, also where the tagger took the plural for a name ("Latinos")."""
        return self.lemmas[i] if self.tags[i] != "NNP" else self.doc[i].lower_[:-1]

    def _plural_name(self, i: int) -> bool:
        """``plural-name-group``: a plural group noun capitalised and tagged as a name ("Latinos",
        "Millennials"): people, not a person or body."""
        low = self.doc[i].lower_
        return rule_on("plural-name-group") and self.tags[i] == "NNP" and low.endswith("s") \
            and low[:-1] in _group_nouns()

    def _collective_groups(self) -> None:
        """``collective-group``: a singular collective noun of ``collective_nouns.csv`` that acts
        ("The anti-abortion movement argues", "the crowd booed", "The Bush family clashed") is a
        group, named with its modifiers (not with "the")."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or self.tags[i] != "NN" or self.lemmas[i] not in _collective_nouns():
                continue
            tok = doc[i]
            if not (tok.dep_ == "nsubj" and self._agentive(tok)) and not self._participle_agent(tok):
                continue
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < tok.i]
            span = self._group_span(tok, None, mods)
            if any(j in self.name_tokens for j in range(span.start, span.end)):
                continue
            self._other(_group_name(span.text), GROUP, None).add(span.start_char, span.end_char, "name")

    @staticmethod
    def _participle_agent(tok) -> bool:
        """``participle-collective``: a collective noun that an -ing participle right after it
        modifies does what the participle says ("emails showed DNC staff favoring Clinton", "a
        crowd chanting slogans"): it acts though it is no subject."""
        return rule_on("participle-collective") and any(
            c.dep_ == "acl" and c.tag_ == "VBG" and c.i == tok.i + 1 for c in tok.children)

    def _group_span(self, tok, role, mods) -> Span:
        """The group's words: its modifiers and role word, without "the", numbers or quantifiers,
        with its possessor under ``possessor-in-group-name``."""
        doc = self.doc
        owner = rule_on("possessor-in-group-name")
        if owner:
            mods = mods + [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
        left = min([c.left_edge.i for c in mods] + [role[0] if role else tok.i])
        while left < tok.i and not (owner and doc[left].dep_ == "poss") and (
                doc[left].text.lower() in DEFINITE or doc[left].pos_ in {"DET", "NUM", "PUNCT"}
                or doc[left].lower_ in QUANTIFIERS or not self.live[left]):
            left += 1
        return doc[left:self._of_people_end(tok)]

    def _of_people_end(self, tok) -> int:
        """``of-people-group``: a group noun goes on with "of" and the people it is drawn from
        ("families of those affected by mass shootings", "families of the missing students"): the
        group's name ends where that phrase ends; else after the noun."""
        if not rule_on("of-people-group"):
            return tok.i + 1
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or not (obj.tag_ in {"NNS", "NNPS"} or obj.lower_ in PEOPLE_DEMONSTRATIVES):
            return tok.i + 1
        end = obj.right_edge.i + 1
        if end - tok.i > OF_PHRASE_LIMIT or not all(self.live[j] for j in range(tok.i, end)) \
                or any(doc_t.is_punct for doc_t in self.doc[tok.i:end]):
            return tok.i + 1
        return end

    def _narrowed(self, tok, mods) -> bool:
        """``narrowed-group-acts``: a group noun narrowed by a name ("Sanders delegates", "DNC staff",
        "Holt's supporters") names one group of people; a common word ("federal agents", "her
        employees") or a count ("many donors") does not, nor do two names ("Holt and Marsh
        supporters": two groups)."""
        owners = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
        words = [t for c in mods + owners for t in c.subtree]
        return any(t.tag_ in {"NNP", "NNPS"} for t in words) and not any(t.dep_ == "cc" for t in words)

    def _narrowed_idle(self, tok, named: dict[str, list]) -> None:
        """``narrowed-group-named-twice``: a group narrowed by a name ("Holt supporters") or owned by
        a pronoun (``owned-group-named-twice``) that does not act counts towards the group where it is named twice or more (GUIDE.md: "every entity
        named twice or more") or where a group of that name acts."""
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
        if self._narrowed(tok, mods) or self._owned(tok):
            span = self._group_span(tok, None, mods)
            named.setdefault(_group_name(span.text).lower(), []).append(span)

    def _plain_idle(self, tok, role, plain: dict[str, list]) -> None:
        """``group-named-twice``: people named by a plural group noun or role word who neither act
        nor speak ("investors", "young voters") count towards a group named twice or more."""
        if any(c.dep_ == "nummod" for c in tok.children) or self._hearer(tok) \
                or (tok.dep_ == "pobj" and tok.head.lower_ in POPULATION_PREPS):
            return  # "1,237 delegates", "a third of voters", "among voters": a count or population, not
            # people who take part; "told reporters": an audience
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i]
        span = self._group_span(tok, role, mods)
        # "Holt's aides" and "Holt aides" are the same people
        key = re.sub(r"['\u2019]s?(?= |$)", "", _group_name(span.text).lower())
        plain.setdefault(key, []).append(span)

    @staticmethod
    def _hearer(tok) -> bool:
        """The one a reporting verb is told to or about: its object ("told reporters", "criticized
        voters") or the object of "to" after it ("said to reporters"); on the training annotations a
        group named only so is not listed."""
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
        return tok.dep_ in {"dobj", "dative", "pobj"} and head.lemma_.lower() in _reporting_verbs()

    def _groups_named_twice_plain(self, plain: dict[str, list], acting: dict[str, list]) -> None:
        """``group-named-twice``: a group noun or plural role named twice or more by the same words,
        counting where it acts once, is a group (GUIDE.md: "every entity named twice or more")."""
        for key, spans in plain.items():
            name = _group_name(spans[0].text)
            if len(spans) + len(acting.get(key, [])) >= 2 or slugify(name) in self.others:
                for span in spans + acting.get(key, []):
                    self._other(name, GROUP, None).add(span.start_char, span.end_char, "name")

    @staticmethod
    def _owned(tok) -> bool:
        """``owned-group-named-twice``: a group noun owned by a pronoun ("his supporters", "her
        aides") names the people of someone the article names: named twice, they are a group."""
        return rule_on("owned-group-named-twice") and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" and c.i < tok.i for c in tok.children)

    def _groups_acting_twice(self, acting: dict[str, list]) -> None:
        """``group-acts-twice``: people named by a group noun who act without speaking ("donors
        waited", "agents looked") are a group where they act twice or more, or where a group of
        that name speaks elsewhere."""
        for spans in acting.values():
            name = _group_name(spans[0].text)
            if len(spans) >= 2 or slugify(name) in self.others:
                for span in spans:
                    self._other(name, GROUP, None).add(span.start_char, span.end_char, "name")

    def _groups_named_twice(self, idle: dict[str, list]) -> None:
        """``nationality-group-named-twice``: a bare plural nationality named twice or more, or
        once beside a group of that name that acts, is that group."""
        if not rule_on("nationality-group-named-twice"):
            return
        for toks in idle.values():
            name = _group_name(toks[0].text)
            if len(toks) >= 2 or slugify(name) in self.others:
                for tok in toks:
                    self._other(name, GROUP, None).add(tok.idx, tok.idx + len(tok.text), "name")

    def _counted_agent(self, tok) -> bool:
        """``partitive-group``: the people a poll's share counts act through it ("58 percent of
        Moldovan voters back the plan", "a third of donors left"): the share is the group's position.
        A vaguer count ("some of the donors", "a number of families") is left to the events."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or not rule_on("partitive-group"):
            return False
        counter = tok.head.head
        if counter.dep_ != "nsubj" or not self._agentive(counter):
            return False
        return counter.lemma_.lower() in _counting_nouns() or counter.lower_ in _counting_nouns()

    def _speaks(self, tok) -> bool:
        """The subject of a reporting verb (``reporting_verbs.csv``): "analysts said"."""
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _reporting_verbs()


#: a country named twice or more is an actor even where it does not act (GUIDE.md's actors)
COUNTRY_NAMED_TWICE = True
#: dependencies of words that narrow a nationality ("young Moldovans", "their Moldovans"): not the bare group
GROUP_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
#: words that count people without naming them: "many experts" is the group "experts"
QUANTIFIERS = word_classes("actor_function_words.csv")["quantifier"]


#: prepositions that name the people something is counted among ("a third of voters", "among donors")
POPULATION_PREPS = word_classes("actor_function_words.csv")["population_prep"]
#: pronouns that stand for people before a relative clause or participle ("those affected by ...")
PEOPLE_DEMONSTRATIVES = word_classes("actor_function_words.csv")["people_demonstrative"]
#: the most words an "of" phrase may add to a group's name
OF_PHRASE_LIMIT = 8


def _asked_count(tok) -> bool:
    """``asked-count``: people counted by "how many"/"how much" ("how many Syrians can slip
    through") are the number a question asks about, not a group that acts."""
    return rule_on("asked-count") and any(
        c.lower_ in {"many", "much"} and any(g.tag_ == "WRB" for g in c.children) for c in tok.children)


def _group_name(text: str) -> str:
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in read_table("group_nouns.csv"))


@lru_cache(maxsize=1)
def _collective_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in read_table("collective_nouns.csv"))


@lru_cache(maxsize=1)
def _counting_nouns() -> frozenset[str]:
    """Heads of a poll's share of a group (``share_nouns.csv``: "percent", "third")."""
    return frozenset(r["noun"].lower() for r in read_table("share_nouns.csv"))


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(lemma.lower() for lemma in reporting_verbs())
