"""Speakers the parse left unattached: a reporting verb with no subject of its own whose speaker
the parser hung on another word of the sentence.

The parser often gives the name next to a reporting verb to a neighbouring clause instead: the
name after an inverted verb becomes the subject of the participle or relative clause that follows
it ("..., said Ana Ruiz, half joking"), the name before a verb becomes the subject of the aside between
the two ("Ana Ruiz, exasperated, replied: ..."), or the verb becomes a participle modifying the
name ("“...” the presumptive nominee tweeted"). Each rule here reads the word order instead, and only
for a verb that has no subject: the noun phrase right after an inverted verb, the noun phrase that
opens the clause before a comma-bounded aside, the noun a quotation-attributing participle
modifies, the noun phrase between a closing quotation mark and the verb ("“...” screenwriter Ana
Ruiz wrote"), a capitalised word after an inverted verb that the tagger took for an adverb ("said
Skelly,"), and, last, the only person named before a verb that follows a comma ("her adviser, Jake
Ruiz, said: ..."). They are tried after every rule that reads a subject through the parse.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from .rules import rule
from .syntax import FINITE, SUBJECT_DEPS, _after_its_content, _verb_row

Outside = Optional[Callable[[Token], bool]]
PHRASE_POS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")
TIME_ENTS = ("DATE", "TIME")
OPEN_MARKS = ("“", '"', "‘", "'", "''", "``")
CLOSE_MARKS = ("”", '"', "’", "'", "''")


def _subjectless(verb: Token, outside: Outside = None) -> bool:
    """No subject of its own (with ``outside``: none outside quotation marks, a word of the
    quotation the parse made the subject does not count: "“... #Cologne,” tweeted a user")."""
    return not any((c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "nsubjpass")) and (outside is None or outside(c))
                   for c in verb.children)


def _speaks(tok: Token, outside: Outside) -> bool:
    """Can ``tok`` head a speaker: a noun or name outside quotation marks, not a date?"""
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in TIME_ENTS and (outside is None or outside(tok))


@rule("inverted-unattached", "speaker",
      example="“I am more skilled with my hands than with my brain,” said Ana Ruiz, half joking.",
      speaker="Ana Ruiz")
def _inverted_unattached(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"“...,” said Ana Ruiz, half joking": an inverted verb (after a comma or a closing mark) with no
    subject; the noun phrase right after it speaks, however the parse attached it (to the participle
    or relative clause after it, as the verb's clause). The phrase runs over determiners, adjectives,
    names and nouns and must end the sentence or stand before a comma, a bracket, a colon, a
    participle ("wrote a man calling himself ...") or a preposition of its own ("tweeted a user from
    Hanover"); a word of the quotation that the parse made the verb's subject does not count."""
    if verb.tag_ not in FINITE or not _subjectless(verb, outside) or not _after_its_content(verb):
        return None
    doc, end = verb.doc, verb.sent.end
    j = verb.i + 1
    while j < end and (doc[j].pos_ in PHRASE_POS or doc[j].tag_ == "POS") and doc[j].ent_type_ not in TIME_ENTS:
        j += 1
    if j == verb.i + 1 or not _speaks(doc[j - 1], outside):
        return None
    if j < end and not (doc[j].text in (",", ".", "(", ":", ";") or doc[j].tag_ in ("VBG", "VBN")
                        or doc[j].dep_ == "prep" and doc[j].head.i == j - 1):
        return None
    return doc[j - 1]


