"""The explorable report: run the notebooks on one article and write offline HTML pages.

``python -m helpers.report --article PATH [--published YYYY-MM-DD] --out reports``
analyses the article once (its tables go to ``reports/tables.json``), runs each
notebook with papermill (kernel ``python3``) on those tables, converts it to HTML
without its code, and writes ``reports/NN_*.html`` and the landing page
``reports/index.html``. plotly.js is shipped once beside the pages
(``reports/plotly.min.js``, from the installed plotly package) and the world outline
as ``reports/world_110m.js``, so the pages open from disk with no network.

With ``--corpus DIR`` (a corpus run written by ``python -m helpers analyze FOLDER --out
DIR``) the corpus page ``05_corpus.html`` is rendered from that run too, offline, with the
same assets; ``--corpus-only`` renders just that page. ``make report`` passes the newest
cached run of notebook 05 when there is one; ``make corpus-report CORPUS=DIR`` renders it.

Every page fits a phone: at 390 px nothing scrolls sideways (tables scroll inside their
own box, figures refit themselves, see ``charts.render``).

``python -m helpers.report --refresh-notebooks`` re-executes notebooks 01-04 in place on
the bundled article and strips the outputs that nbval ignores (figures, interactive
tables), so the stored notebooks keep only their small summary outputs.
"""
from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
SEED_ARTICLE = ROOT / "data" / "articles" / "kremlin-summit.txt"
TOPOJSON = ROOT / "data" / "geo" / "world_110m.json"
#: notebook stem -> page title, in report order
NOTEBOOKS = {
    "01_article": "The article, its actors and quotes",
    "02_actor_timeline": "Actor timeline",
    "03_quote_map": "Who said what about whom, and where",
    "04_country_stance": "Who stands where",
}
CORPUS_NOTEBOOK = "05_corpus"
CORPUS_TITLE = "The corpus: many articles at once"
#: every notebook stored in git with its summary outputs (05 is about a corpus, not one article's report)
STORED_NOTEBOOKS = (*NOTEBOOKS, CORPUS_NOTEBOOK)
KERNEL = "python3"
#: cells with this tag hold figures or interactive tables: nbval skips them, git keeps them empty
IGNORE_TAG = "nbval-ignore-output"
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# The lab template minus everything it would fetch from a CDN (require.js, MathJax,
# mermaid), plus the one local plotly.js and the preloaded world outline.
_TEMPLATE = r"""
{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}
<script src="plotly.min.js"></script>
<script src="world_110m.js"></script>
{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style>
  body.jp-Notebook main { max-width: 1100px; margin: 0 auto; }
  nav.nr-nav { font: 14px system-ui, sans-serif; padding: .6em 0 1em; border-bottom: 1px solid #ddd; margin-bottom: 1em; }
  nav.nr-nav a { display: inline-block; margin: .15em 1.2em .15em 0; }
  nav.nr-nav a.here { font-weight: 700; color: #000; text-decoration: none; }
  /* prose reads left to right; wide tables scroll inside their own box, never the page */
  .jp-RenderedHTMLCommon td:not(.dt-right), .jp-RenderedHTMLCommon th:not(.dt-right), .jp-RenderedHTMLCommon tr { text-align: left !important; }
  .jp-OutputArea-output { max-width: 100%; overflow-x: auto; }
  .jp-RenderedHTMLCommon table { max-width: 100%; }
  .jp-RenderedHTMLCommon p, .jp-RenderedHTMLCommon li { overflow-wrap: anywhere; }
  .dt-container { max-width: 100%; overflow-x: auto; }
  @media (max-width: 640px) {
    body.jp-Notebook { padding: 0 4px; }
    .jp-Cell { padding: 2px 0 !important; }
    .jp-OutputArea-child, .jp-OutputArea-output, .jp-Cell-outputWrapper { min-width: 0; }
    .jp-RenderedHTMLCommon h1 { font-size: 1.45em; }
    .jp-RenderedHTMLCommon h2 { font-size: 1.2em; }
  }
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
{{ resources.nr_nav }}
{%- endblock body_header -%}
"""


