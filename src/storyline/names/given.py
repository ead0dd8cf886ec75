"""First names of many countries, in their own scripts: is this word a given name, and whose?

Two packaged sources: gender-guesser (about 45,000 first names of Europe, the Americas and Asia,
in Latin letters, with gender) and Faker's person providers (the given names of some 80 locales
written as those countries write them: Arabic, Persian, Hebrew, Greek, Georgian, Armenian,
Cyrillic, Turkish, Azerbaijani, Indonesian ...). Arabic-script names are compared folded
(``fold``: إبراهيم = ابراهیم).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache, lru_cache

from storyline.names.gazetteers import fold
from storyline.names.script import is_cased, is_latin, script
from storyline.names.translit import to_latin
from storyline.table_cache import stored_table

_GENDER = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "a"}


@cache
def _guesser():  # noqa: ANN202 - gender_guesser's Detector
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


@stored_table
def _faker_names() -> dict[str, str]:
    """Folded given name → "m", "f" or "a" from every Faker locale."""
    import faker.providers.person as people

    table: dict[str, str] = {}

    def add(name: str, gender: str) -> None:
        for part in name.split():  # "محمد مهدی", "تاج الدّين": each part is a given name
            keys = {fold(part), to_latin(part).lower()} if is_latin(part) else {fold(part)}
            for key in keys:
                old = table.get(key)
                if len(key) < 2 or old == gender:
                    continue
                if old is None or old == "a":  # a list without gender says nothing against one
                    table[key] = gender if old is None or gender != "a" else old
                elif gender != "a":
                    table[key] = "a"  # male in one country, female in another

    for module in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{module.name}"), "Provider", None)
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f"), ("first_names", "a")):
            names = getattr(provider, attr, None)
            if isinstance(names, tuple | list | dict):
                for name in names:
                    add(str(name), gender)
    return table


@lru_cache(maxsize=200_000)
def given_name(word: str) -> str:
    """ "m", "f" or "a" (either) when ``word`` is a known first name in any script, else ""."""
    if len(word) < 2:
        return ""
    hit = _faker_names().get(fold(word))
    if hit or not is_cased(script(word)):
        return hit or ""  # a romanised Arabic word has no vowels: "Syd" is no name there
    latin = to_latin(word)
    if len(latin) >= 3:
        g = _guesser().get_gender(latin)
        if g in _GENDER:
            return _GENDER[g]
    return _faker_names().get(latin.lower(), "")


def listed_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of Faker's lists of people (the names each locale gives
    its people), not only one the gender guesser knows (which holds rarer ones: "Xinhua")."""
    return len(word) >= 2 and bool(_faker_names().get(fold(word)))


def only_womans(word: str) -> bool:
    """A first name that the countries' lists hold as a woman's and that no list holds as a
    man's: not a man's name in an oblique case that only the larger list reads as a woman's
    ("Donalda", of Donald), nor one a woman's in one country and a man's in another ("Nikita")."""
    if len(word) < 2 or _faker_names().get(fold(word)) != "f":
        return False
    latin = to_latin(word)
    return len(latin) < 3 or _guesser().get_gender(latin) not in ("male", "mostly_male", "andy")


@cache
def _latin_by_sound() -> dict[str, tuple[str, ...]]:
    """Phonetic key → the Latin spellings of first names of that sound, those most countries use
    first."""
    from storyline.names.keys import phonetic

    found: dict[str, list[tuple[int, str]]] = {}
    for name, genders in _guesser().names.items():
        if len(name) < 3 or not name.isalpha() or not name.isascii():
            continue
        uses = sum(int(ch) for spread in genders.values() for ch in spread if ch.isdigit())
        if key := phonetic(name):
            found.setdefault(key, []).append((-uses, name))
    return {key: tuple(name for _, name in sorted(names)) for key, names in found.items()}


@lru_cache(maxsize=20_000)
def press_spelling(romanised: str) -> str:
    """How the Latin-script press spells a given name that was romanised letter by letter:
    "Ilkham" (BGN's х = kh) is written "Ilham". The romanisation stays when it is a known first
    name itself or no known first name sounds alike."""
    from storyline.names.keys import phonetic

    if len(romanised) < 3 or not romanised.isalpha() or romanised.lower() in _guesser().names:
        return romanised
    for reading in _readings(romanised):
        spellings = _latin_by_sound().get(phonetic(reading), ())
        if "kh" in reading.lower():  # nor is the h of a romanised х lost: Bernkhard is Bernhard, no Bernard
            spellings = tuple(s for s in spellings if "h" in s[1:])
        if not spellings:
            continue
        hit = spellings[0]  # the spelling most countries use; a rarer one is no surer reading
        if hit[:1] != romanised[:1].lower() or _vowels(hit) != _vowels(romanised):
            continue  # the sound key's vowel classes are looser than spellings: Borge is no Borga
        if _LONE_H.search(reading) and not re.search("[gh]", hit[1:]):
            continue  # the sound key drops h: Mahdalena is no Maddalena
        return hit.capitalize() if romanised[:1].isupper() else hit
    return romanised


# an h that is no part of kh, zh, sh, ch, th, ph, gh: Ukrainian, Belarusian and Bulgarian г
_LONE_H = re.compile(r"(?<![kzsctpgKZSCTPG])[hH]")


def _readings(romanised: str) -> list[str]:
    """The romanisation, and where it has a lone h, the h read g first: the г that Ukrainian
    romanises h is the g of the name in the other languages (Mahdalena, Magdalena)."""
    as_g = _LONE_H.sub(lambda m: "G" if m.group().isupper() else "g", romanised)
    return [as_g, romanised] if as_g != romanised else [romanised]


def _vowels(name: str) -> str:
    """The vowels of a Latin spelling, as spellings of one sound agree (y as i; ou and oo as u:
    Дъглас romanised "Duglas" is Douglas), but e and a kept apart (Borge is no Borga), and a lone
    o and u too: the source wrote one or the other (Мухамаду, romanised "Mukhamadu", is no
    "Mohamadou", a spelling of the given-name table that makes a name no source writes)."""
    folded = name.lower().replace("y", "i").replace("ou", "u").replace("oo", "u")
    return "".join(ch for ch in folded if ch in "aeiou")
