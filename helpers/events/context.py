"""What the event rules see: one trigger (``Cand``) in one sentence (``SentenceContext``).

Also the small parse helpers the rules share: the subject of a verb through relative
clauses, conjuncts and control verbs; the actor a token names (its mention, or a
country actor through a demonym); the owner of an event noun.
"""
from __future__ import annotations

import bisect
from itertools import islice
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from ..records import Actor, Mention, Quote, Time
from .lexicon import demonyms, words
from .rules import REGISTRY

RELATIVE = {"who", "which", "that", "whom", "whose"}
#: dependency labels that open a clause of their own below a token
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"}


def _rule_on(name: str) -> bool:
    """Is the agent rule ``name`` (registered in agents.py) switched on? Not yet registered counts as off."""
    rule = REGISTRY.get(name)
    return rule is not None and rule.enabled


@dataclass
class Cand:
    """One trigger and what the rules decide about it."""

    trigger: Token
    lemma: str
    pos: str                              # "verb" or "noun"
    category: Optional[str]               # lexicon category, refined by the sense rules
    noun: Optional[Token] = None          # the event noun of a light-verb construction
    quote: Optional[Quote] = None         # the quote whose cue this trigger is
    modality: str = "asserted"
    agent: Optional[str] = None
    target: Optional[str] = None
    participants: list[str] = field(default_factory=list)
    time: Optional[Time] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    date_inferred: bool = False
    fired: list[str] = field(default_factory=list)


