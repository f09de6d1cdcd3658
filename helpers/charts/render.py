"""Showing figures in notebooks and offline HTML reports.

``setup_notebook()`` registers the ``news_report`` plotly renderer and makes it the
default. It emits two representations of each figure: plotly's own mimetype (JupyterLab
draws it) and an HTML ``<div>`` with the figure's fixed id plus a script that draws it
with the page's ``Plotly`` (the reports load ``plotly.min.js`` once, from beside them, and
preload the world topojson so maps need no network). ``show(fig)`` adds a link under the
figure that downloads its data as CSV (a ``data:`` URI, so it works from disk too).

Every chart's modebar is always shown and exports PNG (plotly's camera button) and SVG (an
added button). On a narrow screen (under 640 px, a phone) the drawing script refits the
layout before drawing: the title and the note under the chart are rewrapped to the width,
margins shrink, legends and colour bars move above the plot, and maps take the full width.
"""
from __future__ import annotations

import hashlib
import html
import json
from typing import Optional
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.io._base_renderers import MimetypeRenderer

from ._base import SENTENCE_COLUMN, TEMPLATE, chart_frame, chart_id, csv_text, is_empty, sentence_links

RENDERER = "news_report"
PLOTLY_MIME = "application/vnd.plotly.v1+json"
#: where reports find the world outline if it was not preloaded (relative to the page)
TOPOJSON_URL = "geo/"
CONFIG = {"displaylogo": False, "responsive": True, "topojsonURL": TOPOJSON_URL, "displayModeBar": True,
          "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
#: below this width (px) a figure is refitted for a phone before it is drawn
NARROW = 640

#: on a phone a map's inset goes under the main map (beside it, it covered a third of a thumbnail): the main
#: map keeps this share of the height
PHONE_MAIN_SHARE = 0.62

# Runs in the page before Plotly.newPlot: f = figure, w = width of the figure's div, id = chart id.
_DRAW_JS = """
function nrWrap(t,n){var words=String(t||'').split(/<br>|\\s+/),lines=[],cur='';
 words.forEach(function(x){if(!x)return;if(cur&&(cur+' '+x).replace(/<[^>]+>|&[a-z]+;/g,'_').length>n){lines.push(cur);cur=x;}
 else cur=cur?cur+' '+x:x;});if(cur)lines.push(cur);return lines;}
function nrLen(t){return String(t||'').replace(/<[^>]+>|&[a-z]+;/g,'_').length;}
function nrNarrow(f,w){var L=f.layout,m=L.margin=L.margin||{},grow=0,geo=!!L.geo;
 m.l=geo?4:Math.min(m.l==null?70:m.l,48);m.r=geo?4:Math.min(m.r==null?30:m.r,12);
 var plotW=Math.max(w-m.l-m.r,50),top=10;
 if(L.title&&L.title.text){var t=nrWrap(L.title.text,Math.max(22,Math.floor((w-80)/8.6)));
  L.title.text=t.join('<br>');L.title.font={size:15};L.title.y=1;L.title.yanchor='top';L.title.yref='container';
  L.title.pad={t:46};top=46+19*t.length;}
 var items=(f.data||[]).filter(function(tr){return tr.showlegend!==false&&tr.name&&tr.type!=='sankey';});
 if(L.showlegend!==false&&(items.length>1||items.some(function(tr){return tr.showlegend===true;}))){var iw=Math.max.apply(null,items.map(function(tr){return nrLen(tr.name)*7+45;}));
   var rows=Math.ceil(items.length/Math.max(1,Math.floor((w-10)/iw)));
  L.legend=Object.assign(L.legend||{},{orientation:'h',x:0,xanchor:'left',y:1,yanchor:'bottom',
   title:{text:''},traceorder:'normal'});L._nrTitleTop=top;top+=22*rows+6;}
 var M=L.meta||{};if(M.narrow_yticktext&&L.yaxis){L.yaxis.ticktext=M.narrow_yticktext;}
 if(M.narrow_xaxis&&L.xaxis){Object.assign(L.xaxis,M.narrow_xaxis);}
 L.annotations=(L.annotations||[]).filter(function(a){return a.name!=='nr-wide-only';});
 L.annotations.forEach(function(a){if(a.name==='nr-message')a.text=nrWrap(a.text,Math.max(24,Math.floor((w-24)/8))).join('<br>');});
 (f.data||[]).forEach(function(tr){if(tr.meta&&tr.meta.narrow_text){tr.text=tr.meta.narrow_text;
  tr.textposition=tr.meta.narrow_textposition;}});
 (f.data||[]).forEach(function(tr){var cb=tr.colorbar||(tr.marker&&tr.marker.colorbar);
  if(!cb||tr.showscale===false)return;cb.orientation='h';cb.x=0.9;cb.xanchor='right';cb.y=1.0;cb.yanchor='bottom';
  cb.len=0.55;cb.thickness=9;if(cb.title){cb.title.side='top';}top+=48;});
 (L.annotations||[]).forEach(function(a){if(a.name==='nr-key'&&M.narrow_key)a.text=M.narrow_key;
  if(a.yref==='paper'&&a.y>=1&&a.name!=='nr-footer'){top+=18*String(a.text).split('<br>').length;}});
 grow+=top-(m.t||60);m.t=top;
 (L.annotations||[]).forEach(function(a){if(a.name!=='nr-footer')return;var before=String(a.text).split('<br>').length;
  var lines=[];String(a.text).split('<br>').join(' ').split(/(?=Source: )/).forEach(function(part){
   lines=lines.concat(nrWrap(part,Math.max(30,Math.floor((w-12)/6.4))));});
  a.text=lines.join('<br>');var d=14*(lines.length-before);m.b=(m.b||80)+d;a.yshift=(a.yshift||0)-d;grow+=d;
  a.x=-(m.l-4)/plotW;a.xanchor='left';});
 L.height=Math.max((L.height||450)+grow,200);L.font=Object.assign(L.font||{},{size:12});}
function nrFitMap(f,w){var L=f.layout,m=L.margin||{};if(!L.geo||!(L.meta&&L.meta.aspect))return;
 var plotW=Math.max(w-(m.l==null?80:m.l)-(m.r==null?80:m.r),50),mapH=Math.round(plotW/L.meta.aspect);
 if(w<NR_NARROW&&L.geo2&&L.geo2.domain){mapH=Math.round(mapH/NR_MAIN_SHARE);
  L.geo.domain={x:[0,1],y:[1-NR_MAIN_SHARE,1]};L.geo2.domain={x:[0.1,0.9],y:[0,1-NR_MAIN_SHARE-0.03]};}
 L.height=Math.min(mapH+(m.t||100)+(m.b||80),900);}
"""


def _script_json(obj) -> str:
    # "<" never appears raw, so no text inside a figure can close the <script> element
    return json.dumps(obj, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")


#: the room under a chart kept for its x-axis tick labels and title (``_base.finish``'s 90 px less the
#: note's 8 px gap); on a phone taller labels get more
AXIS_ROOM = 82


def figure_html(fig: go.Figure, *, csv_link: bool = True) -> str:
    """A self-drawing ``<div>`` for a page that already loaded ``plotly.min.js``."""
    fig_json = pio.to_json(fig, validate=False, engine="json")
    # a figure from elsewhere has no fixed id: one derived from its content keeps ids unique
    fid = chart_id(fig) if chart_id(fig) != "figure" else \
        "figure-" + hashlib.sha1(fig_json.encode("utf-8")).hexdigest()[:10]
    height = fig.layout.height or 450
    parts = [
        f'<figure class="nr-figure" data-chart="{html.escape(fid)}" data-empty="{str(is_empty(fig)).lower()}" '
        f'style="margin:0 0 1.5em 0;max-width:100%;overflow:hidden">',
        f'<div id="{html.escape(fid)}" class="plotly-graph-div" style="height:{int(height)}px;width:100%"></div>',
        "<script>(function(){" + f"var NR_NARROW={NARROW},NR_MAIN_SHARE={PHONE_MAIN_SHARE};" + _DRAW_JS +
        f"var fig={fig_json.replace('<', chr(92) + 'u003c')};var cfg={_script_json(CONFIG)};"
        f"var id={_script_json(fid)};"
        # the div just before this script, so a figure shown twice still draws twice
        "var el=document.currentScript.previousElementSibling;"
        "if(!window.Plotly){el.textContent='plotly.js is not loaded on this page: open the report from its folder.';"
        "return;}"
        f"var w=el.clientWidth||window.innerWidth;if(w<{NARROW}){{nrNarrow(fig,w);"
        # a phone keeps only the export and reset buttons: a short modebar beside a title wrapped short
        "cfg.modeBarButtonsToRemove=(cfg.modeBarButtonsToRemove||[]).concat(['zoom2d','pan2d','zoomIn2d',"
        "'zoomOut2d','autoScale2d','resetScale2d','zoomInGeo','zoomOutGeo','resetGeo','hoverClosestGeo',"
        "'hoverClosestCartesian','hoverCompareCartesian','toggleSpikelines','sendDataToCloud','pan2d','select2d',"
        "'lasso2d']);}"
        "nrFitMap(fig,w);"
        "el.style.height=fig.layout.height+'px';"
        "cfg.toImageButtonOptions={format:'png',filename:id,scale:2};"
        "cfg.modeBarButtonsToAdd=[{name:'Download plot as an svg',title:'Download plot as an svg',"
        "icon:Plotly.Icons.disk,click:function(gd){Plotly.downloadImage(gd,{format:'svg',filename:id});}}];"
        "var narrowTop=fig.layout._nrTitleTop;delete fig.layout._nrTitleTop;"
        "Plotly.newPlot(el,fig.data,fig.layout,cfg).then(function(gd){"
        # on a phone the legend's real height decides the top margin (legends wrap as plotly likes)
        f"if(w>={NARROW})return;var fl=gd._fullLayout,up={{}},extraB=0,extraT=0;"
        # x-axis titles wrap to their own axis' drawn width (long y labels may have narrowed it; a panel of two
        # is narrower still)
        "Object.keys(fl).forEach(function(k){var ax=fl[k];if(!/^xaxis\\d*$/.test(k)||!ax.title||!ax.title.text)return;"
        "var t=nrWrap(ax.title.text,Math.max(14,Math.floor((ax._length||fl._size.w)/7.4)));"
        "if(t.length>1){up[k+'.title.text']=t.join('<br>');extraB=Math.max(extraB,16*(t.length-1));}});"
        # tall tick labels (a heatmap's targets, turned upright) push the x title below them and the note down
        "var xa=fl.xaxis,lab=gd.querySelector('.xaxislayer-above');"
        "if(xa&&xa.visible&&xa.title&&xa.title.text&&lab){"
        "var nl=String(up['xaxis.title.text']||xa.title.text).split('<br>').length;"
        f"var over=Math.ceil(lab.getBoundingClientRect().height+10+16*nl-{AXIS_ROOM});"
        "if(over>16*(nl-1)){extraB=Math.max(extraB,over);up['xaxis.automargin']=true;up['xaxis.title.standoff']=6;}}"
        # the note starts at the page's left edge even when long axis labels widened the margin
        "(fl.annotations||[]).forEach(function(a,i){if(a.name!=='nr-footer')return;"
        "up['annotations['+i+'].x']=-(fl._size.l-4)/fl._size.w;"
        "if(extraB)up['annotations['+i+'].yshift']=a.yshift-extraB;});"
        "if(extraB)up['margin.b']=fl.margin.b+extraB;"
        "var lg=narrowTop&&gd.querySelector('.legend');"
        "if(lg){var need=Math.ceil(narrowTop+lg.getBoundingClientRect().height+8);"
        "if(Math.abs(need-fl.margin.t)>4){up['margin.t']=need;extraT=need-fl.margin.t;}}"
        "if(extraB||extraT)up.height=fl.height+extraB+extraT;"
        "if(Object.keys(up).length)Plotly.relayout(gd,up).then(function(){el.style.height=gd._fullLayout.height+'px';});"
        "});"
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
    """Call once at the top of a notebook: figures draw under papermill/nbconvert and in reports, and
    summary tables show as tables a reader expects (``frame_html``)."""
    use_report_renderer()
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebooks
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, frame_html)


def frame_html(df: pd.DataFrame) -> str:
    """A DataFrame as a plain table: a named index becomes the first column (pandas draws its name on a
    second header row of its own), a numbered index is left out, and a missing value is a dash, not NaN.
    A ``SENTENCE_COLUMN`` ("sentence": numbers from 1) shows each number as a link to its sentence in the article
    page (every other cell is escaped)."""
    if SENTENCE_COLUMN in df.columns or df.index.name == SENTENCE_COLUMN:
        return _linked_html(df)
    if isinstance(df.index, pd.RangeIndex) and df.index.name is None:
        return df.to_html(index=False, border=0, na_rep="—", classes="dataframe")
    if df.index.nlevels == 1 and df.index.name is not None and df.index.name not in df.columns:
        return df.reset_index().to_html(index=False, border=0, na_rep="—", classes="dataframe")
    return df.to_html(border=0, na_rep="—", classes="dataframe")


#: a cell of more characters than this is prose (an evidence sentence) and gets a minimum width
LONG_CELL = 60


def _linked_html(df: pd.DataFrame) -> str:
    """``frame_html`` of a table with a ``SENTENCE_COLUMN``: text escaped here, the links written as markup."""
    keep_index = not (isinstance(df.index, pd.RangeIndex) and df.index.name is None)
    out = df.reset_index() if keep_index else df.copy()

    def cell(v):
        if v is None or (isinstance(v, float) and pd.isna(v)):
            return "—"
        text = html.escape(str(v), quote=False)
        # a sentence of text keeps a readable width: on a phone it was squeezed to a word a line while the table
        # scrolled in its box anyway
        return f'<div style="min-width:14em">{text}</div>' if len(text) > LONG_CELL else text

    def column(col):
        if col.name == SENTENCE_COLUMN:
            return col.map(sentence_links)
        if pd.api.types.is_float_dtype(col):  # as to_html writes a column of scores: two decimals
            return col.map(lambda v: "—" if pd.isna(v) else f"{v:.2f}")
        return col.map(cell)
    out = out.apply(column)
    out.columns = [html.escape(str(c), quote=False) for c in out.columns]
    return out.to_html(index=False, border=0, escape=False, classes="dataframe")


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


#: character offsets: in tables.json and the CSV exports, not in the on-page tables (they took the width)
OFFSET_COLUMNS = ("start", "end", "first_start", "speaker_start", "speaker_end", "cue_start", "cue_end",
                  "trigger_start", "trigger_end")


def display_frame(df):
    """A table made for reading: no offsets, lists joined, whole numbers without ``.0``, blanks not ``NaN``."""
    import pandas as pd

    df = df.drop(columns=[c for c in OFFSET_COLUMNS if c in df.columns])
    for col in df.columns:
        values = df[col]
        if values.map(lambda v: isinstance(v, (list, tuple))).any():
            df[col] = values.map(lambda v: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        elif pd.api.types.is_float_dtype(values) and values.dropna().map(float.is_integer).all():
            df[col] = values.astype("Int64")
    return df.astype(object).where(df.notna(), "")


def show_tables(tables, *, names: Optional[tuple[str, ...]] = None) -> None:
    """Every table as an interactive view: searchable, sortable, prose left-aligned, scrolling inside its box."""
    import itables
    import pandas as pd
    from IPython.display import HTML, display

    from .summary import TABLE_NAMES

    _init_itables()
    for name in names or TABLE_NAMES:
        raw = tables.frame(name)
        df = display_frame(raw)
        display(HTML(f"<h3>{html.escape(name)} <small>({len(df)} rows)</small></h3>"))
        if df.empty:
            display(HTML("<p><i>No rows yet.</i></p>"))
            continue
        numeric = [i for i, c in enumerate(raw.columns.drop([c for c in OFFSET_COLUMNS if c in raw.columns]))
                   if pd.api.types.is_numeric_dtype(raw[c]) and not pd.api.types.is_bool_dtype(raw[c])]
        text_cols = [i for i, c in enumerate(df.columns) if c in ("text", "evidence_text", "title")]
        itables.show(df, allow_html=False, lengthMenu=[5, 10, 25, 100], pageLength=10, showIndex=False,
                     classes="display compact", scrollX=True, autoWidth=False,
                     layout={"topStart": "pageLength", "topEnd": "search"},
                     columnDefs=[{"className": "dt-right", "targets": numeric},
                                 {"className": "nr-text dt-left", "targets": text_cols},
                                 {"className": "dt-left", "targets": "_all"}])
    # prose columns keep a readable width (the table scrolls inside its box on a phone)
    display(HTML("<style>.dt-container td.nr-text{min-width:18em;max-width:40em}</style>"))
