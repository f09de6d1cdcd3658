"""Pronoun mentions: "he", "she", "they" resolved to actors by gender, number and salience.

No coreference package works offline, so this is a small rule-based resolver.
For each third-person pronoun outside quotation marks (inside a quotation "he"
is seen from the speaker's side) the candidates are the actors mentioned in the
same and the previous two sentences of its paragraph and the paragraph before.
A candidate must agree in number ("they" → groups, organisations, countries;
"he"/"she" → people) and in gender where the gender is known. Gender comes from
``data/reference/officials.csv``, from honorifics and gendered role words next
to a mention (``gender_words.csv``: Mr, Mrs, spokeswoman) and from pronouns that
unambiguously referred to the actor earlier in the text. Candidates are ranked
by salience: subject of a main clause, speaker of a reporting verb, recency; a subject
pronoun inside the clause of a named subject leans to that subject (``DOMINATING_SUBJECT``).
The best one must beat the next by a clear margin; when unsure nothing is
emitted. "it" is resolved in one pattern only: as the subject or owner in the complement of a
verb whose subject names an organisation or a country ("the FBI said it would cooperate").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from .article import Article
from .lexicon import official_genders, official_roles, role_kinds
from .records import GROUP, ORGANIZATION, COUNTRY, PERSON, Mention
from .reference import read_table
from .tables import ArticleTables

#: the kinds of actor a "they"/"them"/"their" may stand for: a country is "it" ("They are headed to
#: Syria" after "a role in Afghanistan" is not Afghanistan); a group or a body is "they"
PLURAL_KINDS = (GROUP, ORGANIZATION)
#: how far back candidates are looked for, in sentences
WINDOW = 3
#: the best candidate must beat the second by this much
MARGIN = 1.0
#: "it" is resolved only as the subject (or owner) in the complement of a verb whose subject is an
#: organisation or a country ("the FBI said it would cooperate")
IT_OF_SUBJECT = True
#: a person named two or more sentences back does not beat one named in the sentence of a "he"/"she"
#: or the one just before: the nearer ones compete alone ("Erdogan called on ... The government
#: declared Oksuz was a leader of the plot. He was detained.": Oksuz)
NEAREST_SENTENCE = True


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, tuple[str, str]]:
    return {r["pronoun"]: (r["gender"], r["number"]) for r in read_table("pronouns.csv")}


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in read_table("gender_words.csv")}


@dataclass
class _Candidate:
    actor_id: str
    score: float


def _actor_genders(doc: Doc, tables: ArticleTables) -> dict[str, str]:
    genders: dict[str, str] = {}
    officials = official_genders()
    words = _gender_words()
    for a in tables.actors:
        if a.kind == PERSON and a.name.lower() in officials:
            genders[a.actor_id] = officials[a.name.lower()]
    for m in tables.mentions:
        if m.how == "pronoun":
            continue
        if m.text.lower() in officials and m.actor_id not in genders:
            genders[m.actor_id] = officials[m.text.lower()]
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        near = [t.lower_ for t in span] + ([doc[span.start - 1].lower_] if span.start > 0 else [])
        for w in near:
            if w in words and m.actor_id not in genders:
                genders[m.actor_id] = words[w]
    return genders


def _masks(text: str, article: Article, tables: ArticleTables) -> tuple[bytearray, bytearray]:
    """Two character masks of ``text``: inside a quotation, and inside a mention."""
    from .quotes import quoted_spans

    inside = bytearray(len(text) + 1)
    for q in quoted_spans(text, article.paragraphs or None):
        for j in range(q.open, q.outer_end):
            inside[j] = 1
    covered = bytearray(len(text) + 1)
    for m in tables.mentions:
        for j in range(m.start, m.end):
            covered[j] = 1
    return inside, covered


def extract(doc: Doc, article: Article, tables: ArticleTables) -> list[Mention]:
    """Pronoun mentions (``how="pronoun"``) for the pronouns that resolve with confidence."""
    if doc.text != article.text:
        raise ValueError("the Doc was not parsed from this article's text")
    if not tables.mentions:
        return []
    text = doc.text
    inside, covered = _masks(text, article, tables)
    kinds = {a.actor_id: a.kind for a in tables.actors}
    named = [m for m in tables.mentions if m.how != "pronoun" and m.actor_id in kinds]
    genders = _actor_genders(doc, tables)
    # distance counts narrative sentences only: a quotation's sentences are the speaker's, not the story's
    narrative: dict[int, int] = {}
    n = 0
    for sent in tables.sentences:
        if any(not inside[j] and text[j].isalpha() for j in range(sent.start, sent.end)):
            n += 1
        narrative[sent.sentence_id] = n
    narrative_order = [narrative[sent.sentence_id] for sent in tables.sentences]  # never decreasing
    sent_starts = [sent.start for sent in tables.sentences]
    speakers = _speaker_mentions(doc, named)
    named_at = {j: m for m in named for j in range(m.start, m.end)}
    named_order = sorted(range(len(named)), key=lambda i: named[i].start)
    named_starts = [named[i].start for i in named_order]
    out: list[Mention] = []
    resolved: list[tuple[int, int, str]] = []  # (start, end, actor) of pronouns already resolved
    pronouns = _pronouns()
    for tok in doc:
        form = tok.lower_
        if form not in pronouns or tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
            continue
        gender, number = pronouns[form]
        if inside[tok.idx] or covered[tok.idx] or tables.is_boilerplate(tok.idx):
            continue
        if gender == "neuter":
            body = _body_of_governing_subject(tok, named_at, kinds) if IT_OF_SUBJECT else None
            if body is not None:
                out.append(Mention(actor_id=body, start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                                   sentence_id=tables.sentence_id_at(tok.idx), how="pronoun"))
            continue
        sent_id = tables.sentence_id_at(tok.idx)
        para = article.paragraph_id_at(tok.idx)
        cands: dict[str, float] = {}
        nearest: dict[str, int] = {}  # actor -> the least distance in sentences it is named at
        # only mentions from the previous paragraph on can pass the paragraph test below;
        # finding them by binary search keeps a long article from being quadratic
        lo = article.paragraphs[para - 2][1] if para >= 2 and len(article.paragraphs) >= para else 0
        # nor from before the narrative window: in one long paragraph the paragraph test
        # above lets every earlier mention through, and each would fail the distance test
        lo = max(lo, _window_start(narrative_order, sent_starts, narrative.get(sent_id, 0) - WINDOW))
        near = sorted(named_order[bisect.bisect_left(named_starts, lo):bisect.bisect_left(named_starts, tok.idx)])
        pool = [(m.start, m.end, m.actor_id, False) for m in (named[i] for i in near)] + \
            [(s, e, a, True) for s, e, a in resolved[bisect.bisect_left(resolved, (lo,)):]]
        for start, end, actor_id, is_pronoun in pool:
            if start >= tok.idx or inside[start]:
                continue
            kind = kinds.get(actor_id)
            if number == "plural":
                if kind not in PLURAL_KINDS:
                    continue
            elif kind != PERSON:
                continue
            g = genders.get(actor_id)
            if gender in ("male", "female") and g is not None and g != gender:
                continue
            m_sent = tables.sentence_id_at(start)
            distance = narrative.get(sent_id, 0) - narrative.get(m_sent, 0)
            if distance > WINDOW or para - article.paragraph_id_at(start) > 1:
                continue
            score = _salience(doc, start, end, tok, distance, inside, speakers)
            if gender in ("male", "female") and g is None:
                score -= 0.5  # unknown gender: a weaker candidate than a known match
            cands[actor_id] = max(cands.get(actor_id, float("-inf")), score)
            nearest[actor_id] = min(nearest.get(actor_id, distance), distance)
        if not cands:
            continue
        if NEAREST_SENTENCE and number != "plural" and min(nearest.values()) <= 1 \
                and nearest[max(cands, key=cands.get)] > 1:
            cands = {a: v for a, v in cands.items() if nearest[a] <= 1}
        ranked = sorted(cands.items(), key=lambda kv: -kv[1])
        best, score = ranked[0]
        if len(ranked) > 1 and score - ranked[1][1] < MARGIN:
            continue
        if gender in ("male", "female") and best not in genders and len(ranked) == 1:
            genders[best] = gender  # learnt: this name is referred to as "he"/"she"
        out.append(Mention(actor_id=best, start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                           sentence_id=sent_id, how="pronoun"))
        resolved.append((tok.idx, tok.idx + len(tok), best))
    return out


def _body_of_governing_subject(tok: Token, named_at: dict[int, Mention], kinds: dict[str, str]) -> Optional[str]:
    """ "The FBI said it would cooperate", "Norway announced that its troops ...": "it"/"its" in the
    complement of a verb whose subject names an organisation or a country is that body."""
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "poss") else None
    if clause is not None and tok.dep_ == "poss":
        clause = clause.head  # "its troops left": the verb of the possessed noun
    if clause is None or clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head.i == clause.i:
        return None
    if clause.lemma_ in ("be", "seem", "appear", "remain", "become") and any(
            c.dep_ in ("ccomp", "xcomp", "csubj") for c in clause.children):
        return None  # "said it is clear that ...": that "it" stands for the clause after it
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = named_at.get(subj.idx) if subj is not None else None
    if m is None or kinds.get(m.actor_id) not in (ORGANIZATION, COUNTRY):
        return None
    return m.actor_id


def _window_start(narrative_order: list[int], sent_starts: list[int], least: int) -> int:
    """The first offset whose sentence (``ArticleTables.sentence_id_at``: the last one starting
    at or before it) counts at least ``least`` narrative sentences; 0 when the first one does."""
    k = bisect.bisect_left(narrative_order, least)
    return sent_starts[k] if 0 < k < len(sent_starts) else (0 if k == 0 else sent_starts[-1] + 1)


def _speaker_mentions(doc: Doc, named: list[Mention]) -> set[tuple[int, int]]:
    """Mentions that are the subject of a reporting verb (a speaker stays salient)."""
    from .quotes import _verb_row

    spans = set()
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ in ("nsubj", "nsubjpass") and _verb_row(head.head) is not None:
            spans.add((m.start, m.end))
        elif head.dep_ in ("dobj", "attr", "nsubj") and head.head.i < head.i and _verb_row(head.head) is not None \
                and _inverted(head):
            spans.add((m.start, m.end))
    return spans


def _inverted(head: Token) -> bool:
    """``inverted-speaker``: a name after its reporting verb speaks only where the verb is finite and
    has no subject of its own ("..., said Holt"); "Marsh, endorsing Holt," or "Marsh praised Holt"
    names Holt as the one spoken of."""
    from .actors.rules import rule_on

    if not rule_on("inverted-speaker"):
        return True
    verb = head.head
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i for c in verb.children)


def _owns_host(owner: Token, pronoun: Token) -> bool:
    """``host-owner``: the subject of a relative clause on a possessed noun is likely its owner
    ("Marsh attended Holt's speech, in which he promised ...": he is Holt), also through a
    preposition or two ("Holt's conference in Rome on Monday, when he ...")."""
    from .actors.rules import rule_on

    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ not in ("relcl", "acl") or owner.dep_ != "poss":
        return False
    host = verb.head
    for _ in range(3):
        if owner.head == host:
            return rule_on("host-owner")
        if host.dep_ != "pobj" or host.head.dep_ != "prep":
            return False
        host = host.head.head
    return False


#: salience added to the subject of a verb whose clause holds a subject pronoun ("Rubio broke promises
#: he made": he is Rubio; not a possessive: "Romney attacked Trump over his refusal")
DOMINATING_SUBJECT = 2.0


def _dominates(verb: Token, pronoun: Token) -> bool:
    """The pronoun lies inside the clause of ``verb`` (it is a descendant of it), not through a noun
    that has an owner of its own ("Marsh attended Holt's speech, in which he ...": Holt is nearer)."""
    t = pronoun
    for _ in range(12):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == verb.i:
            return True
        if any(c.dep_ == "poss" and c.i != pronoun.i for c in t.children):
            return False
    return False


def _salience(doc: Doc, start: int, end: int, pronoun: Token, distance: int,
              inside: bytearray, speakers: set[tuple[int, int]]) -> float:
    span = doc.char_span(start, end, alignment_mode="expand")
    score = 2.0 / (1 + distance)
    if span is None:
        return score
    head = span.root
    if head.dep_ in ("nsubj", "nsubjpass"):
        main = head.head.dep_ in ("ROOT", "conj") or head.head == pronoun.sent.root
        score += 2.0 if main else 1.0
        if distance == 0 and head.head == pronoun.head:
            score -= 3.0  # "Trump praised him": an object pronoun is not its own clause's subject
        elif distance == 0 and pronoun.dep_ in ("nsubj", "nsubjpass") and _dominates(head.head, pronoun):
            score += DOMINATING_SUBJECT
    elif head.dep_ == "poss":
        score += 0.5
    if (start, end) in speakers:
        score += 1.5
    if _owns_host(head, pronoun):
        score += 3.0
    if inside[start]:
        score -= 1.5  # a name inside someone's quotation is seldom the next "he"
    return score


# ---------------------------------------------------------------- descriptions (read by the events)
#: how many paragraphs back a description or a subject pronoun looks for the actor it stands for
DESCRIPTION_PARAGRAPHS = 3
DEFINITE = ("the", "this", "that")
#: subject pronouns the events resolve to the subject before them, and the kinds of actor each may be
SUBJECT_PRONOUNS = {"he": (PERSON,), "she": (PERSON,), "they": (GROUP, ORGANIZATION, COUNTRY),
                    "it": (ORGANIZATION, COUNTRY)}
#: the switches of ``descriptions`` (``extras``), each an event agent rule of the same name (agents.py)
DESCRIPTION_RULES = ("role-noun-covers", "official-titles", "affiliation-modifier", "of-phrase-not-title",
                     "description-competitor")
#: dependency labels that open a clause below a noun (not part of the description itself)
_CLAUSES = {"relcl", "acl", "ccomp", "advcl"}


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Role words of ``roles.csv`` that describe one person ("the senator"); not honorifics or groups."""
    return frozenset(role for role, kind in role_kinds().items()
                     if kind not in ("honorific", "group", "relational") and not role.endswith("s"))


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(role.rstrip(".") for role, kind in role_kinds().items() if kind == "honorific")


