"""The speaker of a reporting verb: its subject, or the name after it in inverted order, or
the speaker of the verb it hangs on, through the parse (``source_of``); and the organisation
that an "it" reports for.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from ..lexicon import (
    source_nouns,
)
from .rules import NO_SPEAKER, first, rule
from .unattached import (_inverted_unattached, _lone_name_before_aside, _mistagged_name_after_verb, _participle_of_speaker,
                         _phrase_after_quotation, _subject_before_aside)
from .syntax import (
    FINITE,
    NOUN_POS,
    SUBJECT_DEPS,
    _appositive_verb_subject,
    _as_aside,
    _as_clause,
    _after_its_content,
    _dateline,
    _opening_gerund_clause,
    _people_word,
    _root_name_verb,
    _run_in_head,
    _spaced_dash,
    _verb_row,
)

INVERTED_DEPS = ("dobj", "attr", "npadvmod", "appos", "oprd", "dative", "nsubj")
GERUND_PREPS = {"by", "after", "before", "while", "in", "upon", "on", "despite"}  # not "without": nothing was said
Outside = Optional[Callable[[Token], bool]]


def source_of(verb: Token, *, depth: int = 0, outside: Outside = None) -> Optional[Token]:
    """The token heading the speaker of a reporting verb, or None. ``outside`` says which
    tokens may speak: the parser sometimes takes a word inside the quotation for a second
    subject ("“... panic mode,” said Leslie Wimes"). The rules of ``SPEAKER_RULES`` are tried
    in order; the first that decides (a token, or ``NO_SPEAKER``) wins."""
    found = first(SPEAKER_RULES, verb, depth, outside)
    return None if found is NO_SPEAKER else found


def _deeper(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """The speaker of ``verb`` one level up, or ``NO_SPEAKER``: the rule that asks has decided."""
    return source_of(verb, depth=depth + 1, outside=outside) or NO_SPEAKER


@rule("as-aside-speaker", "speaker",
      example="Vermont, as one of the governor's aides pointed out, rarely sees two floods in one year.")
def _as_aside_speaker(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Hawaii, as one of the advisers pointed out, rarely ...": the aside's noun speaks."""
    aside = _as_aside(verb)
    return aside[0] if aside is not None else None


