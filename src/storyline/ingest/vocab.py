"""The ingest vocabulary, loaded from ``storyline/lang/ingest/*.toml``.

Ingest runs before language identification, so the lists of every language are merged: a site
phrase of one language never reads as an ordinary sentence of another.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LIST_KEYS = (
    "skip_links",
    "photo_prefixes",
    "share_lines",
    "sections",
    "source_markers",
    "byline_prefixes",
    "months",
)


@dataclass(frozen=True)
class LangVocab:
    lang: str
    skip_links: tuple[str, ...] = ()
    photo_prefixes: tuple[str, ...] = ()
    share_lines: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    one_letter_words: frozenset[str] = frozenset()
    source_markers: tuple[str, ...] = ()
    byline_prefixes: tuple[str, ...] = ()
    months: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocab:
    langs: dict[str, LangVocab]
    cyrillic_to_latin: dict[str, str] = field(default_factory=dict)

    def merged(self, key: str) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for lv in self.langs.values():
            for item in getattr(lv, key):
                seen.setdefault(item, None)
        return tuple(seen)

    def month_numbers(self) -> dict[str, int]:
        """Month word (lower-case) → month number, over all languages (12 words per list;
        English also lists the abbreviations after the full names)."""
        out: dict[str, int] = {}
        for lv in self.langs.values():
            for i, word in enumerate(lv.months):
                out.setdefault(word.lower(), i % 12 + 1)
        return out


@cache
def load_vocab() -> Vocab:
    folder = resources.files("storyline") / "lang" / "ingest"
    langs: dict[str, LangVocab] = {}
    homoglyphs: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        if entry.name == "scripts.toml":
            homoglyphs = dict(data.get("cyrillic_to_latin", {}))
            continue
        code = entry.name.removesuffix(".toml")
        kwargs = {key: tuple(data.get(key, ())) for key in LIST_KEYS}
        langs[code] = LangVocab(
            lang=code,
            one_letter_words=frozenset(w.lower() for w in data.get("one_letter_words", ())),
            **kwargs,
        )
    return Vocab(langs=langs, cyrillic_to_latin=homoglyphs)
