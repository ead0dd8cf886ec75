"""Linking over the store: incremental after an ingest, or a full relink.

``update_store(store, new_ids)``:
1. entities — the new documents' mentions go through the stored entity index (only the blocks
   they touch are read), which is saved back with their assignments;
2. stories — the new documents go into the stored story index, which says which stories opened,
   grew or merged;
3. only those stories are finished again (``link.finish_story``: dates, events, titles, figures,
   quotes, claims, corrections, conflicts) from their own documents, and their rows in the store
   are replaced, one transaction per story.
``update_store(store, None)`` is the full relink: both indexes are rebuilt from every stored
analysis in ingestion order (the same code path, from empty), then every story is finished.
The entity list is not stored as such: ``workflow.entities.read_entities`` assembles it from the index tables
(with the analysts' merges, splits and rejections laid over) whenever a dossier is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storyline import ner
from storyline.link import finish_story, stories
from storyline.link.context import LinkContext
from storyline.link.entities import apply_corrections, build_entities
from storyline.model import Correction, Dossier
from storyline.protocols import StoreProtocol
from storyline.store import entity_state
from storyline.workflow import entities as entity_flow
from storyline.workflow import stories as story_flow
from storyline.workflow.entities import read_entities

__all__ = ["UpdateReport", "read_entities", "update_store"]

ENTITY_CHUNK = 200  # documents whose analyses are held at once while the entity index grows


@dataclass
class UpdateReport:
    documents: int = 0
    stories_touched: int = 0
    full: bool = False
    renamed: dict[str, str] = field(default_factory=dict)


def update_store(
    store: StoreProtocol,
    new_ids: Iterable[str] | None,
    progress: Callable[[str, int, int], None] | None = None,
) -> UpdateReport:
    """Link new documents into the store (``new_ids``), or everything again (``None``)."""
    full = new_ids is None or store.needs_relink
    fixes = store.corrections()
    if full:
        entity_state.clear(store.engine)
        store.clear_linked()
        ids = store.analysed_ids()
    else:
        wanted = set(new_ids or ())
        ids = [d for d in store.analysed_ids() if d in wanted]
        roots = _originals(store)
        repeated = {roots[d] for d in wanted - set(ids) if d in roots}
    report = UpdateReport(documents=len(ids), full=full)
    renamed = _link_entities(store, ids, progress)
    report.renamed = renamed
    touched = _group_stories(store, ids, fixes, renamed, full)
    if not full and repeated:  # a new duplicate shows in the story of the document it repeats
        story_of = story_flow.load_index(store).story_of
        touched |= {story_of[d] for d in repeated if d in story_of}
    report.stories_touched = len(touched)
    _finish(store, touched, fixes, progress)
    entity_flow.keep_names(store)
    return report


def _link_entities(
    store: StoreProtocol, ids: list[str], progress: Callable[[str, int, int], None] | None
) -> dict[str, str]:
    index = entity_flow.open_index(store, ner.alias_table())
    renamed: dict[str, str] = {}
    for start in range(0, len(ids), ENTITY_CHUNK):
        chunk = ids[start : start + ENTITY_CHUNK]
        analyses = store.analyses(chunk)
        documents = {d.id: d for d in store.documents(chunk)}
        index.preload(b for d in chunk for b in index.blocks_for(analyses[d].mentions))
        assigned = {d: index.add_document(d, analyses[d].mentions, documents[d].text) for d in chunk}
        renamed.update(index.merged)
        entity_flow.save(store, index, assigned, {d: analyses[d].mentions for d in chunk})
        if progress:
            progress("entities", min(start + ENTITY_CHUNK, len(ids)), len(ids))
    return {old: _final(new, renamed) for old, new in renamed.items()}


def _final(eid: str, renamed: dict[str, str]) -> str:
    seen = set()
    while eid in renamed and eid not in seen:
        seen.add(eid)
        eid = renamed[eid]
    return eid


def _context(store: StoreProtocol, doc_ids: Iterable[str], fixes: list[Correction]) -> LinkContext:
    """The documents with their analyses and their mentions' entities (corrections laid over)."""
    documents = store.documents(doc_ids)
    analyses = store.analyses([d.id for d in documents])
    ctx = LinkContext({d.id: d for d in documents}, analyses, corrections=fixes)
    raw = entity_state.assignments(store.engine, analyses)
    ctx.mention_entity.update(apply_corrections(raw, lambda k: analyses[k[0]].mentions[k[1]], fixes))
    records = entity_flow.records(store, set(ctx.mention_entity.values()))
    mentions = {k: analyses[k[0]].mentions[k[1]] for k in ctx.mention_entity}
    ctx.entities = build_entities(ctx.mention_entity, mentions, records, lambda k: ctx.documents[k[0]].text)
    return ctx


def _group_stories(
    store: StoreProtocol, ids: list[str], fixes: list[Correction], renamed: dict[str, str], full: bool
) -> set[str]:
    if full:
        ctx = _context(store, ids, fixes)
        index = story_flow.rebuild_stories(store, ctx)
        return set(index.members)
    ctx = _context(store, ids, fixes)
    ctx.entities = []  # the context holds only the new documents: skip the stale-id check
    return story_flow.update_stories(store, ctx, ids, renamed=renamed)


def _finish(
    store: StoreProtocol,
    touched: set[str],
    fixes: list[Correction],
    progress: Callable[[str, int, int], None] | None,
) -> None:
    if not touched:
        return
    index = story_flow.load_index(store)
    members = dict(index.stories())
    duplicates: dict[str, list[str]] = {}
    for dup, original in _originals(store).items():
        duplicates.setdefault(original, []).append(dup)
    for n, sid in enumerate(sorted(touched), 1):
        if sid not in members:  # merged away: its rows go, the story that took it is touched too
            store.replace_stories([sid], Dossier())
            continue
        # a duplicate belongs to the story of the document it repeats
        docs = list(members[sid]) + [dup for d in members[sid] for dup in duplicates.get(d, [])]
        ctx = _context(store, docs, fixes)
        story = stories.make_story(index, sid, docs)
        ctx.stories = [story]
        ctx.doc_story = {d: sid for d in story.documents}
        finish_story(ctx)
        store.replace_stories([sid], Dossier(documents=list(ctx.documents.values()), stories=ctx.stories,
                                             events=ctx.events, figures=ctx.figures, claims=ctx.claims,
                                             quotes=ctx.quotes, conflicts=ctx.conflicts))  # fmt: skip
        if progress:
            progress("stories", n, len(touched))


def _originals(store: StoreProtocol) -> dict[str, str]:
    """Each duplicate → the document it finally repeats (a store written before chains were
    resolved at ingest may hold a copy of a copy)."""
    of = {doc: dup for doc, (_, dup) in store.sources().items() if dup}
    out = {}
    for doc in of:
        root, seen = of[doc], {doc}
        while root in of and root not in seen:
            seen.add(root)
            root = of[root]
        out[doc] = root
    return out
