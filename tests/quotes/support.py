"""Run one invented example through the steps before quotes (sentences, actors, pronouns) and
the quote extractor, with some rules switched off, counting which rules fire."""
from __future__ import annotations

from helpers import actors, coref, quotes, sentences
from helpers.article import from_text
from helpers.quotes import quoted_spans
from helpers.tables import ArticleTables


def tables_for(nlp, text):
    article = from_text(text, published="2025-05-16")
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors, tables.mentions = actors.extract(doc, article, tables)
    tables.mentions = sorted(tables.mentions + coref.extract(doc, article, tables), key=lambda m: (m.start, m.end))
    return doc, article, tables


def run_example(nlp, text, disabled=()):
    """(quote rows, rule firings) of ``text`` with the rules ``disabled`` switched off."""
    doc, article, tables = tables_for(nlp, text)
    with quotes.counting() as counts:
        rows = quotes.extract(doc, article, tables, disabled=disabled)
    return rows, counts


def brief(rows):
    return [(q.kind, q.text, q.speaker_text, q.speaker_id, q.cue) for q in rows]


def shows(rows, speaker=None, content=None):
    """Does a row hold ``content`` in its text and ``speaker`` in its speaker's text?"""
    return any((content is None or content in q.text) and (speaker is None or speaker in (q.speaker_text or ""))
               for q in rows)


def contents(text):
    return [text[q.start:q.end] for q in quoted_spans(text)]


def reparse(doc, arcs):
    from spacy.tokens import Doc

    heads = [arcs.get(t.i, (t.head.i, t.dep_))[0] for t in doc]
    deps = [arcs.get(t.i, (t.head.i, t.dep_))[1] for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
              heads=heads, deps=deps, tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc],
              lemmas=[t.lemma_ for t in doc], ents=ents)
    assert [(t.head.i, t.dep_) for t in out] == list(zip(heads, deps))
    return out

