"""A far city the gazetteer finds only by a name that is also a home town's: geonames lists a
town's transliterations among its alternate names (Bulgarian "Тулча" for a Romanian city),
and a language's own villages, too small for the table, are written so as well."""

from __future__ import annotations

from storyline.names.gazetteers import (
    EXONYM_CITY,
    cities,
    city_country,
    city_population,
    fold,
    home_countries,
)
from storyline.names.keys import phonetic
from storyline.names.script import script
from storyline.names.translit import to_latin


def far_alternate(base: str, lang: str | None) -> bool:
    """Whether the table's city for ``base`` is one of another country than the language's, too
    small to have exonyms (``EXONYM_CITY``), found by one of its alternate names in another
    script whose transliteration in the language does not sound as the city's name does (``phonetic``: a
    Romanian ţ is t where a Bulgarian ц is ts; "Zhilina" sounds as "Žilina"). The name as the text
    writes it is the far city's too (a transliteration of it) and the text's own town's if it is
    one: the far city's name is only the first's."""
    folded = fold(base)
    hit = cities().get(folded)
    if hit is None or not lang or script(base) == script(hit[1]):
        return False  # the city's own script: its spellings there are its own ("Lueneburg")
    country, own = city_country().get(hit[0], ("", ""))
    if own == folded or country in home_countries(lang) or city_population().get(hit[0], 0) >= EXONYM_CITY:
        return False
    return phonetic(to_latin(base, lang)) != phonetic(hit[1])
