"""The linear-time look-ups of actors, coref, places and the pipeline give the answers of the
plain scans they replace (behaviour, not seconds: ``make bench`` section 5 measures time)."""
from __future__ import annotations

import random
import re

from spacy.tokens import Doc

from helpers import coref, places, tone
from helpers.actors.lexicon import _find_all, _find_indexed, _form_pattern, _words_pattern, word_starts
from helpers.actors.people import NameIndex, People
from helpers.actors.tokens import _Actor
from helpers.pipeline import paragraph_breaks
from helpers.stances.quoted import _Covered


class _NaiveActor:
    """The mention rule as a scan of every mention (the behaviour ``_Actor.add`` keeps)."""

    def __init__(self):
        self.mentions = {}

    def add(self, start, end, how):
        for (s, e) in list(self.mentions):
            if s <= start and end <= e:
                return
            if start <= s and e <= end:
                del self.mentions[(s, e)]
        self.mentions[(start, end)] = how


def test_actor_mentions_match_the_plain_scan_on_random_spans():
    rng = random.Random(7)
    for _ in range(200):
        fast, slow = _Actor(name="X", kind="person"), _NaiveActor()
        for _ in range(rng.randint(1, 30)):
            s = rng.randint(0, 60)
            e = s + rng.randint(1, 12)
            how = rng.choice(["name", "alias", "title"])
            fast.add(s, e, how)
            slow.add(s, e, how)
        assert fast.mentions == slow.mentions and list(fast.mentions) == list(slow.mentions)
        assert fast.how_count("name") == sum(h == "name" for h in slow.mentions.values())
        for offset in range(0, 75):
            assert fast.covers(offset) == any(s <= offset < e for s, e in slow.mentions)
            before = [s for s, _ in slow.mentions if s < offset]
            assert fast.last_before(offset) == (max(before) if before else -1)


def test_substring_search_finds_what_the_look_behind_pattern_finds():
    text = ("Warren spoke. E.Warren and Warrens; Elizabeth  Warren, J.D. Vance, J.D.Vance, "
            "xWarren, Warren-led, .Warren Warren, O'Brien, O' Brien, Élodie Warren")
    for form in [("Warren",), ("Elizabeth", "Warren"), ("J.D.", "Vance"), ("Vance",), ("O'Brien",),
                 ("Élodie", "Warren"), ("Warren", "spoke.")]:
        pattern = _words_pattern(form)
        assert [m.span() for m in _find_all(pattern, form[0], text)] == [m.span() for m in pattern.finditer(text)]
        found = _find_indexed(pattern, form[0], text, word_starts(text))
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
    pattern = _form_pattern("Warren")
    assert [m.span() for m in _find_all(pattern, "Warren", text, limit=1)] == [pattern.search(text).span()]
    assert _find_all(pattern, "Warren", "no one here") == []


def test_name_index_answers_as_a_scan_of_the_people_in_order():
    people = [_Actor(name="Mary Smith", kind="person", names=[("Mary", "Smith")]),
              _Actor(name="John Smith", kind="person", names=[("John", "Smith")]),
              _Actor(name="Mary Jones", kind="person", names=[("Mary", "Jones"), ("Jones",)]),
              _Actor(name="Cher", kind="person", names=[("Cher",)])]
    index = NameIndex()
    for k in (2, 0, 3, 1):  # indexed out of order, answered in list order
        index.add(people[k], rank=k)
    assert index.people(index.by_last, "Smith") == [p for p in people if any(len(n) > 1 and n[-1] == "Smith"
                                                                          for n in p.names)]
    assert index.people(index.by_first, "Mary") == [people[0], people[2]]
    assert index.people(index.by_name, ("Jones",)) == [people[2]]
    words = ("MARY", "SMITH")
    assert index.same_last(words) == [p for p in people if any(People._same_name(words, n) or
                                                               n[-1].casefold() == "smith" for n in p.names)]
    assert index.same_last(("cher",)) == [people[3]]
    assert index.has_person_name(("Jones",)) and index.has_person_name(("Smith",))
    assert not index.has_person_name(("Mary",))
    people[3].names.append(("Cher", "Sarkisian"))
    index.add(people[3])
    assert index.people(index.by_last, "Sarkisian") == [people[3]]


