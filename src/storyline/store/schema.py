"""The store's tables. Bump SCHEMA_VERSION when they change; ``Store`` refuses a newer file."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Sequence,
    String,
    Table,
    Text,
    func,
    select,
)

SCHEMA_VERSION = 12  # 2: per-story linked rows and the entity and story indexes; 3: pending_links;
# 4: watch_sources and watch_seen (what `storyline follow/watch/fetch` polled and fetched);
# 5: the web app's users, API tokens, background jobs and full-text search index;
# 6: the story index's features, posting lists and lead vectors (partial loading);
# 7: the story index's topic centroids (a topic is compared with a new document by one row) and the
# fingerprints' LSH band keys (deduplication reads only the stored documents sharing a band)
# 8: the story index's story summaries (a story is compared with a new document by one row)
# 9: the posting lists' recent-end index holds the document id (a tail is read from the index alone)
# 10: the topic links are indexed by their second topic too (a topic's links are read without a scan)
# 11: the story tallies (a story's heaviest centroid features and the refreshes' changes to its
# counts: renaming an entity rewrites neither the summaries nor reads them)
# 12: documents whose entities an ingest linked while it analysed the next ones, and the entity
# merges those links made, both waiting for the link that groups the documents into stories

metadata = MetaData()
POSTING_TAIL_INDEX = "ix_story_postings_tail"
OLD_POSTING_INDEX = "ix_story_postings_recent"  # schema 6–8: (feature, seq)

meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("seq", Integer, nullable=False, index=True),  # ingestion order
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("lang", String),
    Column("published", Text),  # DateValue as JSON
    Column("text", Text, nullable=False),
    Column("text_sha256", String, nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("raw_sha256", String, nullable=False),
    Column("duplicate_of", String, index=True),
    Column("version_of", String),
    Column("fingerprint", LargeBinary),
    Column("meta", Text),  # JSON
    Column("ingested_at", String, nullable=False),
)

# Each stored fingerprint's LSH band keys (``ingest.dedup.band_keys``): an ingest reads only the
# stored documents that share a band with what it brings, not every fingerprint (schema 7; a store
# of an older schema gets them filled from its fingerprints on open).
doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band", String, primary_key=True),
    Column("doc_id", String, primary_key=True),
)

# Where a document's ``seq`` comes from on PostgreSQL, where writers on several machines must never
# draw the same number. SQLite has no sequences and needs none: its writers take turns, so the
# largest number stored plus one is free.
document_seq = Sequence("documents_seq_counter", metadata=metadata)


def next_seq(conn: Any) -> int:
    """The next document's ingestion number (inside the transaction that stores it)."""
    if conn.dialect.name == "postgresql":
        return int(conn.execute(select(document_seq.next_value())).scalar_one())
    return int(conn.execute(select(func.coalesce(func.max(documents.c.seq), 0))).scalar_one()) + 1


# Documents stored but not linked yet. A row is written in the transaction that stores its
# document and deleted in the transaction that links it, so after a crash at any moment the next
# ingest (or `storyline link --pending`) knows exactly what is left to link.
pending_links = Table(
    "pending_links",
    metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
)

# Pending documents whose entities are linked already (an ingest with analysis workers links a
# batch's entities while the workers analyse the next batch); their stories wait for the link that
# deletes their pending_links row, in whose transaction these rows go too. The entity merges those
# early links made (old id -> survivor) wait with them: the story index's stored documents still
# name the old ids until that link renames them.
entities_ahead = Table(
    "entities_ahead",
    metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)
renames_ahead = Table(
    "renames_ahead",
    metadata,
    Column("old", String, primary_key=True),
    Column("new", String, nullable=False),
)

analyses = Table(
    "analyses",
    metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("version", String, nullable=False),
    Column("data", Text, nullable=False),  # Analysis as JSON
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),
    Column("payload", Text, nullable=False),
    Column("note", Text),
    Column("created_at", String, nullable=False),
)

