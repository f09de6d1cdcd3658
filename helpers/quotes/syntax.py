"""Small questions about the parse that every step asks: is this token a reporting verb
(through ``helpers.lexicon``), where is its cue, what noun phrase does a speaker head, is a
clause an "as X said" aside, does a word name people.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..lexicon import (
    ReportingVerb,
    person_nouns,
    reporting_verbs,
)
from .rules import rule


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
    phrasal = _phrasal(tok, lemma)
    return verbs[phrasal[0]] if phrasal is not None else verbs.get(lemma)


def _phrasal(verb: Token, lemma: str) -> Optional[tuple[str, Token]]:
    """The lexicon key of a phrasal verb ("point out") or idiom ("as X put it") and its second word."""
    verbs = reporting_verbs()
    for c in verb.children:
        if (c.dep_ == "prt" or c.dep_ == "dobj" and c.lower_ == "it") and f"{lemma} {c.lower_}" in verbs:
            return f"{lemma} {c.lower_}", c
    return _adverb_particle(verb, lemma)


@rule("adverb-particle", "quotation", example="“We will win in November,” the senator shot back.",
      speaker="the senator")
def _adverb_particle(verb: Token, lemma: str) -> Optional[tuple[str, Token]]:
    """"shot back", "fired back": the parser reads the particle of a phrasal reporting verb as an
    adverb; the adverb right after the verb still makes the phrasal verb of the lexicon."""
    verbs = reporting_verbs()
    for c in verb.children:
        if c.dep_ == "advmod" and c.i == verb.i + 1 and f"{lemma} {c.lower_}" in verbs:
            return f"{lemma} {c.lower_}", c
    return None


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


RELATIVE = {"who", "which", "that", "whom"}


NOUN_POS = ("PROPN", "NOUN", "PRON")


FINITE = ("VBD", "VBZ", "VBP")


def _after_its_content(verb: Token) -> bool:
    """Does the verb come right after a comma or a closing quotation mark (adverbs aside), as an
    inverted attribution does ("“...,” said Peskov", "..., added the minister")?"""
    j = verb.i - 1
    while j >= verb.sent.start and verb.doc[j].dep_ in ("advmod", "neg") and verb.doc[j].head.i == verb.i:
        j -= 1
    return j >= verb.sent.start and verb.doc[j].text in (",", "”", "’", '"', "'", "''", "—", "–", "--")


def _spaced_dash(t: Token) -> bool:
    return t.text in DASHES or t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


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
        if toks[k].is_punct and toks[k].text not in (".", "'", "’s", "%"):
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
    phrasal = _phrasal(verb, lemma)
    if phrasal is not None:
        key, c = phrasal
        return key, verb.idx, max(end, c.idx + len(c))
    return lemma, verb.idx, end


def _inside(tok: Token, k: int, owner: list[int]) -> bool:
    return owner[tok.idx] == k


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


WH_WORDS = {"why", "how", "what", "whether", "who", "whom", "when", "where", "which", "if"}


def _is_name(doc: Doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.pos_ == "PROPN" for t in span)


def _as_clause(v: Token) -> bool:
    """Is ``v`` the verb of an "as X said" clause with nothing else reported?"""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in v.children)


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


def _own_subject(clause: Token) -> bool:
    return any(g.dep_ in SUBJECT_DEPS and g.lower_ not in RELATIVE for g in clause.children)


def _wh_clause(comp: Token) -> bool:
    first = next(iter(comp.subtree))
    return first.lower_ in WH_WORDS or any(c.lower_ in WH_WORDS and c.i < comp.i for c in comp.children)


def _people_word(tok: Token) -> bool:
    """Does ``tok`` name a person or a group of people ("Reyes", "they", "senators", "the party")?"""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.lemma_.lower() in person_nouns() or tok.lower_ in person_nouns()


def _content_words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s)} - STOP_WORDS


STOP_WORDS = {"the", "and", "for", "that", "this", "with", "are", "was", "were", "has", "have", "had"}
