"""Stance evidence from sentence structure: stance predicates with their holder and target,
characterizations, and events with an agent and a target.

A stance predicate (``data/reference/stance_lexicon.csv``: "praise", "condemn", "call for",
"critical of", "criticism of") is found by its lemma and coarse part of speech. Its holder is
the subject (climbing control and coordination: "vowed to block"), the agent of a passive
("was condemned by X"), the possessor of a predicate noun ("X's criticism of"), or the subject
of the light verb over it ("X voiced skepticism about"); a first person inside a quote is the
quote's speaker. Its target is where the lexicon's frame says: the direct object, the object of
a named preposition, or the object of its clausal complement. A target noun is an actor when a
mention covers it, a country when the gazetteer resolves it, its possessor or agent when it has
one ("the attack by X" is X: "condemned the attack on Y" says nothing about Y), else a topic (its
lemma with its compounds, merged through ``topics.csv``). Negation flips or removes a stance (the
lexicon says which); questions, conditionals and could/might/may remove it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.tokens import Doc, Token

from . import lexicon, rules
from .removal import removal_act
from .targets import owned_act
from .topic_form import head_word
from .groups import partial_group, quantity_group, reported_they
from .senses import guest_sense
from .candidacy import candidates, fragment
from .antecedents import apposed_members, last_named_person, participle_holder, reported_pronoun, who_person
from .lexicon import Predicate
from .scenarios import lessened_flips, refusal_owner
from .sources import source_antecedent
from .modality import CONDITIONAL_MARKS, HEDGES, NEGATORS, hypothetical, negated, negated_above  # noqa: F401

FIRST_PERSON = {"i", "we", "me", "us"}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
LIGHT_VERBS = {"voice", "express", "offer", "lend", "give", "show", "reiterate", "signal", "declare",
               "announce", "pledge", "issue", "level", "throw", "make", "register", "repeat",
               "air", "add", "have", "take", "launch", "lead", "mount", "escalate", "intensify", "step",
               "sharpen", "continue", "renew", "unleash", "deliver", "direct", "pay", "return"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
OWN_PRONOUNS = {"his", "her", "its", "my", "our"}  # rule own-topic: an unresolved owner of the holder's topic
#: a verb's setting ("in this primary", "at the rally") that the parser may hang the verb's own phrase on
SETTING_PREPS = {"in", "at", "during"}
#: "blamed X for backing Y", "attacked X over supporting Y", "accused X of backing Y": the gerund is X's act
#: (rule reason-object)
REASON_PREPS = {"for", "over", "of"}
RELATIVE = {"who", "which", "that", "whom"}
NOT_TOPICS = ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
ISO3 = re.compile(r"^[A-Z]{3}$")
CONFIDENCE = {"predicate-object": 0.9, "predicate-preposition": 0.85, "predicate-clause": 0.7,
              "characterization": 0.75, "event": 0.7, "demand-against": 0.85, "received-stance": 0.85}
DEMANDS = {"call", "demand", "urge", "seek", "press", "push", "ask"}  # Levin 60.1 order verbs and "call for"
CHARACTERIZE = {"call", "describe", "label", "brand", "characterize", "characterise", "term", "dub", "deem",
                "dismiss", "portray", "paint", "liken", "cast"}
#: Levin 29.2 / 29.4 (characterize, declare) verbs that judge only with an "as" phrase or a small clause:
#: "views X as a menace", "considers X untrustworthy", "found X too objectionable" (rule small-clause-judgment)
JUDGE = {"consider", "view", "regard", "see", "find", "judge", "think"}
VALENCE_MIN = 1.0  # VADER valence (-4..4) an epithet needs ("liar" -2.3, "disaster" -3.1)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: holder, target, signed score, confidence and where it was found."""

    holder_id: str
    target: str
    kind: str  # actor | country | topic
    score: float
    confidence: float
    offset: int
    ids: tuple[str, ...]
    rule: str


