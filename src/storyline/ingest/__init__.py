"""ingest: inputs → documents with a canonical text, and near-duplicate detection.

    for item in iter_inputs(["articles/"]):
        if isinstance(item, IngestError): report(item.source, item.message)
        else: store(doc_id(item.text), item)

See ``readers`` for file types, ``clean`` for the canonical-text rules, ``dedup`` for versions.
"""

from storyline.ingest.clean import canonicalize
from storyline.ingest.dedup import Deduper, DedupMatch, fingerprint
from storyline.ingest.ids import doc_id, sha256_hex
from storyline.ingest.readers import iter_inputs
from storyline.ingest.records import IngestError, RawDoc
from storyline.ingest.walk import count_inputs

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
