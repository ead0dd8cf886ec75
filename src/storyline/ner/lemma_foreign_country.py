"""A country's name as another language writes it, standing alone in a text ("France" of a French
radio's name in a Polish text): a foreign word, in its nominative as written.

The learned endings read such a word as a case form of the text's own language and make a
nominative of it that names something else (Polish "France" as a case of the woman's name
"Franka"). A country's name in one of the locales the gazetteers know (``names.countries``) is
kept as written, unless it is the language's own name of a country in a case: it begins with
that name less its last letter (Czech "Polska" is the genitive of "Polsko", though Polish writes
the country "Polska"; Russian "Франции" is "Франция"'s).
"""

from __future__ import annotations

from functools import cache, lru_cache

from storyline.names import fold
from storyline.names.gazetteers import countries

MIN_OWN = 4  # letters of the language's own name of a country before a case ending may replace its last


@cache
def _own_stems(lang: str) -> tuple[str, ...]:
    """The language's own country names (ICU's display names), folded, less their last letter."""
    import icu

    locale = icu.Locale(lang)
    names = {fold(icu.Locale("", code).getDisplayCountry(locale)) for code in icu.Locale.getISOCountries()}
    return tuple(sorted(n[:-1] for n in names if len(n) > MIN_OWN))


@lru_cache(maxsize=20_000)
def foreign_country(word: str, lang: str) -> bool:
    """Whether one capitalised word is a country's name in some locale and no case form of the
    language's own name of a country."""
    if not word[:1].isupper() or " " in word.strip():
        return False
    folded = fold(word)
    if folded not in countries():
        return False
    return not any(folded.startswith(stem) for stem in _own_stems(lang))
