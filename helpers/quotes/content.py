"""What a reporting verb reports: its clausal complement, its object or infinitive ("cited the
poll", "vowed to fight"), the instruction of "told X to ...", the words after "X added:", the
clause around a parenthetical "X said".
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..article import Article
from ..reference import read_table
from ..lexicon import (
    reporting_verbs,
)
from .boundary import (
    _adjunct_cut,
    _headless_predicate,
    _reported_content,
    _single_dash_cut,
    _stranded_conjunct,
)
from .marks import Quoted, _trim
from .rules import rule
from .syntax import (
    DASHES,
    NOUN_POS,
    RELATIVE,
    SUBJECT_DEPS,
    WH_WORDS,
    _appositive_verb_subject,
    _lemma,
    _opening_gerund_clause,
    _own_subject,
    _people_word,
    _root_name_verb,
    _verb_row,
    _wh_clause,
)


def _colon_after(doc: Doc, v: Token) -> Optional[Token]:
    """The colon that ends the verb's own phrase ("The governor added on Tuesday: ...")."""
    j = max([v.i] + [c.right_edge.i for c in v.children if c.i > v.i and c.dep_ in ("npadvmod", "prep", "advmod")]) + 1
    if j < len(doc) and doc[j].text == ":" and (doc[j].head.i == v.i or j == v.i + 1):
        return doc[j]
    return None


def _colon_content(text: str, colon: Token, article: Article, owner: list[int],
                   quotes: list[Quoted]) -> Optional[tuple[int, int]]:
    """Unquoted words after "X added:" run to the end of the paragraph (a quotation after the
    colon is the quotation pass's). A colon that ends its paragraph introduces the next one,
    a block quotation set off without marks."""
    s = colon.idx + 1
    while s < len(text) and text[s] in " \t":
        s += 1
    if s < len(text) and text[s] in "\n\r":
        while s < len(text) and text[s].isspace():
            s += 1
    if s >= len(text) or owner[s] != -1:
        return None
    p = article.paragraph_id_at(s)
    pe = article.paragraphs[p][1] if p is not None and p < len(article.paragraphs) else len(text)
    return _reported_content(text, s, pe, owner, quotes)


def _complements(doc: Doc, v: Token) -> list[Token]:
    """The verb's clausal complements, the one after it first. A clause before it counts only
    when no semicolon or colon parts them ("The economy is strong, the minister said"; not
    "It is unlikely; the team says she will go on", where the parser hangs both on "says")."""
    comps = [c for c in v.children if c.dep_ == "ccomp" and not _aside(v, c)]
    if not comps:
        comps = _misparsed_complements(v)
    after = [c for c in comps if c.i > v.i]
    before = [c for c in comps if c.i < v.i and _stray_clause(c) is None
              and not any(t.text in (";", ":") for t in doc[c.right_edge.i + 1: v.i])]
    return after + before


def _stray_clause(c: Token) -> Optional[Token]:
    """The reporting verb right before clause ``c`` that the parse left without its complement
    and hung ``c`` on a later verb instead ("While he acknowledged funding was short, Smith noted
    ..."): the clause is that verb's."""
    if c.dep_ != "ccomp" or c.head.i < c.i:
        return None
    # (the parse may hang the reporting verb's own clause on the stray one: "While he
    # acknowledged" as its adverbial clause)
    lead = [g for g in c.children if g.dep_ == "advcl" and g.i < c.i]
    j = min(t.i for t in c.subtree if not any(g.left_edge.i <= t.i <= g.right_edge.i for g in lead)) - 1
    if j >= 0 and c.doc[j].lower_ == "that" and c.doc[j].head.i == c.i:
        j -= 1
    if j < 0 or j < c.sent.start:
        return None
    w = c.doc[j]
    row = _verb_row(w)
    if row is None or not row.indirect or w.head.i == c.i and w.dep_ != "advcl" or any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in w.children):
        return None
    return w


def _closing_attribution(doc: Doc, text: str, v: Token, owner: list[int]) -> Optional[tuple[int, int]]:
    """"People like Scott, he said.": a sentence that ends in ", SOURCE said" reports what
    comes before the comma, even when the parse finds no clause there."""
    sent = v.sent
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if v.dep_ != "ROOT" or subj is None or any(not (t.is_punct or t.is_space) for t in doc[v.i + 1: sent.end]):
        return None
    comma = subj.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or owner[sent[0].idx] != -1:
        return None
    s, e = _trim(text, sent.start_char, doc[comma].idx)
    return (s, e) if len(re.findall(r"[^\W_]+", text[s:e])) >= 2 else None


