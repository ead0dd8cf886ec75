"""The head noun of a multiword name in the languages without an inflecting dictionary (sl, pl,
cs): adjectives that open the name lead up to it (invented names; a hand-made table of learned
endings stands for the trained one, so what is tested is the rule, not a training set)."""

from __future__ import annotations

import pytest

from storyline.ner.lemma import Lemmatizer

# the learned endings of a last word: "-iji" and "-ki", "-gi" are feminine locatives
SL_TABLE = {
    "s|sl|l|l|iji": [("i", "a", 1.0)],
    "s|sl|l|l|ki": [("i", "a", 1.0)],
    "s|sl|l|l|gi": [("i", "a", 1.0)],
}


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Pomurski turistični regiji", "Pomurska turistična regija"),
        ("danski liberalni stranki", "danska liberalna stranka"),
        ("vzhodni hokejski ligi", "vzhodna hokejska liga"),
    ],
)
def test_sl_adjectives_that_open_a_name_are_no_complement_of_it(surface: str, base: str) -> None:
    # "-i" is a masculine nominative and a feminine locative: the adjectives kept as written are
    # not a genitive complement after a head, so the noun's locative is undone and they agree
    assert Lemmatizer(SL_TABLE).base(surface, "sl", "LOC") == base


def test_sl_a_complement_after_a_head_noun_still_keeps_its_case() -> None:
    # "Urad" is the head; what follows it keeps its form
    assert Lemmatizer(SL_TABLE).base("Urad vzhodni regiji", "sl", "ORG") == "Urad vzhodni regiji"


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Biurze Badań Morskich", "pl", "Biuro Badań Morskich"),  # a locative before a genitive
        ("Instytutem Fizyki Jądrowej", "pl", "Instytut Fizyki Jądrowej"),
        ("Akademii w Krakowie", "pl", "Akademia w Krakowie"),  # before a preposition
        ("Urzędzie Miasta", "pl", "Urząd Miasta"),  # the stem's last letters change
        ("Sądzie Rejonowym", "pl", "Sąd Rejonowy"),  # and a postposed adjective agrees
        ("Sněmovny poslanců", "cs", "Sněmovna poslanců"),
        ("Radě pro zahraniční věci", "cs", "Rada pro zahraniční věci"),
        ("Univerzi v Kranju", "sl", "Univerza v Kranju"),
        ("Fakulteti za gradbeništvo", "sl", "Fakulteta za gradbeništvo"),
    ],
)
def test_a_head_noun_that_opens_a_name_in_a_case_gets_its_dictionary_form(
    surface: str, lang: str, base: str
) -> None:
    assert Lemmatizer({}).base(surface, lang, "ORG") == base


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("Stany Zjednoczone", "pl"),  # a plural before its plural adjective
        ("Wyspy Owcze", "pl"),
        ("Socjaliści i Zieloni", "pl"),  # coordinated: both in one case
        ("Bank of Scotland", "pl"),  # a foreign word the list reads as a genitive plural
        ("Farm Africa", "pl"),
        ("Der Standard", "cs"),  # the list reads it as a form of another word
        ("Vlada Republike Hrvaške", "sl"),  # the noun is a dictionary form (of "vlade")
        ("Wieka Polska", "pl"),  # before a nominative, a nominative
        ("France 3", "pl"),  # a foreign word far more common as written than the list's lemma
        ("Centre for Policy Studies", "cs"),  # a link word the language does not have: foreign
        ("Ministry of Defence", "pl"),
        ("Den Helder", "pl"),  # shares one letter with the list's "dno": another word
    ],
)
def test_a_first_word_that_is_no_oblique_head_stays(surface: str, lang: str) -> None:
    assert Lemmatizer({}).base(surface, lang, "ORG") == surface


@pytest.mark.parametrize("surface", ["Jadransko morje", "Ledeno morje", "Jadransko obrežje"])
def test_sl_a_noun_in_its_dictionary_form_after_nominative_adjectives_stays(surface: str) -> None:
    # the learned endings read "-je" as a case of a feminine "-ja" noun and "-sko" as a
    # feminine accusative; the word list holds the noun as its own dictionary form
    table = {
        "s|sl|l|l|je": [("e", "a", 1.0)],
        "s|sl|f|C|sko": [("o", "a", 1.0)],
        "s|sl|f|C|no": [("o", "a", 1.0)],
    }
    assert Lemmatizer(table).base(surface, "sl", "LOC") == surface


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Azji Południowo-Wschodniej", "Azja Południowo-Wschodnia"),
        ("Afryce Północno-Zachodniej", "Afryka Północno-Zachodnia"),
        ("Polsko-Czeskiej Izby Gospodarczej", "Polsko-Czeska Izba Gospodarcza"),
    ],
)
def test_pl_a_compound_adjective_agrees_by_its_last_part(surface: str, base: str) -> None:
    assert Lemmatizer({}).base(surface, "pl", "LOC") == base


@pytest.mark.parametrize(
    ("surface", "lang", "base"),
    [
        ("Zeleném domě", "cs", "Zelený dům"),  # the learned "-ě" cut gives "dom", the list "dům"
        ("Starém domě", "cs", "Starý dům"),
        ("Národním domě", "cs", "Národní dům"),
        ("Južnem Štajerskem", "sl", "Južna Štajerska"),  # the learned form is a dictionary form too
        ("Zahodnem Irskem", "sl", "Zahodna Irska"),
    ],
)
def test_after_oblique_adjectives_the_noun_takes_the_list_s_dictionary_form(
    surface: str, lang: str, base: str
) -> None:
    table = {"s|cs|l|l|ě": [("ě", "", 1.0)], "s|sl|l|C|skem": [("em", "a", 1.0)]}
    assert Lemmatizer(table).base(surface, lang, "LOC") == base


@pytest.mark.parametrize(
    ("surface", "base"),
    [
        ("Światową Organizację Zdrowia", "Światowa Organizacja Zdrowia"),
        ("Zieloną Dolinę", "Zielona Dolina"),
        ("Czerwoną Linię", "Czerwona Linia"),
        ("Białą Księgę", "Biała Księga"),
    ],
)
def test_pl_an_adjective_the_list_holds_capitalised_as_a_name_is_an_adjective_before_its_noun(
    surface: str, base: str
) -> None:
    # the list lemmatises "Światową" as the name's word "Światowa", "światową" as the adjective
    table = {"s|pl|m|C|cję": [("ę", "a", 1.0)], "s|pl|l|C|nę": [("ę", "a", 1.0)]}
    assert Lemmatizer(table).base(surface, "pl", "ORG") == base
