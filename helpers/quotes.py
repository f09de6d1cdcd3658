"""Quotes: who said what (direct, partial and indirect).

Three passes over one parsed article:

1. Quotation marks are paired per paragraph by a small state machine (curly,
   straight and guillemet marks, nested single quotes, apostrophes told apart from
   closing marks). A paragraph that opens a quotation and does not close it runs
   on into the next paragraph when that one opens with a mark again (the news
   convention for long quotations); any other unbalanced mark never crashes and
   never swallows the text after it.
2. Each quotation is attributed through the dependency parse: a reporting verb
   (``data/reference/reporting_verbs.csv``) that the quotation hangs from, or that
   hangs from it ("...," he added), then the nearest reporting verb in the same
   sentence, then a colon-introduced frame; a quotation set off by dashes right after a
   person's name ("Name -- “...” --") is that person's. The verb's subject is the speaker
   ("he", "The Labour leader"); it is mapped to an actor through the mention
   (``tables.mentions``, names and resolved pronouns) that covers it. A one-word
   quotation, or a short one that nothing attributes, is a scare quote: no row. A
   quotation that goes on in lower case after "When ..., Ruiz said," starts with that
   opening clause.
3. Reported speech is the clausal complement (ccomp) of a reporting verb outside
   quotation marks ("Trump said that ...", "..., Smith said", "Acts of protest,
   Obama said, are ..."), the object of a verb that reports one ("cited the poll",
   "vowed to fight", "called for a ceasefire"; dropped inside another report), the
   that-clause of an owned reporting noun ("Trump's claim that ..."), the clause
   that "according to X" governs, or a paragraph led by "Name: ...". It ends where
   the reporter's words begin (a semicolon, a second reporting verb, a closing
   apposition, text after a quotation closed by a comma). A quotation inside it
   is its own ``partial`` row too, with the report's speaker and cue.

A quotation that no verb attributes inherits the previous speaker only when the
text makes it clear: it follows that speaker's quotation or report in the same or
the next paragraph with no other person or organisation named in between (names
in the attributing sentence itself do not count), it is signed with a dash
("“...” ― Name"), or it is a headline that the body repeats. A quotation that only
its attribution interrupts ("“A,” she said. “B.”") is one row when the attribution
is shorter than the quotation, so ``text`` then holds the attribution in the
middle. Boilerplate sentences feed nothing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Span, Token

from .article import Article
from .records import COUNTRY, ORGANIZATION, Mention, Quote
from .lexicon import (ReportingVerb, editorial_labels, person_nouns, phrase_starts, reporting_adjectives,
                      reporting_nouns, reporting_phrases, reporting_verbs, source_nouns)
from .tables import ArticleTables

# -- quotation marks -----------------------------------------------------------

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
OPENING_CONTEXT = " \t\n([{—–-/:;,"
CLOSING_FOLLOW = " \t\n.,;:!?)]}—–-…"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"


@dataclass(frozen=True)
class Quoted:
    """One top-level quotation: its marks and its content (marks and edge spaces excluded)."""

    open: int
    close: Optional[int]
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return (self.close + 1) if self.close is not None else self.end


def _mark_role(text: str, i: int) -> Optional[tuple[str, str]]:
    """('open'|'close'|'either', 'double'|'single') for the character at ``i``, or None."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in DOUBLE_OPEN:
        return ("open", "double")
    if c in DOUBLE_CLOSE:
        if prev.isspace() and nxt.isalnum():
            return ("open", "double")  # "”Fear. I am afraid ...”": a closing mark typed as the opener
        return ("close", "double")
    if c == '"':
        opens = prev in OPENING_CONTEXT or prev in ALL_MARKS
        closes = not prev.isspace()
        if opens and not nxt.isspace():
            return ("open", "double")
        if closes:
            return ("close", "double")
        return ("either", "double")
    if c in SINGLE_OPEN or c == "'":
        # an apostrophe inside a word ("wasn't", "Clinton's") is no quotation mark
        if prev.isalnum() and (nxt.isalpha() or c in SINGLE_OPEN):
            return None
        if (prev in OPENING_CONTEXT or prev in ALL_MARKS) and nxt.isalnum():
            return ("open", "single")
        if c in SINGLE_OPEN:
            return None
        if not prev.isspace() and (nxt in CLOSING_FOLLOW or nxt in ALL_MARKS):
            return ("close", "single")
        return None
    if c in SINGLE_CLOSE:
        if not prev.isspace() and (nxt in CLOSING_FOLLOW or nxt in ALL_MARKS) and not nxt.isalpha():
            return ("close", "single")
        return None
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quoted_spans(text: str, paragraphs: Optional[Iterable[tuple[int, int]]] = None) -> list[Quoted]:
    """Top-level quotations of ``text``, in reading order; never raises on unbalanced marks.

    ``paragraphs`` are (start, end) spans (default: lines). Double marks are the
    quotation; single marks count only outside double ones (nested quotes are content).
    """
    if paragraphs is None:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    paragraphs = [p for p in paragraphs if p[1] > p[0]]
    found: list[Quoted] = []
    carry: Optional[int] = None  # an opening mark left open by the previous paragraph
    for pi, (ps, pe) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []  # (index, family) of open marks
        if carry is not None:
            first = ps
            role = _mark_role(text, first) if text[first] in ALL_MARKS else None
            if role and role[0] in ("open", "either") and role[1] == "double":
                stack.append((carry, "double"))
                first += 1
            else:
                _close_unbalanced(text, carry, paragraphs[pi - 1][1], found)
            carry = None
            i = first
        else:
            i = ps
        mark = len(found)
        start_stack = list(stack)
        nested = _scan(text, i, pe, stack, found, skip=())
        doubles = [o for o, f in stack if f == "double"]
        if doubles and nested and doubles[0] >= ps and not (
                pi + 1 < len(paragraphs) and _same_style(text[paragraphs[pi + 1][0]], text[doubles[0]])):
            # an opening mark never closed around balanced quotations is a stray: read on without it
            del found[mark:]
            stack = start_stack
            _scan(text, i, pe, stack, found, skip=(doubles[0],))
        doubles = [o for o, f in stack if f == "double"]
        if doubles:
            o = doubles[0]
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is not None and _same_style(text[nxt[0]], text[o]):
                carry = o
            else:
                _close_unbalanced(text, o, pe, found)
    if carry is not None:
        _close_unbalanced(text, carry, paragraphs[-1][1], found)
    found.sort(key=lambda q: q.open)
    return found


def _same_style(mark: str, opener: str) -> bool:
    """Does a paragraph opening with ``mark`` continue a quotation opened with ``opener``? Only
    in the same style: a straight-quoted block followed by a curly-quoted paragraph is two
    quotations, as when an article quotes another article that quotes people."""
    if opener == '"':
        return mark == '"'
    return mark in DOUBLE_OPEN


def _scan(text: str, i: int, pe: int, stack: list[tuple[int, str]], found: list[Quoted], *,
          skip: tuple[int, ...]) -> int:
    """Pair the marks of text[i:pe] onto ``stack``; returns how many nested pairs closed."""
    nested = 0
    while i < pe:
        c = text[i]
        if c in ALL_MARKS and i not in skip:
            role = _mark_role(text, i)
            if role is not None:
                kind, family = role
                inside_double = any(f == "double" for _, f in stack)
                if family == "single" and inside_double:
                    pass  # a nested quotation is part of the content
                elif family == "single" and kind == "close":
                    if stack and stack[-1][1] == "single":
                        o, _ = stack.pop()
                        if not stack:
                            _add(text, o, i, found)
                elif family == "single":
                    stack.append((i, "single"))
                elif kind == "close" or (kind == "either" and stack and stack[-1][1] == "double"):
                    while stack and stack[-1][1] == "single":
                        stack.pop()  # an unclosed single mark was an apostrophe
                    if stack:
                        o, _ = stack.pop()
                        if not stack:
                            _add(text, o, i, found)
                        else:
                            nested += 1
                else:
                    if stack and stack[-1][1] == "double" and text[i] == text[stack[-1][0]] == '"':
                        # two straight opening marks in a row: the first one was never closed
                        stack.pop()
                    stack.append((i, "double"))
        i += 1
    return nested


def _add(text: str, o: int, c: int, found: list[Quoted]) -> None:
    s, e = _trim(text, o + 1, c)
    if e > s:
        found.append(Quoted(o, c, s, e))


def _close_unbalanced(text: str, o: int, end: int, found: list[Quoted]) -> None:
    # a quotation whose closing mark is missing runs to its paragraph's end, but only
    # when it opens a paragraph or follows a colon or comma; a stray mark is dropped
    before = text[:o].rstrip(" \t")
    if before and before[-1] not in "\n:," and not _is_paragraph_start(text, o):
        return
    s, e = _trim(text, o + 1, end)
    if e > s:
        found.append(Quoted(o, None, s, e))


def _is_paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


# -- reference lists ---------------------------------------------------------------

def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    verbs = reporting_verbs()
    if lemma in verbs:
        return lemma
    # the lemmatizer loses a final e ("hoped", "hoping" -> "hop"), keeps an -ing form whole
    # ("encouraging") or mistakes a plural for a Latin one ("imagines" -> "imago")
    word = tok.lower_
    stems = [lemma + "e"]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        stems += [word[:-1]]
    return next((s for s in stems if s in verbs and word.startswith(s[:-1])), lemma)


def _verb_row(tok: Token) -> Optional[ReportingVerb]:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and (
            tok.tag_.startswith("VB") or any(c.dep_ == "nsubj" for c in tok.children))):
        return None  # a noun with a subject of its own is a verb the tagger missed ("Smith demands ...")
    verbs = reporting_verbs()
    lemma = _lemma(tok)
    for c in tok.children:
        if (c.dep_ == "prt" or c.dep_ == "dobj" and c.lower_ == "it") and f"{lemma} {c.lower_}" in verbs:
            return verbs[f"{lemma} {c.lower_}"]  # a phrasal verb ("point out") or idiom ("as X put it")
    return verbs.get(lemma)


# -- speakers ------------------------------------------------------------------------

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE = {"who", "which", "that", "whom"}
NOUN_POS = ("PROPN", "NOUN", "PRON")
INVERTED_DEPS = ("dobj", "attr", "npadvmod", "appos", "oprd", "dative", "nsubj")
GERUND_PREPS = {"by", "after", "before", "while", "in", "upon", "on", "despite"}  # not "without": nothing was said
LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "prep", "pobj", "cc", "conj", "punct", "advmod", "quantmod"}