def _aside(v: Token, comp: Token) -> bool:
    """Is ``comp`` the reporter's aside after a dash that follows the verb's own object
    ("promising to lift the rules ― probably not what the senator had in mind")?"""
    if comp.i < v.i:
        return False
    dash = next((t for t in v.doc[v.i + 1: comp.left_edge.i + 1] if t.text in DASHES), None)
    return dash is not None and any(c.dep_ in ("xcomp", "dobj") and v.i < c.i < dash.i for c in v.children)


def _misparsed_complements(v: Token) -> list[Token]:
    """Clauses the parser gives another role although they are the verb's complement:
    "told a gathering of members that hardly anyone grasped ..." (a relative clause on the
    addressee, yet opened by the conjunction "that" and with a subject of its own) and
    "said after the hearing she would not ..." (an adverbial clause with a subject and no
    conjunction, right after a phrase of time or place)."""
    out = []
    for c in v.children:
        if c.i < v.i:
            continue
        if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "to":
            # ("told a meeting of leaders that ...", "yelling to the officers that ...")
            out += [g for g in c.subtree if g.dep_ == "relcl" and _own_subject(g)
                    and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i for m in g.children)]
        elif c.dep_ == "advcl" and _own_subject(c) and not any(m.dep_ in ("mark", "advmod") and m.i < c.i
                                                              for m in c.children):
            out.append(c)
        elif c.dep_ == "advcl" and _own_subject(c) and c.left_edge.i == v.i + 1 \
                and c.left_edge.lower_ in WH_WORDS and c.left_edge.head.i == c.i \
                and not any(g.dep_ in ("dobj", "ccomp") for g in v.children):
            # "have not said when they would vote": a question word right after a verb with no
            # object opens what was said, not a time or condition of the saying
            out.append(c)
    if not out and _opening_gerund_clause(v) is not None:
        out.append(_opening_gerund_clause(v))
    if not out and v.i + 1 < len(v.doc):
        # "While he acknowledged funding was short, Smith noted ...": the clause right after the
        # verb, hung on a later one
        nxt = v.doc[v.i + 1]
        clause = next((h for h in [nxt, nxt.head] if h.dep_ == "ccomp"), None)
        if clause is not None and _stray_clause(clause) is not None and _stray_clause(clause).i == v.i:
            out.append(clause)
    return out[:1]


