"""Ingest + analyse throughput, peak memory and export time.

    python -m bench.ingest ../shared/data/bsnlp [--jobs N] [--limit N] [--batches N] [--db URL]

Each run starts from an empty store in a temporary folder (``--db URL``: an empty database of
your own instead, e.g. ``postgresql://me@localhost/bench``, made with ``createdb``). Peak RSS is the largest resident set
of this process and of its worker processes (ru_maxrss of self and children), so run one
setting per process; ``peak_rss_ingest_mb`` is this process's (reading, storing, linking),
``peak_rss_worker_mb`` the largest analysis worker's (a local pool's or local Dask cluster's:
they are this process's children). ``cpu_s`` is the processor time of all of them (user +
system; ``cpu_ingest_s`` this process's, ``cpu_workers_s`` its workers'). ``read_analyse_store_s``
and ``link_s`` split the ingest into its two phases, each with this process's CPU seconds: the
final link runs in this process alone while the workers idle, so its share bounds what ``--jobs N``
can gain. ``load_average`` is the machine's one-minute load at the start and at the end.
``--batches N`` splits the records into N ingests one after the other (every
N-th record of each file in each), as news arrives: each ingest links its documents into what the
store already holds, and its time shows whether that cost grows with the store. ``store_bytes``
is what the store takes on disk at the end (SQLite: its files; PostgreSQL: the database's size).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from storyline.api import Store
from storyline.pipeline import Ingestor, link_pending
from storyline.store import StoreError


def _cpu_self() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def _words(store: Store) -> int:
    return sum(len(d.text.split()) for d in store.documents() if d.duplicate_of is None)


def _store_bytes(store: Store) -> int:
    if store.path is not None:
        with store.engine.connect() as conn:  # fold the write-ahead log into the file first
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(f.stat().st_size for f in store.files() if f.exists())
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())


def _limited(paths: list[Path], limit: int | None, tmp: Path) -> list[Path]:
    """The first ``limit`` records of each JSONL file (for quick runs)."""
    if not limit:
        return paths
    out = []
    for p in paths:
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            target = tmp / f.name
            with f.open(encoding="utf-8") as src:
                target.write_text("".join(line for _, line in zip(range(limit), src, strict=False)), "utf-8")
            out.append(target)
    return out


def _batched(inputs: list[Path], batches: int, tmp: Path) -> list[list[Path]]:
    """Every ``batches``-th record of each JSONL file per batch (batch k: records k, k+N, …)."""
    out: list[list[Path]] = [[] for _ in range(batches)]
    for f in inputs:
        lines = f.read_text("utf-8").splitlines(keepends=True)
        for k in range(batches):
            target = tmp / f"b{k:03d}_{f.name}"
            target.write_text("".join(lines[k::batches]), "utf-8")
            out[k].append(target)
    return out


def run(
    paths: list[Path],
    jobs: int,
    limit: int | None,
    batches: int = 1,
    dask: str | None = None,
    db: str | None = None,
) -> dict[str, object]:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        inputs = _limited(paths, limit, tmp)
        if batches > 1:
            inputs = [f for p in inputs for f in (sorted(p.glob("*.jsonl")) if p.is_dir() else [p])]
        store = Store(db or tmp / "bench.db")
        if store.count_documents():
            raise SystemExit(f"{db} is not empty: the benchmark starts from an empty store")
        empty = _store_bytes(store)  # the tables and indexes of an empty store (PostgreSQL: ~8 MB of catalog)
        per_batch = []
        phases = dict.fromkeys(
            ("read_analyse_store_s", "read_analyse_store_cpu_ingest_s", "link_s", "link_cpu_s"), 0.0
        )
        t0 = time.perf_counter()
        for part in _batched(inputs, batches, tmp) if batches > 1 else [inputs]:
            tb = time.perf_counter()
            # as ``Store.ingest``, its two phases timed apart: the final link runs alone
            # (workers idle), so its share bounds what ``--jobs N`` can gain
            ta, ca = time.perf_counter(), _cpu_self()
            report = Ingestor(store, jobs=jobs, progress=False, dask=dask).run(part)
            if report.error:
                raise StoreError(report.error)
            tl, cl = time.perf_counter(), _cpu_self()
            link_pending(store, False)
            phases["read_analyse_store_s"] += tl - ta
            phases["read_analyse_store_cpu_ingest_s"] += cl - ca
            phases["link_s"] += time.perf_counter() - tl
            phases["link_cpu_s"] += _cpu_self() - cl
            per_batch.append(
                {"stored": store.count_documents(), "seconds": round(time.perf_counter() - tb, 1)}
            )
        ingest_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        store.export(tmp / "out.json", "dossier")
        export_json_s = time.perf_counter() - t1
        t2 = time.perf_counter()
        store.export(tmp / "out.html", "html")
        export_html_s = time.perf_counter() - t2
        docs = store.count_documents()
        words = _words(store)
        size = _store_bytes(store)
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = max(me.ru_maxrss, children.ru_maxrss)
    return {
        "jobs": jobs, "dask": dask, "batches": per_batch if batches > 1 else 1, "documents": docs,
        "analysed_last_batch": len(report.new) + len(report.versions),
        "duplicates_last_batch": len(report.duplicates), "failed_last_batch": len(report.failed), "words": words,
        "seconds": round(ingest_s, 1), "docs_per_s": round(docs / ingest_s, 1), "words_per_s": round(words / ingest_s),
        "export_dossier_s": round(export_json_s, 1), "export_html_s": round(export_html_s, 1),
        "peak_rss_mb": round(rss / 1024), "peak_rss_ingest_mb": round(me.ru_maxrss / 1024),
        "peak_rss_worker_mb": round(children.ru_maxrss / 1024) if jobs > 1 or dask else None,
        "cpu_s": round(me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime, 1),
        "cpu_ingest_s": round(me.ru_utime + me.ru_stime, 1),
        **{k: round(v, 1) for k, v in phases.items()},
        "cpu_workers_s": round(children.ru_utime + children.ru_stime, 1),
        "load_average": [round(x, 1) for x in (load, os.getloadavg()[0])], "store_mb": round(size / 2**20, 1),
        "store_kb_per_doc": round((size - empty) / 1024 / max(docs, 1), 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="records per JSONL file (quick runs)")
    parser.add_argument("--batches", type=int, default=1, help="ingest in this many parts, one after another")
    parser.add_argument("--dask", default=None, help="analyse on a Dask cluster: local:N or tcp://host:8786")
    parser.add_argument("--db", default=None, help="an empty database URL instead of a temporary SQLite file")
    args = parser.parse_args()
    print(json.dumps(run(args.paths, args.jobs, args.limit, args.batches, args.dask, args.db)), flush=True)


if __name__ == "__main__":
    main()