@rule("subject", "speaker", example="The mayor said the budget was balanced.", speaker="The mayor")
def _subject(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """The verb's subject ("he said"); a relative pronoun ("who said") is resolved through its
    antecedent later."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        # a dash the parse makes a second subject ("― Trump boasted") speaks for no one (but "42% say"
        # does: the tokenizer calls "%" punctuation), nor does
        # a label before a colon when a subject follows it ("The Latest: Trump urges ...")
        if c.dep_ in ("nsubj", "csubj") and not (c.is_punct and c.text != "%") and (outside is None or outside(c)) and not (
                c.i < verb.i and any(o.i > c.i for o in subjects)
                and (any(t.text == ":" for t in verb.doc[c.right_edge.i + 1: verb.i]) or _run_in_head(c))):
            return _dateline_speaker(c) or _glued_subject(c) or c
    return None


@rule("dateline-apposition", "speaker",
      example="WASHINGTON -- President Jo Hart, speaking at the White House, said the talks would resume.",
      speaker="President Jo Hart")
def _dateline_speaker(subject: Token) -> Optional[Token]:
    """"WASHINGTON -- President Obama, ..., said": the parse makes the dateline the subject; the
    name in apposition to it speaks, and with none, no one we can tell."""
    if not _dateline(subject):
        return None
    return next((g for g in subject.children if g.dep_ == "appos"), NO_SPEAKER)


@rule("buried-subject", "speaker", example="In a meeting with the board of the Post Trump said the plan was dead.",
      speaker="Trump")
def _buried_subject_rule(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    return _buried_subject(verb)


@rule("passive-agent", "speaker", example="The council was told by the mayor that the budget was balanced.",
      speaker="the mayor")
def _passive_agent(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"was told by X": the agent speaks."""
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


@rule("inverted-name", "speaker", example="“We are ready for talks,” said Kremlin spokesman Dmitry Peskov.",
      speaker="Dmitry Peskov")
def _inverted_name(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"..., said Kremlin spokesman Dmitry Peskov": the name after a verb that follows its content
    (a comma or a closing mark before it: "told Mr. Obama" names an addressee), but not the addressee
    of "encouraged Americans to ...", the object of "called Trump a liar", the object of a verb
    that reports its object ("citing geopolitical factors") or a day ("said Monday")."""
    if not _after_its_content(verb):
        return None
    addressed = any(c.dep_ in ("xcomp", "oprd", "ccomp") and c.i > verb.i for c in verb.children)
    reports_object = getattr(_verb_row(verb), "object_mode", None) is not None
    for c in verb.rights:
        if (addressed or reports_object) and c.dep_ in ("dobj", "dative"):
            continue
        if c.dep_ in INVERTED_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) \
                and c.ent_type_ not in ("DATE", "TIME") and (outside is None or outside(c)):
            return c
    return None


@rule("name-rooted-sentence", "speaker", example="Ms. Reyes called Friday for a review of the contract.",
      speaker="Ms. Reyes")
def _name_rooted(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """A sentence the parse roots in its subject's name ("Ms. Reyes called Friday for ..."): the name."""
    return verb.head if _root_name_verb(verb) else None


@rule("opening-gerund-speaker", "speaker",
      example="Arguing the tax is unfair to farmers, the senator said a new bill was needed.")
def _opening_gerund_speaker(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Arguing the tax is unfair, the senator ...": the main clause's subject argues."""
    if depth < 3 and _opening_gerund_clause(verb) is not None:
        return _deeper(verb.head.head, depth, outside)
    return None


@rule("apposition-verb-subject", "speaker",
      example="Mayor Jo Hart (D), the governor's rival in the coming election, called Friday for opening the police files, saying that residents deserve answers.")
def _apposition_verb_subject(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Jo Hart (D), the mayor's rival in the race, called Friday for ...": the verb the parse
    hung on the apposition's last noun is the subject's."""
    return _appositive_verb_subject(verb)


@rule("participle-of-noun", "speaker",
      example="In a statement announcing the merger, the union called the deal a victory.")
def _participle_of_noun(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"footage of Trump saying ...": the noun the participle hangs on speaks, unless it is a
    document someone issued, an occasion or a phrase of scene (the rules after this one)."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN")):
        return None
    return first((_statement_issuer, _made_thing_issuer, _occasion_speaker, _scene_participle), verb, depth,
                 outside) or verb.head


@rule("statement-issuer", "speaker",
      example="The Port Authority issued a statement calling the delays unacceptable.", speaker="The Port Authority")
def _statement_issuer(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"the Port Authority issued a statement calling ...": whoever issued the statement speaks."""
    if depth < 3 and verb.head.lemma_.lower() in source_nouns() and verb.head.dep_ == "dobj":
        return source_of(verb.head.head, depth=depth + 1)
    return None


@rule("made-thing-issuer", "speaker",
      example="The council approved a resolution condemning the mayor's remarks.", speaker="The council")
def _made_thing_issuer(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"the council approved a resolution condemning ...", "the campaign sent out a fundraising email
    stressing ...": a thing (no person or group, no name) that the clause's subject made or sent
    says what its maker says, as a statement does (``statement-issuer``) whatever the thing is
    called."""
    noun, v = verb.head, verb.head.head
    if depth < 3 and noun.dep_ == "dobj" and noun.pos_ == "NOUN" and not noun.ent_type_ and not _people_word(noun) \
            and v.pos_ in ("VERB", "AUX") and any(g.dep_ == "nsubj" for g in v.children):
        return source_of(v, depth=depth + 1)
    return None


@rule("occasion-speaker", "speaker",
      example="She said at a news conference announcing the deal that the plant would stay open.", speaker="She")
def _occasion_speaker(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"she said at a news conference announcing ...": who spoke there announces (a document
    speaks for itself: "In a statement announcing ..., the union called ...")."""
    occasion = verb.head.head
    if depth < 3 and verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
            and verb.head.lemma_.lower() not in source_nouns() \
            and getattr(_verb_row(occasion.head), "quote", False):
        return source_of(occasion.head, depth=depth + 1, outside=outside)
    return None


@rule("scene-participle", "speaker",
      example="The banks hid their havens, in many cases reporting profits abroad.", neutral=None)
def _scene_participle(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"hid their havens, in many cases reporting ...": a phrase saying where or how can not
    speak; the participle's subject is the clause's, or no one we can tell."""
    occasion = verb.head.head
    if verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
            and occasion.head.pos_ in ("VERB", "AUX") and not _people_word(verb.head) \
            and verb.head.lemma_.lower() not in source_nouns():
        return _deeper(occasion.head, depth, outside) if depth < 3 else NO_SPEAKER
    return None


@rule("name-before-participle", "speaker", example="The ad uses footage of Trump saying the wall will be built.",
      speaker="Trump")
def _name_before_participle(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"uses footage of Trump saying ...": the name right before the participle."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.pos_ == "PROPN" and before.dep_ in ("pobj", "dobj"):
            return before
    return None


@rule("gerund-after-preposition", "speaker",
      example="The senator responded by saying the bill was unfair.", speaker="The senator")
def _gerund_after_preposition(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"responded by saying ...", "after telling reporters ...": the gerund's subject is the
    subject of the verb the phrase modifies, a passive one too ("After saying ..., she was
    taken to hospital")."""
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        main = verb.head.head
        return source_of(main, depth=depth + 1) or next(
            (c for c in main.children if c.dep_ == "nsubjpass"), None) or NO_SPEAKER
    return None


@rule("quoted-as-saying", "speaker",
      example="The news website quoted Ms. Reyes as saying the channel would keep working.", speaker="Ms. Reyes")
def _quoted_as_saying(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"the website quoted Ms. Reyes as saying ...": the one quoted says it, not the one quoting."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if getattr(_verb_row(quoting), "verb_class", None) not in ("writing", "speech"):
        return None
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)


@rule("participle-after-quotation", "speaker",
      example="Mr. Baker barely answered the question, treating her remark as praise -- \"That is a good point\" -- and, when asked after the event, asserting, \"Of course, I pay my bills.\"")
def _participle_after_quotation(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"..., Ruiz said, adding, “...”": the parse hangs the participle on a verb inside the
    quotation; it goes with the nearest verb before it outside the marks."""
    if depth < 3 and outside is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") \
            and outside(verb) and not outside(verb.head):
        for j in range(verb.i - 1, verb.sent.start - 1, -1):
            prev = verb.doc[j]
            if prev.pos_ in ("VERB", "AUX") and outside(prev) and not verb.is_ancestor(prev):
                return _deeper(prev, depth, outside)
    return None


@rule("outside-dash-aside", "speaker",
      example="Protesters marched past the stadium - where the team once played - while chanting, “Sell the team now!”")
def _outside_dash_aside_rule(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    outer = _outside_dash_aside(verb) if depth < 3 else None
    return _deeper(outer, depth, outside) if outer is not None else None


@rule("finite-conjunct", "speaker",
      example="Jo Hart said the city would sell the land and suggested that the money go to schools.",
      speaker="Jo Hart")
def _finite_conjunct(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    shared = _finite_conjunct_head(verb) if depth < 3 else None
    return _deeper(shared, depth, outside) if shared is not None else None


@rule("head-clause-speaker", "speaker", example="The mayor was arrested and said the charges were false.",
      speaker="The mayor")
def _head_clause_speaker(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """A conjunct, adverbial, open or relative clause speaks through the verb it hangs on ("was
    arrested and said ...", "was asked to explain ...": a passive head's subject too); the rules
    after this one first: a relative clause on a noun, a closing participle, an "as" clause, an
    object before an infinitive, the one heard."""
    if not (depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "relcl") and verb.head.i != verb.i):
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS:
        return NO_SPEAKER
    found = first((_closing_participle, _as_clause_source, _object_before_infinitive, _heard_subject),
                  verb, depth, outside)
    if found is not None:
        return found
    return source_of(verb.head, depth=depth + 1, outside=outside) or next(
        (c for c in verb.head.children if c.dep_ == "nsubjpass"), None) or NO_SPEAKER


@rule("closing-participle", "speaker", example="Analysts said rates have risen, citing the new budget figures.",
      speaker="Analysts")
def _closing_participle(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Analysts said rates have risen, citing ...": rates cite nothing; the participle closing
    the sentence goes with whoever reported the clause."""
    inner = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > inner.i and inner.dep_ == "ccomp" \
            and verb.doc[verb.i - 1].text == "," and getattr(_verb_row(inner.head), "indirect", False):
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and not _people_word(subj):
            return _deeper(inner.head, depth, outside)
    return None


@rule("as-reported-in", "speaker", example="As reported in the Chronicle, the mayor will not run again.",
      speaker="the Chronicle")
def _as_clause_source(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"As reported in the Chronicle, ...", "as noted in the mayor's letter": the writing it
    appeared in, or its author, speaks; "Patriot failed, as predicted": no one."""
    if not _as_clause(verb):
        return None
    if verb.tag_ == "VBN":
        where = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
        for g in where:
            author = next((o for o in g.children if o.dep_ == "poss" and o.pos_ in ("PROPN", "NOUN")), None)
            if author is not None:
                return author
            if g.pos_ == "PROPN" or g.ent_type_ == "ORG" or g.lemma_.lower() in source_nouns():
                return g
    return NO_SPEAKER


@rule("object-before-infinitive", "speaker", example="The judge forced Smith to admit that he had lied.",
      speaker="Smith")
def _object_before_infinitive(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"forced Smith to admit that ...", "left many nations feeling that ...": the object before
    the infinitive or participle does it."""
    if verb.dep_ != "xcomp":
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
    if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                            or any(g.ent_type_ in ("NORP", "GPE", "ORG") for g in obj.lefts)):
        return obj
    return None


@rule("heard-subject", "speaker", example="Scott can be heard yelling that the police had no right to stop him.",
      speaker="Scott")
def _heard_subject(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Scott can be heard yelling that ...": the one heard or seen speaks."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return None


@rule("has-contraction", "speaker", example="He's said he gets his ideas about money from a novel.", speaker="He")
def _has_contraction(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"He's said he ...": the parse reads the "'s" of "has" as a passive "is" and the subject as a
    passive one; a reporting verb with a clause of its own after it is active, and that is its subject."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)


@rule("adjective-infinitive", "speaker",
      example=("The mayor was quick to add that the budget does not include the stadium.",
               "The mayor spoke for an hour. It is hard to see why the council would agree to the plan."))
def _adjective_infinitive(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"was quick to add that ...", "is right to note that ...": the infinitive of a predicate
    adjective is done by the subject of the verb the adjective completes; an expletive "it" names
    no one ("it is hard to see why ...", "it's safe to say ...": the writer's own frame)."""
    if verb.dep_ != "xcomp" or depth >= 3:
        return None
    adj = verb.head
    if adj.pos_ != "ADJ" or adj.dep_ not in ("acomp", "oprd"):
        # "It is hard to see why ...": the parse may hang the infinitive on the copula itself
        adj = next((c for c in verb.head.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.i < verb.i), None)
        if adj is None or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.head.children):
            return None
    subject = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "there", "this", "that"):
        return NO_SPEAKER
    return _deeper(adj.head, depth, outside)


SPEAKER_RULES = (_as_aside_speaker, _subject, _buried_subject_rule, _passive_agent, _inverted_name, _name_rooted,
                 _opening_gerund_speaker, _apposition_verb_subject, _participle_of_noun, _name_before_participle,
                 _gerund_after_preposition, _quoted_as_saying, _participle_after_quotation, _outside_dash_aside_rule, _finite_conjunct,
                 _has_contraction, _adjective_infinitive, _head_clause_speaker, _inverted_unattached,
                 _subject_before_aside, _participle_of_speaker, _phrase_after_quotation, _mistagged_name_after_verb,
                 _lone_name_before_aside)


def _outside_dash_aside(verb: Token) -> Optional[Token]:
    """The verb outside a dash-bracketed aside that a subjectless participle after the aside goes
    with ("marched past the stadium - where the team played - while chanting, “...”": the
    marchers chant, though the parse hangs the participle on the aside's verb)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    closing = [t for t in doc[head.i + 1: verb.i] if _spaced_dash(t)]
    opening = [t for t in doc[verb.sent.start: head.i] if _spaced_dash(t)]
    if not closing or not opening:
        return None
    lo, hi = opening[-1].i, closing[0].i
    h = head
    while lo < h.i < hi and h.head.i != h.i:
        h = h.head
    return h if not lo < h.i < hi and h.pos_ in ("VERB", "AUX") else None


def _finite_conjunct_head(verb: Token) -> Optional[Token]:
    """The verb a subjectless finite conjunct ("... and suggested that ...") really joins when the
    parse hangs it on a verb of another form inside a clause ("Jo Hart said the city would sell
    the land and suggested that ...": "suggested" cannot share "would"): the nearest verb above
    with the same tense form."""
    if verb.tag_ not in FINITE or verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    j = verb.i - 1
    while j > verb.sent.start and verb.doc[j].dep_ in ("advmod", "neg") and verb.doc[j].head.i == verb.i:
        j -= 1
    if verb.doc[j].lower_ not in ("and", "but"):
        return None
    if verb.head.tag_ == verb.tag_:
        # ("Jo Hart said that she agrees but said “...”": a conjunct the parse made a complement)
        if verb.dep_ == "ccomp":
            return verb.head
        outer = verb.head.head
        clause = verb.head.dep_ == "ccomp" or verb.head.dep_ == "advcl" and any(
            c.lower_ == "that" and c.i < verb.head.i for c in verb.head.children)  # "that" misread as an adverb
        past = verb.tag_ == "VBD" and outer.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in outer.children)
        if verb.head.lemma_ == "be" and clause and (outer.tag_ == verb.tag_ or past) \
                and getattr(_verb_row(outer), "indirect", False):
            # "The board said the offer was “too low” and urged ...": a state is reported, an act
            # that reports goes with the reporter
            return outer
        return None
    h = verb.head
    for _ in range(4):
        if h.head.i == h.i:
            return None
        h = h.head
        if h.tag_ == verb.tag_ and h.pos_ in ("VERB", "AUX") and h.i < verb.i:
            return h
    return None


def _buried_subject(verb: Token) -> Optional[Token]:
    """A name right before a finite verb that has no subject, which the parse buried in the
    phrase before it ("In a meeting with the board of the Post Trump said ..."): it is the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ not in ("pobj", "compound", "conj"):
        return None
    # (or joined to the last noun of an opening clause: "When ... of the old feud, Reyes and Palmer call them ...")
    phrase = next((c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i
                   and c.left_edge.i <= name.i <= c.right_edge.i), None)
    return name if phrase is not None else None


def _glued_subject(subj: Token) -> Optional[Token]:
    """The name in apposition to a subject that is really the object of the word before it:
    "With 20 days until the vote, Jane Cole, an adviser, said": the parse makes "the vote"
    the subject and the name its apposition. A subject opens its clause; one right after a
    preposition or a verb does not."""
    first = subj.left_edge
    if first.i == subj.sent.start or subj.i > subj.head.i:
        return None  # ("said Rep. Jane Cole (D-Ohio)": after the verb the order is inverted)
    before = subj.doc[first.i - 1]
    if before.pos_ not in ("ADP", "VERB", "AUX") or before.dep_ == "mark":
        return None
    return next((g for g in subj.children if g.dep_ == "appos" and g.i > subj.i and (
        g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "ORG"))), None)


COPULAS = {"be", "seem", "appear", "remain", "become"}


