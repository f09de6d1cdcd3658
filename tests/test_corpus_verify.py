"""``helpers verify`` redoes the articles of broken parts as their run read them (issue 20, leftover)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.__main__ import main
from helpers.tableio import read_table


def _write(folder: Path, rel: str, text: str) -> Path:
    p = folder / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    frames = {}
    for name in ("article", "times", "sentences"):
        frame = read_table(out, name)
        keys = [c for c in ("article_id", "start") if c in frame.columns]
        frames[name] = frame.sort_values(keys).reset_index(drop=True)
    return frames


def test_verify_redoes_broken_parts_with_the_runs_flags_and_metadata_table(capsys, tmp_path, nlp):
    folder = tmp_path / "in"
    _write(folder, "talks/a.txt", "The minister said the talks ended yesterday.\n")
    _write(folder, "rain/b.txt", "Rain fell on Paris on Tuesday, the mayor said.\n")
    meta = _write(tmp_path, "meta.csv", "filename,published,title\nrain-b.txt,2016-09-13,Rain in Paris\n")
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--format", "parquet", "--batch-size", "1",
                 "--published", "2016-09-10", "--source", "Harbour News", "--metadata", str(meta),
                 "--no-progress"]) == 0
    before = _tables(out)
    # what verify must bring back: the flag's date and outlet, the table's title, dates resolved against them
    assert set(before["article"]["published"].astype(str).str[:10]) == {"2016-09-10"}
    assert set(before["article"]["source"]) == {"Harbour News"}
    assert "Rain in Paris" in set(before["article"]["title"])
    assert before["times"]["value"].notna().any()

    for part in (out / "times").glob("part-*.parquet"):  # every article's parts break
        part.write_bytes(b"PAR1 not really")
    capsys.readouterr()
    assert main(["verify", str(out), "--no-progress"]) == 0
    assert "changed since it was written" in capsys.readouterr().err
    after = _tables(out)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(frame, after[name], check_like=True)
