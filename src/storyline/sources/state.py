"""What fetching remembers in the store: the sources followed, and every page fetched.

``watch_sources``: one row per feed, sitemap, site or folder — its validators (ETag,
Last-Modified, the last body's hash), when it was polled, when it is due, its failures in a row
and the last one. A site's row lists the feeds found on it, which have rows of their own.
``watch_seen``: one row per page URL (or file) taken — status, final URL, validators, body hash,
the document it became or why it did not. A page that was answered (2xx, 3xx, 4xx) is never
fetched again by a watch; one that got no answer, a 429 or a 5xx is tried in later polls, at most
``MAX_ATTEMPTS`` times.

Rows are written after the documents they describe are stored, so a watch killed at any moment
fetches again at most the pages that were in flight (and a page whose document is stored counts
as seen whatever its row says).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, select

from storyline.store import Store, schema
from storyline.store.upsert import upsert

CHUNK = 500
MAX_ATTEMPTS = 3  # tries of a page that got no answer (or a 429/5xx) before it is left alone


@dataclass
class Source:
    key: str
    kind: str  # feed, sitemap, site, folder
    origin: str  # the source the user named (the site a feed was found on, or itself)
    added_at: str
    every: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_sha256: str | None = None
    resolved: list[str] = field(default_factory=list)
    polled_at: str | None = None
    ok_at: str | None = None
    failures: int = 0
    error: str | None = None
    items: int = 0

    @property
    def named(self) -> bool:
        """Named by the user (not found on a site or in a sitemap index)."""
        return self.origin == self.key


@dataclass
class Seen:
    key: str
    source: str
    status: int
    fetched_at: str
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    doc_id: str | None = None
    attempts: int = 1
    note: str | None = None

    @property
    def settled(self) -> bool:
        """Answered for good (or tried often enough): not to be fetched again by a watch."""
        answered = 200 <= self.status < 500 and self.status != 429
        return answered or self.attempts >= MAX_ATTEMPTS


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


class WatchState:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------ sources

    def sources(self) -> list[Source]:
        c = schema.watch_sources.c
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(schema.watch_sources).order_by(c.added_at, c.key)).mappings().all()
        return [_source(r) for r in rows]

    def source(self, key: str) -> Source | None:
        c = schema.watch_sources.c
        with self.store.engine.connect() as conn:
            row = conn.execute(select(schema.watch_sources).where(c.key == key)).mappings().first()
        return _source(row) if row else None

    def save_sources(self, sources: Iterable[Source]) -> None:
        rows = [{**asdict(s), "resolved": json.dumps(s.resolved)} for s in sources]
        if rows:
            with self.store.atomic(), self.store.engine.begin() as conn:
                upsert(conn, schema.watch_sources, rows, ["key"])

    def forget(self, key: str) -> int:
        """Stop following a source (and the feeds found on it); the pages taken stay."""
        c = schema.watch_sources.c
        with self.store.atomic(), self.store.engine.begin() as conn:
            return conn.execute(
                delete(schema.watch_sources).where((c.key == key) | (c.origin == key))
            ).rowcount

    # ------------------------------------------------------------ pages

    def seen(self, keys: Iterable[str]) -> dict[str, Seen]:
        c = schema.watch_seen.c
        out: dict[str, Seen] = {}
        with self.store.engine.connect() as conn:
            for part in _chunks(sorted(set(keys))):
                for r in conn.execute(select(schema.watch_seen).where(c.key.in_(part))).mappings():
                    out[r["key"]] = Seen(**dict(r))
        return out

    def stored(self, sources: Iterable[str]) -> dict[str, str]:
        """Document source → id, for the sources that became documents (a page's URL)."""
        c = schema.documents.c
        out: dict[str, str] = {}
        with self.store.engine.connect() as conn:
            for part in _chunks(sorted(set(sources))):
                for r in conn.execute(select(c.source, c.id).where(c.source.in_(part)).order_by(c.seq)):
                    out[r.source] = r.id
        return out

    def with_body(self, hashes: Iterable[str]) -> dict[str, str]:
        """Body hash → the page that had it (content-hash deduplication)."""
        c = schema.watch_seen.c
        out: dict[str, str] = {}
        with self.store.engine.connect() as conn:
            for part in _chunks(sorted(set(hashes))):
                for r in conn.execute(select(c.sha256, c.key).where(c.sha256.in_(part))):
                    out.setdefault(r.sha256, r.key)
        return out

    def mark_seen(self, rows: Iterable[Seen]) -> None:
        data = [asdict(r) for r in rows]
        if not data:
            return
        with self.store.atomic(), self.store.engine.begin() as conn:
            for i in range(0, len(data), CHUNK):
                upsert(conn, schema.watch_seen, data[i : i + CHUNK], ["key"])

    def stories_of(self, doc_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Document id → (story id, story title), read from the story index and the linked rows."""
        sd, lk = schema.story_docs.c, schema.linked.c
        found: dict[str, str] = {}
        titles: dict[str, str] = {}
        with self.store.engine.connect() as conn:
            for part in _chunks(sorted(set(doc_ids))):
                for r in conn.execute(select(sd.doc_id, sd.story).where(sd.doc_id.in_(part))):
                    found[r.doc_id] = r.story
            for part in _chunks(sorted(set(found.values()))):
                query = select(lk.id, lk.data).where(lk.kind == "stories", lk.id.in_(part))
                for r in conn.execute(query):
                    titles[r.id] = json.loads(r.data).get("title") or r.id
        return {d: (s, titles.get(s, s)) for d, s in found.items()}


def _source(row: Any) -> Source:
    data = dict(row)
    data["resolved"] = json.loads(data["resolved"] or "[]")
    return Source(**data)
