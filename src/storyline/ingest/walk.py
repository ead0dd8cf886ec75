"""Which files an input list names: files as given, folders recursively in sorted order, hidden
entries (".name") skipped, symlinked folders followed once (no loops)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.ingest.records import IngestError


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path, seen_dirs)
            elif path.exists():
                yield path
            else:
                yield IngestError(str(given), "no such file or folder")
        except OSError as exc:
            yield IngestError(str(given), f"cannot read: {exc.strerror or exc}")


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | IngestError]:
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return
        seen.add(key)
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, seen)
        else:
            yield path


def count_inputs(paths: Iterable[str | Path]) -> int:
    """Number of files the inputs name (for a progress bar; records of a .jsonl are not counted)."""
    return sum(1 for item in iter_files(paths) if isinstance(item, Path))
