"""Dating rules: the event's own date.

An event is dated by the time expression attached to its trigger through the parse:
the path from the time's head up to the trigger may not cross another event's trigger,
a relative clause, a participle modifying another noun, or a "since"-phrase of a noun
("the war that began in 2022", "the first summit since 1949", "its first cut since June").
A participle of the event noun itself carries its time ("a summit set for April") unless
that time is a since-phrase ("the summit, first hosted by Norway since 1949").
A controlled complement is part of its governor's clause ("invited Sinn Fein to rejoin
two weeks ago"; "plans to hold a conference on Tuesday"), and a conjunct or a complement
with no time of its own shares its governor's. Then the clause fallbacks, for times the
parse hangs oddly: a refusal takes the time of the complement that never happened ("declined to
comment Saturday"); a bare date between the subject and its verb, parsed as the subject's
apposition, dates the clause ("Poland, Hungary and the Czech Republic Friday formally joined");
a dated statement or report acts on its date ("your Oct. 23 item recognized"); a when-clause of a
time happened then ("in 1964, when the party nominated"); a purpose infinitive shares its
governor's time ("on Monday brought his brother to vouch"); a past act of making in a relative
clause takes its antecedent's date ("the 1994 Act, which Schumer sponsored"). Failing that,
an event reported as happening now (present tense, present perfect, progressive, a
headline's present) gets the publication date with ``date_inferred``; any other event
has no date. The first rule that answers wins.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..records import Time
from .context import Cand, SentenceContext, subject_of
from .lexicon import noun_category, words
from .rules import Example, rule

#: dependency labels that open a clause or a noun modifier another time belongs to
_BARRIER_DEPS = {"relcl", "acl", "ccomp", "csubj", "parataxis", "appos"}
NOW = "now"


#: prepositions that make a noun the occasion of an event ("in Sunday's debate", "at last year's summit")
_SETTING = {"in", "at", "during", "on", "before", "after", "following", "ahead"}


#: ... and that make it the period an event is measured over ("for the quarter ended Sept. 30")
_PERIOD = _SETTING | {"for", "over", "through", "throughout"}


def _setting(noun: Token, trigger: Token, preps: set[str] = _SETTING) -> bool:
    """Is ``noun`` the occasion of ``trigger``: the object of an in/at/during-phrase attached to it?"""
    return noun.dep_ == "pobj" and noun.head.lower_ in preps and noun.head.head.i == trigger.i


def _path(time_root: Token, trigger: Token, heads: set[int]) -> Optional[int]:
    """Steps from the time's root up to ``trigger``; None when the path is blocked or misses it."""
    if time_root.dep_ in ("compound", "nummod", "amod", "poss", "nmod") and time_root.head.i != trigger.i \
            and not _setting(time_root.head, trigger):
        return None                           # "the 2016 race": the time describes another noun
    t, steps = time_root, 0
    while t.i != trigger.i:
        if t.head.i == t.i:
            return None
        if steps and t.i in heads and not _setting(t, trigger):
            return None                       # another event's own clause
        if t.dep_ == "acl" and t.tag_ == "VBN" and not _since(time_root) and \
                (t.head.i == trigger.i or _setting(t.head, trigger, _PERIOD)):
            pass                              # "a summit set for April", "in a speech delivered on May 5"
        elif t.dep_ in _BARRIER_DEPS and t.i != trigger.i:
            return None
        if t.dep_ == "prep" and t.lower_ == "since" and t.head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None                       # "the first talks since 2022"
        if t.dep_ in ("advcl", "conj", "pcomp") and t.pos_ in ("VERB", "AUX") and t.i not in heads:
            return None                       # a verb clause of its own, even without a trigger
        t, steps = t.head, steps + 1
    return steps


def _since(time_root: Token) -> bool:
    return time_root.head.lower_ == "since" or any(ch.lower_ == "since" for ch in time_root.children)


def _above(ctx: SentenceContext) -> dict[int, list[tuple[Time, Token]]]:
    """Token index -> the times below it in the parse, computed once per sentence."""
    cached = ctx.__dict__.get("_times_above")
    if cached is None:
        cached = {}
        for time, root in ctx.times:
            t = root
            while True:
                cached.setdefault(t.i, []).append((time, root))
                if t.head.i == t.i:
                    break
                t = t.head
        ctx.__dict__["_times_above"] = cached
    return cached


