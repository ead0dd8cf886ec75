"""Wrong merges of audit round 14 (invented names and sentences; issue 16): a surname given with
an initial only joins a name spelled alike only when its letters say so, and a full name whose
given names and surname are both merely alike to another's is another person."""

from __future__ import annotations

from storyline.names.people import PersonName, person_name, same_person


def _person(base: str, lang: str) -> PersonName:
    name = person_name(base, lang)
    assert name is not None
    return name


def test_an_initial_needs_more_than_letters_alike() -> None:
    initial = _person("Т.Коравецкий", "ru")
    assert not same_person(initial, _person("Tadeáš Korašek", "cs"))  # only its beginning is alike
    assert same_person(initial, _person("Тадеуш Коравецкий", "ru"))  # the surname itself
    assert same_person(
        _person("Т.Новак", "ru"), _person("Tomasz Nowak", "pl")
    )  # spelled otherwise, one sound


def test_given_names_and_surname_both_merely_alike_are_another_person() -> None:
    # a short given name inside a longer one, and a surname sharing its first letters: two people
    assert not same_person(_person("Ева Лайдел", "bg"), _person("Jewhen Lahda", "pl"))
    # one of the two the same name is enough, as before
    assert same_person(_person("Jewhen Lajdel", "pl"), _person("Евгений Лайдел", "ru"))
    assert same_person(_person("Бен Роулинг", "bg"), _person("Benjamin Rowling", "en"))
