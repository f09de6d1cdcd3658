"""Lint: ``ruff check helpers tests`` with the project's settings (pyproject ``[tool.ruff]``:
pyflakes, the E4/E7/E9 errors and McCabe complexity at most 25), and no module of ``helpers``
over 800 lines."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 800


def _ruff() -> list[str]:
    beside = Path(sys.executable).with_name("ruff")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ruff")
    if found is None:
        pytest.skip("ruff is not installed (pip install ruff)")
    return [found]


def test_ruff_finds_nothing():
    done = subprocess.run([*_ruff(), "check", "helpers", "tests"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-1000:]


def test_no_module_over_800_lines():
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "helpers").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"
