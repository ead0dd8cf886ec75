"""Wrong merges and display names of audit round 12 (invented names; issue 16): a body's
abbreviation read as words stands for no other name of its initials; a compound name written as
one word is a full name; a city's English name is cut to the words the name says."""

from __future__ import annotations

from collections import Counter

from helpers import bare_surname_of, index_linked
from storyline.link.entities import _as_written, display_name
from storyline.model import Mention
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def test_a_bodys_abbreviation_read_as_words_is_no_other_name_of_its_initials() -> None:
    # "MSZ" is a foreign ministry: not "Misja Sił Zbrojnych", whose initials it also is
    got = index_linked(
        {"a": [_m("MSZ", "ORG", "pl")], "b": [_m("Misja Sił Zbrojnych", "ORG", "pl")]}, aliases=Aliases({})
    )
    assert got[("b", 0)] != got[("a", 0)]
    # an abbreviation that is no word of the lexicons still finds its long name
    got = index_linked(
        {"a": [_m("KZR", "ORG", "pl")], "b": [_m("Komisja Zdrowia Rybaków", "ORG", "pl")]},
        aliases=Aliases({}),
    )
    assert got[("b", 0)] == got[("a", 0)]


def test_a_compound_written_as_one_word_is_a_full_name() -> None:
    # "Tariq-ul-Karim" is given names and a surname: not Amna Karim's surname said alone
    assert not bare_surname_of("Tariq-ul-Karim", "cs", "Амна Карим", "bg")
    assert bare_surname_of("Karim", "pl", "Амна Карим", "bg")


def test_a_citys_english_name_is_cut_to_the_words_said() -> None:
    assert _as_written("Zarnova City", "Зарнова", "bg") == "Zarnova"
    assert _as_written("Zarnova City", "Зарнова Сити", "bg") == "Zarnova City"
    assert _as_written("Merida City", "Мерида-Сити", "ru") == "Merida City"
    # a name of its own for the city keeps the English name whole (Мехико is Mexico City)
    assert _as_written("Zarnova City", "Зарновиц", "bg") == "Zarnova City"
    assert display_name(Counter({("Jambi", "pl"): 2}), "LOC") == "Jambi"