@dataclass
class Context:
    """What the rules read: the parse, the tables, and token -> actor / quote / entity maps."""

    doc: Doc
    tables: object
    actors: dict
    token_actor: dict[int, str] = field(default_factory=dict)
    token_quotes: dict[int, list] = field(default_factory=dict)
    token_ent: dict[int, object] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, tables) -> "Context":
        ctx = cls(doc, tables, {a.actor_id: a for a in tables.actors})
        # longer mentions first, so that a shorter one inside ("Kremlin" in "Kremlin spokesman X") wins
        for m in sorted(tables.mentions, key=lambda m: m.start - m.end):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and m.actor_id in ctx.actors:
                for t in span:
                    ctx.token_actor[t.i] = m.actor_id
        for q in tables.quotes:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            for t in span if span is not None else ():
                ctx.token_quotes.setdefault(t.i, []).append(q)
            cue = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand") \
                if q.cue_start is not None and q.cue_end is not None else None
            for t in cue if cue is not None else ():
                ctx.token_quotes.setdefault(t.i, []).append(q)
        for ent in doc.ents:
            for t in ent:
                ctx.token_ent[t.i] = ent
        return ctx

    def quote_ids(self, tok: Token) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.quote_id for q in self.token_quotes.get(tok.i, ())))

    def actor_at(self, tok: Token) -> Optional[str]:
        """The actor a noun token names: its mention, a mention of its compound or apposition,
        or, for "I"/"we" inside a quote, the quote's speaker."""
        if tok.lower_ in FIRST_PERSON:
            speakers = [q.speaker_id for q in self.token_quotes.get(tok.i, ()) if q.kind != "indirect" and q.speaker_id]
            if speakers:
                return speakers[0]
        if tok.i in self.token_actor:
            return self.token_actor[tok.i]
        for c in tok.children:
            # "Senator Smith" (a name's parts), "the senator, Smith": not "a Smith supporter"
            if c.i in self.token_actor and (c.dep_ in ("appos", "flat") or (c.dep_ == "compound" and tok.pos_ == "PROPN")):
                return self.token_actor[c.i]
        return None

    def holder_at(self, tok: Token) -> Optional[str]:
        """The actor a holder token names; "a Smith supporter, who ..." climbs to the apposition's head.
        A plural pronoun ("they said they back ...") is left out: its antecedent is too often wrong."""
        if tok.lower_ in PLURAL_PRONOUNS:
            return reported_they(self, tok)
        if partial_group(tok):  # "some Farmers", "4 in 10 voters": a part of the group
            return None
        if tok.lower_ == "whose" and rules.enabled("whose-holder"):
            # "Obama, whose criticism of Trump has sharpened": the relative clause's antecedent
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            return self.actor_at(clause.head) if clause is not None else None
        found = self.actor_at(tok)
        if tok.lower_ in ("he", "she"):  # an unresolved pronoun too may have its reporter
            found = reported_pronoun(self, tok) or (found and (last_named_person(self, tok) or found))
        if found is None and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            return self.actor_at(tok.head)
        if found is None:
            found = quantity_group(self, tok)
        if found is None and tok.lemma_.lower() in lexicon.proxy_nouns():
            # "Smith's campaign said", "the Smith administration rejected": its owner speaks
            owners = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
            return next(filter(None, (self.actor_at(o) for o in owners)), None)
        return found


# -- holders -------------------------------------------------------------------------------------
def _subject_tokens(verb: Token) -> list[Token]:
    """The subject of a verb, climbing control and coordination ("vowed to block" -> the vower)."""
    v = verb
    for _ in range(5):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE and v.dep_ == "relcl":
                who, s = s.lower_ == "who", v.head
                if who and s.dep_ == "attr" and is_copula(s.head) and rules.enabled("relative-attribute"):
                    s = next((c for c in s.head.children if c.dep_ == "nsubj"), s)  # "she is a Democrat who ..."
                s = who_person(s) if who else s
                if rules.enabled("relative-antecedent"):
                    # "X, who challenged Y, and Z": the clause is X's; "X and Z, who ..." both
                    return [s, *(c for c in _conjuncts(s) if c.i < v.i)]
            return [s, *_conjuncts(s), *apposed_members(s)]
        if v.dep_ == "relcl":
            return []
        if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            v = v.head
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            objs = [c for c in v.head.head.children if c.dep_ in ("dobj", "oprd")]
            if objs and v.head.lower_ in REASON_PREPS and rules.enabled("reason-object"):
                # "criticized X for proposing a ban": X proposed it, not the critic
                return [objs[0], *_conjuncts(objs[0])]
            v = v.head.head  # "X joined Y in calling for ...", "X responded by calling for ..."
        elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in REASON_PREPS \
                and v.head.head.pos_ in ("NOUN", "PROPN") and rules.enabled("reason-noun"):
            return _reason_objects(v.head.head)
        else:
            return refusal_owner(v)  # "the NRA's refusal to support X"
    return []


