"""Categorical colours are Okabe-Ito without its yellow; unattributed statements are grey."""
from __future__ import annotations

import dataclasses

from helpers.charts._base import MARK_COLORS, NEUTRAL, color_for
from helpers.charts.quotes import OTHER_SPEAKERS, speaker_colors
from helpers.charts.sample import sample_tables
from helpers.charts.who_said_what import UNATTRIBUTED


def test_no_yellow_among_mark_colours_even_past_seven_keys():
    colors = color_for([f"k{i}" for i in range(10)])
    assert "#F0E442" not in colors.values() and len(set(colors.values())) == len(MARK_COLORS) == 7


def test_unattributed_statements_are_grey_and_take_no_ones_colour():
    t = sample_tables()
    q = t.quotes[0]
    t = dataclasses.replace(t, quotes=[dataclasses.replace(q, quote_id="q9", speaker=None, speaker_id=None,
                                                           sentence_id=q.sentence_id + 1), *t.quotes])
    colors = speaker_colors(t)
    assert colors[UNATTRIBUTED] == NEUTRAL
    assert sorted(v for k, v in colors.items() if k != UNATTRIBUTED) == sorted(MARK_COLORS[:2])


def test_speakers_past_seven_share_one_grey_instead_of_repeating_a_colour():
    t = sample_tables()
    q = t.quotes[0]
    extra = [dataclasses.replace(q, quote_id=f"qx{i}", speaker=f"Speaker {i}", speaker_id=f"speaker-{i}",
                                 sentence_id=q.sentence_id + 10 + i) for i in range(9)]
    colors = speaker_colors(dataclasses.replace(t, quotes=[*t.quotes, *extra]))
    named = [c for k, c in colors.items() if k != UNATTRIBUTED]
    own = [c for c in named if c != OTHER_SPEAKERS]
    assert len(named) >= 9 and len(own) == len(set(own)) == len(MARK_COLORS)
    assert named.count(OTHER_SPEAKERS) == len(named) - len(MARK_COLORS) and OTHER_SPEAKERS != NEUTRAL
