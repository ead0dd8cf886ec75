"""Analysis on a Dask cluster: the same store as a local ingest, one-line errors, no orphans.

The cluster tests start a real LocalCluster of two worker processes (no mocks); each worker loads
the analysers once, so they take a minute between them on a small machine."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from bench import faults

from helpers import workers_left_after_kill
from storyline import cli
from storyline.api import Store
from storyline.dask_pool import DaskSpec, DaskSpecError

pytest.importorskip("distributed")

TEXTS = {
    "quake_en.txt": "date 2026-02-11\nAn earthquake of magnitude 6.1 struck near Valdora on Tuesday. "
    "At least 14 people were killed and 52 injured, the civil protection agency said. "
    "Mayor Teresa Linde said schools would stay closed.",
    "quake_ru.txt": "date 2026-02-11\nЗемлетрясение магнитудой 6,1 произошло у города Вальдора во вторник. "
    "Погибли не менее 14 человек, 52 ранены, сообщила служба гражданской защиты. "
    "Мэр Тереза Линде заявила, что школы будут закрыты.",
    "expo_en.txt": "date 2026-02-13\nThe book fair in Port Ellery opened on Thursday with 300 publishers. "
    "Its director, Samuel Okafor, said visitors came from twelve countries.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def test_dask_addresses_are_read_or_refused() -> None:
    assert DaskSpec.parse("local:3") == DaskSpec(workers=3)
    assert DaskSpec.parse("local").workers == (os.cpu_count() or 1)
    assert DaskSpec.parse("tcp://10.0.0.5:8786") == DaskSpec(address="tcp://10.0.0.5:8786")
    for bad in ("local:0", "8786", "cluster", "local:two", "http//x"):
        with pytest.raises(DaskSpecError, match="--dask"):
            DaskSpec.parse(bad)


def test_a_bad_dask_address_is_one_line_and_creates_no_store(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    with pytest.raises(SystemExit) as stop:
        cli.main(["ingest", "--db", str(db), "--dask", "cluster", str(corpus)])
    assert stop.value.code == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1 and "--dask" in lines[0] and "local:N" in lines[0]
    assert not db.exists()


def test_an_ingest_on_a_local_cluster_stores_what_a_local_ingest_stores(corpus: Path, tmp_path: Path) -> None:
    alone, on_dask = tmp_path / "alone.db", tmp_path / "dask.db"
    Store(alone).ingest([corpus])
    report = Store(on_dask).ingest([corpus], dask="local:2")
    assert len(report.new) == len(TEXTS) and not report.failed
    assert faults.snapshot(on_dask) == faults.snapshot(alone)


def test_local_cluster_workers_die_with_the_ingest() -> None:
    script = textwrap.dedent(
        """
        import time
        from storyline.pipeline import make_pool
        pool = make_pool(1, "local:2")
        print(" ".join(str(p) for p in pool.client.run(__import__("os").getpid).values()), flush=True)
        time.sleep(600)
        """
    )
    workers, alive = workers_left_after_kill(script, faults._env(), wait_s=15)
    assert len(workers) == 2 and alive == []


def _slow_square(n: int) -> int:
    import time

    time.sleep(0.05 * (n % 3))  # later items finish first now and then
    if n == 5:
        raise ValueError("five")
    return n * n


def test_a_cluster_maps_in_order_a_few_items_per_task() -> None:
    from storyline.dask_pool import PER_TASK, DaskPool

    pool = DaskPool(DaskSpec(workers=2))
    try:
        assert pool.workers == 2
        got = list(pool.map(_slow_square, list(range(11))))
    finally:
        pool.shutdown()
    assert len(got) == 11
    failed = {n for n, r in enumerate(got) if isinstance(r, Exception)}
    # the items that shared a task with the failing one fail with it; the others are in order
    assert failed == set(range(5 // PER_TASK * PER_TASK, min(11, (5 // PER_TASK + 1) * PER_TASK)))
    assert all(isinstance(got[n], ValueError) and str(got[n]) == "five" for n in failed)
    assert all(got[n] == n * n for n in range(11) if n not in failed)


def test_pools_get_longer_batches_than_one_process() -> None:
    from concurrent.futures import ProcessPoolExecutor

    from storyline import pipeline

    assert pipeline._batch_size(None) == pipeline.BATCH
    with ProcessPoolExecutor(2) as pool:
        assert pipeline._batch_size(pool) == 2 * pipeline.PER_WORKER
