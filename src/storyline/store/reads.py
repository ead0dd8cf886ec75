"""Reads that load what they show: a page of stories (no texts, no items), one story with its
documents and items, the ingestion positions of some documents. Every query is bounded by what
it returns: none reads the whole store's texts or items.

On SQLite the story list reads the few fields it shows out of each story's JSON inside the
database (``json_extract``), so the long "why" lists are never decoded; another database
decodes each story row in Python (correct, slower).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Float, and_, case, cast, func, literal, literal_column, select, tuple_

from storyline.model import Analysis, Correction, DateValue, Document, Dossier
from storyline.serde import from_dict
from storyline.store import schema

CHUNK = 500
SUMMARY_FIELDS = ("title", "start", "end", "topic")


@dataclass
class StorySummary:
    """What a list of stories shows of one: no documents' texts, no items."""

    id: str
    title: str
    start: str | None
    end: str | None
    topic: str | None
    documents: int
    entities: list[str]  # the story's entities, most telling first
    languages: dict[str, int] = field(default_factory=dict)  # language ("?" unknown) → documents


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


# On SQLite the story list's fields are indexed out of the stories' JSON (a partial index over
# the story rows only), so listing every title — which a page needs to keep titles unique in the
# store — reads the index instead of parsing every story's JSON. The paths must be literals in
# the queries for SQLite to match the index.
LIST_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_linked_story_list ON linked "
    "(kind, json_extract(data, '$.title'), json_extract(data, '$.start')) WHERE kind = 'stories'"
)


def add_indexes(conn: Any) -> None:
    """The read indexes (the story list's on SQLite only); made by the writes that fill the rows (linking), never by
    a read, which must not wait for another process's write lock."""
    if conn.dialect.name == "sqlite":
        for statement in (LIST_INDEX, *EVENT_INDEXES):
            conn.exec_driver_sql(statement)
    conn.exec_driver_sql(ITEM_INDEX)


def _field(key: str) -> Any:
    return func.json_extract(schema.linked.c.data, literal_column(f"'$.{key}'"))


def _stories_query(engine: Engine, full: bool) -> Any:
    """Story rows in the order ``load_dossier`` gives them: the few fields a list shows, or the
    whole JSON where the database cannot pick fields out."""
    c = schema.linked.c
    if engine.dialect.name != "sqlite":
        return select(c.id, c.data)
    cols = [_field(k).label(k) for k in SUMMARY_FIELDS]
    if full:
        cols += [
            func.json_array_length(c.data, literal_column("'$.documents'")).label("n_docs"),
            _field("entities").label("entities"),
        ]
    return select(c.id, *cols)


def _summary_row(row: Any, engine: Engine) -> dict[str, Any]:
    if engine.dialect.name != "sqlite":
        data = json.loads(row.data)
        return {"id": row.id, **{k: data.get(k) for k in SUMMARY_FIELDS},
                "n_docs": len(data.get("documents", [])), "entities": data.get("entities", [])}  # fmt: skip
    out = {"id": row.id, **{k: getattr(row, k) for k in SUMMARY_FIELDS}}
    if "n_docs" in row._fields:
        out["n_docs"] = row.n_docs or 0
        out["entities"] = json.loads(row.entities) if row.entities else []
    return out


def count_stories(engine: Engine) -> int:
    c = schema.linked.c
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(schema.linked).where(c.kind == "stories")
        ).scalar_one()


def story_titles(engine: Engine) -> list[tuple[str, str, str | None]]:
    """(id, title, first day) of every story: what makes a title unique in the store."""
    c = schema.linked.c
    if engine.dialect.name == "sqlite":  # the two fields the index holds, in the order it has them
        query = select(c.id, _field("title").label("title"), _field("start").label("start"))
        with engine.connect() as conn:
            rows = conn.execute(query.where(c.kind == literal_column("'stories'")))
            return sorted((r.id, r.title or "", r.start) for r in rows)
    query = _stories_query(engine, full=False).where(c.kind == "stories").order_by(c.story, c.pos)
    with engine.connect() as conn:
        found = [_summary_row(r, engine) for r in conn.execute(query)]
    return [(r["id"], r["title"] or "", r["start"]) for r in found]