def _clause_span(doc: Doc, text: str, comp: Token, verb: Token, quotes: list[Quoted],
                 owner: list[int]) -> Optional[tuple[int, int]]:
    toks = list(comp.subtree)
    if verb.i < comp.i:
        toks = [t for t in toks if t.i > verb.i]  # (a stray clause that holds its own verb)
    subject = next((g.lower_ for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    more = [c for c in verb.children if c.i > comp.right_edge.i and c.sent == comp.sent
            and c.pos_ in ("VERB", "AUX")
            and (c.dep_ == "ccomp" and _verb_row(c) is None or c.dep_ == "conj" and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl")
                # "says she hopes ..., but she knows that ...": the same subject goes on
                and (_verb_row(c) is None or g.lower_ == subject and g.pos_ == "PRON") for g in c.children)
                or _stranded_conjunct(verb, c)
                # "learned that no matter the venue, no matter the cost, the senator will insist
                # ...": a first complement with no subject is a fragment the parse split off the
                # clause that follows
                or c.dep_ == "ccomp" and comp.dep_ == "ccomp" and comp.i > verb.i and not _own_subject(comp)
                and _own_subject(c)
                # "said the plan reeked of favoritism, because the council ...": the reason given
                or c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "because" for g in c.children))]
    # "said the fair brought back memories of her uncle, and of “...”": a verb is not coordinated
    # with a phrase, so a phrase the parse hangs on the reporting verb after "and" right behind the
    # clause is the clause's second half
    hi = comp.right_edge.i
    more += [c for c in verb.children if (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADP") or c.dep_ == "prep")
             and c.i > hi
             and c.sent == comp.sent and all(doc[j].dep_ == "cc" or doc[j].is_punct for j in range(hi + 1, c.left_edge.i))
             and any(doc[j].dep_ == "cc" for j in range(hi + 1, c.left_edge.i))]
    if more and toks and verb.i < toks[0].i:
        # "said Reyes has respect for the staff and her remark was ...": a second clause
        # with its own subject that the parse hangs on the reporting verb is still reported
        toks = list(doc[toks[0].i: more[-1].right_edge.i + 1])
    elif toks and toks[-1].i < verb.i and owner[toks[0].idx] == -1 and owner[toks[-1].idx] == -1 and (
            after := [c for c in more if c.dep_ == "conj" and _own_subject(c)]):
        # "Prices rose 3 percent, the agency said, and wages fell 1 percent": a clause joined on
        # after the attribution goes on with the report, so the attribution sits inside the text
        toks = list(doc[toks[0].i: after[-1].right_edge.i + 1])
    if toks and comp.i < verb.i and (later := [c for c in verb.children if c.dep_ == "ccomp" and comp.right_edge.i < c.i < verb.i
                                               and _own_subject(c)]) \
            and all(doc[j].dep_ == "cc" or doc[j].is_punct for j in range(toks[-1].i + 1, later[0].left_edge.i)) \
            and any(doc[j].dep_ == "cc" for j in range(toks[-1].i - 1, later[0].left_edge.i)):
        # "Prices rose in May, but wages stayed flat, the agency said": the parse hangs both halves
        # on the closing "said", and the report holds both
        toks = list(doc[toks[0].i: later[-1].right_edge.i + 1])
    if toks and comp.i < verb.i and verb.dep_ == "conj" and verb.head.left_edge.i < toks[0].i \
            and all(t.is_punct or t.is_space for t in doc[verb.i + 1: verb.sent.end]) \
            and any(g.dep_ == "cc" and g.i < toks[0].i for g in verb.head.children) \
            and all(doc[j].dep_ == "cc" or doc[j].is_punct
                    for j in range(max(t.i for t in verb.head.subtree if t.i < toks[0].i and not (
                        t.dep_ == "cc" or t.is_punct)) + 1, toks[0].i)):
        # "Prices rose in May, but wages stayed flat, the agency added", parsed with "added" joined
        # to "rose": the closing attribution covers the first half too
        toks = list(doc[verb.head.left_edge.i: toks[-1].i + 1])
    if toks and verb.i < toks[0].i and (pred := _headless_predicate(doc, toks[0].i, toks[-1].i)) is not None:
        toks = list(doc[toks[0].i: pred.right_edge.i + 1])
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if not toks:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    e = min(e, _adjunct_cut(doc, text, toks, comp, clause=True))
    # reported speech ends at a semicolon or at the sentence's end
    sent = comp.sent
    e = min(e, sent.end_char)
    semi = [m.start() for m in re.finditer(";", text[s:e])]
    semi = [x + s for x in semi if owner[x + s] == -1]
    if semi:
        e = semi[0]
    elif re.match(r"\s*:[ \t]", text[e:e + 3]) and owner[e] == -1:
        # "... two changes arrive together: bus fares go up ...": what the colon
        # announces is part of the report
        e = sent.end_char
    # a quotation right after the clause, hanging from the same verb, is part of it
    tail = re.match(r"\s*[“\"‘]", text[e:e + 3])
    if tail:
        k = owner[e + tail.end() - 1]
        if k != -1 and quotes[k].open >= e:
            e = quotes[k].end
    return _reported_content(text, s, e, owner, quotes)


def _root_parenthetical(doc: Doc, text: str, v: Token, owner: list[int]) -> Optional[tuple[int, int]]:
    """"These workers, Smith explained, were paid well": a report set off by commas that the parse
    makes the main verb, with the sentence's subject as a loose noun phrase before it and the
    predicate as a subjectless conjunct after it. The sentence around the report is what was said."""
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if v.dep_ != "ROOT" or subj is None:
        return None
    lead = next((c for c in v.children if c.dep_ in ("npadvmod", "dep") and c.i < subj.i
                 and c.left_edge.i == v.sent.start and c.pos_ in NOUN_POS), None)
    if lead is None or doc[lead.right_edge.i + 1].text != "," or subj.left_edge.i != lead.right_edge.i + 2:
        return None
    pred = next((c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > v.i
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
                 and doc[c.left_edge.i - 1].text == ","), None)
    if pred is None or any(c.dep_ == "cc" and v.i < c.i < pred.i for c in v.children):
        return None
    end = max(t.i for t in v.subtree if t.i >= pred.i)
    toks = [t for t in doc[lead.left_edge.i: end + 1]]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if not toks or any(owner[t.idx] != -1 for t in doc[lead.left_edge.i: subj.i]):
        return None
    return _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))


