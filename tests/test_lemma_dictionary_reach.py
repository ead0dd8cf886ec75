"""What the ru/uk dictionary reaches in a name: the head phrase before a bracket or a number, a
word spelled with the text's apostrophe, a given name alone in an oblique case (invented names
and bodies; no learned table, so pymorphy3 and the language's data decide)."""

from __future__ import annotations

import pytest

from storyline.ner.lemma import Lemmatizer


@pytest.fixture(scope="module")
def lem() -> Lemmatizer:
    return Lemmatizer({})


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Союза промышленников Германии (BDI)", "ru", "Союз промышленников Германии (BDI)"),
        ("Городской больнице № 5", "ru", "Городская больница № 5"),
        ("Волжского соглашения 2004 года", "ru", "Волжское соглашение 2004 года"),
        ("Обласного об'єднання лікарів (ООЛ)", "uk", "Обласне об'єднання лікарів (ООЛ)"),
    ],
)
def test_the_head_phrase_before_a_bracket_or_a_number_goes_to_the_nominative(
    lem: Lemmatizer, surface: str, lang: str, base: str
) -> None:
    assert lem.base(surface, lang, "ORG") == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Федерального об’єднання торговців", "Федеральне об’єднання торговців"),  # U+2019
        ("Міжнародного обʼєднання профспілок", "Міжнародне обʼєднання профспілок"),  # U+02BC
        ("Обласного об'єднання", "Обласне об'єднання"),
        ("Слов’янського університету", "Слов’янський університет"),
    ],
)
def test_uk_a_word_with_an_apostrophe_is_one_word_whatever_apostrophe_the_text_writes(
    lem: Lemmatizer, surface: str, base: str
) -> None:
    # the neuter head noun is read whole, so its adjective agrees with it, and the text's own
    # apostrophe is kept
    assert lem.base(surface, "uk", "ORG") == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [("Терезе", "Тереза"), ("Светлане", "Светлана"), ("Людмиле", "Людмила"), ("Ольге", "Ольга")],
)
def test_ru_a_given_name_alone_in_the_dative_gets_its_nominative(
    lem: Lemmatizer, surface: str, base: str
) -> None:
    assert lem.base(surface, "ru", "PER") == base


@pytest.mark.parametrize("surface", ["Асия", "Алия", "Крист"])
def test_ru_a_name_the_dictionary_reads_as_another_name_s_case_stays(lem: Lemmatizer, surface: str) -> None:
    # read as a man's genitive ("Асий") or a plural genitive ("Криста"): no list of first names
    # has that nominative, or the reading is plural — the word is left as written
    assert lem.base(surface, "ru", "PER") == surface


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Київського арбітражу", "Київський арбітраж"),
        ("Харківському заводі", "Харківський завод"),
        ("Празький арбітраж", "Празький арбітраж"),  # already the base form: not made plural
        ("Карпатських гір", "Карпатські гори"),  # a plural stays plural
    ],
)
def test_uk_a_singular_head_noun_goes_to_the_singular_nominative(
    lem: Lemmatizer, surface: str, base: str
) -> None:
    # the Ukrainian dictionary tags neither the singular nor its nominative: asked for "a
    # nominative" it gives the plural one
    assert lem.base(surface, "uk", "ORG") == base
