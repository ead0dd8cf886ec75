"""Wrong merges of audit round 14 (invented names and sentences; issue 16): a surname given with
an initial only joins a name spelled alike only when its letters say so."""

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
