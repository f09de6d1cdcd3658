"""Modality rules: did the event happen (``asserted``), is it ``planned``, only ``hypothetical``,
or ``negated`` (no row)?

Each rule reads the trigger's auxiliaries and the verb or adjective governing it
(FactBank / TimeML: negative implicatives such as refuse and fail, intensional verbs
such as want and threaten, future and modal auxiliaries). The first rule that answers
wins; with no answer the event is asserted. Word sets come from ``event_words.csv``.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Cand, SentenceContext, subject_of
from .lexicon import words
from .rules import REGISTRY, Example, rule

NEGATED, PLANNED, HYPOTHETICAL = "negated", "planned", "hypothetical"


def _verb_of(c: Cand) -> Token:
    """The verb whose auxiliaries and governor decide: the trigger, or the light verb of a noun."""
    t = c.trigger
    if c.pos == "noun" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return t


#: subordinators of an adverbial clause that is asserted in its own right ("after X killed 14 people"),
#: not a complement of its governor's attitude
FACTIVE_MARKS = {"after", "before", "when", "since", "as", "because", "while", "although", "though",
                 "until", "once", "whereas"}


def _governor(t: Token) -> Optional[Token]:
    """The word a complement clause depends on ("refused to attend": refused); a temporal or causal
    adverbial clause ("called for a ban after X attacked Y") has none."""
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTIVE_MARKS for c in t.children):
        return None
    if t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp") and t.head.i != t.i:
        g = t.head
        if g.dep_ == "pcomp" or (g.pos_ == "ADP" and g.head.i != g.i):
            g = g.head
        return g
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        return t.head.head
    if t.dep_ == "conj" and t.head.i != t.i and t.head.dep_ in ("xcomp", "ccomp") and _own_subject(t) is None \
            and REGISTRY["conjoined-complement"].enabled:
        return _governor(t.head)  # "plans to meet X and sign Y": sign is planned too
    if t.dep_ == "conj" and REGISTRY["infinitive-conjunct"].enabled:
        top = t
        while top.dep_ == "conj" and top.head.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "conj" and _infinitive_conjunct(t, top.head):
            return top.head  # "plans to meet X, sign Y and visit Z": the parser hangs sign on plans
    return None


def _infinitive_conjunct(t: Token, head: Token) -> bool:
    """``t``, a conjunct of the finite verb ``head``, is really an infinitive of ``head``'s to-clause: a base
    form with no subject of its own cannot agree with a verb in the third person or the past ("has to get X,
    have Y"), and ``head`` has a to-clause before it."""
    if t.tag_ not in ("VB", "VBP") or head.tag_ not in ("VBZ", "VBD") or _own_subject(t) is not None:
        return False
    if any(ch.dep_ in ("aux", "auxpass") and ch.lower_ != "to" for ch in t.children):
        return False
    return any(ch.dep_ == "xcomp" and ch.i < t.i for ch in head.children)


def _in_set(t: Token, *names: str) -> bool:
    """Is the word, by its lemma or its lower-case form, in one of the ``event_words.csv`` sets ``names``?
    (The form covers a lemmatizer slip: "hopes" -> "hop".)"""
    return any(t.lemma_.lower() in words(n) or t.lower_ in words(n) for n in names)


def _own_subject(t: Token) -> Optional[Token]:
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@rule("conjoined-complement", "modality", (
    Example("Norway plans to meet Chile and sign the accord.", {"Norway": "NOR", "Chile": "CHL"}, "sign",
            {"modality": "planned"}),
))
def conjoined_complement(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """Registered for its switch and example; read in ``_governor``: a verb conjoined to a complement
    ("plans to meet X and sign Y") has that complement's governor."""
    return None


@rule("infinitive-conjunct", "modality", (
    Example("Norway plans to meet Chile, sign the accord and visit Peru.", {"Norway": "NOR", "Chile": "CHL",
                                                                             "Peru": "PER"}, "visit",
            {"modality": "planned"}),
    Example("Norway wants to meet Chile, sign the accord and visit Peru.", {"Norway": "NOR", "Chile": "CHL",
                                                                             "Peru": "PER"}, "sign",
            {"modality": "hypothetical"}),
))
def infinitive_conjunct(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """Registered for its switch and examples; read in ``_governor``: a base-form conjunct of a finite verb with
    a to-clause ("plans to meet X, sign Y") belongs to the to-clause, so it has that verb's modality."""
    return None


def subjunctive(verb) -> bool:
    """A mandative subjunctive: a bare verb with no modal or "to" ("asked that he resign", "requested the
    files be kept"): what is asked for, not a question."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in verb.children):
        return False
    if auxes:
        return auxes[0].lower_ == "be" and auxes[0].tag_ == "VB"
    return verb.tag_ == "VB" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)


@rule("refusal-is-asserted", "modality", (
    Example("Chile will not support the accord.", {"Chile": "CHL"}, "support",
            {"category": "REJECT", "modality": "asserted"}),
))
def refusal_asserted(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A declared refusal (sense rule declared-refusal) happened: the refusing is asserted though its verb
    is negated."""
    return "asserted" if "declared-refusal" in c.fired else None


@rule("negation", "modality", (
    Example("Norway did not attend the talks.", {"Norway": "NOR"}, "attend", None),
    Example("Norway never signed the accord.", {"Norway": "NOR"}, "signed", None),
))
def negation(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A negated verb or light verb ("did not attend", "never signed") did not happen."""
    for t in {c.trigger, _verb_of(c)}:
        if any(ch.dep_ == "neg" for ch in t.children):
            return NEGATED
        if t.dep_ == "conj" and any(ch.dep_ == "neg" for ch in t.head.children) and \
                not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children):
            return NEGATED
    return None


@rule("without-clause", "modality", (
    Example("Norway left the talks without signing the accord.", {"Norway": "NOR"}, "signing", None),
    Example("Chile attacked Peru without warning.", {"Chile": "CHL", "Peru": "PER"}, "attacked",
            {"category": "ASSAULT"}),
))
def without_clause(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A verb in a "without" phrase ("criticised X without naming her", "left without signing") did not
    happen: "without" negates the gerund it governs (Quirk et al. 15.51)."""
    t = c.trigger
    if t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
        return NEGATED
    return None


@rule("negated-subject", "modality", (
    Example("Not every minister backed the decision.", {"minister": "minister"}, "backed", None),
    Example("No country endorsed the plan.", {"country": "country"}, "endorsed", None),
))
def negated_subject(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """A subject with "not every", "no", "none of", "neither" does not assert the event of its actor."""
    subj = subject_of(_verb_of(c))
    if subj is None or subj.i > c.trigger.i:
        return None
    near = [subj] + [t for t in subj.children if t.dep_ in ("det", "neg", "advmod", "preconj")]
    if any(t.lower_ in words("negative_subject") for t in near):
        return NEGATED
    return None


@rule("negative-implicative", "modality", (
    Example("Norway refused to attend the summit.", {"Norway": "NOR"}, "attend", None),
    Example("Chile failed to sign the accord.", {"Chile": "CHL"}, "sign", None),
    Example("Chile was unable to sign the accord.", {"Chile": "CHL"}, "sign", None),
))
def negative_implicative(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The complement of refuse, fail, decline, unable ... did not happen (Karttunen's implicatives)."""
    g = _governor(_verb_of(c))
    if g is not None and _in_set(g, "negative_implicative", "negative_governor"):
        return NEGATED
    return None


@rule("mandative-subjunctive", "modality", (
    Example("Chile insisted that Peru withdraw its troops.", {"Chile": "CHL", "Peru": "PER"}, "withdraw",
            {"modality": "hypothetical"}),
))
def mandative_subjunctive(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The bare verb of a mandative clause ("insisted that X withdraw", "asked that X be removed") is what is
    asked for, not what happened (Quirk et al. 14.25: the mandative subjunctive)."""
    t = _verb_of(c)
    return HYPOTHETICAL if t.dep_ == "ccomp" and subjunctive(t) else None


def _nonspecific_plural(subj: Optional[Token]) -> bool:
    """A plural common noun with no determiner but a quantifier (``nonspecific_det``: some, many, other), no
    owner, number, name or apposition: "Democrats", "some Democrats in tight races", "Democratic superdelegates"
    refer to no one in particular (Carlson 1977: bare plurals; Quirk et al. 1985, 5.57 generic reference)."""
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return False
    for ch in subj.children:
        if ch.dep_ == "det" and ch.lower_ not in words("nonspecific_det"):
            return False
        if ch.dep_ in ("poss", "nummod", "compound", "appos", "nmod") or (ch.dep_ == "amod" and ch.pos_ == "PROPN"):
            return False
    return True


@rule("forecast-of-a-nonspecific-group", "modality", (
    Example("Some farmers in Peru will skip the talks.", {"farmers": "farmers", "Peru": "PER"}, "skip",
            {"modality": "hypothetical"}),
    Example("Democrats will boycott the vote, Ola Berg said.", {"Democrats": "democrats", "Ola Berg": "ola-berg"}, "boycott",
            {"modality": "hypothetical"}),
    Example("Norway will host the talks next week.", {"Norway": "NOR"}, "host", {"modality": "planned"}),
))
def forecast_nonspecific(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """What unnamed members of a group "will" do ("some Democrats will skip the convention", "Democrats who will
    mobilize") is a forecast about no one in particular, not an actor's plan: hypothetical."""
    if not _has_aux(c, "future_aux"):
        return None
    subj = subject_of(_verb_of(c))
    return HYPOTHETICAL if _nonspecific_plural(subj) else None


@rule("future-auxiliary", "modality", (
    Example("Norway will host the talks next week.", {"Norway": "NOR"}, "host", {"modality": "planned"}),
))
def future_aux(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """will, shall, 'll: planned."""
    return PLANNED if _has_aux(c, "future_aux") else None


@rule("future-in-the-past", "modality", (
    Example("Ola Berg announced that Chile would sign the accord.", {"Ola Berg": "ola-berg", "Chile": "CHL"}, "sign",
            {"modality": "planned"}),
    Example("Ola Berg said Chile would sign the accord if Peru paid.", {"Ola Berg": "ola-berg", "Chile": "CHL",
                                                                         "Peru": "PER"}, "sign",
            {"modality": "hypothetical"}),
    Example("Chile would sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "hypothetical"}),
))
def future_in_past(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ "said it would sign", "announced that he would support": "would" in the reported clause of a
    past-tense speech verb is the reported "will" (backshift; Quirk et al. 14.31), planned, not a guess;
    not inside a condition ("would sign if ...")."""
    from ..lexicon import reporting_verbs

    t = _verb_of(c)
    if t.dep_ != "ccomp" or not any(ch.dep_ == "aux" and ch.lower_ in ("would", "'d", "’d") for ch in t.children):
        return None
    gov = t.head
    if gov.tag_ not in ("VBD", "VBN") or gov.lemma_.lower() not in reporting_verbs():
        return None
    if any(ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("condition_mark") for m in ch.children)
           for ch in t.children):
        return None
    return PLANNED


@rule("modal-auxiliary", "modality", (
    Example("Norway could impose sanctions.", {"Norway": "NOR"}, "impose", {"modality": "hypothetical"}),
    Example("Chile would sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "hypothetical"}),
))
def modal_aux(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """would, could, might, may, should, must: hypothetical."""
    return HYPOTHETICAL if _has_aux(c, "hypothetical_aux") else None


def _has_aux(c: Cand, word_set: str) -> bool:
    """Does the event's verb have an auxiliary of ``event_words.csv``'s set ``word_set``?"""
    return any(ch.dep_ == "aux" and ch.lower_ in words(word_set) for ch in _verb_of(c).children)


@rule("condition-clause", "modality", (
    Example("If Chile signs the accord, Norway will lift the ban.", {"Chile": "CHL", "Norway": "NOR"}, "signs",
            {"modality": "hypothetical"}),
))
def condition(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An event inside an if- or unless-clause is hypothetical."""
    t = _verb_of(c)
    for _ in range(4):
        if any(ch.dep_ == "mark" and ch.lower_ in words("condition_mark") for ch in t.children):
            return HYPOTHETICAL
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    return None


@rule("inverted-condition", "modality", (
    Example("Had Chile signed the accord, Norway would have lifted the ban.", {"Chile": "CHL", "Norway": "NOR"},
            "signed", {"modality": "hypothetical"}),
))
def inverted_condition(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """ "Had X done", "Were X to do", "Should X do": an auxiliary before its subject opens a condition
    (Quirk et al. 15.36, conditional inversion)."""
    t = _verb_of(c)
    subj = next((ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or t.dep_ not in ("advcl", "ROOT"):
        return None
    if any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in ("had", "were", "should") and ch.i < subj.i
           and ch.i == ch.sent.start for ch in t.children):
        return HYPOTHETICAL
    return None


@rule("proposed-noun", "modality", (
    Example("Norway's proposed sanctions on Chile alarmed Peru.", {"Chile": "CHL", "Norway": "NOR"}, "sanctions",
            {"modality": "hypothetical"}),
))
def proposed_noun(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An event noun called proposed, planned, possible or threatened ("his proposed ban") has not
    happened (``unrealized_adjective`` in event_words.csv)."""
    if c.pos != "noun":
        return None
    if any(ch.dep_ in ("amod", "compound") and ch.lower_ in words("unrealized_adjective") for ch in c.trigger.children):
        return HYPOTHETICAL
    return None


@rule("planned-governor", "modality", (
    Example("Norway plans to impose sanctions.", {"Norway": "NOR"}, "impose", {"modality": "planned"}),
    Example("Chile is expected to sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "planned"}),
))
def planned_governor(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The complement of plan, intend, be expected, be set, be going: planned."""
    g = _governor(_verb_of(c))
    if g is not None and _in_set(g, "planned_governor"):
        if g.lemma_.lower() == "agree" and _governor(g) is None and _verb_of(c).dep_ != "xcomp":
            return None
        return PLANNED
    return None


@rule("irrealis-governor", "modality", (
    Example("Norway wants to impose sanctions.", {"Norway": "NOR"}, "impose", {"modality": "hypothetical"}),
    Example("Chile is eager to sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "hypothetical"}),
    Example("Chile hopes to sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "hypothetical"}),
    Example("Chile is keen to sign the accord.", {"Chile": "CHL"}, "sign", {"modality": "hypothetical"}),
    Example("It is impossible for Chile to approve the deal.", {"Chile": "CHL"}, "approve",
            {"modality": "hypothetical"}),
    Example("Chile called for sanctions after Norway attacked the town.", {"Chile": "CHL", "Norway": "NOR"},
            "attacked", {"modality": "asserted"}),
    Example("Chile urged Norway to send troops to fight the rebels.", {"Chile": "CHL", "Norway": "NOR"},
            "fight", {"modality": "hypothetical"}),
))
def irrealis_governor(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """The complement of want, try, threaten, urge, propose, possible ... is not asserted, nor is a
    complement of that complement ("urged X to send troops to fight Y": fight)."""
    g = _governor(_verb_of(c))
    for _ in range(3):
        if g is None:
            return None
        if _in_set(g, "irrealis_governor"):
            return HYPOTHETICAL
        # "it is impossible for X to ...": the adjective hangs on the copula
        if g.lemma_.lower() == "be" and any(ch.dep_ == "acomp" and ch.lemma_.lower() in words("irrealis_governor")
                                            for ch in g.children):
            return HYPOTHETICAL
        if g.pos_ not in ("VERB", "AUX") or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in g.children):
            return None  # only an infinitive passes the attitude down ("to organize forces to fight")
        g = _governor(g)
    return None


def modality_of(c: Cand, ctx: SentenceContext) -> tuple[str, str | None]:
    from .rules import first

    out, name = first("modality", c, ctx)
    return (out or "asserted"), name


@rule("advocated-for", "modality", (
    Example("Ola Berg argued for nominating a moderate.", {"Ola Berg": "ola-berg"}, "nominating",
            {"modality": "hypothetical"}),
    Example("Ola Berg argued for attacking Tom Reed.", {"Ola Berg": "ola-berg", "Tom Reed": "tom-reed"}, "attacking",
            {"modality": "hypothetical"}),
))
def advocated_for(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """What one argues, lobbies or pleads for ("argued for nominating a Republican"; ``advocacy_verb``) is
    wanted, not done (FactBank: the complement of an intensional act is not asserted); only through "for",
    so that "argued that X attacked Y" stays the reported act."""
    t = _verb_of(c)
    prep = t.head if t.dep_ in ("pcomp", "pobj") else None
    if prep is None or prep.lower_ not in ("for", "against") or prep.head.i == prep.i:
        return None
    return HYPOTHETICAL if prep.head.lemma_.lower() in words("advocacy_verb") else None


def _question_clause(t: Token) -> Optional[Token]:
    """The finite verb whose clause holds ``t`` (up through to-clauses and conjuncts without a subject)."""
    for _ in range(4):
        if _own_subject(t) is not None:
            return t
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _ends_in_question_mark(clause: Token) -> bool:
    """Is the clause closed by "?" (its own last token, or the next token after closing quotes)?"""
    doc, i = clause.doc, clause.right_edge.i
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space or doc[i].is_bracket) and i > clause.i:
        i -= 1
    if doc[i].text == "?":
        return True
    j = clause.right_edge.i + 1
    while j < len(doc) and (doc[j].is_quote or doc[j].is_space):
        j += 1
    return j < len(doc) and doc[j].text == "?"


@rule("yes-no-question", "modality", (
    Example("Did Chile really attack Peru?", {"Chile": "CHL", "Peru": "PER"}, "attack",
            {"modality": "hypothetical"}),
    Example("Has Norway signed the accord?", {"Norway": "NOR"}, "signed", {"modality": "hypothetical"}),
    Example("Why did Norway sign the accord?", {"Norway": "NOR"}, "sign",
            {"category": "AGREE", "modality": "asserted"}),
    Example("Chile attacked Peru.", {"Chile": "CHL", "Peru": "PER"}, "attacked",
            {"category": "ASSAULT", "modality": "asserted"}),
))
def yes_no_question(c: Cand, ctx: SentenceContext) -> Optional[str]:
    """An event asked about in a yes/no question ("Did X really scam students?", "Has Chile signed the
    accord?") is not asserted: its clause ends in "?" and an auxiliary comes before the subject with no
    wh-word ahead (Quirk et al. 11.5, subject-operator inversion); a wh-question ("Why did X attack Y?")
    presupposes its event and stays asserted."""
    clause = _question_clause(_verb_of(c))
    if clause is None or not _ends_in_question_mark(clause):
        return None
    subj = _own_subject(clause)
    aux = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass") and ch.i < subj.i and ch.lower_ != "to"]
    if not aux:
        return None
    if any(x.tag_ in ("WDT", "WP", "WP$", "WRB") for x in clause.doc[clause.left_edge.i:aux[0].i]):
        return None
    return HYPOTHETICAL
