"""Reported speech: one pass over the tokens outside quotation marks finds reporting verbs,
adjectives ("was confident that ..."), nouns ("Trump's claim that ..."), phrases ("according
to X") and documents ("In a statement, ..."), and paragraphs led by "Name: ...".
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..article import Article
from ..lexicon import (
    ReportingVerb,
    editorial_labels,
    phrase_starts,
    reporting_adjectives,
    reporting_nouns,
    reporting_phrases,
    reporting_verbs,
    source_nouns,
)
from ..tables import ArticleTables
from .boundary import _adjunct_cut, _reported_content
from .content import (
    ADJECTIVE_TOPIC_PREPS,
    NOUN_TOPIC_PREPS,
    REACTION_PREPS,
    TOPIC_PREPS,
    _clause_span,
    _closing_attribution,
    _colon_after,
    _colon_content,
    _complements,
    _instruction,
    _instruction_span,
    _object_span,
    noun_preps,
    _own_preps,
    _parenthetical_span,
    _pronoun_object,
    _root_parenthetical,
)
from .context import _Row
from .marks import Quoted, _trim
from .rules import first, rule
from .speaker import source_of
from .syntax import (
    NOUN_POS,
    RELATIVE,
    SUBJECT_DEPS,
    _as_aside,
    _as_clause,
    _is_name,
    _own_subject,
    _run_in_head,
    _verb_row,
    cue_span,
)

# "Name on Topic: ...", a headline giving someone's words on a subject
TOPIC_LABEL = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) on [A-Z][^:\n]{0,60}:[ \t]+(?=\S)")


@rule("name-colon-label", "report",
      example="The mayor spoke first.\nOkafor: Farmers are worried about the price of seed.", speaker='Okafor', neutral=list)
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


def _indirect_rows(doc: Doc, article: Article, tables: ArticleTables, quotes: list[Quoted],
                   owner: list[int], *, min_words: int) -> list[_Row]:
    """Reported speech outside quotation marks, one pass over the tokens: a reporting verb, a
    stance adjective, a reporting noun, "by X", a reporting phrase or an opening document."""
    text = doc.text
    rows: list[_Row] = []
    notes = _note_paragraphs(text, article)
    for v in doc:
        if owner[v.idx] != -1 or tables.is_boilerplate(v.idx) or any(ps <= v.idx < pe for ps, pe in notes):
            continue
        row = _verb_row(v)
        if row is not None and _in_run_in_heading(doc, text, owner, v, row, None):
            continue
        if row is not None and (row.indirect or row.object_mode is not None):
            r = _verb_report(doc, text, article, quotes, owner, v, row, min_words)
        elif v.lower_ in reporting_adjectives() and (v.dep_ in ("acomp", "oprd") or v.tag_ in ("VBN", "VBD") and any(
                c.dep_ == "ccomp" and c.i > v.i for c in v.children) or any(c.dep_ in ("nsubj", "nsubjpass")
                                                                          for c in v.children)):
            # ("seemed confident that ...", an object predicate; "were frustrated that ...", "came
            # away convinced that ...", the participle the parse makes a verb; "With leaders
            # worried about ...", an adjective with a subject of its own)
            r = _adjective_row(doc, text, v, quotes, owner, min_words=min_words)
        elif v.pos_ == "NOUN" and (v.lemma_.lower() in reporting_nouns() or _noun_own_preps(v)):
            r = _noun_row(doc, text, v, quotes, owner)
        elif v.lower_ == "by" and v.dep_ == "prep":
            r = _by_noun_row(doc, text, v, quotes, owner)
        elif v.lower_ in phrase_starts() or v.lower_ == "in":
            r = _phrase_row(doc, text, v, owner)
            if r is None and v.lower_ == "in" and v.i == v.sent.start:
                r = _document_row(doc, text, v, quotes, owner)
            elif r is None and v.lower_ == "in":
                r = _document_closing_row(doc, text, v, quotes, owner)
        else:
            r = None
        if r is not None:
            rows.append(r)
    return rows


@rule("editors-note", "report", example="Disclosure: The writer said the company paid for her travel.", neutral=list)
def _note_paragraphs(text: str, article: Article) -> list[tuple[int, int]]:
    """"Editor's note: ...": the publication's standing note on the article or its subject reports
    no one's words (a correction or clarification does: it restates what was reported)."""
    return [(ps, pe) for ps, pe in article.paragraphs if (m := re.match(r"([^:\n]{1,30}):\s", text[ps:pe]))
            and re.fullmatch(r"(editors?'?s?'? )?note|disclosure", m.group(1).strip().lower().replace("’", "'"))]


