"""Content hashes: a document's id is derived from its canonical text, so the same article gets
the same id in every store and export."""

from __future__ import annotations

import hashlib


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def doc_id(text: str) -> str:
    return "d-" + sha256_hex(text)[:16]
