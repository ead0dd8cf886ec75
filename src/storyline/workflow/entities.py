"""The entity index over a store: opened on the stored rows, saved back by what changed, and the
entity list assembled from the stored mentions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storyline.link.context import MentionKey
from storyline.link.entities import apply_corrections, build_entities, record_name
from storyline.link.entity_index import EntityIndex, EntityRecord
from storyline.model import Correction, Entity, Mention
from storyline.protocols import StoreProtocol
from storyline.store import entity_state
from storyline.workflow.names import NAME_KEY


def open_index(store: StoreProtocol, aliases: Any) -> EntityIndex:
    """An index over the stored state; blocks and records are fetched when first needed."""
    engine = store.engine
    return EntityIndex.restore(
        aliases,
        lambda blocks: entity_state.read_blocks(engine, blocks),
        lambda ids: entity_state.read_records(engine, ids),
        entity_state.read_next_seq(engine),
    )


def save(store: StoreProtocol, index: EntityIndex, assigned: dict[str, dict[int, str]],
         mentions: dict[str, list[Mention]]) -> None:  # fmt: skip
    """One transaction: changed blocks and records, the new documents' mentions, and the
    mentions of entities merged away pointed at the survivor."""
    mention_rows = [
        {"doc_id": doc_id, "idx": i, "entity_id": index.resolve(eid), "start": mentions[doc_id][i].start,
         "end": mentions[doc_id][i].end, "text": mentions[doc_id][i].text, "base": mentions[doc_id][i].base,
         "lang": mentions[doc_id][i].lang, "type": mentions[doc_id][i].type, "kind": mentions[doc_id][i].kind}
        for doc_id, by_idx in assigned.items() for i, eid in sorted(by_idx.items())
    ]  # fmt: skip
    changes = index.snapshot()
    for eid, data in changes["records"].items():
        # kept beside the record so that a list of stories names entities without the name tables
        if name := record_name(index.records[eid]):
            data[NAME_KEY] = name
    entity_state.write_changes(store.engine, changes["blocks"], changes["records"], mention_rows,
                               changes["merged"], changes["next_seq"])  # fmt: skip


def keep_names(store: StoreProtocol) -> int:
    """Give every stored record that lacks it its display name (a store linked before names were
    kept), once: afterwards linking keeps them. Returns how many records were named."""
    if entity_state.names_kept(store.engine):
        return 0
    stored = entity_state.read_records(store.engine)
    named = {}
    for eid, data in stored.items():
        if NAME_KEY not in data and (name := record_name(EntityRecord.from_json(eid, data))):
            named[eid] = {**data, NAME_KEY: name}
    entity_state.write_records(store.engine, named, names_kept=True)
    return len(named)


def records(store: StoreProtocol, ids: Iterable[str] | None = None) -> dict[str, EntityRecord]:
    """The stored records (of these entities, or all)."""
    return {
        eid: EntityRecord.from_json(eid, data)
        for eid, data in entity_state.read_records(store.engine, ids).items()
    }


def read_entities(store: StoreProtocol, fixes: list[Correction] | None = None,
                  doc_ids: Iterable[str] | None = None) -> list[Entity]:  # fmt: skip
    """The entity list of the whole store, from the index tables, corrections laid over; with
    ``doc_ids``, the entities of these documents with their mentions there (named as the whole
    store names them: the name comes from the entity's record)."""
    fixes = store.corrections() if fixes is None else fixes
    rows = entity_state.mention_rows(store.engine, doc_ids)
    mentions: dict[MentionKey, Mention] = {
        (r.doc_id, r.idx): Mention(r.start, r.end, r.text, r.type, r.base, r.lang, r.kind) for r in rows
    }
    raw = {(r.doc_id, r.idx): r.entity_id for r in rows}
    assignment = apply_corrections(raw, mentions.__getitem__, fixes)
    rejected = {str(f.payload.get("id")) for f in fixes if f.kind == "reject"}
    wanted = None if doc_ids is None else set(assignment.values())
    stored = entity_state.read_records(store.engine, wanted)
    found = {eid: EntityRecord.from_json(eid, data) for eid, data in stored.items()}
    names = {eid: data[NAME_KEY] for eid, data in stored.items() if data.get(NAME_KEY)}
    return build_entities(assignment, mentions, found, rejected=rejected, known_names=names)
