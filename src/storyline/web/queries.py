"""Read-only queries for the pages and the API, over the store and its current snapshot.

Linked items (events, figures, claims, quotes, conflicts) are rows of the ``linked`` table filed
under their story, so one story's items are one indexed read. Everything else (stories,
documents' metadata, entities) comes from the snapshot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from storyline.export.dossier import to_dossier
from storyline.model import Claim, Conflict, Dossier, Event, Figure, Quote, Story
from storyline.serde import from_dict
from storyline.store import Store, reads, schema
from storyline.web.snapshot import Snapshot, StorySummary

ITEM_KINDS = ("events", "figures", "claims", "quotes", "conflicts")
ITEM_TYPES: dict[str, type] = {"events": Event, "figures": Figure, "claims": Claim, "quotes": Quote,
                               "conflicts": Conflict, "stories": Story}  # fmt: skip
SORTS = ("newest", "oldest", "biggest", "disputed")


@dataclass
class StoryFilter:
    lang: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]: the story reaches this date or later
    until: str | None = None  # … and starts by this one
    entity: str | None = None
    outlet: str | None = None
    conflicts: bool | None = None
    sort: str = "newest"


def filter_stories(snap: Snapshot, f: StoryFilter) -> list[StorySummary]:
    out = []
    for s in snap.stories.values():
        if f.lang and f.lang not in s.languages:
            continue
        if f.outlet and f.outlet not in s.outlets:
            continue
        if (
            f.entity
            and f.entity not in s.entities
            and not (snap.entity_docs.get(f.entity, set()) & set(s.documents))
        ):
            continue
        if f.conflicts is not None and (s.conflicts > 0) != f.conflicts:
            continue
        start, end = s.start or s.latest, s.end or s.latest
        if f.since and (not end or end < f.since):
            continue
        if f.until and (not start or start[: len(f.until)] > f.until):
            continue
        out.append(s)
    key = {
        "newest": lambda s: (s.latest or "", len(s.documents)),
        "oldest": lambda s: (s.start or s.latest or "9999", -len(s.documents)),
        "biggest": lambda s: (len(s.documents), s.latest or ""),
        "disputed": lambda s: (s.conflicts, len(s.documents)),
    }[f.sort]
    return sorted(out, key=key, reverse=f.sort != "oldest")


def story_items(store: Store, story_id: str) -> dict[str, list[dict[str, Any]]]:
    """One story's linked items as dossier dicts, in their stored order."""
    c = schema.linked.c
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in ITEM_KINDS}
    with store.engine.connect() as conn:
        rows = conn.execute(select(c.kind, c.data).where(c.story == story_id, c.kind.in_(ITEM_KINDS))
                            .order_by(c.kind, c.pos))  # fmt: skip
        for r in rows:
            out[r.kind].append(json.loads(r.data))
    return _as_dossier_items(out)


