"""A country's English name standing alone in a text of another language ("France" of a French
radio's name in a Polish text): a foreign word, in its nominative as written.

The learned endings read such a word as a case form of the text's own language and make a
nominative of it that names something else (Polish "France" as a case of the woman's name
"Franka"). A country's name as English writes it (ICU's English display names, the names the
press of every language quotes) is kept as written, unless it may be a case form of the
language's own name of a country: it begins with that name less its last letter. Other locales'
names are not asked: one language's genitive is another's nominative too often (Serbian "Kine",
China's genitive, is Albanian's name of China).
"""

from __future__ import annotations

from functools import cache, lru_cache

from storyline.names import fold

MIN_OWN = 3  # letters of the language's own name of a country before a case ending may replace its last


def _names(lang: str) -> frozenset[str]:
    """A locale's country names (ICU's display names), folded."""
    import icu

    locale = icu.Locale(lang)
    return frozenset(
        fold(icu.Locale("", code).getDisplayCountry(locale)) for code in icu.Locale.getISOCountries()
    )


@cache
def english_names() -> frozenset[str]:
    return _names("en")


@cache
def _own_stems(lang: str) -> tuple[str, ...]:
    """The language's own country names, folded, less their last letter."""
    return tuple(sorted(n[:-1] for n in _names(lang) if len(n) > MIN_OWN))


@lru_cache(maxsize=20_000)
def foreign_country(word: str, lang: str) -> bool:
    """Whether one capitalised word is a country's English name and no case form of the
    language's own name of a country."""
    if not word[:1].isupper() or " " in word.strip():
        return False
    folded = fold(word)
    if folded not in english_names():
        return False
    return not any(folded.startswith(stem) for stem in _own_stems(lang))
