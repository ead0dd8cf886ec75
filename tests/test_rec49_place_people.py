"""A "place" of several words is a person the passage names by a full name with that surname, or
with a hyphen for the space (issue 12, rec49; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_place_people import places_named_as_people


def _typed(text: str, found: list[tuple[str, str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in places_named_as_people(mentions, lang)]


def test_the_surname_of_a_full_name_elsewhere_makes_the_place_a_person() -> None:
    text = "Христианку Азию Холмби оправдали. Асия Холмби покинула тюрьму."
    found = [("Азию Холмби", "LOC", "Азия Холмби"), ("Асия Холмби", "PER", "Асия Холмби")]
    assert _typed(text, found) == [("Азию Холмби", "PER"), ("Асия Холмби", "PER")]


def test_a_hyphen_for_the_space() -> None:
    text = "Суд оправдал Азию-Холмби. Холмби покинула тюрьму."
    found = [("Азию-Холмби", "LOC", "Азия-Холмби"), ("Холмби", "PER", "Холмби")]
    assert _typed(text, found) == [("Азию-Холмби", "PER"), ("Холмби", "PER")]


def test_a_place_in_another_case_than_the_person_stays() -> None:
    text = "В столице Англии Нордвиков встретился с послом. Пётр Нордвиков уехал."
    found = [("Англии Нордвиков", "LOC", "Англия Нордвиков"), ("Пётр Нордвиков", "PER", "Пётр Нордвиков")]
    assert _typed(text, found)[0] == ("Англии Нордвиков", "LOC")