def descriptions(doc: Doc, article: Article, tables: ArticleTables, *, roles: bool = True,
                 pronouns: bool = True, cataphora: bool = True, settings: bool = True,
                 pairs: bool = False, ahead: bool = False, extras: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions that coreference leaves alone and the events read (the agent of "the senator
    rejected ..."), nearest actor first:

    - ``roles``: a definite singular description headed by a role word (``roles.csv``: "the senator",
      "the mayor") is the nearest person named before it in the last few paragraphs whose role, or a
      title before one of whose names, is that word ("Mayor Jo Hart", "Sen. Jo Hart": an honorific
      abbreviates the word); one headed by a body noun (``reporting_body_nouns.csv``: "the committee")
      is the nearest organisation whose name or role holds the noun. A description with a name or
      owner of its own ("the mayor of Lima", "the Lima mayor") is someone else.
    - ``ahead``: a person description that no one named before answers ("The city's new mayor
      rejected ..." in the lead) is the first person named after it in the next few paragraphs whose
      role, title or predicate is that word ("Jo Hart, 45, was elected mayor last week").
    - ``pronouns``: a "he"/"she" subject is the person who is the subject of the nearest clause
      before it in its sentence, else of the main clause of the sentence before (gender agreeing),
      as news goes on with the one it has just told of; a "they" or "it" subject likewise a body
      (``SUBJECT_PRONOUNS``: "they" also a group, "it" not).
    - ``cataphora``: a "he"/"she" subject of a clause fronted before its main clause ("After he
      blasted the film, Pastor Jo Hart set his sights on ...") is the person the main clause names as
      subject, even where coreference chose another (``how="override"``).
    - ``settings``: a "he"/"she" subject of a clause on the setting one's act created ("Jo Hart held a
      news conference in which he attacked ...") is the person who created it (``how="override"``).
    - ``pairs``: a "they" or "both" subject of a main clause that nothing above resolves, after people
      named and joined by "and" in its sentence or the one before ("Take Sens. Jo Hart and Ola Berg.
      Last week, they endorsed ..."), is each of them: one mention per name on the same word.
    - ``extras`` names the description rules on (``DESCRIPTION_RULES``): ``role-noun-covers`` (nouns of
      ``description_nouns.csv``: "the pontiff" is "Pope Francis", "the company" "the oil giant Exxon"),
      ``official-titles`` (the roles ``officials.csv`` gives the actor: "the former secretary of state"),
      ``affiliation-modifier`` ("the Republican nominee": a name before the head that the actor's role
      or title holds), ``of-phrase-not-title`` ("the parent company of Google" is no title of Google) and
      ``description-competitor`` (no actor when two named in the window answer the description).
    Mentions come with ``how="description"``, ``how="pronoun"`` or ``how="override"``."""
    if not tables.mentions or not (roles or pronouns or cataphora or settings):
        return []
    from .lexicon import body_nouns
    text = doc.text
    inside, covered = _masks(text, article, tables)
    actors = {a.actor_id: a for a in tables.actors}
    known = sorted((m for m in tables.mentions if m.actor_id in actors and not inside[m.start]), key=lambda m: m.start)
    starts = [m.start for m in known]
    genders = _actor_genders(doc, tables)
    pronoun_forms = _pronouns()
    for m in known:
        if m.how == "pronoun" and m.text.lower() in pronoun_forms:
            g = pronoun_forms[m.text.lower()][0]
            if g in ("male", "female"):
                genders.setdefault(m.actor_id, g)
    out: list[Mention] = []
    for tok in doc:
        if (cataphora or settings) and tok.lower_ in ("he", "she") and not inside[tok.idx]:
            gender = pronoun_forms[tok.lower_][0]
            # not ``ahead``: that name is the switch of descriptions named after them, read below
            person = _main_subject_after(tok, known, genders, actors, gender) if cataphora else None
            if person is None and settings:
                person = _setting_creator(tok, known, genders, actors, gender)
            if person is not None:
                out.append(Mention(actor_id=person, start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                                   sentence_id=tables.sentence_id_at(tok.idx), how="override"))
                continue
        if inside[tok.idx] or covered[tok.idx] or tables.is_boilerplate(tok.idx):
            continue
        found = None
        if roles and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            found = _described(tok, (known, starts), actors, covered, article, body_nouns(), ahead, extras)
        elif pronouns and tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            found = _subject_before(doc, tok, known[:bisect.bisect_left(starts, tok.idx)], actors, genders,
                                    pronoun_forms[tok.lower_][0])
        if found is not None:
            out.append(Mention(actor_id=found, start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                               sentence_id=tables.sentence_id_at(tok.idx),
                               how="description" if tok.pos_ == "NOUN" else "pronoun"))
        elif pairs and tok.lower_ in PAIR_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" \
                and not any(c.dep_ == "prep" for c in tok.children):  # "both of his senators": counted, not a pair
            # the first name last: a reader of one mention per word (the events' ``mention_at``) takes the last
            out += [Mention(actor_id=a, start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                            sentence_id=tables.sentence_id_at(tok.idx), how="pronoun")
                    for a in _pair_before(doc, tok, known[:bisect.bisect_left(starts, tok.idx)], actors)[::-1]]
    return out


#: plural subjects that may stand for names joined by "and" just before (``descriptions``, ``pairs``)
PAIR_PRONOUNS = ("they", "both")


def _pair_before(doc: Doc, tok: Token, before: list[Mention], actors: dict) -> list[str]:
    """The people of the last names joined by "and" before ``tok`` in its sentence or the one before
    ("Jo Hart and Ola Berg", "Hart, a senator, and Berg"), when there are two or more; else []."""
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    at = {j: m.actor_id for m in before if m.how != "pronoun" and m.actor_id in actors
          and actors[m.actor_id].kind == PERSON for j in range(m.start, m.end)}
    for t in reversed(doc[lo:tok.i]):
        if t.dep_ != "cc" or t.lower_ != "and":
            continue
        head = t.head  # "Hart, a senator, and Berg": the "and" hangs on the appositive of Hart
        named = head.head if head.dep_ == "appos" and head.idx not in at else head
        names = [at[c.idx] for c in [named, *head.conjuncts] if c.idx in at and c.dep_ != "poss"]
        if len(set(names)) >= 2 and all(c.i < tok.i for c in head.conjuncts):
            return list(dict.fromkeys(names))
    return []


def _described(tok: Token, index: tuple[list[Mention], list[int]], actors: dict, covered: bytearray,
               article: Article, bodies: frozenset[str], ahead: bool = False,
               extras: frozenset[str] = frozenset()) -> Optional[str]:
    """The actor "the senator", "the committee" stands for (see :func:`descriptions`), or None."""
    lemma = tok.lemma_.lower()
    kind, covers = _description_nouns().get(lemma, ("", frozenset())) if "role-noun-covers" in extras \
        else ("", frozenset())
    person = lemma in _role_words() or kind == PERSON
    if not person and lemma not in bodies and kind != "body":
        return None
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    owned = ahead and person and any(  # "the city's new mayor": a lead's description of one named after it
        c.dep_ == "poss" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
        for c in tok.children)
    if not (definite or owned) or tok.dep_ in ("appos", "attr", "compound") \
            or any(c.dep_ == "appos" for c in tok.children):
        return None  # "a senator", "X is the senator", "the senator, Jo Hart,": not a description of one named before
    title = _title_phrase(tok) if "official-titles" in extras else None  # "the former secretary of state"
    skip = {t.i for t in title[1]} if title else set()
    lemma = title[0] if title else lemma
    own = [t for t in tok.subtree if t.i != tok.i and t.i not in skip
           and not any(a.dep_ in _CLAUSES for a in _path(t, tok))]
    mods = _affiliation(tok, own, covered) if "affiliation-modifier" in extras else None
    if mods is None and any(covered[t.idx] for t in own):
        return None  # "the mayor of Lima", "the Clinton campaign": the phrase names its own
    before = index[0][:bisect.bisect_left(index[1], tok.idx)]
    first = article.paragraph_id_at(tok.idx) - DESCRIPTION_PARAGRAPHS
    near: dict[str, int] = {}  # actor -> the sentence of its latest mention, latest first
    for m in reversed(before):
        if article.paragraph_id_at(m.start) < first:
            break
        near.setdefault(m.actor_id, m.sentence_id)
    doc = tok.doc
    year = int(article.published[:4]) if article.published and article.published[:4].isdigit() else None
    how = _Describe(lemma, covers, extras, mods or frozenset(), year)
    if person:
        people = [a for a in near if actors[a].kind == PERSON]
        titled = [a for a in people if _titled(a, how, actors, before, doc)] if definite else []
        if titled or not ahead:
            return _one(titled, near, extras)
        return _described_after(tok, lemma, index, actors, article)
    named = [a for a in near if actors[a].kind == ORGANIZATION and (
        lemma in actors[a].name.lower().split() or _titled(a, how, actors, before, doc))]
    return _one(named, near, extras)


@dataclass(frozen=True)
class _Describe:
    """What a description asks of the actor it stands for: its head word (or title phrase), the other
    words that answer it (``description_nouns.csv``), the switches on, and the names it carries itself
    ("Republican" of "the Republican nominee"), which the actor's own titles must hold."""

    lemma: str
    covers: frozenset[str]
    extras: frozenset[str]
    mods: frozenset[str]
    year: Optional[int] = None  # the article's year: ``officials.csv`` roles taken up later are not yet titles


def _one(found: list[str], near: dict[str, int], extras: frozenset[str]) -> Optional[str]:
    """The nearest actor that answers a description; with ``description-competitor``, none when another
    that answers it was named last in the same sentence ("Sen. Hart met Sen. Berg. The senator ...")."""
    if not found or ("description-competitor" in extras and len(found) > 1 and near[found[1]] == near[found[0]]):
        return None
    return found[0]


@lru_cache(maxsize=1)
def _description_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """``description_nouns.csv``: noun -> (person | body, the words that answer it, the noun included)."""
    return {r["noun"].lower(): (PERSON if r["kind"] == "person" else "body",
                                frozenset(w for w in r["covers"].lower().split("|") if w) | {r["noun"].lower()})
            for r in read_table("description_nouns.csv")}


def _title_phrase(tok: Token) -> Optional[tuple[str, list[Token]]]:
    """``official-titles``: a role phrase of ``roles.csv`` spelt with "of" after the head ("the former
    secretary of State", "the head of state"): the phrase and the tokens of its of-part, else None."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or list(obj.children):
        return None
    phrase = f"{tok.lemma_.lower()} of {obj.lower_}"
    return (phrase, [prep, obj]) if phrase in role_kinds() else None


def _affiliation(tok: Token, own: list[Token], covered: bytearray) -> Optional[frozenset[str]]:
    """``affiliation-modifier``: the words of the names a description carries before its head ("the
    Republican nominee", "the Vermont senator"), which the actor's role or title must hold; None when
    a name stands elsewhere in the phrase ("the mayor of Lima") or there is none."""
    named = [t for t in own if covered[t.idx]]
    if not named or any(t.i > tok.i or t.dep_ not in ("compound", "amod", "nmod") for t in named):
        return None
    return frozenset(t.lower_ for t in named)


def _described_after(tok: Token, lemma: str, index: tuple[list[Mention], list[int]], actors: dict,
                     article: Article) -> Optional[str]:
    """The first person named after ``tok`` in the next few paragraphs whose role, title or
    predicate ("was elected mayor", "serves as mayor", "is the mayor") is ``lemma``, or None."""
    known, starts = index
    last = article.paragraph_id_at(tok.idx) + DESCRIPTION_PARAGRAPHS
    doc = tok.doc
    for m in known[bisect.bisect_right(starts, tok.idx + len(tok)):]:
        if article.paragraph_id_at(m.start) > last:
            break
        if m.how == "pronoun" or actors[m.actor_id].kind != PERSON:
            continue
        if _titled(m.actor_id, lemma, actors, [m], doc) or _predicated(m, lemma, doc):
            return m.actor_id
    return None


def _predicated(m: Mention, lemma: str, doc: Doc) -> bool:
    """The mention is the subject of a verb that makes it ``lemma``: "was elected mayor", "serves as
    mayor", "is the new mayor"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() == lemma for n in nouns)


def _path(t: Token, top: Token) -> list[Token]:
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out


def _titled(actor_id: str, how: "_Describe | str", actors: dict, before: list[Mention], doc: Doc) -> bool:
    """The actor's role holds the word, or a title before one of its names is the word or an
    honorific that abbreviates it ("Sen." for senator); with ``role-noun-covers`` also a word that
    answers it ("Pope Francis" for "the pontiff"), with ``official-titles`` also a role ``officials.csv``
    gives the actor; a name the description carries must be among those words too."""
    if isinstance(how, str):
        how = _Describe(how, frozenset(), frozenset(), frozenset())
    lemma = how.lemma
    answers = how.covers | {lemma.split()[-1]}
    role = (actors[actor_id].role or "").lower()
    roles = [role] + [r for r, start in official_roles().get(actors[actor_id].name.lower(), ())
                      if "official-titles" in how.extras and (how.year is None or start <= how.year)]
    seen: set[str] = {w for r in roles for w in r.replace(",", " ").split()} | set(actors[actor_id].name.lower().split())
    hit = any(lemma in r.split() or (" " in lemma and lemma in r) or answers & set(r.split()) for r in roles)
    for m in before:
        if hit and how.mods <= seen:
            return True
        if m.actor_id != actor_id:
            continue
        words = _title_words(m, doc, "of-phrase-not-title" in how.extras)
        if words is None:
            continue
        seen |= set(words)
        if answers & set(words) or any(w in _honorifics() and lemma.startswith(w) and len(w) >= 3 for w in words):
            hit = True
    return hit and how.mods <= seen


def _title_words(m: Mention, doc: Doc, of_phrase: bool) -> Optional[list[str]]:
    """The words of a mention, the title before it and the head of an appositive to it or of the noun it
    is appositive to ("a conservative group, Judicial Watch,"; "Judicial Watch, a conservative group,"),
    lower case; None when the mention is not a span of the Doc. With ``of_phrase`` the title stops at a
    preposition whose object the name is ("the parent company of Google" is no title of Google)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    words = [t.lower_.rstrip(".") for t in span]
    root = span.root
    for t in reversed(doc[max(span.start - 4, 0):span.start]):
        if t.pos_ in ("CCONJ", "PUNCT", "VERB", "AUX", "PRON", "DET", "SCONJ"):
            break  # "Sen. Jo Hart and Tom Reed": the title is Hart's
        if of_phrase and t.pos_ == "ADP" and root.head.i == t.i:
            break
        words.append(t.lower_.rstrip("."))
    if root.dep_ == "appos":
        words.append(root.head.lemma_.lower())
    words += [c.lemma_.lower() for c in root.children if c.dep_ == "appos"]
    return words


def _subject_before(doc: Doc, tok: Token, before: list[Mention], actors: dict, genders: dict[str, str],
                    gender: str) -> Optional[str]:
    """The person that is the subject of the nearest clause before ``tok`` in its sentence, else of the
    main clause of the sentence before, when the gender agrees; None when that subject is anything
    else ("The employee said he ...": someone unnamed)."""
    sent = tok.sent
    subjects = [t for t in doc[sent.start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")][::-1]
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        subjects += [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")][:1]
    if not subjects:
        return None
    subj = subjects[0]
    m = next((m for m in reversed(before) if m.start <= subj.idx < m.end), None)
    a = actors.get(m.actor_id) if m is not None else None
    if a is None or a.kind not in SUBJECT_PRONOUNS[tok.lower_] or genders.get(a.actor_id, gender) != gender:
        return None
    return a.actor_id


def _main_subject_after(tok: Token, known: list[Mention], genders: dict[str, str], actors: dict,
                        gender: str) -> Optional[str]:
    """The person named as subject of the main clause after a fronted clause whose subject is ``tok``
    ("After he blasted ..., Pastor Jo Hart set ..."), when the gender agrees."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i > clause.head.i or \
            not any(c.dep_ == "mark" for c in clause.children):
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i > clause.i), None)
    return _named_person(subj, known, genders, actors, gender)


def _named_person(subj: Optional[Token], known: list[Mention], genders: dict[str, str], actors: dict,
                  gender: str) -> Optional[str]:
    """The person a name (not a pronoun) at ``subj`` names, when the gender agrees."""
    if subj is None:
        return None
    m = next((m for m in known if m.start <= subj.idx < m.end and m.how != "pronoun"), None)
    a = actors.get(m.actor_id) if m is not None else None
    if a is None or a.kind != PERSON or genders.get(a.actor_id, gender) != gender:
        return None
    return a.actor_id


def _setting_creator(tok: Token, known: list[Mention], genders: dict[str, str], actors: dict,
                     gender: str) -> Optional[str]:
    """"Jo Hart held a news conference in which he ...": the subject of the verb whose object the
    clause's "in which"/"where" noun is."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(
            (c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)) or
            (c.dep_ == "advmod" and c.lower_ == "where") for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ != "dobj":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return _named_person(subj, known, genders, actors, gender)
