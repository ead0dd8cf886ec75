"""The link's heap freezing: the living objects are out of the full passes during the block, and
everything is back in the collector's hands after it (nothing kept, nothing lost)."""

from __future__ import annotations

import gc
import weakref

from storyline.workflow import heap


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _ring() -> weakref.ref[_Node]:
    ring = _Node()
    ring.other = _Node()
    ring.other.other = ring
    return weakref.ref(ring)  # the cycle is garbage once this returns


def test_garbage_from_before_the_block_waits_for_it_and_is_then_collected() -> None:
    dropped = _ring()
    with heap.frozen():
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert dropped() is not None  # frozen: the passes during the link do not walk it
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert dropped() is None


def test_garbage_made_in_the_block_is_collected_in_it() -> None:
    with heap.frozen():
        dropped = _ring()
        gc.collect()
        assert dropped() is None


def test_a_freeze_the_caller_made_is_left_to_the_caller() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with heap.frozen():
            pass
        # not thawed (that empties the permanent generation) and not frozen again (that would add
        # what was made since, the block's own objects among them); frozen objects that die leave
        # it, so the count may only fall, and does while other threads run
        assert 0 < gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()


def test_the_heap_is_thawed_when_the_block_fails() -> None:
    try:
        with heap.frozen():
            raise ValueError
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
