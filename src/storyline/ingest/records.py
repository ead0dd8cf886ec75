"""What ingest yields: a document read from an input, or one line saying why an input failed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.model import DateValue


@dataclass
class RawDoc:
    """One document read from an input; ``text`` is the canonical text."""

    source: str  # path as given, plus "#<id>" or "#<line>" for a record of a .jsonl/.json
    raw: bytes  # the input bytes of this document (for a .jsonl record: its line)
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    published: DateValue | None = None
    ext_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class IngestError:
    source: str
    message: str  # one line
    # an input left out on purpose (a folder's README): said, but not a failure of the run
    skipped: bool = False
