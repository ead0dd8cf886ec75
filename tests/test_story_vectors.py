"""Centroid arithmetic: sums kept as documents join and topics merge, to the last bit of the plain
per-feature loop (stored centroids and squared norms are compared and written exactly)."""

from __future__ import annotations

import random
from collections import Counter

from storyline.link.story_vectors import Centroid


def _by_loop(
    start: dict[str, float], norm2: float, vectors: list[dict[str, float]]
) -> tuple[dict[str, float], float]:
    vec = dict(start)
    for other in vectors:
        for f, v in other.items():
            old = vec.get(f, 0.0)
            vec[f] = old + v
            norm2 += 2 * old * v + v * v
    return vec, norm2


def _unit(rng: random.Random, features: list[str]) -> dict[str, float]:
    vec = {f: rng.uniform(0.01, 3.0) for f in rng.sample(features, rng.randrange(1, len(features)))}
    norm = sum(v * v for v in vec.values()) ** 0.5
    return {f: v / norm for f, v in vec.items()}


def test_sums_and_squared_norm_are_those_of_the_per_feature_loop() -> None:
    rng = random.Random(11)
    features = [f"e:q{i}" for i in range(60)] + [f"w:term{i}-de" for i in range(40)]
    vectors = [_unit(rng, features) for _ in range(200)]
    centroid = Centroid()
    for i, vec in enumerate(vectors):
        centroid.add(vec, "de" if i % 3 else "pt")
    expected, norm2 = _by_loop({}, 0.0, vectors)
    assert centroid.vec == expected and list(centroid.vec) == list(expected)  # values and order
    assert centroid.norm2 == norm2  # exactly, not approximately
    assert centroid.langs == Counter({"de": 133, "pt": 67})


def test_a_merge_adds_the_other_sum_as_the_loop_would() -> None:
    rng = random.Random(5)
    features = [f"x:fire@p{i}" for i in range(30)] + [f"d:2031-04-{i:02d}" for i in range(1, 29)]
    keep, gone = Centroid(), Centroid()
    for _ in range(40):
        keep.add(_unit(rng, features), "fi")
        gone.add(_unit(rng, features[10:]), "sv")
    start, norm2 = dict(keep.vec), keep.norm2
    keep.merge(gone)
    expected, expected_norm2 = _by_loop(start, norm2, [gone.vec])
    assert keep.vec == expected and keep.norm2 == expected_norm2
    assert keep.langs == Counter({"fi": 40, "sv": 40})
