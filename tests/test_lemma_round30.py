"""Base forms of audit round 30 (other names than the audit's; issue 12)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import lemma_double_surname, lemma_title_run


def test_a_foreign_place_in_a_case_gets_the_soft_sign_its_ending_implies() -> None:
    # Ukrainian: the dictionary's words that end in "…мені" are soft stems ("…мінь"/"…мень");
    # a foreign place it does not know keeps its own vowel and takes the soft sign back
    lem = _learned()
    assert lem.base("Керестешнамені", "uk", "LOC") == "Керестешнамень"
    assert lem.base("Керестешнаменем", "uk", "LOC") == "Керестешнамень"
    # a hard stem the guesser reads as hard, and a place the dictionary knows, stay hard
    assert lem.base("Ужгороді", "uk", "LOC") == "Ужгород"
    assert lem.base("Мюнхені", "uk", "LOC") == "Мюнхен"
    assert lem.base("Бекешчабі", "uk", "LOC") == "Бекешчаба"


def test_a_polish_title_in_apposition_declines_all_its_words() -> None:
    lem = _learned()
    # the inner noun in the dative/locative or instrumental: no genitive complement
    assert lem.base("Kurierze Gazecie Lubelskiej", "pl", "ORG") == "Kurier Gazeta Lubelska"
    assert lem.base("Tygodnikiem Gazetą Mazurską", "pl", "ORG") == "Tygodnik Gazeta Mazurska"
    # a genitive complement keeps its case, whatever the head's
    assert lem.base("Ministerstwie Spraw Zagranicznych", "pl", "ORG") == "Ministerstwo Spraw Zagranicznych"
    assert lem.base("Trybunale Unii Europejskiej", "pl", "ORG") == "Trybunał Unii Europejskiej"
    assert lem.base("Instytucie Pamięci Narodowej", "pl", "ORG") == "Instytut Pamięci Narodowej"


def test_the_title_run_needs_the_head_out_of_a_case_and_a_listed_noun() -> None:
    def base(inner: str) -> str:
        return {"Gazecie Lubelskiej": "Gazeta Lubelska"}.get(inner, inner)

    tokens = ["Kurierze", "Gazecie", "Lubelskiej"]
    assert lemma_title_run.in_the_nominative(tokens, ["Kurier", *tokens[1:]], "pl", base) == [
        "Kurier",
        "Gazeta",
        "Lubelska",
    ]
    # the head as written: nothing to agree with
    assert lemma_title_run.in_the_nominative(tokens, tokens, "pl", base) == tokens
    # a language without the data
    assert lemma_title_run.in_the_nominative(tokens, ["Kurier", *tokens[1:]], "cs", base) == [
        "Kurier",
        *tokens[1:],
    ]


def test_a_slovene_woman_s_double_surname_takes_its_feminine_nominative() -> None:
    lem = _learned()
    assert lem.base("Hrast-Kovačeve", "sl", "PER") == "Hrast-Kovačeva"
    assert lem.base("Mojce Pirc-Dolinarjeve", "sl", "PER") == "Mojca Pirc-Dolinarjeva"
    assert lem.base("Brino Pirc-Kosovo", "sl", "PER") == "Brina Pirc-Kosova"
    assert lem.base("Hrast-Kovačeva", "sl", "PER") == "Hrast-Kovačeva"
    # the first part declined: not her undeclined surname before the possessive-type one
    assert lemma_double_surname.womans_nominative(["Hrasta-Kovačeve"], ["Hrast-Kovačeve"], "sl") == [
        "Hrast-Kovačeve"
    ]
    # a language without the data keeps what the rest made
    assert lemma_double_surname.womans_nominative(["Hrast-Kovačeve"], ["Hrast-Kovačeve"], "cs") == [
        "Hrast-Kovačeve"
    ]


def test_the_soft_sign_outweighs_a_vowel_the_dictionary_s_words_never_read_there() -> None:
    from storyline.ner.lemma import Lemmatizer

    # learned endings that read a locative "-і" as a feminine "-а"'s: no word of the dictionary
    # that ends in "…мені" is one, so that reading goes to the soft stem too
    lem = Lemmatizer({"s|uk|LOC|o|C|і": [(1, "а", 0.8), (1, "", 0.2)]})
    assert lem.base("Керестешнамені", "uk", "LOC") == "Керестешнамень"
    assert lem.base("Ужгороді", "uk", "LOC") == "Ужгород"
