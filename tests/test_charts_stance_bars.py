"""The stance bars say on each bar how many pieces of evidence it rests on."""
from __future__ import annotations

from helpers import charts
from helpers.charts.sample import sample_tables
from helpers.charts.stances import evidence_count


def test_each_bar_carries_its_evidence_count():
    t = sample_tables()  # Berg: 1 piece of evidence, Soto: 2, the council: none (a weak row)
    fig = charts.stance_bars(t)
    written = {y: text for bar in fig.data for y, text in zip(bar.y, bar.text)}
    assert written["Anna Berg → fishing accord"] == "1 piece of evidence"
    assert written["Pablo Soto → fishing accord"] == "2 pieces of evidence"
    assert written["Norwegian Fisheries Council → fishing accord"] == "no evidence cited"
    assert "pieces of evidence" in fig.layout.annotations[-1].text or any(
        "pieces of evidence" in (a.text or "") for a in fig.layout.annotations)


def test_evidence_count_wording():
    assert [evidence_count(n) for n in (0, 1, 4, None)] == ["no evidence cited", "1 piece of evidence",
                                                          "4 pieces of evidence", "no evidence cited"]


def test_a_phone_shows_the_count_alone():
    bars = charts.stance_bars(sample_tables()).data
    narrow = {y: text for bar in bars for y, text in zip(bar.y, bar.meta["narrow_text"])}
    assert narrow["Pablo Soto → fishing accord"] == "2" and narrow["Anna Berg → fishing accord"] == "1"
