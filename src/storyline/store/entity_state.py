"""The entity index's tables as plain rows: the blocks and records a batch of new documents
needs, the changes written back in one transaction, and which entity each stored mention
belongs to. Records are JSON dicts here; what they mean is ``link.entity_index``'s business."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from storyline.store import schema
from storyline.store.fastjson import loads
from storyline.store.upsert import upsert

CHUNK = 500  # keys per IN (...) query

SEQ_KEY = "entity_seq"
NAMES_KEY = "entity_names_kept"  # every record carries its display name (stores linked before don't)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def read_blocks(engine: Engine, blocks: Iterable[str]) -> list[tuple[str, str, str]]:
    """(block, member, entity id) of the stored members of these blocks."""
    c = schema.entity_blocks.c
    rows: list[tuple[str, str, str]] = []
    with engine.connect() as conn:
        for part in _chunks(list(blocks)):
            rows += [
                tuple(r)
                for r in conn.execute(select(c.block, c.member, c.entity_id).where(c.block.in_(part)))
            ]
    return rows


def read_records(engine: Engine, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Entity id → its stored record (a dict), for these ids or all."""
    c = schema.entity_records.c
    query = select(c.id, c.data)
    with engine.connect() as conn:
        if ids is None:
            return {r.id: loads(r.data) for r in conn.execute(query)}
        out: dict[str, dict[str, Any]] = {}
        for part in _chunks(sorted(set(ids))):
            for r in conn.execute(query.where(c.id.in_(part))):
                out[r.id] = loads(r.data)
    return out


def read_next_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == SEQ_KEY)).first()
    return int(row[0]) if row else 0


def write_changes(engine: Engine, blocks: list[tuple[str, str, str]], records: dict[str, dict[str, Any]],
                  mentions: list[dict[str, Any]], merged: dict[str, str], next_seq: int) -> None:  # fmt: skip
    """One transaction: changed blocks and records, the mentions of the documents they name
    (replacing those stored), and the mentions of entities merged away (``merged``: old id →
    survivor) pointed at the survivor."""
    block_rows = [{"block": b, "member": m, "entity_id": e} for b, m, e in blocks]
    record_rows = [
        {"id": eid, "data": json.dumps(data, ensure_ascii=False)} for eid, data in sorted(records.items())
    ]
    with engine.begin() as conn:
        upsert(conn, schema.entity_blocks, block_rows, ["block", "member"])
        upsert(conn, schema.entity_records, record_rows, ["id"])
        if mentions:
            docs = sorted({r["doc_id"] for r in mentions})
            for part in _chunks(docs):
                conn.execute(
                    delete(schema.mention_entities).where(schema.mention_entities.c.doc_id.in_(part))
                )
            conn.execute(insert(schema.mention_entities), mentions)
        for gone, keep in merged.items():
            conn.execute(
                update(schema.mention_entities)
                .where(schema.mention_entities.c.entity_id == gone)
                .values(entity_id=keep)
            )
        upsert(conn, schema.meta, [{"key": SEQ_KEY, "value": str(next_seq)}], ["key"])


def names_kept(engine: Engine) -> bool:
    with engine.connect() as conn:
        return (
            conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == NAMES_KEY)).first()
            is not None
        )


def write_records(engine: Engine, records: dict[str, dict[str, Any]], names_kept: bool = False) -> None:
    """Replace these records; ``names_kept``: note that every record now carries its name."""
    rows = [
        {"id": eid, "data": json.dumps(data, ensure_ascii=False)} for eid, data in sorted(records.items())
    ]
    with engine.begin() as conn:
        upsert(conn, schema.entity_records, rows, ["id"])
        if names_kept:
            upsert(conn, schema.meta, [{"key": NAMES_KEY, "value": "1"}], ["key"])


def clear(engine: Engine) -> None:
    """Forget the index (a full relink rebuilds it)."""
    with engine.begin() as conn:
        for table in (schema.entity_blocks, schema.entity_records, schema.mention_entities,
                      schema.entities_ahead, schema.renames_ahead):  # fmt: skip
            conn.execute(delete(table))
        conn.execute(delete(schema.meta).where(schema.meta.c.key.in_([SEQ_KEY, NAMES_KEY])))


