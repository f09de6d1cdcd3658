"""Stances: topic merging, stance predicates, speaker stance verbs, aggregation, and the seed gold."""
from __future__ import annotations

from collections import defaultdict

import pytest

from helpers import stances
from helpers.article import from_text
from helpers.records import Actor, Mention, Quote, Stance
from helpers.tables import ArticleTables


def _speaker(doc, *words):
    return {t.i for t in doc if t.lower_ in words}


@pytest.mark.parametrize("sentence, word, topic", [
    ("Such meetings are rare.", "meetings", "summit"),
    ("He is willing to meet them.", "meet", "summit"),
    ("The truce held.", "truce", "ceasefire"),
    ("New sanctions were imposed.", "sanctions", "sanctions"),
    ("The weather was fine.", "weather", None),
])
def test_topic_words_merge_synonyms(nlp, sentence, word, topic):
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert stances.topic_of(tok) == topic


@pytest.mark.parametrize("sentence, word, expected", [
    ("Without a doubt, this meeting is necessary.", "meeting", 1.0),
    ("We will make clear that there must be a ceasefire.", "ceasefire", 1.0),
    ("The summit is not necessary.", "summit", -1.0),
    ("We reject the new tariffs.", "tariffs", -1.0),
    ("He is willing to meet them soon.", "meet", 1.0),
    ("They called the summit a mistake.", "summit", -1.0),
    # the subject of "reject" is not the speaker: no stance of the speaker's
    ("The rebels rejected the talks.", "talks", None),
    ("The talks lasted three hours.", "talks", None),
])
def test_topic_rule(nlp, sentence, word, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert stances.topic_rule(tok, _speaker(doc, "we", "he", "i")) == expected


def test_speaker_verb_rule_reaches_back_through_that(nlp):
    doc = nlp("He refused to come, and she said nothing. I can understand that, but it must change.")
    he = doc[0:1]
    assert stances.speaker_verb_rule(he, _speaker(doc, "i")) == 1.0
    doc = nlp("We condemn the attacks by Smith.")
    assert stances.speaker_verb_rule(doc[5:6], _speaker(doc, "we")) == -1.0
    doc = nlp("Smith arrived late.")
    assert stances.speaker_verb_rule(doc[0:1], set()) is None


def _tables(nlp, text, actors, mentions, quotes):
    from helpers import sentences

    article = from_text(text, published="2025-01-01")
    doc = nlp(text)
    tables = ArticleTables(article=article.row())
    tables.sentences = sentences.extract(doc, article)
    tables.actors, tables.mentions, tables.quotes = actors, mentions, quotes
    return doc, article, tables


def _quote(qid, kind, text, full, speaker, sentence_id=0):
    start = full.index(text)
    return Quote(quote_id=qid, kind=kind, text=text, start=start, end=start + len(text), speaker_id=speaker,
                 speaker=speaker, speaker_text=None, speaker_start=None, speaker_end=None, cue="say",
                 cue_start=None, cue_end=None, sentence_id=sentence_id, paragraph_id=0)


def test_extract_rules_give_literal_rows(nlp):
    text = ("Anna Berg said the fishing summit is necessary. “We reject the new tariffs,” Berg said. "
            "Pablo Soto said he trusts Anna Berg.")
    actors = [Actor("anna-berg", "Anna Berg", "person", None, "NOR", 3, 0),
              Actor("pablo-soto", "Pablo Soto", "person", None, "ESP", 2, text.index("Pablo"))]
    he = text.index(" he ") + 1
    mentions = [Mention("anna-berg", 0, 9, "Anna Berg", 0, "name"),
                Mention("anna-berg", text.index("Berg said."), text.index("Berg said.") + 4, "Berg", 1, "alias"),
                Mention("pablo-soto", text.index("Pablo"), text.index("Pablo") + 10, "Pablo Soto", 2, "name"),
                Mention("pablo-soto", he, he + 2, "he", 2, "pronoun"),
                Mention("anna-berg", text.rindex("Anna Berg"), text.rindex("Anna Berg") + 9, "Anna Berg", 2, "name")]
    quotes = [_quote("q1", "indirect", "the fishing summit is necessary", text, "anna-berg"),
              _quote("q2", "direct", "We reject the new tariffs,", text, "anna-berg", 1),
              _quote("q3", "indirect", "he trusts Anna Berg", text, "pablo-soto", 2),
              # no speaker: no holder, no row
              _quote("q4", "indirect", "the new tariffs", text, None, 1)]
    doc, article, tables = _tables(nlp, text, actors, mentions, quotes)
    rows = stances.extract(doc, article, tables)
    assert rows == [
        Stance("anna-berg", "NOR", "summit", "topic", 1.0, "support", ("q1",), 1),
        Stance("anna-berg", "NOR", "tariffs", "topic", -1.0, "oppose", ("q2",), 1),
        Stance("pablo-soto", "ESP", "NOR", "country", 1.0, "support", ("q3",), 1),
        Stance("pablo-soto", "ESP", "anna-berg", "actor", 1.0, "support", ("q3",), 1),
    ]


def test_extract_scores_actor_targets_with_the_tone_model(nlp):
    text = "“Soto is a corrupt liar and a disgrace to the country,” Berg said."
    actors = [Actor("anna-berg", "Anna Berg", "person", None, "NOR", 1, text.index("Berg")),
              Actor("pablo-soto", "Pablo Soto", "person", None, "ESP", 1, 1)]
    mentions = [Mention("pablo-soto", 1, 5, "Soto", 0, "alias"),
                Mention("anna-berg", text.index("Berg"), text.index("Berg") + 4, "Berg", 0, "alias")]
    quotes = [_quote("q1", "direct", "Soto is a corrupt liar and a disgrace to the country,", text, "anna-berg")]
    doc, article, tables = _tables(nlp, text, actors, mentions, quotes)
    rows = {(r.target, r.target_kind): r for r in stances.extract(doc, article, tables)}
    assert rows[("pablo-soto", "actor")].label == "oppose" and rows[("pablo-soto", "actor")].score < -0.15
    assert rows[("ESP", "country")].score == rows[("pablo-soto", "actor")].score


def test_extract_rejects_a_bad_band(nlp):
    doc, article, tables = _tables(nlp, "Nothing.", [], [], [])
    assert stances.extract(doc, article, tables) == []
    with pytest.raises(ValueError):
        stances.extract(doc, article, tables, band=1.5)


GOLD_TOPICS = {"Putin-Trump summit": "summit"}


def test_seed_gold_stances_have_the_right_sign(seed_tables, gold):
    by_cell: dict[tuple, list[float]] = defaultdict(list)
    for s in seed_tables.stances:
        by_cell[(s.holder_country, s.target)].append(s.score)
        assert -1 <= s.score <= 1 and s.n_evidence == len(s.evidence) > 0
    for g in gold["stances"]:
        if g.get("optional"):
            continue
        target = GOLD_TOPICS.get(g["target"], g["target"])
        scores = by_cell.get((g["holder"], target))
        assert scores, f"no stance of {g['holder']} toward {target}"
        mean = sum(scores) / len(scores)
        assert mean * g["polarity"] > 0, f"{g['holder']} -> {target}: {mean:+.2f}, gold {g['polarity']:+d}"


def test_stance_tone_model_setting(monkeypatch):
    from helpers.stances import STANCE_MODEL_ENV, stance_tone_model

    monkeypatch.delenv(STANCE_MODEL_ENV, raising=False)
    monkeypatch.setenv("HELPERS_TONE_MODEL", "ensemble")  # the tone command's setting does not leak in
    assert stance_tone_model() == "linear"
    monkeypatch.setenv(STANCE_MODEL_ENV, "Ensemble")
    assert stance_tone_model() == "ensemble"
    monkeypatch.setenv(STANCE_MODEL_ENV, "bert")
    with pytest.raises(ValueError, match=STANCE_MODEL_ENV):
        stance_tone_model()