class ReportError(RuntimeError):
    """A notebook failed while the report was being built."""


# -- what the notebooks call ------------------------------------------------------

def load_tables(article_path: Optional[str] = None, *, published: Optional[str] = None,
                tables_path: Optional[str] = None):
    """An article's tables: read from ``tables_path`` (a JSON document) or analysed from the article."""
    from .tables import ArticleTables

    if tables_path:
        doc = json.loads(Path(tables_path).read_text(encoding="utf-8"))
        return ArticleTables.from_dict(doc)
    from . import analyze, load_article

    path = str(article_path or SEED_ARTICLE)
    listed = catalogue_entry(path)
    return analyze(load_article(path, published=published or listed.get("published"),
                                title=listed.get("title"), source_name=listed.get("source")))


#: catalogue (``helpers.article.CATALOGUE``) column -> article field
CATALOGUE_FIELDS = {"title": "title", "publication_date": "published", "publisher": "source"}


def catalogue_entry(article_path: str) -> dict:
    """Title, publication date and publisher of an article listed in a ``metadata.tsv`` catalogue.

    The catalogue sits in the article's folder or the one above it, is tab-separated, and names
    each article in its ``filename`` column (with or without the extension). Values such as
    ``None`` or an empty cell count as missing; an unreadable catalogue is ignored. A sidecar
    (``NAME.meta.json``) and ``--published`` still win, as they are about this one file.
    """
    import csv

    from .article import CATALOGUE

    path = Path(article_path)
    if not path.is_file() or (path.with_name(path.stem + ".meta.json")).exists():
        return {}
    for folder in (path.parent, path.parent.parent):
        catalogue = folder / CATALOGUE
        if not catalogue.is_file():
            continue
        try:
            with catalogue.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    if (row.get("filename") or "").strip() in (path.stem, path.name):
                        return {field: row[col].strip() for col, field in CATALOGUE_FIELDS.items()
                                if (row.get(col) or "").strip() not in ("", "None", "NA")}
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
    return {}


# -- building the report ----------------------------------------------------------

def write_assets(out: Path) -> None:
    """plotly.js and the world outline beside the pages (copied only when they changed)."""
    import plotly

    out.mkdir(parents=True, exist_ok=True)
    plotly_js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    _copy_if_changed(plotly_js, out / "plotly.min.js")
    _copy_if_changed(TOPOJSON, out / "geo" / "world_110m.json")
    # preloaded so that pages opened from file:// need no fetch (browsers refuse file:// fetches)
    js = ("window.PlotlyGeoAssets=window.PlotlyGeoAssets||{topojson:{}};"
          "window.PlotlyGeoAssets.topojson=window.PlotlyGeoAssets.topojson||{};"
          f"window.PlotlyGeoAssets.topojson.world_110m={TOPOJSON.read_text(encoding='utf-8').strip()};\n")
    target = out / "world_110m.js"
    if not target.exists() or target.read_text(encoding="utf-8") != js:
        target.write_text(js, encoding="utf-8")


def _copy_if_changed(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if not dst.exists() or dst.stat().st_size != src.stat().st_size or dst.read_bytes() != src.read_bytes():
        shutil.copyfile(src, dst)


def run_notebook(stem: str, parameters: dict, *, output: Path) -> None:
    """Execute ``notebooks/STEM.ipynb`` with papermill into ``output``."""
    import papermill as pm

    try:
        pm.execute_notebook(str(NOTEBOOK_DIR / f"{stem}.ipynb"), str(output), parameters=parameters,
                            kernel_name=KERNEL, cwd=str(NOTEBOOK_DIR), progress_bar=False, log_output=False)
    except pm.PapermillExecutionError as exc:
        raise ReportError(f"{stem}: {exc.ename}: {exc.evalue}") from None


def notebook_html(executed: Path, *, title: str, nav: str) -> str:
    """An executed notebook as an HTML page without code, for a folder holding plotly.min.js."""
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    nb.metadata["title"] = title
    exporter = HTMLExporter(template_name="lab", extra_loaders=[jinja2.DictLoader({"report.html.j2": _TEMPLATE})])
    exporter.template_file = "report.html.j2"
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb, resources={"nr_nav": nav})
    return body