def _parenthetical_span(doc: Doc, text: str, verb: Token, quotes: list[Quoted],
                        owner: list[int]) -> Optional[tuple[int, int]]:
    """The clause around a parenthetical report ("Small protests, Ms. Varga said, are ...")."""
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ in SUBJECT_DEPS:
        head = head.head  # "The difference now, he told me, is that ...": hung on the subject
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "advcl" and verb.right_edge.i >= head.right_edge.i and head.head.i > verb.i \
            and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "Though X, he said, Y": hung on the opening clause, it reports the sentence
    lo, hi = head.left_edge.i, head.right_edge.i
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1  # "..., as police have said." ends the clause even before its full stop
    v_lo, v_hi = verb.left_edge.i, verb.right_edge.i
    lead = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.left_edge.i == v_lo
            and any(m.dep_ == "mark" for m in c.children)]
    if lead and v_lo <= lo:
        # "Though the move was smooth, he said, the next one would not be": the clause the parse
        # hangs on the attribution opens the report
        lo, v_lo = v_lo, min(t.i for t in verb.subtree if t.i > lead[0].right_edge.i)
    if v_hi >= hi:
        hi = v_lo - 1
    elif v_lo <= lo:
        lo = v_hi + 1
    toks = [t for t in doc[lo: hi + 1]]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    # "..., the agency said, was its largest yet, although ...": the reporter's own concession or
    # gloss closes the report as it does after "said"
    s, e = _trim(text, toks[0].idx, min(toks[-1].idx + len(toks[-1]), _adjunct_cut(doc, text, toks, head, clause=True)))
    quoted_chars = sum(1 for j in range(s, e) if owner[j] != -1 and not text[j].isspace())
    if quoted_chars > 0.85 * len(text[s:e].replace(" ", "")):
        return None
    return s, e


OBJECT_PREPS = {"for", "of", "about", "against", "on"}


ADJECTIVE_TOPIC_PREPS = frozenset({"about", "of", "over"})


# what a verb of emotional reaction ("bristled at", "fretted over", "rejoiced in") reacts to
REACTION_PREPS = frozenset({"at", "about", "of", "over", "in"})


NOUN_TOPIC_PREPS = frozenset({"about", "on"})


# the prepositions that name what a clause-reporting verb speaks about when it has no clause
TOPIC_PREPS = frozenset({"about"})


# prepositions that complete a reported object rather than set the scene (no "in", "at", "during");
# an "after" phrase the parse hangs on the verb mostly belongs to the object ("cited her work
# after the floods"); "before" changed nothing on PolNeAR dev
BRIDGED_PREPS = frozenset({"for", "of"})


COMPLEMENT_PREPS = {"as", "for", "of", "about", "against", "from", "over", "with", "to", "toward", "towards", "after"}


def _addressee(v: Token) -> Optional[Token]:
    """Whom a verb addresses: its object, or the object of "on"/"upon" ("called on X")."""
    for c in v.children:
        if c.i > v.i and c.dep_ in ("dobj", "dative"):
            return c
        if c.i > v.i and c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _instruction(v: Token) -> Optional[tuple[Token, Token]]:
    """(addressee, to-infinitive) of "told X to ...", or None."""
    who = _addressee(v)
    # (the parse may take the infinitive after a phrase on the addressee for a purpose clause:
    # "tells his supporters at a rally to “go and vote”")
    what = None if who is None else next((c for c in v.children if (
        c.dep_ == "xcomp" or c.dep_ == "advcl" and getattr(_verb_row(v), "verb_class", None) == "speech"
        and any(t.dep_ == "prep" for t in v.doc[who.i: c.i])) and c.i > who.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    return (who, what) if what is not None else None


def _infinitive_list_tail(doc: Doc, verb: Token, lo: int, hi: int) -> list[Token]:
    """"backs rules to end X, stop Y and remove Z": a bare base form after a comma has no subject,
    no "to" and no mark, so what the parse hangs on ``verb`` as its adverbial clause is no clause
    of the verb but the next item of the infinitive list that the object ``lo``..``hi`` holds."""
    if verb.tag_ == "VB" or not any(t.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children)
                                    for t in doc[lo: hi + 1]):
        return []
    comma = hi if doc[hi].text == "," else hi + 1
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == comma + 1 == c.i
            and doc[comma].text == "," and not any(g.dep_ in SUBJECT_DEPS or g.dep_ in ("aux", "mark") for g in c.children)][:1]


