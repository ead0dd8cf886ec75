"""Wrong merges of audit round 14 (invented names and sentences; issue 16): a surname given with
an initial only joins a name spelled alike only when its letters say so, and a new name alike
to two people does not make them one."""

from __future__ import annotations

from storyline.link.entity_index import EntityIndex
from storyline.link.person_guards import other_people
from storyline.model import Mention
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


def test_full_names_of_one_language_that_differ_are_two_people() -> None:
    one = {"pl": {"Tadeusz Koranowski": 2}, "bg": {"Тадеуш Коралевски": 1}}
    other = {"pl": {"Tadeusz Koraszewski": 3}}
    assert other_people(one, other)
    assert not other_people(one, {"pl": {"Tadeusz Koranowskiego": 1}})  # a case form of the same
    assert not other_people(one, {"cs": {"Tadeáš Korašek": 1}})  # no language in common: no evidence


def _doc(text: str, base: str, lang: str) -> tuple[str, list[Mention]]:
    start = text.index(base)
    return text, [Mention(start, start + len(base), base, "PER", base, lang)]


def test_a_name_alike_to_two_people_joins_one_of_them() -> None:
    index = EntityIndex()
    docs = {
        "a": _doc("Wczoraj Tadeusz Koranowski otworzył wystawę.", "Tadeusz Koranowski", "pl"),
        "b": _doc("Wniosek złożył Tadeusz Koraszewski z Gdańska.", "Tadeusz Koraszewski", "pl"),
        "c": _doc("Вчера Тадеуш Коралевски откри изложба.", "Тадеуш Коралевски", "bg"),
    }
    got = {doc_id: index.add_document(doc_id, mentions, text)[0] for doc_id, (text, mentions) in docs.items()}
    first, second, newcomer = (index.resolve(got[d]) for d in "abc")
    assert first != second
    assert newcomer in (first, second)
