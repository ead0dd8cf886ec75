"""The names of one list are of one kind (issue 12, rec49; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_lists import list_types


def _typed(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in list_types(text, mentions, lang, lambda s, t: s)]


def test_a_product_among_firms_is_a_firm_and_a_person_among_places_a_place() -> None:
    text = "Партнеры Velmont, Orsida, «Kertam» и Bruvia обязались профинансировать проект."
    found = [("Velmont", "ORG"), ("Orsida", "ORG"), ("Kertam", "ORG"), ("Bruvia", "PRO")]
    assert _typed(text, found)[-1] == ("Bruvia", "ORG")
    text = "Против выступают Зандия, Орбия и Тевалия."
    found = [("Зандия", "LOC"), ("Орбия", "PER"), ("Тевалия", "LOC")]
    assert _typed(text, found) == [("Зандия", "LOC"), ("Орбия", "LOC"), ("Тевалия", "LOC")]


def test_a_body_among_places_a_pair_mixed_rows_and_other_words_between_are_left() -> None:
    text = "Против выступают Зандия, Орбия и Евросоюз."
    found = [("Зандия", "LOC"), ("Орбия", "LOC"), ("Евросоюз", "ORG")]
    assert _typed(text, found) == found
    text = "Самолеты Velmont и Bruvia сели."
    assert _typed(text, [("Velmont", "ORG"), ("Bruvia", "PRO")]) == [("Velmont", "ORG"), ("Bruvia", "PRO")]
    text = "Velmont, Орбия и Bruvia сели."
    found = [("Velmont", "ORG"), ("Орбия", "LOC"), ("Bruvia", "PRO")]
    assert _typed(text, found) == found
    text = "Velmont заявил, Orsida ответила, а Bruvia промолчала."
    found = [("Velmont", "ORG"), ("Orsida", "ORG"), ("Bruvia", "PRO")]
    assert _typed(text, found) == found