def _phrase_end(tok: Token) -> int:
    """The index just after the noun phrase that ``tok`` heads (its compounds and a bracketed
    tag such as "(D-Ohio)" included)."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and doc[j].dep_ in ("compound", "flat") and doc[j].head.i == tok.i:
        j += 1
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j, min(j + 8, tok.sent.end)) if doc[k].text == ")"), None)
        if close is not None:
            j = close + 1
    return j


@rule("subject-before-aside", "speaker",
      example="Maria Lopez, exasperated, finally replied: “We will not sign this contract.”",
      speaker="Maria Lopez")
def _subject_before_aside(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"Maria Lopez, exasperated, replied: ...", "Col. Ana Ruiz, a spokeswoman, said ...": a finite
    verb with no subject, right after a comma (adverbs aside); the noun or name that opens the
    clause and is followed by the comma opening the aside speaks, though the parse made it the
    subject of the aside or an apposition to a date before it."""
    if verb.tag_ not in FINITE or not _subjectless(verb):
        return None
    doc, start = verb.doc, verb.sent.start
    j = verb.i - 1
    while j > start and doc[j].dep_ in ("advmod", "neg") and doc[j].head.i == verb.i:
        j -= 1
    if j <= start or doc[j].text != ",":
        return None
    for c in doc[start:j]:
        if not _speaks(c, outside) or c.head.i == verb.i:
            continue
        misplaced = c.dep_ in ("nsubj", "nsubjpass") and c.i < c.head.i < verb.i \
            or c.dep_ == "appos" and c.head.ent_type_ in TIME_ENTS
        if not misplaced:
            continue
        first = doc[c.left_edge.i] if c.dep_ == "appos" else doc[min(c.left_edge.i, c.i)]
        before = doc[first.i - 1] if first.i > start else None
        opens = before is None or before.text == "," or before.dep_ == "cc"
        after = _phrase_end(c)
        if opens and after < j and doc[after].text == ",":
            return c
        return None
    return None


@rule("participle-of-speaker", "speaker",
      example=("“If he does not resign, he should be removed from office!” the presumptive nominee, Ana Ruiz, "
               "tweeted Sunday after the vote.",
               "Tom Reed, the 2012 nominee, tweeted in response: “Important distinction: the farmers are not criminals.”"))
def _participle_of_speaker(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"“...” the presumptive nominee, Ana Ruiz, tweeted Sunday", "Tom Reed, the nominee, tweeted: “...”": a
    quotation-attributing verb the parse made a participle modifying the noun before it; that noun
    speaks. The verb must follow a quotation that closes right before the noun phrase, or be
    followed (its own adjuncts aside) by a colon or an opening mark."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBD", "VBN") or not _subjectless(verb) \
            or any(c.dep_ in ("auxpass", "agent", "dobj", "oprd") for c in verb.children):
        return None
    head = verb.head
    if head.i > verb.i or not _speaks(head, outside):
        return None
    doc = verb.doc
    first = head.left_edge
    quoted_before = first.i > 0 and doc[first.i - 1].text in CLOSE_MARKS + (",",) \
        and (doc[first.i - 1].text in CLOSE_MARKS or first.i > 1 and doc[first.i - 2].text in CLOSE_MARKS)
    k = verb.right_edge.i + 1
    opens_after = k < len(doc) and (doc[k].text == ":" or doc[k].text in OPEN_MARKS
                                     or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text in OPEN_MARKS)
    return head if quoted_before or opens_after else None


@rule("phrase-after-quotation", "speaker",
      example="\"I am impressed by his ability to insult every kind of human being,\" screenwriter Cole Haddon wrote on Twitter.",
      speaker="Cole Haddon")
