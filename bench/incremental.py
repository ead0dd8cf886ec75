"""Incremental linking against the size of the store: one ingest of the same 100 documents into
stores of 1k, 10k and 100k documents.

    python -m bench.incremental ../shared/data/bsnlp [--sizes 1000,10000,100000] [--work /tmp/incr]
                                [--copies same|other] [--db URL] [--keep] [--build-only|--reuse]
                                [--cold-only]

1. The BSNLP records are split: every ``UNIT_EVERY``-th record of each file (about 1,000) is the
   unit U; ``NEW`` other records (interleaved with U's, so of the same days and stories) are the
   new batch. U is ingested once into a base store (real analysis and linking; kept in ``--work``
   and reused by later runs).
2. A store of N documents is the base store plus N/|U| − 1 copies of it made in SQL: new ids
   (``<id>~<copy>``), dates shifted ``SHIFT_DAYS`` into the past per copy (in the story index's
   signals: dated features, days, anchors, main events), entered into the index before U (so U
   is what was stored most recently, as a store that has been ingested into for years). Every
   table linking reads is copied: documents, analyses, mention → entity rows, the story index
   (documents, stories, topic links) and the linked rows. A copy forms its own stories (400 days
   apart) but shares U's entities, as old news does.
3. The new batch is stored (read, deduplicated, analysed: timed as "store") and then linked the
   way every ingest links (``link_documents``, one transaction), with the time of each phase:
   entities, stories (the story index), finish (the touched stories' events, figures, quotes,
   claims, conflicts, written back). The link runs twice: first rolled back ("cold_*": the
   process's first link, with its one-time name and place tables), then committed ("link_*":
   warm, what a running ingest pays per batch); ``--cold-only`` links once (then "link_*" is cold).

``--copies other``: each copy tells of other people, places and figures (entity, place, name and
figure features renamed per copy, the lead vector's components shuffled), with the same words and
kinds of event — old news about other things, where the default copies are the same news again.
``--db URL``: build the stores in another database (e.g. ``postgresql://…/bench_{size}``; the
``{size}`` is filled in) instead of SQLite files in ``--work``. ``--build-only`` / ``--reuse``:
build the stores and stop, or ingest into stores built before (by another version of storyline:
an older store is migrated when opened, and its topic centroids and story summaries written,
before the clock starts).
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import gc
import json
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import delete, func, insert, select

from storyline.api import Store
from storyline.store import schema, story_state

UNIT_EVERY = 4  # every 4th BSNLP record: ~1,040 documents in U
NEW = 100
NEW_OFFSET = 2  # the new records are those at k·NEW_EVERY + 2 of each file: never in U (k·4)
NEW_EVERY = 20
SHIFT_DAYS = 400  # per copy: more than a story's span, so copies never share a story by date
ROWS = 2000  # rows per insert while copying


def split(data: Path, work: Path) -> tuple[list[Path], list[Path]]:
    """U's files and the new batch's files (the same share of every topic)."""
    unit_dir, new_dir = work / "unit", work / "new"
    unit_dir.mkdir(parents=True, exist_ok=True)
    new_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(data.glob("*.jsonl"))
    per_file = -(-NEW // len(files))
    taken = 0
    for f in files:
        lines = f.read_text("utf-8").splitlines(keepends=True)
        (unit_dir / f.name).write_text("".join(lines[::UNIT_EVERY]), "utf-8")
        new = lines[NEW_OFFSET::NEW_EVERY][: min(per_file, NEW - taken)]
        taken += len(new)
        (new_dir / f.name).write_text("".join(new), "utf-8")
    return sorted(unit_dir.glob("*.jsonl")), sorted(new_dir.glob("*.jsonl"))


def build_base(unit: list[Path], url: str) -> Store:
    store = Store(url)
    if store.count_documents() == 0:
        t = time.perf_counter()
        store.ingest(unit, jobs=1)
        print(
            f"base store: {store.count_documents()} documents in {time.perf_counter() - t:.0f} s", flush=True
        )
    return store


# ---------------------------------------------------------------- replicating the base store


def _shift_day(value: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(value).toordinal() - days).isoformat()


OWN_KINDS = ("e:", "x:", "n:", "f:")  # what names a happening: renamed per copy with --copies other


def _shift_signals(data: dict[str, Any], days: int, other: int = 0) -> dict[str, Any]:
    """A document's signals ``days`` earlier; with ``other`` (the copy's number) also about other
    people, places and figures (same words and kinds of event) and with an unrelated lead."""
    features = {}
    for f, w in data.get("features", {}).items():
        if f.startswith("d:"):
            try:
                f = "d:" + _shift_day(f[2:], days)
            except ValueError:
                pass
        elif other and f.startswith(OWN_KINDS):
            f = f"{f}~{other}"
        features[f] = w
    main = data.get("main")
    if main and main[2] is not None:
        main = [main[0], main[1], main[2] - days, *main[3:]]
    if main and other and main[1]:
        main = [main[0], f"{main[1]}~{other}", *main[2:]]
    anchor = data.get("anchor")
    embedding = data.get("embedding")
    if other and embedding:  # the same components in another order: a lead unlike any other's
        vec = np.frombuffer(base64.b64decode(embedding), dtype=np.int8)
        embedding = base64.b64encode(
            vec[np.random.default_rng(other).permutation(vec.shape[0])].tobytes()
        ).decode()
    return {
        **data,
        "embedding": embedding,
        "features": features,
        "days": [[a - days, b - days] for a, b in data.get("days", [])],
        "main": main,
        "anchor": anchor - days if anchor is not None else None,
    }


def _copy_id(value: str | None, copy: int) -> str | None:
    return None if value is None else f"{value}~{copy}"


def replicate(base: Store, target: Store, copies: int, other: bool = False) -> None:
    """Copy the base store's rows ``copies`` times (shifted, renamed) into ``target`` (empty),
    then the base rows themselves, so that the base is the most recent part of the index.
    ``other``: each copy tells of other people and places (``_shift_signals``)."""
    tables = [schema.documents, schema.analyses, schema.mention_entities, schema.linked,
              schema.story_docs, schema.story_groups, schema.story_topic_links,
              schema.entity_blocks, schema.entity_records, schema.meta]  # fmt: skip
    bands = getattr(schema, "doc_bands", None)  # schema 7: the fingerprints' band keys
    if bands is not None:
        tables.append(bands)
    with base.engine.connect() as src:
        rows = {t.name: [dict(r._mapping) for r in src.execute(select(t))] for t in tables}
    n = max((r["seq"] for r in rows["story_docs"]), default=0)
    with target.engine.begin() as conn:
        meta = [r for r in rows["meta"] if r["key"] != "schema_version"]  # the target's own stays
        conn.execute(delete(schema.meta).where(schema.meta.c.key.in_([r["key"] for r in meta])))
        _insert(conn, schema.meta, meta)
        _insert(conn, schema.entity_blocks, rows["entity_blocks"])
        _insert(conn, schema.entity_records, rows["entity_records"])
        for copy in [*range(copies, 0, -1), 0]:
            shift = copy * SHIFT_DAYS
            rename = (lambda v, c=copy: _copy_id(v, c)) if copy else (lambda v: v)
            offset = -copy * n  # older copies entered the index first
            _insert(conn, schema.documents, [
                {**r, "id": rename(r["id"]), "seq": r["seq"] + offset, "duplicate_of": rename(r["duplicate_of"]),
                 "version_of": rename(r["version_of"]), "source": r["source"] + (f"#{copy}" if copy else "")}
                for r in rows["documents"]])  # fmt: skip
            _insert(conn, schema.analyses, [{**r, "doc_id": rename(r["doc_id"])} for r in rows["analyses"]])
            if bands is not None:
                _insert(conn, bands, [{**r, "doc_id": rename(r["doc_id"])} for r in rows["doc_bands"]])
            _insert(conn, schema.mention_entities,
                    [{**r, "doc_id": rename(r["doc_id"])} for r in rows["mention_entities"]])  # fmt: skip
            _insert(conn, schema.linked, [
                {**r, "id": rename(r["id"]), "story": rename(r["story"])} for r in rows["linked"]])  # fmt: skip
            _insert(
                conn,
                schema.story_docs,
                [_story_doc(r, copy, shift, offset, other) for r in rows["story_docs"]],
            )
            _insert(conn, schema.story_groups, [
                {**r, "story": rename(r["story"]), "topic": rename(r["topic"])} for r in rows["story_groups"]])  # fmt: skip
            _insert(conn, schema.story_topic_links, [
                {**r, "topic_a": rename(r["topic_a"]), "topic_b": rename(r["topic_b"])}
                for r in rows["story_topic_links"]])  # fmt: skip
        backfill = getattr(story_state, "backfill", None)  # absent before partial loading
        if backfill is not None:
            backfill(conn)


def _story_doc(row: dict[str, Any], copy: int, shift: int, offset: int, other: bool) -> dict[str, Any]:
    if not copy:
        return row
    joined = json.loads(row["joined"]) if row["joined"] else None
    if joined and joined.get("via"):
        joined["via"] = _copy_id(joined["via"], copy)
    return {
        "doc_id": _copy_id(row["doc_id"], copy),
        "seq": row["seq"] + offset,
        "story": _copy_id(row["story"], copy),
        "signals": json.dumps(
            _shift_signals(json.loads(row["signals"]), shift, copy if other else 0), ensure_ascii=False
        ),
        "joined": json.dumps(joined, ensure_ascii=False) if joined else None,
    }


def _insert(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), ROWS):
        conn.execute(insert(table), rows[i : i + ROWS])


# ---------------------------------------------------------------- one batch into each store


class _RolledBack(Exception):
    pass


class _GcClock:
    """CPU seconds spent in the cyclic garbage collector, and its full (generation 2) passes: each
    walks every tracked object of the process, the models included."""

    def __init__(self) -> None:
        self.cpu, self.full, self._since = 0.0, 0, 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._since = time.process_time()
            return
        self.cpu += time.process_time() - self._since
        self.full += info["generation"] == 2


def _link(
    store: Store, ids: list[str], commit: bool, profile: Path | None = None
) -> tuple[Any, float, float, dict[str, Any]]:
    """Link the batch as every ingest does (one transaction), committed or rolled back; its report,
    wall and CPU seconds (under cProfile when ``profile`` names a file for its stats), and the
    garbage collector's CPU seconds and full passes within them."""
    from storyline.workflow.update import update_store

    t, cpu = time.perf_counter(), time.process_time()
    profiler = cProfile.Profile() if profile else None
    clock = _GcClock()
    gc.callbacks.append(clock)
    try:
        with store.atomic():
            if profiler:
                profiler.enable()
            report = update_store(store, ids)
            store.mark_linked(ids)
            if profiler:
                profiler.disable()
            if not commit:
                raise _RolledBack
    except _RolledBack:
        pass
    finally:
        gc.callbacks.remove(clock)
    if profiler and profile:
        profiler.dump_stats(str(profile))
    gc_use = {"cpu_s": round(clock.cpu, 2), "full": clock.full}
    return report, time.perf_counter() - t, time.process_time() - cpu, gc_use


