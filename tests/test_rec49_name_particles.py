"""A surname's small-letter particle is part of the person's name (issue 12, rec49; invented names)."""

from __future__ import annotations

from entity_support import placed_in_order
from storyline.analyse.entities_name_particles import with_name_particles


def _joined(text: str, found: list[tuple[str, str]], lang: str = "ru") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, found, lang)
    return [(m.text, m.type) for m in with_name_particles(text, mentions, lambda s, t: s)]


def test_particles_open_the_name_and_join_the_given_name() -> None:
    text = "Заявила Мартина фон дер Кальбе. Позже фон дер Кальбе уехала, а адвокат уль-Харис остался."
    found = [("Мартина", "PER"), ("Кальбе", "PER"), ("Кальбе", "PER"), ("Харис", "PER")]
    assert _joined(text, found) == [
        ("Мартина фон дер Кальбе", "PER"),
        ("фон дер Кальбе", "PER"),
        ("уль-Харис", "PER"),
    ]


def test_a_body_a_place_or_a_common_word_before_is_left() -> None:
    text = "Сотрудники фон Кальбе Групп и жители ван Дорна."
    found = [("Кальбе Групп", "ORG"), ("Дорна", "LOC")]
    assert _joined(text, found) == found
    text = "Він сказав, де Петренко живе."
    assert _joined(text, [("Петренко", "PER")], "uk") == [("Петренко", "PER")]


def test_a_given_name_run_into_a_body_s_name_joins_the_person() -> None:
    text = "Заявила председатель Комиссии Мартина фон дер Кальбе."
    found = [("Комиссии Мартина", "ORG"), ("Кальбе", "PER")]
    assert _joined(text, found) == [("Комиссии", "ORG"), ("Мартина фон дер Кальбе", "PER")]
