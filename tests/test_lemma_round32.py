"""Base forms of audit round 32 (other names than the audit's)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import lemma_hyphen, lemma_region_adjective, morphology
from storyline.ner.lemma import _no_case


def test_a_mans_given_name_in_a_case_that_no_list_holds_as_a_womans_takes_his_nominative() -> None:
    uk = morphology.for_lang("uk")
    assert uk is not None
    # "Пола" reads as a woman's nominative to the dictionary, but no list of first names has
    # it, and its man's reading's nominative "Пол" is a listed man's name: his genitive, with the
    # foreign surname in it, whatever case its guessed endings read
    assert morphology.phrase_nominative(uk, ["Пола", "Грінвудта"], "PER") == ({0: "Пол", 1: "Грінвудт"}, 2)
    assert _learned().base("Пола Грінвудта", "uk", "PER") == "Пол Грінвудт"
    # a listed woman's name stays a woman's nominative before a surname that reads as hers
    assert morphology.phrase_nominative(uk, ["Яна", "Грінвудова"], "PER") == ({0: "Яна", 1: "Грінвудова"}, 2)


def test_a_place_whose_first_part_stays_declines_at_its_last_part() -> None:
    lem = _learned()
    # "Ust-" stays as written before a last part in the genitive: the learned endings' reading
    # of the whole word puts that part in its nominative
    assert lem.base("Ust-Wiłogi", "pl", "LOC") == "Ust-Wiłoga"
    # a last part in its nominative stays so, and an acronym's tail is read as before
    assert lem.base("Zabrzyn-Modlin", "pl", "LOC") == "Zabrzyn-Modlin"
    # only a capitalised part of letters after the hyphen may decline alone
    assert not lemma_hyphen.declining_tail("-19", "pl")
    assert not lemma_hyphen.declining_tail("-NATO", "pl")
    assert lemma_hyphen.declining_tail("-Wiłogi", "pl")
    # a language that declines no name after a hyphen keeps every tail
    assert not lemma_hyphen.declining_tail("-Wiłogi", "ru")


def test_a_slovene_region_named_by_an_adjective_alone_is_its_feminine_nominative() -> None:
    lem = _learned()
    assert lem.base("belokranjske", "sl", "LOC") == "belokranjska"  # not the masculine "-ski"
    assert lem.base("zgornjevrške", "sl", "LOC") == "zgornjevrška"
    assert lem.base("gorsko-ravenske", "sl", "LOC") == "gorsko-ravenska"
    assert lemma_region_adjective.nominative("zgornjevrško", "sl") == "zgornjevrška"
    # not an adjective's stem, a part before the last that is no compound's link, capitals, or
    # a language without the rows
    assert lemma_region_adjective.nominative("zgornjevrne", "sl") is None
    assert lemma_region_adjective.nominative("gorska-ravenske", "sl") is None
    assert lemma_region_adjective.nominative("Zgornjevrške", "sl") is None
    assert lemma_region_adjective.nominative("zgornjevrskiego", "pl") is None


def test_a_polish_i_after_a_hard_consonant_is_no_genitive_of_a_noun_in_a() -> None:
    lem = _learned()
    assert lem.base("Guido Trasi", "pl", "PER") == "Guido Trasi"
    assert lem.base("Guido Wazi", "pl", "PER") == "Guido Wazi"
    assert _no_case("Tarosi", "Tarosa", "pl")
    # after "k", "g", "l", "j" it is that genitive ("Marka Bielki" is Bielka's), and a soft
    # stem's "-sia" is no "-sa"
    assert not _no_case("Bielki", "Bielka", "pl")
    assert not _no_case("Tarosi", "Tarosia", "pl")
    assert not _no_case("Tarosi", "Tarosa", "cs")