def source_of(verb: Token, *, depth: int = 0, outside: Optional[Callable[[Token], bool]] = None) -> Optional[Token]:
    """The token heading the speaker of a reporting verb, or None. ``outside`` says which
    tokens may speak: the parser sometimes takes a word inside the quotation for a second
    subject ("“... panic mode,” said Leslie Wimes")."""
    aside = _as_aside(verb)
    if aside is not None:
        return aside[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        # a dash the parse makes a second subject ("― Trump boasted") speaks for no one, nor does
        # a label before a colon when a subject follows it ("The Latest: Trump urges ...")
        if c.dep_ in ("nsubj", "csubj") and not c.is_punct and (outside is None or outside(c)) and not (
                c.i < verb.i and any(o.i > c.i for o in subjects)
                and (any(t.text == ":" for t in verb.doc[c.right_edge.i + 1: verb.i]) or _run_in_head(c))):
            if _dateline(c):
                # "WASHINGTON -- President Obama, ..., said": the parse makes the dateline the subject
                return next((g for g in c.children if g.dep_ == "appos"), None)
            named = _glued_subject(c)
            if named is not None:
                return named
            return c  # a relative pronoun ("who said") is resolved through its antecedent later
    buried = _buried_subject(verb)
    if buried is not None:
        return buried
    for c in verb.children:
        if c.dep_ == "agent":  # "was told by X"
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    # inverted order ("..., said Kremlin spokesman Dmitry Peskov"): the name after the verb, but
    # not the addressee of "encouraged Americans to ..." or the object of "called Trump a liar"
    addressed = any(c.dep_ in ("xcomp", "oprd", "ccomp") and c.i > verb.i for c in verb.children)
    # nor the object of a verb that reports its object ("citing geopolitical factors")
    reports_object = getattr(_verb_row(verb), "object_mode", None) is not None
    for c in verb.rights:
        if (addressed or reports_object) and c.dep_ in ("dobj", "dative"):
            continue
        if c.dep_ in INVERTED_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) \
                and c.ent_type_ not in ("DATE", "TIME") and (outside is None or outside(c)):
            # "said Monday" names a day, not a speaker
            return c
    if _root_name_verb(verb):
        return verb.head
    if depth < 3 and _opening_gerund_clause(verb) is not None:
        return source_of(verb.head.head, depth=depth + 1, outside=outside)
    detached = _appositive_verb_subject(verb)
    if detached is not None:
        return detached
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        if depth < 3 and verb.head.lemma_.lower() in source_nouns() and verb.head.dep_ == "dobj":
            # "the Port Authority issued a statement calling ...": whoever issued the statement speaks
            issuer = source_of(verb.head.head, depth=depth + 1)
            if issuer is not None:
                return issuer
        occasion = verb.head.head
        if depth < 3 and verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
                and verb.head.lemma_.lower() not in source_nouns() \
                and getattr(_verb_row(occasion.head), "quote", False):
            # "she said at a news conference announcing ...": who spoke there announces (a
            # document speaks for itself: "In a statement announcing ..., the union called ...")
            speaker = source_of(occasion.head, depth=depth + 1, outside=outside)
            if speaker is not None:
                return speaker
        if verb.head.pos_ == "NOUN" and verb.head.dep_ == "pobj" and occasion.dep_ == "prep" \
                and occasion.head.pos_ in ("VERB", "AUX") and not _people_word(verb.head) \
                and verb.head.lemma_.lower() not in source_nouns():
            # "hid their havens, in many cases reporting ...": a phrase saying where or how can
            # not speak; the participle's subject is the clause's, or no one we can tell
            return source_of(occasion.head, depth=depth + 1, outside=outside) if depth < 3 else None
        return verb.head  # "footage of Trump saying ..."
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.pos_ == "PROPN" and before.dep_ in ("pobj", "dobj"):
            return before  # "uses footage of Trump saying ...": the name right before the participle
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # "responded by saying ...", "after telling reporters ...": the gerund's subject is the
        # subject of the verb the phrase modifies, a passive one too ("After saying ..., she was
        # taken to hospital")
        main = verb.head.head
        return source_of(main, depth=depth + 1) or next((c for c in main.children if c.dep_ == "nsubjpass"), None)
    if depth < 3 and outside is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") \
            and outside(verb) and not outside(verb.head):
        # "..., Ruiz said, adding, “...”": the parse hangs the participle on a verb inside the
        # quotation; it goes with the nearest verb before it outside the marks
        for j in range(verb.i - 1, verb.sent.start - 1, -1):
            prev = verb.doc[j]
            if prev.pos_ in ("VERB", "AUX") and outside(prev) and not verb.is_ancestor(prev):
                return source_of(prev, depth=depth + 1, outside=outside)
    outer = _outside_dash_aside(verb) if depth < 3 else None
    if outer is not None:
        return source_of(outer, depth=depth + 1, outside=outside)
    shared = _finite_conjunct_head(verb) if depth < 3 else None
    if shared is not None:
        return source_of(shared, depth=depth + 1, outside=outside)
    if depth < 3 and verb.dep_ in ("conj", "advcl", "xcomp", "relcl") and verb.head.i != verb.i:
        if verb.dep_ == "relcl" and verb.head.pos_ in NOUN_POS:
            return None
        inner = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > inner.i and inner.dep_ == "ccomp" \
                and verb.doc[verb.i - 1].text == "," and getattr(_verb_row(inner.head), "indirect", False):
            subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not _people_word(subj):
                # "Analysts said rates have risen, citing ...": rates cite nothing; the participle
                # closing the sentence goes with whoever reported the clause
                return source_of(inner.head, depth=depth + 1, outside=outside)
        if _as_clause(verb):
            if verb.tag_ == "VBN":
                # "As reported in the Chronicle, ...", "as noted in the mayor's letter": the
                # writing it appeared in, or its author, speaks
                where = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                for g in where:
                    author = next((o for o in g.children if o.dep_ == "poss" and o.pos_ in ("PROPN", "NOUN")), None)
                    if author is not None:
                        return author
                    if g.pos_ == "PROPN" or g.ent_type_ == "ORG" or g.lemma_.lower() in source_nouns():
                        return g
            return None  # "Patriot failed, as predicted": the clause's subject is what was said
        if verb.dep_ == "xcomp":
            # "forced Smith to admit that ...", "left many nations feeling that ...": the
            # object before the infinitive or participle does it
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
            if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                    or any(g.ent_type_ in ("NORP", "GPE", "ORG") for g in obj.lefts)):
                return obj
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG":
            # "Scott can be heard yelling that ...": the one heard or seen speaks
            heard = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            if heard is not None:
                return heard
        # "was arrested and said ...", "was asked to explain ...": a passive head's subject too
        return source_of(verb.head, depth=depth + 1, outside=outside) or next(
            (c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return None


FINITE = ("VBD", "VBZ", "VBP")


def _spaced_dash(t: Token) -> bool:
    return t.text in DASHES or t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


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


def _root_name_verb(verb: Token) -> bool:
    """Is ``verb`` the main verb of a sentence the parse roots in its subject's name ("Ms. Reyes
    called Friday for ...", parsed like "a man called Friday")? A sentence has a verb; when its
    root is a name, the participle hung on the name is that verb."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ == "PROPN" and verb.head.ent_type_ in ("PERSON", "ORG") \
        and not any(c.dep_ == "agent" for c in verb.children)


def _as_aside(verb: Token) -> Optional[tuple[Token, Token]]:
    """(speaker, subject) of an "as X said" aside that the parse turns into the main clause:
    "Hawaii, as one of the advisers pointed out, rarely gets two storms", read with "Hawaii" as
    the subject of "pointed" and the adviser inside a phrase "as ..." on either. The aside's noun
    speaks; the predicate after the aside is what was said (about the subject)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    as_ = next((c for c in [*subject.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "as"
                and subject.i < c.i < verb.i and verb.doc[c.i - 1].text == ","), None)
    speaker = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ is not None else None
    if speaker is None or speaker.right_edge.i != verb.i - 1:
        return None
    j = verb.i + 1
    while j < verb.sent.end and verb.doc[j].dep_ in ("prt", "advmod") and verb.doc[j].head == verb:
        j += 1
    if j + 2 >= verb.sent.end or verb.doc[j].text != ",":
        return None
    return speaker, subject


def _appositive_verb_subject(verb: Token) -> Optional[Token]:
    """The subject whose verb the parse hung on the last noun of the subject's apposition
    ("Jo Hart (D), the mayor's rival in the race, called Friday for ..., saying ...", with the
    participle "saying" as the root): a participle right after the comma that closes the
    apposition, while the subject has no finite verb of its own, is that verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children):
        return None
    appos = next((a for a in verb.ancestors if a.dep_ == "appos"), None)
    if appos is None or appos.head.dep_ != "nsubj" or appos.right_edge.i != verb.right_edge.i:
        return None
    subject = appos.head
    main = subject.head
    if main.tag_ in FINITE or main.tag_ == "MD" or any(c.dep_ == "aux" for c in main.children) or main.i < verb.i:
        return None
    return subject


def _run_in_head(tok: Token) -> bool:
    """Does ``tok`` head a capitalised run-in heading that opens its sentence ("THE COSTS Last
    year, Ms. Ruiz said ...")?"""
    words = [t for t in tok.doc[tok.left_edge.i: tok.i + 1] if t.is_alpha]
    return tok.left_edge.i == tok.sent.start and bool(words) and all(t.is_upper and len(t) > 1 or t.lower_ == "a"
                                                                      for t in words)


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


DASHES = frozenset({"—", "―", "–", "--"})  # a dash set off by spaces: an aside, a signature
DATELINE_DASHES = DASHES | {"-"}


def _dateline(tok: Token) -> bool:
    """Is ``tok`` the place of a dateline ("WASHINGTON --", "NEW YORK (AP) —") opening its paragraph?"""
    doc = tok.doc
    first = tok.left_edge
    if not all(t.is_upper or t.is_punct for t in doc[first.i: tok.i + 1]) or len(tok.text) < 2:
        return False
    before = doc.text[:first.idx].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.text in DATELINE_DASHES or nxt.text == "(")


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase a speaker token heads, without clauses after it."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok)
    start = tok
    for left in tok.lefts:
        if left.dep_ in ("compound", "amod", "det", "poss", "nmod", "nummod", "quantmod"):
            start = min(start, left.left_edge, key=lambda t: t.i)
            break
    toks = [t for t in tok.doc[start.i: tok.i + 1]]
    # a comma or quotation mark inside the left modifiers ends the phrase
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].is_punct and toks[k].text not in (".", "'", "’s"):
            toks = toks[k + 1:]
            break
    while len(toks) > 1 and toks[0].pos_ in ("VERB", "AUX"):
        toks = toks[1:]  # "Said Ellis": the verb the parser compounds onto the name is no part of it
    if not toks:
        toks = [tok]
    end = tok
    for right in tok.rights:
        if right.dep_ in ("compound", "flat") and right.i == end.i + 1:
            end = right
    return toks[0].idx, end.idx + len(end)


def cue_span(verb: Token) -> tuple[str, int, int]:
    lemma = _lemma(verb)
    end = verb.idx + len(verb)
    for c in verb.children:
        if (c.dep_ == "prt" or c.dep_ == "dobj" and c.lower_ == "it") and f"{lemma} {c.lower_}" in reporting_verbs():
            return f"{lemma} {c.lower_}", verb.idx, max(end, c.idx + len(c))
    return lemma, verb.idx, end


class _Resolver:
    """Maps a surface span to the actor whose mention covers it."""

    def __init__(self, tables: ArticleTables):
        self.mentions = sorted(tables.mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.tables = tables

    def actor_at(self, start: int, end: int, head: Optional[int] = None) -> Optional[str]:
        i = bisect.bisect_right(self.starts, end)
        best: Optional[Mention] = None
        best_key = None
        for m in self.mentions[max(0, i - 40): i]:
            if m.end <= start or m.start >= end:
                continue
            covers_head = head is not None and m.start <= head < m.end
            overlap = min(m.end, end) - max(m.start, start)
            key = (covers_head, overlap)
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best.actor_id if best else None

    def name(self, actor_id: Optional[str]) -> Optional[str]:
        a = self.tables.actor(actor_id)
        return a.name if a else None


COPULAS = {"be", "seem", "appear", "remain", "become"}


def _reporting_organisation(it: Token, resolver: "_Resolver") -> Optional[str]:
    """The organisation or country that reports the clause in which "it" speaks ("China said it
    opposed the test and warned ..."), or None. Coreference leaves "it" alone (it is as often a
    plan or no one); the subject of a reported clause that itself reports is the reporter."""
    clause = it.head
    if it.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.lemma_ in COPULAS and any(
            c.dep_ in ("ccomp", "xcomp", "csubj") for c in clause.children):
        return None  # "said it is clear that ...": that "it" stands for the clause after it
    verb = clause.head
    if not getattr(_verb_row(verb), "indirect", False):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or _dateline(subject):
        return None
    actor = resolver.tables.actor(resolver.actor_at(*noun_phrase(subject), head=subject.idx))
    return actor.actor_id if actor is not None and actor.kind in (ORGANIZATION, COUNTRY) else None


@dataclass
class _Row:
    kind: str
    start: int
    end: int
    speaker_tok: Optional[Token] = None
    speaker_span: Optional[tuple[int, int]] = None
    speaker_id: Optional[str] = None
    cue: Optional[str] = None
    cue_span: Optional[tuple[int, int]] = None
    quoted: Optional[Quoted] = None
    inherited: bool = False
    minor: bool = False  # an object report ("wanted to ..."), dropped inside another report
    aside: bool = False  # a quotation in dashes after a name: that person's words, inside a report too


# -- extraction ----------------------------------------------------------------------

def extract(doc: Doc, article: Article, tables: ArticleTables, *, min_indirect_words: int = 2) -> list[Quote]:
    """The quotes table of one article (see the module docstring)."""
    if doc.text != article.text:
        raise ValueError("the Doc was not parsed from this article's text")
    text = doc.text
    resolver = _Resolver(tables)
    quotes = [q for q in quoted_spans(text, article.paragraphs or None)
              if not article.is_boilerplate(q.start, q.end) and not tables.is_boilerplate(q.start)]
    owner = [-1] * (len(text) + 1)  # which quotation (marks included) holds each character
    for k, q in enumerate(quotes):
        for j in range(q.open, q.outer_end):
            owner[j] = k

    def quoted_at(tok: Token) -> int:
        return owner[tok.idx]

    rows: list[_Row] = []
    reports = _indirect_rows(doc, article, tables, quotes, owner, min_words=min_indirect_words)
    # "said she wanted the escort gone", "a poll found that 74 percent said ...": a report
    # whose cue lies inside another report's content is part of that report, not a second one
    rows += [r for r in reports if not any(
        o is not r and o.start <= r.cue_span[0] < o.end and not r.start <= o.cue_span[0] < r.end
        for o in reports)]
    rows += _quote_rows(doc, text, quotes, owner, quoted_at, article)
    rows += _label_rows(doc, article, tables, owner, rows)
    for r in rows:
        if r.speaker_tok is not None and r.speaker_span is None:
            r.speaker_span = noun_phrase(r.speaker_tok)
        if r.speaker_span is not None and r.speaker_id is None:
            tok = r.speaker_tok
            if tok is not None and tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
                tok = tok.head.head  # "the Saudi government, which has denied ...": the antecedent speaks
                r.speaker_id = resolver.actor_at(*noun_phrase(tok), head=tok.idx)
            else:
                head = tok.idx if tok is not None else None
                r.speaker_id = resolver.actor_at(*r.speaker_span, head=head)
                if r.speaker_id is None and tok is not None and tok.lower_ == "it":
                    r.speaker_id = _reporting_organisation(tok, resolver)
    for r in rows:
        lead = _lead_clause(doc, text, r, owner)
        if lead is not None:
            r.start = lead
    rows.sort(key=lambda r: (r.start, r.kind != "indirect", r.end))
    _adopt_reports(rows)
    _inherit(rows, doc, text, article, resolver, quotes, owner)
    rows = _merge_interrupted(rows, doc, text, article)
    out: list[Quote] = []
    for r in rows:
        if r.kind != "indirect" and (r.speaker_span is None or r.inherited) and r.quoted is not None \
                and r.quoted.close is None:
            continue  # a mark never closed, with no verb of its own to say it: an excerpt or a stray
        if r.kind != "indirect" and (r.speaker_span is None or r.inherited) and _modifier(doc, r):
            continue  # the “sex tape” reference, a “fact-checking” website: a label on a noun, not speech
        if r.kind != "indirect" and r.speaker_span is None and _scare(text, r):
            continue
        s_text = text[r.speaker_span[0]:r.speaker_span[1]] if r.speaker_span else None
        out.append(Quote(
            quote_id=f"q{len(out) + 1}", kind=r.kind, text=text[r.start:r.end], start=r.start, end=r.end,
            speaker_id=r.speaker_id, speaker=resolver.name(r.speaker_id),
            speaker_text=s_text, speaker_start=r.speaker_span[0] if r.speaker_span else None,
            speaker_end=r.speaker_span[1] if r.speaker_span else None,
            cue=r.cue, cue_start=r.cue_span[0] if r.cue_span else None,
            cue_end=r.cue_span[1] if r.cue_span else None,
            sentence_id=tables.sentence_id_at(r.start), paragraph_id=article.paragraph_id_at(r.start),
        ))
    return out


def _lead_clause(doc: Doc, text: str, r: _Row, owner: list[int]) -> Optional[int]:
    """Where the speech starts when a quotation that goes on in lower case follows an
    attribution after an opening clause ("When the bid came in, Ruiz said, “we were stunned.”"):
    the clause before the attribution is the start of the speaker's sentence."""
    if r.kind == "indirect" or r.quoted is None or r.cue_span is None or r.speaker_span is None:
        return None
    first = next((ch for ch in text[r.start:r.end] if ch.isalpha()), "")
    if not first.islower():
        return None
    head = _token_after(doc, text, r.quoted.open)
    if head is None:
        return None
    sent = head.sent
    lo = sent.start_char
    # speaker, then verb, then the quotation: "…, Ruiz said, “…"
    if not (lo < r.speaker_span[0] < r.cue_span[0] < r.quoted.open):
        return None
    between = text[r.cue_span[1]:r.quoted.open]
    lead = text[lo:r.speaker_span[0]].rstrip()
    if not re.fullmatch(r"[^\w]*", between.replace(",", "")) or not between.strip().startswith(",") \
            or not lead.endswith(",") or any(owner[j] != -1 for j in range(lo, r.speaker_span[0])):
        return None
    span = doc.char_span(lo, r.speaker_span[0], alignment_mode="contract")
    if span is None or len(re.findall(r"[^\W_]+", lead)) < 3 or not any(
            t.dep_ == "advcl" or t.dep_ == "mark" for t in span):
        return None  # an opening clause ("When …", "If …"), not a name or a phrase of time
    return _trim(text, lo, r.speaker_span[0])[0]


def _adopt_reports(rows: list[_Row]) -> None:
    """A quotation inside reported speech is part of that report: same speaker and cue."""
    indirect = [r for r in rows if r.kind == "indirect"]
    for r in rows:
        if r.kind == "indirect" or r.aside:
            continue
        # a closing quotation may carry the sentence's full stop past the report's end
        around = [i for i in indirect if i.start <= r.start < i.end and r.end <= i.end + 3]
        if not around:
            continue
        inner = min(around, key=lambda i: i.end - i.start)
        inner.end = max(inner.end, r.end)
        if r.cue_span is not None and inner.start <= r.cue_span[0] < inner.end and any(
                i.cue_span == r.cue_span for i in indirect):
            continue  # attributed by a verb inside the report that is a report of its own
        r.speaker_tok, r.speaker_span, r.speaker_id = inner.speaker_tok, inner.speaker_span, inner.speaker_id
        r.cue, r.cue_span = inner.cue, inner.cue_span
        if r.kind == "direct":
            r.kind = "partial"  # a quotation inside a reported clause is a fragment of it


# "Name on Topic: ...", a headline giving someone's words on a subject
TOPIC_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) on [A-Z][^:\n]{0,60}:[ \t]+(?=\S)")


def _label_rows(doc: Doc, article: Article, tables: ArticleTables, owner: list[int],
                rows: list[_Row]) -> list[_Row]:
    """Paragraphs led by a name and a colon ("Okafor: Farmers are worried", "WALLACE: ...")."""
    text = doc.text
    out = []
    for ps, pe in article.paragraphs:
        if article.is_boilerplate(ps, pe) or tables.is_boilerplate(ps):
            continue
        m = re.match(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)", text[ps:pe])
        topic = m is None and (m := TOPIC_LABEL.match(text[ps:pe])) is not None
        if not m:
            continue
        s, e = _trim(text, ps + m.end(), pe)
        if len(re.findall(r"[^\W_]+", text[s:e])) < 3 or owner[s] != -1:
            continue  # a quotation after the colon is attributed by the quotation pass
        if topic and all(owner[j] == -1 for j in range(s, e)):
            continue  # "Obama on Climate: ..." reports only words it quotes; else it names a topic
        if any(r.start <= s < r.end for r in rows):
            continue
        prefix = doc.char_span(ps, ps + m.end(1), alignment_mode="expand")
        if prefix is None or not any(t.pos_ in ("PROPN", "NOUN") for t in prefix):
            continue
        if len(prefix) > 1 and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in prefix) \
                and not any(m.start < prefix.end_char and ps < m.end for m in tables.mentions):
            continue  # "Stealth Over Health: ...": a headline's kicker phrase, not a named speaker
        if m.group(1).lower().replace("’", "'") in editorial_labels():
            continue  # "Correction: ...": the publication's note, not a speaker's words
        out.append(_Row(kind="indirect", start=s, end=e, speaker_tok=prefix.root,
                        speaker_span=(ps, ps + m.end(1)), cue=":", cue_span=(ps + m.end(1), ps + m.end(1) + 1)))
    return out


def _modifier(doc: Doc, r: _Row) -> bool:
    """Is a short quotation a modifier inside a noun phrase ("the “sex tape” reference")?"""
    if r.quoted is None or len(re.findall(r"[^\W_]+", doc.text[r.start:r.end])) > 4:
        return False
    inside = doc.char_span(r.start, r.end, alignment_mode="expand")
    after = _token_after(doc, doc.text, r.quoted.outer_end)
    return (inside is not None and after is not None and after.pos_ in ("NOUN", "PROPN")
            and inside.root.head.i == after.i and inside.root.dep_ in ("compound", "amod", "nmod"))


def _scare(text: str, r: _Row) -> bool:
    # a short quotation nobody is said to have said is a title, a name or a scare quote
    return len(re.findall(r"[^\W_]+", text[r.start:r.end])) <= 4


def _quote_rows(doc: Doc, text: str, quotes: list[Quoted], owner: list[int], quoted_at,
                article: Article) -> list[_Row]:
    rows = []
    for k, q in enumerate(quotes):
        turns = _transcript_turns(doc, text, q, article)
        if turns:
            rows += turns
            continue
        words = re.findall(r"[^\W_]+", text[q.start:q.end])
        if len(words) <= 1:
            continue  # a single word or name in quotation marks is not speech
        if _is_title(text, q, words):
            continue  # “Morning Joe”, “Miss Piggy”: a title or a name, not speech
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _introduced_name(doc, q, span):
            continue  # "what became known as the “Buffett rule”", "a so-called “poison pill”": a term's name
        verb, linked = _attributing_verb(doc, text, q, k, span, owner)
        row = _Row(kind=_quote_kind(doc, text, q, span, owner), start=q.start, end=q.end, quoted=q)
        frame = _colon_frame(doc, text, q, owner) if not linked else None
        if frame is None and (not linked or verb is not None and verb.idx < q.open):
            named = _dashed_aside_name(doc, text, q)
            if named is not None and (verb is None or verb.i < named.i):
                frame = (None, named)
                row.aside = True
        if frame is not None:
            verb = None  # "I must fix my reply: “...”" beats a verb that is merely near
        if verb is None and frame is None and _titled_apposition(doc, text, q, span):
            continue  # "her essay, “Buses Will Save Us,” is ...": the quotation names the work
        if verb is None and frame is None and _heading(text, q, words, article):
            continue  # a Title-Case quotation standing as its own paragraph is a section heading
        if verb is not None:
            lemma, cs, ce = cue_span(verb)
            row.cue, row.cue_span = lemma, (cs, ce)
            src = source_of(verb, outside=lambda t: owner[t.idx] == -1)
            if src is None and verb.idx >= q.outer_end:
                src = _name_before_verb(doc, text, q, verb, owner)
            if src is not None and owner[src.idx] == -1:
                row.speaker_tok = src
        else:
            if frame is not None:
                verb, src = frame
                if verb is not None:
                    lemma, cs, ce = cue_span(verb)
                    row.cue, row.cue_span = lemma, (cs, ce)
                row.speaker_tok = src
        rows.append(row)
    return rows


def _dashed_aside_name(doc: Doc, text: str, q: Quoted) -> Optional[Token]:
    """The person named right before a quotation set off by dashes ("... including the
    governor, Ana Ruiz -- “...” -- and two mayors"): the aside gives that person's words."""
    before = text[:q.open].rstrip(" '`")  # a quotation typed as two apostrophes ('') opens at the second
    after = text[q.outer_end:].lstrip(" ,.'")
    dash = next((d for d in DASHES if before.endswith(d)), None)
    if dash is None or not after.startswith(tuple(DASHES)):
        return None
    span = doc.char_span(len(before) - len(dash), len(before), alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    name = doc[span.start - 1]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _introduced_name(doc: Doc, q: Quoted, span: Span) -> bool:
    """Is the quotation the name a term goes by ("known as the “X rule”", "the so-called “X”")?

    "known as" and "so-called" introduce what something is called, not what anyone said;
    a quotation after them is a name even when a reporting verb stands in the same sentence.
    """
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].idx >= q.open or doc[i].text in ALL_MARKS or doc[i].text == "``"):
        i -= 1
    words = [t.lower_ for t in doc[max(0, i - 2): i + 1]]
    if words[-1:] == ["so-called"] or words[-3:] == ["so", "-", "called"]:
        return True
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "know" \
        and head.head.tag_ == "VBN"


