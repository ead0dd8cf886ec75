"""storyline.lemma_tables: simplemma's lists read from tries on disk give what its dicts give."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies import DictionaryLookupStrategy
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from storyline import lemma_tables

LANG = "sl"  # a small list (157,000 forms): built in a second


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of this test's own, the module's caches emptied before and after."""
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    _clear()
    yield tmp_path
    _clear()


def _clear() -> None:
    for fn in (lemma_tables._folder, lemma_tables.factory, lemma_tables.lookup, lemma_tables.lemmatizer,
               lemma_tables.forms):  # fmt: skip
        fn.cache_clear()


def _words() -> list[str]:
    """Every 97th form of the list, with its capitalised and upper-case spellings."""
    forms = [k.decode() for k in list(lemma_tables.entries(LANG))[::97]]
    return [w for f in forms for w in (f, f.capitalize(), f.upper())] + ["Ljubljani", "vladi", "xyzzy"]


def test_lookups_and_lemmas_are_the_dicts(folder: Path) -> None:
    plain = DictionaryLookupStrategy(DEFAULT_DICTIONARY_FACTORY)
    words = _words()
    assert [lemma_tables.lookup().get_lemma(w, LANG) for w in words] == [
        plain.get_lemma(w, LANG) for w in words
    ]
    assert [lemma_tables.lemmatize(w, LANG) for w in words] == [
        simplemma.lemmatize(w, lang=LANG) for w in words
    ]
    kept = sorted(p.name for p in next(folder.iterdir()).iterdir())
    assert kept == [f"{LANG}.dic"]  # the trie is on disk, no temporary file left


def test_dictionary_forms_are_the_lists_values(folder: Path) -> None:
    values = {v.decode() for v in lemma_tables.entries(LANG).values()}
    forms = lemma_tables.forms(LANG)
    sample = sorted(values)[::50] + [w + "qq" for w in sorted(values)[::500]]
    assert [w in forms for w in sample] == [w in values for w in sample]
    lemma_tables.forms.cache_clear()  # read back from the file
    assert [w in lemma_tables.forms(LANG) for w in sample] == [w in values for w in sample]


def test_a_damaged_file_is_built_again(folder: Path) -> None:
    sub = lemma_tables._folder()
    assert sub is not None
    (sub / f"{LANG}.forms").write_bytes(b"half a trie")
    (sub / f"{LANG}.dic").write_bytes(b"half a trie")
    assert "vlada" in lemma_tables.forms(LANG)
    assert lemma_tables.lookup().get_lemma("vladi", LANG) == DictionaryLookupStrategy().get_lemma(
        "vladi", LANG
    )
    assert (sub / f"{LANG}.forms").stat().st_size > 1000


def test_without_a_cache_folder_the_dicts_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    _clear()
    try:
        assert lemma_tables.factory() is DEFAULT_DICTIONARY_FACTORY
        assert "vlada" in lemma_tables.forms(LANG)
    finally:
        _clear()


def _build(folder: str) -> str | None:
    import os

    os.environ["STORYLINE_CACHE"] = folder
    from storyline import lemma_tables as tables

    return tables.lookup().get_lemma("vladi", LANG)


def test_two_processes_building_one_list_at_once(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        got = pool.map(_build, [str(tmp_path)] * 2)
    assert got[0] == got[1] == DictionaryLookupStrategy().get_lemma("vladi", LANG)
    files = sorted(p.name for p in next(tmp_path.iterdir()).iterdir())
    assert files == [f"{LANG}.dic"]


def test_folders_of_other_versions_are_pruned_but_the_last_used(folder: Path) -> None:
    """An upgrade leaves the old tries behind: the folders of the two versions used last are kept
    (two environments on one machine), older ones removed; other files in the cache stay."""
    import os

    olds = []
    for age, version in enumerate(("0.3", "0.2", "0.1"), start=1):
        old = folder / f"simplemma-{version}-marisa-1.0"
        old.mkdir()
        (old / "sl.dic").write_bytes(b"old")
        os.utime(old, (1_000_000 - age, 1_000_000 - age))
        olds.append(old)
    other = folder / "storyline.names.table.abc.marshal"
    other.write_bytes(b"a table")
    current = lemma_tables._folder()
    assert current is not None
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [current.name, olds[0].name, olds[1].name, other.name]
    )
