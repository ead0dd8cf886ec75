"""Full-text search over documents and entity names (SQLite FTS5; PostgreSQL text search).

The index (``search_fts``, schema 4) holds one row per document — its title, text and the base
forms of its words (simplemma, in the document's language) — and one row per entity: every name
it is known by in any language and script, with their Latin transliterations and phonetic keys.
A query word is looked up as written and as its base forms in the store's languages, and for
entities also by its phonetic key, so an inflected form finds the base form (Путина → Путин) and a
name in one script finds the entity written in another (Путин → Putin).

The index follows the store lazily: documents by ingestion order (a watermark in ``meta``),
entities rewritten whole when the entity list changed. It is written through its own SQLite
connection with a short lock timeout, so a long linking that holds the store's write lock only
delays the index, never a page. PostgreSQL has its own text search over the same rows
(storyline.web.search_pg); other databases fall back to substring search.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from storyline.analyse.keywords import lemma
from storyline.names import fold, phonetic, to_latin
from storyline.store import Store, schema
from storyline.web.search_pg import PgIndex

WORD = re.compile(r"\w+")
WATERMARK = "search_doc_seq"
ENTITY_STAMP = "search_entities"
BATCH = 200
PROGRESS_EVERY = 10_000  # SQLite VM steps between looks at the clock
MAX_TERMS = 12  # words of a query that count; the rest are ignored (a pasted paragraph is no query)
START, END = "\ue000", "\ue001"  # snippet markers no text holds (private use), replaced by <mark>


class SearchTimeout(Exception):
    """The query ran past its time budget."""


@dataclass
class Hit:
    kind: str  # doc, entity
    ref: str
    lang: str | None
    title: str
    snippet: str  # plain text with START/END around the matched words


def doc_bases(text: str, lang: str | None) -> str:
    """The base forms of a text's words that differ from the words themselves (the rest are
    already in the text column)."""
    if not lang:
        return ""
    out: dict[str, None] = {}
    for word in WORD.findall(text):
        if len(word) < 3 or word.isdigit():
            continue
        low = word.lower()
        base = lemma(low, lang).lower()
        if base != low:
            out[base] = None
    return " ".join(out)


def entity_row(entity: Any) -> tuple[str, str, str]:
    """(title, body, bases) of an entity: its names as written, then their keys."""
    names: dict[str, None] = {entity.name: None}
    for forms in entity.names.values():
        names.update(dict.fromkeys(forms))
    names.update(dict.fromkeys(m.text for m in entity.mentions))
    keys: dict[str, None] = {}
    for name in names:
        keys[to_latin(name).lower()] = None
        keys[phonetic(name)] = None
    return entity.name, " ".join(names), " ".join(k for k in keys if k)


class SearchIndex:
    """The store's search index, kept in step with it and queried with a time budget."""

    def __init__(self, store: Store, timeout_s: float = 2.0) -> None:
        self.store = store
        self.timeout_s = timeout_s
        self.path = str(store.path) if store.path is not None else None
        self.pg = PgIndex(store) if store.url.startswith("postgres") else None
        self.enabled = self.pg is not None or (
            self.path is not None and not store.read_only and _has_fts(self.path)
        )
        self._lock = threading.Lock()
        self.langs: set[str] = set()

    @contextmanager
    def _conn(self, timeout: float = 0.2) -> Any:
        conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            yield conn
        finally:
            conn.close()

    # ------------------------------------------------------------ keeping up with the store

    def sync(self, snapshot: Any) -> bool:
        """Add the documents stored since the last sync and, when the entities changed, rewrite
        their rows. Returns whether it wrote anything; when the store is busy it writes nothing
        and is tried again on the next change."""
        self.langs = {d.lang for d in snapshot.docs.values() if d.lang}
        if not self.enabled or not self._lock.acquire(blocking=False):
            return False
        try:
            if self.pg is not None:
                wrote = self.pg.sync_docs(_doc_row, BATCH, WATERMARK)
                return self._sync_pg_entities(snapshot) or wrote
            with self._conn() as conn:
                wrote = self._sync_docs(conn)
                return self._sync_entities(conn, snapshot) or wrote
        except sqlite3.OperationalError:  # locked by a long write: next time
            return False
        finally:
            self._lock.release()

    def _sync_docs(self, conn: sqlite3.Connection) -> bool:
        seq = int(_meta(conn, WATERMARK) or 0)
        if (
            seq
            and not conn.execute(f"SELECT 1 FROM {schema.SEARCH_TABLE} WHERE kind = 'doc' LIMIT 1").fetchone()
        ):
            seq = 0  # the index was dropped and made again (a copy, a repair): fill it from the start
        wrote = False
        while True:
            rows = conn.execute(
                "SELECT seq, id, lang, title, text, duplicate_of FROM documents WHERE seq > ? ORDER BY seq LIMIT ?",
                (seq, BATCH),
            ).fetchall()
            if not rows:
                return wrote
            kept = [r for r in rows if r[5] is None]  # a copy would only repeat its original's hits
            conn.execute("BEGIN IMMEDIATE")
            try:  # documents never change under their id: past the watermark they are all new
                conn.executemany(
                    f"INSERT INTO {schema.SEARCH_TABLE} (kind, ref, lang, title, body, bases) "
                    "VALUES ('doc', ?, ?, ?, ?, ?)",
                    [(r[1], r[2], r[3] or "", r[4], doc_bases(r[4], r[2])) for r in kept],
                )
                _set_meta(conn, WATERMARK, str(rows[-1][0]))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            seq, wrote = rows[-1][0], True

    def _sync_pg_entities(self, snapshot: Any) -> bool:
        rows = [{"kind": "entity", "ref": e.id, "lang": e.mentions[0].lang if e.mentions else None,
                 **dict(zip(("title", "body", "bases"), entity_row(e), strict=True))}
                for e in snapshot.entities.values()]  # fmt: skip
        assert self.pg is not None
        return self.pg.sync_entities(rows, ENTITY_STAMP, _entity_stamp(snapshot))

    def _sync_entities(self, conn: sqlite3.Connection, snapshot: Any) -> bool:
        stamp = _entity_stamp(snapshot)
        if _meta(conn, ENTITY_STAMP) == stamp:
            return False
        rows = [(e.id, (e.mentions[0].lang if e.mentions else None), *entity_row(e))
                for e in snapshot.entities.values()]  # fmt: skip
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(f"DELETE FROM {schema.SEARCH_TABLE} WHERE kind = 'entity'")
            conn.executemany(
                f"INSERT INTO {schema.SEARCH_TABLE} (kind, ref, lang, title, body, bases) "
                "VALUES ('entity', ?, ?, ?, ?, ?)",
                rows,
            )
            _set_meta(conn, ENTITY_STAMP, stamp)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True

    # ------------------------------------------------------------ queries

    def terms(self, query: str, names: bool) -> list[set[str]]:
        """Per query word, the forms any of which may match: as written, its base forms in the
        store's languages, and for names its transliteration and phonetic key."""
        out = []
        for word in WORD.findall(query)[:MAX_TERMS]:
            low = word.lower()
            forms = {low, fold(low)}
            for lang in self.langs:
                forms.add(lemma(low, lang).lower())
            if names:
                forms |= {to_latin(f).lower() for f in list(forms)} | {phonetic(f) for f in list(forms)}
            out.append({f for f in forms if f})
        return out

    def search(self, query: str, kind: str, limit: int, offset: int) -> tuple[list[Hit], int]:
        """Hits of one kind (``doc`` or ``entity``), best first, and how many there are."""
        groups = self.terms(query, names=kind == "entity")
        if not groups:
            return [], 0
        if not self.enabled:
            return self._fallback(groups, kind, limit, offset)
        if self.pg is not None:
            try:
                found, total = self.pg.search(groups, kind, limit, offset, self.timeout_s, START, END)
            except TimeoutError:
                raise SearchTimeout(f"the search took longer than {self.timeout_s:g} s") from None
            return [
                Hit(kind, ref, lang, title or ref, snippet or "") for ref, lang, title, snippet in found
            ], total
        match = " AND ".join("(" + " OR ".join(_quoted(f) for f in sorted(g)) + ")" for g in groups)
        deadline = time.monotonic() + self.timeout_s
        with self._conn(timeout=self.timeout_s) as conn:
            conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_EVERY)
            try:
                total = conn.execute(
                    f"SELECT count(*) FROM {schema.SEARCH_TABLE} WHERE {schema.SEARCH_TABLE} MATCH ? AND kind = ?",
                    (match, kind),
                ).fetchone()[0]
                rows = conn.execute(
                    f"SELECT ref, lang, title, snippet({schema.SEARCH_TABLE}, 4, ?, ?, '…', 16) "
                    f"FROM {schema.SEARCH_TABLE} WHERE {schema.SEARCH_TABLE} MATCH ? AND kind = ? "
                    "ORDER BY bm25(" + schema.SEARCH_TABLE + ", 0, 0, 0, 4.0, 1.0, 0.8) LIMIT ? OFFSET ?",
                    (START, END, match, kind, limit, offset),
                ).fetchall()
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise SearchTimeout(f"the search took longer than {self.timeout_s:g} s") from None
                raise
        return [Hit(kind, r[0], r[1], r[2] or r[0], r[3] or "") for r in rows], total

    def _fallback(self, groups: list[set[str]], kind: str, limit: int, offset: int) -> tuple[list[Hit], int]:
        """Substring search for stores without FTS5 (another database, or a read-only file)."""
        from sqlalchemy import select

        hits: list[Hit] = []
        if kind == "doc":
            c = schema.documents.c
            with self.store.engine.connect() as conn:
                rows = conn.execute(select(c.id, c.lang, c.title, c.text).where(c.duplicate_of.is_(None))
                                    .order_by(c.seq))  # fmt: skip
                for r in rows:
                    low = r.text.lower()
                    if all(any(f in low for f in g) for g in groups):
                        hits.append(Hit("doc", r.id, r.lang, r.title or r.id, _plain_snippet(r.text, groups)))
        return hits[offset : offset + limit], len(hits)


def _doc_row(row: Any) -> dict[str, Any]:
    """A stored document's row of the index: (seq, id, lang, title, text, duplicate_of) → columns."""
    return {"kind": "doc", "ref": row[1], "lang": row[2], "title": row[3] or "", "body": row[4],
            "bases": doc_bases(row[4], row[2])}  # fmt: skip


def _plain_snippet(text: str, groups: list[set[str]]) -> str:
    low = text.lower()
    at = min((low.find(f) for g in groups for f in g if f in low), default=0)
    start = max(0, at - 60)
    return ("…" if start else "") + text[start : at + 100]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_fts(path: str) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(
                conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (schema.SEARCH_TABLE,)).fetchone()
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))  # fmt: skip


def _entity_stamp(snapshot: Any) -> str:
    import hashlib

    digest = hashlib.sha256()
    for e in sorted(snapshot.entities.values(), key=lambda e: e.id):
        digest.update(f"{e.id}\t{e.name}\t{len(e.mentions)}\n".encode())
    return digest.hexdigest()


def highlight(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, matched) pieces, for a template to escape and mark."""
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{START}{END}]", snippet)):
        if part:
            out.append((part, i % 2 == 1))
    return out
