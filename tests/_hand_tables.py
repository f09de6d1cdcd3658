"""Article tables with hand-made actors whose every surface form in the text is a name mention: the input
the coreference tests (``test_coref.py``, ``test_coref_descriptions.py``) resolve pronouns and descriptions on."""
from __future__ import annotations

import re

from helpers import sentences
from helpers.article import from_text
from helpers.records import Actor, Mention
from helpers.tables import ArticleTables


def hand_tables(nlp, text, actors, published=None):
    """(article, doc, tables) for ``text``; ``actors`` are (actor_id, name, kind, role, surface forms)."""
    article = from_text(text, published=published)
    doc = nlp(article.text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    for actor_id, name, kind, role, forms in actors:
        tables.actors.append(Actor(actor_id, name, kind, role, None, 0, 0))
        for form in forms:
            for m in re.finditer(re.escape(form), text):
                tables.mentions.append(Mention(actor_id, m.start(), m.end(), form,
                                               tables.sentence_id_at(m.start()), "name"))
    tables.mentions.sort(key=lambda m: (m.start, m.end))
    return article, doc, tables