def _reason_objects(noun: Token) -> list[Token]:
    """The direct object a reason phrase the parser hung on its last item belongs to, with every item (rule
    ``reason-noun``): "ridiculed Trump, Carson, and Fiorina [for criticizing X]" -> all three criticized X."""
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "dobj":
        return []
    rules.fired("reason-noun")
    out, stack = [noun], [noun]
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)
                stack.append(c)
    return out


def is_copula(tok: Token) -> bool:
    """"be" in any form, also the clitics spaCy leaves unlemmatized ("I’m", "she’s")."""
    return tok.lemma_ == "be" or tok.lower_.replace("’", "'") in ("'m", "'s", "'re")


def _conjuncts(tok: Token) -> list[Token]:
    out, stack = [], [tok]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return out


def _agent_tokens(tok: Token) -> list[Token]:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return [objs[0], *_conjuncts(objs[0])]
    return []


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN")


def holder_tokens(tok: Token, agentive: bool = False) -> list[Token]:
    """Who takes the stance the predicate ``tok`` names; ``agentive`` for a noun that names the
    holder itself ("critic", "supporter")."""
    if tok.pos_ in ("NOUN", "PROPN") and agentive:
        # "Smith, a critic of Jones", "Smith is a critic of Jones", "Jones critic Smith"
        if tok.dep_ == "attr" and is_copula(tok.head):
            return _subject_tokens(tok.head)
        if tok.dep_ in ("appos", "compound", "conj"):
            return [tok.head]  # "Smith, a critic of", "Jones critic Smith", "Smith, a farmer and a critic of"
        return [c for c in tok.children if c.dep_ == "appos"]
    light = tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS
    if tok.pos_ in ("NOUN", "PROPN"):
        poss = [c for c in tok.children if c.dep_ == "poss" and not (light and c.pos_ == "PRON")]
        if poss:
            return poss
        src = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if src:
            return src
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
            return _subject_tokens(head)
        if tok.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
            return _subject_tokens(head.head)  # "spoke in support of"
        return []
    if tok.pos_ == "ADJ":
        if tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.i != tok.i:
            return _subject_tokens(tok.head)
        if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
            return []
        return []
    if _is_passive(tok):
        return _agent_tokens(tok)
    return _subject_tokens(tok) or participle_holder(tok)


# -- targets -------------------------------------------------------------------------------------
def _lookup_country(text: str) -> Optional[str]:
    try:
        from ..gazetteer import lookup_country
    except ImportError:  # the gazetteer is optional for stances
        return None
    try:
        return lookup_country(text)
    except (ValueError, FileNotFoundError):
        return None


def actor_target(ctx: Context, actor_id: str) -> tuple[str, str]:
    a = ctx.actors[actor_id]
    if a.kind == "country" and a.country:
        return a.country, "country"
    return actor_id, "actor"


def topic_key(tok: Token) -> Optional[str]:
    """The topic a noun names: its canonical topic, or its lemma after its compounds ("rate cut")."""
    from .quoted import topic_of

    canonical = topic_of(tok)
    if canonical:
        return canonical
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in lexicon.generic_nouns() or not tok.is_alpha:
        return None
    if tok.lemma_.lower() in lexicon.received_nouns() and rules.enabled("received-topic"):
        return None
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.is_alpha]
    return " ".join(words + [head_word(tok)])


def unwrap_shell(tok: Token) -> Token:
    """A shell noun's content (rule ``shell-noun``): "his call to raise the minimum wage" -> wage,
    "aspects of the strategy" -> strategy; other tokens unchanged."""
    if not rules.enabled("shell-noun") or tok.lemma_.lower() not in lexicon.shell_nouns() \
            and tok.lower_ not in lexicon.shell_nouns():
        return tok
    # the parser often hangs the to-clause on the verb instead ("defended [her call] [to raise ...]")
    after = [c for c in tok.head.children if c.dep_ == "advcl" and c.left_edge.i == tok.right_edge.i + 1]
    for c in list(tok.children) + after:
        if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None:
                rules.fired("shell-noun")
                return obj
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                rules.fired("shell-noun")
                return obj
    return tok


