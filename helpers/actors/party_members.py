"""Narrowed party members: "House Republicans", "mainstream Republicans" and "moderate Democrats"
are a group of the party's members, not the party (rule ``narrowed-party-members``).

It extracts a group from a mention of a party (``organizations.csv`` kind ``party``) that is its
members' plural ("Republicans", a plural noun) narrowed by a modifier before it: an adjective or a
noun ("mainstream", "House", "Establishment"), not a determiner, number or quantifier ("the",
"some", "many"). The group is named by the modifiers and the noun, the mention moves from the party
to the group, and a body named inside the modifiers ("House" of "House Republicans") loses that
mention: it names the members' chamber, not the chamber acting.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import word_classes
from ..records import GROUP, ORGANIZATION
from .groups import QUANTIFIERS, _group_name
from .lexicon import _org_of
from .rules import rule_on
from .tokens import TokenView

#: dependencies of the words that narrow a plural noun before it
NARROWING_DEPS = frozenset({"amod", "compound", "nmod"})
_FUNCTION_WORDS = word_classes("actor_function_words.csv")
#: words before a plural that do not narrow it: determiners, quantifiers ("many"), contrasting words ("other")
SKIPPED = _FUNCTION_WORDS["definite"] | QUANTIFIERS | _FUNCTION_WORDS["contrasting"]
#: tags of a plural noun
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


class PartyMembers(TokenView):
    def split_party_members(self) -> None:
        """``narrowed-party-members``: move narrowed members' plurals from a party to a group."""
        if not rule_on("narrowed-party-members"):
            return
        for party in [a for a in self.others.values() if a.kind == ORGANIZATION and _is_party(a.name)]:
            found: dict[str, list] = {}
            for (s, e) in list(party.mentions):
                span = self.doc.char_span(s, e)
                if span is None or len(span) != 1 or span[0].tag_ not in PLURAL_TAGS:
                    continue
                left = self._narrowed_start(span[0])
                if left is not None:
                    found.setdefault(_group_name(self.doc[left:span[0].i + 1].text).lower(), []).append((s, e, left))
            for spans in found.values():
                if len(spans) >= 2 or any(self._agentive(self.doc.char_span(s, e)[0]) for s, e, _ in spans):
                    self._move(party, spans)

    def _move(self, party, spans: list[tuple[int, int, int]]) -> None:
        """Each (start, end, first modifier) of ``spans`` leaves the party for the group; the
        mentions of other actors inside the modifiers go."""
        for s, e, left in spans:
            group = self.doc[left:self.doc.char_span(s, e)[0].i + 1]
            party.drop(s, e)
            for other in [*self.people, *self.others.values()]:
                for (ms, me) in list(other.mentions):
                    if group.start_char <= ms and me <= group.end_char:
                        other.drop(ms, me)
            actor = self._other(_group_name(group.text), GROUP, party.country)
            actor.add(group.start_char, group.end_char, "name")
            self.used.update(range(group.start, group.end))

    def _narrowed_start(self, tok) -> Optional[int]:
        """The first word of the modifiers that narrow ``tok`` ("mainstream" of "mainstream
        Republicans"), or None when nothing but determiners, numbers, quantifiers and contrasting
        words ("other", "same") stand before it, or when the words list two groups ("Holt and other
        Republicans", "young, rural Democrats")."""
        mods = [c for c in tok.children if c.dep_ in NARROWING_DEPS and c.i < tok.i]
        left = min((c.left_edge.i for c in mods), default=tok.i)
        while left < tok.i and (self.lowers[left] in SKIPPED or self.pos[left] in {"DET", "NUM"} or not self.live[left]):
            left += 1
        if left == tok.i or any(self.pos[i] in {"CCONJ", "PUNCT"} or self.lowers[i] in SKIPPED for i in range(left, tok.i)):
            return None
        return left


def _is_party(name: str) -> bool:
    return (_org_of(name) or {}).get("kind") == "party"
