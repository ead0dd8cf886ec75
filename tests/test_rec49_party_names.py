"""A product-typed name after a party's or a movement's noun is the body (issue 12, rec49; invented
names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_party_names import party_names


def _typed(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in party_names(text, mentions, lang)]


def test_a_product_after_a_party_noun_is_the_party_people_and_places_stay() -> None:
    text = "Сторонники партии «Тавир-э-Нур» и движения Ардамаль, лидер партии Хамид Озар, партии Зандии."
    found = [("Тавир-э-Нур", "PRO"), ("Ардамаль", "PRO"), ("Хамид Озар", "PER"), ("Зандии", "LOC")]
    assert _typed(text, found) == [
        ("Тавир-э-Нур", "ORG"),
        ("Ардамаль", "ORG"),
        ("Хамид Озар", "PER"),
        ("Зандии", "LOC"),
    ]


def test_a_firm_s_or_a_union_s_noun_where_the_language_lists_party_words() -> None:
    text = "Профсоюз пилотов Skyguild и компания Velmont против."
    found = [("Skyguild", "PRO"), ("Velmont", "PRO")]
    assert _typed(text, found) == [("Skyguild", "ORG"), ("Velmont", "ORG")]
    text = "Spółka Velmont wydała raport."
    assert _typed(text, [("Velmont", "PRO")], "pl") == [("Velmont", "PRO")]
