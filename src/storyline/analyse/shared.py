"""What the analysers of one document share: its sentences and tokens, computed once.

Every analyser is called as ``find(text, analysis, published)``, and several of them read the same
sentences word by word (figures, quotes and claims each tokenise every sentence; the entity tagger
splits the text into sentences again). ``of(text)`` is the document's ``Shared``: sentences split
once, and whatever else an analyser computes from the text alone (a sentence's tokens, the set of
the words it writes) memoised under a key of that analyser's choosing, so the second analyser to
ask gets the first one's result.

A ``Shared`` belongs to the text *object* (identity, not equality: two documents with the same text
compute the same things anyway), per thread (a Dask worker may analyse documents in threads), and
the last few texts are kept — an analyser that looks at a passage of the text as a string of its own
does not push the whole document out. ``analyse`` releases the document when it is done, so nothing
outlives its analysis; a direct call of one analyser (a test) leaves at most ``KEEP`` texts behind.
Memoised values are shared: whoever receives one must not change it (``phrases.tokens`` hands out a
copy of its list for that reason).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from storyline.analyse.text import razdel_sentences, split_sentences

T = TypeVar("T")

KEEP = 4  # texts remembered per thread: the document and the passages read as texts of their own

_local = threading.local()


class Shared:
    """The per-document results every analyser may reuse."""

    __slots__ = ("text", "_sentences", "_tagger_sentences", "_memo")

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: list[tuple[int, int]] | None = None
        self._tagger_sentences: list[tuple[int, int]] | None = None
        self._memo: dict[Hashable, Any] = {}

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """``text.split_sentences(text)``, split once (a fresh list for each caller to keep): razdel's
        sentences read on over the abbreviations a sentence does not end at."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.tagger_sentences)
        return list(self._sentences)

    @property
    def tagger_sentences(self) -> list[tuple[int, int]]:
        """``text.razdel_sentences(text)``: the sentences the entity tagger was trained on."""
        if self._tagger_sentences is None:
            self._tagger_sentences = razdel_sentences(self.text)
        return list(self._tagger_sentences)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, called once per document and key."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value


def _slots() -> list[Shared]:
    slots = getattr(_local, "slots", None)
    if slots is None:
        slots = _local.slots = []
    return slots


def of(text: str) -> Shared:
    """The ``Shared`` of this text object (made on first use)."""
    slots = _slots()
    for k, shared in enumerate(slots):
        if shared.text is text:
            if k:
                slots.insert(0, slots.pop(k))
            return shared
    shared = Shared(text)
    slots.insert(0, shared)
    del slots[KEEP:]
    return shared


def release(text: str) -> None:
    """Forget what was computed for this text (its analysis is complete)."""
    _local.slots = [s for s in _slots() if s.text is not text]
