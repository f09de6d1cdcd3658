"""Phases 2 and 3, titles and descriptions: role words before a name ("Russian
President Vladimir Putin"), appositions, copular links, and definite descriptions
("the Russian president") resolved to the person whose role, country and party fit.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from .lexicon import (
    DEFINITE,
    SETTING_PREPS,
    TITLE_DEPS,
    _country,
    _head_roles,
    _is_possessive,
    _metonym,
    _org_of,
    _party_adjectives,
    _role_kind,
    _roles,
    _split,
)
from ..lexicon import word_classes
from ..records import PERSON
from ..reference import read_table
from .groups import _reporting_verbs
from .rules import rule_on
from .tokens import TokenView, _Actor


class Titles(TokenView):
    # -- titles, appositions, descriptions ------------------------------------
    def read_titles(self) -> None:
        doc = self.doc
        for p in self.people:
            for (start, end), how in sorted(p.mentions.items()):
                span = doc.char_span(start, end)
                if span is None:
                    continue
                first = self._title_start(span)
                if first < span.start:
                    title = doc[first:span.start]
                    role, country = self._describe(title)
                    p.add(doc[first].idx, end, "title")
                    self.used.update(range(first, span.start))
                    if role:
                        self._set_role(p, role)
                    if country and not p.country:
                        p.country = country
                    elif country and p.country != country and not p.official:
                        p.country = country
                self._appositions(p, span)

    def _title_start(self, name: Span) -> int:
        """First token of the title words right before a name ("U.S. President" Donald Trump)."""
        doc = self.doc
        i = name.start - 1
        first = name.start
        has_role = False
        while i >= 0 and self.live[i] and self.sentence_of[i] == self.sentence_of[name.start]:
            tok = doc[i]
            if tok.text.lower() in DEFINITE or tok.pos_ in {"VERB", "AUX", "ADP", "PRON"} \
                    or (i in self.used and not (i in self.name_tokens and tok.dep_ == "compound")):
                # another person's name may sit in a title ("Clinton campaign spokesman")
                break
            if not (name.start <= tok.head.i < name.end or first <= tok.head.i < name.end):
                break
            if tok.dep_ not in TITLE_DEPS or tok.text in {",", "(", ")", "\u2014", "-"}:
                break
            role = self._role_at(i)
            if role and not (role[0] < i and doc[role[0]].i in self.used):
                has_role = True
                first = i = role[0]
                i -= 1
                continue
            first = i
            i -= 1
        if not has_role:
            return name.start
        while first < name.start and (doc[first].is_punct or _is_possessive(doc[first])):
            first += 1
        return first

    def _describe(self, toks: Iterable[Token]) -> tuple[Optional[str], Optional[str]]:
        """(role, country) of a title or description. Leading determiners, possessors and
        country words go to the country; the rest, from the first role or organisation word
        on ("Kremlin spokesman", "head of the Russian delegation"), is the role."""
        toks = list(toks)
        country = None
        i = 0
        while i < len(toks):
            tok = toks[i]
            poss_next = i + 1 < len(toks) and _is_possessive(toks[i + 1])
            iso = _country(tok.text)
            met = _metonym(tok.text) if tok.text[:1].isupper() else None
            if tok.text.lower() in DEFINITE or tok.pos_ == "DET" or _is_possessive(tok) or tok.is_punct:
                pass
            elif _roles().get(tok.text.lower()) == "honorific":
                pass
            elif tok.dep_ == "poss" or poss_next:
                # "Putin's cultural advisor": the possessor lends its country, not its name
                country = country or self._possessor_country(tok)
            elif iso and not met:
                country = country or iso
            elif tok.text.lower() in {"u.s.", "us"} and iso:
                country = country or iso
            else:
                break
            i += 1
        rest = toks[i:]
        for tok in rest:
            met = _metonym(tok.text) if tok.text[:1].isupper() else None
            org = _org_of(tok.text) or _party_adjectives().get(tok.text)
            iso = (met[2] if met else None) or (org or {}).get("country") or _country(tok.text)
            if iso is None and tok.pos_ == "PROPN":
                # "Clinton campaign spokesman": the person a title is about lends the country
                owner = self._person_at(tok.idx)
                iso = owner.country if owner else None
            country = country or iso or None
        role = " ".join(t.text for t in rest).strip() or None
        return role, country

    def _possessor_country(self, tok: Token) -> Optional[str]:
        iso = _country(tok.text)
        if iso:
            return iso
        met = _metonym(tok.text)
        if met:
            return met[2]
        owner = self._person_at(tok.idx)
        if owner is None and tok.pos_ == "PRON":
            owner = self._antecedent(tok.idx)
        return owner.country if owner else None

    def _person_at(self, offset: int) -> Optional[_Actor]:
        for p in self.people:
            if p.covers(offset):
                return p
        return None

    def _antecedent(self, offset: int, *, exclude: Optional[_Actor] = None) -> Optional[_Actor]:
        """The person mentioned last before ``offset`` (for "his", "counterpart")."""
        best, best_at = None, -1
        for p in self.people:
            if p is exclude:
                continue
            at = p.last_before(offset)
            if at > best_at:
                best, best_at = p, at
        return best

    def _set_role(self, p: _Actor, role: str) -> None:
        kind = _role_kind(role)
        if kind == "relational":
            return
        if not p.role or p.official and not p.extra_roles:
            if p.role and p.role != role and p.official:
                # the text's own title wins over the gazetteer's
                pass
            p.role = role
            p.extra_roles.append(role)
        elif role not in p.extra_roles and role.lower() not in (p.role or "").lower():
            p.extra_roles.append(role)
            p.role = "; ".join(p.extra_roles)

    def _np_role_head(self, head: Token) -> Optional[tuple[int, int, str]]:
        """(start, end, role) of the role-headed noun phrase ``head`` governs, minus any name."""
        role = self._role_at(head.i)
        if role is None or _roles()[role[1]] in {"honorific"}:
            return None
        left = head.left_edge.i
        right = head.i + 1
        # "the head of the Russian delegation": keep an of-phrase
        for child in head.rights:
            if child.dep_ == "prep" and child.text.lower() == "of":
                right = child.right_edge.i + 1
                # ... but not where or when it is ("of the delegation in Istanbul")
                for obj in child.children:
                    cut = [c.i for c in obj.rights if c.dep_ == "prep" and c.lower_ in SETTING_PREPS]
                    if cut:
                        right = min(right, min(cut))
                break
        while right > left and (self.doc[right - 1].is_punct):
            right -= 1
        return left, right, role[1]

    def _appositions(self, p: _Actor, name: Span) -> None:
        doc = self.doc
        root = name.root
        links: list[Token] = []
        if root.dep_ == "appos" and not (name.start <= root.head.i < name.end):
            links.append(root.head)
        links += [c for c in root.children if c.dep_ == "appos"]
        for head in links:
            found = self._np_role_head(head)
            if found is None:
                continue
            left, right, _ = found
            # the description stops before the name itself
            if left < name.start < right:
                right = name.start
            while right > left and doc[right - 1].is_punct:
                right -= 1
            if right <= left or any(i in self.used and self._person_at(self.doc[i].idx) is p
                                    for i in range(left, right)):
                continue
            bare = doc[left].text.lower() not in DEFINITE and doc[left].pos_ != "DET" \
                and not any(_is_possessive(t) or t.dep_ == "poss" for t in doc[left:right])
            if right == name.start and bare:
                # "former governor L. Douglas Wilder": a title the parser read as an apposition
                self._take_description(p, left, right, head, end=name.end, how="title")
            else:
                self._take_description(p, left, right, head)
            self._copula(p, head)
        self._copula(p, root)

    def _take_description(self, p: _Actor, left: int, right: int, head: Token, *,
                          end: Optional[int] = None, how: str = "description") -> None:
        doc = self.doc
        role, country = self._describe(doc[left:right])
        kind = _role_kind(role)
        if kind == "relational":
            other = self._antecedent(doc[left].idx, exclude=p)
            if other and other.role and not p.role:
                p.role = other.role
        elif role:
            self._set_role(p, role)
        if country and (not p.country or not p.official):
            p.country = country
        last = doc[(end or right) - 1]
        p.add(doc[left].idx, last.idx + len(last.text), how)
        self.used.update(range(left, right))

    def _copula(self, p: _Actor, tok: Token) -> None:
        """ "The head of the delegation is X" / "X is the head of ...": the other side describes X."""
        verb = tok.head
        if verb.lemma_ != "be" or tok.dep_ not in {"attr", "nsubj"}:
            return
        other_dep = "nsubj" if tok.dep_ == "attr" else "attr"
        for other in verb.children:
            if other.dep_ != other_dep:
                continue
            found = self._np_role_head(other)
            if found is None or self.doc[found[0]].text.lower() not in DEFINITE:
                continue
            left, right, _ = found
            if any(i in self.used and self._person_at(self.doc[i].idx) is p for i in range(left, right)):
                continue
            self._take_description(p, left, right, other)

    def read_descriptions(self) -> None:
        """Definite role phrases with no name ("the Russian president") resolved to a person."""
        doc = self.doc
        for i in range(len(doc)):
            if not self.live[i] or i in self.used or self.pos[i] not in {"NOUN", "PROPN"}:
                continue
            if self.tags[i] in {"NNS", "NNPS"}:
                continue
            tok = doc[i]
            found = self._np_role_head(tok)
            if found is None:
                continue
            left, right, role_word = found
            right = min(right, tok.i + 1)
            if _roles()[role_word] in {"group"} or any(i in self.used for i in range(left, right)):
                continue
            first = doc[left]
            indefinite = first.lower_ in {"a", "an"}
            if not (indefinite or first.text.lower() in DEFINITE or any(_is_possessive(t) for t in doc[left:tok.i])):
                continue
            if tok.head.i > tok.i and tok.head.ent_type_ == "PERSON" and tok.dep_ in {"compound", "appos"}:
                continue
            role, country = self._describe(doc[left:right])
            org = next((o for t in doc[left:right]
                        if (o := (_org_of(t.text) or _party_adjectives().get(t.text)))), None)
            former = any(t.lower_ in {"former", "ex"} for t in doc[left:right])
            target = None if indefinite else self._resolve(doc[left].idx, role_word, country, org, former=former,
                                                           said_role=role, kin=_plain(doc[left:right], tok))
            if target is None:
                target = self._unnamed_speaker(doc[left:right], tok, role or role_word, country)
            if target is None:
                continue
            target.add(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text), "description")
            self.used.update(range(left, right))

    def _unnamed_speaker(self, span: Span, head: Token, role: str, country: Optional[str]) -> Optional[_Actor]:
        """``unnamed-speaker``: a person described but never named who says something ("A
        Republican committee aide said ...", "Holt's spokesman said ...") is a person of their own,
        and with ``unnamed-actor`` one introduced with "a" who did something ("a district judge
        struck down the law"),
        named by the description without its article; "the aide" later resolves to them. A bare
        role ("a spokesman") is too vague, and a definite one ("the candidate") is someone named
        before."""
        if not rule_on("unnamed-speaker") or _roles()[self._role_at(head.i)[1]] in {"relational", "group"}:
            return None
        if head.dep_ != "nsubj" or (head.head.lemma_.lower() not in _reporting_verbs() and not (
                rule_on("unnamed-actor") and head.head.tag_ == "VBD" and span[0].lower_ in {"a", "an"})):
            return None
        if span[0].lower_ in {"a", "an"}:
            words = span[1:]
            if len(words) < 2:
                return None  # "a spokesman": too vague to be anyone
        elif any(_is_possessive(t) for t in span[:head.i - span.start]):
            words = span[1:] if span[0].lower_ == "the" else span
        else:
            return None  # "the candidate" the article named before, under a name the roles missed
        name = words.text[:1].upper() + words.text[1:]
        p = _Actor(name=name, kind=PERSON, role=role, country=country)
        self.people.append(p)
        return p

    def _resolve(self, offset: int, role_word: str, country: Optional[str],
                 org: Optional[dict[str, str]], *, former: bool = False,
                 said_role: Optional[str] = None, kin: bool = False) -> Optional[_Actor]:
        """The person whose role, country and party fit best, the last mentioned before ``offset``
        among equals."""
        kind = _roles()[role_word]
        said = set((said_role or role_word).lower().replace("-", " ").split())
        org_forms = {org["name"], *_split(org["aliases"])} if org else set()
        exact, near, kins = [], [], []
        for p in self.people:
            at = p.last_before(offset)
            if at < 0:
                continue
            held = [(p.role, p.country, p.org)] + (p.past_roles if former else [])
            for role, r_country, r_org in held:
                if not role or (country and r_country != country) or (org and r_org not in org_forms):
                    continue
                heads = _head_roles(role)
                if kind == "relational" and country:
                    near.append(((0, at), p))
                elif role_word in heads:
                    # "the Republican nominee" fits "Republican presidential nominee" better than
                    # "Republican vice-presidential nominee": shared words count, extra ones cost
                    mine = set(role.lower().replace("-", " ").split())
                    fit = len(mine & said) - 0.5 * len(mine - said)
                    exact.append(((fit, at), p))
                elif kind == "head" and any(_roles().get(h) == "head" for h in heads) and (country or org):
                    near.append(((0, at), p))
                elif kin and _contestant(role_word) and any(_contestant(h) for h in heads):
                    kins.append(((0, at), p))
                else:
                    continue
                break
        pool = exact or near
        if not pool and kins:
            return self._last_named(offset, max(kins, key=lambda ap: ap[0]))
        return max(pool, key=lambda ap: ap[0])[1] if pool else None

    def _last_named(self, offset: int, found: tuple[tuple[int, int], _Actor]) -> Optional[_Actor]:
        """A contestant found under another contestant word only where no other person was named
        since: "the candidate" after "McGinty spokesman Sean Coit said" is McGinty, not a candidate
        named before them."""
        (_, at), p = found
        return p if all(q is p or q.last_before(offset) < at for q in self.people) else None


@lru_cache(maxsize=1)
def _contestant_roles() -> frozenset[str]:
    return frozenset(r["role"].lower() for r in read_table("contestant_roles.csv"))


def _contestant(role_word: str) -> bool:
    """``contestant-kin``: "the candidate", "the front-runner", "the challenger" name whoever runs in
    the race, whatever word the article first gave them ("Republican presidential nominee Tom
    Marsh ... the candidate said")."""
    return role_word.lower().replace("-", " ") in _contestant_roles() and rule_on("contestant-kin")


#: words that set a description against someone else ("the other candidate", "the same candidate")
CONTRASTING = word_classes("actor_function_words.csv")["contrasting"]


def _plain(span: Span, head: Token) -> bool:
    """A plain definite description ("the candidate", "the Republican candidate"), not a possessed
    ("her challenger"), contrasted ("the other candidate") or restricted one ("the candidate who
    won"): only a plain one may name a contestant under another contestant word."""
    return span[0].lower_ == "the" and not any(t.lower_ in CONTRASTING for t in span) and not any(
        c.dep_ in ("relcl", "acl") for c in head.children)