def _phrase_after_quotation(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"“...,” screenwriter Ana Ruiz wrote": a finite verb with no subject right after a noun phrase
    that itself follows a closing quotation mark (and a comma); the phrase's last noun or name
    speaks, however the parse hung it (a parataxis, an object of the title before it). A lower-case
    word tagged as a bare verb that opens the phrase right after the mark is a title the tagger
    did not know. A comma-bounded participle aside may stand between the phrase and the verb ("“...,” Ana Ruiz,
    wearing a red hat, said")."""
    if verb.tag_ not in FINITE or not _subjectless(verb):
        return None
    doc, start = verb.doc, verb.sent.start
    last = _aside_start(verb) if doc[verb.i - 1].text == "," else verb.i
    if last is None:
        return None
    start = min(start, last)
    j = last
    while j > start and doc[j - 1].pos_ in PHRASE_POS and doc[j - 1].ent_type_ not in TIME_ENTS:
        j -= 1
    if j == last or not _speaks(doc[last - 1], outside):
        return None
    if j - 1 > start and doc[j - 1].tag_ == "VB" and doc[j - 1].is_lower and doc[j - 2].text in CLOSE_MARKS:
        j -= 1  # "“...” screenwriter Ana Ruiz wrote": the tagger takes an unknown title for a verb
    k = j - 1 if j > start and doc[j - 1].text == "," else j
    return doc[last - 1] if k > 0 and doc[k - 1].text in CLOSE_MARKS else None


@rule("mistagged-name-after-verb", "speaker",
      example="“Having two people who understand the files is valuable,” said Skelly, explaining his choice.",
      speaker="Skelly")
def _mistagged_name_after_verb(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"“...,” said Skelly, explaining ...": an inverted verb with no subject whose next word is a
    capitalised word the tagger did not take for a noun (an unknown surname tagged as an adverb or
    adjective) and that stands alone before a comma or the sentence's end: that word is a name."""
    if verb.tag_ not in FINITE or not _subjectless(verb) or not _after_its_content(verb):
        return None
    doc, j = verb.doc, verb.i + 1
    if j >= verb.sent.end or doc[j].pos_ in ("NOUN", "PROPN", "PRON") or not doc[j].is_alpha \
            or not doc[j].is_title or doc[j].ent_type_ in TIME_ENTS or (outside is not None and not outside(doc[j])):
        return None
    after = doc[j + 1] if j + 1 < verb.sent.end else None
    return doc[j] if after is None or after.text in (",", ".") else None


#: the most words a comma-bounded aside between a speaker and its verb may have
ASIDE_WORDS = 15


def _aside_start(verb: Token) -> Optional[int]:
    """The index of the comma that opens the participle aside closed by the comma right before
    ``verb`` ("Ana Ruiz, wearing a red hat, said")."""
    doc = verb.doc
    for k in range(verb.i - 2, max(0, verb.i - 2 - ASIDE_WORDS), -1):
        if doc[k].text == ",":
            return k if doc[k + 1].tag_ in ("VBG", "VBN") else None  # (an apposition: name-before-verb)
        if doc[k].text in (".", ";", ":", "!", "?"):
            return None
    return None


@rule("lone-name-before-aside", "speaker",
      example="In a note to the council, her chief of staff, Dana Whitfield, said: “We will appeal the ruling.”",
      speaker="Whitfield")
def _lone_name_before_aside(verb: Token, depth: int, outside: Outside) -> Optional[Token]:
    """"her adviser, Dana Whitfield, said: ...", "“...,” Mr. Okonkwo, now 70 and living in Leeds,
    said": a finite verb with no subject right after a comma, when the words before it (back to the
    sentence's start or a closing quotation mark) name exactly one person, outside quotation
    marks, and that name is no object of a preposition or verb: the parse hung the person on the
    aside or made it an apposition, but the only person named before the verb speaks. Only for a verb
    of speech, one that can attribute a quotation ("said", "added")."""
    if verb.tag_ not in FINITE or not _subjectless(verb) or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    if (row := _verb_row(verb)) is None or not row.quote:
        return None  # a verb of speech ("said", "added"), not one that only reports an object ("focused on")
    doc, lo = verb.doc, verb.sent.start
    for k in range(verb.i - 1, lo - 1, -1):
        if doc[k].text in CLOSE_MARKS and k > lo:
            lo = k + 1
            break
    people = [e for e in doc.ents if lo <= e.start and e.end < verb.i and e.label_ == "PERSON"]
    if len(people) != 1:
        return None
    root = people[0].root
    if root.dep_ in ("pobj", "dobj", "poss", "iobj") or not _speaks(root, outside):
        return None
    return root