def resolve_target(ctx: Context, tok: Token, appositions: bool = True) -> list[tuple[str, str]]:
    """What a target noun stands for: [(key, kind)], empty when nothing chartable."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "the bill, which she backed" -> the bill
    tok = unwrap_shell(tok)
    actor = ctx.actor_at(tok)
    if actor and source_antecedent(ctx, tok, actor):  # "..., said Ann Cole. The governor endorsed her."
        return []
    if actor:
        return [actor_target(ctx, actor)]
    if tok.pos_ == "PRON" or fragment(tok):  # the "re" and "-" of a split "re-election" (candidacy.py)
        return []
    appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")] if appositions else []
    if appos and rules.enabled("target-apposition"):
        rules.fired("target-apposition")
        listed = _conjuncts(appos[0])
        if not listed:  # "Obama's signature achievement, the Affordable Care Act": the apposition names it
            return resolve_target(ctx, appos[0])
        # "agreements, higher taxes and efforts to ...": a list parsed as an apposition, each item a target
        found = resolve_target(ctx, tok, appositions=False)
        return found + [r for t in (appos[0], *listed) for r in resolve_target(ctx, t) if r not in found]
    ent = ctx.token_ent.get(tok.i)
    if ent is not None and ent.label_ in ("GPE", "NORP"):
        iso3 = _lookup_country(ent.text)
        if iso3:
            return [(iso3, "country")]
    if ent is not None and ent.label_ in NOT_TOPICS or tok.lemma_.lower() in lexicon.person_nouns():
        return []  # "the real estate mogul" unresolved, "over the years", "millions"
    # a possessive pronoun is left out: coreference too often picks the wrong person
    # a compound names the owner only on a noun that speaks for it ("the Smith campaign"); elsewhere it
    # may be the theme ("the Iran deal", "the Smith deposition request"): rule compound-theme
    proxy_only = rules.enabled("compound-theme") and tok.lemma_.lower() not in lexicon.proxy_nouns()
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] + _agent_tokens(tok) + [
        c for c in tok.children if c.dep_ == "compound" and not proxy_only]
    found = [actor_target(ctx, a) for a in dict.fromkeys(filter(None, (ctx.actor_at(o) for o in owners)))]
    running = candidates(tok)
    if running:  # "endorsed the re-election of X", "X's bid": the candidate, not the election (candidacy.py)
        rules.fired("candidacy-owner")
        return list(dict.fromkeys(found + [actor_target(ctx, a) for a in filter(None, map(ctx.actor_at, running))]))
    from .quoted import topic_of

    if found and not topic_of(tok) and not owned_act(tok):  # rule owned-act-topic: the offer and its owner
        return found  # "Moscow's intentions" -> Moscow
    key = topic_key(tok)
    return found + ([(key, "topic")] if key else [])



def asserted_rows(ctx: Context, tok: Token, holder_toks, target_toks, sign: int, rule: str, confidence: float,
                  topics: bool = True) -> Iterable[Evidence]:
    """Evidence of ``rule`` at trigger ``tok`` from each holder to each target token, unless the
    trigger is in boilerplate, hypothetical or negated; ``topics=False`` keeps actor targets only."""
    if ctx.tables.is_boilerplate(tok.idx):
        return
    sent = ctx.tables.sentence_at(tok.idx)
    if hypothetical(tok, sent.text if sent else "") or negated(tok):
        return
    for holder in dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_toks))):
        for t in target_toks:
            for key, kind in resolve_target(ctx, t):
                if key != holder and (topics or kind != "topic"):
                    rules.fired(rule)
                    yield Evidence(holder, key, kind, float(sign), confidence, tok.idx, ctx.quote_ids(tok), rule)

def _objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return [t for o in objs for t in (o, *_conjuncts(o))]


def _included(tok: Token) -> list[Token]:
    """The members a target noun names with "including" or "such as" (rule ``target-including``):
    "lashed out at critics, including Smith" -> Smith."""
    if not rules.enabled("target-including"):
        return []
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and any(
                a.lower_ == "such" for a in c.children))):
            out += [t for g in c.children if g.dep_ == "pobj" for t in (g, *_conjuncts(g))]
    return out


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend((g, *_conjuncts(g)))
                elif g.dep_ == "pcomp":
                    out.extend(_objects(g))  # "called for ending the war"
        elif c.dep_ == "prt" and c.lower_ in ("out", "up"):
            out.extend(_prep_objects(c, preps))  # "lashed out at"
        elif c.dep_ == "prep" and c.lower_ in SETTING_PREPS and tok.pos_ == "VERB" and rules.enabled("setting-attachment"):
            # "vote in this primary for Smith": the parser hangs "for Smith" on the setting's noun
            out.extend(t for g in c.children if g.dep_ == "pobj" for t in _prep_objects(g, preps))
        elif c.dep_ == "prep" and c.lower_ == "on" and "for" in preps and rules.enabled("on-behalf"):
            out.extend(_behalf_of(c))  # "campaigned on his behalf", "on behalf of Smith": "for" him
    return out


def _behalf_of(on: Token) -> list[Token]:
    """Whom "on X's behalf" or "on behalf of X" names (rule ``on-behalf``): a "for" phrase in other words."""
    out = []
    for behalf in (g for g in on.children if g.dep_ == "pobj" and g.lemma_.lower() == "behalf"):
        out += [c for c in behalf.children if c.dep_ == "poss"]
        out += [g for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if out:
        rules.fired("on-behalf")
    return [t for o in out for t in (o, *_conjuncts(o))]


def _clause_objects(tok: Token) -> list[Token]:
    return [o for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
            for o in _objects(c)]


def target_tokens(tok: Token, pred: Predicate) -> list[tuple[Token, str]]:
    """(target token, rule name) for the predicate's frames."""
    out: list[tuple[Token, str]] = []
    instead = tuple(f.split(":", 1)[1] for f in pred.frames if f.startswith("instead:"))
    # the preposition may hang on the verb or on its object ("blamed [the delay on X]")
    shifted = _prep_objects(tok, instead) + [t for o in _objects(tok) for t in _prep_objects(o, instead)] \
        if instead else []
    if shifted:
        return [(t, "predicate-preposition") for t in shifted]
    if "obj" in pred.frames and pred.pos == "VERB":
        if _is_passive(tok):
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not subj and tok.dep_ == "acl":
                subj = [tok.head]  # "a proposal backed by X"
            out += [(t, "predicate-object") for s in subj for t in (s, *_conjuncts(s))]
        elif not ("host" in pred.frames and guest_sense(tok)):  # "welcomed X to Y": a guest
            out += [(t, "predicate-object") for t in _objects(tok)]
    if pred.preps:
        out += [(t, "predicate-preposition") for t in _prep_objects(tok, pred.preps)]
        if pred.pos == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
            # "threw her support behind X": the preposition hangs on the light verb
            out += [(t, "predicate-preposition") for t in _prep_objects(tok.head, pred.preps)]
    if "agent" in pred.frames:  # "a Jones critic": the compound name is the target
        out += [(c, "predicate-preposition") for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if "clause" in pred.frames:
        out += [(t, "predicate-clause") for t in _clause_objects(tok)]
    return out


# -- the extractor ---------------------------------------------------------------------------------
def predicate_evidence(ctx: Context) -> Iterable[Evidence]:
    """Evidence from every stance predicate outside boilerplate."""
    tables = ctx.tables
    for tok in ctx.doc:
        prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        phrasal = lexicon.predicate_rows(f"{tok.lemma_} {prt[0]}", tok.pos_) if prt else ()
        rows = phrasal or lexicon.predicate_rows(tok.lemma_, tok.pos_)
        if tok.tag_ == "VBN":
            rows = rows + lexicon.predicate_rows(tok.lower_, "ADJ")  # "is opposed to"
        if not rows or tables.is_boilerplate(tok.idx):
            continue
        sent = tables.sentence_at(tok.idx)
        yield from _predicate_rows(ctx, tok, rows, sent.text if sent else "")


def _received(tok: Token) -> Optional[tuple[list[Token], list[Token]]]:
    """(givers, receivers) when a stance noun is received: "X won the endorsement of Y", "X won Y's
    endorsement", "X drew criticism from Y", "X came under attack from Y"; None otherwise."""
    if tok.pos_ != "NOUN" or not rules.enabled("received-stance"):
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head  # "came under attack"
    elif tok.dep_ != "dobj":
        return None
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    if (f"{lemma} {prt[0]}" if prt else lemma) not in lexicon.receive_verbs() and lemma not in lexicon.receive_verbs():
        return None
    givers = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
        g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "from", "by")
        for g in c.children if g.dep_ == "pobj"]
    givers += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
               for g in c.children if g.dep_ == "pobj"]  # "drew criticism Tuesday from Y"
    if not givers:
        return None
    # "the backing of activists and unions": every conjunct gives it
    givers += [c for g in givers for c in _conjuncts(g)] if rules.enabled("received-stance-conjuncts") else []
    return givers, _subject_tokens(verb)


