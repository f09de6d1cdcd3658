"""One actor under two names: the last phase before the rows folds an actor named by another's
short form, by a person's name tagged as a body, or by a nickname into the actor it names.

Each rule is a named switch of ``rules.RULES`` (``HELPERS_ACTOR_RULES_OFF`` switches it off).

- ``org-leading-words``: an organisation whose words begin the name of exactly one other
  organisation of the article is that organisation ("Fox" of "Fox News", "Exxon" of "Exxon
  Mobil", "Brennan Center" of "Brennan Center for Justice"), wherever either is named first;
  the short form is no body of the gazetteer (``organizations.csv``), the long one may be.
  The words the short form drops must name no body of their own: none is a body noun of
  ``organization_name_words.csv`` ("Senate" is not "Senate Judiciary Committee", nor
  "Republican" "Republican National Committee"), no conjunction and no country (a span run on
  past the body: "Technion for China"), and a short form that is only body nouns
  ("Department" of "Department of Justice") is left alone. A possessive ending ("McDonald's"
  beside "McDonald") is no word of the name.
- ``person-named-body``: a body whose name, without the role words before it ("General
  Petraeus"), is the name of exactly one person of the article, in any case ("TRUMP" of a
  transcript), or that person's first name ("Bernie"), or a first name and the one-word name
  the person goes by ("Rahm Emanuel" beside "Emanuel"), is that person.
- ``nickname-first-name``: two people with the same surname whose first names are a given name
  and one of its nicknames (``nicknames.csv``: "Steve" of "Stephen", "Sandy" of "Sandra") are
  one person, named by the given name ("Stephen K. Bannon") unless the officials table names them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..records import ORGANIZATION
from ..reference import read_table
from .lexicon import _country, _org_of, _roles, _words
from .name_keys import name_key
from .organizations import BODY_HEADS, PERSON_BODIES, SHORT_FORM_HEADS
from .rules import rule_on
from .tokens import _Actor
from .variants import _fold

#: words that join two names into a span the tagger took for one name
COORDINATORS = frozenset({"and", "&", "or"})
#: the possessive endings a name may carry in the text ("McDonald's")
POSSESSIVE = ("'s", "\u2019s")


@lru_cache(maxsize=1)
def nickname_pairs() -> frozenset[tuple[str, str]]:
    """(given name, nickname) pairs of ``nicknames.csv``, both ways, lower case."""
    pairs = {(r["name"].lower(), r["nickname"].lower()) for r in read_table("nicknames.csv") if r.get("nickname")}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def is_nickname(a: str, b: str) -> bool:
    """Is one of the first names ``a`` and ``b`` a nickname of the other ("Steve", "Stephen")?"""
    return (a.lower(), b.lower()) in nickname_pairs()


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's words without "the" and without a possessive ending."""
    out = [w for w in words if w.lower() != "the"]
    if out and out[-1].endswith(POSSESSIVE) and len(out[-1]) > 2:
        out[-1] = out[-1][:-2]
    return tuple(w for w in out if w)


def _body_word(word: str) -> bool:
    w = word.lower()
    return w in BODY_HEADS or w in SHORT_FORM_HEADS or w in PERSON_BODIES


def leading_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``org-leading-words``: do the words ``short`` begin ``full``, dropping no body noun?"""
    if not short or len(short) >= len(full) or full[:len(short)] != short:
        return False
    if not short[0][:1].isupper() or all(_body_word(w) for w in short):
        return False
    extra = full[len(short):]
    # "Priorities USA Action and Correct", "Technion for China": the longer name runs on past the body
    return not any(_body_word(w) or w.lower() in COORDINATORS or _country(w) for w in extra)


def _without_roles(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without the role words before a name ("General Petraeus" -> "Petraeus")."""
    roles = _roles()
    k = 0
    while k < len(words) - 1 and (words[k].lower() in roles or words[k].lower().rstrip(".") in roles):
        k += 1
    return words[k:]


