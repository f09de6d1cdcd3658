"""Where reported content ends: before the reporter's own adjuncts (a time, an occasion, a
reason clause that is no part of the report), a single spaced dash, a second reporting verb;
and the trimming that leaves a quotation whole so that its own row nests.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .marks import _trim
from .rules import rule
from .syntax import DASHES, FINITE, SUBJECT_DEPS, _own_subject, _reports, _verb_row


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


def _single_dash_cut(toks: list[Token], e: int) -> int:
    """Where a reported object or instruction ends before a single spaced dash: what follows it
    ("... to grazing ― hardly what she had in mind") is the reporter's aside. Two dashes
    bracket an aside inside the report, which goes on after it."""
    dashes = [t for t in toks[1:] if t.text in DASHES and t.idx < e]
    return dashes[0].idx if len(dashes) == 1 else e


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
    dash = _dash_before_other_report(toks)
    if dash is not None:
        return dash
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


@rule("dash-second-attribution", "boundary",
      example="The minister said the ceasefire would hold – a claim the rebels denied within hours.",
      content="the ceasefire would hold", neutral=None)
def _dash_before_other_report(toks: list[Token]) -> Optional[int]:
    """"said Russia will end the war if Kyiv gives up four regions – terms Kyiv dismissed as a
    “sham”": after a single spaced dash, a reporting verb with a subject of its own is someone
    else's attribution; the report ends at the dash (a pair of dashes brackets an aside)."""
    dashes = [t for t in toks[1:] if t.text in DASHES]
    if len(dashes) != 1:
        return None
    dash = dashes[0]
    for t in toks:
        if t.i > dash.i and t.pos_ == "VERB" and _verb_row(t) is not None \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i for c in t.children):
            return dash.idx
    return None


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


@rule("complementizer-that", "boundary", example="The mayor said that the budget was balanced.",
      content="that the budget was balanced", neutral=None)
def _complementizer(doc: Doc, start: int, end: int) -> Optional[int]:
    """"said that the budget was balanced": the reported clause opens with its complementizer
    "that", as PolNeAR's contents do (2,394 of its 19,832 train contents start with "that", 30
    follow one). Where the row's content starts right after the "that" that marks a clause
    inside it, the content starts at the "that"; the row's words are the same report."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].i == 0:
        return None
    prev = doc[span[0].i - 1]
    if prev.lower_ != "that" or prev.dep_ != "mark" or not start <= prev.head.idx < end \
            or prev.idx + len(prev) + len(prev.whitespace_) != start:
        return None
    return prev.idx
