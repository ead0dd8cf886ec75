"""What a story holds in sum: the counts the story index asks of a story, kept as documents join
and merged when stories merge, so that a stored story is compared with a new document by one row
instead of by reading every document of it.

A story's centroid (``Centroid``) and span sit beside this in the index; here are the rest:
- ``size`` and ``first`` (the place in the index of its oldest document: its age);
- ``held``: feature → documents holding it — what the story holds in common (a third of its
  documents) and which shared features explain it (``StoryIndex.reasons``);
- ``broad``: country-level feature → documents marking it (``DocSignals.broad``): a story's
  main place that is a country is too coarse to conflict with a town or region;
- ``mains``: each main event its documents report → how many report it, from which the story's
  main event is taken (``representative_of``);
- ``fresh``: how many documents the index held when the story's centroid was last summed from
  its documents' vectors. The vectors carry the weights of their time; a stored story whose
  index has since grown by more than ``SUMMARY_REFRESH`` is summed again from its documents when
  it is next read (``stale``), as every load did before summaries were stored; the story's row
  keeps the new sums when the story next changes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from storyline.link.story_features import DocSignals, MainEvent

# type, place, day, month-day, named place (``MainEvent``)
MainKey = tuple[str, str | None, int | None, tuple[int, int] | None, str | None]
SUMMARY_REFRESH = 1.1  # a stored centroid is summed again once the index has grown by a tenth


class StorySummary:
    __slots__ = ("size", "first", "held", "mains", "fresh", "broad")

    def __init__(self, fresh: int = 0) -> None:
        self.fresh = fresh
        self.size = 0
        self.first: int | None = None
        self.held: Counter[str] = Counter()
        self.mains: Counter[MainKey] = Counter()
        self.broad: Counter[str] = Counter()

    def add(self, sig: DocSignals, seq: int) -> None:
        self.size += 1
        self.first = seq if self.first is None else min(self.first, seq)
        self.held.update(sig.features.keys())
        self.broad.update(sig.broad)
        if sig.main is not None:
            self.mains[main_key(sig.main)] += 1

    def replace(self, old: DocSignals, new: DocSignals) -> None:
        """A member's features and main event changed (its entities were relinked)."""
        lost = [f for f in old.features if f not in new.features]
        self.held.subtract(lost)
        self.held.update(f for f in new.features if f not in old.features)
        unmarked = [f for f in old.broad if f not in new.broad]
        self.broad.subtract(unmarked)
        self.broad.update(f for f in new.broad if f not in old.broad)
        before = main_key(old.main) if old.main is not None else None
        if before is not None:
            self.mains[before] -= 1
        if new.main is not None:
            self.mains[main_key(new.main)] += 1
        # counts that fell to nothing go, as ``+counter`` drops them: the lowered ones in place,
        # and a copy only where another count is not positive (a row stored so): ``+counter`` is
        # a Python loop over the thousands of features a merged story holds, run once per member
        # refreshed (1,536 members at 100k documents, when an entity of every copy was renamed)
        self.held = _positive(self.held, lost)
        self.mains = _positive(self.mains, [before] if before is not None else [])
        self.broad = _positive(self.broad, unmarked)

    def apply(self, held: Counter[str], broad: Counter[str], mains: Counter[MainKey]) -> None:
        """Counts that refreshes changed (``changes_of``, summed), applied at once: what
        ``replace`` leaves after each in turn (every count that fell to nothing dropped)."""
        self.held.update(held)
        self.broad.update(broad)
        self.mains.update(mains)
        self.held, self.broad, self.mains = +self.held, +self.broad, +self.mains

    def merge(self, other: StorySummary) -> None:
        """The two stories' documents together: every count is a sum, the age the elder's."""
        self.size += other.size
        self.fresh = min(self.fresh, other.fresh)  # the staler part decides
        if other.first is not None:
            self.first = other.first if self.first is None else min(self.first, other.first)
        self.held.update(other.held)
        self.broad.update(other.broad)
        self.mains.update(other.mains)

    def stale(self, indexed: int) -> bool:
        return indexed > self.fresh * SUMMARY_REFRESH

    def common(self, feature: object, share: float) -> bool:
        return isinstance(feature, str) and self.held.get(feature, 0) >= share * self.size

    def main(self) -> MainEvent | None:
        return representative_of(self.mains)

    # ------------------------------------------------------------ as plain data

    def to_data(self) -> dict[str, Any]:
        return {
            "fresh": self.fresh,
            "held": dict(sorted(self.held.items())),
            "broad": dict(sorted(self.broad.items())),
            "mains": [
                [*k[:3], list(k[3]) if k[3] else None, k[4], n]
                for k, n in sorted(self.mains.items(), key=_order)
            ],
        }

    @classmethod
    def from_data(cls, size: int, first: int | None, data: dict[str, Any]) -> StorySummary:
        out = cls(int(data.get("fresh", 0)))
        out.size, out.first = int(size), None if first is None else int(first)
        held = data.get("held", {})
        # decoded JSON: string keys, and counts that are ints as written — copied in C (a batch
        # that reaches many stories reads thousands of features held per story)
        ints = set(map(type, held.values())) <= {int}
        out.held = Counter(held) if ints else Counter({str(f): int(n) for f, n in held.items()})
        # a row stored before documents marked their country-level features has none
        out.broad = Counter({str(f): int(n) for f, n in data.get("broad", {}).items()})
        for row in data.get("mains", []):
            # rows stored before the named place was kept have no fifth field
            kind, place, day, md, named, n = row if len(row) == 6 else (*row[:4], None, row[4])
            out.mains[(kind, place, day, tuple(md) if md else None, named)] += int(n)
        return out