def _instruction_span(doc: Doc, text: str, v: Token, who: Token, what: Token, quotes: list[Quoted],
                      owner: list[int]) -> Optional[tuple[int, int]]:
    hi = max([what.right_edge.i] + [c.right_edge.i for c in _infinitive_list_tail(doc, v, who.left_edge.i, what.right_edge.i)])
    toks = list(doc[who.left_edge.i: hi + 1])
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if not toks:
        return None
    e = min(toks[-1].idx + len(toks[-1]), _adjunct_cut(doc, text, toks, what), v.sent.end_char)
    e = _single_dash_cut(toks, e)  # "urged the council to act -- a step few expect"
    # a quotation set right after the instruction, a dash at most between ("to welcome the
    # governor - “my new best friend”"), is the speaker's words on it
    tail = re.match(r"\s*(?:[-—–―]\s*)?[“\"‘]", text[e:e + 5])
    if tail and e == toks[-1].idx + len(toks[-1]):
        k = owner[e + tail.end() - 1]
        if k != -1 and quotes[k].open >= e and quotes[k].close is not None:
            e = quotes[k].end
    return _reported_content(text, toks[0].idx, e, owner, quotes)


def _object_span(doc: Doc, text: str, verb: Token, quotes: list[Quoted],
                 owner: list[int], *, preps: frozenset[str] | set[str] = OBJECT_PREPS,
                 mode: Optional[str] = None) -> Optional[tuple[int, int]]:
    """What a verb like "cite", "vow" or "call for" reports: its object or to-infinitive, grown
    by the phrases that complete it and cut before the reporter's own words."""
    entry = reporting_verbs().get(_lemma(verb))
    mode = mode or getattr(entry, "object_mode", None)
    if _naming_participle(verb, entry):
        return None
    if mode == "as":
        if not _characterized(verb):
            return None
        mode = "1"
    parts = _object_parts(verb, entry, mode)
    if parts is None:
        return None
    if parts:
        parts = _grown_object(doc, verb, parts)
    if not parts and mode == "1" and any(c.dep_ == "agent" for c in verb.children):
        # "The mayor has been backed by a dozen unions": the passive subject is the object, and
        # only with its agent named (source_of takes the speaker from "by")
        parts = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not parts and not any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in verb.children):
        parts = _prepositional_topic(verb, preps)
    if not parts:
        return None
    parts += _object_infinitive(verb, parts) or _topic_characterized(verb, parts)
    toks = _object_tokens(doc, verb, parts)
    if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "for":
        toks = toks[1:]  # (see for-clause-object)
    if not toks or toks[0].pos_ == "PRON" and len(toks) == 1 and not _pronoun_object(verb, toks[0]):
        return None
    toks = _without_others(doc, owner, toks)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    e = min(e, _adjunct_cut(doc, text, toks, parts[0]), verb.sent.end_char)
    e = _single_dash_cut(toks, e)
    return _reported_content(text, s, e, owner, quotes)


@rule("object-infinitive", "content",
      example="The mayor defended his call to raise the city minimum wage to $15 an hour.",
      content="his call to raise the city minimum wage", neutral=list)
def _object_infinitive(verb: Token, parts: list[Token]) -> list[Token]:
    """"defended his call to raise the wage", "voted for a measure to extend the tax cuts": a
    to-infinitive right after the reported object, which the parse hangs on the reporting verb,
    says what the object is to do or is for; it completes the object."""
    hi = max(p.right_edge.i for p in parts)
    return [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.i > hi
            and c.left_edge.i == hi + 1 and c.left_edge.lower_ == "to"][:1]


def _phrase_right_after(verb: Token, parts: list[Token], word: str) -> Optional[Token]:
    """The verb's preposition ``word`` that starts right after the reported object."""
    hi = max(p.right_edge.i for p in parts)
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word and c.i == hi + 1), None)


@rule("topic-characterized", "content",
      example="In the interview the senator referred to the new mayor as “a reformer with a plan.”",
      content="the new mayor as “a reformer", neutral=list)
def _topic_characterized(verb: Token, parts: list[Token]) -> list[Token]:
    """"referred to the mayor as a reformer", "pointed to the party as the main obstacle": the
    object of a reporting preposition is characterized by the "as" phrase after it, as an object
    is by "described X as Y"; the characterization is what is reported."""
    if not parts or parts[0].dep_ != "pobj":
        return []
    found = _phrase_right_after(verb, parts, "as")
    return [found] if found is not None else []


@rule("pronoun-object", "content", example="The council passed the budget on Monday. The mayor supported it.",
      content="it", neutral=False)
