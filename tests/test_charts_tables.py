"""Summary tables in the notebooks and the report: one header row, no pandas index column, no NaN."""
from __future__ import annotations

import pandas as pd

from helpers.charts.render import frame_html


def test_a_named_index_becomes_the_first_column_under_one_header_row():
    df = pd.DataFrame({"statements": [3, 1]}, index=pd.Index(["Ana Costa", "<b>Bo</b>"], name="speaker"))
    out = frame_html(df)
    assert out.count("<tr") == 3  # one header row, two rows
    assert "<th>speaker</th>" in out and "<td>Ana Costa</td>" in out
    assert "&lt;b&gt;Bo&lt;/b&gt;" in out  # names from the article are escaped


def test_a_numbered_index_is_left_out_and_missing_values_are_dashes():
    out = frame_html(pd.DataFrame({"place": ["Oslo", None], "mentions": [2.0, float("nan")]}))
    assert "<th></th>" not in out and ">0<" not in out.replace("<td>2.0</td>", "")
    assert "NaN" not in out and "None" not in out and out.count("—") == 2


def test_sentence_numbers_link_to_the_article_and_every_other_cell_is_escaped():
    import dataclasses

    from helpers.charts import stances_summary
    from helpers.charts.render import frame_html
    from helpers.charts.sample import sample_tables

    t = sample_tables()
    # invented: an evidence sentence carrying markup, and a row citing two quotes of one sentence and an event
    rows = [dataclasses.replace(s, evidence=("q2", "q3", "e1"), evidence_text="<script>alert(1)</script> said")
            if s.holder_id == "pablo-soto" and s.target == "fishing accord" else s for s in t.stances]
    df = stances_summary(dataclasses.replace(t, stances=rows))
    assert df.loc[df["target"] == "fishing accord", "sentence"].tolist()[0] == "1, 3"
    markup = frame_html(df)
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert '<a href="01_article.html#sentence-0" title="show sentence 1 in the article">1</a>' in markup
    assert "<td>-0.60</td>" in markup  # scores keep two decimals


def test_a_link_to_a_sentence_marks_the_whole_sentence_in_the_article():
    from helpers.charts.article import article_html
    from helpers.charts.sample import sample_tables

    page = article_html(sample_tables())
    # every sentence has its anchor, and the page marks the one a link names (up to the next anchor)
    assert all(f'id="sentence-{s.sentence_id}"' in page for s in sample_tables().sentences)
    assert "CSS.highlights.set('nr-sentence'" in page and "::highlight(nr-sentence)" in page
