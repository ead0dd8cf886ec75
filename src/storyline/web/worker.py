"""Runs one background job: ``python -m storyline.web.worker STORE JOB_ID``.

An ingest reads the uploaded files exactly as ``storyline ingest`` does; a correction is the
same call the command line makes (``storyline merge`` …), so it is stored as the same record,
with the user who made it added to it.
"""

from __future__ import annotations

import json
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from storyline.api import CorrectionError
from storyline.api import Store as ApiStore
from storyline.model import Correction
from storyline.pipeline import Ingestor, link_pending
from storyline.store import schema
from storyline.web.jobs import get_job, set_progress


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class AttributedStore(ApiStore):
    """The API's store, with every correction it records signed by a user."""

    user: str = ""

    def add_correction(self, kind: str, payload: dict[str, Any], note: str | None = None) -> Correction:
        return super().add_correction(kind, {**payload, "by": self.user}, note)


class _ProgressIngestor(Ingestor):
    """An ingest that writes its progress into its job's row."""

    def __init__(self, store: Any, job_id: int, total: int) -> None:
        super().__init__(store, jobs=1, progress=False)
        self.job_id, self.total, self.count = job_id, total, 0

    def _store(self, doc: Any, raw: bytes, analysis: Any, fp: bytes | None) -> None:
        super()._store(doc, raw, analysis, fp)
        self.count += 1
        set_progress(self.store, self.job_id, done=self.count, total=max(self.total, self.count))


def run_job(store: Any, job_id: int) -> None:
    job = get_job(store, job_id)
    if job is None or job["status"] != "queued":
        return
    with store.engine.connect() as conn:  # the raw args: the public ones leave out the upload folder
        args = json.loads(
            conn.execute(select(schema.jobs.c.args).where(schema.jobs.c.id == job_id)).scalar_one()
        )
    set_progress(store, job_id, status="running", started_at=_now(), phase="starting")
    worker = AttributedStore(store.location)
    worker.user = job["user"]
    try:
        result = _run(worker, job_id, job["kind"], args)
    except CorrectionError as exc:
        set_progress(store, job_id, status="failed", finished_at=_now(), message=str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - the job's row says what went wrong; the app stays up
        set_progress(
            store, job_id, status="failed", finished_at=_now(), message=f"{type(exc).__name__}: {exc}"
        )
        traceback.print_exc()
        return
    finally:
        worker.close()
    set_progress(store, job_id, status="done", finished_at=_now(), phase="done",
                 result=json.dumps(result, ensure_ascii=False))  # fmt: skip


def _run(store: AttributedStore, job_id: int, kind: str, args: dict[str, Any]) -> dict[str, Any]:
    if kind == "ingest":
        from storyline.ingest import count_inputs

        paths = [Path(args["folder"])]
        total = count_inputs(paths, store.files())
        set_progress(store, job_id, phase="analysing", total=total)
        report = _ProgressIngestor(store, job_id, total).run(paths)
        if report.error:
            raise RuntimeError(report.error)
        set_progress(store, job_id, phase="linking")
        linked = link_pending(store)
        return {
            "new": [Path(s).name for s in report.new], "versions": len(report.versions),
            "duplicates": len(report.duplicates), "unchanged": len(report.unchanged),
            "failed": [[Path(s).name, why] for s, why in report.failed], "documents": report.doc_ids,
            "linked": linked,
        }  # fmt: skip
    set_progress(store, job_id, phase="relinking")
    if kind == "undo":
        if not store.remove_correction(int(args["id"])):
            raise CorrectionError(f"no correction {args['id']}")
        store.link()
        return {"undone": int(args["id"])}
    action, note = args["action"], args.get("note")
    if action == "merge":
        store.merge(list(args["entities"]), note)
    elif action == "split":
        store.split(args["entity"], list(args["names"]), note)
    elif action == "reject":
        store.reject(args["item"], note)
    elif action == "set_speaker":
        store.set_speaker(args["quote"], args["entity"], note)
    else:
        raise CorrectionError(f"unknown correction {action!r}")
    fixes = store.corrections()
    return {"correction": fixes[-1].id if fixes else None}


def main(argv: list[str] | None = None) -> int:
    location, job_id = (argv or sys.argv[1:])[:2]
    store = ApiStore(location, create=False)
    try:
        run_job(store, int(job_id))
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