@dataclass
class SentenceContext:
    sent: Span
    sentence_id: int
    paragraph_id: int
    mentions: list[Mention]
    actors: dict[str, Actor]
    times: list[tuple[Time, Token]]
    published: Optional[str]
    heads: set[int] = field(default_factory=set)         # token index of every trigger
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def mention_at(self, tok: Token) -> Optional[Mention]:
        """The mention covering the token's first character (binary search: long sentences have
        hundreds of mentions and the rules ask once per token)."""
        starts = self.__dict__.get("_starts")
        if starts is None:
            self.mentions = sorted(self.mentions, key=lambda m: (m.start, m.end))
            starts = self.__dict__["_starts"] = [m.start for m in self.mentions]
        i = bisect.bisect_right(starts, tok.idx) - 1
        # mentions do not nest in practice; look back a few in case one does
        for m in self.mentions[max(i - 3, 0):i + 1][::-1]:
            if m.start <= tok.idx < m.end:
                return m
        return None

    def actor_of(self, tok: Optional[Token]) -> Optional[str]:
        """The actor a noun phrase names: a mention over its head, a mention inside it
        (outside its clauses), a demonym of a country actor, or an owner's."""
        if tok is None:
            return None
        m = self.mention_at(tok)
        if m is not None:
            return m.actor_id
        proxy = self._named_proxy(tok)
        if proxy is not None:
            return proxy
        for t in phrase_tokens(tok):
            m = self.mention_at(t)
            if m is not None and not _kin_owner(t):
                return m.actor_id
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        if appos is not None:  # "The party's nominee, Ola Berg, ..."
            m = self.mention_at(appos)
            if m is not None:
                return m.actor_id
        named = self._named(tok)
        if named is not None:
            return named
        described = self._appositive_of(tok)
        if described is not None:
            return described
        return self.owner(tok, agent_noun=True)

    def _appositive_of(self, tok: Token) -> Optional[str]:
        """Rule ``appositive-head`` (agents.py): "Mark Cuban, the owner of the Mavericks, who rebuffed
        ...": an appositive that names no one itself describes the name it follows."""
        if not _rule_on("appositive-head") or tok.dep_ != "appos":
            return None
        m = self.mention_at(tok.head)
        return m.actor_id if m is not None else None

    def _named_proxy(self, tok: Token) -> Optional[str]:
        """Rule ``named-proxy-actor`` (agents.py): "Sanders campaign", "Smith's lawyers" without a
        mention of their own are the article's actor of that name ("the Sanders campaign" named
        elsewhere), not the person named in them."""
        if not _rule_on("named-proxy-actor") or tok.pos_ != "NOUN":
            return None
        owners = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod") and self.mention_at(c) is not None]
        if not owners:
            return None
        heads = {tok.lower_, tok.lemma_.lower()}
        named = {self.mention_at(c).actor_id for c in owners}
        # "His campaign": the owner's own name as well as the words that name it here
        names = {w for c in owners for w in _name_words(self.mention_at(c).text)} | {
            w for a in named if a in self.actors for w in _name_words(self.actors[a].name)}
        for a in self.actors.values():
            words_ = [w for w in _name_words(a.name) if w not in ("the", "a")]
            if a.actor_id not in named and len(words_) >= 2 and words_[-1] in heads and set(words_[:-1]) <= names:
                return a.actor_id
        return None

    def _named(self, tok: Token) -> Optional[str]:
        """Rule ``named-apposition`` (agents.py): "a former staffer named Ola Berg" is Ola Berg."""
        if not _rule_on("named-apposition"):
            return None
        for named in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("name", "call")):
            for c in named.children:
                m = self.mention_at(c) if c.dep_ in ("oprd", "attr", "dobj") else None
                if m is not None:
                    return m.actor_id
        return None

    def owner(self, noun: Token, agent_noun: bool = False) -> Optional[str]:
        """Who an event noun belongs to: "Russia's invasion", "U.S. sanctions", "Israeli fire". For a
        noun that names the agent itself (``agent_noun``), a demonym makes the country the agent only
        on a state noun ("Turkish troops", "the Mexican government"; ``state_noun`` in
        event_words.csv), not on "Turkish entities" or "Turkish-American donors"."""
        for c in noun.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                m = self.mention_at(c)
                if m is not None and c.dep_ == "compound" and _place_compound(c, self.actors.get(m.actor_id)):
                    continue  # "the Benghazi attacks": where it happened, not who did it
                if m is not None:
                    return m.actor_id
                if agent_noun and noun.lemma_.lower() not in words("state_noun"):
                    continue
                if _hyphenated(c):
                    continue  # "Turkish-American donations": an ethnic group, not the United States
                iso = demonyms().get(c.lower_)
                if iso:
                    country = self.country_actor(iso)
                    if country:
                        return country
                if c.dep_ == "compound":
                    sub = self.owner(c)
                    if sub:
                        return sub
        return None

    def country_actor(self, iso3: str) -> Optional[str]:
        for a in self.actors.values():
            if a.country == iso3 and a.kind == "country":
                return a.actor_id
        return None

    def inside_quote(self, idx: int) -> bool:
        return any(a <= idx < b for a, b in self.quoted)


