"""A learned check on reported-speech rows: a small logistic regression that keeps or drops an
``indirect`` or ``partial`` row whose speaker the rules found.

The rules propose rows; this model, trained on polnear-train only (``python -m
helpers.train_quotes``), scores each proposal from what the parse says about it: the cue's lemma,
its class in the reporting lexicon and its part of speech and dependency, the speaker's kind (name,
pronoun, noun phrase; resolved to an actor or not), where content, cue and speaker lie relative to
each other, the content's length and first word, and where the content starts and stops (the
words just outside it, its share of the sentence, its commas, a second attribution inside it). A row whose estimated chance of being a right
who-said-what row is below the model's threshold is dropped (rule ``row-classifier``, a filter
that is counted and can be switched off like every other). Quotations (``direct`` rows) and rows
without a speaker are never judged: the table keeps what it cannot attribute.

The weights are plain JSON (``data/models/quote_accept.json``: feature names, coefficients,
intercept, threshold), read once; scikit-learn is needed only to train them.
"""
from __future__ import annotations

import functools
import json
import math
from typing import Optional

from spacy.tokens import Doc

from ..lexicon import reporting_verbs
from ..records import Quote
from ..reference import data_path
from .rules import rule

MODEL_FILE = ("models", "quote_accept.json")
JUDGED_KINDS = ("indirect",)
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "who", "that", "which", "one", "this"}
QUOTE_MARKS = "“”\"‘’«»"


def _bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 8))


def _token_at(doc: Doc, char: Optional[int]):
    if char is None:
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def features(doc: Doc, q: Quote) -> dict[str, float]:
    """What the model reads about one row (names of one-hot features, valued 1)."""
    text = doc.text[q.start:q.end]
    words = text.split()
    verbs = reporting_verbs()
    f = {"kind=" + q.kind: 1.0, "cue=" + (q.cue or "-"): 1.0,
         "class=" + (verbs[q.cue].verb_class if q.cue in verbs else ("other" if q.cue else "-")): 1.0,
         "len=" + _bucket(len(words)): 1.0, "first=" + (words[0].lower().strip(",.") if words else "-"): 1.0,
         "marks=" + str(any(c in QUOTE_MARKS for c in text)): 1.0}
    cue = _token_at(doc, q.cue_start)
    if cue is not None:
        f["cue_pos=" + cue.tag_] = 1.0
        f["cue_dep=" + cue.dep_] = 1.0
        f["cue_side=" + ("before" if q.cue_start < q.start else "after")] = 1.0
        f["cue_gap=" + _bucket(abs(q.start - q.cue_end) if q.cue_start < q.start else abs(q.cue_start - q.end))] = 1.0
    speaker = (q.speaker_text or "").lower()
    f["spk_kind=" + ("pronoun" if speaker in PRONOUNS else "actor" if q.speaker_id else "phrase")] = 1.0
    f["spk_words=" + _bucket(len(speaker.split()))] = 1.0
    if q.speaker_start is not None:
        f["spk_side=" + ("before" if q.speaker_start < q.start else "after")] = 1.0
        head = _token_at(doc, q.speaker_start)
        if head is not None:
            f["spk_ent=" + (head.ent_type_ or "-")] = 1.0
            f["spk_dep=" + head.dep_] = 1.0
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is not None and len(span):
        root = span.root
        f["content_dep=" + root.dep_] = 1.0
        f["content_root=" + root.pos_] = 1.0
        f["content_under_cue=" + str(cue is not None and root.head.i == cue.i)] = 1.0
        f["cue_x_dep=" + (q.cue or "-") + "/" + root.dep_] = 1.0
    sent = _token_at(doc, q.start)
    if sent is not None:
        f["ends_sentence=" + str(q.end >= sent.sent.end_char - 2)] = 1.0
        f.update(_boundary_features(doc, q, sent.sent, span))
    return f


def _edge(tok) -> str:
    """A word next to the content, as the model reads it: punctuation as itself, a word by its class."""
    if tok is None:
        return "-"
    return tok.text if tok.is_punct else tok.pos_


def _boundary_features(doc: Doc, q: Quote, sent, span) -> dict[str, float]:
    """Where the content starts and stops: the words just outside it, its share of the sentence,
    its commas, and whether a reporting verb with a subject of its own lies inside it (a second
    attribution that the content may have run into)."""
    first = _token_at(doc, q.start)
    last = _token_at(doc, q.end - 1)
    before = doc[first.i - 1] if first is not None and first.i > sent.start else None
    after = doc[last.i + 1] if last is not None and last.i + 1 < sent.end else None
    share = (q.end - q.start) / max(1, sent.end_char - sent.start_char)
    verbs = reporting_verbs()
    inner = span is not None and any(t.lemma_.lower() in verbs and t.pos_ == "VERB" and t.idx != q.cue_start
                                     and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in span)
    return {"before=" + _edge(before): 1.0, "after=" + _edge(after): 1.0,
            "share=" + str(min(int(share * 4), 4)): 1.0,
            "commas=" + _bucket(doc.text.count(",", q.start, q.end)): 1.0,
            "inner_report=" + str(inner): 1.0}


@functools.lru_cache(maxsize=1)
def model() -> Optional[dict]:
    """The trained weights, or None when no model file is there (every row is then kept)."""
    path = data_path(*MODEL_FILE)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def probability(doc: Doc, q: Quote, weights: dict) -> float:
    coef = weights["coef"]
    z = weights["intercept"] + sum(coef.get(name, 0.0) * v for name, v in features(doc, q).items())
    return 1.0 / (1.0 + math.exp(-z))


def judged(q: Quote) -> bool:
    """Is the row one the model decides on?"""
    return q.kind in JUDGED_KINDS and q.speaker_start is not None


@rule("row-classifier", "filter", example="When asked about the deal, the aide who wrote the letter admitted it was late.",
      neutral=False)
def _rejected(doc: Doc, q: Quote) -> bool:
    """A reported-speech row with a speaker that the learned model (``data/models/quote_accept.json``,
    trained on polnear-train) judges unlikely to be right: dropped."""
    weights = model()
    return weights is not None and judged(q) and probability(doc, q, weights) < weights["threshold"]
