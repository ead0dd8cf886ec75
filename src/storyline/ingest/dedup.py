"""Near-duplicates and versions, near-linear: MinHash over word shingles + LSH buckets.

A fingerprint holds two things:
- a MinHash of the text's word 3-shingles with every number replaced by one placeholder, so
  two texts that differ only in their figures look identical here;
- the numbers in their context: for every number, the word before and the word after it (on the
  same line) as keys. Two near-identical texts whose numbers differ in a shared context
  ("погибли 12" / "погибли 14") are versions: the facts changed. Numbers in contexts that only one
  text has (a different footer, a new phone number) do not make a version.

Format (all little-endian): b"SLF1", uint16 number of permutations, uint64 × permutations (the
MinHash values), then UTF-8 JSON ``{"n": {context: [numbers…]}, "e": bool}``.

A store keeps each fingerprint's LSH band keys (``band_keys``: the bands ``MinHashLSH`` itself
cuts), so a ``Deduper`` given the store's lookup reads only the stored documents that share a
band with the text asked about — never every stored fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.8  # estimated Jaccard over shingles for "the same text"
SHINGLE = 3
MAGIC = b"SLF1"
SCHEME = "affine32"  # datasketch 2 hashing scheme; part of the "SLF1" format (values from other schemes never compare)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class DedupMatch:
    kind: Literal["duplicate", "version"]
    of: str
    similarity: float


@dataclass
class _Print:
    hashvalues: np.ndarray
    numbers: dict[str, list[str]]
    empty: bool


def _shingles(text: str) -> tuple[list[bytes], dict[str, list[str]]]:
    numbers: dict[str, list[str]] = {}
    words: list[str] = []
    for line in text.split("\n"):
        tokens = _TOKEN.findall(line.lower())
        for i, tok in enumerate(tokens):
            if _NUMBER.fullmatch(tok):
                value = tok.replace(",", ".")
                before = tokens[i - 1] if i > 0 and not _NUMBER.fullmatch(tokens[i - 1]) else ""
                after = tokens[i + 1] if i + 1 < len(tokens) and not _NUMBER.fullmatch(tokens[i + 1]) else ""
                if before:
                    numbers.setdefault("<" + before, []).append(value)
                if after:
                    numbers.setdefault(">" + after, []).append(value)
                words.append("#")
            else:
                words.append(tok)
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    return [g.encode("utf-8") for g in set(grams)], {k: sorted(v) for k, v in numbers.items()}


def fingerprint(text: str) -> bytes:
    grams, numbers = _shingles(text)
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    if grams:
        mh.update_batch(grams)
    payload = json.dumps({"n": numbers, "e": not grams}, ensure_ascii=False, separators=(",", ":"))
    values = np.asarray(mh.hashvalues, dtype="<u8")
    return MAGIC + struct.pack("<H", NUM_PERM) + values.tobytes() + payload.encode("utf-8")


def _parse(fp: bytes) -> _Print:
    if not fp.startswith(MAGIC):
        raise ValueError("not a storyline fingerprint")
    (num_perm,) = struct.unpack_from("<H", fp, 4)
    end = 6 + 8 * num_perm
    values = np.frombuffer(fp[6:end], dtype="<u8").astype(np.uint64)
    payload = json.loads(fp[end:].decode("utf-8"))
    return _Print(values, payload["n"], bool(payload["e"]))


_BANDS = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges  # the LSH's own (start, end)


def band_keys(fp: bytes) -> list[str]:
    """The fingerprint's LSH band keys (none for an empty text or one of another length): two
    texts that share one are the candidates ``MinHashLSH`` would pair."""
    try:
        parsed = _parse(fp)
    except (ValueError, struct.error, UnicodeDecodeError):
        return []
    if parsed.empty or len(parsed.hashvalues) != NUM_PERM:
        return []
    values = parsed.hashvalues.astype("<u8")
    return [
        f"{i}:{hashlib.blake2b(values[start:end].tobytes(), digest_size=12).hexdigest()}"
        for i, (start, end) in enumerate(_BANDS)
    ]


StoredPrints = Callable[[list[str]], Iterable[tuple[int, str, bytes]]]


def _numbers_changed(a: dict[str, list[str]], b: dict[str, list[str]]) -> bool:
    return any(a[key] != b[key] for key in a.keys() & b.keys())


class Deduper:
    """Add the fingerprints of stored documents, then ask whether a new one repeats any of them.
    Matching queries the LSH buckets only (never all pairs): a few ms for thousands of documents.
    ``stored``: the store's lookup by band keys (seq, id, fingerprint of the documents holding
    any of them) — stored documents are then read as a match needs them, not added up front."""

    def __init__(self, threshold: float = THRESHOLD, stored: StoredPrints | None = None) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._prints: dict[str, _Print] = {}
        self._order: dict[str, int] = {}  # ties go to the earliest document, whatever the set order
        self._stored = stored
        self._next = 1 << 62 if stored else 0  # documents added here come after every stored one

    def __len__(self) -> int:
        return len(self._prints)

    def add(self, doc_id: str, fp: bytes, order: int | None = None) -> None:
        if doc_id in self._prints:
            return
        parsed = _parse(fp)
        self._prints[doc_id] = parsed
        if order is None:
            order, self._next = self._next, self._next + 1
        self._order[doc_id] = order
        if not parsed.empty:
            self._lsh.insert(doc_id, self._minhash(parsed))

    def remove(self, doc_id: str) -> None:
        """Forget a document (one reserved for this run but never stored)."""
        parsed = self._prints.pop(doc_id, None)
        self._order.pop(doc_id, None)
        if parsed is not None and not parsed.empty:
            self._lsh.remove(doc_id)

    def match(self, fp: bytes) -> DedupMatch | None:
        parsed = _parse(fp)
        if parsed.empty:
            return None
        if self._stored is not None:  # the stored documents sharing a band, in the order stored
            for seq, doc, stored_fp in sorted(self._stored(band_keys(fp))):
                if doc not in self._prints:
                    self.add(doc, stored_fp, order=seq)
        best: tuple[float, int, str] | None = None
        for candidate in self._lsh.query(self._minhash(parsed)):
            similarity = float(np.mean(self._prints[candidate].hashvalues == parsed.hashvalues))
            key = (similarity, -self._order[candidate], candidate)
            if similarity >= self.threshold and (best is None or key > best):
                best = key
        if best is None:
            return None
        similarity, _, of = best
        kind: Literal["duplicate", "version"] = (
            "version" if _numbers_changed(parsed.numbers, self._prints[of].numbers) else "duplicate"
        )
        return DedupMatch(kind=kind, of=of, similarity=round(similarity, 3))

    @staticmethod
    def _minhash(parsed: _Print) -> MinHash:
        return MinHash(num_perm=len(parsed.hashvalues), hashvalues=parsed.hashvalues, scheme=SCHEME)
