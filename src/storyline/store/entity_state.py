"""The entity index's tables: load just the blocks a batch of new documents needs, write back
what changed, and read which entity each stored mention belongs to."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from storyline.link.entity_index import EntityIndex, EntityRecord
from storyline.model import Mention
from storyline.store import schema
from storyline.store.upsert import upsert

CHUNK = 500  # keys per IN (...) query

SEQ_KEY = "entity_seq"


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def open_index(engine: Engine, aliases: Any) -> EntityIndex:
    """An index over the stored state; blocks and records are fetched when first needed."""

    def load_blocks(blocks: Iterable[str]) -> list[tuple[str, str, str]]:
        c = schema.entity_blocks.c
        rows: list[tuple[str, str, str]] = []
        with engine.connect() as conn:
            for part in _chunks(list(blocks)):
                rows += [
                    tuple(r)
                    for r in conn.execute(select(c.block, c.member, c.entity_id).where(c.block.in_(part)))
                ]
        return rows

    def load_records(ids: Iterable[str]) -> dict[str, EntityRecord]:
        c = schema.entity_records.c
        out: dict[str, EntityRecord] = {}
        with engine.connect() as conn:
            for part in _chunks(list(ids)):
                for r in conn.execute(select(c.id, c.data).where(c.id.in_(part))):
                    out[r.id] = EntityRecord.from_json(r.id, json.loads(r.data))
        return out

    with engine.connect() as conn:
        row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == SEQ_KEY)).first()
    return EntityIndex(
        aliases=aliases, loader=load_blocks, records=load_records, next_seq=int(row[0]) if row else 0
    )


def save(engine: Engine, index: EntityIndex, assigned: dict[str, dict[int, str]],
         mentions: dict[str, list[Mention]]) -> None:  # fmt: skip
    """One transaction: changed blocks and records, the new documents' mentions, and the
    mentions of entities merged away pointed at the survivor."""
    block_rows = [
        {"block": b, "member": m, "entity_id": index.blocks[b][m]} for b, m in sorted(index.dirty_blocks)
    ]
    record_rows = [
        {"id": eid, "data": json.dumps(index.records[eid].to_json(), ensure_ascii=False)}
        for eid in sorted(index.dirty_records)
    ]
    mention_rows = [
        {"doc_id": doc_id, "idx": i, "entity_id": index.resolve(eid), "start": mentions[doc_id][i].start,
         "end": mentions[doc_id][i].end, "text": mentions[doc_id][i].text, "base": mentions[doc_id][i].base,
         "lang": mentions[doc_id][i].lang, "type": mentions[doc_id][i].type, "kind": mentions[doc_id][i].kind}
        for doc_id, by_idx in assigned.items() for i, eid in sorted(by_idx.items())
    ]  # fmt: skip
    with engine.begin() as conn:
        upsert(conn, schema.entity_blocks, block_rows, ["block", "member"])
        upsert(conn, schema.entity_records, record_rows, ["id"])
        if mention_rows:
            conn.execute(
                delete(schema.mention_entities).where(schema.mention_entities.c.doc_id.in_(list(assigned)))
            )
            conn.execute(insert(schema.mention_entities), mention_rows)
        for gone, keep in index.merged.items():
            conn.execute(
                update(schema.mention_entities)
                .where(schema.mention_entities.c.entity_id == gone)
                .values(entity_id=index.resolve(keep))
            )
        upsert(conn, schema.meta, [{"key": SEQ_KEY, "value": str(index.next_seq)}], ["key"])
    index.dirty_blocks.clear()
    index.dirty_records.clear()
    index.merged.clear()


def clear(engine: Engine) -> None:
    """Forget the index (a full relink rebuilds it)."""
    with engine.begin() as conn:
        for table in (schema.entity_blocks, schema.entity_records, schema.mention_entities):
            conn.execute(delete(table))
        conn.execute(delete(schema.meta).where(schema.meta.c.key == SEQ_KEY))


def assignments(engine: Engine, doc_ids: Iterable[str] | None = None) -> dict[tuple[str, int], str]:
    """(document, mention index) → entity id, for some documents or all."""
    c = schema.mention_entities.c
    query = select(c.doc_id, c.idx, c.entity_id)
    out: dict[tuple[str, int], str] = {}
    with engine.connect() as conn:
        if doc_ids is None:
            rows = list(conn.execute(query))
        else:
            rows = []
            for part in _chunks(list(doc_ids)):
                rows += list(conn.execute(query.where(c.doc_id.in_(part))))
    for r in rows:
        out[(r.doc_id, r.idx)] = r.entity_id
    return out


def mention_rows(engine: Engine) -> list[Any]:
    """Every linked mention with its span, base form, language and type (for the entity list)."""
    c = schema.mention_entities.c
    with engine.connect() as conn:
        return list(conn.execute(select(c).order_by(c.entity_id, c.doc_id, c.idx)))


def records(engine: Engine) -> dict[str, EntityRecord]:
    c = schema.entity_records.c
    with engine.connect() as conn:
        return {
            r.id: EntityRecord.from_json(r.id, json.loads(r.data)) for r in conn.execute(select(c.id, c.data))
        }


def records_for(engine: Engine, ids: Iterable[str]) -> dict[str, EntityRecord]:
    c = schema.entity_records.c
    out: dict[str, EntityRecord] = {}
    with engine.connect() as conn:
        for part in _chunks(sorted(set(ids))):
            for r in conn.execute(select(c.id, c.data).where(c.id.in_(part))):
                out[r.id] = EntityRecord.from_json(r.id, json.loads(r.data))
    return out
