"""A name with an unclosed bracket inside is two names, or one without the mark (issue 12, rec47;
invented names)."""

from __future__ import annotations

from storyline.analyse.entities_open_brackets import without_open_brackets
from storyline.model import Mention


def _cut(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions = []
    for name, etype in found:
        i = text.index(name)
        mentions.append(Mention(i, i + len(name), name, etype, name, "ru"))
    return [(m.text, m.type) for m in without_open_brackets(text, mentions, lambda s, _t: s)]


def test_a_translated_name_and_its_original_in_brackets_are_two_names() -> None:
    text = "Совет по этике (Holmbischer Ethikrat) и Ларс Нордвик (Lars Nordvik) согласились."
    found = [("Совет по этике (Holmbischer Ethikrat", "ORG"), ("Ларс Нордвик (Lars Nordvik", "PER")]
    assert _cut(text, found) == [
        ("Совет по этике", "ORG"),
        ("Holmbischer Ethikrat", "ORG"),
        ("Ларс Нордвик", "PER"),
        ("Lars Nordvik", "PER"),
    ]


def test_a_mark_at_the_start_is_dropped_and_an_unclosed_tail_or_a_series_number_left() -> None:
    text = "вакцину «Холмвак (Гам-Холм-Вак)» и Холмапп ( +380000) и Холм Продакшн (LXXI) Б.В."
    found = [("(Гам-Холм-Вак", "PRO"), ("Холмапп ( +380000", "PRO"), ("Холм Продакшн (LXXI", "ORG")]
    assert _cut(text, found) == [
        ("Гам-Холм-Вак", "PRO"),
        ("Холмапп", "PRO"),
        ("Холм Продакшн (LXXI", "ORG"),
    ]
