"""The link's heap settling: garbage is collected before the living objects are frozen."""

from __future__ import annotations

import gc
import weakref

from storyline.workflow import heap


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_settle_collects_cycles_and_freezes_what_lives() -> None:
    kept = _Node()
    kept.other = _Node()
    kept.other.other = kept  # alive: frozen
    ring = _Node()
    ring.other = _Node()
    ring.other.other = ring  # a cycle dropped before settling: collected, not frozen for good
    dropped = weakref.ref(ring)
    del ring
    try:
        heap.settle()
        assert dropped() is None
        assert gc.get_freeze_count() > 0
        assert kept.other.other is kept
    finally:
        gc.unfreeze()


def test_settling_twice_frees_what_died_in_between() -> None:
    try:
        heap.settle()
        ring = _Node()
        ring.other = _Node()
        ring.other.other = ring
        dropped = weakref.ref(ring)
        del ring
        heap.settle()
        assert dropped() is None
    finally:
        gc.unfreeze()
