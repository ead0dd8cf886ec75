"""The search index on PostgreSQL: the same rows and answers as SQLite's FTS5 (storyline.web.search),
with PostgreSQL's own text search — a generated ``tsvector`` under a GIN index (schema.SEARCH_PG_DDL).

The 'simple' text search configuration only lowercases: base forms come from our lemmatiser, as on
SQLite, and the accent-folded form of every word that has accents is indexed beside the word (FTS5
folds accents itself). The index is written through the store's engine in short transactions of
its own that wait at most a moment for a lock, and never take the writers' turn: a long linking
delays the index, never a page. Rows are keyed (kind, ref), so two app processes syncing at once
write each row once.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from storyline.names import fold
from storyline.store import Store, schema

T = schema.SEARCH_TABLE
UPSERT = (f"INSERT INTO {T} (kind, ref, lang, title, body, bases) VALUES (:kind, :ref, :lang, :title, :body, :bases) "
          "ON CONFLICT (kind, ref) DO UPDATE SET lang = excluded.lang, title = excluded.title, "
          "body = excluded.body, bases = excluded.bases")  # fmt: skip
SET_META = ("INSERT INTO meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value")  # fmt: skip
# ts_rank's weights for D, C, B, A: the base forms and keys (C) 0.8 of the text (B), the title (A) 4
# times it — FTS5's bm25 weights on SQLite
RANK = "'{0.0, 0.2, 0.25, 1.0}'"
HEADLINE = (
    'StartSel="{start}", StopSel="{end}", MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter="…"'
)


def folded(words: str) -> str:
    """The accent-folded forms of the words that have accents (the rest are in the text already)."""
    out: dict[str, None] = {}
    for word in words.split():
        low = word.lower()
        plain = fold(low)
        if plain != low:
            out[plain] = None
    return " ".join(out)


def tsquery(groups: list[set[str]]) -> str:
    """Every group matched by any of its forms, all groups together, as to_tsquery text."""
    return " & ".join("(" + " | ".join(_quoted(f) for f in sorted(g)) + ")" for g in groups)


def _quoted(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PgIndex:
    def __init__(self, store: Store) -> None:
        # the engine itself, never the stand-in of an ``atomic()`` block another thread may be in:
        # the index commits on its own
        self.store = store

    def _begin(self, lock_ms: int) -> Any:
        conn = self.store.own_engine.connect()
        conn.begin()
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {lock_ms}")
        return conn

    def sync_docs(self, doc_row: Any, batch: int, watermark: str) -> bool:
        """Documents past the watermark, a batch per transaction; False when the store is busy."""
        wrote = False
        try:
            with self.store.own_engine.connect() as conn:
                seq = int(_meta(conn, watermark) or 0)
                if seq and not conn.execute(text(f"SELECT 1 FROM {T} WHERE kind = 'doc' LIMIT 1")).first():
                    seq = 0  # the index was emptied (a repair): fill it from the start
            while True:
                with self.store.own_engine.connect() as conn:
                    rows = conn.execute(
                        text("SELECT seq, id, lang, title, text, duplicate_of FROM documents WHERE seq > :seq "
                             "ORDER BY seq LIMIT :n"), {"seq": seq, "n": batch},
                    ).all()  # fmt: skip
                if not rows:
                    return wrote
                kept = [doc_row(r) for r in rows if r[5] is None]  # a copy would only repeat its original
                for row in kept:
                    row["bases"] = " ".join(p for p in (row["bases"], folded(row["body"])) if p)
                conn = self._begin(200)
                try:
                    if kept:
                        conn.execute(text(UPSERT), kept)
                    conn.execute(text(SET_META), {"key": watermark, "value": str(rows[-1][0])})
                    conn.commit()
                finally:
                    conn.close()
                seq, wrote = rows[-1][0], True
        except DBAPIError:  # locked by a long write, or a server that went away: next time
            return wrote

    def sync_entities(self, rows: list[dict[str, Any]], stamp_key: str, stamp: str) -> bool:
        try:
            with self.store.own_engine.connect() as conn:
                if _meta(conn, stamp_key) == stamp:
                    return False
            for row in rows:
                row["bases"] = " ".join(p for p in (row["bases"], folded(row["body"])) if p)
            conn = self._begin(200)
            try:
                conn.execute(text(f"DELETE FROM {T} WHERE kind = 'entity'"))
                if rows:
                    conn.execute(text(UPSERT), rows)
                conn.execute(text(SET_META), {"key": stamp_key, "value": stamp})
                conn.commit()
            finally:
                conn.close()
            return True
        except DBAPIError:
            return False

    def search(self, groups: list[set[str]], kind: str, limit: int, offset: int, timeout_s: float,
               start: str, end: str) -> tuple[list[tuple[str, str | None, str, str]], int]:  # fmt: skip
        """(ref, lang, title, snippet) of the hits, best first, and how many there are; raises
        TimeoutError past ``timeout_s``."""
        params = {"q": tsquery(groups), "kind": kind, "limit": limit, "offset": offset,
                  "opts": HEADLINE.format(start=start, end=end)}  # fmt: skip
        match = f"FROM {T}, to_tsquery('simple', :q) AS query WHERE kind = :kind AND tsv @@ query"
        deadline = time.monotonic() + timeout_s
        with self.store.own_engine.connect() as conn:
            try:
                conn.begin()
                _budget(conn, deadline)
                total = conn.execute(text(f"SELECT count(*) {match}"), params).scalar_one()
                _budget(conn, deadline)  # what the count left
                rows = conn.execute(
                    text(f"SELECT ref, lang, title, ts_headline('simple', body, query, :opts) {match} "
                         f"ORDER BY ts_rank({RANK}, tsv, query) DESC, ref LIMIT :limit OFFSET :offset"),
                    params,
                ).all()  # fmt: skip
                conn.rollback()
            except DBAPIError as exc:
                if "statement timeout" in str(exc.orig):
                    raise TimeoutError from None
                raise
        return [(r[0], r[1], r[2], r[3]) for r in rows], total


def _budget(conn: Any, deadline: float) -> None:
    """The next statement may run until the deadline (a budget already spent: a timeout now)."""
    left_ms = int((deadline - time.monotonic()) * 1000)
    if left_ms <= 0:
        raise TimeoutError
    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {left_ms}")


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute(text("SELECT value FROM meta WHERE key = :key"), {"key": key}).first()
    return row[0] if row else None
