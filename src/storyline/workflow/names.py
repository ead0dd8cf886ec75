"""Entity names for lists (the stories' top entities) read from the stored records, without
loading the linking machinery: linking keeps each record's display name beside it
(``workflow.entities.save``); a record from before that, or an entity a split made, is named
the way the entity list names it."""

from __future__ import annotations

from collections.abc import Iterable

from storyline.protocols import StoreProtocol
from storyline.store import entity_state

NAME_KEY = "name"  # the display name kept in a stored record (not part of EntityRecord itself)


def entity_names(store: StoreProtocol, ids: Iterable[str]) -> dict[str, str]:
    """Entity id → display name, as the entity list shows it."""
    wanted = sorted(set(ids))
    stored = entity_state.read_records(store.engine, wanted)
    out = {eid: data[NAME_KEY] for eid, data in stored.items() if data.get(NAME_KEY)}
    if unnamed := {eid: data for eid, data in stored.items() if eid not in out}:
        out.update(_named(unnamed))
    if missing := {e for e in wanted if e not in stored}:
        from storyline.workflow.entities import read_entities

        out.update({e.id: e.name for e in read_entities(store) if e.id in missing})
    return out


def _named(records: dict[str, dict]) -> dict[str, str]:
    from storyline.link.entities import record_name
    from storyline.link.entity_index import EntityRecord

    return {eid: record_name(EntityRecord.from_json(eid, data)) for eid, data in records.items()}