def _name_before_verb(doc: Doc, text: str, q: Quoted, verb: Token, owner: list[int]) -> Optional[Token]:
    """“...,” Weiss, a loyal Cole ally, said: the parser hangs the name on a word inside the
    quotation and leaves the verb without a subject; the name that opens the words between the
    quotation and the verb is the speaker."""
    span = doc.char_span(q.outer_end, verb.idx, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    toks = [t for t in span if not t.is_punct and not t.is_space]
    # (a title before the name: "..., Dayton police Chief Mark Olsen said")
    while len(toks) > 1 and toks[0].ent_type_ not in ("PERSON", "ORG") and len(toks) <= 8 and (
            toks[0].pos_ in ("NOUN", "PROPN", "ADJ") or toks[0].is_title or toks[0].ent_type_ in ("GPE", "NORP")) \
            and not toks[1].is_punct and toks[1].i == toks[0].i + 1:
        toks = toks[1:]
    if not toks or toks[0].ent_type_ not in ("PERSON", "ORG") or owner[toks[0].idx] != -1:
        return None
    ent = next((e for e in doc.ents if e.start <= toks[0].i < e.end), None)
    if ent is None or ent.end > verb.i or (ent.end < verb.i and doc[ent.end].text != ","):
        return None  # a name, alone or with an apposition set off by commas, and then the verb
    return ent.root


SPEAKER_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)")


