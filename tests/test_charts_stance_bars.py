"""The stance bars say on each bar how many sentences its evidence stands in (fragments of one sentence count once)."""
from __future__ import annotations

from helpers import charts
from helpers.charts.sample import sample_tables
from helpers.charts.stances import evidence_count


def test_each_bar_carries_its_evidence_count():
    # Berg: one quote; Soto: two quotes of one sentence (his reported speech and a partial quote inside it);
    # the council: none (a weak row)
    t = sample_tables()
    fig = charts.stance_bars(t)
    written = {y: text for bar in fig.data for y, text in zip(bar.y, bar.text)}
    assert written["Anna Berg → fishing accord"] == "1 source sentence"
    assert written["Pablo Soto → fishing accord"] == "1 source sentence"  # was "2 pieces of evidence"
    assert written["Norwegian Fisheries Council → fishing accord"] == "no evidence cited"
    assert any("the sentences its evidence stands in" in (a.text or "").replace("<br>", " ")
               for a in fig.layout.annotations)


def test_evidence_count_wording():
    assert [evidence_count(n) for n in (0, 1, 4, None)] == ["no evidence cited", "1 source sentence",
                                                          "4 source sentences", "no evidence cited"]
    # a row that cites no quote or event but has its evidence sentence does not say "no evidence"
    assert evidence_count(0, sentence=True) == "one sentence, no quote"


def test_a_bar_with_an_evidence_sentence_but_no_quote_says_so():
    import dataclasses

    from helpers.records import Stance

    # invented: a narrated stance ("Soto condemned Berg's plan") with its sentence but no quote or event id
    row = Stance("pablo-soto", "CHL", "anna-berg", "actor", -0.9, "oppose", 0.9, (), 0)
    row = dataclasses.replace(row, evidence_text="Soto condemned Berg's plan.")
    t = dataclasses.replace(sample_tables(), stances=[row])
    written = [text for bar in charts.stance_bars(t).data for text in bar.text]
    assert written == ["one sentence, no quote"]
    assert charts.stances_summary(t)["strength"].tolist() == ["one sentence, no quote"]


def test_a_phone_shows_the_count_alone():
    import dataclasses

    t = sample_tables()  # Soto's stance on the accord: a quote of sentence 3 and an event of sentence 1
    t = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("q2", "e1")) if s.holder_id == "pablo-soto"
                                        and s.target == "fishing accord" else s for s in t.stances])
    bars = charts.stance_bars(t).data
    narrow = {y: text for bar in bars for y, text in zip(bar.y, bar.meta["narrow_text"])}
    assert narrow["Pablo Soto → fishing accord"] == "2" and narrow["Anna Berg → fishing accord"] == "1"


def test_the_heatmap_and_the_bars_state_different_findings():
    # invented rows: two Norwegians back a levy firmly, Soto opposes Berg on five pieces in four sentences (q2 and
    # q3 are one sentence), one thin row
    import dataclasses

    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "NOR", "fish levy", "topic", 0.8, "support", 0.9, ("q1", "q2"), 2),
        Stance("norwegian-fisheries-council", "NOR", "fish levy", "topic", 0.7, "support", 0.9, ("q1", "q3"), 2),
        Stance("pablo-soto", "CHL", "anna-berg", "actor", -0.9, "oppose", 0.9, ("q1", "q2", "q3", "e5", "e7"), 5),
        Stance("pablo-soto", "CHL", "NOR", "country", -0.5, "oppose", 0.9, ("q3",), 1)])
    heat = charts.stance_heatmap(t).layout.meta["title"]
    bars = charts.stance_bars(t).layout.meta["title"]
    assert "Berg and the Norwegian Fisheries Council back the fish levy" in heat
    assert "Soto opposes Berg" in heat and "2 stances against, 2 in favour" in heat
    assert bars.startswith("Soto opposes Berg on the most evidence (4 source sentences)")
    assert "1 of 4 stances rest on one sentence" in bars


def test_a_neutral_heatmap_cell_says_neutral_not_plus_zero():
    import dataclasses

    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "NOR", "fish levy", "topic", 0.0, "neutral", 0.9, ("q1",), 1),
        Stance("pablo-soto", "CHL", "fish levy", "topic", -0.5, "oppose", 0.9, ("q2",), 1)])
    cells = [c for row in charts.stance_heatmap(t).data[0].text for c in row if c]
    assert sorted(cells) == ["neutral<br>1 sentence", "oppose<br>1 sentence"]


