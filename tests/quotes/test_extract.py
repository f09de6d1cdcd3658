"""The extractor's contract: the Doc must be the article's, boilerplate feeds nothing (helpers.quotes.extract)."""
from __future__ import annotations

import pytest

from helpers import quotes
from helpers.article import from_text
from helpers.tables import ArticleTables


def test_boilerplate_feeds_no_quotes(run):
    text = ("“We will win,” Smith said.\n"
            "Please consider making a donation, “every dollar helps,” our editor says.")
    rows = run(text, [("john-smith", "John Smith", ["Smith"])])
    assert [q.text for q in rows] == ["We will win,"]


def test_doc_must_match_article(nlp):
    article = from_text("Smith said the vote failed.")
    with pytest.raises(ValueError):
        quotes.extract(nlp("Another text."), article, ArticleTables(article=article.row()))


def test_headline_re_casing_is_part_of_the_one_parse(nlp):
    """The pipeline's last component parses a Title Case line again in sentence case (words the
    body capitalises keep their capitals), so every table reads that parse and quotes parses
    nothing itself; the text and the entities stay as they were."""
    assert nlp.pipe_names[-1] == "headline_case"

    def before_component(text):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name != "headline_case":
                doc = proc(doc)
        return doc

    text = ("Senator Jane Cole Vows To Close Loopholes Enjoyed By Big Oil Companies\n"
            "On Monday the senator from Ohio, Jane Cole, spoke about the tax plan at length.")
    doc, plain = nlp(text), before_component(text)
    recased = before_component("Senator Jane Cole vows to close loopholes enjoyed by big oil companies")  # "Senator"
    # opens the line; the body capitalises "Jane" and "Cole"
    n = len(recased)
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc[:n]] == \
        [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in recased]
    assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc[:n]] != \
        [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in plain[:n]]
    assert doc.text == text and [(e.start, e.end, e.label_) for e in doc.ents] == \
        [(e.start, e.end, e.label_) for e in plain.ents]
    assert [(t.tag_, t.head.i) for t in doc[n:]] == [(t.tag_, t.head.i) for t in plain[n:]]  # the body as parsed
