"""Charts of articles unlike the bundled one: no stance behind any statement, an unattributed first quote."""
from __future__ import annotations

import dataclasses

from helpers import charts
from helpers.charts.sample import sample_tables


def test_the_quote_flow_draws_when_no_statement_has_a_stance():
    t = dataclasses.replace(sample_tables(), stances=[])
    fig = charts.quote_flow(t)
    assert fig.data and charts.chart_frame(fig)["score"].isna().all()
