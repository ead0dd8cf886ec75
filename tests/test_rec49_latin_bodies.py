"""A Latin name after a noun for a firm or a union in a Cyrillic text is that body (issue 12,
rec49; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_latin_bodies import latin_bodies


def _found(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in latin_bodies(text, mentions, lang, (0, len(text)))]


def test_a_latin_name_after_a_union_an_operator_or_members_is_a_body() -> None:
    text = "Забастовку объявил профсоюз пилотов Skyguild, условия туроператора VELTA лучше; 90% членов Skyguild за."
    assert _found(text, []) == [("Skyguild", "ORG"), ("VELTA", "ORG"), ("Skyguild", "ORG")]


def test_found_names_addresses_other_nouns_and_languages_are_left() -> None:
    text = "Профсоюз пилотов Skyguild Union заявил; читайте на сайте www.Skyguild.org и в газете Nordic Post."
    assert _found(text, [("Skyguild Union", "ORG")]) == [("Skyguild Union", "ORG")]
    text = "Związek pilotów Skyguild ogłosił strajk."
    assert _found(text, [], "pl") == []
