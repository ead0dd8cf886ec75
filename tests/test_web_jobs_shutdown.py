"""The jobs thread after its app shut down: a job that ends once the database is gone (a test's
throwaway PostgreSQL server stopped, a server shutting down) ends the thread quietly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from storyline.store import Store
from storyline.web.jobs import JobRunner


def _runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stopped: bool) -> JobRunner:
    runner = JobRunner(Store(tmp_path / "s.db"), tmp_path)
    monkeypatch.setattr(runner, "_next", lambda: 1)

    def run(job_id: int) -> None:
        if stopped:
            runner.stop()
        raise OperationalError("SELECT jobs.args", {}, Exception("server closed the connection"))

    monkeypatch.setattr(runner, "_run", run)
    return runner


def test_a_lost_database_after_shutdown_ends_the_loop_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _runner(tmp_path, monkeypatch, stopped=True)._loop()  # returns, raises nothing


def test_a_lost_database_while_running_is_still_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(OperationalError):
        _runner(tmp_path, monkeypatch, stopped=False)._loop()
