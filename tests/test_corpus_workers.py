"""No process of a corpus run outlives it (issue 20, item 11): the Dask engine's workers too."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Officials in Geneva said on Friday that the talks had begun. The minister said they would last a week.\n"


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, their children, ...), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [pid]
    while frontier:
        kids = [p for p, pp in parents.items() if pp in frontier]
        found.extend(kids)
        frontier = kids
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_dask_workers_die_with_a_killed_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"a{i:02d}.txt").write_text(TEXT * 10, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "helpers", "analyze", str(folder), "--out", str(out),
                             "--engine", "dask", "--workers", "2", "--batch-size", "1", "--no-progress"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    procs: list[int] = []
    try:
        deadline = time.monotonic() + 120
        # the workers have run a batch: the cluster is up and every worker set up
        while time.monotonic() < deadline and proc.poll() is None and not list((out / "_manifest").glob("*.json")):
            time.sleep(0.2)
        procs = _descendants(proc.pid)
        if proc.poll() is not None:
            pytest.fail("the run ended before it could be killed; give it more work")
        assert len(procs) >= 2, "no Dask worker started"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(p) for p in procs):
            time.sleep(0.2)
        alive = [p for p in procs if _alive(p)]
        assert not alive, f"{len(alive)} process(es) outlived the run"
    finally:
        for p in [proc.pid, *procs]:  # never leave them behind, even when the test fails
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