def test_window_start_keeps_exactly_the_mentions_within_the_window():
    narrative = [0, 1, 1, 2, 3, 3, 3, 4, 6]
    starts = [0, 10, 25, 40, 52, 60, 75, 90, 120]

    def sentence_of(offset):
        return max([i for i, s in enumerate(starts) if s <= offset] or [0])

    for least in range(-2, 8):
        lo = coref._window_start(narrative, starts, least)
        for offset in range(0, 130):
            if narrative[sentence_of(offset)] >= least:
                assert offset >= lo  # nothing inside the window is cut off


def test_within_reads_the_state_after_a_city(nlp):
    doc = Doc(nlp.vocab, words=["He", "flew", "to", "Portland", ",", "New", "Mexico", "and", "Salem", ",", "Ohio"],
              ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "B-GPE"])
    ents = list(doc.ents)
    assert places._within(ents[0]) == "New Mexico"
    assert places._within(ents[2]) == "Ohio"
    assert places._within(ents[1]) is None


def test_paragraph_breaks_start_a_sentence_at_each_paragraph(nlp):
    text = "\n\n".join(f"Paragraph {i} has words" for i in range(40))
    doc = paragraph_breaks(nlp.make_doc(text))
    paragraph_starts = {m.end() for m in re.finditer(r"\n\n", text)}
    assert len(paragraph_starts) == 39
    assert {t.idx for t in doc if t.is_sent_start and t.i > 0} == paragraph_starts


def test_covered_ranges_answer_as_a_scan_of_the_mentions():
    """The quote-target look-up: "a mention holds this offset", "a mention overlaps this range"."""
    rng = random.Random(11)
    for _ in range(200):
        covered, plain = _Covered(), []
        for _ in range(rng.randint(0, 25)):
            s = rng.randint(0, 80)
            rng_ = (s, s + rng.randint(0, 15))  # empty ranges too
            covered.append(rng_)
            plain.append(rng_)
            if rng.random() < 0.3:  # questions between appends see every range appended so far
                x = rng.randint(0, 100)
                assert covered.holds(x) == any(a <= x < b for a, b in plain)
        for x in range(0, 100):
            assert covered.holds(x) == any(a <= x < b for a, b in plain)
            for width in (1, 3, 9):
                assert covered.overlaps(x, x + width) == any(a < x + width and x < b for a, b in plain)


def test_tone_parses_a_long_line_only_around_its_target(nlp, monkeypatch):
    from helpers import pipeline

    parsed: list[str] = []

    class Recording:
        def __call__(self, text):
            parsed.append(text)
            return nlp(text)

    monkeypatch.setattr(pipeline, "get_nlp", lambda: Recording())
    sentence = "The council praised bridge {}, but residents said it was too expensive. "
    text = "".join(sentence.format(i) for i in range(3 * tone.LONG_SENTENCE // len(sentence)))  # no repeats
    start = text.index("residents", len(text) // 2)
    end = start + len("residents")
    result = tone.score_span(text, start, end)
    (window,) = parsed
    assert len(window) <= 2 * tone.AROUND_CHARS + (end - start) < len(text)
    lo = text.index(window)
    assert lo > 0 and text[lo - 1].isspace() and text[lo + len(window)].isspace()  # cut at white space
    assert result == tone.score_span(window, start - lo, end - lo)  # the window alone, parsed whole
    parsed.clear()
    short = sentence.format(1) * 3
    tone.score_span(short, 4, 11)
    assert parsed == [short]  # an ordinary text is parsed whole
