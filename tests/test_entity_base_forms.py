"""Base forms of multiword names in ru/uk: the head noun takes its case from the adjectives
before it (the dictionary alone would keep "края", which is also a nominative plural)."""

from __future__ import annotations

import pytest

from storyline import ner

pytestmark = pytest.mark.skipif(ner.recogniser() is None, reason="no tagger installed")


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Зареченского края", "ru", "Зареченский край"),
        ("Тарновской области", "ru", "Тарновская область"),  # an adjective the dictionary does not know
        ("Тарнівської області", "uk", "Тарнівська область"),
        ("Соединённых Штатов", "ru", "Соединённые Штаты"),  # a participle agrees like an adjective
    ],
)
def test_a_region_in_an_oblique_case_gets_the_nominative(surface: str, lang: str, base: str) -> None:
    assert ner.recogniser().lemmatizer.base(surface, lang, "LOC", set()) == base


def test_a_nominative_name_is_left_as_it_is() -> None:
    assert ner.recogniser().lemmatizer.base("Зареченский край", "ru", "LOC", set()) == "Зареченский край"


@pytest.mark.parametrize(("surface", "lang"), [("Joe Tarlen", "cs"), ("Kamala Tarlen", "cs")])
def test_a_surname_in_its_nominative_keeps_its_given_names_whole(surface: str, lang: str) -> None:
    assert ner.recogniser().lemmatizer.base(surface, lang, "PER", set()) == surface


def test_an_edit_never_cuts_a_word_to_a_stub() -> None:
    from storyline.ner.lemma import _undamaged

    assert _undamaged("Okama", "Ok") == "Okama"
    assert _undamaged("Tarlenem", "Tarlen") == "Tarlen"


@pytest.mark.parametrize(
    ("surface", "base"),
    [("Калифорнии", "Калифорния"), ("Небраске", "Небраска")],  # a foreign state in an oblique case
)
def test_a_place_name_is_not_read_as_a_plural(surface: str, base: str) -> None:
    from storyline.ner.morphology import for_lang

    assert for_lang("ru").nominative(surface, "LOC") == base


def test_a_plural_only_place_stays_plural() -> None:
    from storyline.ner.morphology import for_lang

    assert for_lang("ru").nominative("Афины", "LOC") == "Афины"


def test_the_gazetteers_pick_a_place_s_nominative_among_the_learned_endings() -> None:
    from storyline.ner.lemma import Lemmatizer

    # the learned endings prefer a shorter cut, the gazetteers know the city
    table = {"w|cs|o|pešávaru": [(2, "", 0.6), (1, "", 0.4)]}
    assert Lemmatizer(table).base("Pešávaru", "cs", "LOC", set()) == "Pešávar"
    assert Lemmatizer(table).base("Pešávaru", "cs", "ORG", set()) == "Pešáva"  # only places


def test_a_complement_after_a_kept_word_keeps_its_case() -> None:
    from storyline.ner.lemma import Lemmatizer

    # the learned endings would put every word in the nominative; the genitive complement stays
    table = {
        "w|pl|f|urzędu": [(3, "ąd", 1.0)],
        "w|pl|m|ochrony": [(0, "", 1.0)],
        "w|pl|l|lasów": [(2, "y", 1.0)],
    }
    assert Lemmatizer(table).base("Urzędu Ochrony Lasów", "pl", "ORG", set()) == "Urząd Ochrony Lasów"
    assert (
        Lemmatizer(table).base("Urzędu Ochrony Lasów", "pl", "PER", set()) == "Urząd Ochrony Lasy"
    )  # names: word by word