def story_summaries(engine: Engine, offset: int = 0, limit: int | None = None) -> list[StorySummary]:
    """A page of stories (in ``load_dossier``'s order) with their documents' languages counted."""
    c = schema.linked.c
    query = _stories_query(engine, full=True).where(c.kind == "stories").order_by(c.story, c.pos)
    query = query.offset(offset) if offset else query
    query = query.limit(limit) if limit is not None else query
    with engine.connect() as conn:
        rows = [_summary_row(r, engine) for r in conn.execute(query)]
    page = [
        StorySummary(r["id"], r["title"] or "", r["start"], r["end"], r["topic"], r["n_docs"], r["entities"])
        for r in rows
    ]
    langs = story_languages(engine, [s.id for s in page], everything=limit is None and not offset)
    for s in page:
        s.languages = langs.get(s.id, {})
    return page


def story_languages(
    engine: Engine, story_ids: list[str], everything: bool = False
) -> dict[str, dict[str, int]]:
    """Story → language → number of its documents (from the documents' rows, never their texts).
    ``everything``: the ids are all the stories, so one query over the whole table does."""
    link, d = schema.linked.c, schema.documents.c
    lang = func.coalesce(d.lang, "?")
    base = (
        select(link.story, lang.label("lang"), func.count().label("n"))
        .join_from(schema.linked, schema.documents, and_(link.kind == "published", d.id == link.id))
        .group_by(link.story, lang)
    )
    out: dict[str, dict[str, int]] = {}
    with engine.connect() as conn:
        parts = [None] if everything else list(_chunks(story_ids))
        for part in parts:
            query = base if part is None else base.where(link.story.in_(part))
            for r in conn.execute(query):
                if r.story is not None:
                    out.setdefault(r.story, {})[r.lang] = r.n
    return {s: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for s, v in out.items()}


def story_items(
    engine: Engine, story_id: str, kinds: dict[str, type]
) -> tuple[Dossier, dict[str, DateValue]] | None:
    """One story with the items filed under it (``kinds``: linked kind → model class; "stories"
    must be among them, the others only when wanted), and the
    publication dates linking settled for its documents; documents, entities and corrections are
    for the caller to add. None when there is no such story."""
    c = schema.linked.c
    dossier = Dossier()
    published: dict[str, DateValue] = {}
    with engine.connect() as conn:
        wanted = [*kinds, "published"]
        query = select(c.kind, c.id, c.data).where(c.story == story_id, c.kind.in_(wanted))
        rows = conn.execute(query.order_by(c.kind, c.pos))
        for row in rows:
            if row.kind == "published":
                published[row.id] = from_dict(DateValue, json.loads(row.data))
            elif row.kind in kinds:
                getattr(dossier, row.kind).append(from_dict(kinds[row.kind], json.loads(row.data)))
    dossier.stories = [s for s in dossier.stories if s.id == story_id]
    return (dossier, published) if dossier.stories else None


def passages(engine: Engine, doc_ids: Iterable[str]) -> dict[str, Analysis]:
    """The part of each document's analysis an export shows — its passages and how well its
    language is supported — as an ``Analysis`` holding only those (passages as stored dicts): the
    rest (mentions, time expressions, findings …) is neither decoded nor built."""
    a = schema.analyses.c
    sqlite = engine.dialect.name == "sqlite"
    cols = (
        [func.json_extract(a.data, "$.lang").label("lang"), func.json_extract(a.data, "$.lang_support").label("support"),
         func.json_extract(a.data, "$.passages").label("passages")]
        if sqlite else [a.data]
    )  # fmt: skip
    out: dict[str, Analysis] = {}
    with engine.connect() as conn:
        for part in _chunks(sorted(set(doc_ids))):
            for r in conn.execute(select(a.doc_id, *cols).where(a.doc_id.in_(part))):
                data = (
                    {"lang": r.lang, "lang_support": r.support, "passages": json.loads(r.passages or "[]")}
                    if sqlite
                    else json.loads(r.data)
                )
                out[r.doc_id] = Analysis(
                    data.get("lang"), data.get("lang_support") or "basic", data.get("passages") or []
                )
    return out


def positions(engine: Engine, doc_ids: Iterable[str]) -> dict[str, int]:
    """Each document's place in ingestion order, from 1 (the number the views label it with):
    the sequence number itself when it has no gaps, else its rank among all of them (read from
    the ``seq`` index alone), however many documents are asked for."""
    d = schema.documents.c
    wanted = sorted(set(doc_ids))
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for part in _chunks(wanted):
            out.update({r.id: r.seq for r in conn.execute(select(d.id, d.seq).where(d.id.in_(part)))})
        low, high, n = conn.execute(select(func.min(d.seq), func.max(d.seq), func.count())).one()
        if low == 1 and high == n:  # no gaps: the sequence number is the place
            return out
        # gaps: rank among all sequence numbers, read from the index alone (never the rows)
        every = [r[0] for r in conn.execute(select(d.seq).order_by(d.seq))]
    return {doc: bisect_right(every, seq) for doc, seq in out.items()}


