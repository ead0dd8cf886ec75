"""Base forms the document and the name itself settle (invented names): a stem the document also
writes with case endings, a woman's given name in a case before a surname that never declines,
a case ending written after an apostrophe."""

from __future__ import annotations

from storyline.ner.lemma import Lemmatizer
from storyline.ner.lemma_paradigm import written_cases

# an ending every training example cut: "-om" as the instrumental of a masculine noun
CUT_OM = {"s|sl|ORG|o|C|om": [("om", "", 1.0)]}


def test_the_document_s_other_cases_of_a_word_make_it_a_nominative() -> None:
    lem = Lemmatizer(CUT_OM)
    assert lem.base("Velprom", "sl", "ORG", {"Velprom"}) == "Velpr"  # nothing says otherwise
    assert lem.base("Velprom", "sl", "ORG", {"Velprom", "Velproma", "Velpromu"}) == "Velprom"


def test_the_document_s_other_cases_of_the_word_less_a_letter_make_that_the_nominative() -> None:
    # training keeps "-a" more often (feminine nominatives) than it cuts it (masculine genitives)
    lem = Lemmatizer({"s|sl|ORG|o|C|a": [("", "", 0.7), ("a", "", 0.3)]})
    assert lem.base("Velproma", "sl", "ORG", {"Velproma"}) == "Velproma"
    assert lem.base("Velproma", "sl", "ORG", {"Velproma", "Velpromom"}) == "Velprom"


def test_other_cases_count_only_with_the_language_s_endings() -> None:
    assert written_cases("Velprom", "sl", {"Velproma", "Velpromu", "Velpromx"}) == 2
    assert written_cases("Velprom", "sl", {"Velprom"}) == 0  # the word itself is no evidence
    assert written_cases("Velprom", "xx", {"Velproma", "Velpromu"}) == 0  # no data: no evidence
    assert written_cases("VELPROM", "sl", {"VELPROMA"}) == 1


def test_a_woman_s_given_name_in_a_case_before_a_surname_that_never_declines() -> None:
    # training kept "-y"/"-o" before a surname kept as written (given names in the nominative);
    # "Haliny" is no first name, its nominative "Halina" is a woman's
    lem = Lemmatizer(
        {
            "n|pl|PER|y": [(1, "", 0.9)],
            "n|pl|PER|o": [(1, "", 0.9)],
            "s|pl|PER|f|C|y": [("", "", 0.6), ("y", "a", 0.4)],
            "s|pl|PER|f|C|o": [("", "", 0.6), ("o", "a", 0.4)],
        }
    )
    assert lem.base("Haliny Kowal", "pl", "PER") == "Halina Kowal"
    assert lem.base("Roberto Kowal", "pl", "PER") == "Roberto Kowal"  # a first name as written
    assert lem.base("Zbrodny Kowal", "pl", "PER") == "Zbrodny Kowal"  # no first name either way


def test_a_case_ending_after_an_apostrophe_comes_off() -> None:
    lem = Lemmatizer({})
    assert lem.base("Delaroche'a", "pl", "PER") == "Delaroche"
    assert lem.base("Rory'ego Dunmore’a", "pl", "PER") == "Rory Dunmore"
    # the given name's ending after its apostrophe is the surname's case too
    assert lem.base("Jean-Luc'a Picarda", "pl", "PER") == "Jean-Luc Picard"
    # and the surname's ending tells the case of the given name before it
    assert lem.base("Rolanda Dunmore'a", "pl", "PER") == "Roland Dunmore"
    assert lem.base("O'Brien", "pl", "PER") == "O'Brien"  # an apostrophe inside a name stays
    assert lem.base("Delaroche'a", "cs", "PER") == "Delaroche'a"  # no such endings in the data


def test_a_given_name_the_dictionary_reads_as_a_man_s_that_no_list_knows() -> None:
    # pymorphy3 reads "Авгию" as the dative of a man's "Авгий", a name no list of first
    # names has; the learned "-ю" → "-я" gives the woman's name the lists know
    lem = Lemmatizer({"s|ru|PER|f|C|ю": [("ю", "я", 0.6)]})
    assert lem.base("Авгию Ноа", "ru", "PER") == "Авгия Ноа"
    # where no candidate is a known first name either, the dictionary's reading stays
    assert lem.base("Флорию Ноа", "ru", "PER") == "Флорий Ноа"


def test_an_article_is_cut_only_from_a_noun_it_can_follow() -> None:
    # training cut the feminine article "-та"; after "-и" it cannot stand, so "-та" is a masculine
    # noun's "-т" and its short article "-а"
    lem = Lemmatizer({"s|bg|EVT|o|C|та": [("та", "", 1.0)]})
    assert lem.base("Дронзита", "bg", "EVT") == "Дронзит"
    assert lem.base("Веселината", "bg", "EVT") == "Веселина"
    assert lem.base("Младостта", "bg", "EVT") == "Младост"


def test_an_acronym_with_a_case_ending_is_the_acronym() -> None:
    lem = Lemmatizer({})
    assert lem.base("ЗЕТа", "ru", "ORG") == "ЗЕТ"
    assert lem.base("британского ЗЕТа", "ru", "ORG") == "британский ЗЕТ"
    assert lem.base("ЗЕТу", "uk", "ORG") == "ЗЕТ"
    # small letters that are no case ending of the language are the name's own
    assert lem.base("ZeKoN", "pl", "ORG") == "ZeKoN"
    assert lem.base("ZKop", "sl", "ORG") == "ZKop"


def test_a_foreign_name_s_case_ending_in_place_of_its_last_vowel() -> None:
    # training cut "-u" (a masculine noun's dative or locative ending after a consonant)
    lem = Lemmatizer({"s|sl|LOC|o|C|u": [("u", "", 1.0)]})
    assert lem.base("Vendalu", "sl", "LOC", {"Vendalu"}) == "Vendal"  # nothing says otherwise
    # the document writes the name with the vowel its case ending replaced
    assert lem.base("Vendalu", "sl", "LOC", {"Vendalu", "Vendale"}) == "Vendale"
    assert lem.base("Vendalu", "sl", "LOC", {"Vendalu", "Vendalo"}) == "Vendalo"
    # a language without such endings in its data keeps the learned edit
    assert (
        Lemmatizer({"s|xx|LOC|o|C|u": [("u", "", 1.0)]}).base("Vendalu", "xx", "LOC", {"Vendale"}) == "Vendal"
    )