def _received_rows(ctx: Context, tok: Token, pred: Predicate, givers: list[Token], receivers: list[Token],
                   sign: float) -> Iterable[Evidence]:
    holders = list(dict.fromkeys(filter(None, (ctx.holder_at(t) for t in givers))))
    for r in receivers:
        for key, kind in resolve_target(ctx, r):
            for holder in holders:
                if kind != "topic" and key != holder:
                    rules.fired("received-stance")
                    yield Evidence(holder, key, kind, sign, CONFIDENCE["received-stance"], tok.idx,
                                   ctx.quote_ids(tok) + _event_ids(ctx, tok), "received-stance")


def _predicate_rows(ctx: Context, tok: Token, rows: tuple[Predicate, ...], sentence_text: str) -> Iterable[Evidence]:
    if hypothetical(tok, sentence_text) or negated_above(tok):
        if rules.enabled("hypothetical"):
            rules.fired("hypothetical")
            return
    neg = negated(tok)
    received = _received(tok)
    if received is not None:
        # the noun's owner gives the stance to the subject; no stance of the subject itself
        if not neg:
            yield from _received_rows(ctx, tok, rows[0], *received, float(rows[0].polarity))
        return
    for pred in rows:
        holders = list(dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_tokens(tok, "agent" in pred.frames)))))
        sign = float(pred.polarity)
        if neg and rules.enabled("negation"):
            rules.fired("negation")
            if not pred.flip_on_negation and not lessened_flips(tok, pred.polarity):  # "less likely to vote for X" (scenarios.py)
                continue
            sign = -sign
        exits = {t.i for t in _exit_subjects(tok, lexicon.sanction_words())} if pred.polarity > 0 else set()
        found = target_tokens(tok, pred)
        for target_tok, rule in found + [(t, r) for tt, r in found for t in _included(tt)]:
            if not rules.enabled(rule) or target_tok.i in exits or (pred.polarity > 0 and _aimed_sanction(ctx, target_tok)):
                continue  # "called for X to resign", "called for X's ouster": no support of X (rule demand-against)
            act = removal_act(target_tok) if rule == "predicate-clause" else None  # "proposed barring X"
            for holder in holders if act else ():
                yield Evidence(holder, act, "topic", sign, CONFIDENCE[rule], tok.idx, ctx.quote_ids(tok), "clause-removal")
            if act:
                continue  # the act's object is no target of the proposal (its opposition is an inference)
            for key, kind in resolve_target(ctx, target_tok):
                if kind == "topic" and not _topic_allowed(pred, key):
                    continue
                for holder in holders:
                    if key == holder or (kind == "topic" and _own_thing(ctx, target_tok, holder)):
                        continue
                    rules.fired(rule)
                    yield Evidence(holder, key, kind, sign, CONFIDENCE[rule], tok.idx,
                                   ctx.quote_ids(tok) + _event_ids(ctx, tok), rule)


