"""A story's counts kept apart from its summary row, so that renaming an entity costs what it
changes, not the size of the stories its holders are in (schema 11, ``story_tallies``).

A stored story summary (``store.story_state``) is one JSON row: the centroid (thousands of
weighted features for a merged story), the features its documents hold with their counts, its
main events. An entity renamed in every copy of the news refreshes a document in some 900 stories
at 100k documents, and each refresh changes two counts of its story and, through them, the
story's reasons (``StoryIndex.reasons``: the heaviest centroid features held by two documents).
Beside the summary each story keeps a small tally row:
- ``ranked``: the first features of its centroid by weight (as the reasons order them: weight
  down, then name; 64, or more where few of those are held by two documents), each with its
  weight and how many documents hold it now. A refresh
  leaves the centroid as it is, so the reasons of a story whose counts changed are the first 40
  of these held by enough documents — exactly what sorting the whole centroid gives, as long as
  40 of them are (``reasons_from``; else the story is read whole, as before);
- ``changes``: what refreshes added to the counts since the summary row was written (feature →
  documents, country-level feature → documents, main event → documents): applied when the
  summary is read (``apply_changes``), folded in when the row is next written whole.
Pure data: no store and no index here.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping
from operator import neg
from typing import Any

REASONS = 40  # ``StoryIndex.reasons``' default ``top``
# the centroid features kept per story: as many as hold REASONS + SPARE held by enough documents
# (the spare stand in for features a refresh takes away), at least RANKED, at most RANKED_MAX. In
# a story of two or three documents most features are held by one: 64 by weight held fewer than
# 40 reasons in 2,700 of 12,900 stories at 100k documents, which were then read whole.
SPARE = 8
RANKED = 64
RANKED_MAX = 256

# a main event as a summary's ``mains`` rows hold it: type, place, day, month-day, named place
MainKey = tuple[Any, ...]


def ranked(vec: Mapping[str, float], held: Mapping[str, int], size: int) -> list[list[Any]]:
    """The first centroid features by (-weight, feature) — the order the reasons sort them in —
    as [feature, weight, documents holding it]: ``RANKED``, or more up to ``RANKED_MAX`` until
    ``REASONS + SPARE`` of them are held by enough documents to be reasons."""
    if not math.isfinite(sum(vec.values())):  # a NaN orders nothing: none kept, the story read whole
        return []
    need = 2 if size > 1 else 1
    best = heapq.nsmallest(RANKED, zip(map(neg, vec.values()), vec, strict=True))
    if len(best) == RANKED and sum(held.get(f, 0) >= need for _w, f in best) < REASONS + SPARE:
        best = heapq.nsmallest(RANKED_MAX, zip(map(neg, vec.values()), vec, strict=True))
        enough, cut = 0, len(best)
        for i, (_w, f) in enumerate(best):
            enough += held.get(f, 0) >= need
            if enough >= REASONS + SPARE and i + 1 >= RANKED:
                cut = i + 1
                break
        best = best[:cut]
    return [[f, -w, int(held.get(f, 0))] for w, f in best]


def reasons_from(
    rows: list[list[Any]], size: int, features: int, top: int = REASONS
) -> list[dict[str, Any]] | None:
    """``StoryIndex.reasons`` from a story's ranked features (``ranked``, their counts as they are
    now) and the number of features its centroid holds; None where they cannot tell: fewer than
    ``top`` of them are held by enough documents and the centroid holds more, or a weight is not
    finite (a NaN orders nothing)."""
    need = 2 if size > 1 else 1
    best = [row for row in rows if row[2] >= need][:top]
    if len(best) < top and len(rows) < features:
        return None
    # a NaN or an infinite weight makes the sum one (finite ones overflowing would only send the
    # story the long way)
    if not math.isfinite(sum([row[1] for row in rows])):
        return None
    norm = sum(w for _f, w, _n in best) or 1.0
    return [{"feature": f, "weight": round(w / norm, 3), "documents": n} for f, w, n in best]


# ------------------------------------------------------------ changes to a summary's counts


def mains_key(row: list[Any]) -> MainKey:
    """A summary's ``mains`` row (or a change's) → its event's key; rows stored before the named
    place was kept have five fields."""
    kind, place, day, md, named = row[:5] if len(row) == 6 else (*row[:4], None)
    return (kind, place, day, tuple(md) if md else None, named)


def _mains_rows(counts: Counter[MainKey]) -> list[list[Any]]:
    """``StorySummary.to_data``'s ``mains``: sorted by the key's parts as strings."""
    items = sorted(counts.items(), key=lambda item: tuple(str(v) for v in item[0]))
    return [[*k[:3], list(k[3]) if k[3] else None, k[4], n] for k, n in items]


def merge_changes(stored: dict[str, Any] | None, held: Mapping[str, int], broad: Mapping[str, int],
                  mains: Mapping[MainKey, int]) -> dict[str, Any]:  # fmt: skip
    """A tally's stored changes plus a batch's, as stored (counts that sum to nothing left out;
    the row itself says the counts were refreshed)."""
    total_held: Counter[str] = Counter((stored or {}).get("held", {}))
    total_broad: Counter[str] = Counter((stored or {}).get("broad", {}))
    total_mains: Counter[MainKey] = Counter()
    for row in (stored or {}).get("mains", []):
        total_mains[mains_key(row)] += int(row[-1])
    total_held.update(held)
    total_broad.update(broad)
    total_mains.update(mains)
    return {
        "held": {f: n for f, n in sorted(total_held.items()) if n},
        "broad": {f: n for f, n in sorted(total_broad.items()) if n},
        "mains": [r for r in _mains_rows(total_mains) if r[-1]],
    }


def apply_changes(data: dict[str, Any], changes: dict[str, Any] | None) -> dict[str, Any]:
    """A stored summary's ``data`` with its tally's changes applied, as the refreshes would have
    left it: every count that fell to nothing dropped (``StorySummary.replace`` drops them
    all once a member is refreshed), the maps in the order ``to_data`` writes them."""
    if changes is None:
        return data
    held: Counter[str] = Counter({str(f): int(n) for f, n in data.get("held", {}).items()})
    held.update(changes.get("held", {}))
    broad: Counter[str] = Counter({str(f): int(n) for f, n in data.get("broad", {}).items()})
    broad.update(changes.get("broad", {}))
    mains: Counter[MainKey] = Counter()
    for row in data.get("mains", []):
        mains[mains_key(row)] += int(row[-1])
    for row in changes.get("mains", []):
        mains[mains_key(row)] += int(row[-1])
    return {
        **data,
        "held": {f: n for f, n in sorted(held.items()) if n > 0},
        "broad": {f: n for f, n in sorted(broad.items()) if n > 0},
        "mains": _mains_rows(Counter({k: n for k, n in mains.items() if n > 0})),
    }