def own_time(c: Cand, ctx: SentenceContext, heads: set[int]) -> Optional[Time]:
    best: Optional[tuple[int, Time]] = None
    for time, root in _above(ctx).get(c.trigger.i, ()):
        if ctx.inside_quote(time.start) and not ctx.inside_quote(c.trigger.idx):
            continue
        steps = _path(root, c.trigger, heads)
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, time)
    return best[1] if best else None


@rule("own-time", "dating", (
    Example("Norway rejected the proposal on Tuesday.", {"Norway": "NOR"}, "rejected", {"date": "2025-05-13"}),
    Example("Norway rejected the proposal of the summit that began in 2022.", {"Norway": "NOR"}, "rejected",
            {"date": None}),
    Example("Norway cut interest rates, its first cut since June 2024.", {"Norway": "NOR"}, "cut",
            {"date": None}),
    Example("Asked about the 2016 race, Chile demanded a recount.", {"Chile": "CHL"}, "demanded", {"date": None}),
    Example("In Tuesday's debate, Ola Berg attacked the plan.", {"Ola Berg": "ola-berg"}, "attacked",
            {"date": "2025-05-13"}),
    Example("Ola Berg attacked Chile in a speech delivered on May 5.", {"Ola Berg": "ola-berg", "Chile": "CHL"},
            "attacked", {"date": "2025-05-05"}),
    Example("Ola Berg attacked Chile for failing to sign the accord in 1992.", {"Ola Berg": "ola-berg",
            "Chile": "CHL"}, "attacked", {"date": None}),
    Example("Chile's invasion, launched in 2022, failed.", {"Chile": "CHL"}, "invasion", {"date": "2022-01-01"}),
    Example("Chile's summit, first hosted by Peru since 1949, opened.", {"Chile": "CHL", "Peru": "PER"}, "summit",
            {"date": None}),
))
def own_time_rule(c: Cand, ctx: SentenceContext, heads: set[int]):
    """The time expression the parse attaches to the trigger, not through another clause or a noun's since."""
    return own_time(c, ctx, heads)


@rule("shared-governor-time", "dating", (
    Example("On Monday Norway met Chile and signed the accord.", {"Norway": "NOR", "Chile": "CHL"}, "signed",
            {"date": "2025-05-12"}),
    Example("On Monday, Chile urged Peru to act, vowing to retaliate.", {"Chile": "CHL", "Peru": "PER"}, "vowing",
            {"date": "2025-05-12"}),
    Example("On May 20, Chile plans to hold talks with Peru.", {"Chile": "CHL", "Peru": "PER"}, "hold",
            {"date": "2025-05-20", "modality": "planned"}),
))
def governor_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """A conjunct, a controlled complement or a participle clause ("..., vowing to") shares its
    governor's own time."""
    t = c.trigger
    if c.pos == "noun" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    for _ in range(3):
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and not any(ch.dep_ in ("mark", "nsubj")
                                                                      for ch in t.children)
        if (t.dep_ not in ("conj", "xcomp") and not participle) or t.head.i == t.i:
            return None
        t = t.head
        found = own_time(Cand(t, t.lemma_, "verb", None), ctx, heads - {t.i})
        if found is not None:
            return found
    return None


@rule("own-report-time", "dating", (
    Example("Ola Berg said on Tuesday that Ola Berg had pulled out of the race.", {"Ola Berg": "ola-berg"}, "pulled",
            {"date": "2025-05-13"}),
    Example("Ola Berg said on Tuesday that Tom Reed had pulled out of the race.", {"Ola Berg": "ola-berg",
                                                                                  "Tom Reed": "tom-reed"},
            "pulled", {"date": None}),
))
def own_report_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "BuzzFeed announced Monday it pulled out", "the FBI says Tuesday it will turn over the files": an act
    the speaker reports of itself, with no time of its own, is dated by the report (the news is the
    announcement); another's act in the report is not."""
    from ..lexicon import reporting_verbs

    t = c.trigger
    if c.pos == "noun" and t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in reporting_verbs():
        return None
    speaker, actor = ctx.actor_of(subject_of(t.head)), ctx.actor_of(subject_of(t))
    if speaker is None or speaker != actor:
        return None
    return own_time(Cand(t.head, t.head.lemma_, "verb", None), ctx, heads - {t.head.i})


