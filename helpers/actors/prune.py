"""Phase 7, pruning: provisional actors that no reader would list, dropped before the rows.

Each rule is a named switch of ``rules.RULES`` (it can be switched off with
``HELPERS_ACTOR_RULES_OFF``).

- ``modifier-only-body``: an organisation whose every mention only modifies a role word of
  ``roles.csv`` or a contest noun of ``contest_nouns.csv`` ("the 2010 Senate election", "House
  Speaker Tom Marsh", "a Supreme Court nominee") names a post or a race, never the body
  acting: no actor. A body that modifies other nouns ("FEC records", "an AP survey") stays, and so
  does a party before a role word ("the Labour leader" speaks for the party).
- ``place-named-person``: a "person" whose bare name only modifies nouns or is the object of
  prepositions, once at least of a preposition of position ("killed at Willow Brook"), is a place.
- ``idle-person-body``: a body named after a person ("Holt's campaign", "the Marsh team") named
  once, as the object of a verb or of "to", neither acts nor speaks: no actor.
- ``group-short-form``: a group whose words are some of the words of one other group with the
  same head ("senior officials", "American officials" of "senior American officials";
  "Cuban-Americans" of "Florida's Cuban Americans": hyphens and possessive endings aside) is that
  group; with two such groups ("officials" of "Democratic officials" and "Republican
  officials") it is left alone.
- ``party-synonym-group``: two groups whose names differ only in how they name one party
  ("GOP moderates", "Republican moderates": an alias or the adjective of the same party row of
  ``organizations.csv``) are one group, under the name met first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import GROUP, ORGANIZATION
from ..reference import read_table
from .lexicon import _org_of, _party_adjectives
from .organizations import PERSON_BODIES
from .rules import rule_on
from .tokens import MODIFIER_DEPS, TokenView

#: the role of a party's row in ``organizations.csv``
PARTY_ROLE = "political party"


@lru_cache(maxsize=1)
def contest_nouns() -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in read_table("contest_nouns.csv"))


@lru_cache(maxsize=1)
def _venue_prepositions() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table("venue_prepositions.csv"))


def _party_of(word: str) -> str:
    """The party row's name a word names ("GOP", "Republican" -> "Republican Party"), else ""."""
    row = _party_adjectives().get(word) or _org_of(word)
    return row["name"] if row and row.get("role") == PARTY_ROLE else ""


def _group_words(name: str) -> list[str]:
    """A group's words, lower case, a hyphenated word split and a possessive ending dropped
    ("Cuban-Americans" and "Florida's Cuban Americans" share "cuban" and "americans")."""
    return re.sub(r"['\u2019]s\b", "", name.lower()).replace("-", " ").split()


class Prune(TokenView):
    def prune(self) -> None:
        """Drop the provisional actors the rules say no reader would list."""
        if rule_on("modifier-only-body"):
            for key, a in list(self.others.items()):
                party = a.role == PARTY_ROLE
                if a.kind == ORGANIZATION and a.mentions and all(self._names_a_post(s, e, party) for s, e in a.mentions):
                    del self.others[key]
        if rule_on("place-named-person"):
            self.people[:] = [p for p in self.people if not self._a_place(p)]
        if rule_on("idle-person-body"):
            surnames = {n[-1] for p in self.people for n in p.names if n}
            for key, a in list(self.others.items()):
                words = a.name.split()
                if a.kind == ORGANIZATION and len(a.mentions) == 1 and len(words) == 2 and words[0] in surnames \
                        and words[1].lower() in PERSON_BODIES and self._only_undergoes(*next(iter(a.mentions))):
                    del self.others[key]
        if rule_on("group-short-form"):
            self._merge_group_short_forms()
        if rule_on("party-synonym-group"):
            self._merge_party_synonym_groups()

    def _only_undergoes(self, start: int, end: int) -> bool:
        """``idle-person-body``: is the mention the object of a verb ("joined Holt's campaign") or of
        "to" ("wrote to the Holt campaign")? A body named after a person ("the Holt campaign", "Marsh's
        team") named once, and only so, neither acts nor speaks: no actor (GUIDE.md lists an entity
        that acts, speaks or is named twice)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in {"dobj", "dative"} or (root.dep_ == "pobj" and root.head.lower_ == "to")

    def _a_place(self, p) -> bool:
        """``place-named-person``: a "person" the gazetteers do not know whose every mention is a
        bare name that only modifies a noun ("the Willow Brook shooter") or is the object of a
        preposition ("the horrors of Willow Brook"), and one at least the object of a preposition of
        position of ``venue_prepositions.csv`` ("killed at Willow Brook"), is a place the NER took
        for a person."""
        if p.official or p.role or any(how != "name" for how in p.mentions.values()):
            return False
        located = False
        for s, e in p.mentions:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                return False
            root = span.root
            if root.dep_ == "pobj":
                located = located or root.head.lower_ in _venue_prepositions()
            elif not (root.dep_ in MODIFIER_DEPS and root.head.i >= span.end):
                return False
        return located

    def _merge_party_synonym_groups(self) -> None:
        seen: dict[tuple[str, ...], str] = {}
        groups = sorted(((key, a) for key, a in self.others.items() if a.kind == GROUP and a.mentions),
                        key=lambda ka: min(ka[1].mentions))
        for key, a in groups:
            words = [w.translate({0x2019: "'"}) for w in a.name.lower().split()]
            if len(words) < 2:
                continue
            parties = [_party_of(w) for w in a.name.split()]
            if not any(parties):
                continue
            canon = tuple(p or w for p, w in zip(parties, words))
            if canon not in seen:
                seen[canon] = key
                continue
            into = self.others[seen[canon]]
            for (s, e), how in a.mentions.items():
                into.add(s, e, "alias" if how == "name" else how)
            into.country = into.country or a.country
            del self.others[key]

    def _merge_group_short_forms(self) -> None:
        groups = {key: a for key, a in self.others.items() if a.kind == GROUP}
        words = {key: _group_words(a.name) for key, a in groups.items()}
        for key, a in groups.items():
            head = words[key][-1:]
            longer = [k for k in groups if k != key and set(words[key]) < set(words[k])
                      and words[k][-1:] == head]
            if len(longer) != 1 or key not in self.others or longer[0] not in self.others:
                continue
            into = self.others[longer[0]]
            for (s, e), how in a.mentions.items():
                into.add(s, e, how)
            into.country = into.country or a.country
            del self.others[key]

    def _names_a_post(self, start: int, end: int, party: bool) -> bool:
        """Does the mention at ``start..end`` only modify a role word (not for a party: "the Labour
        leader" names the party as the leader's) or a contest noun after it?"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        if root.dep_ not in MODIFIER_DEPS or root.head.i < span.end or root.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        head = root.head.i
        return (not party and self._role_at(head) is not None) or self.lemmas[head] in contest_nouns()
