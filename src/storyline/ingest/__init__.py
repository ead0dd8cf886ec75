"""ingest: inputs → documents with a canonical text, and near-duplicate detection.

    for item in iter_inputs(["articles/"]):
        if isinstance(item, IngestError): report(item.source, item.message)
        else: store(doc_id(item.text), item)

See ``readers`` for file types, ``clean`` for the canonical-text rules, ``dedup`` for versions.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Each name is imported from its module when first asked for: importing one light submodule
# (``ingest.source_names`` for the linker, ``ingest.ids``) must not load the readers' and the
# deduplicator's libraries (wordfreq, datasketch, scipy), which cost seconds on a read command.
_WHERE = {
    "canonicalize": "clean",
    "Deduper": "dedup",
    "DedupMatch": "dedup",
    "fingerprint": "dedup",
    "doc_id": "ids",
    "sha256_hex": "ids",
    "iter_inputs": "readers",
    "IngestError": "records",
    "RawDoc": "records",
    "count_inputs": "walk",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"storyline.ingest.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DedupMatch",
    "Deduper",
    "IngestError",
    "RawDoc",
    "canonicalize",
    "count_inputs",
    "doc_id",
    "fingerprint",
    "iter_inputs",
    "sha256_hex",
]
