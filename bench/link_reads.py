"""What one incremental link reads and writes, statement by statement, on a copy of a bench store.

    python -m bench.link_reads STORE.db [--new W/new] [--top 30]

The batch of ``bench.incremental`` (``--new``: the folder its ``split`` wrote) is stored into the
copy once, committed; then it is linked as every ingest links it (``update_store``, one
transaction) and the transaction is rolled back, so the same link can be measured again on the
same copy — no 4 GB copy per run. Printed: the link's time and CPU per phase, then per phase the
reads of the partial story index (calls, seconds) and the SQL statements (runs, seconds, the
statement with its IN lists folded). The counts are what grows with the store; the seconds carry
the timers' own cost (a few per cent) and the machine's load.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import event

from storyline.api import Store
from storyline.pipeline import Ingestor
from storyline.store import story_state
from storyline.workflow import update

READS = (
    "features", "posting_tails", "doc_rows", "summaries", "centroids", "topic_stories", "topic_size",
    "topic_first_seq", "topic_links", "existing", "story_members", "topic_rows", "story_rows",
    "recent_vectors", "entity_features", "posting_all",
)  # fmt: skip
NEXT_PHASE = {"entities": "stories", "stories": "finish", "finish": "end"}


class _RolledBack(Exception):
    pass


class Tally:
    """Seconds and counts by key; ``phase`` is the link phase running now (``update._lap`` moves it)."""

    def __init__(self) -> None:
        self.phase = "entities"
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def add(self, key: str, seconds: float) -> None:
        self.seconds[f"{self.phase} | {key}"] += seconds
        self.calls[f"{self.phase} | {key}"] += 1

    def lines(self, top: int) -> list[str]:
        ranked = sorted(self.seconds.items(), key=lambda kv: -kv[1])[:top]
        return [f"{s:8.3f} s {self.calls[k]:7d}  {k}" for k, s in ranked]


def _watch_reads(reads: Tally) -> None:
    for name in READS:
        original = getattr(story_state.RowReader, name)

        @functools.wraps(original)
        def timed(self: Any, *args: Any, _original: Any = original, _name: str = name, **kw: Any) -> Any:
            t = time.perf_counter()
            try:
                return _original(self, *args, **kw)
            finally:
                reads.add(_name, time.perf_counter() - t)

        setattr(story_state.RowReader, name, timed)


def _watch_sql(store: Store, sql: Tally) -> None:
    @event.listens_for(store.engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        conn.info["bench_t0"] = time.perf_counter()

    @event.listens_for(store.engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        folded = re.sub(r"\(\?(, \?)*\)", "(…)", re.sub(r"\s+", " ", statement))[:140]
        sql.add(folded, time.perf_counter() - conn.info["bench_t0"])


def run(db: Path, new: Path, top: int) -> None:
    store = Store(db)
    ids = store.pending_ids()
    if not ids:
        Ingestor(store, progress=False).run(sorted(new.glob("*.jsonl")))
        ids = store.pending_ids()
    reads, sql = Tally(), Tally()
    _watch_reads(reads)
    _watch_sql(store, sql)
    lap = update._lap

    def lap_and_move(report: Any, phase: str, since: tuple[float, float]) -> tuple[float, float]:
        now = lap(report, phase, since)
        reads.phase = sql.phase = NEXT_PHASE[phase]
        return now

    update._lap = lap_and_move  # type: ignore[assignment]
    t, cpu = time.perf_counter(), time.process_time()
    try:
        with store.atomic():
            report = update.update_store(store, ids)
            raise _RolledBack
    except _RolledBack:
        pass
    finally:
        update._lap = lap  # type: ignore[assignment]
    print(json.dumps({"documents": len(ids), "link_s": round(time.perf_counter() - t, 1),
                      "link_cpu_s": round(time.process_time() - cpu, 1), "cpu_s": report.cpu_seconds,
                      "wall_s": report.seconds, "stories_touched": report.stories_touched}))  # fmt: skip
    print("-- reads of the partial story index")
    print("\n".join(reads.lines(top)))
    print("-- SQL statements")
    print("\n".join(sql.lines(top)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path, help="a copy of a bench store (it is written to)")
    parser.add_argument("--new", type=Path, default=Path("/tmp/incr/new"), help="the batch's folder")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    run(args.db, args.new, args.top)


if __name__ == "__main__":
    main()
