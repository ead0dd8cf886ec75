"""Base forms the precision audit's round 12 showed wrong, by their general causes (invented
names; a hand-made table of learned endings stands for the trained one, so what is tested is the
rule, not a training set)."""

from __future__ import annotations

import pytest

from storyline.ner.lemma import Lemmatizer

# learned endings that mostly cut a capitalised word's instrumental "-om" or a genitive "-a"
SL_TABLE = {"s|sl|o|C|om": [("om", "", 0.9), ("", "", 0.1)], "s|sl|o|C|a": [("a", "", 0.9), ("", "", 0.1)]}
PL_TABLE = {"s|pl|o|C|em": [("em", "", 0.9), ("", "", 0.1)], "s|pl|o|C|y": [("y", "a", 0.9), ("", "", 0.1)]}


@pytest.mark.parametrize(("surface", "lang"), [("Vroom", "sl"), ("Zelkoom", "sl"), ("Zabreem", "pl")])
def test_a_case_ending_does_not_follow_its_own_vowel(surface: str, lang: str) -> None:
    # "-oom" and "-eem" are a foreign name's spelling: no stem in "-o" takes the ending "-om"
    table = SL_TABLE if lang == "sl" else PL_TABLE
    assert Lemmatizer(table).base(surface, lang, "ORG") == surface


@pytest.mark.parametrize(("surface", "base"), [("Zelkom", "Zelk"), ("Bardoma", "Bardom")])
def test_a_case_ending_after_another_letter_still_comes_off(surface: str, base: str) -> None:
    assert Lemmatizer(SL_TABLE).base(surface, "sl", "ORG") == base


def test_the_rule_is_the_language_s_own() -> None:
    # a language without the list keeps its learned endings
    table = {"s|xx|o|C|om": [("om", "", 0.9), ("", "", 0.1)]}
    assert Lemmatizer(table).base("Vroom", "xx", "ORG") == "Vro"


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("Lesy.cz", "cs"),
        ("Hvězdy.cz", "cs"),
        ("Gwiazdy.pl", "pl"),
        ("Novice24.si", "sl"),
        ("www.Karty.com", "pl"),
    ],
)
def test_a_web_address_is_written_the_same_in_every_case(surface: str, lang: str) -> None:
    # "Lesy" is a plural (of "les") and "Gwiazdy" a genitive the list and the endings would
    # change; as a site's name with its domain it is written so whatever its case
    table = {**PL_TABLE, "s|cs|o|C|y": [("y", "a", 0.9), ("", "", 0.1)]}
    assert Lemmatizer(table).base(surface, lang, "ORG") == surface


def test_a_word_before_a_dot_and_a_space_still_declines() -> None:
    assert Lemmatizer(PL_TABLE).base("Gwiazdy", "pl", "ORG") == "Gwiazda"


# learned endings that cut "-h" off a capitalised person's word in "-ih" (a people's name in the
# locative plural: "Hrvatih" is "Hrvati")
SL_PLURALS = {"s|sl|PER|o|C|ih": [("h", "", 0.8), ("", "", 0.2)]}


@pytest.mark.parametrize("surface", ["Zavrtih", "Kobalih"])
def test_sl_a_surname_in_ih_is_its_own_nominative(surface: str) -> None:
    # the plural its cut would make is no word of the language: one person's name as written
    assert Lemmatizer(SL_PLURALS).base(surface, "sl", "PER") == surface


@pytest.mark.parametrize(("surface", "base"), [("Hrvatih", "Hrvati"), ("Nemcih", "Nemci")])
def test_sl_a_people_s_name_in_the_locative_plural_still_takes_its_plural(surface: str, base: str) -> None:
    assert Lemmatizer(SL_PLURALS).base(surface, "sl", "PER") == base


# a table that learned to cut "-ом" off a given name (an instrumental in training)
RU_GIVEN = {"w|ru|f|жером": [("ом", "", 1.0)]}


@pytest.mark.parametrize("surface", ["Жером Кавендиш", "Жером Пауэлл"])
def test_ru_a_man_s_given_name_before_a_surname_as_written_is_nominative_too(surface: str) -> None:
    # a man's foreign surname in a consonant declines: written as it is, the name is nominative,
    # and the form an edit makes of the given name ("Жер") is no woman's name
    assert Lemmatizer(RU_GIVEN).base(surface, "ru", "PER") == surface


def test_ru_a_woman_s_given_name_still_declines_before_a_surname_that_stays() -> None:
    assert Lemmatizer({}).base("Анну Кавендиш", "ru", "PER") == "Анна Кавендиш"


# learned endings that cut an instrumental "-em" or a genitive "-a" off a capitalised surname
PERSON_TABLE = {
    f"s|{lang}|PER|l|C|{end}": [(end, "", 0.9), ("", "", 0.1)] for lang in ("cs", "pl") for end in ("em", "a")
}


@pytest.mark.parametrize(
    ("surface", "lang"), [("William Van Holdenem", "cs"), ("Robert Kalmara", "pl"), ("Thomas Gradnera", "cs")]
)
def test_a_surname_after_a_man_s_given_name_in_its_nominative_is_nominative(surface: str, lang: str) -> None:
    # the given name would show the case too ("Williamem", "Roberta"): the surname's ending is its own
    assert Lemmatizer(PERSON_TABLE).base(surface, lang, "PER") == surface


@pytest.mark.parametrize(
    ("surface", "base"), [("Andrew Holdena", "Andrew Holden"), ("Matthew Kalmara", "Matthew Kalmar")]
)
def test_pl_a_surname_after_an_undeclined_foreign_given_name_still_declines(surface: str, base: str) -> None:
    assert Lemmatizer(PERSON_TABLE).base(surface, "pl", "PER") == base


def test_a_surname_after_a_given_name_in_a_case_still_declines() -> None:
    table = {**PERSON_TABLE, "s|pl|PER|f|C|a": [("a", "", 0.9), ("", "", 0.1)]}
    assert Lemmatizer(table).base("Tomasza Kalmara", "pl", "PER") == "Tomasz Kalmar"


# learned endings that cut a locative "-u" off a capitalised word (a consonant stem's)
CS_LOCATIVE = {"s|cs|o|C|u": [("u", "", 0.9), ("", "", 0.1)]}


def test_cs_a_foreign_name_in_o_takes_its_case_ending_in_the_vowel_s_place() -> None:
    # "v Kalvadu" of "Kalvado", where the document writes the nominative
    assert Lemmatizer(CS_LOCATIVE).base("Kalvadu", "cs", "LOC", {"Kalvado", "Kalvadu"}) == "Kalvado"


def test_cs_a_consonant_stem_still_loses_its_ending_where_the_document_writes_no_vowel_form() -> None:
    assert Lemmatizer(CS_LOCATIVE).base("Kalvadu", "cs", "LOC", {"Kalvadu"}) == "Kalvad"