def assignments(engine: Engine, doc_ids: Iterable[str] | None = None) -> dict[tuple[str, int], str]:
    """(document, mention index) → entity id, for some documents or all."""
    c = schema.mention_entities.c
    query = select(c.doc_id, c.idx, c.entity_id)
    with engine.connect() as conn:
        if doc_ids is None:
            rows = list(conn.execute(query))
        else:
            rows = [
                r for part in _chunks(list(doc_ids)) for r in conn.execute(query.where(c.doc_id.in_(part)))
            ]
    return {(r.doc_id, r.idx): r.entity_id for r in rows}


def mention_rows(engine: Engine, doc_ids: Iterable[str] | None = None) -> list[Any]:
    """The linked mentions (of these documents, or all) with span, base form, language and type."""
    c = schema.mention_entities.c
    query = select(c).order_by(c.entity_id, c.doc_id, c.idx)
    with engine.connect() as conn:
        if doc_ids is None:
            return list(conn.execute(query))
        rows = [
            r for part in _chunks(sorted(set(doc_ids))) for r in conn.execute(query.where(c.doc_id.in_(part)))
        ]
    return sorted(rows, key=lambda r: (r.entity_id, r.doc_id, r.idx))


def entity_mention_rows(engine: Engine, entity_ids: Iterable[str]) -> list[Any]:
    """Every linked mention of these entities (the entity_id column is indexed)."""
    c = schema.mention_entities.c
    query = select(c).order_by(c.entity_id, c.doc_id, c.idx)
    with engine.connect() as conn:
        rows = [
            r
            for part in _chunks(sorted(set(entity_ids)))
            for r in conn.execute(query.where(c.entity_id.in_(part)))
        ]
    return sorted(rows, key=lambda r: (r.entity_id, r.doc_id, r.idx))


# ------------------------------------------------------------ entities linked ahead of stories


def pending_among(engine: Engine, doc_ids: Iterable[str]) -> set[str]:
    """Those of these documents still waiting for a link (another process may have linked some)."""
    return _among(engine, schema.pending_links.c.doc_id, doc_ids)


def ahead_among(engine: Engine, doc_ids: Iterable[str]) -> set[str]:
    """Those of these documents whose entities were linked ahead of their stories."""
    return _among(engine, schema.entities_ahead.c.doc_id, doc_ids)


def _among(engine: Engine, column: Any, doc_ids: Iterable[str]) -> set[str]:
    with engine.connect() as conn:
        return {
            r[0]
            for part in _chunks(sorted(set(doc_ids)))
            for r in conn.execute(select(column).where(column.in_(part)))
        }


def mark_ahead(engine: Engine, doc_ids: Iterable[str], renamed: dict[str, str]) -> None:
    """These documents' entities are linked; ``renamed`` (old id -> survivor) waits for the
    story link. A survivor merged away again later is followed when the renames are taken."""
    rows = [{"doc_id": d} for d in sorted(set(doc_ids))]
    with engine.begin() as conn:
        if rows:
            upsert(conn, schema.entities_ahead, rows, ["doc_id"])
        if renamed:
            upsert(
                conn,
                schema.renames_ahead,
                [{"old": o, "new": n} for o, n in sorted(renamed.items())],
                ["old"],
            )


def take_ahead(engine: Engine, doc_ids: Iterable[str]) -> dict[str, str]:
    """Forget that these documents were linked ahead, and take every waiting rename (a story
    link applies them all to the story index, whichever documents it links)."""
    docs = sorted(set(doc_ids))
    with engine.begin() as conn:
        renamed = {
            r.old: r.new for r in conn.execute(select(schema.renames_ahead.c.old, schema.renames_ahead.c.new))
        }
        if renamed:
            conn.execute(delete(schema.renames_ahead))
        for part in _chunks(docs):
            conn.execute(delete(schema.entities_ahead).where(schema.entities_ahead.c.doc_id.in_(part)))
    return renamed
