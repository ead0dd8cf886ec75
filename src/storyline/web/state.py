"""The app's view of its store: the current snapshot, rebuilt when the store changes.

A change is noticed cheaply on every request, from the store's generation (a row of its meta
table that every write transaction of the store raises) and its last document number: two
lookups by key, whatever the size of the store. On SQLite they are read only when ``PRAGMA
data_version`` (on a connection of our own that never writes) says another connection committed
something; commits that change nothing a page shows (a job's progress, the search index) then
cost those two lookups and no rebuild. A rebuild that took
long last time (a large store) runs in the background while pages keep the previous snapshot, so
an ingest that commits every document does not stall the app; a quick one is waited for, so a
page right after a correction shows it.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from storyline.store import GENERATION_KEY, Store, schema
from storyline.web.search import SearchIndex
from storyline.web.snapshot import Snapshot, build

WAIT_FOR_REBUILD_S = 1.0  # a rebuild that took less than this last time is waited for
MEMO_SIZE = 128  # drawn story pages, story items and search results kept per snapshot


class StoreState:
    def __init__(self, store: Store, search_timeout_s: float = 2.0) -> None:
        self.store = store
        self.search = SearchIndex(store, search_timeout_s)
        self._snapshot: Snapshot | None = None
        self._built_for: Any = None
        self._cost = 0.0
        self._lock = threading.Lock()
        self._building = False
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        self._seen: tuple[int, Any] | None = None  # (data_version, the version read at it)
        self._memo: OrderedDict[Any, Any] = OrderedDict()
        self._memo_of: Snapshot | None = None
        self._memo_lock = threading.Lock()

    def version(self) -> Any:
        """Changes whenever the store's documents, analyses, corrections or linked results change."""
        if self.store.path is not None:
            with self._watch_lock:
                if self._watch is None:  # opened on first use, again after close(): an app may restart
                    self._watch = sqlite3.connect(
                        f"file:{self.store.path}?mode=ro", uri=True, check_same_thread=False
                    )
                data_version = self._watch.execute("PRAGMA data_version").fetchone()[0]
                if self._seen is not None and self._seen[0] == data_version:
                    return self._seen[1]
                version = self._watch.execute(
                    "SELECT (SELECT value FROM meta WHERE key = ?), (SELECT max(seq) FROM documents)",
                    (GENERATION_KEY,),
                ).fetchone()
                self._seen = (data_version, version)
                return version
        m, d = schema.meta.c, schema.documents.c
        with self.store.engine.connect() as conn:
            return tuple(
                conn.execute(
                    select(
                        select(m.value).where(m.key == GENERATION_KEY).scalar_subquery(),
                        select(func.max(d.seq)).scalar_subquery(),
                    )
                ).one()
            )

    def snapshot(self) -> Snapshot:
        version = self.version()
        current = self._snapshot
        if current is not None and self._built_for == version:
            return current
        if current is not None and self._cost > WAIT_FOR_REBUILD_S:
            self._rebuild_in_background(version)
            return current
        with self._lock:
            if self._snapshot is None or self._built_for != version:
                self._rebuild(version)
            assert self._snapshot is not None
            return self._snapshot

    def _rebuild(self, version: Any) -> None:
        started = time.monotonic()
        snap = build(self.store)
        # the index is brought up to date before the snapshot is shown: a search that sees the new
        # snapshot must not run on a half-filled index
        wrote = self.search.sync(snap)
        # the index's own commit is no change of what pages show
        self._snapshot, self._built_for = snap, (self.version() if wrote else version)
        self._cost = time.monotonic() - started

    def _rebuild_in_background(self, version: Any) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True

        def run() -> None:
            try:
                with self._lock:
                    self._rebuild(version)
            finally:
                self._building = False

        threading.Thread(target=run, name="storyline-snapshot", daemon=True).start()

    def memo(self, snap: Snapshot, key: Any, make: Callable[[], Any]) -> Any:
        """``make()``, kept while ``snap`` is the current snapshot: what is drawn from one state of
        the store (a story's timeline, figures, graph) is drawn once, not on every request."""
        with self._memo_lock:
            if self._memo_of is not snap:
                self._memo.clear()
                self._memo_of = snap
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = make()  # outside the lock: two first requests may both draw it, none waits on another story
        with self._memo_lock:
            if self._memo_of is snap:
                self._memo[key] = value
                while len(self._memo) > MEMO_SIZE:
                    self._memo.popitem(last=False)
        return value

    def warm_up(self) -> None:
        """Build the first snapshot and look up a word in every language of the store."""
        try:
            self.snapshot()
            self.search.terms("warm", names=True)
        except Exception:  # noqa: BLE001, S110 - only a head start: the first request does it again and reports
            pass

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
                self._seen = None
