"""Disjoint sets, shared by entity linking, story grouping and the report's graph layout."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    """Union by smallest key, so the representative of a group does not depend on union order."""

    def __init__(self, items: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {x: x for x in items}

    def find(self, x: K) -> K:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # type: ignore[type-var]

    def groups(self) -> list[list[K]]:
        """All groups, largest first, then by smallest member; members in sorted order."""
        out: dict[K, list[K]] = {}
        for x in sorted(self.parent):  # type: ignore[type-var]
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values(), key=lambda g: (-len(g), g[0]))