def story_ids(engine: Engine) -> list[str]:
    """Every story id (for suggestions when one is mistyped)."""
    c = schema.linked.c
    with engine.connect() as conn:
        return [r.id for r in conn.execute(select(c.id).where(c.kind == "stories").order_by(c.story))]


# ---------------------------------------------------------------- pages of findings over the store
# A whole-store listing (timeline, figures, quotes, claims, conflicts) reads one page of one kind of
# item with SQL, never every item: in stored order (story by story, as the whole dossier has them),
# or the timeline by date. The fields the order and the filters need are picked out of each row's
# JSON by the database (SQLite's json_extract, PostgreSQL's jsonb operators); the rows of the page
# alone are decoded.

ITEM_INDEX = "CREATE INDEX IF NOT EXISTS ix_linked_kind_story ON linked (kind, story, pos)"
# The timeline's order and counts on SQLite: the first and last day an event's date may mean, whether
# it is undated (no day at all, not even one without its year), its confidence — as expressions
# over its JSON, indexed (SQLite matches an index to a query's expression only when the text is
# the same, so the queries use these very strings).
LO = "coalesce(nullif(json_extract(data, '$.date.earliest'), ''), nullif(json_extract(data, '$.date.value'), ''))"
HI = f"coalesce(nullif(json_extract(data, '$.date.latest'), ''), nullif(json_extract(data, '$.date.value'), ''), {LO})"
UNDATED = f"({LO}) IS NULL AND nullif(json_extract(data, '$.date.month_day'), '') IS NULL"
CONFIDENCE = "json_extract(data, '$.confidence')"
EVENT_INDEXES = (
    f"CREATE INDEX IF NOT EXISTS ix_linked_event_dates ON linked (kind, ({LO}) IS NOT NULL, {LO}, {HI}, id) "
    "WHERE kind = 'events'",
    f"CREATE INDEX IF NOT EXISTS ix_linked_event_counts ON linked (kind, ({UNDATED}), {CONFIDENCE}) "
    "WHERE kind = 'events'",
)


def json_text(engine: Engine, column: Any, *path: str) -> Any:
    """A text field of a JSON column (NULL where missing or null), compared and sorted bytewise."""
    if engine.dialect.name == "sqlite":
        return func.json_extract(column, literal_column("'$." + ".".join(path) + "'"))
    from sqlalchemy.dialects.postgresql import JSONB

    value = func.jsonb_extract_path_text(cast(column, JSONB), *[literal(p) for p in path])
    return value.collate("C")  # the order Python gives strings, whatever the database's locale


def json_number(engine: Engine, column: Any, *path: str) -> Any:
    if engine.dialect.name == "sqlite":
        return func.json_extract(column, literal_column("'$." + ".".join(path) + "'"))
    from sqlalchemy.dialects.postgresql import JSONB

    return cast(func.jsonb_extract_path_text(cast(column, JSONB), *[literal(p) for p in path]), Float)


def _bytewise(engine: Engine, column: Any) -> Any:
    return column if engine.dialect.name == "sqlite" else column.collate("C")


def item_page(engine: Engine, kind: str, offset: int, limit: int | None,
              equal: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """A page of one kind of item in stored order (the whole dossier's order), as stored dicts, and
    how many there are; ``equal``: only items whose field has this value."""
    c = schema.linked.c
    where = [c.kind == kind] + [json_text(engine, c.data, k) == v for k, v in (equal or {}).items()]
    query = select(c.data).where(*where).order_by(c.story, c.pos, c.id)
    query = query.offset(offset) if offset else query
    query = query.limit(limit) if limit is not None else query
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(schema.linked).where(*where)).scalar_one()
        return [json.loads(r.data) for r in conn.execute(query)], total


@dataclass
class EventPage:
    """A page of the timeline: the dated events of the page (oldest first), the undated ones
    asked for, and the counts the view folds."""

    dated: list[dict[str, Any]]
    undated: list[dict[str, Any]]
    shown: int  # dated events the timeline lists (listed ones, or all with ``everything``)
    apart: int  # undated events (of those it lists)
    low: int  # events below the listing threshold


