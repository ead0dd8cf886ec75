"""Finding a document's mentions, events, time expressions and spans by position, in logarithmic
time.

The analysers ask, for every sentence, quote or figure, "which names lie inside these words?",
"which events are in this sentence?". Scanning the whole document's list for each question is
quadratic in the text's length: harmless for a news page, hours for a book-length text. These
indexes answer the same questions by bisection on sorted offsets, with the same answers in the
same order (list order, as the scans gave them).

``index(items)`` keeps the index of a list for as long as the list is the one being asked about,
so the helpers deep inside an analyser need no extra parameter: an analyser's lists (an
``Analysis``'s mentions, events, time expressions) are complete before the next one reads them and
are not changed in place afterwards.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any, Protocol, TypeVar


class Located(Protocol):
    start: int
    end: int


L = TypeVar("L", bound=Located)
T = TypeVar("T")


class SpanIndex:
    """Whether any of many ``(start, end)`` spans overlaps a given one: starts in order and the
    greatest end so far, so the question is one bisection instead of a scan of every span."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]
        self.max_end = list(accumulate((e for _s, e in self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span ``(s, e)`` has ``s < end`` and ``start < e``."""
        k = bisect_left(self.starts, end)  # spans[:k] start before ``end``
        return k > 0 and self.max_end[k - 1] > start

    def contains(self, offset: int) -> bool:
        """True when some span ``(s, e)`` has ``s <= offset < e``."""
        return self.overlaps(offset, offset + 1)


class OffsetIndex:
    """Items with ``start`` and ``end`` offsets (mentions, events, time expressions), found by
    position. Every query returns indices into the list, ascending, as a scan of it would."""

    def __init__(self, items: Sequence[Located]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda k: items[k].start)  # stable: ties by index
        self.starts = [items[k].start for k in self.order]
        self.in_order = all(k == n for n, k in enumerate(self.order))  # as every analyser returns them
        # no item is longer than this, so those ending after an offset start after it less this
        self.longest = max((it.end - it.start for it in items), default=0)

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Items with ``lo <= start < hi``."""
        return sorted(self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)])

    def starting_at(self, offset: int) -> list[int]:
        return self.starting_in(offset, offset + 1)

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """Items with ``start < hi`` and ``lo < end``."""
        first = bisect_right(self.starts, lo - self.longest)
        last = bisect_left(self.starts, hi)
        return sorted(k for k in self.order[first:last] if self.items[k].end > lo)

    def within(self, lo: int, hi: int) -> list[int]:
        """Items with ``lo <= start`` and ``end <= hi``."""
        return [k for k in self.starting_in(lo, hi + 1) if self.items[k].end <= hi]

    def ending_by(self, hi: int) -> Iterator[int]:
        """Items with ``end <= hi``, from the last in list order back, lazily: the caller stops at
        the first that fits ("the last person named before")."""
        # in a list in order of start, those starting after ``hi`` cannot end by it
        first = bisect_right(self.starts, hi) if self.in_order else len(self.items)
        for k in range(first - 1, -1, -1):
            if self.items[k].end <= hi:
                yield k


def grouped(items: Sequence[T], key: Callable[[T], Hashable]) -> dict[Hashable, list[int]]:
    """Indices of the items by a key, ascending."""
    out: dict[Hashable, list[int]] = {}
    for k, it in enumerate(items):
        out.setdefault(key(it), []).append(k)
    return out


_MEMO: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], tuple[int, ...], Any]] = OrderedDict()
_MEMO_SIZE = 32
_LOCK = threading.Lock()


def memo(name: str, build: Callable[..., T], *objs: Any) -> T:
    """``build(*objs)``, built once for these very objects (by identity, lists also by length)
    and kept while they are the ones asked about. The memo holds the objects, so their identity
    cannot pass to others while it does."""
    key = (name, *(id(o) for o in objs))
    sizes = tuple(len(o) if isinstance(o, list) else -1 for o in objs)
    with _LOCK:
        hit = _MEMO.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], objs, strict=True)) and hit[1] == sizes:
            _MEMO.move_to_end(key)
            return hit[2]
    value = build(*objs)
    with _LOCK:
        _MEMO[key] = (objs, sizes, value)
        _MEMO.move_to_end(key)
        while len(_MEMO) > _MEMO_SIZE:
            _MEMO.popitem(last=False)
    return value


def index(items: Sequence[Located]) -> OffsetIndex:
    """The ``OffsetIndex`` of a list, built on first use."""
    return memo("offsets", OffsetIndex, items)