@rule("event-noun-modifier-time", "dating", (
    Example("Norway held talks on Friday mediated by Chile.", {"Norway": "NOR", "Chile": "CHL"}, "mediated",
            {"date": "2025-05-16"}),
))
def noun_modifier_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """A participle modifying an event noun ("talks mediated by Turkey") shares that event's time."""
    t = c.trigger
    if t.dep_ != "acl" or t.head.pos_ not in ("NOUN", "PROPN") or noun_category(t.head) is None:
        return None
    noun = t.head
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in heads else noun
    return own_time(Cand(verb, verb.lemma_, "verb", None), ctx, heads - {verb.i}) or \
        own_time(Cand(noun, noun.lemma_, "noun", None), ctx, heads - {noun.i})


@rule("message-participle-time", "dating", (
    Example("Ola Berg launched the movement with a March 2024 speech denouncing Chile.",
            {"Ola Berg": "ola-berg", "Chile": "CHL"}, "denouncing", {"date": "2024-03-01"}),
))
def message_participle_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """A participle on a message ("a March speech denouncing X", "a statement on Monday praising Y";
    ``message_noun``) is said when the message is: it takes the message's own time."""
    t = c.trigger
    if t.dep_ != "acl" or t.tag_ != "VBG" or t.head.lemma_.lower() not in words("message_noun"):
        return None
    noun = t.head
    return own_time(Cand(noun, noun.lemma_, "noun", None), ctx, heads - {noun.i})


def _usable(time: Time, c: Cand, ctx: SentenceContext) -> bool:
    """A time inside a quotation dates only an event inside it."""
    return not ctx.inside_quote(time.start) or ctx.inside_quote(c.trigger.idx)


def _verb(c: Cand) -> Token:
    """The verb of the trigger's clause: the trigger, or the verb whose object or subject the event noun is."""
    t = c.trigger
    if c.pos == "noun" and t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return t


@rule("when-clause-of-time", "dating", (
    Example("Chile lost a war in 1879, when Peru invaded the Atacama.", {"Chile": "CHL", "Peru": "PER"}, "invaded",
            {"date": "1879-01-01"}),
    Example("Chile faced protests in December, when Norway criticized its plan.", {"Norway": "NOR", "Chile": "CHL"},
            "criticized", {"date": "2024-12-01"}),
))
def when_clause_of_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "in 1964, when the party nominated Goldwater": a when-clause that modifies a time expression
    happened at that time."""
    v = _verb(c)
    if v.dep_ not in ("relcl", "advcl") or not any(ch.dep_ == "advmod" and ch.lower_ == "when" for ch in v.children):
        return None
    at = v.head.idx
    return next((time for time, _root in ctx.times if time.start <= at < time.end and _usable(time, c, ctx)), None)


@rule("purpose-clause-time", "dating", (
    Example("On Monday Norway sent envoys to negotiate with Chile.", {"Norway": "NOR", "Chile": "CHL"}, "negotiate",
            {"date": "2025-05-12"}),
    Example("Chile went after Norway on Wednesday over its refusal thus far to attack Peru.",
            {"Norway": "NOR", "Chile": "CHL", "Peru": "PER"}, "attack", {"date": None}),
))
def purpose_clause_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "on Monday brought his brother to vouch for him": a purpose infinitive with no subject of its own
    shares its governor's own time."""
    v = _verb(c)
    if v.dep_ != "advcl" or v.head.i == v.i or v.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in v.children) or \
            any(ch.dep_ in ("nsubj", "nsubjpass", "mark") for ch in v.children):
        return None
    if _after_infinitive_noun(v):
        return None
    g = v.head
    return own_time(Cand(g, g.lemma_, "verb", None), ctx, heads - {g.i})