def _verb_report(doc: Doc, text: str, article: Article, quotes: list[Quoted], owner: list[int], v: Token,
                 row: ReportingVerb, min_words: int) -> Optional[_Row]:
    """The report of reporting verb ``v``: what it reports (the first of ``CONTENT_RULES`` that
    applies) and who reports it (``source_of``), unless a rule of ``SKIP_RULES`` says it reports
    nothing here (``_in_run_in_heading`` is asked of every reporting verb first)."""
    comps = _complements(doc, v) if row.indirect else []
    if any(skip(doc, text, owner, v, row, comps) for skip in SKIP_RULES):
        return None
    found = first(CONTENT_RULES, doc, text, article, quotes, owner, v, row, comps)
    if found is None or found is NO_CONTENT:
        return None
    src = source_of(v, outside=lambda t: owner[t.idx] == -1)
    if src is None or src.lower_ == "there" or src.lower_ == "it" and src.dep_ != "nsubj":
        return None
    s, e = found
    if _speaker_inside(v, src, s, e):
        return None
    if len(re.findall(r"[^\W_]+", text[s:e])) < min_words and not (not comps and _is_name(doc, s, e)) \
            and not _speech_infinitive(doc, s, e) and not (not comps and _one_pronoun_object(doc, v, s, e)):
        return None  # a lone name is what "attacked Brandt" or "endorsed Okafor" is about
    lemma, cs, ce = cue_span(v)
    return _Row(kind="indirect", start=s, end=e, speaker_tok=src, cue=lemma, cue_span=(cs, ce), minor=not comps)


@rule("speech-infinitive", "report", example="A spokesman for the company declined to comment.",
      content="comment", neutral=False)
def _speech_infinitive(doc: Doc, s: int, e: int) -> bool:
    """"declined to comment", "refused to elaborate": a lone infinitive of a verb of speech is
    what was (not) said, though it is one word."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    entry = reporting_verbs().get(verb.lemma_.lower())
    return verb.tag_ == "VB" and entry is not None and entry.verb_class == "speech" \
        and verb.i > 0 and doc[verb.i - 1].lower_ == "to"


@rule("speaker-inside-content", "report",
      example="“I am more skilled with my hands than with my brain,” said Ana Ruiz, half joking.", neutral=False)
def _speaker_inside(v: Token, src: Token, s: int, e: int) -> bool:
    """"“...,” said Ana Ruiz, half joking": the parse makes "Ana Ruiz, half joking" the verb's
    clause; words after the verb that hold its own speaker are no report of that speaker (a
    parenthetical "Experts, the report said, agree ..." starts before its verb)."""
    return v.idx < s <= src.idx < e


# -- a reporting verb that reports nothing here ---------------------------------------------

def _one_pronoun_object(doc: Doc, v: Token, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and len(span) == 1 and _pronoun_object(v, span[0])


@rule("run-in-heading", "report", example="EXPERTS WANT NO PART OF IT — The board met on Monday.", neutral=False)
def _in_run_in_heading(doc, text, owner, v, row, comps) -> bool:
    """"EXPERTS WANT NO PART OF IT — The ...": a verb inside a capitalised run-in heading."""
    return v.is_upper and len(v) > 1 and _run_in_head(v)


@rule("writer-hedge", "report", example="Not important enough, I guess.\nThe budget is balanced, the mayor said.",
      neutral=False)
def _writer_hedge(doc, text, owner, v, row, comps) -> bool:
    """"Not important enough, I guess.": the writer's hedge, not a report."""
    return row.verb_class == "cognition" and any(c.dep_ == "nsubj" and c.lower_ == "i" and c.i < v.i
                                                 for c in v.children) and (not comps or comps[0].i < v.i) \
        and _closing_attribution(doc, text, v, owner) is not None


SKIP_RULES = (_writer_hedge,)


# -- what a reporting verb reports: the first rule that applies decides --------------------------

class _NoContent:
    def __repr__(self) -> str:
        return "NO_CONTENT"


#: a content rule's verdict that it applies and the verb reports nothing we can cut out
NO_CONTENT = _NoContent()


def _decided(content: Optional[tuple[int, int]]):
    return NO_CONTENT if content is None else content


@rule("as-aside-report", "content",
      example="Vermont, as one of the governor's aides pointed out, rarely sees two floods in one year.")