def _pronoun_object(verb: Token, t: Token) -> bool:
    """"The mayor supported it", "the plan, which the senator attacked": a pronoun that is the
    reporting verb's own object (or its preposition's) is what it reports, as a name is."""
    head = t.head.head if t.dep_ == "pobj" else t.head
    after = t.doc[t.i + 1: t.i + 3]
    # (a reflexive, "defended himself", and "me", "you", "us" name the speaker or the reader; a
    # pronoun before a second complement is its addressee or its subject: "asking them, “...”",
    # "called him a liar")
    return head.i == verb.i and t.dep_ in ("dobj", "pobj") and t.tag_ in ("PRP", "DT", "WDT", "WP") \
        and not t.lower_.endswith(("self", "selves")) and not set(t.morph.get("Person")) & {"1", "2"} \
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd", "dative", "attr", "acomp") for c in verb.children) \
        and not any(a.text in "“\"‘" for a in after)


@rule("naming-participle", "content", example="They crossed a river called the Jordan and said the water was cold.",
      neutral=False)
def _naming_participle(verb: Token, entry) -> bool:
    """"a river called the Jordan": a participle that names its noun reports nothing (with two
    objects, "the letter called him a fraud", the parser has missed an active verb)."""
    return getattr(entry, "verb_class", None) == "label" and verb.dep_ == "acl" \
        and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) \
        and not _root_name_verb(verb) and _appositive_verb_subject(verb) is None \
        and sum(c.dep_ in ("dobj", "oprd") for c in verb.children) == 1


def _characterized(verb: Token) -> bool:
    """"regard the mayor as a crook", "consider the plan a mistake": a verb that characterizes
    reports its object only with the characterization after it ("saw the river" reports nothing)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and (any(c.i > objects[0].i and (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd")
                                  and c.left_edge.i == objects[0].right_edge.i + 1 for c in verb.children)
                              or _as_inside_object(objects[0]))


@rule("as-inside-object", "content", example="Experts see the elections held on Sunday as a test of the generals.",
      content="the elections held on Sunday as a test of the generals", neutral=False)
def _as_inside_object(obj: Token) -> bool:
    """"see the elections held Sunday as a test": the parse hangs the characterization on a
    participle inside the object; it closes the object all the same (but "the man known as the
    Butcher" names him: a reporting or naming participle keeps its own "as")."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and t.right_edge.i == obj.right_edge.i and t.head.i != obj.i
               and t.head.pos_ in ("VERB", "NOUN", "PROPN") and reporting_verbs().get(t.head.lemma_.lower()) is None
               for t in obj.subtree if t.i > obj.i)


def _object_parts(verb: Token, entry, mode: Optional[str]) -> Optional[list[Token]]:
    """The object, infinitive, predicate or clause after the verb (mode "1"); None when the
    verb reports nothing here."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "oprd", "ccomp") and c.i > verb.i
             and not (c.dep_ == "oprd" and c.ent_type_ in ("DATE", "TIME"))] if mode == "1" else []
    if _relative_subject_object(verb, parts):
        return None
    if not getattr(entry, "indirect", False) and not any(p.dep_ == "dobj" for p in parts):
        # "proposed that the city resume talks": a verb that reports no clause does not report its
        # own that-clause as an object either (what it reports is a plan or a thing, not a claim);
        # after a noun object the clause is the noun's ("echoed claims by the mayor that ...")
        parts = [c for c in parts if not (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                     for g in c.children))]
    return parts


@rule("relative-subject-object", "content",
      example="Parents oppose the new system, which parents say disadvantages poor pupils.", neutral=False)
def _relative_subject_object(verb: Token, parts: list[Token]) -> bool:
    """"a system, which parents say disadvantages poor pupils": the relative pronoun is the
    subject of what was said, so what the parse leaves as an object is a clause's remains."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE), None)
    return subject is not None and any(c.dep_ in ("nsubj", "dobj") and c.lower_ in ("which", "who")
                                       and c.i < subject.i for c in verb.children) \
        and [p.dep_ for p in parts] == ["dobj"]


def _grown_object(doc: Doc, verb: Token, parts: list[Token]) -> list[Token]:
    """The object with what completes it: a small clause, complement phrases, stranded
    conjuncts, the rest of an infinitive list, a noun conjunct, a verb after a dangling "or"."""
    parts = _small_clause(verb, parts)
    parts = _complement_phrases(verb, parts)
    parts += [c for c in verb.children if c.i > max(p.right_edge.i for p in parts) and _stranded_conjunct(verb, c)]
    hi = max(p.right_edge.i for p in parts)
    parts += _infinitive_list_tail(doc, verb, min(p.left_edge.i for p in parts), hi)
    parts += _noun_conjuncts(doc, verb, max(p.right_edge.i for p in parts))
    hi = max(p.right_edge.i for p in parts)
    if doc[hi].dep_ == "cc":
        parts += _after_dangling_or(verb, hi)
    return parts


