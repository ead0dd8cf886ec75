"""The dense side of the story index: documents' lead vectors, their nearest neighbours and the
sums of stories and topics.

Raw e5 vectors of news leads all point one way (any two news leads score ≈ 0.8), so each is first
centred on a fixed background — the mean lead vector of a varied news corpus, shipped with the
models (``models/embedding_background.npy``, written by ``make models``) — and normalised again:
then unrelated leads score about 0 and leads of one happening well above it, in any pair of
languages. A fixed background keeps a document's vector independent of what else is stored.

Two leads in one language score higher than two in different languages whatever they tell (on
the BSNLP topics, leads of different topics: median 0.17 in one language, 0.04 across two; of one
topic: 0.44 against 0.25): the model's vectors carry their language. That share is taken off
every comparison of two documents in one language (``SAME_LANGUAGE``), and off a document's
comparison with a group in proportion to the group's documents in its language.

Nearest neighbours are found by one matrix product over the most recent ``SCAN`` documents: the
cost per new document is bounded however large the store grows, and the same story's reports
arrive close together in time.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources

import numpy as np

from storyline.analyse.embedding import decode_vector

SCAN = 10_000  # most recent documents searched for neighbours: weeks of news at hundreds a day;
# a fixed count, so an incremental batch reads as many leads whatever the size of the store
NEIGHBOURS = 24  # neighbours returned as candidates
MIN_NEIGHBOUR = 0.2  # … when at least this alike
SAME_LANGUAGE = 0.13  # what one language adds to the cosine of two leads (measured on BSNLP)


@cache
def background() -> np.ndarray | None:
    path = resources.files("storyline") / "models" / "embedding_background.npy"
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        return np.load(fh).astype(np.float32)


def centred(packed: str | None) -> np.ndarray | None:
    """A document's stored vector, centred on the background and of unit length."""
    vec = decode_vector(packed)
    if vec is None:
        return None
    mean = background()
    if mean is not None and mean.shape == vec.shape:
        vec = vec - mean
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else None


class EmbeddingSpace:
    """Centred unit vectors by document, a matrix of them in arrival order, and group sums."""

    def __init__(self) -> None:
        self.vectors: dict[str, np.ndarray] = {}
        self.langs: dict[str, str] = {}
        self.group_langs: dict[str, Counter[str]] = {}  # group → documents per language
        self._ids: list[str] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self.sums: dict[str, np.ndarray] = {}  # group (story or topic) → sum of its documents' vectors

    def __contains__(self, doc: str) -> bool:
        return doc in self.vectors

    def add(self, doc: str, packed: str | None, lang: str | None = None) -> np.ndarray | None:
        vec = centred(packed)
        if vec is None or doc in self.vectors:
            return vec
        self.vectors[doc] = vec
        self.langs[doc] = lang or "?"
        if self._matrix.shape[0] <= len(self._ids):
            grown = np.zeros((max(64, 2 * self._matrix.shape[0]), vec.shape[0]), dtype=np.float32)
            if self._ids:
                grown[: len(self._ids)] = self._matrix[: len(self._ids)]
            self._matrix = grown
        self._matrix[len(self._ids)] = vec
        self._ids.append(doc)
        return vec

    def put(self, doc: str, packed: str | None, lang: str | None = None) -> None:
        """A document's vector for similarities and group sums only: an older document that a
        partial index loads lies outside the neighbour search anyway."""
        vec = centred(packed)
        if vec is not None and doc not in self.vectors:
            self.vectors[doc] = vec
            self.langs[doc] = lang or "?"

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vectors.get(a), self.vectors.get(b)
        if va is None or vb is None:
            return 0.0
        return float(va @ vb) - (SAME_LANGUAGE if self.langs[a] == self.langs[b] else 0.0)

    def neighbours(self, vec: np.ndarray, skip: str) -> list[tuple[float, str]]:
        n = len(self._ids)
        first = max(0, n - SCAN)
        if n - first <= 0:
            return []
        sims = self._matrix[first:n] @ vec  # plain cosines: candidates only, scored later
        k = min(NEIGHBOURS, sims.shape[0])
        top = np.argpartition(-sims, k - 1)[:k]
        return sorted(
            (
                (float(sims[i]), self._ids[first + i])
                for i in top
                if sims[i] >= MIN_NEIGHBOUR and self._ids[first + i] != skip
            ),
            reverse=True,
        )

    # ------------------------------------------------------------ groups

    def join(self, group: str, doc: str) -> None:
        vec = self.vectors.get(doc)
        if vec is not None:
            self.sums[group] = self.sums[group] + vec if group in self.sums else vec.copy()
            self.group_langs.setdefault(group, Counter())[self.langs[doc]] += 1

    def merge(self, keep: str, gone: str) -> None:
        if gone in self.sums:
            self.sums[keep] = (
                self.sums[keep] + self.sums.pop(gone) if keep in self.sums else self.sums.pop(gone)
            )
            self.group_langs.setdefault(keep, Counter()).update(self.group_langs.pop(gone, Counter()))

    def group_cosine(self, group: str, doc: str) -> float:
        """The document against the group's mean direction."""
        vec, total = self.vectors.get(doc), self.sums.get(group)
        if vec is None or total is None:
            return 0.0
        norm = float(np.linalg.norm(total))
        if norm <= 0:
            return 0.0
        langs = self.group_langs[group]
        return float(vec @ total) / norm - SAME_LANGUAGE * langs[self.langs[doc]] / sum(langs.values())

    def groups_cosine(self, a: str, b: str) -> float:
        sa, sb = self.sums.get(a), self.sums.get(b)
        if sa is None or sb is None:
            return 0.0
        norm = float(np.linalg.norm(sa) * np.linalg.norm(sb))
        if norm <= 0:
            return 0.0
        la, lb = self.group_langs[a], self.group_langs[b]
        same = sum(la[k] * lb[k] for k in la) / (sum(la.values()) * sum(lb.values()))
        return float(sa @ sb) / norm - SAME_LANGUAGE * same
