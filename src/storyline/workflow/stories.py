"""The story index over a store: loaded whole from its rows, or in part (``open_index``: only
what an incremental batch reaches), saved by what changed."""

from __future__ import annotations

from typing import Any

from storyline.link.context import LinkContext
from storyline.link.stories import group_stories
from storyline.link.stories import update_stories as update_index
from storyline.link.story_embeddings import SCAN
from storyline.link.story_index import StoryIndex
from storyline.link.story_partial import PartialStoryIndex, StoredDoc
from storyline.link.story_snapshot import (
    centroid_row,
    join_of,
    restore,
    resum_stale,
    signals_of,
    snapshot,
    summary_row,
)
from storyline.protocols import StoreProtocol
from storyline.store import story_state
from storyline.store.story_state import StoryRows


def load_index(store: StoreProtocol) -> StoryIndex:
    rows = story_state.read_rows(store.engine)
    return restore(rows.docs, rows.groups, rows.links, rows.topics, rows.summaries)


def pay_centroids(store: StoreProtocol) -> bool:
    """Write the topic centroids a store from before schema 7 owes and the story summaries one
    from before schema 8 owes (summed over each topic's or story's documents, as a whole load sums
    them), once; True if it owed them."""
    if not story_state.centroids_owed(store.engine):
        return False
    index = load_index(store)
    story_state.pay_centroids(
        store.engine,
        [centroid_row(t, index.topic_centroids[t]) for t in sorted(index.topic_stories)],
        [summary_row(index, s) for s in sorted(index.summaries)],
    )
    return True


def save_index(store: StoreProtocol, index: StoryIndex) -> None:
    """Write what changed since the index was loaded (or last saved), then forget the changes."""
    story_state.write_changes(store.engine, StoryRows(**snapshot(index)))


def save_new_index(store: StoreProtocol, index: StoryIndex) -> None:
    """Replace the stored index by one built in memory (a batch regrouping), its stories' sums
    as a whole load would compute them."""
    resum_stale(index)
    story_state.clear(store.engine)
    story_state.write_changes(store.engine, StoryRows(**snapshot(index, whole=True)))


def update_stories(target: StoreProtocol | StoryIndex, ctx: LinkContext, new_doc_ids: list[str] | None = None,
                   renamed: dict[str, str] | None = None) -> set[str]:  # fmt: skip
    """``link.stories.update_stories`` on the stored index (loaded, updated, saved back in one
    transaction) or on an index kept in memory."""
    if isinstance(target, StoryIndex):
        return update_index(target, ctx, new_doc_ids, renamed)
    index = load_index(target)
    touched = update_index(index, ctx, new_doc_ids, renamed)
    save_index(target, index)
    return touched


def rebuild_stories(store: StoreProtocol, ctx: LinkContext) -> StoryIndex:
    """A full regrouping (``group_stories``) whose index replaces the stored one, so that later
    ``update_stories`` calls continue from exactly what a full relink produced."""
    index = group_stories(ctx)
    save_new_index(store, index)
    return index


class StoreLoader(story_state.RowReader):
    """The store's bounded reads, with documents as the index's own types."""

    def docs(self, docs: list[str]) -> list[StoredDoc]:
        return [_stored(r) for r in self.doc_rows(docs)]

    def topic(self, topic: str) -> tuple[dict[str, Any], list[StoredDoc]]:
        whys, rows = self.topic_rows(topic)
        return whys, [_stored(r) for r in rows]

    def story(self, story: str) -> tuple[Any, list[StoredDoc]]:
        why, rows = self.story_rows(story)
        return why, [_stored(r) for r in rows]


def _stored(r: dict[str, Any]) -> StoredDoc:
    joined = join_of(r["joined"]) if r["joined"] else None
    return StoredDoc(
        r["doc_id"], r["seq"], r["story"], r["topic"], signals_of(r["doc_id"], r["signals"]), joined
    )


def open_index(store: StoreProtocol) -> PartialStoryIndex:
    """The stored index, to be loaded as far as the documents added to it reach (its topic
    centroids written first if the store owes them)."""
    pay_centroids(store)
    return PartialStoryIndex(StoreLoader(store.engine), SCAN)