def _small_clause(verb: Token, parts: list[Token]) -> list[Token]:
    """"shows Clinton ahead by 3.7 points": a predicate right after the object completes it,
    and so do the phrases that follow it."""
    hi = max(p.right_edge.i for p in parts)
    small_clause = False
    for c in sorted((c for c in verb.children if c.i > hi), key=lambda c: c.i):
        if c.left_edge.i != hi + 1:
            break
        if c.dep_ in ("advmod", "acomp", "oprd") or small_clause and c.dep_ == "prep":
            small_clause = True
            parts.append(c)
            hi = c.right_edge.i
        else:
            break
    return parts


def _complement_phrases(verb: Token, parts: list[Token]) -> list[Token]:
    """"cited X as an example", "blasted the media for being dishonest", "accused X of lying":
    a phrase right after the object that completes it belongs to what is reported."""
    hi = max(p.right_edge.i for p in parts)
    preps = sorted((c for c in verb.children if c.dep_ == "prep" and c.i > hi), key=lambda c: c.i)
    for j, c in enumerate(preps):
        if c.left_edge.i != hi + 1:
            break
        if c.lower_ not in COMPLEMENT_PREPS and not _bridged_scene_phrase(c, preps[j + 1] if j + 1 < len(preps) else None):
            break
        parts.append(c)
        hi = c.right_edge.i
    return parts


@rule("bridged-scene-phrase", "content", example="The governor praised the nurses at the hospital for their work during the flood.",
      content="the nurses at the hospital for their work", neutral=False)
def _bridged_scene_phrase(c: Token, nxt: Optional[Token]) -> bool:
    """"praised the mayor in a speech for her work": a scene phrase between the object and the
    phrase that completes it (the reason, the charge) does not end the report."""
    return nxt is not None and nxt.lower_ in BRIDGED_PREPS and nxt.left_edge.i == c.right_edge.i + 1


@rule("noun-conjunct", "content", example="The senator cited her record as mayor and as a judge in her speech.",
      neutral=list)
def _noun_conjuncts(doc: Doc, verb: Token, hi: int) -> list[Token]:
    """"cited her record as mayor and as a senator", "by stressing fairness, and a need to ...":
    a verb is not coordinated with a noun or a phrase, so a conjunct of that kind the parse
    hangs on the verb (or on any word above it: "thanked the aides who cited ...") right after
    the object is the object's second half."""
    out = []
    for h in (verb, *verb.ancestors):
        for c in h.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADP") and c.i > hi and all(
                    doc[j].dep_ == "cc" or doc[j].is_punct for j in range(hi + 1, c.left_edge.i)) \
                    and any(doc[j].dep_ == "cc" for j in range(hi + 1, c.left_edge.i)):
                out.append(c)
                hi = c.right_edge.i
    return out


@rule("dangling-or", "content",
      example="But the coach declined to fine the club or even openly call it guilty of the riot.", neutral=list)
def _after_dangling_or(verb: Token, hi: int) -> list[Token]:
    """"refused to fine the club or even openly name ...": what the parse hangs on the verb
    after a dangling "or" is the second half of the object."""
    return [c for c in verb.children if c.left_edge.i == hi + 1 and c.pos_ in ("VERB", "AUX")][:1]


@rule("prepositional-topic", "content", example="The mayor spoke about the new budget on Monday.",
      content="the new budget", neutral=list)
def _prepositional_topic(verb: Token, preps) -> list[Token]:
    """"spoke about the budget": the object of the first topic preposition (not on a passive:
    "the question was asked of a candidate" names who was addressed; nor a day: "spoke on Monday")."""
    preps = set(preps) | _own_preps(verb)
    found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i]
    return [g for p in found[:1] for g in p.children if g.dep_ in ("pobj", "pcomp")
            and g.ent_type_ not in ("DATE", "TIME")] or _for_clause(verb, preps)


def _prep_table(name: str, key: str) -> dict[str, frozenset[str]]:
    """A ``data/reference`` table of (word, prep) rows as word -> the prepositions it reports the object of."""
    out: dict[str, set[str]] = {}
    for row in read_table(name):
        out.setdefault(row[key], set()).add(row["prep"])
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def verb_preps() -> dict[str, frozenset[str]]:
    """``data/reference/reporting_verb_preps.csv``: lemma -> the prepositions it reports the object of."""
    return _prep_table("reporting_verb_preps.csv", "lemma")


