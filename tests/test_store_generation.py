"""The store's generation: raised by every write transaction of the store, so that a reader
keeping a view of it (the web app) knows whether anything it shows changed by reading one row."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.api import Store
from storyline.web.state import StoreState
from storyline.web.users import add_user
from web_support import copy_store


@pytest.fixture()
def store(demo_db: Path, tmp_path: Path) -> Store:
    opened = Store(copy_store(demo_db, tmp_path / "store.db"))
    yield opened
    opened.close()


def test_every_write_raises_the_generation_and_reads_do_not(store: Store) -> None:
    start = store.generation()
    store.dossier()
    store.story_page(0, 5)
    assert store.generation() == start
    added = store.add_correction("reject", {"id": "v-none"}, "a test")
    assert store.generation() == start + 1
    store.remove_correction(added.id)
    assert store.generation() == start + 2


def test_a_block_of_writes_raises_it_once_and_a_failed_one_not_at_all(store: Store) -> None:
    start = store.generation()
    with store.atomic():
        store.add_correction("reject", {"id": "v-one"})
        store.add_correction("reject", {"id": "v-two"})
    assert store.generation() == start + 1
    with pytest.raises(RuntimeError), store.atomic():
        store.add_correction("reject", {"id": "v-three"})
        raise RuntimeError("half-way")
    assert store.generation() == start + 1
    assert [c.payload["id"] for c in store.corrections()][-2:] == ["v-one", "v-two"]


def test_the_web_app_sees_a_change_of_what_it_shows_and_only_that(store: Store) -> None:
    state = StoreState(store)
    try:
        first = state.version()
        assert state.version() == first
        add_user(store, "reader", "viewer", "a long enough password")  # the app's own rows
        assert state.version() == first
        other = Store(store.url)  # another process's write, as an ingest or a CLI correction does it
        other.add_correction("reject", {"id": "v-none"})
        other.close()
        changed = state.version()
        assert changed != first and state.version() == changed
    finally:
        state.close()