def _transcript_turns(doc: Doc, text: str, q: Quoted, article: Article) -> list[_Row]:
    """A quotation running over a transcript ("“WALLACE: ... ¶ “PENCE: ...") is one row per turn,
    each said by the name before its colon; a single labelled paragraph is not a transcript."""
    turns: list[list] = []
    for ps, pe in article.paragraphs:
        if pe <= q.start or ps >= q.end:
            continue
        s, e = max(ps, q.start), min(pe, q.end)
        while s < e and (text[s] in ALL_MARKS or text[s].isspace()):
            s += 1
        m = SPEAKER_LABEL.match(text, s, e)
        if m:
            turns.append([m, e])
        elif turns and turns[-1] is not None and not re.fullmatch(r"\(.*\)\W*", text[s:e].strip()):
            turns[-1][1] = e  # a turn goes on over unlabelled paragraphs, up to a stage direction
        elif turns:
            turns.append(None)
    turns = [t for t in turns if t is not None]
    if len(turns) < 2:
        return []
    rows = []
    for m, e in turns:
        s, e = _trim(text, m.end(), e)
        while e > s and (text[e - 1] in ALL_MARKS or text[e - 1].isspace()):
            e -= 1
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if len(re.findall(r"[^\W_]+", text[s:e])) < 2 or label is None:
            continue
        rows.append(_Row(kind="direct", start=s, end=e, speaker_tok=label.root, speaker_span=(m.start(1), m.end(1)),
                         cue=":", cue_span=(m.end(1), m.end(1) + 1)))
    return rows


def _is_title(text: str, q: Quoted, words: list[str]) -> bool:
    """A short Title-Case quotation inside a sentence names something; it reports no words."""
    if len(words) > 6 or _is_paragraph_start(text, q.open):
        return False
    before = text[:q.open].rstrip()
    if not before or before[-1] in ".!?:\n":
        return False
    minor = {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "it", "is"}

    def title_case(ws: list[str]) -> bool:
        return all(w[0].isupper() or w.lower() in minor or w[0].isdigit() for w in ws) and ws[0][0].isupper()

    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.outer_end)
    line = re.findall(r"[^\W_]+", text[line_start: line_end if line_end != -1 else len(text)])
    if len(line) > len(words) + 2 and title_case(line):
        return False  # in a headline every word is capitalised, the quoted words too
    return title_case(words)


def _titled_apposition(doc: Doc, text: str, q: Quoted, span: Span) -> bool:
    """A quotation set off by commas right after a common noun ("his book, “...,” says") names
    the work the noun is, when nothing attributes it."""
    if span.start < 2 or q.close is None:
        return False
    comma, noun = doc[span.start - 2], doc[span.start - 3] if span.start >= 3 else None
    if doc[span.start - 1].text not in ALL_MARKS or comma.text != "," or noun is None or noun.pos_ != "NOUN":
        return False
    return text[q.start:q.outer_end].rstrip(ALL_MARKS + " ").endswith(",") or text[q.outer_end:].lstrip().startswith(",")


def _heading(text: str, q: Quoted, words: list[str], article: Article) -> bool:
    """A short quotation alone in a paragraph below the headline, every word capitalised: a section
    heading quoting the body (as some papers set them), not words anyone is said to say there."""
    if len(words) > 8 or q.close is None:
        return False
    p = article.paragraph_id_at(q.open)
    if not article.paragraphs or p == 0:
        return False  # the article's own headline: a quotation the body may attribute
    ps, pe = article.paragraphs[p]
    if text[ps:q.open].strip() or text[q.outer_end:pe].strip(" \t\n.!?"):
        return False
    minor = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "to", "for", "at", "by", "with", "from"}
    if not (words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w.lower() in minor
                                          or len(w) <= 2 for w in words[1:])):
        return False
    # a quotation-only headline that the body attributes ("“Putin Is Not Serious About Peace”", then
    # "Starmer said Putin “is not serious about peace”") is reported, with the body's speaker
    own = _content_words(text[q.start:q.end])
    return not own or not any(len(own & _content_words(text[s:e])) >= 0.6 * len(own)
                              for s, e in article.paragraphs[p + 1:])


def _quote_kind(doc: Doc, text: str, q: Quoted, span: Span, owner: list[int]) -> str:
    content = text[q.start:q.end]
    first = next((ch for ch in content if ch.isalnum()), "")
    if re.search(r"[.!?…][”\"’]?\s+[“\"‘]?[A-Z]", content):
        return "direct"
    if not (first.isupper() or first.isdigit()):
        return "partial"
    sent = span[0].sent
    before = text[max(sent.start_char, 0):q.open].strip()
    if not before or _is_paragraph_start(text, q.open):
        return "direct"
    if before[-1] in ":,—–-":
        return "direct"
    prev = [t for t in doc[sent.start: span[0].i] if owner[t.idx] == -1 and not t.is_punct and not t.is_space]
    if prev and _verb_row(prev[-1]) is not None:
        return "direct"
    return "partial"


def _inside(tok: Token, k: int, owner: list[int]) -> bool:
    return owner[tok.idx] == k


def _attributing_verb(doc: Doc, text: str, q: Quoted, k: int, span: Span,
                      owner: list[int]) -> tuple[Optional[Token], bool]:
    """The reporting verb outside quotation marks that attributes quotation ``k``, and
    whether the parse links the two (rather than the verb merely being nearest)."""
    # 1. the quotation hangs from the verb ("he said that ... “...”", "“...,” he added")
    for t in span:
        if t.head.i == t.i or _inside(t.head, k, owner):
            continue
        h, steps = t.head, 0
        while steps < 6:
            if owner[h.idx] == -1:
                row = _verb_row(h)
                if row is not None and row.quote:
                    return _bare_verb_before(doc, q, h, k, owner) or h, True
                if row is not None and row.indirect and steps == 0 and t.dep_ in ("dobj", "ccomp") \
                        and sum(1 for g in span if g.is_alpha) >= 3:
                    # "found 73 percent ''kept offices abroad''": a verb that reports what was
                    # found or shown but no words says the quotation it takes as its object
                    return h, True
            if h.head.i == h.i:
                break
            h, steps = h.head, steps + 1
    # 2. a verb that hangs from the quotation ("“... happen,” Trump said" parsed as a conjunct)
    sents = {t.sent.start: t.sent for t in (span[0], span[-1])}
    own = set(sents)
    after = _adjacent_sentence(doc, text, q)
    if after is not None:
        sents.setdefault(after.start, after)
    candidates = []
    for sent in sents.values():
        for v in sent:
            if owner[v.idx] != -1:
                continue
            row = _verb_row(v)
            if row is None or not row.quote:
                continue
            if sent.start not in own and v.idx >= q.outer_end and any(
                    c.dep_ == "ccomp" and owner[c.idx] == -1 for c in v.children):
                continue  # "“...” Trump said he would ..." reports something else
            linked = False
            h = v
            for _ in range(4):
                if h.head.i == h.i:
                    break
                h = h.head
                if owner[h.idx] == k:
                    linked = True
                    break
            if not linked and any(owner[c.idx] == k for c in v.children):
                linked = True
            dist = (v.idx - q.outer_end) if v.idx >= q.outer_end else (q.open - v.idx) * 1.5
            candidates.append((not linked, _other_quote_between(text, owner, k, q, v), dist, v.i, v))
    if candidates:
        candidates.sort(key=lambda c: c[:4])
        best = candidates[0]
        if not best[1]:
            return best[4], not best[0]
    return None, False


def _bare_verb_before(doc: Doc, q: Quoted, h: Token, k: int, owner: list[int]) -> Optional[Token]:
    """A reporting verb between verb ``h`` and quotation ``k`` that has nothing to report of its
    own ("footage of her saying at the rally, “...”", the quotation hung on an earlier verb): it
    is the one that says the quotation."""
    if h.idx >= q.open:
        return None
    between = [t for t in doc[h.i + 1:] if t.idx < q.open and owner[t.idx] == -1]
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    v = verbs[-1]
    row = _verb_row(v)
    if row is None or not row.quote or v.i == h.i or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "dative") and owner[c.idx] != k for c in v.children):
        return None
    return v


def _other_quote_between(text: str, owner: list[int], k: int, q: Quoted, v: Token) -> bool:
    # a verb beyond another quotation belongs to that one; a one-word quotation between them
    # (a nickname: 'Ann "Annie" Reed shouted') is no speech and takes no verb
    lo, hi = (q.outer_end, v.idx) if v.idx >= q.outer_end else (v.idx, q.open)
    chars: dict[int, list[str]] = {}
    for j in range(lo, hi):
        if owner[j] not in (-1, k):
            chars.setdefault(owner[j], []).append(text[j])
    return any(len(re.findall(r"[^\W_]+", "".join(cs))) > 1 for cs in chars.values())