def _times(prefix: str, report: Any, wall: float, cpu: float, gc_use: dict[str, Any]) -> dict[str, Any]:
    return {
        f"{prefix}_s": round(wall, 1), f"{prefix}_cpu_s": round(cpu, 1),
        **{f"{prefix}_{k}_s": round(v, 1) for k, v in getattr(report, "seconds", {}).items()},
        **{f"{prefix}_{k}_cpu_s": round(v, 1) for k, v in getattr(report, "cpu_seconds", {}).items()},
        f"{prefix}_gc_cpu_s": gc_use["cpu_s"], f"{prefix}_gc_full": gc_use["full"],
    }  # fmt: skip


def ingest_batch(
    store: Store, new: list[Path], profile: Path | None = None, warm: bool = True
) -> dict[str, Any]:
    """Store the batch (read, deduplicate, analyse), then link it as every ingest does. ``warm``:
    link it first in a transaction rolled back ("cold": the process's first link, which builds
    its one-time tables — name and place tables, some 5 s whatever the store's size), then again,
    committed ("link": what a batch costs a process that has linked before, as a running ingest or
    watch is). Without ``warm`` the committed link is the first ("link" is then the cold cost)."""
    from storyline.pipeline import Ingestor

    t, cpu = time.perf_counter(), time.process_time()
    stored = Ingestor(store, progress=False).run(new)
    store_s, store_cpu = time.perf_counter() - t, time.process_time() - cpu
    ids = store.pending_ids()
    cold = _times("cold", *_link(store, ids, commit=False)) if warm else {}
    report, link_s, link_cpu, link_gc = _link(store, ids, commit=True, profile=profile)
    return {
        "new": len(stored.new), "store_s": round(store_s, 1), "store_cpu_s": round(store_cpu, 1),
        **_times("link", report, link_s, link_cpu, link_gc), **cold,
        "stories_touched": report.stories_touched,
        "load": round(os.getloadavg()[0], 1),
    }  # fmt: skip


