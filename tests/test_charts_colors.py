"""Categorical colours are Okabe-Ito without its yellow; unattributed statements are grey."""
from __future__ import annotations

import dataclasses

from helpers.charts._base import MARK_COLORS, NEUTRAL, color_for
from helpers.charts.quotes import speaker_colors
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
