"""simplemma's word lists, read from tries kept on disk instead of decoded whole in every process.

simplemma's default lists are decoded into a Python dict per language the first time a process
asks for one: Polish 3.7 million forms, 1.5–3 s and 410 MB; the six BSNLP languages 650 MB and
about 5 s — in the ingest process and again in every worker of ``--jobs N`` or of a Dask cluster,
and in every one-file ``storyline ingest``. The lists are the same every time, so each language
is built once into a MARISA trie (simplemma's own ``TrieDictionaryFactory``, the ``marisa-trie``
package) and kept in the table cache's folder (``storyline.table_cache``, ``STORYLINE_CACHE``):
a process then opens it in milliseconds and holds a few MB. The lookups are simplemma's own
strategies over the same entries, so every lemma is what the dict gave.

Written to a temporary file and renamed, so two workers building one language at once never
read half of it; a file that cannot be read is built again. With no cache folder (turned off,
or one that cannot be written), the lists are simplemma's in-memory dicts, as before.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Container
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    DEFAULT_DICTIONARY_FACTORY,
    SUPPORTED_LANGUAGES,
    DictionaryFactory,
    _load_dictionary_from_disk,
)

from storyline import table_cache


@cache
def _folder() -> Path | None:
    """This simplemma's and this trie format's folder in the table cache, or None."""
    base = table_cache.folder()
    if base is None:
        return None
    path = base / f"simplemma-{metadata.version('simplemma')}-marisa-{metadata.version('marisa-trie')}"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(path, os.W_OK):
        return None
    _prune(path)
    return path


def _prune(path: Path) -> None:
    """Mark ``path`` used now and remove the folders of other simplemma or marisa versions but the
    ``table_cache.KEEP_STATES`` used last: an upgrade would otherwise leave 60 MB of tries behind
    each time, while two virtual environments on one machine keep each other's."""
    try:
        os.utime(path)
    except OSError:
        return
    others = []
    for old in path.parent.glob("simplemma-*-marisa-*"):
        if old != path and old.is_dir():
            try:
                others.append((old.stat().st_mtime, old))
            except OSError:
                continue
    for _used, old in sorted(others, reverse=True)[table_cache.KEEP_STATES - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _save(write: Callable[[str], Any], target: Path) -> None:
    """``write(path)`` to a temporary file beside ``target``, then renamed onto it."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _trie_factory(folder: Path) -> DictionaryFactory:
    from marisa_trie import BytesTrie
    from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

    class AtomicTries(TrieDictionaryFactory):
        """simplemma's trie factory, its file written whole or not at all."""

        def _write_trie_to_disk(self, lang: str, trie: BytesTrie) -> None:
            _save(trie.save, self._cache_dir / f"{lang}.dic")

    # every language kept open: a trie is a few MB, and a store in twenty languages must not
    # read its lists again in turn as the default's eight-language cache would
    return AtomicTries(cache_max_size=len(SUPPORTED_LANGUAGES), disk_cache_dir=str(folder))


@cache
def factory() -> DictionaryFactory:
    """Where the word lists come from: tries on disk, else simplemma's in-memory dicts."""
    folder = _folder()
    return DEFAULT_DICTIONARY_FACTORY if folder is None else _trie_factory(folder)


@cache
def lookup() -> DictionaryLookupStrategy:
    """The list alone (no guessing rules): a word it does not hold has no lemma."""
    return DictionaryLookupStrategy(factory())


@cache
def lemmatizer() -> Lemmatizer:
    """What ``simplemma.lemmatize`` does (its default strategies, not greedy), over ``factory()``."""
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory()))


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize(word, lang=lang)`` over the kept lists (raises ValueError as it does)."""
    return lemmatizer().lemmatize(word, lang)


def entries(lang: str) -> dict[bytes, bytes]:
    """The whole list (UTF-8 form → lemma), decoded afresh: for tables built from all of it."""
    return _load_dictionary_from_disk(lang)


@cache
def forms(lang: str) -> Container[str]:
    """Every dictionary form the language's list maps some word to."""
    folder = _folder()
    if folder is None:
        return frozenset(v.decode() for v in set(entries(lang).values()))
    from marisa_trie import Trie

    path = folder / f"{lang}.forms"
    if path.exists():
        try:
            return Trie().load(str(path))
        except Exception:  # noqa: BLE001 - a damaged file (marisa raises its own errors): built again
            path.unlink(missing_ok=True)
    trie = Trie(v.decode() for v in set(entries(lang).values()))
    try:
        _save(trie.save, path)
    except OSError:  # a full or read-only disk: this process keeps the trie it built
        pass
    return trie


__all__ = ["entries", "factory", "forms", "lemmatize", "lemmatizer", "lookup"]
