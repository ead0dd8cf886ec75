"""Case endings written after a hyphen on an acronym or a foreign name ("COVID-a", "ZUS-owi",
Slovene "KGB-ju"): the name before the hyphen is as written, and it is the base form.

Polish and Slovene decline a name whose spelling does not take an ending (an acronym read letter
by letter, a foreign word) by adding the ending after a hyphen. What follows the hyphen is no part
of the name, unlike the second part of a compound name, which is capitalised ("Bielsko-Biała") or
a number ("COVID-19"). Per-language data: ``lemma_hyphen_endings`` in
``lang/entities/<lang>.toml``; a language without it keeps every hyphenated tail. A plural case
ending ("ZUS-ów", many offices) goes to the plural nominative's ending where the language's
annotators write one (``lemma_hyphen_plurals``, "ZUS-y").
"""

from __future__ import annotations

import re
from functools import cache

# a word of letters in hyphenated parts
_PARTS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+", re.UNICODE)


@cache
def _endings(lang: str) -> frozenset[str]:
    from storyline.names.parts import data_words  # names imports ner: read when first asked

    return frozenset(data_words(lang, "lemma_hyphen_endings"))


@cache
def _plurals(lang: str) -> dict[str, str]:
    """Plural case ending after a hyphen → the plural nominative's ending (``lemma_hyphen_plurals``:
    rows "ending | nominative")."""
    from storyline.names.parts import entity_data

    rows = (row.split("|") for row in entity_data(lang).get("lemma_hyphen_plurals", []))
    return {ending.strip(): nominative.strip() for ending, nominative in rows}


def without_case(part: tuple[str, str] | None, lang: str) -> tuple[str, str] | None:
    """A word's letters and tail (as ``lemma._letters`` splits them) without a case ending
    written after a hyphen on a capitalised name; the part as it was for any other word."""
    if part is None:
        return None
    word, rest = part
    if not word[:1].isupper() or rest[:1] != "-":
        return part
    if (plural := _plurals(lang).get(rest[1:])) is not None:
        return word, "-" + plural
    if rest[1:] not in _endings(lang):
        return part
    return word, ""


def acronym_led(word: str, rest: str, lang: str) -> bool:
    """An acronym with a capitalised word after its hyphen ("SI-Certa", "EU-Komisji"), in a
    language that declines after a hyphen: the name's last part is a noun, which declines while
    the acronym before it stays as written. Elsewhere the tail keeps its form (Bulgarian
    "РИА-Новости" is a plural, and Bulgarian declines no noun)."""
    tail = rest[1:]
    return (
        bool(_endings(lang))
        and len(word) >= 2
        and word.isupper()
        and rest[:1] == "-"
        and tail[:1].isupper()
        and tail[1:].isalpha()
        and tail[1:].islower()
    )


def declines_whole(token: str, lang: str) -> bool:
    """Whether a person's word is one name of hyphenated parts, the first capitalised and a later
    one in small letters: the syllables of an East Asian given name ("Jin-suna" of "Jin-sun"), an
    Arabic name with its particle ("Nur-ul-Hasana"). It declines at its end like one word; not a
    case ending after a hyphen (``lemma_hyphen_endings``: "COVID-a"), nor a compound of
    capitalised names, each of which declines on its own ("Karla-Heinza"). (A word that opens with
    its particle, "al-Asada", reads as one in small letters to the learned endings: left as it is.)"""
    if _PARTS.fullmatch(token) is None:
        return False
    parts = token.split("-")
    return (
        parts[0][:1].isupper()
        and not (parts[0].isupper() and len(parts[0]) > 1)  # an acronym's tail: ``without_case``'s
        and any(p.islower() and len(p) >= 2 for p in parts[1:])
        and parts[-1] not in _endings(lang)
    )


def declining_tail(rest: str, lang: str) -> bool:
    """Whether a word's tail after its hyphen is a capitalised second part that may decline on
    its own ("-Wiłogi" of "Ust-Wiłogi"), in a language that declines names after a hyphen: one part
    of letters, not an acronym."""
    tail = rest[1:]
    return (
        bool(_endings(lang))
        and rest[:1] == "-"
        and tail[:1].isupper()
        and tail.isalpha()
        and not tail.isupper()
    )