def _positive(counts: Counter[Any], lowered: list[Any]) -> Counter[Any]:
    """``+counts`` (the positive counts, in their order), where only the ``lowered`` keys are
    likely to have fallen to nothing: those are dropped in place, the rest checked in C."""
    for key in lowered:
        if counts.get(key, 1) <= 0:
            del counts[key]
    if counts and min(counts.values()) <= 0:
        return +counts
    return counts


def changes_of(old: DocSignals, new: DocSignals) -> tuple[Counter[str], Counter[str], Counter[MainKey]]:
    """What ``replace`` changes in its story's counts (features held, country-level features,
    main events), for a story whose summary is not read (``story_tally``)."""
    # set differences in C: a refreshed document holds some 300 features, a rename changes one
    held: Counter[str] = Counter(new.features.keys() - old.features.keys())
    held.subtract(old.features.keys() - new.features.keys())
    broad: Counter[str] = Counter(new.broad - old.broad)
    broad.subtract(old.broad - new.broad)
    mains: Counter[MainKey] = Counter()
    if old.main is not None:
        mains[main_key(old.main)] -= 1
    if new.main is not None:
        mains[main_key(new.main)] += 1
    return held, broad, mains


def stale(data: dict[str, Any], indexed: int) -> bool:
    """``StorySummary.stale`` of a stored summary, without decoding its counts."""
    return indexed > int(data.get("fresh", 0)) * SUMMARY_REFRESH


def main_key(main: MainEvent) -> MainKey:
    md = tuple(main.month_day) if main.month_day else None
    return (main.type, main.place, main.day, md, main.named)  # type: ignore[return-value]


def _order(item: tuple[MainKey, int]) -> tuple[str, ...]:
    return tuple(str(v) for v in item[0])


def representative_of(mains: Counter[MainKey]) -> MainEvent | None:
    """``story_features.representative`` over counted main events: the kind most documents
    report, with the place, day and month-day most of those name (ties as it breaks them)."""
    kinds: Counter[str] = Counter()
    for key, n in mains.items():
        kinds[key[0]] += n
    if not kinds:
        return None
    kind = max(kinds, key=lambda k: (kinds[k], k))
    same = [(key, n) for key, n in mains.items() if key[0] == kind]

    def most(part: int) -> Any:
        counts: Counter[Any] = Counter()
        for key, n in same:
            if key[part] is not None:
                counts[key[part]] += n
        return max(counts, key=lambda v: (counts[v], str(v))) if counts else None

    return MainEvent(kind, most(1), most(2), most(3), most(4))
