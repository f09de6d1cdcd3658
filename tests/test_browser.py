"""The reports in a real browser: headless Chromium opens them from disk with the network cut.

For the bundled article, for an article carrying script injections, and for a page of
every chart drawn from the hand-made sample tables, it checks that each figure draws
its marks (points, Sankey nodes, heatmap images, bars; maps draw their countries),
that no console error appears, that no request leaves the machine, and that nothing
in the article ran (``window.__pwned`` stays undefined). Set ``REPORT_SCREENSHOTS=DIR``
to keep a PNG of every page.
"""
from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

import pytest

from helpers import charts, report
from helpers.charts.sample import sample_tables

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")

INJECT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
#: chart id -> CSS selector of the marks it must draw when it has data
MARKS = {
    "actor-timeline": ".scatterlayer .trace .points path",
    "quote-positions": ".scatterlayer .trace .points path",
    "quote-flow": ".sankey .sankey-node",
    "stance-heatmap": ".heatmaplayer image",
    "stance-bars": ".barlayer .point path",
    "quote-map": ".geo .choroplethlocation, .geo .scattergeolayer .point",
    "stance-choropleth": ".geo .choroplethlocation",
}
MAPS = {"quote-map", "stance-choropleth"}


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("reports")
    seed = base / "seed"
    report.build(str(report.SEED_ARTICLE), out=seed, progress=lambda line: None)
    article = base / "injected.txt"
    article.write_text(
        report.SEED_ARTICLE.read_text(encoding="utf-8")
        + f"\n\nThe minister said {INJECT} was the plan.\n"
        + f"\u201cWe reject {INJECT} entirely,\u201d said Kremlin spokesman Dmitry Peskov in Moscow.\n",
        encoding="utf-8")
    injected = base / "injected"
    report.build(str(article), out=injected, published="2025-05-16", progress=lambda line: None)
    gallery = base / "gallery"
    report.write_assets(gallery)
    t = sample_tables(extra_text=" " + INJECT)
    body = "".join(charts.figure_html(build(t)) for build in charts.BUILDERS.values())
    (gallery / "gallery.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="plotly.min.js"></script>'
        f'<script src="world_110m.js"></script></head><body>{charts.article_html(t)}{body}</body></html>',
        encoding="utf-8")
    return {"seed": seed, "injected": injected, "gallery": gallery}


def visit(browser, path: Path, shots: Path | None = None) -> dict:
    """Open a page from disk with every non-file request aborted; what it drew and what went wrong."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    left, errors = [], []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else (left.append(route.request.url), route.abort()))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function(
        "() => [...document.querySelectorAll('figure.nr-figure .plotly-graph-div')]"
        ".every(d => d._fullLayout && d.querySelector('.main-svg'))", timeout=30_000)
    page.wait_for_timeout(500)  # geo subplots finish drawing after the promise resolves
    figures = page.evaluate(
        """(marks) => [...document.querySelectorAll('figure.nr-figure')].map(f => {
            const id = f.dataset.chart;
            return {id, empty: f.dataset.empty === 'true',
                    marks: marks[id] ? f.querySelectorAll(marks[id]).length : -1,
                    countries: f.querySelectorAll('.geo .countries path').length};
        })""", MARKS)
    result = {"figures": figures, "requests": left, "errors": errors,
              "pwned": page.evaluate("() => typeof window.__pwned !== 'undefined'"),
              "article": page.inner_text("#article-text") if page.query_selector("#article-text") else None}
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / f"{path.parent.name}-{path.stem}.png"), full_page=True)
    page.close()
    return result


def _check(result: dict, name: str) -> None:
    assert result["requests"] == [], f"{name}: requests left the machine: {result['requests']}"
    assert result["errors"] == [], f"{name}: console errors: {result['errors']}"
    assert result["pwned"] is False, f"{name}: article markup ran"
    for fig in result["figures"]:
        if fig["id"] in MAPS:
            assert fig["countries"] > 0, f"{name}: map {fig['id']} drew no countries (topojson not loaded?)"
        if not fig["empty"]:
            assert fig["marks"] > 0, f"{name}: {fig['id']} has data but drew no marks"


def _shots() -> Path | None:
    return Path(os.environ["REPORT_SCREENSHOTS"]) if os.environ.get("REPORT_SCREENSHOTS") else None


@pytest.mark.parametrize("which", ["seed", "injected"])
def test_report_pages_draw_offline_and_safely(browser, built, which):
    pages = sorted(built[which].glob("*.html"))
    assert [p.name for p in pages] == ["01_article.html", "02_actor_timeline.html", "03_quote_map.html",
                                       "04_country_stance.html", "index.html"]
    seen = []
    for path in pages:
        result = visit(browser, path, _shots())
        _check(result, f"{which}/{path.name}")
        seen += [f["id"] for f in result["figures"]]
    assert seen == list(charts.BUILDERS)


def test_injected_article_shows_markup_as_text(browser, built):
    result = visit(browser, built["injected"] / "01_article.html")
    assert INJECT in result["article"]


def test_every_chart_draws_its_marks_from_sample_tables(browser, built):
    result = visit(browser, built["gallery"] / "gallery.html", _shots())
    _check(result, "gallery")
    assert [f["id"] for f in result["figures"]] == list(charts.BUILDERS)
    assert all(not f["empty"] and f["marks"] > 0 for f in result["figures"]), result["figures"]
    assert html.unescape(html.escape(INJECT)) in result["article"]


def test_blocking_is_real(browser, tmp_path):
    """The route really aborts outside requests and records them (so the checks above can fail)."""
    page = tmp_path / "net.html"
    page.write_text('<!DOCTYPE html><html><body><img src="https://example.invalid/x.png"></body></html>')
    result_page = browser.new_page()
    left = []
    result_page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
                      else (left.append(r.request.url), r.abort()))
    result_page.goto(page.as_uri(), wait_until="load")
    result_page.close()
    assert left == ["https://example.invalid/x.png"]
