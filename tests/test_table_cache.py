"""Tables kept on disk between processes (storyline.table_cache): built once, read back the same,
built again when the file is damaged or the folder cannot be written, never an error."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline import table_cache
from storyline.names import gazetteers


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE", str(folder))
    yield folder


def counted_table() -> tuple[list[int], object]:
    """A table function that counts how often it is really built."""
    built: list[int] = []

    def towns(country: str) -> dict[str, tuple[int, str]]:
        built.append(1)
        return {"velmora": (7, country), "kostrava": (11, country)}

    return built, table_cache.stored_table(towns)


def test_built_once_then_read_from_disk(cache_dir: Path) -> None:
    built, towns = counted_table()
    first = towns("XA")
    towns.cache_clear()  # what a new process sees: nothing in memory
    again = towns("XA")
    assert first == again == {"velmora": (7, "XA"), "kostrava": (11, "XA")}
    assert len(built) == 1
    assert len(list(cache_dir.glob("*.marshal"))) == 1


def test_arguments_have_files_of_their_own(cache_dir: Path) -> None:
    built, towns = counted_table()
    assert towns("XA")["velmora"] == (7, "XA")
    assert towns("XB")["velmora"] == (7, "XB")
    assert len(built) == 2
    assert len(list(cache_dir.glob("*.marshal"))) == 2


def test_a_damaged_file_is_built_again(cache_dir: Path) -> None:
    built, towns = counted_table()
    towns("XA")
    (path,) = cache_dir.glob("*.marshal")
    data = path.read_bytes()
    path.write_bytes(data[:-3] + b"zzz")  # same length, other bytes: the checksum tells
    towns.cache_clear()
    assert towns("XA") == {"velmora": (7, "XA"), "kostrava": (11, "XA")}
    assert len(built) == 2
    path.write_bytes(data[: len(data) // 2])  # cut short
    towns.cache_clear()
    assert towns("XA")["kostrava"] == (11, "XA")
    assert len(built) == 3
    assert table_cache.read(path) == (True, {"velmora": (7, "XA"), "kostrava": (11, "XA")})


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STORYLINE_CACHE", str(blocker / "cache"))
    built, towns = counted_table()
    assert towns("XA")["velmora"] == (7, "XA")
    towns.cache_clear()
    assert towns("XA")["velmora"] == (7, "XA")
    assert len(built) == 2  # built each time, as before there was a cache


def test_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built, towns = counted_table()
    towns("XA")
    towns.cache_clear()
    towns("XA")
    assert len(built) == 2
    assert not list(tmp_path.rglob("*.marshal"))


def test_earlier_states_are_kept_but_the_last_used_few(cache_dir: Path) -> None:
    """Two checkouts or versions on one machine keep their own tables; older states go."""
    built, towns = counted_table()
    towns("XA")
    (path,) = cache_dir.glob("*.marshal")
    stem, digest, suffix = path.name.rsplit(".", 2)
    now = time.time()
    states = {}
    for k, age in enumerate((300, 200, 100)):  # as if written by earlier states of the code
        states[k] = cache_dir / f"{stem}.{str(k) * len(digest)}.{suffix}"
        states[k].write_bytes(path.read_bytes())
        os.utime(states[k], (now - age, now - age))
    path.unlink()
    towns.cache_clear()
    towns("XA")
    assert len(built) == 2
    kept = {p.name for p in cache_dir.glob("*.marshal")}
    assert len(kept) == table_cache.KEEP_STATES
    assert kept == {path.name, states[1].name, states[2].name}  # the oldest one used went


def test_a_table_read_counts_as_used(cache_dir: Path) -> None:
    built, towns = counted_table()
    towns("XA")
    (path,) = cache_dir.glob("*.marshal")
    os.utime(path, (1_000_000, 1_000_000))
    towns.cache_clear()  # a new process
    towns("XA")
    assert len(built) == 1
    assert path.stat().st_mtime > 1_000_000


def test_the_city_table_reads_back_as_built(cache_dir: Path) -> None:
    build = gazetteers.cities.build  # the function itself, neither cache
    built = build()
    gazetteers.cities.cache_clear()
    try:
        assert gazetteers.cities() == built  # built and written
        gazetteers.cities.cache_clear()
        (path,) = cache_dir.glob("storyline.names.gazetteers.cities.*.marshal")
        assert table_cache.read(path) == (True, built)
        assert gazetteers.cities() == built  # read back
    finally:
        gazetteers.cities.cache_clear()


def test_the_digest_reads_the_language_data_and_the_name_code(tmp_path: Path) -> None:
    files = table_cache.source_files(gazetteers.__file__)
    names = {(p.parent.name, p.name) for p in files}
    assert ("entities", "common.toml") in names  # the words of "New <X>" the city table reads
    assert ("names", "gazetteers.py") in names and ("names", "keys.py") in names
    copies = []
    for path in files[:3]:
        copy = tmp_path / path.name
        copy.write_bytes(path.read_bytes())
        copies.append(copy)
    before = table_cache.files_digest(copies)
    copies[1].write_bytes(copies[1].read_bytes() + b"\n")
    assert table_cache.files_digest(copies) != before
