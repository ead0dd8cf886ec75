"""What every page needs about the whole store, read once per change of the store.

Building it reads the document list (without texts), the stories, and the entity list with the
analysts' corrections laid over (the expensive part: every linked mention). Items of one story
(events, figures, quotes …) are not held here: they are read per story from the ``linked`` table,
which files them by story. A ``Snapshot`` is immutable once built; a newer one replaces it whole,
so a page never mixes two states of the store.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from storyline.model import Entity, EntityMention
from storyline.store import Store, schema
from storyline.workflow.entities import read_entities

HEAD_CHARS = 300  # a document's first characters: its fallback title and its list snippet
TOP_ENTITIES = 6


@dataclass(frozen=True)
class DocMeta:
    id: str
    seq: int
    source: str
    url: str | None
    title: str | None
    outlet: str | None
    lang: str | None
    published: dict[str, Any]
    duplicate_of: str | None
    version_of: str | None
    head: str
    length: int
    story: str | None

    def label(self) -> str:
        """A one-line title: the document's own, else its first line."""
        if self.title:
            return self.title
        first = self.head.strip().split("\n", 1)[0]
        return (first[:90] + ("…" if len(first) > 90 else "")) or self.id

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.label(), "source": self.source, "url": self.url, "outlet": self.outlet,
            "lang": self.lang, "published": self.published, "story": self.story, "length": self.length,
            "duplicate_of": self.duplicate_of, "version_of": self.version_of,
        }  # fmt: skip


@dataclass
class StorySummary:
    id: str
    title: str
    topic: str | None
    start: str | None
    end: str | None
    documents: list[str]
    languages: dict[str, int]
    outlets: list[str]
    entities: list[str]
    conflicts: int
    why: list[dict[str, Any]]
    latest: str  # the latest date the story speaks of (publication or event), for "newest"

    def as_dict(self, names: dict[str, str]) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "topic": self.topic, "start": self.start, "end": self.end,
            "size": len(self.documents), "languages": self.languages, "outlets": self.outlets,
            "conflicts": self.conflicts,
            "top_entities": [{"id": e, "name": names.get(e, e)} for e in self.entities[:TOP_ENTITIES]],
        }  # fmt: skip


@dataclass
class Snapshot:
    docs: dict[str, DocMeta]
    stories: dict[str, StorySummary]
    entities: dict[str, Entity]
    doc_mentions: dict[str, list[tuple[str, EntityMention]]]
    pending: int
    needs_relink: bool
    names: dict[str, str] = field(default_factory=dict)  # entity id → display name
    entity_docs: dict[str, set[str]] = field(default_factory=dict)
    copies: dict[str, list[str]] = field(default_factory=dict)  # document → its duplicates and versions

    def story_of(self, doc_id: str) -> str | None:
        meta = self.docs.get(doc_id)
        return meta.story if meta else None


def build(store: Store) -> Snapshot:
    story_rows, conflicts = _linked_stories(store)
    published = _published(store)
    entities = read_entities(store)
    story_of = {d: s["id"] for s in story_rows for d in s.get("documents") or []}
    docs = _documents(store, published, story_of)
    for meta in list(docs.values()):  # a duplicate shows in the story of what it repeats
        if meta.story is None and meta.duplicate_of in docs:
            root = docs[meta.duplicate_of].story
            if root:
                docs[meta.id] = replace(meta, story=root)
    doc_mentions: dict[str, list[tuple[str, EntityMention]]] = defaultdict(list)
    entity_docs: dict[str, set[str]] = {}
    for e in entities:
        entity_docs[e.id] = {m.doc for m in e.mentions}
        for m in e.mentions:
            doc_mentions[m.doc].append((e.id, m))
    for ms in doc_mentions.values():
        ms.sort(key=lambda pair: (pair[1].start, pair[1].end))
    stories = {s["id"]: _summary(s, docs, conflicts.get(s["id"], 0)) for s in story_rows}
    copies: dict[str, list[str]] = defaultdict(list)
    for meta in docs.values():
        for of in (meta.duplicate_of, meta.version_of):
            if of:
                copies[of].append(meta.id)
    return Snapshot(
        docs=docs, stories=stories, entities={e.id: e for e in entities}, doc_mentions=dict(doc_mentions),
        pending=len(store.pending_ids()), needs_relink=store.needs_relink, names={e.id: e.name for e in entities},
        entity_docs=entity_docs, copies=dict(copies),
    )  # fmt: skip


def _linked_stories(store: Store) -> tuple[list[dict[str, Any]], dict[str, int]]:
    c = schema.linked.c
    with store.engine.connect() as conn:
        stories = [json.loads(r.data) for r in conn.execute(
            select(c.data).where(c.kind == "stories").order_by(c.story, c.pos))]  # fmt: skip
        counts = {r.story: r.n for r in conn.execute(
            select(c.story, func.count().label("n")).where(c.kind == "conflicts").group_by(c.story))}  # fmt: skip
    return stories, counts


def _published(store: Store) -> dict[str, dict[str, Any]]:
    """The publication dates as linking settled them (inferred ones included)."""
    c = schema.linked.c
    with store.engine.connect() as conn:
        return {
            r.id: json.loads(r.data) for r in conn.execute(select(c.id, c.data).where(c.kind == "published"))
        }


def _documents(
    store: Store, published: dict[str, dict[str, Any]], story_of: dict[str, str]
) -> dict[str, DocMeta]:
    c = schema.documents.c
    query = select(
        c.id, c.seq, c.source, c.url, c.title, c.outlet, c.lang, c.published, c.duplicate_of, c.version_of,
        func.substr(c.text, 1, HEAD_CHARS).label("head"), func.length(c.text).label("length"),
    ).order_by(c.seq)  # fmt: skip
    out: dict[str, DocMeta] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            date = published.get(r.id) or (json.loads(r.published) if r.published else {})
            out[r.id] = DocMeta(
                r.id, r.seq, r.source, r.url, r.title, r.outlet, r.lang, _date(date), r.duplicate_of,
                r.version_of, r.head or "", r.length or 0, story_of.get(r.id),
            )  # fmt: skip
    return out


def _date(value: dict[str, Any]) -> dict[str, Any]:
    keys = ("value", "precision", "basis", "confidence", "earliest", "latest", "month_day")
    return {k: value.get(k) for k in keys if value.get(k) is not None}


def _summary(story: dict[str, Any], docs: dict[str, DocMeta], conflicts: int) -> StorySummary:
    members = [d for d in story.get("documents") or [] if d in docs]
    languages = Counter(docs[d].lang or "?" for d in members)
    outlets = Counter(docs[d].outlet for d in members if docs[d].outlet)
    dates = [docs[d].published.get("value") or "" for d in members] + [story.get("end") or ""]
    return StorySummary(
        id=story["id"], title=story.get("title") or story["id"], topic=story.get("topic"),
        start=story.get("start"), end=story.get("end"), documents=members,
        languages=dict(languages.most_common()), outlets=[o for o, _ in outlets.most_common()],
        entities=list(story.get("entities") or []), conflicts=conflicts, why=list(story.get("why") or []),
        latest=max(dates) if dates else "",
    )  # fmt: skip


def cooccurring(snap: Snapshot, entity_id: str, limit: int = 20) -> list[tuple[str, int]]:
    """Entities that appear in the same documents, with how many documents they share."""
    counts: Counter[str] = Counter()
    for doc in snap.entity_docs.get(entity_id, ()):
        counts.update({eid for eid, _ in snap.doc_mentions.get(doc, []) if eid != entity_id})
    return counts.most_common(limit)
