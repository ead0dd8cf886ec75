"""The story index over a store: loaded whole from its rows, saved by what changed."""

from __future__ import annotations

from storyline.link.context import LinkContext
from storyline.link.stories import group_stories
from storyline.link.stories import update_stories as update_index
from storyline.link.story_index import StoryIndex
from storyline.link.story_snapshot import restore, snapshot
from storyline.protocols import StoreProtocol
from storyline.store import story_state
from storyline.store.story_state import StoryRows


def load_index(store: StoreProtocol) -> StoryIndex:
    rows = story_state.read_rows(store.engine)
    return restore(rows.docs, rows.groups, rows.links)


def save_index(store: StoreProtocol, index: StoryIndex) -> None:
    """Write what changed since the index was loaded (or last saved), then forget the changes."""
    story_state.write_changes(store.engine, StoryRows(**snapshot(index)))


def save_new_index(store: StoreProtocol, index: StoryIndex) -> None:
    """Replace the stored index by one built in memory (a batch regrouping)."""
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
