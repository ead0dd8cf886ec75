"""Audit round 27 and web pages round 4's junk and span classes (issue 16), with other names than
the audit's: an acronym's possessive adjective written after a hyphen, a common noun of several
capitalised words (Indonesian "Ibu Kota"), a field of study after a faculty's word, a transliterated
English name cut at its "of", an Indonesian common abbreviation."""

from __future__ import annotations

import pytest

from entity_support import as_written, found
from entity_support import mention_at as at
from storyline.analyse.entities_common_phrases import fixed
from storyline.ner.lemma_hyphen import without_case


@pytest.mark.parametrize(
    ("lang", "word", "tail"),
    [
        ("sl", "NLB", "-jeva"),  # "NLB-jeva banka": the NLB's bank
        ("sl", "UEFA", "-ina"),
        ("sl", "OZN", "-ovega"),
        ("hr", "HDZ", "-ovi"),  # "HDZ-ovi zastupnici": the HDZ's deputies
        ("pl", "PiS", "-owski"),  # "PiS-owski rząd": the PiS's government
        ("pl", "COVID", "-owej"),
    ],
)
def test_an_acronym_s_possessive_adjective_has_the_acronym_for_base(lang: str, word: str, tail: str) -> None:
    assert without_case((word, tail), lang) == (word, "")


def test_a_capitalised_tail_after_an_acronym_stays() -> None:
    assert without_case(("SI", "-Certa"), "sl") == ("SI", "-Certa")


def test_id_the_capital_s_words_are_no_part_of_the_country_s_name() -> None:
    text = "Banjir melanda 200 km dari Ibu Kota Peru pagi ini."
    got = fixed(text, [at(text, "Kota Peru", "LOC", "id")], "id", as_written)
    assert [(m.text, m.start) for m in got] == [("Peru", text.index("Peru"))]
    assert [m.text for m in fixed(text, [at(text, "Ibu Kota Peru", "LOC", "id")], "id", as_written)] == [
        "Peru"
    ]


def test_id_the_capital_s_words_alone_are_no_name_and_a_city_s_kota_stays() -> None:
    text = "Mereka pindah ke Ibu Kota. Kota Bandung sepi."
    got = fixed(
        text, [at(text, "Kota", "LOC", "id"), at(text, "Kota Bandung", "LOC", "id")], "id", as_written
    )
    assert [m.text for m in got] == ["Kota Bandung"]


@pytest.mark.parametrize(
    ("lang", "text", "field"),
    [
        ("it", "Un incendio nella facoltà di Ingegneria di Pavia.", "Ingegneria"),
        ("it", "Ha una laurea in Economia.", "Economia"),
        ("es", "Los alumnos de la facultad de Farmacia protestaron.", "Farmacia"),
    ],
)
def test_a_field_of_study_after_a_faculty_word_is_no_name(lang: str, text: str, field: str) -> None:
    assert fixed(text, [at(text, field, "PER", lang)], lang, as_written) == []


def test_a_name_after_a_faculty_s_name_and_a_surname_elsewhere_stay() -> None:
    text = "La Facoltà di Medicina ospita Lucia Ferretti di Torino."
    mentions = [at(text, "Facoltà di Medicina", "ORG", "it"), at(text, "Lucia Ferretti", "PER", "it")]
    assert fixed(text, mentions, "it", as_written) == mentions


@pytest.mark.parametrize(
    ("lang", "text", "cut", "whole"),
    [
        ("sr", "Лист Гардијан Оф Лагос је писао о томе.", "Оф Лагос", "Гардијан Оф Лагос"),
        ("sr", "Portal Herald Of Kenija je pisao.", "Of Kenija", "Herald Of Kenija"),
        ("ru", "Газета Геральд Оф Кения сообщила.", "Оф Кения", "Геральд Оф Кения"),
    ],
)
def test_a_name_cut_at_its_of_takes_the_word_before_in(lang: str, text: str, cut: str, whole: str) -> None:
    first = whole.split()[0]
    got = fixed(text, [at(text, first, "ORG", lang), at(text, cut, "PER", lang)], lang, as_written)
    assert [m.text for m in got] == [whole]


def test_id_a_search_and_rescue_team_is_no_body() -> None:
    assert ("SAR", "ORG") not in found("Evakuasi dilakukan oleh tim SAR gabungan di Padang.", "id")
