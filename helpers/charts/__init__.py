"""Charts for the report: one figure builder per chart, pure functions of an article's tables.

Each builder takes ``ArticleTables`` and returns a plotly figure with a fixed id
(``fig.layout.meta["chart_id"]``), labelled axes, colour-blind-safe colours (Okabe-Ito,
and a red-grey-blue diverging scale), a source note, and the tidy data it was drawn from
(``chart_frame(fig)``, ``export_csv(fig, path)``). Empty tables give an empty figure that
says so. ``setup_notebook()`` and ``show()`` display them in notebooks and reports.
"""
from ._base import OKABE_ITO, accuracy_line, chart_frame, chart_id, chart_note, export_csv, is_empty, stance_finding
from .article import article_html
from .quotes import quote_flow, quote_map, quote_positions, quote_targets
from .render import figure_html, setup_notebook, show, show_html, show_tables, use_report_renderer
from .stances import main_topic, stance_bars, stance_choropleth, stance_heatmap
from .who_said_what import statement_counts, statements, who_said_what_html
from .summary import (
    actors_summary, events_summary, headline, quotes_summary, stances_summary, table_counts,
)
from .timeline import actor_timeline, timeline_events

#: chart id -> builder, in report order
BUILDERS = {
    "actor-timeline": actor_timeline,
    "quote-flow": quote_flow,
    "quote-positions": quote_positions,
    "quote-map": quote_map,
    "stance-heatmap": stance_heatmap,
    "stance-bars": stance_bars,
    "stance-choropleth": stance_choropleth,
}

__all__ = [
    "BUILDERS", "OKABE_ITO", "accuracy_line", "chart_note", "stance_finding", "statement_counts", "statements",
    "who_said_what_html", "actor_timeline", "timeline_events", "actors_summary", "article_html", "chart_frame", "chart_id",
    "events_summary", "export_csv", "figure_html", "headline", "is_empty", "main_topic", "quote_flow",
    "quote_map", "quote_positions", "quote_targets", "quotes_summary", "setup_notebook", "show", "show_html",
    "show_tables", "stance_bars", "stance_choropleth", "stance_heatmap", "stances_summary", "table_counts",
    "use_report_renderer",
]