def test_heatmap_cells_say_the_side_in_words_and_mixed_when_rows_disagree():
    import dataclasses

    from helpers.records import Stance

    # invented: Berg backs the levy once and opposes it once; Soto backs it firmly (score +1)
    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "NOR", "fish levy", "topic", 1.0, "support", 0.9, ("q1",), 1),
        Stance("anna-berg", "NOR", "fish levy", "topic", -1.0, "oppose", 0.9, ("q2",), 1),
        Stance("pablo-soto", "CHL", "fish levy", "topic", 1.0, "support", 0.6, ("q3",), 1)])
    trace = charts.stance_heatmap(t).data[0]
    cells = sorted(c for row in trace.text for c in row if c)
    assert cells == ["mixed<br>2 sentences", "support ?<br>1 sentence"]  # not "+0.00" and "+1.00 ?"
    assert sorted(c for row in trace.meta["narrow_text"] for c in row if c) == ["+?", "±"]


def test_the_landing_page_names_a_country_topic_not_its_code():
    import dataclasses

    from helpers.records import Stance

    t = dataclasses.replace(sample_tables(), stances=[
        Stance("anna-berg", "NOR", "CHL", "country", -0.8, "oppose", 0.9, ("q1", "q2"), 2)])
    assert charts.headline(t)["main_topic"] == "Chile"


def test_a_lone_stance_is_not_said_to_rest_on_the_most_evidence():
    import dataclasses

    from helpers.records import Stance

    # invented: the article's only stance, on three quotes in two sentences
    t = dataclasses.replace(sample_tables(), stances=[
        Stance("pablo-soto", "CHL", "anna-berg", "actor", -0.9, "oppose", 0.9, ("q1", "q2", "q3"), 3)])
    bars = charts.stance_bars(t).layout.meta["title"]
    assert bars == "Soto opposes Berg (2 source sentences); the only stance found"
    assert "0 of 1" not in bars and "most evidence" not in bars


def test_no_stance_is_said_as_not_found_not_as_the_article_taking_no_side():
    import dataclasses

    t = dataclasses.replace(sample_tables(), stances=[])
    for chart in (charts.stance_heatmap, charts.stance_bars, charts.stance_choropleth):
        title = chart(t).layout.meta["title"]
        assert title.startswith("No stance") and title.endswith("found"), title


def test_a_bar_is_as_long_as_its_evidence_and_on_its_side():
    import dataclasses

    t = sample_tables()  # Berg backs the accord on 1 sentence, Soto opposes it on 2 (here), the council on none
    t = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("q2", "q3", "e1")) if s.holder_id ==
                                        "pablo-soto" and s.target == "fishing accord" else s for s in t.stances])
    fig = charts.stance_bars(t)
    drawn = {y: x for bar in fig.data for y, x in zip(bar.y, bar.x)}
    # three pieces, two sentences: the bar is 2 long (the two quotes are one sentence)
    assert drawn["Anna Berg → fishing accord"] == 1 and drawn["Pablo Soto → fishing accord"] == -2
    assert drawn["Norwegian Fisheries Council → fishing accord"] == 1  # a row rests on at least its sentence
    assert all(not str(t).startswith("-") for t in fig.layout.xaxis.ticktext)  # counts, the side in the title


def test_a_phone_names_holder_and_target_short():
    fig = charts.stance_bars(sample_tables())
    assert "Soto → fishing accord" in fig.layout.meta["narrow_yticktext"]
    assert list(fig.layout.yaxis.ticktext) == list(fig.layout.yaxis.tickvals)  # full names at desktop width


def test_a_faint_score_is_a_pale_bar():
    import dataclasses

    t = sample_tables()
    rows = [dataclasses.replace(s, confidence=0.9, score=0.25 if i == 0 else 1.0) for i, s in enumerate(t.stances)]
    fig = charts.stance_bars(dataclasses.replace(t, stances=rows))
    colours = {y: c for bar in fig.data for y, c in zip(bar.y, bar.marker.color)}
    faint = [c for y, c in colours.items() if c.endswith(",0.35)")]
    assert len(faint) == 1 and all(c.endswith(",1.0)") for c in colours.values() if c not in faint), colours


def test_a_heatmap_of_few_targets_is_not_one_block_across_the_page():
    import dataclasses

    from helpers.records import Stance

    # invented: one stance, one sentence; the cell was a solid block the width of the page
    one = dataclasses.replace(sample_tables(), stances=[
        Stance("pablo-soto", "CHL", "fish levy", "topic", -1.0, "oppose", 0.8, ("q2",), 1)])
    fig = charts.stance_heatmap(one)
    assert fig.layout.xaxis.domain[1] <= 0.35 and fig.data[0].colorbar.x > fig.layout.xaxis.domain[1]
    assert fig.layout.meta["narrow_xaxis"] == {"domain": [0, 1]}  # a phone keeps its whole width
    many = dataclasses.replace(one, stances=[dataclasses.replace(one.stances[0], target=f"topic {i}")
                                             for i in range(8)])
    assert tuple(charts.stance_heatmap(many).layout.xaxis.domain or (0, 1)) == (0, 1)