# The linking result, one row per item: (kind, id) → JSON, filed under the story it belongs to.
# A relink of some stories replaces exactly their rows in one transaction, so readers see either
# the old or the new state of a story, never a mix. Entities are not here: they are assembled
# from the entity index tables when read.
linked = Table(
    "linked",
    metadata,
    Column("kind", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("story", String, index=True),
    Column("pos", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

# ---------------------------------------------------------------- entity index
# The persistent entity index (storyline.link.entity_index): blocking keys, what each entity is,
# and which entity every mention belongs to, so that new documents are linked without relinking
# the stored ones. Read and written only by storyline.store.entity_state.

entity_blocks = Table(
    "entity_blocks",
    metadata,
    Column("block", String, primary_key=True),
    Column("member", String, primary_key=True),  # "" for an exact key, else a name or person key
    Column("entity_id", String, nullable=False),
)

entity_records = Table(
    "entity_records",
    metadata,
    Column("id", String, primary_key=True),
    Column("data", Text, nullable=False),  # EntityRecord as JSON
)

mention_entities = Table(
    "mention_entities",
    metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),  # index into the document's analysis.mentions
    Column("entity_id", String, nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("base", Text),
    Column("lang", String),
    Column("type", String, nullable=False),
    Column("kind", String),  # "adjective" for a word derived from the name
)

# ---------------------------------------------------------------- story index
# The persistent story index (storyline.link.story_index): what incremental story grouping needs
# to place new documents without re-clustering the stored ones. Read and written only by
# storyline.store.story_state. Added tables only, so an older store gains them on open.

story_docs = Table(
    "story_docs",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("seq", Integer, nullable=False, index=True),  # order the document entered the index
    Column("story", String, nullable=False, index=True),
    Column("signals", Text, nullable=False),  # DocSignals as JSON
    Column("joined", Text),  # Join as JSON: why the document is in its story
)

story_groups = Table(
    "story_groups",
    metadata,
    Column("story", String, primary_key=True),
    Column("topic", String, nullable=False, index=True),
    Column("why", Text),  # the story's strongest shared features, JSON (refreshed when it changes)
)

story_topic_links = Table(
    "story_topic_links",
    metadata,
    Column("topic_a", String, primary_key=True),
    # a topic's links are those naming it on either side: the key finds it as topic_a only
    Column("topic_b", String, primary_key=True, index=True),
    Column("links", Integer, nullable=False),
)

# ---------------------------------------------------------------- story index, partial loading
# What lets an incremental ingest load only the part of the story index its documents touch
# (storyline.store.story_state.open_index) instead of every stored document's signals: each
# feature's document frequency and languages, its posting list (read from its most recent end),
# and the documents' lead vectors apart (the nearest-neighbour search reads only the most recent
# ones). Derived from story_docs: a store of version 5 gets them filled on open (``backfill``).

story_features = Table(
    "story_features",
    metadata,
    Column("feature", String, primary_key=True),
    Column("df", Integer, nullable=False),  # documents holding it
    Column("langs", Text, nullable=False),  # JSON: language → documents holding it
    Column("entity", String, index=True),  # the entity it names ("e:<id>", "<event>@<id>"), if any
)

story_postings = Table(
    "story_postings",
    metadata,
    Column("feature", String, primary_key=True),
    Column("doc_id", String, primary_key=True),
    Column("seq", Integer, nullable=False),  # the document's place in the index
    # a posting tail (a feature's most recent documents) is read from this index alone: without
    # doc_id in it every row cost a lookup in the table, a random page of a 4 GB file at 100k
    Index(POSTING_TAIL_INDEX, "feature", "seq", "doc_id"),
)

story_vectors = Table(
    "story_vectors",
    metadata,
    Column("doc_id", String, primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
    Column("lang", String),
    Column("vec", Text, nullable=False),  # the lead vector as analysis stored it
)

story_topic_centroids = Table(
    "story_topic_centroids",
    metadata,
    Column("topic", String, primary_key=True),
    Column("vec", Text, nullable=False),  # JSON: feature → the sum of its documents' unit vectors
    Column("norm2", Double, nullable=False),  # the squared norm as the sum kept it (not recomputed)
    Column("langs", Text, nullable=False),  # JSON: language → documents
)

story_summaries = Table(
    "story_summaries",
    metadata,
    Column("story", String, primary_key=True),
    Column("size", Integer, nullable=False),  # documents
    Column("first_seq", Integer),  # where its oldest document entered the index (its age)
    # JSON: its centroid (vec, norm2, langs), span, features held (feature → documents), main events
    # with their counts, and the sum of its leads' vectors (base64 float32) with their languages
    Column("data", Text, nullable=False),
)

# A story's counts apart from its summary (``storyline.story_tally``): written with the summary,
# changed alone by a refresh (an entity renamed in its documents), applied when the summary is read.
story_tallies = Table(
    "story_tallies",
    metadata,
    Column("story", String, primary_key=True),
    Column("size", Integer, nullable=False),  # documents (the reasons' threshold)
    Column("fresh", Integer, nullable=False),  # the summary's ``fresh``: is its centroid stale?
    Column("features", Integer, nullable=False),  # features of its centroid
    Column("ranked", Text, nullable=False),  # JSON: [feature, weight, documents] by weight, the first 64–256
    Column("changes", Text),  # JSON: counts added by refreshes since the summary row was written
)

# ---------------------------------------------------------------- live sources
# What `storyline fetch`, `follow` and `watch` remember between runs (storyline.sources.state), so
# that a restarted watch neither fetches again what it has nor forgets a feed's validators. Added
# tables only: an older store gains them, empty, on open.

watch_sources = Table(
    "watch_sources",
    metadata,
    Column("key", Text, primary_key=True),  # a feed, sitemap or site URL (normalised), or a folder path
    Column("kind", String, nullable=False),  # feed, sitemap, site, folder
    Column("origin", Text, nullable=False),  # the source the user named (itself, or the site it was found on)
    Column("every", Integer),  # seconds between polls (None: the watch's own interval)
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_sha256", String),  # of the last body: a server without validators, unchanged
    Column("resolved", Text),  # JSON list: the feeds or sitemaps a site led to
    Column("added_at", String, nullable=False),
    Column("polled_at", String),
    Column("ok_at", String),
    Column("failures", Integer, nullable=False, default=0),  # in a row
    Column("error", Text),  # the last failure, one line
    Column("items", Integer, nullable=False, default=0),  # pages taken from it so far
)

watch_seen = Table(
    "watch_seen",
    metadata,
    Column("key", Text, primary_key=True),  # a page URL (normalised), or "file:" + an absolute path
    Column("source", Text, nullable=False),  # the watch source it came from ("" for `storyline fetch`)
    Column("status", Integer, nullable=False),  # HTTP status (0: no answer; a file: 200)
    Column("final_url", Text),
    Column("etag", Text),  # a file: "size:mtime_ns"
    Column("last_modified", Text),
    Column("sha256", String, index=True),  # of the body as fetched
    Column("doc_id", String),
    Column("fetched_at", String, nullable=False),
    Column("attempts", Integer, nullable=False, default=1),  # failed tries so far (retried while few)
    Column("note", Text),  # why it was not ingested, one line
)


def add_watch_tables(conn: Any) -> None:
    """The migration to version 4: the watch tables, empty (create_all may have made them already)."""
    watch_sources.create(conn, checkfirst=True)
    watch_seen.create(conn, checkfirst=True)


# ---------------------------------------------------------------- the web app (storyline serve)
# Added tables only: an older store gains them empty on open.

users = Table(
    "users",
    metadata,
    Column("name", String, primary_key=True),
    Column("role", String, nullable=False),  # viewer, analyst, admin
    Column("password", Text, nullable=False),  # argon2 hash, never the password
    Column("created_at", String, nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_sha256", String, nullable=False, unique=True),  # a token is shown once, kept hashed
    Column("user", String, ForeignKey("users.name", ondelete="CASCADE"), nullable=False, index=True),
    Column("label", Text),
    Column("created_at", String, nullable=False),
)

# Ingests and corrections started from the web run in a worker process; this row is how the app
# (and any other process) sees their progress, who started them and how they ended.
jobs = Table(
    "jobs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),  # ingest, correction, undo
    Column("user", String, nullable=False),
    Column("status", String, nullable=False),  # queued, running, done, failed
    Column("args", Text, nullable=False),  # JSON
    Column("phase", String),
    Column("done", Integer, nullable=False, default=0),
    Column("total", Integer, nullable=False, default=0),
    Column("message", Text),
    Column("result", Text),  # JSON
    Column("created_at", String, nullable=False),
    Column("started_at", String),
    Column("finished_at", String),
)

# Full-text search: one row per document (title, text, the text's base forms) and per entity (its
# names in every language and script, and their Latin and phonetic keys). Kept up to date by
# storyline.web.search. SQLite: an FTS5 table; PostgreSQL: a table with a generated tsvector
# ('simple' configuration: no stemming, base forms come from our own lemmatiser as on SQLite; the
# title weighs most, then the text, then the base forms and keys) and a GIN index on it.
SEARCH_TABLE = "search_fts"
SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
    "kind UNINDEXED, ref UNINDEXED, lang UNINDEXED, title, body, bases, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
SEARCH_PG_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SEARCH_TABLE} (kind VARCHAR NOT NULL, ref VARCHAR NOT NULL, lang VARCHAR, "
    "title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', bases TEXT NOT NULL DEFAULT '', "
    "tsv tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple'::regconfig, title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, body), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, bases), 'C')) STORED, "
    "PRIMARY KEY (kind, ref))",
    f"CREATE INDEX IF NOT EXISTS {SEARCH_TABLE}_tsv ON {SEARCH_TABLE} USING gin (tsv)",
)


def add_web_tables(conn: Any, url: str) -> None:
    """Schema 5, all of it: the web app's tables (users, tokens, jobs) and its search index. Only
    adds tables, so an older store gains them empty and keeps everything else; an older
    PostgreSQL store also gains the document number sequence, started past its last number."""
    for table in (users, api_tokens, jobs):
        table.create(conn, checkfirst=True)
    if url.startswith("sqlite"):
        conn.exec_driver_sql(SEARCH_DDL)
    elif conn.dialect.name == "postgresql":
        for statement in SEARCH_PG_DDL:
            conn.exec_driver_sql(statement)
        document_seq.create(conn, checkfirst=True)
        conn.exec_driver_sql(  # never backwards: numbers already drawn stay drawn
            f"SELECT setval('{document_seq.name}', GREATEST((SELECT max(seq) FROM documents), "
            f"(SELECT last_value FROM {document_seq.name})))"
            " WHERE EXISTS (SELECT 1 FROM documents)"
        )