def _quiet_kernels() -> None:
    # kernels inherit the worker's stderr and greet it with transport warnings; a failing
    # notebook still reaches the user, as the ReportError its worker raises
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


def _render_page(stem: str, params: dict, out: Path, tmp: Path, title: str, nav: str = "") -> tuple[Path, float]:
    t0 = time.perf_counter()
    executed = tmp / f"{stem}.ipynb"
    run_notebook(stem, params, output=executed)
    page = out / f"{stem}.html"
    page.write_text(notebook_html(executed, title=title, nav=nav or nav_html(stem)), encoding="utf-8")
    return page, time.perf_counter() - t0


def nav_html(current: Optional[str], *, corpus: bool = False, index: bool = True) -> str:
    links = ['<a href="index.html"%s>Overview</a>' % (' class="here"' if current is None else "")] if index else []
    pages = dict(NOTEBOOKS) if index else {}
    if corpus:
        pages[CORPUS_NOTEBOOK] = "The corpus"
    for stem, label in pages.items():
        here = ' class="here"' if stem == current else ""
        links.append(f'<a href="{stem}.html"{here}>{html.escape(label)}</a>')
    return '<nav class="nr-nav">' + "".join(links) + "</nav>"


def index_html(tables, pages: Sequence[str], *, corpus: bool = False) -> str:
    """The landing page: headline figures, top speakers and links (all article text escaped).

    Quotes are counted per statement: the fragments of one sentence count once.
    """
    from .charts import headline, stance_finding
    from .charts._base import accuracy_line, split_title, stance_caveat

    h = headline(tables)
    esc = html.escape
    figures = [("statements", h["statements"]), ("actors", h["actors"]), ("countries", h["countries"]),
               ("events", h["events"]), ("stances", h["stances"]), ("words", h["words"])]
    tiles = "".join(f'<div class="tile"><b>{n}</b><span>{esc(k)}</span></div>' for k, n in figures)
    from .charts.who_said_what import UNATTRIBUTED

    speakers = "".join(f"<li>{esc(name)} — {n} statement{'s' if n != 1 else ''}</li>"
                       for name, n in h["top_speakers"] if name != UNATTRIBUTED)  # a speaker, not a gap
    head, deck = split_title(h["title"])
    if not tables.article.title:  # no title anywhere: the file's name in words, said to be that
        head = " ".join(tables.article.article_id.replace("_", "-").split("-")).strip().capitalize() or head
        deck = "untitled article, named after its file"
    titles = {**NOTEBOOKS, CORPUS_NOTEBOOK: CORPUS_TITLE}
    links = "".join(f'<li><a href="{stem}.html">{esc(titles[stem])}</a></li>'
                    for stem in [*pages, *([CORPUS_NOTEBOOK] if corpus else [])])
    finding = stance_finding(tables)
    # with no firm stance, say what is and is not known instead of promoting a lead to a finding
    finding_html = f'<p class="finding">{esc(finding)}.</p>' if finding else \
        f'<p class="meta">{esc(stance_caveat(tables))}.</p>'
    finding_html += f'<p class="meta">Measured on unseen articles: {esc(accuracy_line("stances"))}; ' \
                    f'{esc(accuracy_line("quotes"))}.</p>'
    when = f"published {esc(h['published'])}" if h["published"] else "publication date unknown"
    topic = f"<p>Main topic of the stances: <b>{esc(h['main_topic'])}</b></p>" if h["main_topic"] else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report: {esc(head)}</title>
