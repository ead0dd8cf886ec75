"""Sparse unit vectors and their sums: the arithmetic of the story index."""

from __future__ import annotations

import math
from collections import Counter
from functools import reduce
from itertools import repeat
from operator import add, mul


class Centroid:
    """The sum of its documents' unit vectors, with its squared norm kept up to date."""

    __slots__ = ("vec", "norm2", "langs")

    def __init__(self) -> None:
        self.vec: dict[str, float] = {}
        self.norm2 = 0.0
        self.langs: Counter[str] = Counter()  # documents per language

    def add(self, vec: dict[str, float], lang: str | None = None) -> None:
        # per feature f of value v over the old one o: vec[f] = o + v, and norm2 += 2·o·v + v·v in
        # vec's order — the loop ``for f, v: o = get(f); vec[f] = o + v; norm2 += 2 * o * v + v * v``
        # to the last bit, without a Python step per feature (a merge adds whole topic centroids)
        values = list(vec.values())
        olds = list(map(self.vec.get, vec, repeat(0.0)))
        terms = map(add, map(mul, map(mul, repeat(2.0), olds), values), map(mul, values, values))
        self.norm2 = reduce(add, terms, self.norm2)
        self.vec.update(zip(vec, map(add, olds, values), strict=True))
        if lang is not None:
            self.langs[lang] += 1

    def merge(self, other: Centroid) -> None:
        self.add(other.vec)
        self.langs.update(other.langs)

    def cosine(self, unit: dict[str, float]) -> float:
        if self.norm2 <= 0:
            return 0.0
        return dot(unit, self.vec) / math.sqrt(self.norm2)

    def similarity(self, other: Centroid) -> float:
        if self.norm2 <= 0 or other.norm2 <= 0:
            return 0.0
        a, b = (self.vec, other.vec) if len(self.vec) <= len(other.vec) else (other.vec, self.vec)
        return dot(a, b) / math.sqrt(self.norm2 * other.norm2)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Of two unit vectors: their dot product, iterating over the shorter."""
    if len(a) > len(b):
        a, b = b, a
    return dot(a, b)


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Σ a[f]·b[f] over a's features in a's order — the sum a generator over ``a.items()`` gives,
    to the last bit, without a Python step per feature (topic centroids hold thousands)."""
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def shared_features(a: dict[str, float], b: dict[str, float], top: int = 6) -> list[tuple[str, float]]:
    """The features two vectors share, by their contribution to the cosine: why two documents met."""
    both = [(f, round(a[f] * b[f], 4)) for f in a if f in b]
    return sorted(both, key=lambda fw: (-fw[1], fw[0]))[:top]