def _as_dossier_items(raw: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Stored rows are the domain objects; the pages and the API speak the dossier format."""
    d = Dossier(**{k: [from_dict(ITEM_TYPES[k], x) for x in v] for k, v in raw.items()})
    converted = to_dossier(d)
    return {k: converted[k] for k in raw}


def item_page(store: Store, kind: str, story: str | None, limit: int, offset: int,
              equal: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """A page of one kind of item over the store (or one story), optionally only those whose
    field has a value (``equal``): the database filters, orders and pages, and only the page's
    rows are decoded."""
    if story is None:
        items, total = reads.item_page(store.engine, kind, offset, limit, equal)
        return _as_dossier_items({kind: items})[kind], total
    c = schema.linked.c
    where = [c.kind == kind, c.story == story]
    where += [reads.json_text(store.engine, c.data, k) == v for k, v in (equal or {}).items()]
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(schema.linked).where(*where)).scalar_one()
        rows = conn.execute(
            select(c.data).where(*where).order_by(c.story, c.pos, c.id).limit(limit).offset(offset)
        )
        items = [json.loads(r.data) for r in rows]
    return _as_dossier_items({kind: items})[kind], total


def get_item(store: Store, item_id: str) -> tuple[str, dict[str, Any], str | None] | None:
    """Any linked item by id: (kind, dossier dict, story)."""
    c = schema.linked.c
    with store.engine.connect() as conn:
        row = conn.execute(
            select(c.kind, c.data, c.story).where(c.id == item_id, c.kind.in_(ITEM_KINDS))
        ).first()
    if row is None:
        return None
    return row.kind, _as_dossier_items({row.kind: [json.loads(row.data)]})[row.kind][0], row.story


def document_text(store: Store, doc_id: str) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == doc_id)).scalar()


def passages(store: Store, doc_id: str) -> tuple[list[dict[str, Any]], str]:
    """The document's language passages and its language support, from its analysis."""
    a = store.analyses([doc_id]).get(doc_id)
    if a is None:
        return [], "basic"
    return [{"start": p.start, "end": p.end, "lang": p.lang} for p in a.passages], a.lang_support


def document_findings(
    snap: Snapshot, items: dict[str, list[dict[str, Any]]], doc_id: str
) -> list[dict[str, Any]]:
    """Every finding with a span in this document: entity mentions and the story's items."""
    out: list[dict[str, Any]] = []
    for eid, m in snap.doc_mentions.get(doc_id, []):
        entity = snap.entities.get(eid)
        out.append({"kind": "entity", "id": eid, "start": m.start, "end": m.end, "text": m.text,
                    "label": f"{entity.type if entity else ''} {snap.names.get(eid, eid)}".strip()})  # fmt: skip
    for kind in ("events", "figures", "claims", "quotes"):
        for item in items.get(kind, []):
            for span in item.get("evidence") or []:
                if span.get("doc") == doc_id:
                    out.append({"kind": kind[:-1], "id": item["id"], "start": span["start"], "end": span["end"],
                                "text": span.get("text", ""), "label": finding_label(kind, item, snap)})  # fmt: skip
    return sorted(out, key=lambda f: (f["start"], -f["end"]))


def finding_label(kind: str, item: dict[str, Any], snap: Snapshot) -> str:
    if kind == "figures":
        value = item.get("value")
        return f"{item.get('attribute', '')}: {value}" + (
            f" ({item['qualifier']})" if item.get("qualifier") not in (None, "exact") else ""
        )
    if kind == "quotes":
        who = snap.names.get(item.get("speaker") or "") or item.get("speaker_text") or "unknown speaker"
        return f"{'quote' if item.get('direct') else 'reported'}: {who}"
    if kind == "claims":
        return f"{item.get('attribute', '')}: {item.get('value', '')} ({item.get('stance', '')})"
    return f"event: {item.get('label') or item.get('type')}"


def story_dossier(store: Store, snap: Snapshot, story_id: str) -> dict[str, Any]:
    """The ``storyline.dossier/1`` document restricted to one story: its documents (with their
    duplicates), its items, the entities with their mentions in those documents, and the
    corrections."""
    summary = snap.stories[story_id]
    doc_ids = list(summary.documents)
    doc_ids += [c for d in summary.documents for c in snap.copies.get(d, []) if c not in doc_ids]
    documents = store.documents(doc_ids)
    for doc in documents:
        published = snap.docs[doc.id].published if doc.id in snap.docs else None
        if published:
            from storyline.model import DateValue

            doc.published = DateValue(published.get("value"), published.get("precision"), published.get("basis", "text"),
                                      published.get("confidence", 1.0), published.get("earliest"), published.get("latest"),
                                      published.get("month_day"))  # fmt: skip
    c = schema.linked.c
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(c.kind, c.data).where(c.story == story_id).order_by(c.kind, c.pos)))
    dossier = Dossier(documents=documents, corrections=store.corrections())
    for r in rows:
        if r.kind in ITEM_TYPES:
            getattr(dossier, r.kind).append(from_dict(ITEM_TYPES[r.kind], json.loads(r.data)))
    wanted = set(doc_ids)
    for e in snap.entities.values():
        mentions = [m for m in e.mentions if m.doc in wanted]
        if mentions:
            from dataclasses import replace

            dossier.entities.append(replace(e, mentions=mentions))
    # of each analysis only what the dossier shows (passages, language support): not every finding
    return to_dossier(dossier, reads.passages(store.engine, doc_ids))
