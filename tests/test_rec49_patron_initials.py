"""A body named after a person, cut at the patron's initials, is whole again (issue 12, rec49;
invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_patron_initials import with_patron_initials


def _joined(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in with_patron_initials(text, mentions, lang, lambda s, t: s)]


def test_a_name_cut_at_the_last_initial_takes_the_surname_and_leaves_the_ministry() -> None:
    text = "Вакцину создал Научный центр вирусологии имени П. К. Семёнова Минздрава Ландии в марте."
    found = [("Научный центр вирусологии имени П. К", "ORG"), ("Семёнова Минздрава Ландии", "PER")]
    assert _joined(text, found) == [
        ("Научный центр вирусологии имени П. К. Семёнова", "ORG"),
        ("Минздрава Ландии", "ORG"),
    ]


def test_the_surname_alone_after_the_cut_goes_and_a_person_after_it_stays_a_person() -> None:
    text = "Сообщил Институт им. Р. Варенова. Директор доволен."
    found = [("Институт им. Р", "ORG"), ("Варенова", "PER")]
    assert _joined(text, found) == [("Институт им. Р. Варенова", "ORG")]
    text = "Центр имени Л. Дроздова Андрей Кулешов сказал."
    found = [("Центр имени Л", "ORG"), ("Дроздова Андрей Кулешов", "PER")]
    assert _joined(text, found) == [("Центр имени Л. Дроздова", "ORG"), ("Андрей Кулешов", "PER")]


def test_no_marker_or_another_language_is_left() -> None:
    text = "Группа компаний Строй А. Петров сказал."
    found = [("Группа компаний Строй А", "ORG"), ("Петров", "PER")]
    assert _joined(text, found) == found
    text = "Instytut im. K. Nowaka ogłosił."
    found = [("Instytut im. K", "ORG"), ("Nowaka", "PER")]
    assert _joined(text, found, "pl") == found
