"""A several-word "place" ending in a lone person's name is that person (issue 12, rec47; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_place_people import places_named_as_people


def _typed(text: str, found: list[tuple[str, str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in places_named_as_people(mentions, lang)]


def test_a_place_s_name_run_on_over_a_lone_person_s_name_is_the_person() -> None:
    text = "Суд оправдал христианку Азию Холмби. Холмби покинула тюрьму."
    found = [("Азию Холмби", "LOC", "Азия Холмби"), ("Холмби", "PER", "Холмби")]
    assert _typed(text, found) == [("Азию Холмби", "PER"), ("Холмби", "PER")]


def test_a_place_and_a_person_in_other_cases_a_known_place_or_no_lone_person_are_left() -> None:
    text = "В столице Англии Нордвиков встретился с послом. Нордвиков уехал."
    found = [("Англии Нордвиков", "LOC", "Англия Нордвиков"), ("Нордвиков", "PER", "Нордвиков")]
    # "Англии" is in the genitive, "Нордвиков" in the nominative: two names
    assert _typed(text, found)[0] == ("Англии Нордвиков", "LOC")
    text = "Суд оправдал христианку Азию Холмби вчера."
    assert _typed(text, [("Азию Холмби", "LOC", "Азия Холмби")]) == [("Азию Холмби", "LOC")]
    text = "Суд оправдал христианку Азию Холмби. Холмби покинула тюрьму."
    found = [("Азию Холмби", "LOC", "Азия Холмби"), ("Холмби", "PER", "Холмби")]
    assert _typed(text, found, "pl") == [("Азию Холмби", "LOC"), ("Холмби", "PER")]
