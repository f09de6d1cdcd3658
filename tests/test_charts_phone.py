"""On a phone (390 px) an x-axis title sits below its tick labels and above the note, even when the
labels stand upright (a heatmap's targets). Drawn in headless Chromium, offline."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import charts
from helpers.charts.sample import sample_tables

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright (python) is not installed")

_BOXES = """() => { const r = s => { const e = document.querySelector(s); return e && e.getBoundingClientRect(); };
  const notes = [...document.querySelectorAll('.annotation')].map(a => a.getBoundingClientRect());
  return {labels: r('.xaxislayer-above'), title: r('.g-xtitle'),
          note: notes.reduce((a, b) => (b.top > (a ? a.top : -1) ? b : a), null)}; }"""


def _read_page(page: Path, script: str):
    """Open ``page`` offline in Chromium 390 px wide and return what ``script`` reads from it."""
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page(viewport={"width": 390, "height": 800})
        tab.route("http*://**", lambda route: route.abort())
        tab.goto(page.as_uri())
        tab.wait_for_timeout(1500)
        found = tab.evaluate(script)
        browser.close()
    return found


def _on_a_phone(tmp_path, fig, script: str):
    """Draw one figure on a page 390 px wide and return what ``script`` reads from it."""
    import plotly

    page = tmp_path / "f.html"
    shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", tmp_path / "plotly.min.js")
    page.write_text('<html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
                    '<script src="plotly.min.js"></script></head><body style="margin:0">'
                    + charts.figure_html(fig) + "</body></html>", encoding="utf-8")
    return _read_page(page, script)


def test_the_quote_flow_key_fits_a_phone(tmp_path):
    right = _on_a_phone(tmp_path, charts.quote_flow(sample_tables()),
                        "() => Math.max(...[...document.querySelectorAll('.annotation')]"
                        ".map(a => a.getBoundingClientRect().right))")
    assert right <= 390


def test_upright_labels_push_the_axis_title_and_the_note_down(tmp_path):
    fig = charts.stance_heatmap(sample_tables())
    fig.update_xaxes(ticktext=[f"a long target name {i}" for i in range(len(fig.data[0].x))],
                     tickvals=list(fig.data[0].x), tickangle=90)
    boxes = _on_a_phone(tmp_path, fig, _BOXES)
    assert boxes["title"]["top"] >= boxes["labels"]["bottom"] - 1
    assert boxes["note"]["top"] >= boxes["title"]["bottom"] - 1


def test_the_legend_follows_the_title_closely_on_a_phone(tmp_path):
    gap = _on_a_phone(tmp_path, charts.actor_timeline(sample_tables()),
                      "() => document.querySelector('.legend').getBoundingClientRect().top"
                      " - document.querySelector('.gtitle').getBoundingClientRect().bottom")
    assert 0 <= gap <= 24


def test_on_a_phone_the_inset_map_sits_under_the_main_map(tmp_path):
    # the sample: Norway's places with Chile far west; at 390 px the inset no longer covers the main map
    from helpers.report import write_assets

    write_assets(tmp_path)  # plotly.js and the preloaded world outline
    page = tmp_path / "m.html"
    page.write_text('<html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
                    '<script src="plotly.min.js"></script><script src="world_110m.js"></script></head>'
                    '<body style="margin:0">' + charts.figure_html(charts.quote_map(sample_tables()))
                    + "</body></html>", encoding="utf-8")
    domains = _read_page(page, "() => { const g = document.querySelector('.js-plotly-plot')._fullLayout;"
                               " return [g.geo.domain.y, g.geo2.domain.y]; }")
    (main_lo, _), (_, inset_hi) = domains
    assert inset_hi < main_lo, domains


def test_a_lone_legend_entry_does_not_cover_the_title_on_a_phone(tmp_path):
    # the sample's places are all "only mentioned": one legend entry, which plotly shows (showlegend=True)
    fig = charts.quote_map(sample_tables())
    assert len([tr for tr in fig.data if tr.showlegend]) == 1
    boxes = _on_a_phone(tmp_path, fig, "() => { const r = s => document.querySelector(s).getBoundingClientRect();"
                                       " return {title: r('.gtitle'), legend: r('.legend')}; }")
    assert boxes["legend"]["top"] >= boxes["title"]["bottom"] - 1