def _token_after(doc: Doc, text: str, offset: int) -> Optional[Token]:
    """The first token that starts at or after character ``offset`` (``text`` is ``doc.text``,
    passed in because spaCy joins every token to build it: per call, a long article turns quadratic)."""
    span = doc.char_span(offset, min(offset + 1, len(text)), alignment_mode="expand")
    if span is not None and len(span):
        return span[0]
    for j in range(offset, min(offset + 20, len(text))):
        if not text[j].isspace():
            span = doc.char_span(j, j + 1, alignment_mode="expand")
            return span[0] if span is not None and len(span) else None
    return None


def _adjacent_sentence(doc: Doc, text: str, q: Quoted) -> Optional[Span]:
    """The sentence right after a quotation that ends one ("“... united,” | he insisted.")."""
    end = q.outer_end
    if end >= len(text) or "\n" in text[q.end:end + 1]:
        return None
    tok = _token_after(doc, text, end)
    if tok is None:
        return None
    sent = tok.sent
    if sent.start_char >= q.end and sent.start_char - end <= 2 and "\n" not in text[end:sent.start_char]:
        return sent
    return None


def _colon_frame(doc: Doc, text: str, q: Quoted, owner: list[int]) -> Optional[tuple[Optional[Token], Optional[Token]]]:
    """(verb, speaker) of "Okafor continued:" right before a quotation."""
    j = q.open - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    span = doc.char_span(j, j + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    verbs = [t for t in sent if owner[t.idx] == -1 and _verb_row(t) is not None and _verb_row(t).quote]
    if verbs:
        v = verbs[-1]
        src = source_of(v)
        if src is None and v.dep_ == "compound" and v.head.pos_ == "PROPN":
            src = v.head  # "Said Ellis: “...”": the parser hangs the verb on the name
        return (v, src) if src is not None else None
    root = sent.root
    # the clause that the colon closes speaks, not the sentence's main clause ("He grew so tired
    # that we had to keep our question short: “...”")
    h = doc[span[0].i - 1] if span[0].i > sent.start else root
    while h.i != root.i and not (h.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)):
        h = h.head
    root = h
    if root.pos_ in ("VERB", "AUX"):
        src = source_of(root)
        if src is not None and (src.ent_type_ == "PERSON" or src.pos_ == "PRON"):
            return (None, src)
    # a headline "Name ...: ‘...’": the name that opens the paragraph speaks
    if _is_paragraph_start(text, sent.start_char) and j - sent.start_char < 80:
        names = [t for t in doc[sent.start: span[0].i] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
        if names:
            ent = next((e for e in doc.ents if e.start == names[0].i), None)
            if ent is not None:
                return (None, ent.root)
    return None


def _indirect_rows(doc: Doc, article: Article, tables: ArticleTables, quotes: list[Quoted],
                   owner: list[int], *, min_words: int) -> list[_Row]:
    text = doc.text
    rows: list[_Row] = []
    # "Editor's note: ...": the publication's standing note on the article or its subject reports
    # no one's words (a correction or clarification does: it restates what was reported)
    notes = [(ps, pe) for ps, pe in article.paragraphs if (m := re.match(r"([^:\n]{1,30}):\s", text[ps:pe]))
             and re.fullmatch(r"(editors?'?s?'? )?note|disclosure", m.group(1).strip().lower().replace("’", "'"))]
    for v in doc:
        if owner[v.idx] != -1 or tables.is_boilerplate(v.idx) or any(ps <= v.idx < pe for ps, pe in notes):
            continue
        row = _verb_row(v)
        if row is not None and v.is_upper and len(v) > 1 and _run_in_head(v):
            continue  # "EXPERTS WANT NO PART OF IT — The ...": a verb inside a capitalised run-in heading
        if row is not None and v.dep_ == "xcomp" and v.head.lemma_.lower() in ATTEMPT_VERBS:
            continue  # "tried to question the witness": an attempt reports nothing yet
        if row is not None and (row.indirect or row.object_mode is not None):
            comps = _complements(doc, v) if row.indirect else []
            if comps and comps[0].i == v.i + 1 and comps[0].tag_ in FINITE and not any(
                    c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "mark") for c in comps[0].children):
                # "Everything the mayor says is a guess": a finite clause with no subject right after
                # the verb is the predicate of the noun the verb's relative clause hangs on
                continue
            if comps and row.verb_class == "cognition" and _wh_clause(comps[0]):
                continue  # "understood why ...": knowing a fact is not reporting one
            if row.verb_class == "cognition" and any(c.dep_ == "nsubj" and c.lower_ == "i" and c.i < v.i
                                                   for c in v.children) and (not comps or comps[0].i < v.i) \
                    and _closing_attribution(doc, text, v, owner) is not None:
                continue  # "Not important enough, I guess.": the writer's hedge, not a report
            colon = _colon_after(doc, v) if row.indirect else None
            aside = _as_aside(v) if row.indirect else None
            if aside is not None:
                # what follows the aside (the subject before it is a word or two; one span holding
                # both would be mostly the aside)
                comma = next(t for t in doc[v.i + 1: v.sent.end] if t.text == ",")
                toks = [t for t in doc[comma.i + 1: v.sent.end] if not (t.is_punct or t.is_space)
                        or t.text in ("”", '"', "’")]
                content = _reported_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]), owner, quotes)
            elif colon is not None and (not comps or comps[0].i > colon.i):
                content = _colon_content(text, colon, article, owner, quotes)
            elif comps:
                content = _clause_span(doc, text, comps[0], v, quotes, owner)
            elif row.indirect and (frag := _closing_attribution(doc, text, v, owner)) is not None:
                content = frag
            elif row.indirect and (frag := _root_parenthetical(doc, text, v, owner)) is not None:
                content = frag
            elif row.indirect and (v.dep_ == "parataxis" or _as_clause(v)):
                # "Small protests, Ms. Varga said, are ...", "As lawyers have pointed out, the
                # mayor is free to ...": the clause around the report is what was said
                content = _parenthetical_span(doc, text, v, quotes, owner)
            elif (row.verb_class == "speech" or row.object_mode in ("1", "prep")) and (told := _instruction(v)):
                # "told his staff to look into ...", "called on members to ...": the
                # addressee and the instruction are what was said
                content = _instruction_span(doc, text, v, *told, quotes, owner)
            elif row.object_mode in ("1", "prep", "as"):
                content = _object_span(doc, text, v, quotes, owner, mode=row.object_mode)
            elif row.object_mode == "reaction":
                content = _object_span(doc, text, v, quotes, owner, preps=REACTION_PREPS, mode="prep")
            elif row.indirect and any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i > v.i
                                                 for c in v.children):
                # "complained about the microphone", "wondered about the delay": a verb that reports
                # a clause reports the topic it speaks about when it has no clause
                content = _object_span(doc, text, v, quotes, owner, preps=TOPIC_PREPS)
            else:
                continue
            if content is None:
                continue
            src = source_of(v, outside=lambda t: owner[t.idx] == -1)
            if src is None or src.lower_ == "there" or src.lower_ == "it" and src.dep_ != "nsubj":
                continue
            s, e = content
            if len(re.findall(r"[^\W_]+", text[s:e])) < min_words and not (not comps and _is_name(doc, s, e)):
                continue  # a lone name is what "attacked Brandt" or "endorsed Okafor" is about
            lemma, cs, ce = cue_span(v)
            rows.append(_Row(kind="indirect", start=s, end=e, speaker_tok=src, cue=lemma, cue_span=(cs, ce),
                             minor=not comps))
        elif v.lower_ in reporting_adjectives() and (v.dep_ in ("acomp", "oprd") or v.tag_ in ("VBN", "VBD") and any(
                c.dep_ == "ccomp" and c.i > v.i for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                          for c in v.children)):
            # ("seemed confident that ...", an object predicate; "were frustrated that ...", "came
            # away convinced that ...", the participle the parse makes a verb; "With leaders
            # worried about ...", an adjective with a subject of its own)
            r = _adjective_row(doc, text, v, quotes, owner, min_words=min_words)
            if r is not None:
                rows.append(r)
        elif v.pos_ == "NOUN" and v.lemma_.lower() in reporting_nouns():
            r = _noun_row(doc, text, v, quotes, owner)
            if r is not None:
                rows.append(r)
        elif v.lower_ == "by" and v.dep_ == "prep":
            r = _by_noun_row(doc, text, v, quotes, owner)
            if r is not None:
                rows.append(r)
        elif v.lower_ in phrase_starts() or v.lower_ == "in":
            r = _phrase_row(doc, text, v, owner)
            if r is None and v.lower_ == "in" and v.i == v.sent.start:
                r = _document_row(doc, text, v, quotes, owner)
            if r is not None:
                rows.append(r)
    return rows


WH_WORDS = {"why", "how", "what", "whether", "who", "whom", "when", "where", "which", "if"}


def _is_name(doc: Doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.pos_ == "PROPN" for t in span)


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


def _as_clause(v: Token) -> bool:
    """Is ``v`` the verb of an "as X said" clause with nothing else reported?"""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in v.children)


def _stranded_conjunct(verb: Token, c: Token) -> bool:
    """A subjectless conjunct the parse hangs on the reporting verb although its form cannot
    share the verb's subject: "said she wanted to speak ... and let them know" (a base form after
    a past tense), "mentioned refinancing loans and forcing universities ..." (a gerund), "citing
    the plan to merge offices or close branches" (a base form after a gerund). It continues what
    was reported."""
    return (c.dep_ == "conj" and (c.tag_ in ("VB", "VBG") and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
                                  or c.tag_ == "VB" and verb.tag_ == "VBG")
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "aux" for g in c.children)
            and _verb_row(c) is None)


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


def _opening_gerund_clause(v: Token) -> Optional[Token]:
    """"Arguing the tax is unfair, the senator ...", parsed with the gerund as the subject of
    "is" and its object "the tax": the clause up to the comma is what the gerund reports, and
    the main clause after the comma is the speaker's."""
    clause = v.head
    if v.tag_ != "VBG" or v.dep_ not in ("csubj", "csubjpass") or v.i != v.sent.start or clause.dep_ != "ccomp" \
            or clause.head.i <= clause.right_edge.i or clause.right_edge.i + 1 >= len(v.doc) \
            or v.doc[clause.right_edge.i + 1].text != "," \
            or not any(c.dep_ == "dobj" and v.i < c.i < clause.i for c in v.children):
        return None
    return clause


def _reports(v: Token) -> bool:
    """Does verb ``v``, or a verb it governs directly ("did not hesitate to point out that"),
    report a clause?"""
    for h in [v] + [c for c in v.children if c.dep_ in ("xcomp", "ccomp")]:
        row = _verb_row(h)
        if row is not None and row.indirect and any(c.dep_ == "ccomp" for c in h.children):
            return True
    return False


