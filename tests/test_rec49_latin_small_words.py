"""A Latin name does not run on into small-letter Cyrillic words (issue 12, rec49; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_fused import split_fused


def _split(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    out = split_fused(text, mentions, lang, lambda s, t: s, lambda t, b: False)
    return [(m.text, m.type) for m in out]


def test_the_latin_name_ends_before_small_cyrillic_words() -> None:
    text = "Забастовки прошли в Skyvolt минувшим летом, передает Radio Nordia ссылаясь на источники."
    found = [("Skyvolt минувшим летом", "ORG"), ("Radio Nordia ссылаясь", "PRO")]
    assert _split(text, found) == [("Skyvolt", "ORG"), ("Radio Nordia", "PRO")]
    text = "Компания Velora-12 и оператора сети."
    assert _split(text, [("Velora-12 и оператора", "ORG")]) == [("Velora-12", "ORG")]


def test_cyrillic_names_quoted_names_and_capitalised_words_are_left_to_other_rules() -> None:
    text = "Газопровод Северный поток проходит."
    assert _split(text, [("Северный поток", "PRO")]) == [("Северный поток", "PRO")]
    text = "Сериал «Nordic ночи» вышел."
    assert _split(text, [("Nordic ночи", "PRO")]) == [("Nordic ночи", "PRO")]
