"""bench.parallel_ceiling: processes run the same work together, and a failing one never hangs it."""

from __future__ import annotations

import pytest
from bench.parallel_ceiling import run


def test_processes_report_their_time_together() -> None:
    result = run("loop", 2, [], 2)
    assert result["wall_s"] > 0
    assert 0 < result["cpu_s"] <= result["wall_s"] * 1.5


def test_a_failing_process_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="TypeError"):
        run("loop", 2, [], "two")  # type: ignore[arg-type]