def _as_aside_report(doc, text, article, quotes, owner, v, row, comps):
    """What follows an "as X said" aside (the subject before it is a word or two; one span
    holding both would be mostly the aside)."""
    if not row.indirect or _as_aside(v) is None:
        return None
    comma = next(t for t in doc[v.i + 1: v.sent.end] if t.text == ",")
    toks = [t for t in doc[comma.i + 1: v.sent.end] if not (t.is_punct or t.is_space) or t.text in ("”", '"', "’")]
    return _decided(_reported_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]), owner, quotes))


@rule("colon-report", "content",
      example="The governor added: It is typical of her. She knows nothing about the state.\nThe vote is on Monday.")
def _colon_report(doc, text, article, quotes, owner, v, row, comps):
    """"The governor added on Tuesday: ...": the unquoted words after the colon."""
    colon = _colon_after(doc, v) if row.indirect else None
    if colon is None or comps and comps[0].i <= colon.i:
        return None
    return _decided(_colon_content(text, colon, article, owner, quotes))


@rule("clause-complement", "content", example="The mayor told reporters the budget was balanced.",
      content="the budget was balanced")
def _clause_complement(doc, text, article, quotes, owner, v, row, comps):
    """The verb's clausal complement ("said that ...", "..., Smith said")."""
    return _decided(_clause_span(doc, text, comps[0], v, quotes, owner)) if comps else None


@rule("closing-attribution", "content", example="People like Scott, he said.", content="People like Scott")
def _closing_attribution_report(doc, text, article, quotes, owner, v, row, comps):
    """"People like Scott, he said.": what comes before the comma, with no clause parsed."""
    return _closing_attribution(doc, text, v, owner) if row.indirect else None


@rule("root-parenthetical", "content",
      example="These nurses, Ortiz explained later in the briefing, were “badly overworked,” covering shifts of up to sixteen hours")
def _root_parenthetical_report(doc, text, article, quotes, owner, v, row, comps):
    return _root_parenthetical(doc, text, v, owner) if row.indirect else None


@rule("parenthetical", "content", example="Small protests, Ms. Varga said, are common in the capital.",
      content="Small protests")
def _parenthetical_report(doc, text, article, quotes, owner, v, row, comps):
    """"Small protests, Ms. Varga said, are ...", "As lawyers have pointed out, the mayor is
    free to ...": the clause around the report is what was said."""
    if row.indirect and (v.dep_ == "parataxis" or _as_clause(v)):
        return _decided(_parenthetical_span(doc, text, v, quotes, owner))
    return None


@rule("instruction", "content", example="The mayor told his staff to look into the contract.",
      content="his staff to look into the contract")
def _instruction_report(doc, text, article, quotes, owner, v, row, comps):
    """"told his staff to look into ...", "called on members to ...": the addressee and the
    instruction are what was said."""
    if (row.verb_class == "speech" or row.object_mode in ("1", "prep")) and (told := _instruction(v)):
        return _decided(_instruction_span(doc, text, v, *told, quotes, owner))
    return None


@rule("object-report", "content", example="The senator cited the latest poll in her speech.",
      content="the latest poll")
def _object_report(doc, text, article, quotes, owner, v, row, comps):
    """"cited the poll", "vowed to fight", "called for a ceasefire": the object or infinitive."""
    if row.object_mode in ("1", "prep", "as"):
        return _decided(_object_span(doc, text, v, quotes, owner, mode=row.object_mode))
    return None


@rule("reaction-report", "content", example="The farmers rejoiced at the new price for wheat.",
      content="the new price for wheat")
def _reaction_report(doc, text, article, quotes, owner, v, row, comps):
    """"rejoiced at the news": what the reaction is to."""
    if row.object_mode == "reaction":
        return _decided(_object_span(doc, text, v, quotes, owner, preps=REACTION_PREPS, mode="prep"))
    return None


@rule("topic-report", "content", example="The mayor complained about the microphone at the meeting.",
      content="the microphone")
def _topic_report(doc, text, article, quotes, owner, v, row, comps):
    """"complained about the microphone", "wondered about the delay": a verb that reports a
    clause reports the topic it speaks about when it has no clause."""
    preps = TOPIC_PREPS | _own_preps(v)
    if row.indirect and any(c.dep_ == "prep" and c.lower_ in preps and c.i > v.i for c in v.children):
        return _decided(_object_span(doc, text, v, quotes, owner, preps=preps))
    return None


CONTENT_RULES = (_as_aside_report, _colon_report, _clause_complement, _closing_attribution_report,
                 _root_parenthetical_report, _parenthetical_report, _instruction_report, _object_report,
                 _reaction_report, _topic_report)




@rule("adjective-report", "report",
      example="The farmers were worried that the price of seed would rise.", content='the price of seed would rise')
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