def phrase_tokens(tok: Token) -> list[Token]:
    """A noun phrase without its relative clauses and prepositional or clausal modifiers."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS and c.dep_ not in ("prep", "appos", "punct", "cc"))
    return sorted(out, key=lambda t: t.i)


def subject_of(tok: Token, depth: int = 0) -> Optional[Token]:
    """The subject of a verb: its own, the antecedent of a relative pronoun, or the
    subject of the verb it is conjoined with or controlled by."""
    if depth > 6:
        return None
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    # two subjects: a dateline the parser took for one ("WASHINGTON (AP) — Ryan said"); the nearer wins
    for c in sorted(subjects, key=lambda c: (c.i > tok.i, -c.i if c.i < tok.i else c.i))[:1]:
        if c.lower_ in RELATIVE and tok.dep_ == "relcl":
            from .agents_rel import nearest_conjunct

            head = nearest_conjunct(tok.head, c)
            return _nearer_person(head, c) or _described_person(head, c) or (
                _person_antecedent(head) if c.lower_ == "who" else head)
        return c
    if tok.dep_ in ("relcl", "acl") and _predicate_infinitive(tok):  # "became the first senator to endorse X"
        return subject_of(tok.head.head, depth + 1)
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
        return tok.head
    stranded = _stranded_subject(tok)
    if stranded is not None:  # "after Clinton, responding to X, dropped her reluctance"
        return stranded
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
        return subject_of(tok.head.head, depth + 1)  # "is eager to sign"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head.head, depth + 1)  # "made remarks upon arriving"
    finite = _finite_clause_of(tok)
    if finite is not None:  # "Romney ran on his ability to jolt the recovery and accused Obama of ..."
        return subject_of(finite, depth + 1)
    # "dep": a clause the parser could not label, mostly a conjunct without "and" ("..., then sued X")
    if tok.dep_ in ("conj", "xcomp", "advcl", "dep") and tok.head.pos_ in ("VERB", "AUX"):
        head = tok.head
        if tok.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and _object_controls(head):  # object control: "urged Russia to withdraw"
                return obj
        return subject_of(head, depth + 1)
    return None


def carried_on_by(noun: Token) -> Optional[Token]:
    """Rule ``aspectual-verb-subject`` (agents.py): the verb of continuing or stepping up that carries an
    event noun on ("intensified strikes", "followed up with an attack"; ``aspectual_verb``), or None."""
    if not _rule_on("aspectual-verb-subject"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" \
        else None
    ok = verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words("aspectual_verb")
    return verb if ok else None


def _predicate_infinitive(tok: Token) -> bool:
    """Rule ``predicate-nominal-infinitive`` (agents.py): an infinitive on the predicate noun of "be" or
    "become" ("X was the only senator to vote against it") is the act of the subject of "be"."""
    if not _rule_on("predicate-nominal-infinitive") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    noun = tok.head
    return noun.dep_ in ("attr", "oprd") and noun.head.lemma_ in ("be", "become", "remain")


def _stranded_subject(tok: Token) -> Optional[Token]:
    """Rule ``subject-in-preposition`` (agents.py): a finite verb without a subject whose clause the parser
    read as a preposition and its object ("after Clinton, responding to X, dropped ...": "after" +
    "Clinton", then "dropped" hung on the main verb) has that object as its subject."""
    if not _rule_on("subject-in-preposition") or tok.dep_ not in ("advcl", "ccomp") or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    preps = sorted((c for c in [*tok.children, *tok.head.children]
                    if c.dep_ == "prep" and c.i < tok.i and c.lower_ in words("clause_preposition")), key=lambda c: c.i)
    obj = child(preps[-1], "pobj") if preps else None
    return obj if obj is not None and obj.i < tok.i else None


def _kin_owner(tok: Token) -> bool:
    """Rule ``kin-not-owner`` (agents.py): the owner of a kin noun ("his wife", "her brother";
    ``kin_noun``) is another person than the one the phrase names."""
    return bool(_rule_on("kin-not-owner") and tok.dep_ == "poss" and tok.head.lemma_.lower() in words("kin_noun"))


def _nearer_person(head: Token, pronoun: Token) -> Optional[Token]:
    """Rule ``person-of-person`` (agents.py): "Patrick Murray of Christie, who opted to ...": a person is
    not "of" another person as of a body or a place, so "of Y" is "about Y", and the "who" right after
    Y stands for Y."""
    if not _rule_on("person-of-person") or pronoun.lower_ != "who" or head.ent_type_ != "PERSON":
        return None
    of = next((ch for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    obj = child(of, "pobj") if of is not None else None
    if obj is None or obj.ent_type_ != "PERSON" or obj.i + 2 != pronoun.i or obj.nbor(1).text != ",":
        return None
    return obj


_FINITE = ("VBD", "VBZ", "VBP")


def _finite_clause_of(tok: Token) -> Optional[Token]:
    """Rule ``finite-conjunct-climbs`` (agents.py): a tensed verb the parser joined by "and" to an infinitive
    or gerund ("ran on his ability to jolt the recovery and accused Obama") is a conjunct of the nearest
    tensed verb above that infinitive, whose subject it shares."""
    if not _rule_on("finite-conjunct-climbs") or tok.dep_ != "conj" or tok.tag_ not in _FINITE or tok.head.tag_ not in ("VB", "VBG"):
        return None
    return next((t for t in islice(tok.head.ancestors, 6) if t.pos_ in ("VERB", "AUX") and t.tag_ in _FINITE), None)


def _described_person(head: Token, pronoun: Token) -> Optional[Token]:
    """Rule ``who-after-appositive`` (agents.py): "said Ari Fleischer, former press secretary to George W.
    Bush, who attended the event": a "who" clause right after an appositive that describes a person by
    another ("secretary to Y", "aide of Y") stands for the person described, not the one in the title."""
    if not _rule_on("who-after-appositive") or pronoun.lower_ != "who" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    title = head.head.head
    described = title.head if title.dep_ == "appos" else None
    if described is None or described.ent_type_ != "PERSON" or head.ent_type_ != "PERSON":
        return None
    between = pronoun.doc[head.right_edge.i + 1:pronoun.i]
    return described if all(t.is_punct for t in between) else None


def _object_controls(verb: Token) -> bool:
    """Rule ``object-control-verbs`` (agents.py): only a verb of asking, ordering or causing hands its
    object to its to-infinitive ("urged Chile to withdraw"); "used radios to discuss" is the subject's act."""
    return not _rule_on("object-control-verbs") or verb.lemma_.lower() in words("object_control")


