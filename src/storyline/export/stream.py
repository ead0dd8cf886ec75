"""The whole store's export written as it is read: the dossier JSON, the findings as JSON Lines
and the figures CSV, a few hundred documents or items at a time (the entity list a few thousand
mentions at a time, an entity named more often alone), so memory is bounded by a chunk or the most
named entity rather than by the store.

What is written is what the export of a whole-store load writes (the same objects in the same
order; a test compares them). All of it is read in one transaction of its own (``Pinned``), so a
write committed meanwhile is either wholly in it or not at all. The HTML report and the
FollowTheMoney export still load the whole store: each of their parts refers to any other.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from storyline.model import Dossier, Story
from storyline.serde import from_dict
from storyline.store import reads
from storyline.store.engine import Pinned

CHUNK = 500  # documents or items read, converted and written at a time
MENTIONS = 20_000  # entity mentions read and built at a time
FINDINGS = ("events", "figures", "claims", "quotes", "conflicts")
SINGULAR = {"documents": "document", "stories": "story", "entities": "entity", "events": "event",
            "figures": "figure", "claims": "claim", "quotes": "quote", "conflicts": "conflict"}  # fmt: skip


@dataclass
class _Reader:
    """The store as the readers see it inside the export's one read transaction."""

    engine: Any
    store: Any

    def corrections(self) -> list[Any]:
        return reads.corrections(self.engine)

    def positions(self, doc_ids: Any) -> dict[str, int]:
        return {}  # exports name documents by id, never by their number in the store


@contextmanager
def _reading(store: Any) -> Iterator[_Reader]:
    with store.own_engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot for every statement, as SQLite's WAL gives
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield _Reader(Pinned(conn), store)


def _document_chunks(r: _Reader, passages: bool = True) -> Iterator[list[dict[str, Any]]]:
    from storyline.workflow.pages import documents

    ids = reads.document_ids(r.engine)
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        analyses = reads.passages(r.engine, part) if passages else None
        yield documents(r.store, part, analyses, engine=r.engine)


def _story_chunks(r: _Reader) -> Iterator[list[dict[str, Any]]]:
    from storyline.export.dossier import to_dossier
    from storyline.titles import unique_titles

    titles = unique_titles(reads.story_titles(r.engine))
    for chunk in reads.stream_items(r.engine, "stories", CHUNK):
        out = to_dossier(Dossier(stories=[from_dict(Story, s) for s in chunk]))["stories"]
        for s in out:
            s["title"] = titles.get(s["id"], s["title"])
        yield out


def _entity_chunks(r: _Reader, fixes: list[Any]) -> Iterator[list[dict[str, Any]]]:
    """The entity list in its order (most documents, then most mentions, then name), a few
    hundred entities at a time with their mentions. Merges and splits move mentions between
    entities, so with either among the corrections the list is made whole (without texts)."""
    from storyline.export.dossier import to_dossier
    from storyline.link.entities import build_entities, record_name
    from storyline.link.entity_index import EntityRecord
    from storyline.model import Mention
    from storyline.store import entity_state
    from storyline.workflow.entities import read_entities
    from storyline.workflow.names import NAME_KEY

    counts = reads.entity_counts(r.engine)
    stored = entity_state.read_records(r.engine)
    if any(f.kind in ("merge", "split") for f in fixes) or not set(counts) <= set(stored):
        yield to_dossier(Dossier(entities=read_entities(r, fixes)))["entities"]
        return
    records = {eid: EntityRecord.from_json(eid, data) for eid, data in stored.items()}
    names = {
        eid: data.get(NAME_KEY) or record_name(records[eid]) for eid, data in stored.items() if eid in counts
    }
    rejected = {str(f.payload.get("id")) for f in fixes if f.kind == "reject"}
    order = sorted(counts, key=lambda e: (-counts[e][0], -counts[e][1], names[e], counts[e][2]))
    for part in _by_mentions(order, counts):
        rows = entity_state.entity_mention_rows(r.engine, part)
        mentions = {
            (m.doc_id, m.idx): Mention(m.start, m.end, m.text, m.type, m.base, m.lang, m.kind) for m in rows
        }
        assignment = {(m.doc_id, m.idx): m.entity_id for m in rows}
        known = {e: names[e] for e in part if stored[e].get(NAME_KEY)}
        built = build_entities(assignment, mentions, records, rejected=rejected, known_names=known)
        yield to_dossier(Dossier(entities=built))["entities"]