def _own_thing(ctx: Context, tok: Token, holder: str) -> bool:
    """A topic the holder owns ("defended his record", "touted her endorsement", "won their seats"): the
    holder's own thing, no position on an issue (rule ``own-topic``)."""
    if not rules.enabled("own-topic"):
        return False
    tok = unwrap_shell(tok)
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [c for o in owners for c in o.children if c.dep_ == "poss"]  # "his party's nomination"
    # a singular owner pronoun coreference left unresolved is the holder's own ("defended his record");
    # "their right to sue" is others'
    bound = tok.dep_ == "dobj" and rules.enabled("own-object-pronoun")  # "Obama defended his record"
    if any(ctx.actor_at(c) == holder or (c.lower_ in OWN_PRONOUNS and (c.i not in ctx.token_actor or bound))
           for c in owners):
        rules.fired("own-topic")
        return True
    return False


def _listed_topics() -> set[str]:
    return set(lexicon.topic_words().values())


def _topic_allowed(pred: Predicate, key: str) -> bool:
    """A topic of topics.csv always; any other noun only for predicates that take topics
    (lexicon column ``topics``: not "hammered", "questioned her judgment")."""
    return pred.any_topic or key in _listed_topics()


def _event_ids(ctx: Context, tok: Token) -> tuple[str, ...]:
    """Events whose trigger (or, in the old events table, whose clause) holds the predicate."""
    out = []
    for e in ctx.tables.events:
        start = getattr(e, "trigger_start", None)
        if start is not None:
            if start <= tok.idx < getattr(e, "trigger_end", start + 1):
                out.append(e.event_id)
        elif getattr(e, "start", None) is not None and getattr(e, "end", None) is not None \
                and e.start <= tok.idx < e.end \
                and getattr(e, "predicate", None) == tok.lemma_.lower():
            out.append(e.event_id)
    return tuple(out)