@rule("verb-own-preposition", "content", example="Other defenders of the mayor pointed to earlier examples of waste.",
      content="earlier examples of waste", neutral=frozenset)
def _own_preps(verb: Token) -> frozenset[str]:
    """"pointed to the polls", "did not respond to questions": a verb whose own preposition
    (``reporting_verb_preps.csv``) introduces what it reports, besides the common topic ones."""
    found = verb_preps().get(_lemma(verb), frozenset())
    return found if any(c.dep_ == "prep" and c.lower_ in found and c.i > verb.i for c in verb.children) else frozenset()


@functools.lru_cache(maxsize=1)
def noun_preps() -> dict[str, frozenset[str]]:
    """``data/reference/reporting_noun_preps.csv``: noun lemma -> the prepositions it reports the object of."""
    return _prep_table("reporting_noun_preps.csv", "noun")


@rule("for-clause-object", "content", example="A senator is calling for the minister to be removed from office.",
      content="the minister to be removed from office", neutral=list)
def _for_clause(verb: Token, preps) -> list[Token]:
    """"calling for Trump to be banned", "pushed for the bill to pass": the parse makes "for" the
    mark of a clause with its own subject; that clause is the preposition's object."""
    if "for" not in preps:
        return []
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _own_subject(c) and any(
        g.dep_ == "mark" and g.lower_ == "for" and g.i == c.left_edge.i for g in c.children)][:1]


def _object_tokens(doc: Doc, verb: Token, parts: list[Token]) -> list[Token]:
    """From the object to the predicate, all of it ("called his support for the bypass a
    mistake"), through a wh-clause joined on, a predicate cut off, a possessive's head."""
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    hi = _joined_wh_clause(doc, verb, hi) or hi
    if (pred := _headless_predicate(doc, lo, hi)) is not None:
        hi = pred.right_edge.i
    elif doc[hi].dep_ == "case" and hi + 1 < verb.sent.end and not doc[hi + 1].is_punct:
        # "welcoming the city's plans to ...": a possessive ends no noun phrase; what the parse
        # cut off after it (often a noun taken for a verb) is the object's head and goes with it
        owned = doc[hi + 1]
        stop = min([c.left_edge.i for c in owned.children if c.dep_ in ("conj", "cc") and c.i > owned.i]
                   + [owned.right_edge.i + 1])
        hi = stop - 1
    toks = list(doc[lo: hi + 1])
    if toks and toks[0].dep_ == "aux" and toks[0].lower_ == "to":
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc") \
            and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]  # nor ends on a dangling "and" or "or"
    return toks


@rule("joined-wh-clause", "content", example="The mayor spoke of the budget, and how the council had cut it.",
      content="how the council had cut it")
def _joined_wh_clause(doc: Doc, verb: Token, hi: int) -> Optional[int]:
    """"spoke of the budget, and how the council had cut it": a verb phrase does not open with
    "how", so the clause the parse joins to the verb is the topic's second half."""
    found = None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.left_edge.i > hi + 1 and _wh_clause(c) \
                and c.left_edge.lower_ in WH_WORDS and all(doc[j].dep_ == "cc" or doc[j].is_punct
                                                           for j in range(hi + 1, c.left_edge.i)) \
                and any(doc[j].dep_ == "cc" for j in range(hi + 1, c.left_edge.i)):
            hi = found = c.right_edge.i
    return found


@rule("including-others", "boundary",
      example="Several senators have said the same thing, including Ann Reyes of Ohio.", neutral=lambda: None)
def _including_others(doc: Doc, owner: list[int], toks: list[Token]) -> Optional[Token]:
    """"Several senators have said the same thing, including Ann Reyes": what was said has no
    people in it, so the people included are more of the speakers, wherever the parse hangs them."""
    return next((t for t in toks[1:] if t.lower_ == "including" and t.dep_ == "prep" and doc[t.i - 1].text == ","
                 and not _people_word(t.head) and any(
                     g.dep_ == "pobj" and owner[g.idx] == -1 and any(n.ent_type_ == "PERSON" for n in (g, *g.children)
                                                                      if n.i == g.i or n.dep_ == "appos")
                     for g in t.children)), None)


def _without_others(doc: Doc, owner: list[int], toks: list[Token]) -> list[Token]:
    others = _including_others(doc, owner, toks)
    return toks[:toks.index(others) - 1] if others is not None else toks
