"""News outlets among the names typed as products.

The BSNLP guidelines type newspapers and broadcasters as products (PRO) in some languages, and
the tagger learned it so; the dossier's readers, and the audit rules, count an outlet as an
organisation. An entity typed PRO is an outlet when a word of the language's ``media_words``
(``lang/entities/<lang>.toml``: "newspaper", "газета", "deník", "agencja" …) is a word of its
name ("Rossiyskaya Gazeta", "Sky News") or one of the few words before one of its mentions ("the
daily X", "газета «X»"), or when its name is a web address ("fakti.bg"). Mentions keep the
tagger's type (what the BSNLP evaluation scores); the entity is shown as an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.names.gazetteers import fold
from storyline.names.parts import entity_data

WORDS_BEFORE = 3  # how far before a mention a media word still names it ("the Polish daily X")
_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,4}$", re.IGNORECASE)


@cache
def media_words(lang: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data(lang).get("media_words", "")).split())


MIN_FOREIGN = 5  # a shorter media word of another language ("tv", "web") is too often something else


@cache
def any_media_words() -> frozenset[str]:
    """Every language's media words of some length: a name keeps its own language's ("Gazeta
    Wyborcza" in a Czech text)."""
    from importlib import resources

    folder = resources.files("storyline") / "lang" / "entities"
    langs = [p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")]
    return frozenset(w for lang in langs for w in media_words(lang) if len(w) >= MIN_FOREIGN)


def is_outlet(names: Iterable[tuple[str, str | None]], before: Iterable[tuple[str, str | None]] = ()) -> bool:
    """``names``: (base form, language) of an entity's mentions; ``before``: (the text just
    before a mention, language)."""
    for name, lang in names:
        words = {fold(w) for w in _WORD.findall(name)}
        if _ADDRESS.match(name.strip()) or (media_words(lang) | any_media_words()) & words:
            return True
    for text, lang in before:
        if media_words(lang) & {fold(w) for w in _WORD.findall(text)[-WORDS_BEFORE:]}:
            return True
    return False
