"""bench.scaling_series: runs alternate so drift falls on both settings, and pairs are read apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.scaling_series import one_run, order, pairs, summary


def test_settings_alternate_in_mirrored_pairs() -> None:
    assert order(2, 3) == [1, 2, 2, 1, 1, 2]
    assert order(4, 2) == [1, 4, 4, 1]


def _run(jobs: int, seconds: float, analysis: float) -> dict[str, object]:
    return {"jobs": jobs, "workers": jobs, "seconds": seconds, "read_analyse_store_s": analysis, "link_s": 5.0,
            "load_average": [1.0, 1.0]}  # fmt: skip


def test_each_pair_is_read_on_its_own_whichever_ran_first() -> None:
    runs = [_run(1, 100, 90), _run(2, 50, 40), _run(2, 80, 70), _run(1, 120, 112)]
    got = pairs(runs, 2)
    assert [p["first"] for p in got] == [1, 2]
    assert [p["efficiency"] for p in got] == [1.0, 0.75]
    assert got[0]["analysis_efficiency"] == pytest.approx(90 / 40 / 2, abs=1e-3)
    assert summary(got)["efficiency_median"] == pytest.approx(0.875)
    runs[3]["load_average"] = [1.0, 4.5]  # other work took the cores while the last run ran
    assert [p["load"] for p in pairs(runs, 2)] == [1.0, 4.5]


def test_a_failing_run_is_an_error_naming_the_setting(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="--jobs 2 stored no documents"):
        one_run([tmp_path / "missing.jsonl"], 2, None)
    with pytest.raises(RuntimeError, match="--dask local:2 stored no documents"):
        one_run([tmp_path / "missing.jsonl"], 2, None, dask=True)
