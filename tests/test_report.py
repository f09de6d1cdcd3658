"""helpers.report: command line errors, landing page, assets, stored notebooks, one real page."""
from __future__ import annotations

import dataclasses
import json
import re

import nbformat
import pytest

from helpers import report
from helpers.charts.sample import sample_tables

INJECT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'


def test_missing_article_is_one_line_exit_2(tmp_path, capsys):
    assert report.main(["--article", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
    assert not (tmp_path / "r").exists()


def test_bad_date_and_empty_article_exit_2(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("The minister said the talks went well.", encoding="utf-8")
    assert report.main(["--article", str(art), "--published", "2025-13-45", "--out", str(tmp_path / "r")]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert report.main(["--article", str(empty), "--out", str(tmp_path / "r")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("error: ") for line in lines)


def test_bad_tables_document_and_bad_flag_exit_2(tmp_path, capsys):
    doc = tmp_path / "t.json"
    doc.write_text("{not json", encoding="utf-8")
    assert report.main(["--tables", str(doc), "--out", str(tmp_path / "r")]) == 2
    with pytest.raises(SystemExit) as exc:
        report.main(["--frobnicate"])
    assert exc.value.code == 2
    assert "not a tables document" in capsys.readouterr().err


def test_out_that_is_a_file_is_one_line_exit_2(tmp_path, capsys):
    target = tmp_path / "report.html"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        report.main(["--out", str(target)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_load_tables_round_trips_a_saved_document(tmp_path):
    t = sample_tables()
    path = tmp_path / "t.json"
    path.write_text(t.to_json(), encoding="utf-8")
    assert report.load_tables(tables_path=str(path)) == t


def test_index_escapes_the_article_and_leads_with_counts():
    t = sample_tables(extra_text=INJECT)
    # Soto's stance on the accord in two sentences (a quote and an event), so that it is firm enough to lead
    t = dataclasses.replace(t, stances=[dataclasses.replace(s, evidence=("q2", "e1")) if s.holder_id == "pablo-soto"
                                        and s.target == "fishing accord" else s for s in t.stances])
    page = report.index_html(t, list(report.NOTEBOOKS))
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    tiles = dict((k, int(n)) for n, k in re.findall(r'<div class="tile"><b>(\d+)</b><span>(\w+)</span>', page))
    # three quote rows, two statements: Soto's partial quote belongs to his reported sentence
    assert {k: tiles[k] for k in ("actors", "statements", "countries", "events", "stances")} == {
        "actors": 3, "statements": 2, "countries": 2, "events": 7, "stances": 5}
    assert "<li>Anna Berg — 1 statement</li>" in page and "<li>Pablo Soto — 1 statement</li>" in page
    assert re.findall(r'<li><a href="([^"]+)">', page) == [f"{s}.html" for s in report.NOTEBOOKS]
    assert '<p class="finding">' in page  # the stance finding leads the page
    with_corpus = report.index_html(t, list(report.NOTEBOOKS), corpus=True)
    assert re.findall(r'<li><a href="([^"]+)">', with_corpus)[-1] == "05_corpus.html"
    assert "http://" not in page and "https://" not in page


def test_assets_ship_plotly_once_and_preload_the_world(tmp_path):
    report.write_assets(tmp_path)
    js = (tmp_path / "world_110m.js").read_text(encoding="utf-8")
    prefix = "window.PlotlyGeoAssets.topojson.world_110m="
    topo = json.loads(js[js.index(prefix) + len(prefix):].rstrip().rstrip(";"))
    ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert {"NOR", "CHL", "RUS", "UKR", "USA"} <= ids
    assert (tmp_path / "plotly.min.js").stat().st_size > 1_000_000
    assert json.loads((tmp_path / "geo" / "world_110m.json").read_text())["objects"].keys() == topo["objects"].keys()


@pytest.mark.parametrize("stem", list(report.NOTEBOOKS))
def test_stored_notebooks_are_thin_parametrised_and_small(stem):
    path = report.NOTEBOOK_DIR / f"{stem}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    assert "article_path" in params[0].source and "published" in params[0].source
    assert nb.cells[0].cell_type == "markdown"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 4, cell.source
            if report.IGNORE_TAG in cell.metadata.get("tags", []):
                assert cell.outputs == [], f"{stem}: figure/table output stored in git"
            for out in cell.get("outputs", []):
                assert "application/vnd.plotly.v1+json" not in out.get("data", {})
    assert path.stat().st_size < 60_000


def test_strip_ignored_outputs_keeps_summaries():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("fig", metadata={"tags": [report.IGNORE_TAG]}),
        nbformat.v4.new_code_cell("summary")])
    for cell in nb.cells:
        cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "x"}, execution_count=1)]
    nb.metadata["papermill"] = {"x": 1}
    report.strip_ignored_outputs(nb)
    assert [len(c.outputs) for c in nb.cells] == [0, 1] and "papermill" not in nb.metadata


def test_one_page_from_saved_tables_is_offline_and_codeless(tmp_path):
    doc = tmp_path / "t.json"
    doc.write_text(sample_tables(extra_text=INJECT).to_json(), encoding="utf-8")
    out = tmp_path / "r"
    lines = []
    written = report.build(tables_path=str(doc), out=out, notebooks=["04_country_stance"], progress=lines.append)
    assert [p.name for p in written] == ["04_country_stance.html", "index.html"]
    assert any(line.startswith("[1/1] ") for line in lines)
    page = (out / "04_country_stance.html").read_text(encoding="utf-8")
    assert re.findall(r'<script[^>]+src="([^"]+)"', page) == ["plotly.min.js", "world_110m.js"]
    assert not re.search(r'(src|href)="https?://', page)
    assert page.count("plotly.js v") == 0  # plotly.js is beside the page, not inside it
    for chart in ("stance-heatmap", "stance-bars", "stance-choropleth"):
        assert re.search(rf'<div[^>]* id="{chart}"', page)
    assert "charts.show(" not in page  # code cells are hidden
    # no kernel warning leaks into a page (a NaN heatmap cell once broke the display message)
    assert 'data-mime-type="application/vnd.jupyter.stderr"' not in page
    assert "<img src=x" not in page and "</script><img" not in page
    assert (out / "tables.json").exists() and (out / "plotly.min.js").exists()


def test_corpus_flags_fail_cleanly(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        report.main(["--corpus-only", "--out", str(tmp_path / "r")])
    assert exc.value.code == 2
    assert report.main(["--corpus", str(tmp_path), "--corpus-only", "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert "--corpus-only needs --corpus" in err and "not a corpus run" in err
    assert not (tmp_path / "r").exists()


def test_makefile_delivery_hooks():
    """OUT for report pages, corpus-report, and a lab that runs headless and as root."""
    text = (report.ROOT / "Makefile").read_text(encoding="utf-8")
    assert '--out "$(OUT)"' in text and "corpus-report:" in text and "--corpus-only" in text
    lab = text[text.index("\nlab:"):].split("\n\n")[0]
    assert "--no-browser" in lab and "$(ROOT_FLAG)" in lab and "$(LAB_ARGS)" in lab
    assert "--allow-root" in text[text.index("ROOT_FLAG :="):].splitlines()[0]
