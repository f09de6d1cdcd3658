"""Spelling variants of one name: an actor whose name is another's misspelt by a typing slip.

``typo-variant``: news copy misspells names now and then ("Brazille" for "Brazile",
"Adbulhadi" for "Abdulhadi"); the variant is then tagged as an actor of its own and
splits one actor in two. Two names are variants when they have the same number of words
and differ in one word, of five letters or more, by one of the two slips a typist makes
without changing the sound of a name: two neighbouring letters swapped, or a letter doubled
(or undoubled). Other one-letter differences ("Jon"/"John", "Karen"/"Karin") are kept apart:
they are different people often enough. A one-word variant may also be a person's surname or
first name ("Michele" of "Michelle Holt").
The variant's mentions join the person named more often.
"""
from __future__ import annotations

from typing import Optional

from ..records import PERSON
from .rules import rule_on
from .tokens import _Actor

#: the shortest word a slip is looked for in: shorter names differ by one letter too often
MIN_LETTERS = 5


def is_slip(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by two neighbouring letters swapped or by one letter doubled?"""
    a, b = a.casefold(), b.casefold()
    if a == b or min(len(a), len(b)) < MIN_LETTERS or not (a.isalpha() and b.isalpha()):
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    # the extra letter doubles its neighbour ("Brazille": the second "l")
    return long_[:k] + long_[k + 1:] == short and (long_[k] == long_[k - 1] if k else long_[0] == long_[1])


def is_variant(name: str, of: tuple[str, ...]) -> bool:
    """Is ``name`` one of the words ``of`` (a person's name) with one slip, or its surname or first
    name with one?"""
    words = tuple(name.split())
    if len(words) == 1 and len(of) > 1:
        return is_slip(words[0], of[-1]) or is_slip(words[0], of[0])
    if len(words) != len(of):
        return False
    diff = [k for k in range(len(words)) if words[k].casefold() != of[k].casefold()]
    return len(diff) == 1 and is_slip(words[diff[0]], of[diff[0]])


class Variants:
    """Mixed into the extractor: ``merge_variants`` runs in the pruning phase."""

    people: list[_Actor]
    others: dict[str, _Actor]

    def merge_variants(self) -> None:
        """``typo-variant``: fold each person or one-word organisation whose name is a slip of a
        person's name into that person."""
        if not rule_on("typo-variant"):
            return
        for p in sorted(self.people, key=lambda x: len(x.mentions)):
            into = self._variant_owner(p)
            if into is not None:
                _fold(p, into)
                self.people.remove(p)
        for key, a in list(self.others.items()):
            if len(a.name.split()) == 1 and (into := self._variant_owner(a)) is not None:
                _fold(a, into)
                del self.others[key]

    def _variant_owner(self, a: _Actor) -> Optional[_Actor]:
        owners = [p for p in self.people if p is not a and p.mentions and len(p.mentions) >= len(a.mentions)
                  and any(is_variant(a.name, n) for n in p.names)]
        return owners[0] if len(owners) == 1 else None


def _fold(a: _Actor, into: _Actor) -> None:
    for (s, e), how in a.mentions.items():
        into.add(s, e, "alias" if how == "name" else how)
    if a.kind == PERSON:
        into.country = into.country or a.country
