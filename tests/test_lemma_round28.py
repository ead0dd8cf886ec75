"""Base forms of audit round 28 and web pages round 5 (other names than the audit's; issue 16)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned


def test_a_rare_english_name_ending_in_a_silent_e_word_gets_its_e_back() -> None:
    # "Dinmore" is too rare in English to count as written there, but its "-more" is a common
    # word that "-mor" is not: the stub "Dinmor" of "Dinmora" takes its "-e" back
    lem = _learned()
    assert lem.base("Dinmora", "cs", "PER") == "Dinmore"
    assert lem.base("Petera Dinmorem", "cs", "PER") == "Peter Dinmore"
    assert lem.base("Dinmoru", "pl", "PER") == "Dinmore"
    # the document writing the stub with case endings makes it no more the base than the name
    assert lem.base("Dinmora", "cs", "PER", {"Dinmora", "Dinmorovi"}) == "Dinmore"
    # a stub that is a name of its own keeps no "-e"
    assert lem.base("Tima Cooka", "cs", "PER") == "Tim Cook"
    assert lem.base("Livingstona", "cs", "PER") == "Livingston"


def test_a_romanian_head_noun_with_its_oblique_article_takes_the_nominative_one() -> None:
    # "-ului" (of the) is "-ul" (the) on a common noun the word list holds; what follows keeps
    # its form (a complement in the genitive, a masculine adjective, a foreign name)
    lem = _learned()
    assert lem.base("Podului Lindgren", "ro", "LOC") == "Podul Lindgren"
    assert lem.base("Teatrului Național", "ro", "ORG") == "Teatrul Național"
    assert lem.base("Muzeului Pompidou", "ro", "ORG") == "Muzeul Pompidou"
    assert lem.base("Ministerului Apărării", "ro", "ORG") == "Ministerul Apărării"
    # already a nominative, or no common noun: as written
    assert lem.base("Barajul Lindgren", "ro", "LOC") == "Barajul Lindgren"
    assert lem.base("Zarvului Tesla", "ro", "ORG") == "Zarvului Tesla"


def test_a_word_joined_to_a_small_letter_part_declines_at_its_end_only() -> None:
    # "-a" of the first part of "Tera-puram" is no case ending: a case would go at the end
    lem = _learned()
    assert lem.base("Tera-puram", "pl", "LOC") == "Tera-puram"
    assert lem.base("Dera-nagar", "cs", "LOC") == "Dera-nagar"


def test_a_neighbour_language_s_place_takes_the_ending_the_gazetteers_know() -> None:
    # Slovak "Považská Bystrica" in Czech: "Bystrice" is a Czech nominative's ending, not the
    # Slovak city's; a Czech name the gazetteers know keeps its own
    lem = _learned()
    assert lem.base("Považské Bystrice", "cs", "LOC") == "Považská Bystrica"
    assert lem.base("Rimavské Soboty", "cs", "LOC") == "Rimavská Sobota"
    assert lem.base("Rimavské Soboty", "cs", "ORG") == "Rimavská Sobota"
    assert lem.base("Kamenici nad Lipou", "cs", "LOC") == "Kamenice nad Lipou"


def test_a_greek_name_in_the_feminine_genitive_takes_the_nominative() -> None:
    # a feminine adjective's genitive is its nominative with "-ς"; the noun after it takes the
    # word list's dictionary form; a complement after the noun keeps its case
    lem = _learned()
    assert lem.base("Ευρωπαϊκής Ένωσης", "el", "ORG") == "Ευρωπαϊκή Ένωση"
    assert lem.base("Νέας Υόρκης", "el", "LOC") == "Νέα Υόρκη"
    assert lem.base("Εθνικής Τράπεζας της Ελλάδος", "el", "ORG") == "Εθνική Τράπεζα της Ελλάδος"
    # a nominative stays; a masculine genitive ("-ού") does not tell its gender: as written
    assert lem.base("Ευρωπαϊκή Ένωση", "el", "ORG") == "Ευρωπαϊκή Ένωση"
    assert lem.base("Ερυθρού Σταυρού", "el", "ORG") == "Ερυθρού Σταυρού"


def test_a_man_s_foreign_name_in_a_case_before_an_indeclinable_surname() -> None:
    # "-а" of a given name whose stub is a listed man's name, before a surname that shows no case
    lem = _learned()
    assert lem.base("Ронана Келли", "ru", "PER") == "Ронан Келли"
    assert lem.base("Эйдана Берри", "ru", "PER") == "Эйдан Берри"
    # a woman's listed name in the nominative stays so
    assert lem.base("Паола Келли", "ru", "PER") == "Паола Келли"
    assert lem.base("Марина Шоу", "ru", "PER") == "Марина Шоу"
