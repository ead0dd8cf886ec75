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
"""

from __future__ import annotations

import json
import re
import struct
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


def _numbers_changed(a: dict[str, list[str]], b: dict[str, list[str]]) -> bool:
    return any(a[key] != b[key] for key in a.keys() & b.keys())


class Deduper:
    """Add the fingerprints of stored documents, then ask whether a new one repeats any of them.
    Matching queries the LSH buckets only (never all pairs): a few ms for thousands of documents."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._prints: dict[str, _Print] = {}
        self._order: dict[str, int] = {}  # ties go to the earliest document, whatever the set order

    def __len__(self) -> int:
        return len(self._prints)

    def add(self, doc_id: str, fp: bytes) -> None:
        if doc_id in self._prints:
            return
        parsed = _parse(fp)
        self._prints[doc_id] = parsed
        self._order[doc_id] = len(self._order)
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
