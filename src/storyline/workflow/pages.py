"""A page of one kind of finding over the whole store (the timeline, figures, quotes, claims,
conflicts), with exactly what a view of that page needs and nothing else: the items it refers to
(a figure's event, the conflicts of the page's stories, the items a conflict sets side by side),
the texts of the documents their evidence is in, and the names of the entities they name.

The page is a dossier dict (``storyline.dossier/1`` keys) holding only those, so the terminal
views and the API render it as they render the whole dossier; every item in it is what the whole
dossier holds for that item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.model import Claim, Conflict, Dossier, Event, Figure, Quote
from storyline.protocols import StoreProtocol
from storyline.serde import from_dict
from storyline.store import reads
from storyline.workflow.names import entity_names

KINDS: dict[str, type] = {
    "events": Event,
    "figures": Figure,
    "claims": Claim,
    "quotes": Quote,
    "conflicts": Conflict,
}
PAGE = 100  # items a whole-store listing shows unless asked for more (as `storyline stories`)


@dataclass
class FindingsPage:
    data: dict[str, Any]  # a dossier dict with the page's items and what they refer to
    total: int  # items of the listing over the whole store
    shown: int  # of them on this page (the timeline: its dated events)
    positions: dict[str, int]  # each document's number in the whole store
    counts: dict[str, int] = field(default_factory=dict)  # timeline: "apart" (undated), "low"


def findings_page(store: StoreProtocol, kind: str, offset: int = 0, limit: int | None = PAGE,
                  everything: bool = False, undated: bool = False) -> FindingsPage:  # fmt: skip
    """A page of ``kind`` over the whole store: the timeline newest first (its page in date
    order; ``everything``: low-confidence events too; ``undated``: a page of the undated ones
    too), the others in stored order, story by story."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of finding {kind!r}: use {', '.join(KINDS)}")
    engine = store.engine
    raw: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    counts: dict[str, int] = {}
    if kind == "events":
        from storyline.link.events import LISTED

        page = reads.event_page(engine, LISTED, offset, limit, everything, undated)
        raw["events"] = page.dated + page.undated
        total, shown, counts = page.shown, len(page.dated), {"apart": page.apart, "low": page.low}
    else:
        raw[kind], total = reads.item_page(engine, kind, offset, limit)
        shown = len(raw[kind])
    _add_referred(engine, kind, raw)
    data = as_dossier(raw)
    docs = sorted({s["doc"] for k in KINDS for item in data[k] for s in item.get("evidence") or []})
    data["documents"] = documents(store, docs)
    named = {e for k in KINDS for item in data[k] for e in _entities_named(item)}
    data["entities"] = [{"id": e, "name": n} for e, n in sorted(entity_names(store, named).items())]
    return FindingsPage(data, total, shown, store.positions(docs), counts)


def documents(store: StoreProtocol, doc_ids: list[str], analyses: dict[str, Any] | None = None,
              engine: Any = None) -> list[dict[str, Any]]:  # fmt: skip
    """These documents as the whole dossier has them (texts included, in ingestion order): their
    story and the publication date linking settled, as the whole store's linking left them."""
    from storyline.export.dossier import to_dossier

    engine = engine or store.engine
    found = reads.documents(engine, doc_ids)
    settled = reads.published(engine, doc_ids)
    for doc in found:
        if doc.id in settled:
            doc.published = settled[doc.id][1]
    out = to_dossier(Dossier(documents=found), analyses)["documents"]
    for doc in out:
        doc["story"] = settled[doc["id"]][0] if doc["id"] in settled else None
    return out


def _add_referred(engine: Any, kind: str, raw: dict[str, list[dict[str, Any]]]) -> None:
    """What the page's items refer to, as the whole dossier holds it: a figure's or a claim's
    event and the conflicts of their stories (a disputed value is marked), the items a conflict
    sets side by side and their events."""
    page = raw[kind]
    if kind in ("figures", "claims"):
        events = {x["event"] for x in page if x.get("event")}
        raw["events"] = reads.items_by_id(engine, ["events"], events)["events"]
        stories = {e["story"] for e in raw["events"] if e.get("story")}
        stories |= reads.stories_of(engine, kind, [x["id"] for x in page])
        conflicts = reads.items_of_stories(engine, "conflicts", stories)
        mine = {x["id"] for x in page}
        raw["conflicts"] = [c for c in conflicts if mine & {i for p in c["positions"] for i in p["items"]}]
    elif kind == "conflicts":
        items = {i for c in page for p in c["positions"] for i in p["items"]}
        found = reads.items_by_id(engine, ["figures", "claims", "events"], items)
        events = {c["event"] for c in page if c.get("event")} - {e["id"] for e in found["events"]}
        found["events"] += reads.items_by_id(engine, ["events"], events)["events"]
        raw.update(found)


def as_dossier(raw: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Stored rows are the domain objects; views speak the dossier format."""
    from storyline.export.dossier import to_dossier

    data = to_dossier(Dossier(**{k: [from_dict(KINDS[k], x) for x in v] for k, v in raw.items()}))
    return {k: data[k] for k in ("format", "generator", "generated_at", *KINDS)} | {"stories": []}


def _entities_named(item: dict[str, Any]) -> list[str]:
    named = [item.get(k) for k in ("place", "speaker", "source")]
    named += list(item.get("participants") or []) + list(item.get("via") or [])
    return [e for e in named if isinstance(e, str) and e]
