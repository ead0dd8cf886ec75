"""A multiword name's words agree in the nominative: no oblique case left inside (issue base27)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import agreement, lemma_lexicon
from storyline.ner.lemma import Lemmatizer, _adjective_s_form, _country_s_case, _head_noun_in_a_case


def test_a_czech_noun_after_adjectives_the_endings_made_singular_takes_its_nominative() -> None:
    # "Jizerské" reads as a feminine genitive ("Jizerská"), "obchodní" is the same in every
    # gender: the noun after them is in that genitive too, not a plural nominative
    lem = _learned()
    assert lem.base("Jizerské obchodní komory", "cs", "ORG") == "Jizerská obchodní komora"
    assert lem.base("Hanácké národní knihovny", "cs", "ORG") == "Hanácká národní knihovna"
    assert lem.base("Jizerská obchodní komora", "cs", "ORG") == "Jizerská obchodní komora"


def test_adjectives_left_as_written_show_no_singular() -> None:
    r = agreement.rules("cs")
    assert r is not None
    before = [agreement.adjective_ending(w, r) for w in ("Jizerské", "obchodní")]
    made = ["Jizerská", "obchodní"]
    assert agreement._made_singular(["Jizerské", "obchodní"], made, before, "komora", r)
    # kept as written ("Jizerské dráhy", a plural nominative): nothing shows a singular's case
    assert not agreement._made_singular(
        ["Jizerské", "obchodní"], ["Jizerské", "obchodní"], before, "komora", r
    )
    # made the nominative of another gender than the noun's: no reading of one phrase
    assert not agreement._made_singular(["Jizerské"], ["Jizerský"], before[:1], "komora", r)
    # "-í" alone tells nothing
    assert not agreement._made_singular(["obchodní"], ["obchodní"], before[1:], "komora", r)


def test_a_polish_adjective_after_its_head_in_a_case_the_list_lists_as_no_adjective_agrees() -> None:
    # "centralne" is the list's lemma of "Centralnego": a neuter's nominative, yet the ending
    # "-ego" is only an adjective's case, so it agrees with the head put in the nominative
    assert agreement.agree(["Funduszu", "Centralnego"], ["Fundusz", "Centralnego"], "pl") == [
        "Fundusz",
        "Centralny",
    ]
    # a name declined like an adjective ("Dantego" of "Dante") is whom it is named after
    assert agreement.agree(["Instytutu", "Dantego"], ["Instytut", "Dantego"], "pl") == ["Instytut", "Dantego"]


def test_a_polish_adjective_after_its_head_before_an_acronym_agrees_with_the_head() -> None:
    # an acronym after the adjective takes none of its own: the adjective is the head's
    forms = ["Komisja", "Morskiej", "ONZ"]
    assert agreement.agree(["Komisji", "Morskiej", "ONZ"], forms, "pl") == ["Komisja", "Morska", "ONZ"]
    lem = _learned()
    assert lem.base("Rady Handlowej NATO", "pl", "ORG") == "Rada Handlowa NATO"
    # before a noun of its own the adjective belongs to that noun's complement, as written
    forms = ["Rada", "Najwyższej", "Izby"]
    assert agreement.agree(["Rady", "Najwyższej", "Izby"], forms, "pl") == ["Rada", "Najwyższej", "Izby"]


def test_a_name_s_first_word_the_list_holds_as_a_common_noun_s_case_is_its_head() -> None:
    # "-a" before a kept word is mostly a feminine adjective's nominative ("Nowa Huta"); a
    # common noun's genitive ("Dziennika" of "dziennik") is the head, in the nominative
    lem = _learned()
    assert lem.base("Dziennika Wiadomości Morskich", "pl", "ORG") == "Dziennik Wiadomości Morskich"
    assert (
        lem.base("Stowarzyszenia Pomoc Rodzinom w Potrzebie", "pl", "ORG")
        == "Stowarzyszenie Pomoc Rodzinom w Potrzebie"
    )
    assert _head_noun_in_a_case("Dziennika", "pl") == "Dziennik"
    # a word that is an adjective's form too ("belega" is listed) may agree with the kept noun
    assert _adjective_s_form("Bela", "sl")
    assert _head_noun_in_a_case("Bela", "sl") is None
    assert lem.base("Bela dvorana", "sl", "ORG") == "Bela dvorana"


def test_a_slovene_name_in_a_case_before_foreign_words_takes_its_nominative() -> None:
    # the river's name declines, the English words after it do not
    lem = _learned()
    assert lem.base("Soče Airways", "sl", "ORG") == "Soča Airways"
    assert lem.base("Soči Airways", "sl", "ORG") == "Soča Airways"
    assert lem.base("Soča Airways", "sl", "ORG") == "Soča Airways"
    assert lemma_lexicon.own_name_before_foreign(["Soče", "Airways"], "sl") == "Soča"
    # a common noun first, a nominative first, or no foreign word after it: not this rule's
    assert lemma_lexicon.own_name_before_foreign(["Zavoda", "Airways"], "sl") is None
    assert lemma_lexicon.own_name_before_foreign(["Soča", "Airways"], "sl") is None
    assert lemma_lexicon.own_name_before_foreign(["Soče", "Kopra"], "sl") is None


def test_a_slovene_country_in_a_case_the_word_list_holds_as_its_own_takes_the_country_s_name() -> None:
    # the list holds "Irsko" as a dictionary form; it is the accusative of the country "Irska",
    # and "Zahodno" before it the feminine accusative agreeing with it, not a neuter nominative
    assert _country_s_case("Irsko", "sl") == "Irska"
    assert _country_s_case("Irska", "sl") is None  # the country as written
    assert agreement.agree(["Zahodno", "Irsko"], ["Zahodno", "Irsko"], "sl") == ["Zahodno", "Irsko"]
    agreed = agreement.agree(
        ["Zahodno", "Irsko"], ["Zahodno", "Irsko"], "sl", None, lambda w: _country_s_case(w, "sl")
    )
    assert agreed == ["Zahodna", "Irska"]
    # with no learned endings at all, the rules alone
    assert Lemmatizer({}).base("Zahodno Irsko", "sl", "LOC") == "Zahodna Irska"
    assert Lemmatizer({}).base("Zahodna Irska", "sl", "LOC") == "Zahodna Irska"


def test_a_slovene_country_after_a_body_s_noun_is_its_genitive_complement() -> None:
    # "Švedske" ends like an adjective's case but is the country's genitive: the body's
    # complement, as written; after a kind of state it is in apposition, in the nominative
    lem = _learned()
    assert lem.base("Kmečki stranki Švedske", "sl", "ORG") == "Kmečka stranka Švedske"
    assert lem.base("Narodni banki Švedske", "sl", "ORG") == "Narodna banka Švedske"
    assert lem.base("Ljudske republike Švedske", "sl", "LOC") == "Ljudska republika Švedska"


def test_a_polish_country_in_a_case_that_reads_as_an_adjective_is_its_adjectives_noun() -> None:
    # "Polski" is the masculine adjective as written and the country's genitive: after an
    # adjective in "-ej" it is the noun, and both take the nominative
    assert Lemmatizer({}).base("Zielonej Polski", "pl", "ORG") == "Zielona Polska"
    assert Lemmatizer({}).base("Otwartej Polski", "pl", "ORG") == "Otwarta Polska"
    assert Lemmatizer({}).base("Otwarta Polska", "pl", "ORG") == "Otwarta Polska"


def test_a_czech_noun_in_ou_after_adjectives_in_i_is_in_a_case() -> None:
    # "-í" is every gender's nominative and shows no case; "-ou" is no noun's nominative
    assert Lemmatizer({}).base("Horní komorou", "cs", "ORG") == "Horní komora"
    assert Lemmatizer({}).base("Zelení komorou", "cs", "ORG") == "Zelení komora"
    assert Lemmatizer({}).base("Horní komora", "cs", "ORG") == "Horní komora"


def test_a_slovene_adjective_in_i_before_a_feminine_noun_in_i_is_its_dative() -> None:
    # "-i" is a masculine's nominative and a feminine's dative or locative; the noun in "-i"
    # whose dictionary form is a feminine's ("zveza") tells which
    assert Lemmatizer({}).base("Ribiški zvezi Podgorje", "sl", "ORG") == "Ribiška zveza Podgorje"
    assert Lemmatizer({}).base("Zeleni stranki", "sl", "ORG") == "Zelena stranka"
    # a masculine plural, its noun in "-i" of a masculine's: as written
    assert Lemmatizer({}).base("Mladi ribiči Podgorja", "sl", "ORG") == "Mladi ribiči Podgorja"
    r = agreement.rules("sl")
    assert r is not None
    before = [agreement.adjective_ending("Ribiški", r)]
    assert agreement._case_of_the_noun_s_gender(before, "zvezi", "zveza", "sl", r)
    assert not agreement._case_of_the_noun_s_gender(before, "zveze", "zveza", "sl", r)


def test_the_words_after_an_ordinal_agree_among_themselves() -> None:
    assert Lemmatizer({}).base("IV wojnie bałkańskiej", "pl", "EVT") == "IV wojna bałkańska"
    assert Lemmatizer({}).base("IV wojna bałkańska", "pl", "EVT") == "IV wojna bałkańska"
    assert Lemmatizer({}).base("12. Mazurskiego Pułku", "pl", "ORG") == "12. Mazurski Pułk"
    assert Lemmatizer({}).base("3. ribiški konferenci", "sl", "EVT") == "3. ribiška konferenca"


def test_a_polish_plural_name_s_adjectives_take_the_plural_nominative() -> None:
    # the endings made the noun a plural's nominative ("Wyspy", not the list's "Wyspa"): the
    # name is a plural, and its adjective after it takes the plural nominative of things
    forms = ["Wyspy", "Mazurskich"]
    assert agreement.agree(["Wyspach", "Mazurskich"], forms, "pl") == ["Wyspy", "Mazurskie"]
    # a noun the endings put in its singular has a plural complement ("the party of the …")
    forms = ["Partia", "Zielonych"]
    assert agreement.agree(["Partii", "Zielonych"], forms, "pl") == ["Partia", "Zielonych"]
    # a noun kept as written tells nothing
    forms = ["Wyspach", "Mazurskich"]
    assert agreement.agree(["Wyspach", "Mazurskich"], forms, "pl") == ["Wyspach", "Mazurskich"]