def _event_terms(engine: Engine) -> dict[str, Any]:
    """What the timeline orders and counts by, as SQL over an event row's JSON: the first and last
    day its date may mean (``lo``, ``hi``), whether it is undated, its confidence. On SQLite the
    text of the expressions is that of the timeline's indexes (``EVENT_INDEXES``), which SQLite
    uses only for the very same expressions."""
    c = schema.linked.c
    if engine.dialect.name == "sqlite":
        # the page's "dated" is written unlike the counting index's key, so that SQLite walks the
        # date index (already in the page's order) instead of sorting what the counting one finds
        return {"lo": literal_column(f"({LO})"), "hi": literal_column(f"({HI})"),
                "undated": literal_column(f"({UNDATED})"), "dated": literal_column(f"NOT ({UNDATED})"),
                "confidence": literal_column(CONFIDENCE), "events": c.kind == literal_column("'events'")}  # fmt: skip
    value = func.nullif(json_text(engine, c.data, "date", "value"), "")
    lo = func.coalesce(func.nullif(json_text(engine, c.data, "date", "earliest"), ""), value)
    hi = func.coalesce(func.nullif(json_text(engine, c.data, "date", "latest"), ""), value, lo)
    month_day = func.nullif(json_text(engine, c.data, "date", "month_day"), "")
    undated = case((and_(lo.is_(None), month_day.is_(None)), 1), else_=0)
    return {"lo": lo, "hi": hi, "undated": undated, "dated": undated == 0,
            "confidence": json_number(engine, c.data, "confidence"), "events": c.kind == "events"}  # fmt: skip


def event_page(engine: Engine, listed_from: float, offset: int, limit: int | None, everything: bool = False,
               undated: bool = False) -> EventPage:  # fmt: skip
    """The timeline of the whole store a page at a time, newest first: the page holds the events
    the dated table would show at places ``offset`` … ``offset + limit`` counted from its newest
    end (by the first day a date may mean, then its last, then id; a day whose year the text does
    not state counts as the oldest, so the newest page has real dates), oldest first; events below
    ``listed_from`` (confidence) only with ``everything``; with ``undated`` also a page of the
    undated ones (by id). On SQLite the counts are read from an index alone and the page walks
    the date index from its newest end, so neither reads every event."""
    c = schema.linked.c
    t = _event_terms(engine)
    listed = t["confidence"] >= listed_from
    kept = [t["events"]] + ([] if everything else [listed])

    def count(conn: Any, *where: Any) -> int:
        return int(
            conn.execute(
                select(func.count()).select_from(schema.linked).where(t["events"], *where)
            ).scalar_one()
        )

    ident = _bytewise(engine, c.id)
    with engine.connect() as conn:
        shown = count(conn, t["undated"] == 0, *kept[1:])
        apart = count(conn, t["undated"] == 1, *kept[1:])
        low = count(conn, t["undated"] == 0, t["confidence"] < listed_from)
        low += count(conn, t["undated"] == 1, t["confidence"] < listed_from)
        query = (
            select(c.data)
            .where(*kept, t["dated"])
            .order_by(t["lo"].is_not(None).desc(), t["lo"].desc(), t["hi"].desc(), ident.desc())
            .offset(offset)
        )
        rows = conn.execute(query if limit is None else query.limit(limit))
        dated = [json.loads(r.data) for r in rows][::-1]
        more: list[dict[str, Any]] = []
        if undated:
            query = select(c.data).where(*kept, t["undated"] == 1).order_by(ident).offset(offset)
            more = [json.loads(r.data) for r in conn.execute(query if limit is None else query.limit(limit))]
    return EventPage(dated, more, shown, apart, low)