#: nouns that take a to-infinitive of their own ("his refusal thus far to release his taxes"): an infinitive
#: right after one belongs to the noun, though the parser may hang it on the verb
_INFINITIVE_NOUNS = {"refusal", "failure", "attempt", "effort", "bid", "promise", "pledge", "vow", "threat", "push",
                     "move", "request", "offer", "willingness", "reluctance", "determination", "readiness",
                     "commitment", "proposal", "order", "call", "campaign", "drive", "right", "ability", "authority",
                     "power", "permission", "mandate", "motion", "vote", "need", "demand", "deal", "agreement"}


def _after_infinitive_noun(v: Token) -> bool:
    """Does the infinitive ``v`` follow (past adverbs) a noun that takes an infinitive of its own?"""
    from .lexicon import words

    to = next(ch for ch in v.children if ch.dep_ == "aux" and ch.tag_ == "TO")
    t = to.nbor(-1) if to.i > v.doc[0].i else None
    while t is not None and t.pos_ == "ADV" and t.i > 0:
        t = t.nbor(-1)
    return t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in _INFINITIVE_NOUNS | words("decision_noun")


#: verbs whose object is made or held by the act itself, so that the object's date is the act's
#: ("the 1994 Act, which Schumer sponsored"); "the 2015 deal, which Trump abandoned" is not one
_MAKING = {"sponsor", "pass", "enact", "sign", "write", "draft", "author", "introduce", "propose", "negotiate",
           "broker", "launch", "hold", "host", "organize", "organise", "stage", "win", "lose", "fight", "wage",
           "commit", "carry", "order", "announce", "issue", "call", "found", "establish", "create", "conduct"}
_NAME_LINKS = {"of", "to", "for", "on", "and", "in"}


def _named_phrase(noun: Token) -> list[Token]:
    """The noun and the heads of the proper name it ends ("the 1994 Freedom of Access to ... Act")."""
    out, t = [noun], noun
    while t.dep_ == "pobj" and t.head.lower_ in _NAME_LINKS and t.head.head.pos_ == "PROPN" and t.pos_ == "PROPN":
        t = t.head.head
        out.append(t)
    return out