def characterization_evidence(ctx: Context) -> Iterable[Evidence]:
    """"called X a liar", "described the deal as a disaster": the epithet's valence toward X."""
    if not rules.enabled("characterization"):
        return
    from .lexicon import valence

    tables = ctx.tables
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if lemma not in CHARACTERIZE and not (lemma in JUDGE and rules.enabled("small-clause-judgment")) \
                or tok.pos_ != "VERB" or tables.is_boilerplate(tok.idx):
            continue
        # "called X a liar": the first of object and predicative is X, the rest the epithet
        # (the parser sometimes swaps dobj and oprd)
        args = sorted((c for c in tok.children if c.dep_ in ("dobj", "oprd")), key=lambda c: c.i)
        if lemma in JUDGE:
            args = _judged(tok, args)
        if not args or args[0].dep_ == "oprd" and len(args) == 1:
            continue
        objs = [args[0], *_conjuncts(args[0])]
        obj_ids = {t.i for o in objs for t in o.subtree}
        words = [t for c in tok.children if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
                 for t in c.subtree if t.i not in obj_ids]
        # an epithet the parser hangs on the object ("called [him a liar]"), not an apposition set off by
        # commas that describes the object ("called Smith, who was convicted of fraud, a leader")
        words += [t for o in objs for c in o.children if c.dep_ in ("attr", "oprd", "acl", "appos")
                  and not (c.dep_ == "appos" and c.left_edge.i > 0 and ctx.doc[c.left_edge.i - 1].text == ",")
                  for t in c.subtree]
        words = [t for t in words if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i in obj_ids or a in words)]
        v = sum(valence(t.lemma_.lower()) or valence(t.lower_) for t in words if t.pos_ in ("ADJ", "NOUN", "VERB"))
        if abs(v) < VALENCE_MIN:
            continue
        sent = tables.sentence_at(tok.idx)
        if hypothetical(tok, sent.text if sent else "") or negated(tok):
            continue
        holders = [h for h in dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_tokens(tok))))]
        for holder in holders:
            for o in objs:
                for key, kind in resolve_target(ctx, o):
                    if key != holder:
                        rules.fired("characterization")
                        yield Evidence(holder, key, kind, 1.0 if v > 0 else -1.0, CONFIDENCE["characterization"],
                                       tok.idx, ctx.quote_ids(tok), "characterization")


def _judged(tok: Token, args: list[Token]) -> list[Token]:
    """What a judging verb judges: its object when an "as" phrase or a predicate follows ("views X as
    a menace", "considers X a liar"), or the subject of its verbless small clause ("considers X
    untrustworthy", "found X too objectionable to support"); nothing for "found that ..." or "saw X"."""
    if args and (len(args) > 1 or any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)):
        return args
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("ADJ", "NOUN"):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return [subj]
    return []


EVENT_SIGN = {"SUPPORT": 1, "AID": 1, "AGREE": 1, "DISAPPROVE": -1, "ACCUSE": -1, "REJECT": -1,
              "THREATEN": -1, "SANCTION": -1, "ASSAULT": -1}


def event_evidence(ctx: Context) -> Iterable[Evidence]:
    """Events of the v2 events table with an agent (``actor_id``) and a target; the old table
    (``actors`` and no target) gives none, since its rows do not say to whom."""
    if not rules.enabled("event"):
        return
    for e in ctx.tables.events:
        sign = EVENT_SIGN.get(e.category)
        agent = getattr(e, "actor_id", None)
        target = getattr(e, "target", None)
        if sign is None or not agent or not target or agent not in ctx.actors or target == agent:
            continue
        if getattr(e, "modality", "asserted") == "hypothetical":
            continue
        offset = getattr(e, "trigger_start", None)
        offset = offset if offset is not None else (getattr(e, "start", None) or 0)
        if ctx.tables.is_boilerplate(offset):
            continue
        if target in ctx.actors:
            key, kind = actor_target(ctx, target)
        elif ISO3.match(target):
            key, kind = target, "country"
        else:
            continue
        if kind == "country" and key == ctx.actors[agent].country:
            continue
        conf = getattr(e, "confidence", None)
        rules.fired("event")
        ids = (e.event_id,) + ((e.quote_id,) if getattr(e, "quote_id", None) else ())
        yield Evidence(agent, key, kind, float(sign), float(conf) if conf is not None else CONFIDENCE["event"],
                       offset, ids, "event")


