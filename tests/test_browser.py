"""The reports in a real browser: headless Chromium opens them from disk with every outside request cut.

Two articles go through the whole report: the bundled one (with the corpus page, drawn
from a corpus run of both articles) and an invented one written for these tests
(``tests/fixtures/report-fishing-talks.txt``) with script injections appended. A third
page draws every chart from the hand-made sample tables. Every page is opened at 1400 px
and at 390 px (a phone) and must:

- draw the marks of each figure that has data (points, Sankey nodes, heatmap cells, bars;
  maps their countries), with a modebar that exports PNG and SVG;
- not scroll sideways (the body is no wider than the window);
- keep each date axis within the window of the events it shows;
- send no request off the machine, log no console error, and run nothing from the article.

Screenshots of every page at both widths go to ``build/screenshots/`` (``REPORT_SCREENSHOTS``
points elsewhere).
"""
from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

import pytest

from helpers import charts, report
from helpers.charts.sample import sample_tables

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "report-fishing-talks.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")

INJECT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WIDTHS = (1400, 390)
#: chart id -> CSS selector of the marks it must draw when it has data
MARKS = {
    "actor-timeline": ".scatterlayer .trace .points path",
    "quote-positions": ".scatterlayer .trace .points path",
    "quote-flow": ".sankey .sankey-node",
    "stance-heatmap": ".heatmaplayer image",
    "stance-bars": ".barlayer .point path",
    "quote-map": ".geo .choroplethlocation, .geo .scattergeolayer .point",
    "stance-choropleth": ".geo .choroplethlocation",
    "corpus-actors-over-time": ".scatterlayer .trace .points path",
    "corpus-speakers-by-outlet": ".barlayer .point path",
    "corpus-stance-trends": ".heatmaplayer image",
}
MAPS = {"quote-map", "stance-choropleth"}
ARTICLE_PAGES = ["01_article.html", "02_actor_timeline.html", "03_quote_map.html", "04_country_stance.html"]
DAY_MS = 86_400_000
#: screenshots taken of the whole page (the others keep the first screen)
FULL_SHOTS = {"seed-02_actor_timeline", "seed-03_quote_map", "seed-index", "other-03_quote_map", "gallery"}
#: room a date axis may keep beside its first and last event (markers, labels), in pixels; plus a day each side
AXIS_PAD_PX = 45

# what each figure drew, read from plotly's own state after drawing
_READ = """(marks) => [...document.querySelectorAll('figure.nr-figure')].map(f => {
    const id = f.dataset.chart, gd = f.querySelector('.plotly-graph-div'), fl = gd._fullLayout;
    const axes = [];
    for (const k of Object.keys(fl)) {
        const ax = fl[k];
        if (!/^[xy]axis\\d*$/.test(k) || ax.type !== 'date' || !ax.visible) continue;
        const letter = k[0], vals = [];
        for (const tr of gd._fullData) {
            if (tr.visible !== true || (tr[letter + 'axis'] || letter) !== (ax._id || letter)) continue;
            for (const v of (tr[letter] || [])) if (v !== null && v !== undefined) vals.push(new Date(v).getTime());
        }
        if (vals.length) axes.push({name: k, range: ax.range.map(v => new Date(v).getTime()),
                                    lo: Math.min(...vals), hi: Math.max(...vals), px: ax._length});
    }
    const titles = [...f.querySelectorAll('.modebar-btn')].map(b => b.getAttribute('data-title'));
    return {id, empty: f.dataset.empty === 'true',
            marks: marks[id] ? f.querySelectorAll(marks[id]).length : -1,
            countries: f.querySelectorAll('.geo .countries path').length,
            png: titles.some(t => /png/i.test(t || '')), svg: titles.some(t => /svg/i.test(t || '')),
            axes, width: gd.getBoundingClientRect().width};
})"""


def _shots() -> Path:
    return Path(os.environ.get("REPORT_SCREENSHOTS") or ROOT / "build" / "screenshots")


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from helpers import corpus

    base = tmp_path_factory.mktemp("reports")
    run = base / "corpus-run"
    corpus.run([str(report.SEED_ARTICLE), str(FIXTURE)], out=run, workers=1, progress=False)
    seed = base / "seed"
    report.build(str(report.SEED_ARTICLE), out=seed, corpus=str(run), progress=lambda line: None)
    article = base / "fishing-talks.txt"
    article.write_text(
        FIXTURE.read_text(encoding="utf-8")
        + f"\nThe minister said {INJECT} was the plan.\n"
        + f"\u201cWe reject {INJECT} entirely,\u201d said Pablo Soto in Santiago.\n",
        encoding="utf-8")
    other = base / "other"
    report.build(str(article), out=other, published="2025-03-14", progress=lambda line: None)
    gallery = base / "gallery"
    report.write_assets(gallery)
    t = sample_tables(extra_text=" " + INJECT)
    body = "".join(charts.figure_html(build(t)) for build in charts.BUILDERS.values())
    (gallery / "gallery.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        'initial-scale=1"><script src="plotly.min.js"></script><script src="world_110m.js"></script></head>'
        f'<body>{charts.article_html(t)}{charts.who_said_what_html(t)}{body}</body></html>', encoding="utf-8")
    return {"seed": seed, "other": other, "gallery": gallery}


