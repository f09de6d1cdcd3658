"""Showing figures in notebooks and offline HTML reports.

``setup_notebook()`` registers the ``news_report`` plotly renderer and makes it the
default. It emits two representations of each figure: plotly's own mimetype (JupyterLab
draws it) and an HTML ``<div>`` with the figure's fixed id plus a script that draws it
with the page's ``Plotly`` (the reports load ``plotly.min.js`` once, from beside them, and
preload the world topojson so maps need no network). ``show(fig)`` adds a link under the
figure that downloads its data as CSV (a ``data:`` URI, so it works from disk too).
"""
from __future__ import annotations

import hashlib
import html
import json
from typing import Optional
from urllib.parse import quote

import plotly.graph_objects as go
import plotly.io as pio
from plotly.io._base_renderers import MimetypeRenderer

from ._base import TEMPLATE, chart_frame, chart_id, csv_text, is_empty

RENDERER = "news_report"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
#: where reports find the world outline if it was not preloaded (relative to the page)
TOPOJSON_URL = "geo/"
CONFIG = {"displaylogo": False, "responsive": True, "topojsonURL": TOPOJSON_URL,
          "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def _script_json(obj) -> str:
    # "<" never appears raw, so no text inside a figure can close the <script> element
    return json.dumps(obj, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")


def figure_html(fig: go.Figure, *, csv_link: bool = True) -> str:
    """A self-drawing ``<div>`` for a page that already loaded ``plotly.min.js``."""
    fig_json = pio.to_json(fig, validate=False, engine="json")
    # a figure from elsewhere has no fixed id: one derived from its content keeps ids unique
    fid = chart_id(fig) if chart_id(fig) != "figure" else \
        "figure-" + hashlib.sha1(fig_json.encode("utf-8")).hexdigest()[:10]
    height = fig.layout.height or 450
    parts = [
        f'<figure class="nr-figure" data-chart="{html.escape(fid)}" data-empty="{str(is_empty(fig)).lower()}" '
        f'style="margin:0 0 1.5em 0">',
        f'<div id="{html.escape(fid)}" class="plotly-graph-div" style="height:{int(height)}px;width:100%"></div>',
        "<script>(function(){"
        f"var fig={fig_json.replace('<', chr(92) + 'u003c')};var cfg={_script_json(CONFIG)};"
        # the div just before this script, so a figure shown twice still draws twice
        "var el=document.currentScript.previousElementSibling;"
        "if(window.Plotly){Plotly.newPlot(el,fig.data,fig.layout,cfg);}"
        "else{el.textContent='plotly.js is not loaded on this page: open the report from its folder.';}"
        "})();</script>",
    ]
    if csv_link:
        data = quote(csv_text(fig), safe="")
        parts.append(f'<figcaption style="font:12px system-ui,sans-serif"><a download="{html.escape(fid)}.csv" '
                     f'href="data:text/csv;charset=utf-8,{data}">Download the data of this chart (CSV, '
                     f'{len(chart_frame(fig))} rows)</a></figcaption>')
    parts.append("</figure>")
    return "".join(parts)


class ReportRenderer(MimetypeRenderer):
    """plotly renderer: the plotly mimetype for JupyterLab plus self-drawing HTML for reports."""

    def to_mimebundle(self, fig_dict):
        fig = go.Figure(fig_dict, skip_invalid=True)
        return {PLOTLY_MIME: {"data": fig_dict.get("data", []), "layout": fig_dict.get("layout", {}),
                              "config": {"displaylogo": False}},
                "text/html": figure_html(fig, csv_link=False)}


def use_report_renderer() -> None:
    """Register the renderer and make it plotly's default (papermill/nbconvert draw nothing otherwise)."""
    pio.renderers[RENDERER] = ReportRenderer()
    pio.renderers.default = RENDERER
    pio.templates.default = TEMPLATE


def setup_notebook() -> None:
    """Call once at the top of a notebook: figures draw under papermill/nbconvert and in reports."""
    use_report_renderer()


_itables_ready = False


def _init_itables() -> None:
    # offline: the DataTables bundle (~1 MB) is embedded once, in the first table's output,
    # so reports open without a network; only notebooks that show tables pay for it
    global _itables_ready
    if not _itables_ready:
        import itables

        itables.init_notebook_mode(all_interactive=False, connected=False)
        _itables_ready = True


def show(fig: go.Figure, *, csv_link: bool = True) -> None:
    """Display a figure (both representations) with its CSV download link."""
    from IPython.display import display

    # plotly's own encoder turns NaN (an empty heatmap cell) into null; the kernel's JSON would refuse it
    fig_dict = json.loads(fig.to_json())
    bundle = {PLOTLY_MIME: {"data": fig_dict.get("data", []), "layout": fig_dict.get("layout", {}),
                            "config": {"displaylogo": False}},
              "text/html": figure_html(fig, csv_link=csv_link)}
    display(bundle, raw=True)


def show_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def show_tables(tables, *, names: Optional[tuple[str, ...]] = None) -> None:
    """Every table as an interactive (sortable, searchable) itables view; cells are escaped."""
    import itables
    from IPython.display import HTML, display

    from .summary import TABLE_NAMES

    _init_itables()
    for name in names or TABLE_NAMES:
        df = tables.frame(name)
        for col in df.columns:
            if df[col].map(lambda v: isinstance(v, (list, tuple))).any():
                df[col] = df[col].map(lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        display(HTML(f"<h3>{html.escape(name)} <small>({len(df)} rows)</small></h3>"))
        if df.empty:
            display(HTML("<p><i>No rows yet.</i></p>"))
            continue
        itables.show(df, allow_html=False, lengthMenu=[5, 10, 25, 100], pageLength=10, showIndex=False,
                     classes="display compact")
