"""store: one schema behind one small interface; SQLite by default, any SQLAlchemy URL works.

Every document is written in its own transaction together with its analysis, so an interrupted
ingest loses nothing already stored and leaves nothing half-written; the linked result is
replaced in one transaction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, Integer, String, cast, delete, func, insert, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from storyline.model import (
    Analysis,
    Claim,
    Conflict,
    Correction,
    DateValue,
    Document,
    Dossier,
    Event,
    Figure,
    Quote,
    Story,
)
from storyline.serde import from_dict, to_dict
from storyline.store import reads, schema
from storyline.store.engine import Pinned, lock_timeout_from_env, make_engine, writer
from storyline.store.errors import StoreError, StoreFull, StoreLocked, StoreMissing, StoreReadOnly, describe
from storyline.store.fastjson import loads
from storyline.store.retry import retrying
from storyline.store.upsert import upsert
from storyline.titles import unique_titles

__all__ = [
    "GENERATION_KEY",
    "Store",
    "StoreError",
    "StoreFull",
    "StoreLocked",
    "StoreMissing",
    "StoreReadOnly",
]

LINKED_KINDS: dict[str, type] = {
    "stories": Story,
    "events": Event,
    "figures": Figure,
    "claims": Claim,
    "quotes": Quote,
    "conflicts": Conflict,
}


RELINK_KEY = "relink_needed"
# Bumped by every write transaction of the store (documents, analyses, corrections, linking): what
# a reader that keeps a view of the store (the web app) compares to know whether it changed, one
# row read instead of counting tables. The web app's own rows (users, jobs, its search index) do
# not bump it: they change nothing a view shows.
GENERATION_KEY = "generation"
CHUNK = 500


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _url(location: str | Path) -> str:
    text = str(location)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


SQLITE_MAGIC = b"SQLite format 3\x00"


class Store:
    """The storyline database. ``Store("storyline.db")`` or ``Store("postgresql://…")``.

    ``create=False`` refuses to create a missing SQLite file (read commands: a mistyped path must
    not silently become an empty store); ``lock_timeout`` is how long to wait for another
    process's write lock (default ``STORYLINE_LOCK_TIMEOUT`` or 300 s: another ingest's linking
    holds it for its whole transaction)."""

    def __init__(
        self, location: str | Path = "storyline.db", *, create: bool = True, lock_timeout: float | None = None
    ) -> None:
        self.url = _url(location)
        self.location = _display(self.url) if "://" in str(location) else str(location)
        self.lock_timeout = lock_timeout_from_env() if lock_timeout is None else lock_timeout
        self.path = _sqlite_path(self.url)
        if self.path is not None:
            _check_file(self.path, self.location, create)
        self._pinned: Pinned | None = None
        self._indexed = False  # the read indexes are made (if missing) by this store's first linking write
        self.read_only = False
        try:
            self._connect(self.url)
        except StoreError as exc:
            if self.path is None or not self.path.exists() or os.access(self.path.parent, os.W_OK):
                raise
            # a store on a read-only medium: SQLite cannot create its -shm file beside it, so it
            # is opened as immutable (it cannot change while we read it); writing says read-only
            self.read_only = True
            try:
                # quoted twice: SQLAlchemy decodes the URL once, SQLite decodes its URI again
                path = quote(quote(str(self.path)))
                self._connect(f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true")
            except StoreError:
                raise exc from None

    def _connect(self, url: str) -> None:
        self._engine: Engine = make_engine(url, self.lock_timeout)
        self._writer = writer(self._engine)
        try:
            self._open()
        except StoreError:
            self._engine.dispose()
            raise
        except (DBAPIError, OSError) as exc:
            self._engine.dispose()
            raise self.error(exc) from None

    @property
    def engine(self) -> Any:
        """The engine; inside ``atomic()`` a stand-in that hands out that transaction's connection."""
        return self._pinned or self._engine

    @property
    def own_engine(self) -> Any:
        """The engine itself, never the stand-in of an ``atomic()`` block: for work that commits on
        its own while another thread may be inside one (the web app's search index)."""
        return self._engine

    def error(self, exc: BaseException) -> BaseException:
        """The one-line ``StoreError`` for a database failure on this store (else ``exc`` itself)."""
        return describe(exc, self.location, self.lock_timeout) or exc

    def files(self) -> list[Path]:
        """The files SQLite keeps for this store (ingest never reads them as input)."""
        if self.path is None:
            return []
        return [self.path, *(Path(f"{self.path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]

    @contextmanager
    def _begin(self) -> Iterator[Any]:
        """A write transaction (inside ``atomic()``: that one)."""
        if self._pinned is not None:
            with self._pinned.begin() as conn:
                yield conn
        else:
            with self._writer.begin() as conn:
                _bump_generation(conn)
                yield conn

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Run a block of many reads and writes (a whole linking) as ONE transaction: killed or
        failed half-way, the store is as it was before the block."""
        if self._pinned is not None:
            yield
            return
        with self._writer.begin() as conn:
            _bump_generation(conn)  # in the block's transaction: rolled back with it
            self._pinned = Pinned(conn)
            try:
                yield
            finally:
                self._pinned = None

    def _open(self) -> None:
        """Create missing tables, stamp or check the schema version, migrate an older store.
        A store that needs none of that is only read, so a read-only store can still be read."""
        with self._engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            version = _stored_version(conn) if "meta" in tables else None
        wanted = set(schema.metadata.tables) | (
            {schema.SEARCH_TABLE} if self.url.startswith(("sqlite", "postgres")) else set()
        )
        if version is not None and version > schema.SCHEMA_VERSION:
            raise StoreError(
                f"{self.location}: schema version {version} is newer than this storyline "
                f"({schema.SCHEMA_VERSION}); upgrade storyline to read it"
            )
        if wanted <= tables and version == schema.SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreReadOnly(
                f"{self.location} is read-only and was written by another version of storyline"
            )
        if tables and "documents" not in tables:
            raise StoreError(f"{self.location} is an SQLite database but not a storyline store")
        with self._writer.begin() as conn:
            schema.metadata.create_all(conn)
            schema.add_web_tables(conn, self.url)
            version = _stored_version(conn)  # again: another process may have done it meanwhile
            if version is None:
                conn.execute(
                    insert(schema.meta).values(key="schema_version", value=str(schema.SCHEMA_VERSION))
                )
            elif version < schema.SCHEMA_VERSION:
                self._migrate(conn, version)

    def _migrate(self, conn: Any, version: int) -> None:
        """Version 1 kept one linking result for the whole store: it is derived data, so it is
        dropped and the next ingest or `storyline link` rebuilds it from the stored analyses (read
        commands say so). Version 2 had no record of documents waiting to be linked: the table is
        added empty, so everything a version-2 store holds counts as linked, as it was. Version 3
        had no watch state: its tables are added empty (nothing was followed yet). Version 5 adds
        the web app's tables (``schema.add_web_tables``, run above for every store): empty, and the
        search index fills itself from the stored documents when the app opens the store. Version 6
        adds the story index's feature, posting and vector rows, filled from its stored documents.
        Version 7 adds the topic centroids: computing them takes the story index's arithmetic, so
        the store only marks them as owed and the first incremental link fills them
        (``workflow.stories.open_index``); and the fingerprints' band keys, filled here. Version 8
        adds the story summaries, owed and paid the same way as the topic centroids (and in the
        same pass). Version 9 replaces the posting lists' (feature, seq) index by one that also
        holds the document id, so a posting tail is read from the index alone (built here: about
        a minute per 100,000 documents). Version 10 indexes the topic links by their second topic,
        so a topic's links (``topic_a = ? OR topic_b = ?``) are found without a scan of the table
        (built here, over a few thousand rows). Version 11 adds the story tallies (each story's
        heaviest centroid features and what refreshes changed in its counts since its summary was
        written: ``storyline.story_tally``), filled here from the stored summaries. Version 12 adds
        the documents whose entities an ingest linked ahead of their stories and the merges those
        links made (``entity_state.link_ahead``): empty, as no older ingest linked ahead."""
        if version < 2:
            schema.linked.drop(conn, checkfirst=True)
            schema.linked.create(conn)
            self._set_meta(conn, RELINK_KEY, "1")
        if version < 4:
            schema.add_watch_tables(conn)
        if version < 6:  # the story index's rows for partial loading, from its stored documents
            from storyline.store.story_state import backfill

            backfill(conn)
        if version < 7:
            from storyline.store.story_state import owe_centroids

            owe_centroids(conn)
            _fill_bands(conn)
        if version < 8:
            from storyline.store.story_state import owe_summaries

            owe_summaries(conn)
        if version < 9:
            conn.execute(text(f"DROP INDEX IF EXISTS {schema.OLD_POSTING_INDEX}"))
            tail = next(i for i in schema.story_postings.indexes if i.name == schema.POSTING_TAIL_INDEX)
            tail.create(conn, checkfirst=True)
        if version < 10:
            for index in schema.story_topic_links.indexes:
                index.create(conn, checkfirst=True)
        if version < 11:  # the story tallies, from the stored summaries (none where they are owed)
            from storyline.store.story_state import backfill_tallies

            backfill_tallies(conn)
        conn.execute(
            update(schema.meta)
            .where(schema.meta.c.key == "schema_version")
            .values(value=str(schema.SCHEMA_VERSION))
        )

    @staticmethod
    def _set_meta(conn: Any, key: str, value: str) -> None:
        conn.execute(delete(schema.meta).where(schema.meta.c.key == key))
        conn.execute(insert(schema.meta).values(key=key, value=value))

    def generation(self) -> int:
        """A number that every write transaction of the store raises (0: none yet): equal twice,
        nothing a view shows changed in between."""
        with self.engine.connect() as conn:
            value = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == GENERATION_KEY)
            ).scalar()
        return int(value) if value else 0

    @property
    def needs_relink(self) -> bool:
        """True when the linked state must be rebuilt from scratch (after an upgrade)."""
        with self.engine.connect() as conn:
            return (
                conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == RELINK_KEY)).first()
                is not None
            )

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
                ).scalar_one()
            )

    def close(self) -> None:
        self._engine.dispose()

    # ------------------------------------------------------------ linking to do

    def pending_ids(self) -> list[str]:
        """Documents stored but not linked yet (an ingest running, or one that was interrupted),
        in ingestion order."""
        p = schema.pending_links.c
        with self.engine.connect() as conn:
            return [r.doc_id for r in conn.execute(select(p.doc_id).order_by(p.seq))]

    def mark_linked(self, doc_ids: Iterable[str] | None) -> None:
        """Forget that these documents (``None``: all) wait for linking; call it inside the
        ``atomic()`` block that linked them."""
        with self._begin() as conn:
            if doc_ids is None:
                conn.execute(delete(schema.pending_links))
                return
            for part in _chunks(sorted(set(doc_ids))):
                conn.execute(delete(schema.pending_links).where(schema.pending_links.c.doc_id.in_(part)))

    # ------------------------------------------------------------ documents

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first()
                is not None
            )

    def add_document(self, doc: Document, raw: bytes, analysis: Analysis | None, fingerprint: bytes | None = None,
                     analyser_version: str = "1") -> None:  # fmt: skip
        """Store a document, its analysis and the note that it still waits for linking in ONE
        transaction (all or nothing): an ingest killed at any moment leaves each document either
        absent or stored and marked pending, which the next ingest or link finishes."""
        if self._pinned is None:  # a transaction of its own: run again if the database aborted it
            retrying(lambda: self._add_document(doc, raw, analysis, fingerprint, analyser_version))
        else:
            self._add_document(doc, raw, analysis, fingerprint, analyser_version)

    def _add_document(self, doc: Document, raw: bytes, analysis: Analysis | None, fingerprint: bytes | None,
                      analyser_version: str) -> None:  # fmt: skip
        with self._begin() as conn:
            seq = schema.next_seq(conn)
            cols = schema.documents.c
            lang = doc.lang
            if lang is None and doc.duplicate_of is not None:  # a copy is not analysed: its original's
                lang = conn.execute(select(cols.lang).where(cols.id == doc.duplicate_of)).scalar_one_or_none()
            elif lang is not None:  # copies stored before their original was analysed learn its language
                conn.execute(
                    update(schema.documents)
                    .where(cols.duplicate_of == doc.id, cols.lang.is_(None))
                    .values(lang=lang)
                )
            conn.execute(
                insert(schema.documents).values(
                    id=doc.id,
                    seq=seq,
                    source=doc.source,
                    url=doc.url,
                    title=doc.title,
                    outlet=doc.outlet,
                    lang=lang,
                    published=json.dumps(to_dict(doc.published)),
                    text=doc.text,
                    text_sha256=doc.text_sha256,
                    raw=raw,
                    raw_sha256=doc.raw_sha256,
                    duplicate_of=doc.duplicate_of,
                    version_of=doc.version_of,
                    fingerprint=fingerprint,
                    meta=json.dumps(doc.meta, ensure_ascii=False),
                    ingested_at=_now(),
                )  # fmt: skip
            )
            conn.execute(insert(schema.pending_links).values(doc_id=doc.id, seq=seq))
            if fingerprint is not None:
                _insert_bands(conn, [(doc.id, fingerprint)])
            if analysis is not None:
                conn.execute(
                    insert(schema.analyses).values(
                        doc_id=doc.id,
                        version=analyser_version,
                        data=json.dumps(to_dict(analysis), ensure_ascii=False),
                    )
                )

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        """All documents in ingestion order, or those with the given ids."""
        return reads.documents(self.engine, ids)

    def analysed_ids(self) -> list[str]:
        """Ids of the documents that have an analysis, in ingestion order."""
        d, a = schema.documents.c, schema.analyses.c
        with self.engine.connect() as conn:
            return [
                r.id
                for r in conn.execute(
                    select(d.id)
                    .join_from(schema.documents, schema.analyses, d.id == a.doc_id)
                    .order_by(d.seq)
                )
            ]

    def raw(self, doc_id: str) -> bytes | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.documents.c.raw).where(schema.documents.c.id == doc_id)
            ).scalar()

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        cols = schema.documents.c
        with self.engine.connect() as conn:
            query = select(cols.id, cols.fingerprint).where(cols.fingerprint.is_not(None)).order_by(cols.seq)
            for row in conn.execute(query):
                yield row.id, row.fingerprint

    def band_matches(self, keys: list[str]) -> list[tuple[int, str, bytes]]:
        """(seq, id, fingerprint) of the stored documents holding any of these LSH band keys."""
        if not keys:
            return []
        b, d = schema.doc_bands.c, schema.documents.c
        query = (
            select(d.seq, d.id, d.fingerprint)
            .join_from(schema.doc_bands, schema.documents, b.doc_id == d.id)
            .where(b.band.in_(sorted(set(keys))))
            .distinct()
        )
        with self.engine.connect() as conn:
            return sorted((r.seq, r.id, r.fingerprint) for r in conn.execute(query))

    def sources_of(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """These documents' id → (source, the document it duplicates), those that are stored."""
        cols = schema.documents.c
        wanted = sorted(set(ids))
        out = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                query = select(cols.id, cols.source, cols.duplicate_of).where(
                    cols.id.in_(wanted[i : i + 500])
                )
                out.update({r.id: (r.source, r.duplicate_of) for r in conn.execute(query)})
        return out

    def sources(self) -> dict[str, tuple[str, str | None]]:
        """Every document's id → (source, the document it duplicates), without the texts."""
        cols = schema.documents.c
        with self.engine.connect() as conn:
            return {r.id: (r.source, r.duplicate_of) for r in conn.execute(
                select(cols.id, cols.source, cols.duplicate_of).order_by(cols.seq))}  # fmt: skip

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        """Every stored analysis, or those of the given documents."""
        a = schema.analyses.c
        query = select(a.doc_id, a.data)
        with self.engine.connect() as conn:
            if ids is None:
                rows = list(conn.execute(query))
            else:
                rows = [
                    r
                    for part in _chunks(sorted(set(ids)))
                    for r in conn.execute(query.where(a.doc_id.in_(part)))
                ]
        return {r.doc_id: from_dict(Analysis, loads(r.data)) for r in rows}

    def stale_analyses(self, version: str) -> list[str]:
        """Documents analysed by another version of the analysers, in ingestion order."""
        d, a = schema.documents.c, schema.analyses.c
        query = (
            select(d.id)
            .join_from(schema.documents, schema.analyses, d.id == a.doc_id)
            .where(a.version != version)
            .order_by(d.seq)
        )
        with self.engine.connect() as conn:
            return [r.id for r in conn.execute(query)]

    def replace_analysis(self, doc_id: str, analysis: Analysis, version: str) -> None:
        with self._begin() as conn:
            conn.execute(
                update(schema.analyses)
                .where(schema.analyses.c.doc_id == doc_id)
                .values(version=version, data=json.dumps(to_dict(analysis), ensure_ascii=False))
            )

    # ------------------------------------------------------------ corrections

    def add_correction(self, kind: str, payload: dict[str, Any], note: str | None = None) -> Correction:
        created = _now()
        with self._begin() as conn:
            result = conn.execute(
                insert(schema.corrections).values(
                    kind=kind, payload=json.dumps(payload, ensure_ascii=False), note=note, created_at=created
                )
            )
            new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        return Correction(new_id, kind, payload, created, note)

    def corrections(self) -> list[Correction]:
        return reads.corrections(self.engine)

    def remove_correction(self, correction_id: int) -> bool:
        with self._begin() as conn:
            return (
                conn.execute(
                    delete(schema.corrections).where(schema.corrections.c.id == correction_id)
                ).rowcount
                > 0
            )

    # ------------------------------------------------------------ linked result

    def replace_stories(self, story_ids: Iterable[str], dossier: Dossier) -> None:
        """Replace in one transaction everything filed under these stories by what ``dossier``
        holds (its items, and the publication dates of its documents as linking settled them —
        the document row keeps what the input said, so a later relink can infer again)."""
        rows = []
        for kind in LINKED_KINDS:
            for pos, item in enumerate(getattr(dossier, kind)):
                story = item.id if kind == "stories" else _story_of(item, dossier)
                rows.append({"kind": kind, "id": item.id, "story": story, "pos": pos,
                             "data": json.dumps(to_dict(item), ensure_ascii=False)})  # fmt: skip
        story_of_doc = {d: s.id for s in dossier.stories for d in s.documents}
        for pos, doc in enumerate(dossier.documents):
            rows.append({"kind": "published", "id": doc.id, "story": story_of_doc.get(doc.id), "pos": pos,
                         "data": json.dumps(to_dict(doc.published))})  # fmt: skip
        gone = sorted(set(story_ids))
        with self._begin() as conn:
            if not self._indexed:
                reads.add_indexes(conn)
                self._indexed = True
            # only what changed is written: a story finished again after a few documents joined
            # keeps most of its rows as they were, and a write (with the read indexes kept up to
            # date) costs far more than reading the row to compare
            stored = _stored_rows(conn, gone)
            fresh = {(r["kind"], r["id"]) for r in rows}
            stale = [key for key in stored if key not in fresh]
            for kind in sorted({k for k, _ in stale}):
                for part in _chunks(sorted(i for k, i in stale if k == kind)):
                    c = schema.linked.c
                    conn.execute(delete(schema.linked).where(c.kind == kind, c.id.in_(part)))
            # an item whose story was merged away is replaced where it now belongs
            changed = [
                r for r in rows if stored.get((r["kind"], r["id"])) != (r["story"], r["pos"], r["data"])
            ]
            upsert(conn, schema.linked, changed, ["kind", "id"])

    def clear_linked(self) -> None:
        with self._begin() as conn:
            conn.execute(delete(schema.linked))
            conn.execute(delete(schema.meta).where(schema.meta.c.key == RELINK_KEY))

    # ------------------------------------------------------------ reads of a part

    def story_page(self, offset: int = 0, limit: int | None = None) -> list[reads.StorySummary]:
        """A page of stories as a list shows them (titles unique in the store, documents counted
        by language), without any document's text or any item."""
        page = reads.story_summaries(self.engine, offset, limit)
        titles = unique_titles(reads.story_titles(self.engine))
        for s in page:
            s.title = titles.get(s.id, s.title)
        return page

    def count_stories(self) -> int:
        return reads.count_stories(self.engine)

    def story_ids(self) -> list[str]:
        return reads.story_ids(self.engine)

    def story_dossier(self, story_id: str, kinds: Iterable[str] | None = None) -> Dossier | None:
        """One story as ``load_dossier`` has it, and nothing else: its documents (texts
        included), its events, figures, claims, quotes and conflicts (``kinds``: only these),
        and the corrections; no entities (``api.Store.story_dossier`` adds them). None when
        there is no such story."""
        wanted = {k: LINKED_KINDS[k] for k in ("stories", *(LINKED_KINDS if kinds is None else kinds))}
        found = reads.story_items(self.engine, story_id, wanted)
        if found is None:
            return None
        dossier, published = found
        dossier.documents = self.documents(dossier.stories[0].documents)
        dossier.corrections = self.corrections()
        for doc in dossier.documents:
            doc.published = published.get(doc.id, doc.published)
        return dossier

    def passages(self, doc_ids: Iterable[str]) -> dict[str, Analysis]:
        """Of each document's analysis only its passages and language support (what exports show)."""
        return reads.passages(self.engine, doc_ids)

    def positions(self, doc_ids: Iterable[str]) -> dict[str, int]:
        """Each document's place in ingestion order, from 1."""
        return reads.positions(self.engine, doc_ids)

    def load_dossier(self) -> Dossier:
        """Everything (texts included): for a whole-store export or a full view; a list or one
        story reads less (``story_page``, ``story_dossier``)."""
        dossier = Dossier(documents=self.documents(), corrections=self.corrections())
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.linked.c.kind, schema.linked.c.id, schema.linked.c.data).order_by(
                    schema.linked.c.kind, schema.linked.c.story, schema.linked.c.pos, schema.linked.c.id
                )
            )
            published: dict[str, DateValue] = {}
            for row in rows:
                if row.kind == "published":
                    published[row.id] = from_dict(DateValue, json.loads(row.data))
                else:
                    getattr(dossier, row.kind).append(from_dict(LINKED_KINDS[row.kind], json.loads(row.data)))
        for doc in dossier.documents:
            doc.published = published.get(doc.id, doc.published)
        return dossier


def _bump_generation(conn: Any) -> None:
    """Raise the store's generation inside this write transaction (under the write lock, so two
    writers never read the same number)."""
    m = schema.meta.c
    raised = cast(cast(m.value, Integer) + 1, String)
    if not conn.execute(update(schema.meta).where(m.key == GENERATION_KEY).values(value=raised)).rowcount:
        conn.execute(insert(schema.meta).values(key=GENERATION_KEY, value="1"))


def _stored_rows(conn: Any, stories: list[str]) -> dict[tuple[str, str], tuple[str | None, int, str]]:
    """(kind, id) → (story, pos, data) of every linked row filed under these stories."""
    c = schema.linked.c
    query = select(c.kind, c.id, c.story, c.pos, c.data)
    return {
        (r.kind, r.id): (r.story, r.pos, r.data)
        for part in _chunks(stories)
        for r in conn.execute(query.where(c.story.in_(part)))
    }


def _story_of(item: Any, dossier: Dossier) -> str | None:
    """The story an item is filed under: its own ``story`` field, else its evidence's document's."""
    story = getattr(item, "story", None)
    if story:
        return story
    evidence = getattr(item, "evidence", None)
    if evidence:
        for s in dossier.stories:
            if evidence[0].doc in s.documents:
                return s.id
    if len(dossier.stories) == 1:
        return dossier.stories[0].id
    return None


def _display(url: str) -> str:
    """A database URL as messages show it: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for memory or another database)."""
    if not url.startswith("sqlite:///"):
        return None
    path = url[len("sqlite:///") :].split("?", 1)[0]
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return Path(path)


def _check_file(path: Path, where: str, create: bool) -> None:
    """Say plainly what is wrong with the file before SQLite says it its own way."""
    if path.is_dir():
        raise StoreError(f"{where} is a folder, not a store file")
    if not path.exists():
        if not create:
            raise StoreMissing(f"no store at {where}")
        if not path.parent.is_dir():
            raise StoreError(f"{where}: folder {path.parent} does not exist")
        return
    if not path.is_file():
        raise StoreError(f"{where} is not a regular file")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{where}: cannot read the store ({exc.strerror or exc})") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{where} is not a storyline store (not an SQLite database)")


def _stored_version(conn: Any) -> int | None:
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    if row is None:
        return None
    try:
        return int(row[0])
    except ValueError:
        raise StoreError(f"unreadable schema version {row[0]!r}") from None


def _insert_bands(conn: Any, prints: list[tuple[str, bytes]]) -> None:
    from storyline.ingest.dedup import band_keys

    rows = [{"band": key, "doc_id": doc} for doc, fp in prints for key in band_keys(fp)]
    for i in range(0, len(rows), 2000):
        conn.execute(insert(schema.doc_bands), rows[i : i + 2000])


def _fill_bands(conn: Any) -> None:
    """Every stored fingerprint's band keys (a store from before schema 7)."""
    conn.execute(delete(schema.doc_bands))
    d = schema.documents.c
    prints = [
        (r.id, r.fingerprint)
        for r in conn.execute(select(d.id, d.fingerprint).where(d.fingerprint.is_not(None)))
    ]
    for i in range(0, len(prints), 2000):
        _insert_bands(conn, prints[i : i + 2000])