def demand_evidence(ctx: Context) -> Iterable[Evidence]:
    """A demand for an act against someone opposes them (rule ``demand-against``): "called for the
    impeachment of X", "demanded an investigation into X", "urged X to resign", "called for X to
    drop out" (stance_sanction_words.csv)."""
    if not rules.enabled("demand-against"):
        return
    tables = ctx.tables
    sanctions = lexicon.sanction_words()
    for tok in ctx.doc:
        if tok.lemma_.lower() not in DEMANDS or tok.pos_ not in ("VERB", "NOUN") or tables.is_boilerplate(tok.idx):
            continue
        sent = tables.sentence_at(tok.idx)
        if hypothetical(tok, sent.text if sent else "") or negated_above(tok) or negated(tok):
            continue
        targets = [o for n in _prep_objects(tok, ("for",)) + _objects(tok)
                   if (n.lemma_.lower(), "NOUN") in sanctions for o in _sanction_objects(n)]
        targets += _exit_subjects(tok, sanctions)
        if not targets:
            continue
        holders = list(dict.fromkeys(filter(None, (ctx.holder_at(t) for t in holder_tokens(tok)))))
        for t in targets:
            for key, kind in resolve_target(ctx, t):
                for holder in holders:
                    if kind != "topic" and key != holder:
                        rules.fired("demand-against")
                        yield Evidence(holder, key, kind, -1.0, CONFIDENCE["demand-against"], tok.idx,
                                       ctx.quote_ids(tok) + _event_ids(ctx, tok), "demand-against")


def _sanction_objects(noun: Token) -> list[Token]:
    """Whom a demanded act goes against: "the impeachment of X", "an inquiry into X", and its owner,
    "X's ouster", "her resignation" (a pronoun only where coreference resolved it)."""
    return _prep_objects(noun, ("of", "into", "against")) + [c for c in noun.children if c.dep_ == "poss"]


def _aimed_sanction(ctx: Context, tok: Token) -> bool:
    """A demanded act aimed at an actor ("called for her ouster"): the stance is against the actor (rule
    ``demand-against``), neither support of "ouster" as a topic nor of its owner."""
    return rules.enabled("demand-against") and (tok.lemma_.lower(), "NOUN") in lexicon.sanction_words() and any(
        ctx.actor_at(o) for o in _sanction_objects(tok))


def _exit_subjects(tok: Token, sanctions: frozenset) -> list[Token]:
    """"urged X to resign" (X the object), "called for X to step down" (X the subject of the clause),
    "called for X to be investigated", "for a prosecutor to investigate X", "to oversee an inquiry into X"."""
    out = []
    fors = _prep_objects(tok, ("for",)) + _objects(tok)
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pcomp"] + [
        c for n in fors for c in n.children if c.dep_ in ("acl", "relcl")]  # "a prosecutor to investigate X"
    for v in clauses:
        if (v.lemma_.lower(), "ACT") in sanctions:
            # "for X to be shut down" (X the passive subject), "to investigate X" (X the object)
            done_to = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            if not done_to and any(c.dep_ == "auxpass" for c in v.children):
                done_to = _prep_objects(tok, ("for",))  # "called for X to be investigated"
            out.extend(done_to)
            continue
        # "to oversee an investigation into X"
        out.extend(o for n in _objects(v) if (n.lemma_.lower(), "NOUN") in sanctions
                   for o in _prep_objects(n, ("of", "into", "against")))
        if (v.lemma_.lower(), "VERB") not in sanctions:
            continue
        if v.lemma_.lower() in ("step", "drop") and not any(c.dep_ in ("prt", "prep") and c.lower_ in ("down", "out", "aside")
                                                            for c in v.children):
            continue  # "step down", "drop out", not "drop the case"
        subj = [c for c in v.children if c.dep_ == "nsubj"] or [c for c in tok.children if c.dep_ == "dobj"] or \
            _prep_objects(tok, ("for",))
        out.extend(subj)
    return out