def _headless_predicate(doc: Doc, lo: int, hi: int) -> Optional[Token]:
    """The finite verb right after token ``hi`` that has no subject of its own ("all agreed Smith
    won the vote", "believe the money being raised shows ..."): the parse cut its subject off as
    the reporting verb's object or clause, so the span ``lo``..``hi`` is only the subject of
    what was reported and goes on through this predicate."""
    if hi + 1 >= len(doc) or doc[hi].is_punct or doc[hi].is_space or doc[hi + 1].sent != doc[hi].sent:
        return None
    inside = [a for a in [doc[hi], *doc[hi].ancestors] if lo <= a.i <= hi]
    if any(a.dep_ == "relcl" for a in inside) or doc[hi].dep_ == "conj" and any(a.pos_ in ("VERB", "AUX") for a in inside):
        # ("... mishandled the case and Democrats accused ...": a second clause; "the test, which
        # the media claimed now allows ...": the predicate of the relative pronoun; but "showed
        # the firm and its owners lost ...": both are the subject)
        return None
    v = doc[hi + 1]
    while v.dep_ in ("aux", "neg") and v.head.i > v.i:
        v = v.head
    finite = v.tag_ in ("VBD", "VBZ", "VBP") or v.tag_ == "VB" and any(
        g.dep_ == "aux" and g.tag_ in ("MD", "VBD", "VBZ", "VBP") for g in v.children)
    # (a verb the parse takes for a noun, "the city's plans to ...", is no predicate)
    if not finite or v.pos_ not in ("VERB", "AUX") or v.left_edge.i != hi + 1 \
            or v.dep_ not in ("ccomp", "conj", "advcl", "ROOT", "parataxis", "dep") \
            or any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" for g in v.children):
        return None
    return v


def _own_subject(clause: Token) -> bool:
    return any(g.dep_ in SUBJECT_DEPS and g.lower_ not in RELATIVE for g in clause.children)


def _wh_clause(comp: Token) -> bool:
    first = next(iter(comp.subtree))
    return first.lower_ in WH_WORDS or any(c.lower_ in WH_WORDS and c.i < comp.i for c in comp.children)


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


# verbs of attempt: what one tries to say or ask has not been said yet
ATTEMPT_VERBS = frozenset({"try", "attempt"})
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
    """What a verb like "cite", "vow" or "call for" reports: its object or to-infinitive."""
    mode = mode or getattr(reporting_verbs().get(_lemma(verb)), "object_mode", None)
    if getattr(reporting_verbs().get(_lemma(verb)), "verb_class", None) == "label" and verb.dep_ == "acl" \
            and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children) \
            and not _root_name_verb(verb) and _appositive_verb_subject(verb) is None \
            and sum(c.dep_ in ("dobj", "oprd") for c in verb.children) == 1:
        # "a river called the Jordan": a participle that names its noun reports nothing (with two
        # objects, "the letter called him a fraud", the parser has missed an active verb)
        return None
    if mode == "as":
        # "regard the mayor as a crook", "consider the plan a mistake": a verb that characterizes
        # reports its object only with the characterization after it ("saw the river" reports nothing)
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not objects or not any(c.i > objects[0].i and (c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd")
                                  and c.left_edge.i == objects[0].right_edge.i + 1 for c in verb.children):
            return None
        mode = "1"
    parts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "oprd", "ccomp") and c.i > verb.i
             and not (c.dep_ == "oprd" and c.ent_type_ in ("DATE", "TIME"))] if mode == "1" else []
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE), None)
    if subject is not None and any(c.dep_ in ("nsubj", "dobj") and c.lower_ in ("which", "who") and c.i < subject.i
                                   for c in verb.children) and [p.dep_ for p in parts] == ["dobj"]:
        # "a system, which parents say disadvantages poor pupils": the relative pronoun is the
        # subject of what was said, so what the parse leaves as an object is a clause's remains
        return None
    if not getattr(reporting_verbs().get(_lemma(verb)), "indirect", False) and not any(p.dep_ == "dobj" for p in parts):
        # "proposed that the city resume talks": a verb that reports no clause does not report its
        # own that-clause as an object either (what it reports is a plan or a thing, not a claim);
        # after a noun object the clause is the noun's ("echoed claims by the mayor that ...")
        parts = [c for c in parts if not (c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))]
    if parts:
        # "cited X as an example", "blasted the media for being dishonest", "accused X of lying":
        # a phrase right after the object that completes it belongs to what is reported
        hi = max(p.right_edge.i for p in parts)
        # "shows Clinton ahead by 3.7 points": a predicate right after the object completes it,
        # and so do the phrases that follow it
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
        preps = sorted((c for c in verb.children if c.dep_ == "prep" and c.i > hi), key=lambda c: c.i)
        for j, c in enumerate(preps):
            if c.left_edge.i != hi + 1:
                break
            if c.lower_ not in COMPLEMENT_PREPS:
                # "praised the mayor in a speech for her work": a scene phrase between the object
                # and the phrase that completes it (the reason, the charge) does not end the report
                nxt = preps[j + 1] if j + 1 < len(preps) else None
                if not (nxt is not None and nxt.lower_ in BRIDGED_PREPS and nxt.left_edge.i == c.right_edge.i + 1):
                    break
            parts.append(c)
            hi = c.right_edge.i
        parts += [c for c in verb.children if c.i > hi and _stranded_conjunct(verb, c)]
        hi = max(p.right_edge.i for p in parts)
        parts += _infinitive_list_tail(doc, verb, min(p.left_edge.i for p in parts), hi)
        hi = max(p.right_edge.i for p in parts)
        for h in (verb, *verb.ancestors):
            # "cited her record as mayor and as a senator", "by stressing fairness, and a need to
            # ...": a verb is not coordinated with a noun or a phrase, so a conjunct of that kind
            # the parse hangs on the verb (or on any word above it: "thanked the aides who cited
            # ...") right after the object is the object's second half
            for c in h.children:
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADP") and c.i > hi and all(
                        doc[j].dep_ == "cc" or doc[j].is_punct for j in range(hi + 1, c.left_edge.i)) \
                        and any(doc[j].dep_ == "cc" for j in range(hi + 1, c.left_edge.i)):
                    parts.append(c)
                    hi = c.right_edge.i
        hi = max(p.right_edge.i for p in parts)
        if doc[hi].dep_ == "cc":
            # "refused to fine the club or even openly name ...": what the parse hangs on
            # the verb after a dangling "or" is the second half of the object
            parts += [c for c in verb.children if c.left_edge.i == hi + 1 and c.pos_ in ("VERB", "AUX")][:1]
    if not parts and mode == "1" and any(c.dep_ == "agent" for c in verb.children):
        # "The mayor has been backed by a dozen unions": the passive subject is the object, and
        # only with its agent named (source_of takes the speaker from "by")
        parts = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not parts and not any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in verb.children):
        # "the question was asked of a candidate": the subject of a passive is what was said or
        # who was addressed, and the phrase after it no topic of its words ("who's called for"
        # is a perfect the parse may take for a passive)
        found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i]
        # "spoke on Monday" names a day, not a topic
        parts = [g for p in found[:1] for g in p.children if g.dep_ in ("pobj", "pcomp")
                 and g.ent_type_ not in ("DATE", "TIME")]
    if not parts:
        return None
    if any(p.lemma_.lower() in reporting_nouns() and any(
            c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            for c in p.children) for p in parts):
        return None  # "repeated his claim that ...": the claim's own row reports it
    # "called his support for the bypass a mistake": from the object to the predicate, all of it
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.left_edge.i > hi + 1 and _wh_clause(c) \
                and c.left_edge.lower_ in WH_WORDS and all(doc[j].dep_ == "cc" or doc[j].is_punct for j in range(hi + 1, c.left_edge.i)) \
                and any(doc[j].dep_ == "cc" for j in range(hi + 1, c.left_edge.i)):
            # "spoke of the budget, and how the council had cut it": a verb phrase does not open
            # with "how", so the clause the parse joins to the verb is the topic's second half
            hi = c.right_edge.i
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
    if not toks or toks[0].pos_ == "PRON" and len(toks) == 1:
        return None
    # "slammed the mayor as a “fraud” Tuesday on ...": a bare date after the object is the
    # reporter's time stamp, and what follows it the reporter's too
    stamp = next((t for t in toks[2:] if t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B"
                  and t.dep_ in ("npadvmod", "appos") and doc[t.i - 1].ent_type_ not in ("DATE", "TIME")), None)
    if stamp is None:
        # "criticized the plan as a “giveaway” during a stop in ...": a phrase that says when the
        # report was made is the reporter's time stamp too
        stamp = next((t for t in toks[2:] if t.dep_ == "prep" and t.lower_ in OCCASION_PREPS
                      and (t.head.pos_ not in ("VERB", "AUX") or t.head == verb or t.head in parts)), None)
    if stamp is not None:
        toks = toks[:toks.index(stamp)]
        while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
            toks = toks[:-1]
    others = next((t for t in toks[1:] if t.lower_ == "including" and t.dep_ == "prep" and doc[t.i - 1].text == ","
                   and not _people_word(t.head) and any(
                       g.dep_ == "pobj" and owner[g.idx] == -1 and any(n.ent_type_ == "PERSON" for n in (g, *g.children)
                                                                        if n.i == g.i or n.dep_ == "appos")
                       for g in t.children)), None)
    if others is not None:
        # "Several senators have said the same thing, including Ann Reyes": what was said has
        # no people in it, so the people included are more of the speakers, wherever the parse
        # hangs them
        toks = toks[:toks.index(others) - 1]
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    e = min(e, _adjunct_cut(doc, text, toks, parts[0]), verb.sent.end_char)
    e = _single_dash_cut(toks, e)
    return _reported_content(text, s, e, owner, quotes)


def _single_dash_cut(toks: list[Token], e: int) -> int:
    """Where a reported object or instruction ends before a single spaced dash: what follows it
    ("... to grazing ― hardly what she had in mind") is the reporter's aside. Two dashes
    bracket an aside inside the report, which goes on after it."""
    dashes = [t for t in toks[1:] if t.text in DASHES and t.idx < e]
    return dashes[0].idx if len(dashes) == 1 else e


def _people_word(tok: Token) -> bool:
    """Does ``tok`` name a person or a group of people ("Reyes", "they", "senators", "the party")?"""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.lemma_.lower() in person_nouns() or tok.lower_ in person_nouns()