def visit(browser, path: Path, *, width: int = 1400, shot: str | None = None) -> dict:
    """Open a page from disk with every non-file request aborted; what it drew and what went wrong."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    left, errors = [], []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else (left.append(route.request.url), route.abort()))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function(
        "() => [...document.querySelectorAll('figure.nr-figure .plotly-graph-div')]"
        ".every(d => d._fullLayout && d.querySelector('.main-svg'))", timeout=30_000)
    page.wait_for_timeout(400)  # geo subplots finish drawing after the promise resolves
    result = {"figures": page.evaluate(_READ, MARKS), "requests": left, "errors": errors,
              "pwned": page.evaluate("() => typeof window.__pwned !== 'undefined'"),
              "overflow": page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"),
              "article": page.inner_text("#article-text") if page.query_selector("#article-text") else None}
    if shot:
        _shots().mkdir(parents=True, exist_ok=True)
        # whole pages for the two views the README shows, the first screen of the others (faster)
        page.screenshot(path=str(_shots() / f"{shot}-{width}.png"), full_page=shot in FULL_SHOTS)
    page.close()
    return result


def _check(result: dict, name: str) -> None:
    assert result["requests"] == [], f"{name}: requests left the machine: {result['requests']}"
    assert result["errors"] == [], f"{name}: console errors: {result['errors']}"
    assert result["pwned"] is False, f"{name}: article markup ran"
    assert result["overflow"] <= 0, f"{name}: the page scrolls sideways by {result['overflow']} px"
    for fig in result["figures"]:
        if fig["id"] in MAPS and not fig["empty"]:
            assert fig["countries"] > 0, f"{name}: map {fig['id']} drew no countries (topojson not loaded?)"
        if not fig["empty"]:
            assert fig["marks"] > 0, f"{name}: {fig['id']} has data but drew no marks"
        assert fig["png"] and fig["svg"], f"{name}: {fig['id']} cannot export PNG and SVG"
        for ax in fig["axes"]:
            span, data = ax["range"][1] - ax["range"][0], ax["hi"] - ax["lo"]
            # the events' window and up to two days each side (one day of padding, one for a window
            # cut to whole days), widened by AXIS_PAD_PX on each side of an axis ax["px"] pixels long
            allowed = (data + 4 * DAY_MS) * ax["px"] / max(ax["px"] - 2 * AXIS_PAD_PX, 1)
            assert span <= allowed, \
                f"{name}: {fig['id']} {ax['name']} spans {span / DAY_MS:.0f} days for events over {data / DAY_MS:.0f}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["seed", "other"])
def test_report_pages_draw_offline_fit_the_window_and_export(browser, built, which, width):
    pages = sorted(p.name for p in built[which].glob("*.html"))
    expected = ARTICLE_PAGES + (["05_corpus.html"] if which == "seed" else []) + ["index.html"]
    assert pages == expected
    seen = []
    for name in pages:
        result = visit(browser, built[which] / name, width=width, shot=f"{which}-{Path(name).stem}")
        _check(result, f"{which}/{name}@{width}")
        seen += [f["id"] for f in result["figures"]]
    article_charts = [c for c in seen if not c.startswith("corpus-")]
    assert article_charts == list(charts.BUILDERS)
    if which == "seed":
        assert [c for c in seen if c.startswith("corpus-")] == ["corpus-actors-over-time",
                                                                 "corpus-speakers-by-outlet", "corpus-stance-trends"]


def test_other_article_shows_markup_as_text(browser, built):
    result = visit(browser, built["other"] / "01_article.html")
    assert INJECT in result["article"]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_chart_draws_its_marks_from_sample_tables(browser, built, width):
    result = visit(browser, built["gallery"] / "gallery.html", width=width, shot="gallery")
    _check(result, f"gallery@{width}")
    assert [f["id"] for f in result["figures"]] == list(charts.BUILDERS)
    assert all(not f["empty"] and f["marks"] > 0 for f in result["figures"]), result["figures"]
    assert html.unescape(html.escape(INJECT)) in result["article"]
    # on a phone every figure fills the width it has, less the page margins
    assert all(f["width"] >= width - 60 for f in result["figures"]), [(f["id"], f["width"]) for f in result["figures"]]


def test_who_said_what_table_searches_and_shows_the_sentence(browser, built):
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto((built["seed"] / "03_quote_map.html").as_uri(), wait_until="load")
    rows = page.locator("#who-said-what tr.st")
    total = rows.count()
    assert total > 0
    page.fill("#who-said-what input", "Starmer")
    visible = page.locator("#who-said-what tr.st:not([hidden])")
    assert 0 < visible.count() < total
    assert all("Starmer" in t for t in visible.all_inner_texts())
    visible.first.click()
    detail = page.locator("#who-said-what tr.st:not([hidden]) + tr.detail:not([hidden])")
    assert detail.count() == 1 and detail.locator("mark").count() == 1
    href = detail.locator("a").get_attribute("href")
    assert href.startswith("01_article.html#sentence-")
    page.close()
    page = browser.new_page()
    page.goto((built["seed"] / href.split("#")[0]).as_uri() + "#" + href.split("#")[1], wait_until="load")
    assert page.locator(f"#{href.split('#')[1]}").count() == 1
    page.close()


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


def test_overflow_check_can_fail(browser, tmp_path):
    """A page wider than a phone is caught (so the 390 px checks above can fail)."""
    page = tmp_path / "wide.html"
    page.write_text('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>'
                    '<body><div style="width:900px">wide</div></body></html>')
    p = browser.new_page(viewport={"width": 390, "height": 600})
    p.goto(page.as_uri(), wait_until="load")
    assert p.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") > 0
    p.close()