class ShortForms:
    """Mixed into the extractor: ``merge_short_forms`` runs after the spelling variants."""

    people: list[_Actor]
    others: dict[str, _Actor]

    def merge_short_forms(self) -> None:
        if rule_on("nickname-first-name"):
            self._merge_nicknames()
        if rule_on("person-named-body"):
            for key, a in list(self.others.items()):
                if a.kind == ORGANIZATION and a.mentions and (p := self._person_named(a)) is not None:
                    _fold(a, p)
                    del self.others[key]
        if rule_on("org-leading-words"):
            self._merge_leading_words()

    def _merge_leading_words(self) -> None:
        orgs = {key: _bare(_words(a.name)) for key, a in self.others.items()
                if a.kind == ORGANIZATION and a.mentions}
        # a short form the gazetteer knows is a body of its own ("Senate"); a long form may be known
        shorts = {key: words for key, words in orgs.items() if _org_of(self.others[key].name) is None}
        for key, short in sorted(shorts.items(), key=lambda kv: len(kv[1])):
            owners = [k for k, full in orgs.items() if k != key and k in self.others
                      and leading_short_form(short, full)]
            if len(owners) == 1 and key in self.others:
                _fold(self.others[key], self.others[owners[0]])
                del self.others[key]
        # one name written with and without a possessive ending ("McDonald", "McDonald's")
        seen: dict[tuple[str, ...], str] = {}
        for key, a in list(self.others.items()):
            if a.kind != ORGANIZATION or not a.mentions:
                continue
            bare = _bare(_words(a.name))
            if bare in seen and seen[bare] in self.others:
                _fold(a, self.others[seen[bare]])
                del self.others[key]
            else:
                seen.setdefault(bare, key)

    def _person_named(self, a: _Actor) -> Optional[_Actor]:
        """``person-named-body``: the one person the body ``a``'s name names, if any."""
        words = _without_roles(_bare(_words(a.name)))
        if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
            return None
        keys = tuple(name_key(w) for w in words)
        found = [p for p in self.people if p.mentions and _names_person(keys, p)]
        return found[0] if len(found) == 1 else None

    def _merge_nicknames(self) -> None:
        """``nickname-first-name``: fold the person named less often into the other."""
        for p in sorted(self.people, key=lambda x: len(x.mentions)):
            owners = [q for q in self.people if q is not p and q.mentions and len(q.mentions) >= len(p.mentions)
                      and any(_nickname_names(n, m) for n in p.names for m in q.names)]
            if len(owners) == 1:
                q = owners[0]
                _fold(p, q)
                self.people.remove(p)
                if not q.official and _formal_of(_words(p.name), _words(q.name)):
                    q.name = p.name  # the given name, not the nickname, is the canonical one


def _names_person(keys: tuple[str, ...], p: _Actor) -> bool:
    names = [tuple(name_key(w) for w in n) for n in p.names if n]
    full = [n for n in names if len(n) > 1]
    if keys in names:
        return True
    if len(keys) == 1:
        # a surname in capitals ("FALLIN"), or a first name ("Bernie")
        return any(n[-1] == keys[0] or n[0] == keys[0] for n in full)
    # "Rahm Emanuel" beside a person named only "Emanuel"
    return not full and any(n == keys[-1:] for n in names)


def _formal_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is the name ``a`` the formal one of ``b``: a given name of which ``b``'s first name is a
    nickname in ``nicknames.csv`` ("Stephen K. Bannon" of "Steve Bannon")?"""
    return len(a) > 1 and len(b) > 1 and (a[0].lower(), b[0].lower()) in _formal_pairs()


@lru_cache(maxsize=1)
def _formal_pairs() -> frozenset[tuple[str, str]]:
    return frozenset((r["name"].lower(), r["nickname"].lower()) for r in read_table("nicknames.csv") if r.get("nickname"))


def _nickname_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of two words or more with one surname and first names a name and its nickname."""
    if len(a) < 2 or len(b) < 2 or name_key(a[-1]) != name_key(b[-1]):
        return False
    return is_nickname(a[0], b[0])
