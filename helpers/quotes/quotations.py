"""Direct and partial quotations: the reporting verb each one hangs from (or that hangs from it,
or the nearest in its sentence), a colon frame, a dashed aside after a name, a transcript's
labelled turns; and where a quotation that goes on in lower case really starts.
"""
from __future__ import annotations

import itertools

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..article import Article
from .context import _Row
from .filters import _heading, _introduced_name, _is_title, _titled_apposition
from .marks import ALL_MARKS, Quoted, _is_paragraph_start, _trim
from .rules import rule
from .speaker import source_of
from .syntax import DASHES, _inside, _token_after, _verb_row, cue_span


@rule("lead-clause", "quotation",
      example="When the bid came in, Ruiz said, “we were stunned by the price.”", content='When the bid came in')
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


@rule("single-word", "filter", example="“Nonsense” is what the mayor called the plan on Friday.",
      neutral=False)
def _single_word(words: list[str]) -> bool:
    """A single word or name in quotation marks is not speech (but see ``word-in-report`` and
    ``one-word-reply``)."""
    return len(words) <= 1


@rule("word-in-report", "quotation",
      example="Foreign Minister Anna Berg said the sanctions were “illegal” and would backfire.",
      content="illegal", speaker="Foreign Minister Anna Berg")
def _word_of_report(doc: Doc, q: Quoted, words: list[str], reports: list[_Row]) -> bool:
    """"said the sanctions were “illegal” and ...": a single quoted word inside reported speech
    is the speaker's own word, a partial quote of its own (the contract); not a name there
    ("said “Trump” would win": a capitalised word stays a name)."""
    if len(words) != 1 or words[0][:1].isupper() or not any(r.start <= q.start and q.end <= r.end for r in reports):
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and span.root.pos_ in ("ADJ", "NOUN", "VERB", "ADV")


def _closed_by_own_stop(text: str, q: Quoted) -> bool:
    """Does the quotation end in its own comma, stop, question or exclamation mark, inside the marks?"""
    return text[q.start:q.end].rstrip()[-1:] in (",", ".", "!", "?")


@rule("one-word-reply", "quotation", example="Asked whether he would run again, the mayor said: “Absolutely.”",
      content="Absolutely", speaker="the mayor", neutral=False)
def _one_word_reply(verb: Optional[Token], linked: bool) -> bool:
    """“Absolutely,” he said; she replied, “No.”: a single word closed inside the marks by its own
    comma or stop and hung by the parse on a verb that says quotations is a whole utterance, not a
    scare quote (see ``single-word``)."""
    return verb is not None and linked


def _quote_rows(doc: Doc, text: str, quotes: list[Quoted], owner: list[int],
                article: Article, reports: Optional[list[_Row]] = None) -> list[_Row]:
    rows = []
    for k, q in enumerate(quotes):
        turns = _transcript_turns(doc, text, q, article)
        if turns:
            rows += turns
            continue
        words = re.findall(r"[^\W_]+", text[q.start:q.end])
        single = _single_word(words) and not _word_of_report(doc, q, words, reports or [])
        if single and not _closed_by_own_stop(text, q):
            continue
        if _is_title(text, q, words):
            continue  # “Morning Joe”, “Miss Piggy”: a title or a name, not speech
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if _introduced_name(doc, q, span):
            continue  # "what became known as the “Buffett rule”", "a so-called “poison pill”": a term's name
        verb, linked = _attributing_verb(doc, text, q, k, span, owner)
        if single and not _one_word_reply(verb, linked):
            continue
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


@rule("dashed-aside", "quotation",
      example="Several economists have warned about it, among them the Harvard professor Maria Gonzalez -- “Tariffs are simply a tax on the poor” -- and two former Treasury officials.")
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


@rule("name-before-verb", "speaker",
      example="“She is quite right. There is a real rift between this council and our teachers,” Weiss, a loyal Cole ally, said Friday night.")
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


@rule("transcript-turns", "quotation",
      example="The interview went as follows:\n\"WALLACE: Will she be at the debate tomorrow night?\n\"PENCE: She will not be attending the debate.\n\"WALLACE: Thank you for joining us.", neutral=list)
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


def _attributing_verb(doc: Doc, text: str, q: Quoted, k: int, span: Span,
                      owner: list[int]) -> tuple[Optional[Token], bool]:
    """The reporting verb outside quotation marks that attributes quotation ``k``, and
    whether the parse links the two (rather than the verb merely being nearest)."""
    return _governing_verb(doc, q, k, span, owner) or _verb_near(doc, text, q, k, span, owner) or (None, False)


@rule("verb-governs-quotation", "quotation",
      example="The film concludes with footage of Ruiz saying in a hearing last year, “I have nothing to hide.”")
def _governing_verb(doc: Doc, q: Quoted, k: int, span: Span, owner: list[int]) -> Optional[tuple[Token, bool]]:
    """The reporting verb the quotation hangs from ("he said that ... “...”", "“...,” he added")."""
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
                    found = _finding_verb(h)
                    if found is not None:
                        return found
            if h.head.i == h.i:
                break
            h, steps = h.head, steps + 1
    return None


@rule("finding-verb", "quotation",
      example="The auditors went through the records of the clinics for 2019 and found a striking 40 percent “billed patients twice for the same visit.”")
def _finding_verb(h: Token) -> Optional[tuple[Token, bool]]:
    """"found 73 percent ''kept offices abroad''": a verb that reports what was found or shown
    but no words says the quotation it takes as its object."""
    return h, True


@rule("verb-near-quotation", "quotation",
      example="\"This is a big night for our future mayor, Tom Reed!\" Reed's sister, city Councilwoman Anna \"Annie\" Reed (D-East End), shouted to the crowd.")
def _verb_near(doc: Doc, text: str, q: Quoted, k: int, span: Span, owner: list[int]) -> Optional[tuple[Token, bool]]:
    """A verb that hangs from the quotation ("“... happen,” Trump said" parsed as a conjunct), or
    the nearest reporting verb in the quotation's sentences or the sentence right after it,
    unless another quotation stands between them."""
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
    return None


@rule("bare-verb-before", "quotation",
      example="The film concludes with footage of Ruiz saying in a hearing last year, “I have nothing to hide.”")
def _bare_verb_before(doc: Doc, q: Quoted, h: Token, k: int, owner: list[int]) -> Optional[Token]:
    """A reporting verb between verb ``h`` and quotation ``k`` that has nothing to report of its
    own ("footage of her saying at the rally, “...”", the quotation hung on an earlier verb): it
    is the one that says the quotation."""
    if h.idx >= q.open:
        return None
    # the tokens up to the quotation only: a scan to the end of the Doc is quadratic on a long line
    between = [t for t in itertools.takewhile(lambda t: t.idx < q.open, doc[h.i + 1:]) if owner[t.idx] == -1]
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


@rule("colon-frame", "quotation",
      example="He was so tired that we had to keep our question short: “Where were you that night?”")
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
