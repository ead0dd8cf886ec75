"""A small-letter word for a person inside a body's name ends the name (issue 12, branch rec44)."""

from __future__ import annotations

from storyline.analyse.entities_person_nouns import without_person_nouns
from storyline.model import Mention


def _cut(text: str, surface: str, etype: str = "ORG", lang: str = "ru") -> list[tuple[str, str]]:
    i = text.index(surface)
    found = [Mention(i, i + len(surface), surface, etype, surface, lang)]
    return [(m.text, m.type) for m in without_person_nouns(found, lang, lambda s, _t: s)]


def test_a_role_after_a_church_ends_its_name() -> None:
    text = "Обращался глава Нордвикской вольной церкви патриарх Холмбий."
    assert _cut(text, "Нордвикской вольной церкви патриарх") == [("Нордвикской вольной церкви", "ORG")]


def test_a_quoted_experts_institute_is_a_name_of_its_own() -> None:
    text = "Сказал Холмби-ТВ эксперт нордвикского института Vessel House Иван Холмов."
    got = _cut(text, "Холмби-ТВ эксперт нордвикского института Vessel House")
    assert got == [("Холмби-ТВ", "ORG"), ("Vessel House", "ORG")]


def test_an_adjective_goes_with_the_person_it_describes() -> None:
    text = "На саммите Нордсоюза вольный канцлер Холмбий заявил."
    assert _cut(text, "Нордсоюза вольный канцлер") == [("Нордсоюза", "ORG")]


def test_people_in_the_genitive_are_part_of_a_bodys_name() -> None:
    text = "Решение Нордвикского кабинета министров и Палаты представителей Холмбии."
    assert _cut(text, "Нордвикского кабинета министров") == [("Нордвикского кабинета министров", "ORG")]
    assert _cut(text, "Палаты представителей Холмбии") == [("Палаты представителей Холмбии", "ORG")]


def test_a_person_and_a_language_without_a_dictionary_are_left_alone() -> None:
    text = "Ivan Holmov ekspert Nordvik Institute."
    assert _cut("Сказал Иван Холмов эксперт.", "Иван Холмов эксперт", "PER") == [
        ("Иван Холмов эксперт", "PER")
    ]
    assert _cut(text, "Nordvik Institute", "ORG", "cs") == [("Nordvik Institute", "ORG")]
