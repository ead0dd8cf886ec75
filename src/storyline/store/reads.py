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

from sqlalchemy import Engine, and_, func, literal_column, select

from storyline.model import Analysis, DateValue, Dossier
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
    """The read indexes (SQLite only); made by the writes that fill the rows (linking), never by
    a read, which must not wait for another process's write lock."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(LIST_INDEX)


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
