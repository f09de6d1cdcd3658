"""The shared token view every phase reads, and the provisional actor the phases build.

``TokenView`` reads each token's strings, tags and sentence once (the phases loop
over tokens many times), marks which tokens are live (inside a sentence that is
not boilerplate), and holds the growing state: people, other actors and the
tokens already taken by a mention.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from spacy.attrs import IDX, LEMMA, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from ..article import Article
from ..boilerplate import headline, is_title_case
from ..tables import ArticleTables
from .lexicon import _max_role_words, _officials, _roles, word_starts
from .rules import rule_on

#: dependencies of a word that only modifies the noun after it ("U.S. senator", "Senate election"):
#: the word names no actor there
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: parts of speech of function words, which headline case capitalises and prose does not
FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART"})

# -- provisional actors -------------------------------------------------------------

@dataclass
class _Actor:
    name: str
    kind: str
    role: Optional[str] = None
    country: Optional[str] = None
    org: Optional[str] = None
    official: bool = False
    gender: Optional[str] = None
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)
    extra_roles: list[str] = field(default_factory=list)
    past_roles: list[tuple[str, Optional[str], Optional[str]]] = field(default_factory=list)

    # no mention holds another (``add`` keeps it so), so sorted by start they are sorted by end
    # too: these parallel lists find the mentions around a span by binary search
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _hows: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def add(self, start: int, end: int, how: str) -> None:
        # a longer mention of the same actor wins over one nested in it
        k = bisect.bisect_right(self._starts, start) - 1
        if k >= 0 and end <= self._ends[k]:
            return  # the last mention starting at or before ``start`` ends latest of those: it holds this one
        j = bisect.bisect_left(self._starts, start)
        stop = j
        while stop < len(self._starts) and self._ends[stop] <= end:
            old = self.mentions.pop((self._starts[stop], self._ends[stop]))
            self._hows[old] -= 1
            stop += 1
        self._starts[j:stop] = [start]
        self._ends[j:stop] = [end]
        self.mentions[(start, end)] = how
        self._hows[how] = self._hows.get(how, 0) + 1

    def drop(self, start: int, end: int) -> None:
        """Forget the mention ``(start, end)`` (another actor's now)."""
        how = self.mentions.pop((start, end), None)
        if how is None:
            return
        self._hows[how] -= 1
        k = bisect.bisect_left(self._starts, start)
        del self._starts[k], self._ends[k]

    def how_count(self, how: str) -> int:
        """How many of the mentions were found as ``how`` ("name", "alias", ...)."""
        return self._hows.get(how, 0)

    def covers(self, offset: int) -> bool:
        """Is ``offset`` inside one of the mentions?"""
        k = bisect.bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]

    def last_before(self, offset: int) -> int:
        k = bisect.bisect_left(self._starts, offset)
        return self._starts[k - 1] if k else -1


def headline_case_span(article: Article) -> Optional[tuple[int, int]]:
    """The first paragraph when it is the headline (the title, or it reads as one) in headline case."""
    if not article.paragraphs:
        return None
    s, e = article.paragraphs[0]
    line = article.text[s:e]
    is_title = article.title is not None and " ".join(line.split()).rstrip(".") == " ".join(article.title.split()).rstrip(".")
    if (is_title or headline(article.text, list(article.paragraphs))) and is_title_case(line):
        return s, e
    return None