def _by_mentions(order: list[str], counts: dict[str, tuple[int, int, str]]) -> Iterator[list[str]]:
    """Runs of entities holding up to ``MENTIONS`` mentions together (an entity of more alone):
    the most named ones come first and may hold most of the store's mentions."""
    part: list[str] = []
    held = 0
    for eid in order:
        if part and held + counts[eid][1] > MENTIONS:
            yield part
            part, held = [], 0
        part.append(eid)
        held += counts[eid][1]
    if part:
        yield part


def _finding_chunks(r: _Reader, kind: str) -> Iterator[list[dict[str, Any]]]:
    from storyline.workflow.pages import as_dossier

    for chunk in reads.stream_items(r.engine, kind, CHUNK):
        yield as_dossier({kind: chunk})[kind]


# ---------------------------------------------------------------- dossier JSON


def dossier_json(store: Any) -> Iterator[str]:
    """The dossier JSON of the whole store, as ``json.dumps(dossier, ensure_ascii=False,
    indent=1)`` writes it, in pieces."""
    from storyline.export.dossier import to_dossier

    with _reading(store) as r:
        fixes = r.corrections()
        head = to_dossier(Dossier())
        yield "{"
        first = True
        for key in head:
            yield ("" if first else ",") + "\n " + json.dumps(key) + ": "
            first = False
            if key == "documents":
                yield from _array(_document_chunks(r))
            elif key == "stories":
                yield from _array(_story_chunks(r))
            elif key == "entities":
                yield from _array(_entity_chunks(r, fixes))
            elif key in FINDINGS:
                yield from _array(_finding_chunks(r, key))
            elif key == "corrections":
                yield from _array(iter([to_dossier(Dossier(corrections=fixes))["corrections"]]))
            else:
                yield _dumps(head[key], 1)
        yield "\n}"


def _dumps(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=1)


def _array(chunks: Iterator[list[dict[str, Any]]]) -> Iterator[str]:
    """A JSON array at depth 1 of an object, written chunk by chunk, each item in pieces (an entity
    named 200,000 times is never one string). Only the encoder's own line breaks are indented
    again: a line break inside a string is written escaped."""
    empty = True
    for chunk in chunks:
        for item in chunk:
            yield ("[" if empty else ",") + "\n  "
            for piece in _ENCODER.iterencode(item):
                yield piece.replace("\n", "\n  ")
            empty = False
    yield "[]" if empty else "\n ]"


# ---------------------------------------------------------------- JSON Lines


def findings_jsonl(store: Any) -> Iterator[str]:
    """The findings of the whole store as JSON Lines (``export.jsonl``), each chunk with the
    documents and events its lines name."""
    from storyline.export.jsonl import findings

    with _reading(store) as r:
        fixes = r.corrections()
        parts: list[tuple[str, Iterator[list[dict[str, Any]]]]] = [
            ("documents", _document_chunks(r, passages=True)),
            ("stories", _story_chunks(r)),
            ("entities", _entity_chunks(r, fixes)),
            *[(kind, _finding_chunks(r, kind)) for kind in FINDINGS],
        ]
        for kind, chunks in parts:
            for chunk in chunks:
                data = {kind: chunk, **_context(r, kind, chunk)}
                for line in findings(data):
                    if line["item"] == SINGULAR[kind]:
                        yield json.dumps(line, ensure_ascii=False) + "\n"


def _context(r: _Reader, kind: str, chunk: list[dict[str, Any]]) -> dict[str, Any]:
    """What the lines of a chunk name beyond themselves: their evidence's documents (without
    texts) and, for figures, claims and conflicts, their events' stories."""
    if kind in ("documents", "stories", "entities"):
        return {}
    from storyline.workflow.pages import documents

    docs = sorted({s["doc"] for item in chunk for s in item.get("evidence") or []})
    out: dict[str, Any] = {"documents": documents(r.store, docs, engine=r.engine)} if docs else {}
    if kind != "events":
        events = {x["event"] for x in chunk if x.get("event")}
        out["events"] = reads.items_by_id(r.engine, ["events"], events)["events"]
    return out


# ---------------------------------------------------------------- figures CSV


def figures_csv(store: Any) -> Iterator[str]:
    """The figures CSV of the whole store (``export.csv_export``), a page of figures at a time."""
    from storyline.export.csv_export import figures_csv as page_csv
    from storyline.workflow.pages import findings_page

    with _reading(store) as r:
        offset, first = 0, True
        while True:
            page = findings_page(r, "figures", offset, CHUNK)
            text = page_csv(page.data)
            yield text if first else text.split("\r\n", 1)[1]
            first = False
            offset += CHUNK
            if page.shown < CHUNK:
                return