@rule("made-antecedent-time", "dating", (
    Example("Chile rejected the 2016 accord, which Peru negotiated.", {"Chile": "CHL", "Peru": "PER"},
            "negotiated", {"date": "2016-01-01"}),
    Example("Chile rejected the 2016 accord, which Peru criticized.", {"Chile": "CHL", "Peru": "PER"},
            "criticized", {"date": None}),
))
def made_antecedent_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "the 1994 Act, which Schumer sponsored": a past act in a relative clause that made or held the
    thing it modifies happened at that thing's date."""
    v = _verb(c)
    if v.dep_ != "relcl" or v.lemma_.lower() not in _MAKING or v.tag_ not in ("VBD", "VBN"):
        return None
    if any(ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBZ", "VBP", "MD") for ch in v.children) or \
            any(ch.dep_ in ("advmod", "npadvmod") for ch in v.children):
        return None
    if not any(ch.lower_ in ("which", "that") and ch.dep_ in ("dobj", "nsubjpass") for ch in v.children):
        return None
    nouns = {t.i for t in _named_phrase(v.head)}
    for time, root in ctx.times:
        if root.head.i in nouns and root.i < root.head.i and _usable(time, c, ctx) and \
                root.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
            return time
    return None


@rule("refused-complement-time", "dating", (
    Example("Norway officials declined to attend Saturday.", {"Norway": "NOR"}, "declined",
            {"date": "2025-05-10"}),
    Example("Chile refused to meet Peru on Monday.", {"Chile": "CHL", "Peru": "PER"}, "refused",
            {"date": "2025-05-12"}),
))
def refused_complement_time(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "declined to comment Saturday", "refused to meet on Monday": the complement of a negative implicative
    never happened, so the time the parse gives it dates the refusal."""
    from .lexicon import words

    v = _verb(c)
    if v.lemma_.lower() not in words("negative_implicative") | words("negative_governor"):
        return None
    comp = next((ch for ch in v.children if ch.dep_ == "xcomp"), None)
    if comp is None:
        return None
    return own_time(Cand(comp, comp.lemma_, "verb", None), ctx, heads - {comp.i})


def _subject_chain(v: Token) -> list[Token]:
    """The verb's subject and its conjuncts ("Poland, Hungary and the Czech Republic")."""
    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    out, stack = [], [subj] if subj is not None else []
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(ch for ch in t.children if ch.dep_ == "conj")
    return out


@rule("time-after-subject", "dating", (
    Example("Norway, Chile and Peru Friday formally signed the accord.", {"Norway": "NOR", "Chile": "CHL",
                                                                          "Peru": "PER"}, "signed",
            {"date": "2025-05-16"}),
    Example("Norway, Chile and Peru, Friday's hosts, signed the accord.", {"Norway": "NOR", "Chile": "CHL",
                                                                           "Peru": "PER"}, "signed",
            {"date": None}),
))
def time_after_subject(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "Poland, Hungary and the Czech Republic Friday formally joined NATO": a bare date between the subject
    and its verb, which the parser took for an apposition of the subject, dates the clause."""
    v = _verb(c)
    subjects = {t.i for t in _subject_chain(v)}
    doc = v.doc
    for time, root in ctx.times:
        if root.dep_ != "appos" or root.head.i not in subjects or not _usable(time, c, ctx):
            continue
        span = [t for t in doc if time.start <= t.idx < time.end]
        if not span or any(t.dep_ == "det" or t.tag_ == "POS" for t in span):
            continue
        between = doc[span[-1].i + 1:v.i]
        if all(t.dep_ in ("advmod", "aux", "auxpass", "neg") and t.head.i == v.i for t in between):
            return time
    return None


@rule("dated-document-subject", "dating", (
    Example("Chile's Oct. 23 statement accused Peru of lying.", {"Chile": "CHL", "Peru": "PER"}, "accused",
            {"date": "2024-10-23"}),
    Example("Chile's Tuesday statement accused Peru of lying.", {"Chile": "CHL", "Peru": "PER"}, "accused",
            {"date": "2025-05-13"}),
    Example("Chile's 2016 rival accused Peru of lying.", {"Chile": "CHL", "Peru": "PER"}, "accused",
            {"date": None}),
))
def dated_document_subject(c: Cand, ctx: SentenceContext, heads: set[int]):
    """ "your Oct. 23 item recognized", "Tuesday's statement accused": a dated statement, report or letter
    acts on its own date."""
    v = _verb(c)
    if v is not c.trigger and c.trigger.dep_ in ("nsubj", "nsubjpass"):
        return None
    from .lexicon import words

    subj = next((ch for ch in v.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in words("dated_document") | words("message_noun"):
        return None
    for time, root in ctx.times:
        if root.head.i == subj.i and root.i < subj.i and root.dep_ in ("compound", "nummod", "amod", "poss", "nmod") \
                and _usable(time, c, ctx):
            return time
    return None


@rule("reported-as-now", "dating", (
    Example("Norway is hosting talks with Chile.", {"Norway": "NOR", "Chile": "CHL"}, "hosting",
            {"date": "2025-05-16", "date_inferred": True}),
    Example("Norway has imposed sanctions on Chile.", {"Norway": "NOR", "Chile": "CHL"}, "imposed",
            {"date": "2025-05-16", "date_inferred": True}),
))
def reported_as_now(c: Cand, ctx: SentenceContext, heads: set[int]):
    """Present tense, present perfect or progressive: the event is reported as happening now."""
    v = c.trigger
    if c.pos == "noun":
        if v.dep_ in ("dobj", "nsubjpass", "nsubj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        else:
            return None
    auxes = [a for a in v.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in auxes) or (v.tag_ == "VBD" and not auxes):
        return None
    if v.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return NOW
    return None


def date_of(c: Cand, ctx: SentenceContext, heads: set[int]) -> tuple[Optional[Time], bool, Optional[str]]:
    """(time, reported as now, rule name)."""
    from .rules import first

    out, name = first("dating", c, ctx, heads)
    if out == NOW:
        return None, True, name
    return out, False, name
