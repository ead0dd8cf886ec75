"""Which files an input list names: files as given, folders recursively in sorted order, hidden
entries (".name") skipped, a folder's own documentation (README, LICENSE, CHANGELOG: the notes
that come with a downloaded corpus, never an article) skipped with a line saying so unless named
as a file, symlinks followed (a folder reached twice is walked once, so a link
loop ends), only regular files read (a named pipe or a device would block or never end), and
never the files of the store being written (a link into its folder must not feed the live
database to itself).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.ingest.records import IngestError

FileKey = tuple[int, int]

# Stems of the files a corpus folder carries about itself; read as an article, a README's answer
# key or a licence becomes a junk document with its own events and figures.
FOLDER_NOTES = frozenset({"readme", "license", "licence", "copying", "changelog", "notice"})


def iter_files(paths: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Iterator[Path | IngestError]:
    seen_dirs: set[FileKey] = set()
    excluded = _Excluded(exclude)
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                yield from _walk(path, seen_dirs, excluded)
            elif not path.exists():
                yield IngestError(str(given), "no such file or folder")
            elif excluded.holds(path):
                yield IngestError(str(given), "this is the store being written, skipped")
            else:
                yield _regular(path)
        except OSError as exc:
            yield IngestError(str(given), f"cannot read: {exc.strerror or exc}")


def _regular(path: Path) -> Path | IngestError:
    try:
        mode = path.stat().st_mode  # follows a symlink: what matters is what it leads to
    except FileNotFoundError:
        return path  # vanished since the folder was listed: the reader says so
    if stat.S_ISREG(mode):
        return path
    kind = (
        "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device or special file"
    )
    return IngestError(str(path), f"not a regular file ({kind}), skipped")


def _walk(folder: Path, seen: set[FileKey], excluded: _Excluded) -> Iterator[Path | IngestError]:
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
            if entry.is_dir():
                yield from _walk(path, seen, excluded)
            elif entry.is_symlink() and not path.exists():
                yield IngestError(str(path), "broken symbolic link, skipped")
            elif entry.name.split(".")[0].lower() in FOLDER_NOTES:
                yield IngestError(
                    str(path),
                    "the folder's own notes, not an article (name the file to ingest it)",
                    skipped=True,
                )
            elif not excluded.holds(path):  # the store's own files are no input: skipped quietly
                yield _regular(path)
        except OSError as exc:
            yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")


class _Excluded:
    """The store's files, compared by identity (device, inode), so that any path or link to
    them matches; files SQLite creates later (-wal, -shm) are matched by their resolved path."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.paths = {Path(os.path.realpath(p)) for p in paths}
        self.keys: set[FileKey] = set()
        for p in self.paths:
            try:
                st = p.stat()
                self.keys.add((st.st_dev, st.st_ino))
            except OSError:
                continue

    def holds(self, path: Path) -> bool:
        if not self.paths:
            return False
        if Path(os.path.realpath(path)) in self.paths:
            return True
        try:
            st = path.stat()
        except OSError:
            return False
        return (st.st_dev, st.st_ino) in self.keys


def count_inputs(paths: Iterable[str | Path], exclude: Iterable[Path] = ()) -> int:
    """Number of files the inputs name (for a progress bar; records of a .jsonl are not counted)."""
    return sum(1 for item in iter_files(paths, exclude) if isinstance(item, Path))