def items_by_id(engine: Engine, kinds: Iterable[str], ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Items of these kinds by id (what a page's items refer to), kind → stored dicts in stored order."""
    c = schema.linked.c
    out: dict[str, list[tuple[Any, int, dict[str, Any]]]] = {k: [] for k in kinds}
    with engine.connect() as conn:
        for part in _chunks(sorted(set(ids))):
            query = select(c.kind, c.story, c.pos, c.data).where(c.kind.in_(list(kinds)), c.id.in_(part))
            for r in conn.execute(query):
                out[r.kind].append((r.story or "", r.pos, json.loads(r.data)))
    return {k: [d for *_, d in sorted(v, key=lambda x: (x[0], x[1]))] for k, v in out.items()}


def items_of_stories(engine: Engine, kind: str, stories: Iterable[str]) -> list[dict[str, Any]]:
    """The items of one kind filed under these stories (a page's conflicts), in stored order."""
    c = schema.linked.c
    found: list[tuple[str, int, dict[str, Any]]] = []
    with engine.connect() as conn:
        for part in _chunks(sorted(set(stories))):
            query = select(c.story, c.pos, c.data).where(c.kind == kind, c.story.in_(part))
            found += [(r.story, r.pos, json.loads(r.data)) for r in conn.execute(query)]
    return [d for *_, d in sorted(found, key=lambda x: (x[0], x[1]))]


def published(engine: Engine, doc_ids: Iterable[str]) -> dict[str, tuple[str | None, DateValue]]:
    """Each document's story and publication date as linking settled them (documents linking
    has not seen are left out)."""
    c = schema.linked.c
    out: dict[str, tuple[str | None, DateValue]] = {}
    with engine.connect() as conn:
        for part in _chunks(sorted(set(doc_ids))):
            query = select(c.id, c.story, c.data).where(c.kind == "published", c.id.in_(part))
            out.update(
                {r.id: (r.story, from_dict(DateValue, json.loads(r.data))) for r in conn.execute(query)}
            )
    return out


def stories_of(engine: Engine, kind: str, ids: Iterable[str]) -> set[str]:
    """The stories these items are filed under."""
    c = schema.linked.c
    found: set[str] = set()
    with engine.connect() as conn:
        for part in _chunks(sorted(set(ids))):
            query = select(c.story).where(c.kind == kind, c.id.in_(part), c.story.is_not(None)).distinct()
            found.update(r.story for r in conn.execute(query))
    return found


def document_ids(engine: Engine) -> list[str]:
    """Every document's id in ingestion order (no text read)."""
    d = schema.documents.c
    with engine.connect() as conn:
        return [r.id for r in conn.execute(select(d.id).order_by(d.seq))]


def stream_items(engine: Engine, kind: str, chunk: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """Every item of one kind in stored order (the whole dossier's: by story, items filed under
    none first on SQLite and last on PostgreSQL, as each database sorts NULL), ``chunk`` at a time:
    for a whole-store export written as it is read. Keyset pages: each query starts where the last
    one ended, so none holds a cursor open over the rest."""
    c = schema.linked.c
    phases = (True, False) if engine.dialect.name == "sqlite" else (False, True)
    for unfiled in phases:
        keys = (c.pos, c.id) if unfiled else (c.story, c.pos, c.id)
        base = select(*keys, c.data).where(
            c.kind == kind, c.story.is_(None) if unfiled else c.story.is_not(None)
        )
        last: tuple[Any, ...] | None = None
        while True:
            query = base if last is None else base.where(tuple_(*keys) > tuple_(*last))
            with engine.connect() as conn:
                rows = conn.execute(query.order_by(*keys).limit(chunk)).all()
            if not rows:
                break
            yield [json.loads(r.data) for r in rows]
            last = tuple(rows[-1][: len(keys)])


def documents(engine: Engine, ids: Iterable[str] | None = None) -> list[Document]:
    """All documents (texts included) in ingestion order, or those with the given ids."""
    cols = schema.documents.c
    query = select(
        cols.id, cols.source, cols.text, cols.text_sha256, cols.raw_sha256, cols.title, cols.url, cols.outlet,
        cols.lang, cols.published, cols.duplicate_of, cols.version_of, cols.meta, cols.seq,
    ).order_by(cols.seq)  # fmt: skip
    with engine.connect() as conn:
        if ids is None:
            return [_document(row) for row in conn.execute(query)]
        rows = [
            row for part in _chunks(sorted(set(ids))) for row in conn.execute(query.where(cols.id.in_(part)))
        ]
    return [_document(row) for row in sorted(rows, key=lambda r: r.seq)]


def _document(row: Any) -> Document:
    return Document(
        id=row.id, source=row.source, text=row.text, text_sha256=row.text_sha256, raw_sha256=row.raw_sha256,
        title=row.title, url=row.url, outlet=row.outlet, lang=row.lang,
        published=from_dict(DateValue, json.loads(row.published)) if row.published else DateValue(None, None, "none", 0.0),
        duplicate_of=row.duplicate_of, version_of=row.version_of, meta=json.loads(row.meta or "{}"),
    )  # fmt: skip


def entity_counts(engine: Engine) -> dict[str, tuple[int, int, str]]:
    """Entity → (documents it is named in, mentions, its first document), from the linked
    mentions alone: the order of the entity list without building it."""
    c = schema.mention_entities.c
    query = select(c.entity_id, func.count(c.doc_id.distinct()), func.count(), func.min(c.doc_id)).group_by(
        c.entity_id
    )
    with engine.connect() as conn:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(query)}


def corrections(engine: Engine) -> list[Correction]:
    """The analysts' corrections, oldest first."""
    c = schema.corrections.c
    with engine.connect() as conn:
        rows = conn.execute(select(c.id, c.kind, c.payload, c.note, c.created_at).order_by(c.id))
        return [Correction(r.id, r.kind, json.loads(r.payload), r.created_at, r.note) for r in rows]
