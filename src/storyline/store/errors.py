"""Database failures a user can meet, as one line that says what happened and what to do.

The messages name the store and never show SQL or a traceback; the kinds matter to callers: an
ingest stops at the first ``StoreFull`` (every later document would fail the same way) and says
that what was stored is kept.
"""

from __future__ import annotations

import errno
from typing import Any


class StoreError(RuntimeError):
    """A store that cannot be used as asked; ``str()`` is the one line the user sees."""


class StoreMissing(StoreError):
    pass


class StoreLocked(StoreError):
    pass


class StoreFull(StoreError):
    pass


class StoreReadOnly(StoreError):
    pass


def describe(exc: BaseException, where: str, lock_timeout: float | None = None) -> StoreError | None:
    """The ``StoreError`` for a database or file-system exception, or None for anything else."""
    if isinstance(exc, StoreError):
        return exc
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in text:
        return StoreFull(
            f"{where}: disk full — nothing half-written was kept; free some space and run the same command again"
        )
    if "database is locked" in text or "database table is locked" in text or "due to lock timeout" in text:
        waited = f" (waited {lock_timeout:g} s)" if lock_timeout is not None else ""
        return StoreLocked(
            f"{where} is locked by another storyline command{waited}; run again when it is done, or wait "
            "longer with STORYLINE_LOCK_TIMEOUT=seconds"
        )
    if "readonly database" in text or "read-only" in text or isinstance(exc, PermissionError):
        return StoreReadOnly(
            f"{where} is read-only here: reading works, but this command needs to write; "
            "copy the store somewhere writable or fix its permissions"
        )
    if "file is not a database" in text or "not a database" in text:
        return StoreError(f"{where} is not a storyline store (not an SQLite database)")
    if "unable to open database file" in text:
        return StoreError(f"{where}: cannot open the store (does its folder exist, and may it be written?)")
    if "disk i/o error" in text or "database disk image is malformed" in text:
        return StoreError(f"{where}: the store file is damaged or unreadable ({_first_line(text)})")
    if "unique constraint failed: documents.id" in text or '"documents_pkey"' in text:
        # two ingests given the same new text at once: each read the store before the other wrote
        return StoreError(
            f"{where}: another ingest stored the same document at the same moment; run the same command "
            "again to finish (what is stored is kept, that document counts as unchanged)"
        )
    if "no such table" in text or "no such column" in text or _pg_missing_relation(text):
        return StoreError(f"{where} is not a storyline store (its tables are missing)")
    if "could not extend file" in text or "no space left on device" in text:
        return StoreFull(
            f"{where}: the database server's disk is full — nothing half-written was kept; free some space "
            "and run the same command again"
        )
    if "does not exist" in text and "database" in text:
        # not StoreMissing: that one tells the user an ingest would create it, which a server does not
        return StoreError(f"{where}: no such database on the server (create it first: createdb NAME)")
    if "connection" in text and ("refused" in text or "failed" in text or "could not" in text):
        return StoreError(f"{where}: cannot reach the database server ({_first_line(text)})")
    if "password authentication failed" in text or "no pg_hba.conf entry" in text:
        return StoreError(f"{where}: the database server refused the login ({_first_line(text)})")
    if "no such table" in text or "no such column" in text:
        return StoreError(f"{where} is not a storyline store (its tables are missing)")
    return None


def _pg_missing_relation(text: str) -> bool:
    # PostgreSQL: 'relation "documents" does not exist'
    return "relation" in text and "does not exist" in text


def _first_line(text: Any) -> str:
    return str(text).strip().splitlines()[0][:160] if str(text).strip() else "unknown error"
