"""A son is not his father: two person names that differ only by a generational word (any
language's ``generation_words``, in any of its case forms, and Jr./Sr.) are two people, while
one generational name in several languages, scripts and cases is one (audit rule N5)."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.names.people import person_name, same_person


def _per(text: str, lang: str, base: str | None = None) -> Mention:
    return Mention(0, len(text), text, "PER", base or text, lang)


def test_the_son_and_the_father_are_two_entities_the_son_one_across_languages() -> None:
    got = index_linked({
        "father": [_per("Radomír Kovářík", "cs")],
        "son_cs": [_per("Radomír Kovářík mladší", "cs")],
        "son_bg": [_per("Радомир Коварик младши", "bg")],
        "son_cs_case": [_per("Radomíra Kovaříka mladšího", "cs", "Radomír Kovařík mladší")],
        "son_ru": [_per("Радомир Коварик младший", "ru")],
        "father_again": [_per("Radomír Kovářík", "cs")],
    })  # fmt: skip
    father, son = got[("father", 0)], got[("son_cs", 0)]
    assert father != son
    assert got[("son_bg", 0)] == got[("son_cs_case", 0)] == got[("son_ru", 0)] == son
    assert got[("father_again", 0)] == father


def test_jr_and_junior_keep_the_son_apart_in_one_document() -> None:
    got = index_linked({
        "en": [_per("Tobias Hollender, Jr", "en"), _per("Tobias Hollender", "en")],
        "pl": [_per("Tobiasz Hollender junior", "pl"), _per("Tobiasz Hollender", "pl")],
    })  # fmt: skip
    assert got[("en", 0)] != got[("en", 1)]
    assert got[("pl", 0)] != got[("pl", 1)]
    assert got[("en", 0)] == got[("pl", 0)]  # one son, whichever language's word he goes by
    assert got[("en", 1)] == got[("pl", 1)]


def test_the_generational_word_is_no_surname() -> None:
    son, father = person_name("Ondřej Vlasák st.", "cs"), person_name("Ondřej Vlasák", "cs")
    assert son is not None and father is not None
    assert son.generation and not father.generation
    assert son.readings == father.readings  # the surname is Vlasák, not the word after it
    assert not same_person(son, father)
    alone = person_name("Vlasák mladší", "cs")  # after a lone surname the word may compare
    assert alone is not None and not alone.generation


def test_the_word_against_the_surname_or_after_a_dash() -> None:
    got = index_linked({
        "father": [_per("Tobias Hollender", "cs")],
        "son_cs": [_per("Tobias Hollender mladší", "cs")],
        "son_bg": [_per("Тобиас Холендер-младши", "bg")],  # Bulgarian joins it with a hyphen
        "son_cs_dash": [_per("Tobias Hollender - junior", "cs")],
    })  # fmt: skip
    assert got[("son_bg", 0)] == got[("son_cs_dash", 0)] == got[("son_cs", 0)] != got[("father", 0)]
    double = person_name("Marta Novak-Horvatová", "cs")  # a double surname is no generational word
    assert double is not None and not double.generation