class TokenView:
    def __init__(self, doc: Doc, article: Article, tables: ArticleTables):
        # extract() checked doc.text == article.text; Doc.text rebuilds the string on each call
        self.doc, self.text, self.tables = doc, article.text, tables
        year = article.published_date.year if article.published_date else None
        self.year = year
        self.officials = _officials(year)
        # per token: its sentence in ``tables.sentences`` (or -1), computed once for long texts
        starts = [x.start for x in tables.sentences]
        self.sentence_of: list[int] = []
        self.live: list[bool] = []
        # token strings read once: the loops below would otherwise build a Token per look-up
        self.lowers: list[str] = []
        self.lemmas: list[str] = []
        self.pos: list[str] = []
        self.tags: list[str] = []
        strings = doc.vocab.strings
        for idx, orth, lemma, pos, tag in doc.to_array([IDX, ORTH, LEMMA, POS, TAG]).tolist():
            k = bisect.bisect_right(starts, idx) - 1
            inside = k >= 0 and idx < tables.sentences[k].end
            self.sentence_of.append(k if inside else -1)
            # a token of a boilerplate span (a dateline at the start of a live sentence) feeds no actor
            self.live.append(inside and not tables.sentences[k].is_boilerplate and not article.is_boilerplate(idx, idx + 1))
            self.lowers.append(strings[orth].lower())
            self.lemmas.append(strings[lemma].lower() if lemma else "")
            self.pos.append(POS_NAMES[pos])
            self.tags.append(strings[tag] if tag else "")
        self._starts = starts
        self.ents = doc.ents  # Doc.ents builds new Spans on each call
        self._roles_at: dict[int, Optional[tuple[int, str]]] = {}
        self.people: list[_Actor] = []
        from .people import NameIndex  # people.py builds on this module

        self.name_index = NameIndex()  # the people's names by word, kept by ``People``
        self.others: dict[str, _Actor] = {}
        self._short_forms: dict[tuple[str, ...], tuple[int, Optional[_Actor]]] = {}  # ``Organizations._short_form``
        self.used: set[int] = set()  # tokens already inside a person mention
        self.name_tokens: set[int] = set()  # tokens of a person's name (not of a title around it)
        self.headline = headline_case_span(article)

    @cached_property
    def word_starts(self) -> dict[str, list[int]]:
        """Each run of word characters in the text -> its offsets (``lexicon.word_starts``)."""
        return word_starts(self.text)

    def in_headline(self, i: int) -> bool:
        """Is token ``i`` in a headline written in headline case ("Trump Warns Clinton")? Its
        capitals say nothing about names, so no entity there makes an actor. With
        ``headline-case-line`` that holds for any line in headline case, not only the first
        (``headline_lines``)."""
        idx = self.doc[i].idx
        if self.headline is not None and self.headline[0] <= idx < self.headline[1]:
            return True
        k = bisect.bisect_right(self.headline_lines, (idx, len(self.text))) - 1
        return k >= 0 and idx < self.headline_lines[k][1]

    @cached_property
    def headline_lines(self) -> list[tuple[int, int]]:
        """``headline-case-line``: lines written in headline case in the body (the headlines of
        related stories a page lists, "Holt Pins The Blame On Marsh"): headline case
        (``boilerplate.is_title_case``) and two or more function words (determiners, prepositions,
        conjunctions, particles) capitalised inside the line where no sentence starts, which
        prose never does ("Bank of America" keeps "of" low)."""
        if not rule_on("headline-case-line"):
            return []
        out, start = [], 0
        for line in self.text.split("\n"):
            end = start + len(line)
            if is_title_case(line) and self._capital_function_words(start, end) >= 2:
                out.append((start, end))
            start = end + 1
        return out

    def _capital_function_words(self, start: int, end: int) -> int:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return 0
        return sum(1 for t in span[1:] if t.pos_ in FUNCTION_POS and t.text[:1].isupper() and not t.is_sent_start
                   and not self.doc[t.i - 1].is_punct)

    def _role_at(self, i: int) -> Optional[tuple[int, str]]:
        # the same token is asked about from titles, descriptions, groups and agents
        if i in self._roles_at:
            return self._roles_at[i]
        # as the module's _role_at, on the token strings read once
        roles = _roles()
        found = None
        for n in range(min(_max_role_words(), i + 1), 0, -1):
            words = self.lowers[i - n + 1:i + 1]
            key = " ".join(words)
            if key in roles:
                found = (i - n + 1, key)
                break
            lemma = " ".join([*words[:-1], self.lemmas[i]])
            if lemma in roles:
                found = (i - n + 1, lemma)
                break
        self._roles_at[i] = found
        return found

    def _sentence_id_at(self, offset: int) -> int:
        # as ArticleTables.sentence_id_at, without rebuilding the start list per call
        k = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return self.tables.sentences[k].sentence_id if self.tables.sentences else 0