def _person_antecedent(head: Token) -> Token:
    """Rule ``who-is-a-person`` (agents.py): "Altman, head of the fund Evercore Partners who has
    donated ...": "who" stands for a person, so a clause the parser hung on an organisation or
    place belongs to the person that phrase describes."""
    kinds = {head.ent_type_} | {c.ent_type_ for c in head.children if c.dep_ == "appos"}  # "the fund Evercore"
    if not _rule_on("who-is-a-person") or "PERSON" in kinds or not kinds & {"ORG", "GPE", "NORP", "FAC", "LOC"}:
        return head
    t = head
    for _ in range(5):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head
        elif t.dep_ in ("appos", "conj", "compound"):
            t = t.head
        else:
            break
        if t.ent_type_ == "PERSON":
            return t
    # the name the described phrase hangs on, which the recogniser did not tag ("Altman, a former ...")
    return t if t.i != head.i and t.pos_ == "PROPN" and not t.ent_type_ else head


def is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        return True
    return _conjoined_passive(tok)


def _conjoined_passive(tok: Token) -> bool:
    """Rule ``conjoined-passive`` (agents.py): "was indicted and convicted": a participle conjoined to a
    passive verb, with no subject or auxiliary of its own, shares its passive voice."""
    if not _rule_on("conjoined-passive") or tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.head.i == tok.i:
        return False
    if any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass") for c in tok.children):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)


def child(tok: Token, *deps: str) -> Optional[Token]:
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj_of(tok: Token, preps: tuple[str, ...]) -> Optional[Token]:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            o = child(c, "pobj")
            if o is not None:
                return o
    return None


def _place_compound(c: Token, actor: Optional[Actor]) -> bool:
    """A name compounded on an event noun that is a place, not a country actor: tagged as a place, or
    an organisation actor whose one word is a big city of the gazetteer ("the Benghazi attacks", where
    the article made an actor of the place's committee)."""
    if actor is not None and actor.kind == "country":
        return False
    if c.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if actor is None or actor.kind != "organization" or " " in actor.name.strip():
        return False
    from ..gazetteer import _common_word  # a country, region or big city of the gazetteer

    return _common_word(c.text)


def _name_words(name: str) -> list[str]:
    return name.lower().replace("’s", "").replace("'s", "").split()


def _hyphenated(tok: Token) -> bool:
    """A word joined to another by a hyphen ("Turkish-American"): not a demonym of its own."""
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_) or \
        (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)


def actor_kind(ctx: "SentenceContext", actor_id: Optional[str]) -> Optional[str]:
    """The kind (person, organization, country, group) of an actor of the sentence's article, or None."""
    a = ctx.actors.get(actor_id) if actor_id else None
    return a.kind if a is not None else None