def _adjunct_cut(doc: Doc, text: str, toks: list[Token], comp: Token, *, clause: bool = False) -> int:
    """Where the reported clause ends before the reporter's own trailing adjunct.

    Whatever follows a quotation that closes with a comma ("“... stalling,”
    following the decision") is the reporter's, as is a closing apposition ("...
    with Acme, the regional bus company"); a second reporting verb sharing
    the subject ("... and warned ...", "..., citing ...") starts another report.
    """
    end = toks[-1].idx + len(toks[-1])
    first = toks[0].i
    last = toks[-1].i
    # "she hopes ..., but she knows that ...", "were inconclusive and that ...": the same speaker
    # or the same complement goes on
    subjects = {c.lower_ for c in comp.children if c.dep_ in SUBJECT_DEPS}
    for t in toks[1:]:
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.right_edge.i >= last - 1 \
                and doc[t.left_edge.i - 1].text == "," and t.left_edge.i - 1 > first:
            # "... with Acme, the regional bus company": the reporter's gloss on a name
            return doc[t.left_edge.i - 1].idx
        if t.dep_ == "relcl" and t.right_edge.i >= last - 1 and doc[t.left_edge.i - 1].text == "," \
                and t.left_edge.lower_ in ("which", "who", "whose") and t.left_edge.i - 1 > first \
                and not (clause and t.left_edge.lower_ == "which"):
            # "... cited the tax break for fund managers, which benefits ...", "... met Smith, who
            # ...": a closing non-restrictive relative clause on a reported object, or on a person,
            # is the reporter's background, like a closing apposition. Inside a reported clause
            # ("said the plan would fail, which would hurt ...") a "which" goes on with the claim.
            return doc[t.left_edge.i - 1].idx
        # "..., implicitly putting ...": an adverb may open the gloss
        lead = t.left_edge.i if t.dep_ == "advcl" and all(
            doc[j].dep_ == "advmod" for j in range(t.left_edge.i, t.i)) else t.i
        if doc[lead - 1].text == "," and lead - 1 > first and (
                t.lower_ == "according" or t.dep_ == "advcl" and t.tag_ == "VBG" and t.right_edge.i >= last - 1):
            # "..., according to the ministry", "... 40,000 members, focusing on the young":
            # the source or the reporter's gloss, not the reported words
            return doc[lead - 1].idx
        if t.dep_ == "advcl" and t.right_edge.i >= last - 1 and t.i > comp.i and any(
                g.dep_ == "mark" and g.lower_ in CONCESSIVE and g.i == t.left_edge.i for g in t.children) \
                and doc[t.left_edge.i - 1].text == "," and t.left_edge.i - 1 > first:
            # "... was prudent, although she once more declined to ...": the reporter's own concession
            return doc[t.left_edge.i - 1].idx
        if not clause and t.dep_ == "prep" and t.lower_ == "despite" and t.right_edge.i >= last - 1 and t.i > comp.i \
                and doc[t.i - 1].text == "," and t.i - 1 > first:
            # "..., despite weeks of bad polls": a closing concession set off by a comma, as above
            return doc[t.i - 1].idx
        if not clause and t.dep_ == "advcl" and t.right_edge.i >= last - 1 and t.i > comp.i and _own_subject(t) \
                and t.left_edge.i - 1 > first and any(g.dep_ == "mark" and g.lower_ in TEMPORAL and g.i == t.left_edge.i
                                                      for g in t.children):
            # "urged officials to tighten security after hackers struck ...": when the report was
            # made is the reporter's; a reported claim keeps its own time ("said it rose after ...")
            j = t.left_edge.i - 1
            while j > first and (doc[j].is_punct or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
        if t.dep_ == "conj" and t.i > comp.i and t.left_edge.i - 1 > first and _own_subject(t) and _reports(t) \
                and not any(c.dep_ == "mark" or c.dep_ in SUBJECT_DEPS and c.lower_ in subjects for c in t.children):
            # "... is “fair,” but they were quick to point out that ...": a clause joined to
            # the content that makes a report of its own is a new report, not more content
            j = t.left_edge.i - 1
            while j > first and (doc[j].dep_ in ("cc", "punct") or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
        if not clause and t.dep_ == "conj" and t.tag_ in FINITE and t.head.tag_ == "VB" and t.i > comp.i \
                and t.left_edge.i - 1 > first and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.head.children) \
                and not any(c.dep_ in SUBJECT_DEPS for c in t.children):
            # "rules that promise to cut costs but are likely to draw fire": a finite verb cannot share
            # an infinitive's form, so it goes on with the subject of the reporting verb, not the object
            j = t.left_edge.i - 1
            while j > first and (doc[j].dep_ in ("cc", "punct") or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.i > comp.i and getattr(_verb_row(t), "indirect", False) \
                and any(c.dep_ in ("ccomp", "dobj") for c in t.children):
            # "refused to name anyone, aside from saying he wants ...": a reporting gerund after a
            # preposition set off by a comma is a report of its own, not more of this one
            j = t.i - 1
            while j > first and doc[j].pos_ in ("ADP", "ADV") and doc[j].dep_ in ("prep", "advmod"):
                j -= 1
            if j > first and j < t.i - 1 and doc[j].text == ",":
                return doc[j].idx
        row = _verb_row(t)
        report = (t.dep_ == "conj" and row is not None and row.indirect) or (
            t.dep_ == "advcl" and t.tag_ == "VBG" and row is not None)
        # a reporting verb joined to the content, even as a coordinated infinitive ("refuses to
        # release his records or explain how ..."), starts the next report
        if report and t.i > comp.i and not any(
                c.dep_ in SUBJECT_DEPS for c in t.children):
            # "he would order a review and warned against ...": a second report, not its content
            j = t.i - 1
            while j > first and (doc[j].dep_ in ("cc", "punct") or doc[j].is_space):
                j -= 1
            return doc[j].idx + len(doc[j])
        prev = doc[t.i - 1]
        if prev.text in ("”", '"', "’", "''") and t.i - 2 >= first and doc[t.i - 2].text == "," \
                and not doc[t.i - 2].whitespace_:
            # (a mark after ", " opens a quotation: "officers who, ''in fits ...")
            if t.idx > toks[0].idx and not t.is_punct and _adjunct_phrase(t):
                return doc[t.i - 2].idx
    return end


CONCESSIVE = {"although", "though", "whereas"}
TEMPORAL = {"after", "before", "when", "since", "until"}
OCCASION_PREPS = {"during"}
ADJUNCT_DEPS = {"prep", "advcl", "npadvmod", "advmod", "acl", "relcl", "agent", "pcomp"}


def _adjunct_phrase(t: Token) -> bool:
    """Does the phrase that starts at ``t`` modify (rather than continue a list or a clause)?
    "“... stalling,” following the decision" modifies; "a “nasty guy,” an “anchor baby”" continues."""
    h = t
    while h.head.i != h.i and h.head.left_edge.i == t.i:
        h = h.head
    return h.dep_ in ADJUNCT_DEPS or t.dep_ in ADJUNCT_DEPS and h.i == t.i


def _adjective_row(doc: Doc, text: str, adj: Token, quotes: list[Quoted], owner: list[int], *,
                   min_words: int) -> Optional[_Row]:
    """What a stance adjective's subject holds ("Democrats are afraid that ...")."""
    # (or a clause right after it with a subject and no conjunction: "are convinced this is ...")
    clauses = [c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i
               and (any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    or c.left_edge.i == adj.i + 1 and _own_subject(c))]
    # "were worried about the turnout", "skeptical of the plan": the topic the stance is about
    topics = [g for c in adj.children if c.dep_ == "prep" and c.lower_ in ADJECTIVE_TOPIC_PREPS and c.i == adj.i + 1
              for g in c.children if g.dep_ in ("pobj", "pcomp")][:1]
    if not clauses and not topics:
        return None
    if adj.dep_ in ("acomp", "oprd"):
        src = source_of(adj.head)
    else:
        src = source_of(adj) or next((c for c in adj.children if c.dep_ == "nsubjpass"), None)
    if src is None or src.lower_ in ("it", "there"):
        return None
    if clauses:
        content = _clause_span(doc, text, clauses[0], adj, quotes, owner)
    else:
        lo, hi = topics[0].left_edge, topics[0].right_edge
        content = _reported_content(text, lo.idx, min(hi.idx + len(hi), _adjunct_cut(doc, text, list(doc[lo.i: hi.i + 1]), topics[0])), owner, quotes)
    if content is None or len(re.findall(r"[^\W_]+", text[content[0]:content[1]])) < min_words:
        return None
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=src,
                cue=adj.lower_, cue_span=(adj.idx, adj.idx + len(adj)))


def _noun_row(doc: Doc, text: str, noun: Token, quotes: list[Quoted], owner: list[int]) -> Optional[_Row]:
    """Reported speech of a reporting noun ("Trump's claim that ...", "allegations that ...");
    the speaker is its owner or agent, or the subject of the verb that makes it, else unknown."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")]
    # "a Boston Globe report that ...": a named modifier owns it too
    owners += [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")]
    # (the parse may call the that-clause a relative clause when it has a subject of its own)
    clauses = [c for c in noun.children if (c.dep_ in ("acl", "ccomp") or c.dep_ == "relcl" and _own_subject(c))
               and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clauses and noun.dep_ == "dobj" and _verb_row(noun.head) is None:
        # "fueling worries from Lisbon to Riga that the union ...": the parse hangs the noun's
        # that-clause on the verb that takes the noun, which reports nothing itself
        clauses = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)
                   and not any(t.is_punct for t in doc[noun.i: c.left_edge.i])][:1]
    infinitive = not clauses and bool(owners)
    if infinitive:
        # "his promise to cut taxes", "her threat to veto the bill": what an owned statement
        # commits its owner to is what was said
        clauses = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.pos_ in ("VERB", "AUX")
                   and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)][:1]
    # "the mayor's comments about the strike": an owned statement with no clause reports its topic
    # (a time may come between them: "the mayor's comments Tuesday on the strike"), and so does one
    # that a verb which reports nothing itself makes ("have voiced grave concern about the plan",
    # the speaker being that verb's subject); a preposition hyphenated into a word ("claims
    # on-air") heads no topic
    when = [c for c in noun.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.i > noun.i]
    next_i = when[0].right_edge.i + 1 if when and when[0].left_edge.i == noun.i + 1 else noun.i + 1
    topics = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_TOPIC_PREPS and c.i == next_i
              and not (c.i + 1 < len(doc) and doc[c.i + 1].text in ("-", "‑") and not c.whitespace_)
              for g in c.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")][:1] \
        if owners or noun.dep_ == "dobj" and _verb_row(noun.head) is None and noun.head.pos_ in ("VERB", "AUX") else []
    if not clauses and not topics:
        return None
    if clauses:
        content = _clause_span(doc, text, clauses[0], noun, quotes, owner)
        if content is not None and infinitive:
            # an infinitive is an object, not a claim: a closing ", which ..." is the reporter's
            toks = [t for t in clauses[0].subtree if content[0] <= t.idx < content[1]]
            content = _reported_content(text, content[0], min(content[1], _adjunct_cut(
                doc, text, toks, clauses[0])), owner, quotes) if toks else None
    else:
        lo, hi = topics[0].left_edge, topics[0].right_edge
        content = _reported_content(text, lo.idx, min(hi.idx + len(hi), _adjunct_cut(
            doc, text, list(doc[lo.i: hi.i + 1]), topics[0])), owner, quotes)
    if content is None:
        return None
    src = owners[0] if owners else None
    if src is None:
        # "But Trump claims that ...", tagged as a noun: a noun with a subject is the verb
        src = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    if src is None:
        # "allegations by Democrats that ...", "Trump repeated his claim that ...": the noun's
        # agent, or the subject of the verb that makes the statement
        agents = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                  for g in c.children if g.dep_ == "pobj"]
        if agents:
            src = agents[0]
        elif noun.dep_ == "dobj":
            src = source_of(noun.head)
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=src,
                cue=noun.lemma_.lower(), cue_span=(noun.idx, noun.idx + len(noun)))


def _document_row(doc: Doc, text: str, tok: Token, quotes: list[Quoted], owner: list[int]) -> Optional[_Row]:
    """"In a statement, the ministry ...", "In the latest poll, Clinton led by 5 points": the
    sentence after an opening document phrase is what the document says. A main verb that
    reports by itself ("In a statement, Smith said ...") makes its own row instead."""
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in source_nouns()]
    if not objs or tok.head.pos_ not in ("VERB", "AUX") or _verb_row(tok.head) is not None:
        return None
    hi = tok.right_edge.i
    if hi + 1 >= len(doc) or doc[hi + 1].text != ",":
        return None
    main = tok.head
    end = max(main.right_edge.i, hi + 2)
    toks = [t for t in doc[hi + 2: end + 1]]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    content = _reported_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]), owner, quotes)
    if content is None:
        return None
    poss = [c for c in objs[0].children if c.dep_ == "poss"]
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if poss:
        src = poss[0]
    elif source_nouns()[objs[0].lemma_.lower()].kind == "utterance" and subject is not None and (
            subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")):
        src = subject  # "In a statement, Clinton was more circumspect": she speaks in the statement
    else:
        src = objs[0]
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=src, cue="in",
                cue_span=(tok.idx, tok.idx + len(tok)))


def _by_noun_row(doc: Doc, text: str, by: Token, quotes: list[Quoted], owner: list[int]) -> Optional[_Row]:
    """"By his own admission, ...", "..., by one estimate.": a reporting noun after "by", set off
    by a comma at either end of its clause, attributes the clause as "according to" does; its
    owner speaks, else the noun itself."""
    noun = next((c for c in by.children if c.dep_ == "pobj"), None)
    main = by.head
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in reporting_nouns() \
            or main.pos_ not in ("VERB", "AUX") or main.dep_ != "ROOT" or noun.right_edge.i != noun.i:
        return None
    lo, hi = by.i, noun.i
    sent = main.sent
    if lo == sent.start and hi + 1 < sent.end and doc[hi + 1].text == ",":
        toks = list(doc[hi + 2: sent.end])
    elif lo > sent.start and doc[lo - 1].text == "," and all(t.is_punct or t.is_space for t in doc[hi + 1: sent.end]):
        toks = list(doc[sent.start: lo - 1])
    else:
        return None
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("”", '"', "’"):
        toks = toks[:-1]
    if len(toks) < 3 or any(owner[t.idx] != -1 for t in toks):
        return None
    content = _reported_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]), owner, quotes)
    if content is None:
        return None
    src = next((c for c in noun.children if c.dep_ == "poss"), noun)
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=src, cue=noun.lemma_.lower(),
                cue_span=(noun.idx, noun.idx + len(noun)))


def _phrase_row(doc: Doc, text: str, tok: Token, owner: list[int]) -> Optional[_Row]:
    """Reported speech governed by "according to X" (or "in X's words" for "in the words of X")."""
    for phrase, cue in reporting_phrases().items():
        words = phrase.split()
        toks = doc[tok.i: tok.i + len(words)]
        owned = None
        if len(words) == 4 and words[1] == "the" and words[3] == "of" and tok.lower_ == words[0]:
            # "in the mayor's words", "in his view": the owned form of "in the words of X"
            owned = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ == words[2]
                          and any(g.dep_ == "poss" for g in c.children)), None)
        if owned is not None:
            toks = doc[tok.i: owned.i + 1]
            last = owned
            objs = [g for g in owned.children if g.dep_ == "poss"]
        elif len(toks) < len(words) or [t.lower_ for t in toks] != words:
            continue
        else:
            last = toks[-1]
            objs = [c for c in last.children if c.dep_ == "pobj"] or [c for c in toks[0].children if c.dep_ == "pobj"]
        if not objs:
            # "according to show insiders", parsed as a verb phrase: its last noun is the source
            objs = [g for c in last.children if c.dep_ == "pcomp" for g in c.subtree if g.pos_ in NOUN_POS][-1:]
        if not objs:
            continue
        src = objs[0]
        if src.lemma_.lower() in source_nouns():
            # "according to a speech by Mrs. Clinton": the document's author speaks
            # ("a statement from the ministry", "a speech Mrs. Clinton delivered")
            author = next((g for c in src.children
                           if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") or c.dep_ == "relcl"
                           for g in c.children if g.dep_ in ("pobj", "nsubj")
                           and g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")), None)
            src = author or src
        sent = tok.sent
        # the source ends at the first comma after its head: what follows is the report, even
        # when the parser hangs it on the source ("According to X, the move reeks of ...")
        hi = max(src.i, max(t.i for t in toks))
        for j in range(hi + 1, max(src.right_edge.i, hi) + 1):
            if doc[j].text in (",", ";", ":", "—"):
                break
            hi = j
        ps, pe = toks[0].idx, doc[hi].idx + len(doc[hi])
        s, e = _trim(text, sent.start_char, sent.end_char)
        head = toks[0].head
        if ps - s < 3:
            s = pe
        elif e - pe < 3:
            e = ps
        elif head.i < toks[0].i and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children):
            # "Taxes would rise 5 percent, according to X, more than ...": the clause it closes
            # is the report; what follows the source is the reporter's own gloss
            e = ps
        s, e = _trim(text, s, e)
        while s < e and text[s] in ",;:—– ":
            s += 1
        while e > s and text[e - 1] in ",;:—–. ":
            e -= 1
        if len(re.findall(r"[^\W_]+", text[s:e])) < 2:
            return None
        return _Row(kind="indirect", start=s, end=e, speaker_tok=src, cue=cue,
                    cue_span=(toks[0].idx, last.idx + len(last)))
    return None


# -- inheritance ---------------------------------------------------------------------

def _inherit(rows: list[_Row], doc: Doc, text: str, article: Article, resolver: _Resolver,
             quotes: list[Quoted], owner: list[int]) -> None:
    """Give unattributed quotations the speaker the text makes clear (see module docstring)."""
    last: Optional[_Row] = None
    for r in rows:
        if r.kind != "indirect" and r.speaker_span is None and r.cue is None:
            dash = _dash_source(doc, text, r, owner)
            if dash is not None:
                r.speaker_span = (dash.start_char, dash.end_char)
                r.speaker_tok = dash.root
                r.speaker_id = resolver.actor_at(dash.start_char, dash.end_char, head=dash.root.idx)
            elif last is not None and not (r.kind == "partial" and _scare(text, r)):
                # (a short fragment in the writer's own sentence is a scare quote, not the
                # previous speaker going on)
                p_prev = article.paragraph_id_at(last.start)
                p_this = article.paragraph_id_at(r.start)
                if p_this - p_prev <= 1 and not _person_between(doc, text, owner, last, r, resolver):
                    r.speaker_span, r.speaker_id, r.inherited = last.speaker_span, last.speaker_id, True
                    r.speaker_tok = last.speaker_tok
        if r.speaker_span is not None:
            last = r
    # a headline that is only a quotation takes the speaker of the body's quotation it repeats
    for r in rows:
        if r.kind == "indirect" or r.speaker_span is not None or r.quoted is None:
            continue
        p = article.paragraph_id_at(r.start)
        if p >= len(article.paragraphs):
            continue
        ps, pe = article.paragraphs[p]
        if r.quoted.open - ps > 1 or pe - r.quoted.outer_end > 2:
            continue
        words = _content_words(text[r.start:r.end])
        if not words:
            continue
        for other in rows:
            if other is r or other.speaker_span is None or other.start <= r.end:
                continue
            if len(words & _content_words(text[other.start:other.end])) >= 0.6 * len(words):
                r.speaker_span, r.speaker_id, r.speaker_tok = other.speaker_span, other.speaker_id, other.speaker_tok
                r.inherited = True
                break


def _dash_source(doc: Doc, text: str, r: _Row, owner: list[int]) -> Optional[Span]:
    """The name after a dash that signs a quotation ("“...” ― Pamela Padilla")."""
    if r.quoted is None:
        return None
    # (a no-break space may stand before the dash as well as after it)
    m = re.match(r"[ \t\xa0]*[―—–][ \t\xa0]*", text[r.quoted.outer_end:r.quoted.outer_end + 6])
    if not m:
        return None
    tok = _token_after(doc, text, r.quoted.outer_end + m.end())
    if tok is None:
        return None
    ent = next((e for e in doc.ents if e.start == tok.i and e.label_ in ("PERSON", "ORG")), None)
    if ent is None:
        # a signature the NER misses ("― Jacklyn Ashley") is still a name: capitalised words
        # running to the end of the line
        j = tok.i
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and "\n" not in doc[j].text:
            j += 1
        if j - tok.i < 2:
            return None
        ent = doc[tok.i: j]
    if not re.match(r"\s*($|[\n,.(])", text[ent.end_char:ent.end_char + 3]):
        return None
    return ent


QUOTED_KINDS = ("direct", "partial")


def _merge_interrupted(rows: list[_Row], doc: Doc, text: str, article: Article) -> list[_Row]:
    """One row for a quotation that only its attribution interrupts ("“A,” she said. “B.”").
    An interruption with a second reporting verb ("..., she sings before asking her, “B”")
    introduces a new quotation, whatever the parse hangs it on."""
    out: list[_Row] = []
    for r in rows:
        prev = next((o for o in reversed(out) if o.kind != "indirect"), None)
        if (prev is not None and r.kind in QUOTED_KINDS and prev.kind in QUOTED_KINDS and prev.quoted and r.quoted
                and prev.cue_span is not None and prev.speaker_span is not None
                and article.paragraph_id_at(prev.start) == article.paragraph_id_at(r.start)
                and (r.cue_span is None or r.cue_span == prev.cue_span)
                and (r.speaker_span is None or r.speaker_span == prev.speaker_span)
                and prev.quoted.outer_end <= prev.cue_span[0] < r.quoted.open
                and len(re.findall(r"[^\W_]+", text[prev.quoted.outer_end:r.quoted.open])) <= 25
                and not _second_cue(doc, prev.quoted.outer_end, r.quoted.open, prev.cue_span)
                # the second quotation opens where the attribution ends, not inside the writer's
                # next sentence ("“A,” she said. The site is a “B”")
                and not _writer_sentence_before(doc, text, prev.quoted.outer_end, r.quoted.open)
                and r.quoted.open - prev.quoted.outer_end <= (prev.quoted.outer_end - prev.quoted.open)
                + (r.quoted.outer_end - r.quoted.open)):
            # only when the attribution is shorter than the quotation around it, both measured
            # with their marks (the attribution runs from one quotation's mark to the next's)
            prev.end = r.end
            prev.quoted = Quoted(prev.quoted.open, r.quoted.close, prev.start, r.end)
            if r.kind == "direct":
                prev.kind = "direct"  # "“The number has doubled,” she wrote, “and most work ...”"
            continue
        out.append(r)
    return out


def _writer_sentence_before(doc: Doc, text: str, lo: int, opening: int) -> bool:
    """Does a sentence of the writer's own start between ``lo`` and the quotation mark at
    ``opening``, with words before the mark?"""
    tok = _token_after(doc, text, opening)
    if tok is None:
        return False
    start = tok.sent.start_char
    return lo < start < opening and text[start] not in ALL_MARKS and bool(re.search(r"[^\W_]", text[start:opening]))


def _second_cue(doc: Doc, lo: int, hi: int, cue: tuple[int, int]) -> bool:
    span = doc.char_span(lo, hi, alignment_mode="contract")
    return span is not None and any(
        not (cue[0] <= t.idx < cue[1]) and (row := _verb_row(t)) is not None and row.quote
        for t in span)


def _content_words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s)} - STOP_WORDS


STOP_WORDS = {"the", "and", "for", "that", "this", "with", "are", "was", "were", "has", "have", "had"}


def _person_between(doc: Doc, text: str, owner: list[int], a: _Row, b: _Row, resolver: _Resolver) -> bool:
    """Is another person or organisation named outside quotation marks between two quotations?

    Names in the sentence that attributes ``a`` (the speaker's appositive, the outlet
    in "said on Fox News") do not count.
    """
    lo, hi = a.end, b.start
    span = doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return False
    anchor = a.cue_span[0] if a.cue_span else (a.speaker_span[0] if a.speaker_span else None)
    frame = None
    if anchor is not None:
        tok = _token_after(doc, text, anchor)
        frame = (tok.sent.start_char, tok.sent.end_char) if tok is not None else None
    for ent in span.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue  # a place or a nationality between two quotations is no new speaker
        if owner[ent.start_char] != -1:
            continue
        if frame and frame[0] <= ent.start_char < frame[1]:
            continue
        ent_actor = resolver.actor_at(ent.start_char, ent.end_char)
        if ent_actor is not None and ent_actor == a.speaker_id:
            continue
        return True
    return False


def _reported_content(text: str, s: int, e: int, owner, quotes) -> Optional[tuple[int, int]]:
    """The reported clause ``s..e`` trimmed of edge punctuation, or None when it is
    (almost) all quotation already, which the quotation's own row covers."""
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in ",;:—–-“”\"’‘ .":
        e -= 1
    if e > s and owner[e - 1] != -1:
        e = max(e, quotes[owner[e - 1]].end)  # a closing quotation stays whole, so its row nests
    quoted_chars = sum(1 for j in range(s, e) if owner[j] != -1 and not text[j].isspace())
    if e <= s or quoted_chars > 0.85 * len(text[s:e].replace(" ", "")) and len(
            {owner[j] for j in range(s, e) if owner[j] != -1}) < 2:
        return None  # one quotation, which its own row covers
    return s, e
