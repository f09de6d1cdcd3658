"""The Dask engine gives the same tables as the local one (real LocalCluster, 2 worker processes)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus

pytest.importorskip("dask.distributed")

TEXTS = {
    "harbour": "Ships left the port of Lisbon on Monday.\nThe harbour master said the sea was calm.\n",
    "bridge": "A new bridge opened in Oslo on 3 May 2024.\n\"It is a great day,\" the mayor said.\n",
    "storm": "A storm hit the coast of Chile last week.\nOfficials said 20 homes were damaged.\n",
    "broken": None,
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("dask-in")
    for name, text in TEXTS.items():
        path = folder / f"{name}.txt"
        if text is None:
            path.write_bytes(b"")  # an unusable article: an errors row on both engines
        else:
            path.write_text(text, encoding="utf-8")
    return [str(p) for p in sorted(folder.iterdir())]


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    key = "article_id" if "article_id" in df.columns else df.columns[0]
    return df.sort_values(key, kind="stable").reset_index(drop=True)


def test_dask_tables_equal_local_tables(articles, cluster, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "dask"
    corpus.run(articles, out=local, engine="local", batch_size=1, progress=False, published="2024-05-06")
    corpus.run(articles, out=remote, engine="dask", scheduler=cluster.scheduler_address, batch_size=1,
               progress=False, published="2024-05-06")
    assert sorted(pd.read_parquet(remote / "article")["article_id"]) == ["bridge", "harbour", "storm"]
    assert pd.read_parquet(remote / "errors")["article_id"].tolist() == ["broken"]
    for name in corpus.TABLE_NAMES:
        want = _sorted(pd.read_parquet(local / name))
        got = _sorted(pd.read_parquet(remote / name))
        pd.testing.assert_frame_equal(got, want, obj=name)
    # one part per batch, one batch per article
    assert len(list((remote / "sentences").glob("part-*.parquet"))) == len(articles)


def test_dask_tasks_run_on_both_workers_and_load_spacy_once_each(articles, cluster):
    from dask.distributed import Client

    with Client(cluster) as client:
        batches = list(corpus._batches(corpus.plan(articles), size=1, meta={}))
        futures = [client.submit(corpus.process_batch, b, pure=False) for b in batches]
        results = client.gather(futures)
        assert sorted(r.part for r in results) == list(range(len(articles)))

        def loads() -> int:
            from helpers.pipeline import get_nlp

            return get_nlp.cache_info().misses

        per_worker = client.run(loads)
    assert len(per_worker) == 2
    assert all(n <= 1 for n in per_worker.values())


def test_dask_rerun_resumes(articles, cluster, tmp_path):
    out = tmp_path / "out"
    corpus.run(articles[:2], out=out, engine="dask", scheduler=cluster.scheduler_address, progress=False)
    corpus.run(articles, out=out, engine="dask", scheduler=cluster.scheduler_address, progress=False)
    ids = pd.read_parquet(out / "article")["article_id"]
    assert sorted(ids) == ["bridge", "harbour", "storm"]
    assert len(pd.read_parquet(out / "errors")) == 1


def test_scheduler_needs_the_dask_engine(articles, tmp_path):
    with pytest.raises(corpus.InputError, match="--engine dask"):
        corpus.run(articles, out=tmp_path / "x", scheduler="tcp://127.0.0.1:1", progress=False)


def test_an_unreachable_scheduler_is_exit_2_with_one_line(articles, tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-m", "helpers", "analyze", articles[0], "--out", str(tmp_path / "o"),
                           "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-progress"],
                          cwd=root, capture_output=True, text=True, timeout=120)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0]