def _read_indexes(store: Store) -> None:
    """The read indexes over the linked rows, as a store that has been linked into has them: the
    copies' rows are inserted without them, and the first linking write would build them over the
    whole table inside the clock (4.4 s of the 100k batch's finishing in a profile)."""
    from storyline.store import reads

    add = getattr(reads, "add_indexes", None)
    if add is not None:
        with store.engine.begin() as conn:
            add(conn)


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def run(
    data: Path,
    sizes: list[int],
    work: Path,
    db: str | None,
    keep: bool,
    other: bool = False,
    build_only: bool = False,
    reuse: bool = False,
    profile: Path | None = None,
    warm: bool = True,
) -> list[dict[str, Any]]:
    unit, new = split(data, work)
    base = build_base(unit, str(work / "base.db"))
    with base.engine.connect() as conn:
        per_copy = conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()
    rows = []
    for size in sizes:
        copies = max(0, round(size / per_copy) - 1)
        path = work / f"store-{size}.db"
        if db is None and not reuse:
            for f in _sqlite_files(path):
                f.unlink(missing_ok=True)
        t = time.perf_counter()
        target = Store(db.format(size=size) if db else str(path))  # an older store migrates here
        if not reuse:
            replicate(base, target, copies, other)
        from storyline.workflow import stories as story_flow

        # schema 7: the topic centroids, schema 8: the story summaries, written before the clock
        pay = getattr(story_flow, "pay_centroids", None)
        if pay is not None:
            pay(target)
        _read_indexes(target)
        build_s = time.perf_counter() - t
        if build_only:
            print(json.dumps({"stored": target.count_documents(), "build_s": round(build_s)}), flush=True)
            continue
        stored = target.count_documents()
        row = {
            "stored": stored,
            "copies": copies + 1,
            "build_s": round(build_s),
            **ingest_batch(target, new, profile and profile.with_suffix(f".{size}.prof"), warm),
        }
        if db is None:
            row["store_mb"] = round(sum(f.stat().st_size for f in _sqlite_files(path) if f.exists()) / 2**20)
        print(json.dumps(row), flush=True)
        rows.append(row)
        target.close()
        if db is None and not keep and not build_only:
            for f in _sqlite_files(path):
                f.unlink(missing_ok=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path, help="the BSNLP JSONL folder")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/storyline-incremental"))
    parser.add_argument(
        "--db", default=None, help="database URL with {size} (default: SQLite files in --work)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the stores (SQLite: they take GBs)")
    parser.add_argument("--copies", choices=["same", "other"], default="same",
                        help="copies tell the same news (default) or of other people and places")  # fmt: skip
    parser.add_argument(
        "--build-only", action="store_true", help="build the stores and keep them, ingest nothing"
    )
    parser.add_argument("--reuse", action="store_true", help="ingest into the stores --build-only left")
    parser.add_argument("--profile", type=Path, default=None,
                        help="cProfile the link phase: stats to PROFILE.<size>.prof")  # fmt: skip
    parser.add_argument("--cold-only", action="store_true",
                        help="link once (the process's first link), without the rolled-back one before")  # fmt: skip
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    run(
        args.data,
        sizes,
        args.work,
        args.db,
        args.keep,
        args.copies == "other",
        args.build_only,
        args.reuse,
        args.profile,
        not args.cold_only,
    )


if __name__ == "__main__":
    main()
