"""Background jobs: ingests and corrections started from the web.

Both rewrite the linked state (a correction relinks the store, as on the command line), which
takes from a second to minutes, so a request only records the job and answers at once. Jobs run
one at a time, each in its own worker process (``python -m storyline.web.worker``): analysis
and linking never stall the app's threads, and a job that crashes takes only itself down. The
job's row in the store is its progress report, readable by any process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import OperationalError

from storyline.store import Store, schema

KINDS = ("ingest", "correction", "undo")
FINISHED = ("done", "failed")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def job_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "kind": row.kind, "user": row.user, "status": row.status, "phase": row.phase,
        "done": row.done, "total": row.total, "message": row.message,
        "args": _public_args(json.loads(row.args)), "result": json.loads(row.result) if row.result else None,
        "created_at": row.created_at, "started_at": row.started_at, "finished_at": row.finished_at,
    }  # fmt: skip


def _public_args(args: dict[str, Any]) -> dict[str, Any]:
    """What a job's reader may see of its arguments (not the server's upload folder)."""
    return {k: v for k, v in args.items() if k not in ("folder",)}


def get_job(store: Store, job_id: int) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.jobs).where(schema.jobs.c.id == job_id)).first()
    return job_dict(row) if row else None


def list_jobs(store: Store, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    from sqlalchemy import func

    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(schema.jobs)).scalar_one()
        rows = conn.execute(select(schema.jobs).order_by(schema.jobs.c.id.desc()).limit(limit).offset(offset))
        return [job_dict(r) for r in rows], total


def set_progress(store: Store, job_id: int, **values: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(schema.jobs).where(schema.jobs.c.id == job_id).values(**values))


class JobRunner:
    """Queues jobs and runs them one after another in worker processes."""

    def __init__(self, store: Store, uploads: Path, run_inline: bool = False) -> None:
        self.store = store
        self.uploads = uploads
        self.run_inline = run_inline  # tests: run the job in this process, synchronously
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, kind: str, user: str, args: dict[str, Any]) -> dict[str, Any]:
        assert kind in KINDS
        with self.store.engine.begin() as conn:
            job_id = conn.execute(
                insert(schema.jobs).values(
                    kind=kind,
                    user=user,
                    status="queued",
                    args=json.dumps(args, ensure_ascii=False),
                    done=0,
                    total=0,
                    created_at=_now(),
                )  # fmt: skip
            ).inserted_primary_key[0]
        if self.run_inline:
            from storyline.web.worker import run_job

            run_job(self.store, job_id)
            self._cleanup(job_id)
        else:
            self._ensure_thread()
            self._wake.set()
        job = get_job(self.store, job_id)
        assert job is not None
        return job

    def upload_folder(self) -> Path:
        """A fresh folder for one ingest's files (removed when the job ends)."""
        self.uploads.mkdir(parents=True, exist_ok=True)
        folder = self.uploads / f"upload-{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}-{os.urandom(4).hex()}"
        folder.mkdir()
        return folder

    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()  # stopped with the app's last shutdown; this app runs again
                self._thread = threading.Thread(target=self._loop, name="storyline-jobs", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            job_id = self._next()
            if job_id is None:
                self._wake.wait(timeout=5)
                self._wake.clear()
                continue
            try:
                self._run(job_id)
            except OperationalError:
                if self._stop.is_set():
                    return  # the app shut down while the job ran: its database may be gone with it
                raise

    def _next(self) -> int | None:
        c = schema.jobs.c
        with self.store.engine.connect() as conn:
            row = conn.execute(select(c.id).where(c.status == "queued").order_by(c.id).limit(1)).first()
        return row.id if row else None

    def _run(self, job_id: int) -> None:
        cmd = [sys.executable, "-m", "storyline.web.worker", self.store.location, str(job_id)]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=24 * 3600)
            failed = proc.returncode != 0
            tail = (proc.stderr or "").strip().splitlines()[-1:] if failed else []
        except (OSError, subprocess.TimeoutExpired) as exc:
            failed, tail = True, [str(exc)]
        job = get_job(self.store, job_id)
        if failed and job and job["status"] not in FINISHED:
            set_progress(self.store, job_id, status="failed", finished_at=_now(),
                         message="the worker stopped: " + (tail[0] if tail else "no reason given"))  # fmt: skip
        self._cleanup(job_id)

    def _cleanup(self, job_id: int) -> None:
        folder = self._folder_of(job_id)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    def _folder_of(self, job_id: int) -> Path | None:
        c = schema.jobs.c
        with self.store.engine.connect() as conn:
            row = conn.execute(select(c.args).where(c.id == job_id)).first()
        folder = json.loads(row.args).get("folder") if row else None
        return Path(folder) if folder and Path(folder).parent == self.uploads else None

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
