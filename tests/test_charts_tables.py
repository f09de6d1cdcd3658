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
