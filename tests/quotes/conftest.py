"""The quote tests' fixture: ``run(text, people=(), *, arcs=None, ents=True)`` extracts the quotes of
a small invented text."""
from __future__ import annotations

import re

import pytest

from helpers import coref, quotes, sentences
from helpers.article import from_text
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables

from .support import reparse as _reparse


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text, people=(), *, arcs=None, ents=True):
        """Quotes of ``text``; ``people`` are (actor_id, name, gender-free surface forms) made by hand;
        ``arcs`` ({token: (head, dep)}) overrides the parse where a rule repairs a known parser error."""
        article = from_text(text, published="2025-05-16")
        doc = nlp(article.text)
        if arcs:
            doc = _reparse(doc, arcs)
        if not ents:
            doc.ents = []  # what the NER misses
        tables = ArticleTables(article=article.row())
        tables.sentences = sentences.extract(doc, article)
        for actor_id, name, forms in people:
            tables.actors.append(Actor(actor_id, name, "person", None, None, 0, 0))
            for form in forms:
                for m in re.finditer(re.escape(form), text):
                    tables.mentions.append(Mention(actor_id, m.start(), m.end(), form,
                                                   tables.sentence_id_at(m.start()), "name"))
        tables.mentions.sort(key=lambda m: (m.start, m.end))
        tables.mentions = sorted(tables.mentions + coref.extract(doc, article, tables),
                                 key=lambda m: (m.start, m.end))
        # the rules alone (the classifier: test_accept), with the clause as the rules cut it (the "that"
        # that complementizer-that puts back: test_rules, test_content)
        rows = quotes.extract(doc, article, tables, disabled={"row-classifier", "complementizer-that"})
        for q in rows:
            assert text[q.start:q.end] == q.text
            if q.speaker_start is not None:
                assert text[q.speaker_start:q.speaker_end] == q.speaker_text
        return rows
    return _run