@rule("noun-report", "report",
      example="The senator's claim that the vote was rigged drew criticism.", content='the vote was rigged')
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
    preps = NOUN_TOPIC_PREPS | _noun_own_preps(noun)
    topics = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i == next_i
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
        else:
            src = _prep_noun_speaker(noun)
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=src,
                cue=noun.lemma_.lower(), cue_span=(noun.idx, noun.idx + len(noun)))


@rule("noun-own-preposition", "report", example="The senator's attack on the judge drew criticism from both parties.",
      content="the judge", neutral=frozenset)
def _noun_own_preps(noun: Token) -> frozenset[str]:
    """"Trump's attack on the judge", "her criticism of the deal": a noun of stance
    (``reporting_noun_preps.csv``) reports the object of its own preposition."""
    found = noun_preps().get(noun.lemma_.lower(), frozenset())
    return found if any(c.dep_ == "prep" and c.lower_ in found and c.i > noun.i for c in noun.children) else frozenset()


#: prepositions through which a verb's subject voices or withdraws the noun's claim ("insisted on
#: the idea that", "backed away from the suggestion that", "stood by the claim that", "said in a
#: statement that"); not "to", "against", "at": one answers or attacks another's claim
VOICING_PREPS = ("on", "from", "by", "in", "with")


@rule("prep-noun-speaker", "speaker",
      example="The senator backed away from the suggestion that the vote was rigged.", speaker="The senator")
def _prep_noun_speaker(noun: Token) -> Optional[Token]:
    """An unowned reporting noun after a voicing preposition ("backed away from the suggestion
    that ...") is the claim of the subject of the verb the preposition hangs on."""
    prep = noun.head
    verb = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head  # "backed away from"
    if noun.dep_ != "pobj" or prep.lower_ not in VOICING_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") else None


@rule("document-report", "report",
      example="In a statement, Senator Smith was more cautious than his fellow Democrats.")
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
    content = _trimmed_content(text, list(doc[hi + 2: end + 1]), owner, quotes, keep_closing=True)
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


def _trimmed_content(text: str, toks: list[Token], owner: list[int], quotes: list[Quoted], *,
                     keep_closing: bool) -> Optional[tuple[int, int]]:
    """The reported content over ``toks`` without trailing punctuation (a closing quotation mark
    stays when ``keep_closing``), or None when fewer than three tokens are left."""
    while toks and (toks[-1].is_punct or toks[-1].is_space) and not (
            keep_closing and toks[-1].text in ("”", '"', "’")):
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return _reported_content(text, toks[0].idx, toks[-1].idx + len(toks[-1]), owner, quotes)


@rule("document-closing", "report",
      example="Ms. Reyes leads the mayor by eight points in the latest survey, taken in May.",
      speaker="the latest survey", content="Ms. Reyes leads the mayor by eight points")
def _document_closing_row(doc: Doc, text: str, tok: Token, quotes: list[Quoted], owner: list[int]) -> Optional[_Row]:
    """"Reyes leads the mayor by eight points in the latest survey", "Cruz came second in
    January polls": a clause whose own verb (no reporting verb) takes "in" a document that
    states findings (a ``document`` of ``source_nouns.csv``: a poll, survey, study, report) is
    what the document says; the document is the source and the clause ends before "in"."""
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in source_nouns()
            and source_nouns()[c.lemma_.lower()].kind == "document"]
    main = tok.head
    if not objs or tok.dep_ != "prep" or main.pos_ not in ("VERB", "AUX") or _verb_row(main) is not None \
            or tok.i < main.i:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < main.i), None)
    after = tok.right_edge.i + 1
    if subject is None or subject.lower_ in RELATIVE or after < main.sent.end and not doc[after].is_punct:
        return None  # ("rose three points in the survey to 29 percent": the clause goes on past it)
    lo = subject.left_edge.i
    if lo < main.sent.start or any(owner[t.idx] != -1 for t in doc[lo:tok.i]):
        return None
    content = _trimmed_content(text, list(doc[lo:tok.i]), owner, quotes, keep_closing=False)
    if content is None:
        return None
    return _Row(kind="indirect", start=content[0], end=content[1], speaker_tok=objs[0], cue="in",
                cue_span=(tok.idx, tok.idx + len(tok)))


@rule("by-noun-report", "report",
      example="By the mayor's own admission, the budget is short by millions.\nNearly 300 acres of forest have been damaged by the fires, by one estimate.\nThe road was closed by the police, by order of the mayor.")
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


@rule("phrase-report", "report",
      example="According to the mayor, the budget is balanced.", speaker='the mayor', content='the budget is balanced')
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
