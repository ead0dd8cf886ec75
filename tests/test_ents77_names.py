"""Round 33's display names and base forms (issue 16; invented people and places): the h of a
romanised х kept in a given name's press spelling; a country adjective read by the letter after
the stem two countries share; a Russian woman's surname in a consonant after an indeclinable given
name of hers kept as written; a bare given name that ends in another vowel than a surname."""

from __future__ import annotations

from collections import Counter

from storyline.analyse.adjectives import _by_rest
from storyline.link.entities import display_name
from storyline.names.given import press_spelling
from storyline.names.people import person_name, same_surname
from storyline.ner.morphology import for_lang, person_nominative


def test_a_romanised_kh_keeps_its_h_in_the_press_spelling() -> None:
    # the sound key drops h, and a more common name without it sounds alike (Bernard)
    assert press_spelling("Bernkhard") == "Bernhard"
    assert press_spelling("Gerkhard") == "Gerhard"
    assert press_spelling("Ilkham") == "Ilham"  # as before
    assert display_name(Counter({("Бернхард Гловиц", "bg"): 2}), "PER") == "Bernhard Glovits"


def test_a_country_adjective_names_the_country_its_next_letter_goes_on_with() -> None:
    both = ("Залдер", "Залдерия")  # two countries, one the other with "-ия"
    assert _by_rest(both, "залдер", "иииска") == "Залдерия"  # залдер-ий-ска
    assert _by_rest(both, "залдер", "ска") == "Залдер"  # залдер-ска
    assert _by_rest(("Zalder", "Zalderia"), "zalder", "ian") == "Zalderia"
    assert _by_rest(("Zalderia",), "zalder", "ska") == "Zalderia"  # one country: its own


def test_a_womans_surname_in_a_consonant_is_hers_as_written() -> None:
    morph = for_lang("ru")
    assert morph is not None
    # an indeclinable woman's given name: "-ом" is no case of hers
    assert person_nominative(morph, ["Кэтрин", "Дорсом"]) == {1: "Дорсом"}
    assert person_nominative(morph, ["Кэтрин", "Бертем"]) == {1: "Бертем"}
    # a surname in a vowel may be in her case: the learned endings decide
    assert 1 not in person_nominative(morph, ["Кэтрин", "Дорсовой"])
    # a man's given name in a case still gives his surname's nominative
    assert person_nominative(morph, ["Виктора", "Дорсова"]).get(1) == "Дорсов"


def test_a_given_name_alone_is_no_surname_ending_in_another_vowel() -> None:
    luca = person_name("Luca", "pl")
    assert not same_surname(luca, person_name("Тарас Льоке", "bg"))  # Luka, Lyoke: a and e
    assert same_surname(luca, person_name("Бранко Лука", "bg"))
    assert same_surname(person_name("Mila", "pl"), person_name("Бранко Мила", "bg"))
    assert not same_surname(person_name("Mila", "pl"), person_name("Тарас Миле", "bg"))