<style>
body{{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;overflow-wrap:anywhere}}
.finding{{font-size:1.2em;font-weight:600;color:#333}}
h1{{font-size:1.6em;margin-bottom:.2em}} .meta{{color:#666;margin-top:0}} .deck{{font-size:1.1em;color:#444;margin:.2em 0 .4em}}
.tiles{{display:flex;flex-wrap:wrap;gap:.8em;margin:1.2em 0}}
.tile{{border:1px solid #ddd;border-radius:8px;padding:.6em 1em;min-width:7em;background:#fafafa}}
.tile b{{display:block;font-size:1.8em;color:#0072B2}} .tile span{{color:#555}}
nav.nr-nav{{font-size:14px;padding:.6em 0 1em;border-bottom:1px solid #ddd}} nav.nr-nav a{{display:inline-block;margin:.15em 1.2em .15em 0}}
nav.nr-nav a.here{{font-weight:700;color:#000;text-decoration:none}}
</style></head>
<body>
{nav_html(None, corpus=corpus)}
<h1>{esc(head)}</h1>
{f'<p class="deck">{esc(deck)}</p>' if deck else ''}
<p class="meta">{when} · source: {esc(_source_name(tables.article))}</p>
{finding_html}
<div class="tiles">{tiles}</div>
<p class="meta">A statement is what one speaker says in one sentence: a sentence quoted in fragments counts once.</p>
<h2>Top speakers</h2>
{f'<ol>{speakers}</ol>' if speakers else '<p><i>No quotes found.</i></p>'}
{topic}
<h2>The report</h2>
<ol>{links}</ol>
<p class="meta">Tables as JSON: <a href="tables.json">tables.json</a>. Every chart has a CSV link under it.
Source: this article; tables by helpers.</p>
</body></html>
"""


def _source_name(article) -> str:
    # the file name, not the builder's absolute path
    return article.source or article.url or (Path(article.path).name if article.path else "unknown")


def build(article: Optional[str] = None, *, out: Path, published: Optional[str] = None,
          tables_path: Optional[str] = None, notebooks: Sequence[str] = tuple(NOTEBOOKS), jobs: int = 2,
          corpus: Optional[str] = None,
          progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)) -> list[Path]:
    """Write the report pages for one article (or a saved tables document) into ``out``.

    ``corpus``: a corpus run folder; its page ``05_corpus.html`` is rendered as well.
    """
    out = Path(out)
    unknown = [n for n in notebooks if n not in NOTEBOOKS]
    if unknown:
        raise ValueError(f"unknown notebook(s) {unknown}; choose from {list(NOTEBOOKS)}")
    started = time.perf_counter()
    tables = load_tables(article, published=published, tables_path=tables_path)
    out.mkdir(parents=True, exist_ok=True)
    tables_json = out / "tables.json"
    tables_json.write_text(tables.to_json(), encoding="utf-8")
    write_assets(out)
    progress(f"analysed {tables.article.article_id}: {len(tables.actors)} actors, {len(tables.quotes)} quotes "
             f"({time.perf_counter() - started:.1f} s)")
    params = {"article_path": str(Path(article).resolve()) if article else None,
              "published": published, "tables_path": str(tables_json.resolve())}
    from .charts._base import split_title

    title = split_title(tables.article.title or tables.article.article_id)[0]
    jobs = max(1, min(jobs, len(notebooks)))
    written = []
    with tempfile.TemporaryDirectory(prefix="report-") as tmp:
        work = [(stem, params, out, Path(tmp), f"{NOTEBOOKS[stem]} — {title}", nav_html(stem, corpus=bool(corpus)))
                for stem in notebooks]
        if corpus:
            work.append(_corpus_work(corpus, out, Path(tmp), index=True))
        if jobs == 1:
            results = (_render_page(*w) for w in work)
        else:
            # each notebook runs in its own kernel anyway; two at a time halves the wait on 2 cores
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_quiet_kernels)
            results = (f.result() for f in [pool.submit(_render_page, *w) for w in work])
        try:
            for i, (page, seconds) in enumerate(results, 1):
                written.append(page)
                progress(f"[{i}/{len(work)}] {page} ({page.stat().st_size / 1e6:.1f} MB, {seconds:.1f} s)")
        finally:
            if jobs > 1:
                pool.shutdown(cancel_futures=True)
    index = out / "index.html"
    index.write_text(index_html(tables, notebooks, corpus=bool(corpus)), encoding="utf-8")
    written.append(index)
    progress(f"report ready: {index} (open it in a browser; no network needed)")
    return written


def _corpus_work(corpus: str, out: Path, tmp: Path, *, index: bool) -> tuple:
    run = Path(corpus)
    if not (run / "article").exists():
        from .article import InputError

        raise InputError(f"{corpus}: not a corpus run (no article/ table; write one with "
                         f"python -m helpers analyze FOLDER --out {corpus})")
    params = {"out_dir": str(run.resolve()), "label": run.name}
    return (CORPUS_NOTEBOOK, params, out, tmp, CORPUS_TITLE,
            nav_html(CORPUS_NOTEBOOK, corpus=True, index=index))


def build_corpus(corpus: str, *, out: Path,
                 progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)) -> Path:
    """Render only the corpus page of a corpus run into ``out`` (with plotly.js and the map beside it)."""
    out = Path(out)
    work = _corpus_work(corpus, out, out, index=False)
    write_assets(out)
    with tempfile.TemporaryDirectory(prefix="report-") as tmp:
        page, seconds = _render_page(*work[:3], Path(tmp), *work[4:])
    progress(f"corpus page ready: {page} ({seconds:.1f} s; open it in a browser; no network needed)")
    return page


# -- keeping the stored notebooks current ------------------------------------------

def strip_ignored_outputs(nb) -> None:
    """Empty the outputs nbval does not compare, and drop run metadata, so git stays small."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if IGNORE_TAG in cell.metadata.get("tags", []):
            cell.outputs = []
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)


def refresh_notebooks(notebooks: Sequence[str] = STORED_NOTEBOOKS,
                      progress: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)) -> None:
    """Re-execute the stored notebooks in place on the bundled article, keeping summary outputs only."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    for stem in notebooks:
        path = NOTEBOOK_DIR / f"{stem}.ipynb"
        t0 = time.perf_counter()
        nb = nbformat.read(str(path), as_version=4)
        try:
            NotebookClient(nb, kernel_name=KERNEL, timeout=600,
                           resources={"metadata": {"path": str(NOTEBOOK_DIR)}}).execute()
        except CellExecutionError as exc:
            # the stored notebook is left as it was; the last line of the traceback says why
            raise ReportError(f"{stem}: {exc.ename}: {exc.evalue}") from None
        strip_ignored_outputs(nb)
        nbformat.write(nb, str(path))
        progress(f"refreshed {path} ({time.perf_counter() - t0:.1f} s)")


def _check_tables_document(path: str) -> None:
    from .article import InputError

    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    try:
        load_tables(tables_path=path)
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: not a tables document ({exc})") from None


# -- command line -------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = _Parser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", help="the article (.txt, .md or .html); default: the bundled one")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (wins over the sidecar)")
    parser.add_argument("--tables", help="draw from a saved JSON document of tables instead of analysing")
    parser.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: reports)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    parser.add_argument("--only", action="append", choices=list(NOTEBOOKS), help="build only this notebook")
    parser.add_argument("--corpus", help="a corpus run folder (python -m helpers analyze ... --out DIR): "
                                         "render its page 05_corpus.html too")
    parser.add_argument("--corpus-only", action="store_true", help="render only the corpus page of --corpus")
    parser.add_argument("--refresh-notebooks", action="store_true",
                        help="re-execute the stored notebooks (01-05) in place, keeping summary outputs (for nbval)")
    args = parser.parse_args(argv)
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out {args.out} is a file, not a folder")
    from .article import InputError

    try:
        if args.refresh_notebooks:
            refresh_notebooks(args.only or STORED_NOTEBOOKS)
            return EXIT_OK
        if args.corpus_only:
            if not args.corpus:
                parser.error("--corpus-only needs --corpus DIR")
            build_corpus(args.corpus, out=args.out)
            return EXIT_OK
        if args.corpus:
            _corpus_work(args.corpus, args.out, args.out, index=True)  # a bad folder fails before the work starts
        if args.tables:
            _check_tables_document(args.tables)
        build(args.article or (None if args.tables else str(SEED_ARTICLE)), out=args.out,
              published=args.published, tables_path=args.tables, notebooks=args.only or tuple(NOTEBOOKS),
              jobs=args.jobs, corpus=args.corpus)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ReportError as exc:
        print(f"error: notebook failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
