"""An abbreviation right after a vaccine's or a vaccination's noun is the vaccine (issue 12, rec49;
invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_makers import read_products


def _typed(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in read_products(text, mentions, lang)]


def test_an_abbreviation_after_the_noun_is_the_vaccine() -> None:
    text = "Прививка ЛВК защищает детей, запасы вакцины «ЛВК» малы, сообщило ГНЦ."
    found = [("ЛВК", "ORG"), ("ЛВК", "ORG"), ("ГНЦ", "ORG")]
    assert _typed(text, found) == [("ЛВК", "PRO"), ("ЛВК", "PRO"), ("ГНЦ", "ORG")]


def test_a_body_after_a_preposition_a_word_or_a_known_place_stays() -> None:
    text = "Вакцина от ГНЦ хороша. Вакцина Кордалис хороша. Вакцину МОСКВА ждёт."
    found = [("ГНЦ", "ORG"), ("Кордалис", "ORG"), ("МОСКВА", "LOC")]
    assert _typed(text, found) == found
