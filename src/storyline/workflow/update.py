"""Linking over the store: incremental after an ingest, or a full relink.

``update_store(store, new_ids)``:
1. entities — the new documents' mentions go through the stored entity index (only the blocks
   they touch are read), which is saved back with their assignments;
2. stories — the new documents go into the stored story index, which says which stories opened,
   grew or merged;
   (``workflow.stories.open_index``: only the topics its documents reach are read);
3. only those stories are finished again (``link.finish_story``: dates, events, titles, figures,
   quotes, claims, corrections, conflicts) from their own documents — whole: a new report can move
   an old one's inferred date, the events clustered before it and the sources counted in its
   conflicts — and of their rows in the store only those that changed are written, one
   transaction per story.
``link_entities_ahead(store, ids)`` does step 1 alone for documents still waiting, while an ingest's
workers analyse the next ones (entity linking gives the same entities in batches as at once; story
grouping does not, so the stories wait for ``update_store``, which skips step 1 for them and
applies the merges that step made).
``update_store(store, None)`` is the full relink: both indexes are rebuilt from every stored
analysis in ingestion order (the same code path, from empty), then every story is finished.
The entity list is not stored as such: ``workflow.entities.read_entities`` assembles it from the index tables
(with the analysts' merges, splits and rejections laid over) whenever a dossier is read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline import ner
from storyline.link import finish_story, stories
from storyline.link.context import LinkContext
from storyline.link.entities import apply_corrections, build_entities
from storyline.link.entity_index import EntityRecord
from storyline.link.story_index import StoryIndex
from storyline.link.story_partial import PartialStoryIndex
from storyline.model import Correction, Dossier
from storyline.protocols import StoreProtocol
from storyline.store import entity_state, story_state
from storyline.workflow import entities as entity_flow
from storyline.workflow import heap
from storyline.workflow import stories as story_flow
from storyline.workflow.entities import read_entities
from storyline.workflow.names import NAME_KEY

__all__ = ["UpdateReport", "link_entities_ahead", "read_entities", "update_store"]

ENTITY_CHUNK = 200  # documents whose analyses are held at once while the entity index grows


@dataclass
class UpdateReport:
    documents: int = 0
    stories_touched: int = 0
    full: bool = False
    renamed: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per phase: entities, stories, finish
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # the same phases, this process's CPU


def update_store(
    store: StoreProtocol,
    new_ids: Iterable[str] | None,
    progress: Callable[[str, int, int], None] | None = None,
) -> UpdateReport:
    """Link new documents into the store (``new_ids``), or everything again (``None``)."""
    with heap.frozen():  # the models and tables alive now are not walked by this link's collections
        return _update_store(store, new_ids, progress)


def _update_store(
    store: StoreProtocol,
    new_ids: Iterable[str] | None,
    progress: Callable[[str, int, int], None] | None,
) -> UpdateReport:
    full = new_ids is None or store.needs_relink
    fixes = store.corrections()
    clock = _clock()
    if full:
        entity_state.clear(store.engine)
        store.clear_linked()
        ids = store.analysed_ids()
    else:
        wanted = set(new_ids or ())
        ids = story_state.analysed_among(store.engine, wanted)
        repeated = set(story_state.originals_of(store.engine, wanted - set(ids)).values())
    report = UpdateReport(documents=len(ids), full=full)
    if full:
        renamed = _link_entities(store, ids, progress)
    else:  # those an ingest linked ahead keep their entities; the merges that made wait here
        ahead = entity_state.ahead_among(store.engine, ids)
        earlier = entity_state.take_ahead(store.engine, ahead)
        renamed = _chained(earlier, _link_entities(store, [d for d in ids if d not in ahead], progress))
    report.renamed = renamed
    clock = _lap(report, "entities", clock)
    index, touched = _group_stories(store, ids, fixes, renamed, full)
    if not full and repeated:  # a new duplicate shows in the story of the document it repeats
        if isinstance(index, PartialStoryIndex):  # finishing needs the story whole
            index.need_docs(repeated)
            for d in repeated & index.story_of.keys():
                index.need_story(index.story_of[d])
        touched |= {index.story_of[d] for d in repeated if d in index.story_of}
    report.stories_touched = len(touched)
    clock = _lap(report, "stories", clock)
    _finish(store, index, touched, fixes, progress)
    entity_flow.keep_names(store)
    _lap(report, "finish", clock)
    return report


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _lap(report: UpdateReport, phase: str, since: tuple[float, float]) -> tuple[float, float]:
    now = _clock()
    report.seconds[phase] = round(now[0] - since[0], 3)
    report.cpu_seconds[phase] = round(now[1] - since[1], 3)
    return now


def _link_entities(
    store: StoreProtocol, ids: list[str], progress: Callable[[str, int, int], None] | None
) -> dict[str, str]:
    index = entity_flow.open_index(store, ner.alias_table())
    renamed: dict[str, str] = {}
    for start in range(0, len(ids), ENTITY_CHUNK):
        chunk = ids[start : start + ENTITY_CHUNK]
        analyses = store.analyses(chunk)
        documents = {d.id: d for d in store.documents(chunk)}
        index.preload(b for d in chunk for b in index.blocks_for(analyses[d].mentions, documents[d].text))
        assigned = {d: index.add_document(d, analyses[d].mentions, documents[d].text) for d in chunk}
        renamed.update(index.merged)
        entity_flow.save(store, index, assigned, {d: analyses[d].mentions for d in chunk})
        if progress:
            progress("entities", min(start + ENTITY_CHUNK, len(ids)), len(ids))
    return {old: _final(new, renamed) for old, new in renamed.items()}


def link_entities_ahead(store: StoreProtocol, doc_ids: Iterable[str]) -> int:
    """Link the entities of those of these documents that still wait and were not linked ahead
    yet (call it inside one ``atomic()`` block); returns how many. Nothing is done while the
    store waits for a full relink, which would clear it."""
    if store.needs_relink:
        return 0
    wanted = entity_state.pending_among(store.engine, doc_ids)
    wanted -= entity_state.ahead_among(store.engine, wanted)
    ids = story_state.analysed_among(store.engine, wanted)
    if not ids:
        return 0
    entity_state.mark_ahead(store.engine, ids, _link_entities(store, ids, None))
    return len(ids)


def _chained(earlier: dict[str, str], later: dict[str, str]) -> dict[str, str]:
    """Two rounds of merges as one: an id merged into one that a later round merged away goes to
    where that one went."""
    both = {**earlier, **later}
    return {old: _final(new, both) for old, new in both.items()}


def _final(eid: str, renamed: dict[str, str]) -> str:
    seen = set()
    while eid in renamed and eid not in seen:
        seen.add(eid)
        eid = renamed[eid]
    return eid


def _context(
    store: StoreProtocol, doc_ids: Iterable[str], fixes: list[Correction], entities: bool = True
) -> LinkContext:
    """The documents with their analyses and their mentions' entities (corrections laid over;
    ``entities=False``: the assignments only, without the entity list)."""
    documents = store.documents(doc_ids)
    analyses = store.analyses([d.id for d in documents])
    ctx = LinkContext({d.id: d for d in documents}, analyses, corrections=fixes)
    raw = entity_state.assignments(store.engine, analyses)
    ctx.mention_entity.update(apply_corrections(raw, lambda k: analyses[k[0]].mentions[k[1]], fixes))
    if not entities:
        return ctx
    stored = entity_state.read_records(store.engine, set(ctx.mention_entity.values()))
    records = {eid: EntityRecord.from_json(eid, data) for eid, data in stored.items()}
    mentions = {k: analyses[k[0]].mentions[k[1]] for k in ctx.mention_entity}
    ctx.entities = build_entities(ctx.mention_entity, mentions, records, lambda k: ctx.documents[k[0]].text,
                                  known_names=_kept_names(stored, records))  # fmt: skip
    return ctx


def _kept_names(stored: dict[str, dict[str, Any]], records: dict[str, EntityRecord]) -> dict[str, str]:
    """The display names kept beside the records (written with every record the entity phase
    changed, so current), where they are what ``build_entities`` would name the entity: a record
    named by its majority type (``record_name``), where the entity keeps that type. An outlet
    typed PRO shows as ORG, and the alias table is asked by type, so it is named again."""
    out: dict[str, str] = {}
    for eid, data in stored.items():
        record = records[eid]
        if data.get(NAME_KEY) and record.types and record.types.most_common(1)[0][0] != "PRO":
            out[eid] = data[NAME_KEY]
    return out


def _group_stories(
    store: StoreProtocol, ids: list[str], fixes: list[Correction], renamed: dict[str, str], full: bool
) -> tuple[StoryIndex, set[str]]:
    """The story index with the documents added (whole after a full regrouping, else only the
    part they reached), and the stories that changed."""
    ctx = _context(store, ids, fixes, entities=full)
    if full:
        index = story_flow.rebuild_stories(store, ctx)
        return index, set(index.members)
    # the context holds only the new documents: no entity list, so no stale-id check
    partial = story_flow.open_index(store)
    touched = stories.update_index(partial, ctx, ids, renamed=renamed)
    story_flow.save_index(store, partial)
    return partial, touched


def _finish(
    store: StoreProtocol,
    index: StoryIndex,
    touched: set[str],
    fixes: list[Correction],
    progress: Callable[[str, int, int], None] | None,
) -> None:
    """Finish each touched story again from its documents (and their duplicates) and replace its
    rows; a story merged away loses its rows (the story that took it is touched too)."""
    if not touched:
        return
    if isinstance(index, PartialStoryIndex):  # it holds the stories' sums, not their documents
        members = index.read_members(sid for sid in touched if sid in index.summaries)
    else:
        members = {sid: list(index.members[sid]) for sid in touched if sid in index.members}
    duplicates = story_state.duplicates_of(store.engine, [d for docs in members.values() for d in docs])
    gone = sorted(touched - members.keys())
    if gone:  # merged away: their rows go, in one statement (a story that took one re-files its items)
        store.replace_stories(gone, Dossier())
    for n, sid in enumerate(sorted(touched), 1):
        if sid not in members:
            continue
        # a duplicate belongs to the story of the document it repeats
        docs = members[sid] + [dup for d in members[sid] for dup in duplicates.get(d, [])]
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
