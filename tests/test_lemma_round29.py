"""Base forms of audit round 29 and web pages round 6 (other names than the audit's; issue 16)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner.lemma import _acronym_with_small_letters


def test_an_acronym_with_a_small_letter_inside_keeps_its_letters() -> None:
    # "i" (and) inside an acronym is no case ending: the last letter a capital, nothing to cut
    lem = _learned()
    assert lem.base("KRiO", "pl", "ORG") == "KRiO"
    assert lem.base("Biura ZPiT", "pl", "ORG") == "Biuro ZPiT"
    # a case ending after a hyphen still comes off
    assert lem.base("KRiO-ja", "sl", "ORG") == "KRiO"
    assert _acronym_with_small_letters("ZPiT")
    assert not _acronym_with_small_letters("ZPIT")  # all capitals: read elsewhere
    assert not _acronym_with_small_letters("ZeTi")  # small letters at the end: maybe a case ending
    assert not _acronym_with_small_letters("Nowak")


def test_a_foreign_given_name_with_a_silent_e_is_no_rare_name_of_the_word_list() -> None:
    # Polish declines "Bruce", "Lance", "Duke" as if they ended in the consonant ("Brucem",
    # "Dukiem" with the "i" after "k"); the word list's "Bruc", "Duk" are far rarer names
    lem = _learned()
    assert lem.base("Brucem Smithem", "pl", "PER") == "Bruce Smith"
    assert lem.base("Lancem Nowakiem", "pl", "PER") == "Lance Nowak"
    assert lem.base("Dukiem Kowalskim", "pl", "PER") == "Duke Kowalski"
    # a name of the language's own, not that much rarer than the "-e" one, stays
    assert lem.base("Danem Brownem", "pl", "PER") == "Dan Brown"
    assert lem.base("Janem Nowakiem", "pl", "PER") == "Jan Nowak"
    assert lem.base("Markiem Nowakiem", "pl", "PER") == "Marek Nowak"


def test_a_czech_adjective_before_a_feminine_noun_in_she_takes_the_feminine_nominative() -> None:
    # "říše" is the same in the nominative and the genitive; "-é" before it is the genitive's
    lem = _learned()
    assert lem.base("Rakouské říše", "cs", "LOC") == "Rakouská říše"
    assert lem.base("Ruské říši", "cs", "LOC") == "Ruská říše"
    assert lem.base("Německá říše", "cs", "LOC") == "Německá říše"


def test_a_slovene_country_in_apposition_after_its_kind_of_state_takes_its_nominative() -> None:
    lem = _learned()
    assert lem.base("Kraljevine Španije", "sl", "LOC") == "Kraljevina Španija"
    assert lem.base("Republiko Irsko", "sl", "LOC") == "Republika Irska"
    assert lem.base("Zvezni republiki Nemčiji", "sl", "LOC") == "Zvezna republika Nemčija"
    # the kind's word as written is a complement's: the country after it stays in its case
    assert lem.base("Vlada republike Slovenije", "sl", "ORG") == "Vlada republike Slovenije"
    assert lem.base("Kraljevina Španija", "sl", "LOC") == "Kraljevina Španija"


def test_a_foreign_name_s_case_ending_comes_off_where_the_world_writes_its_nominative() -> None:
    # "Kommersanta": the name without "-a" is written in English, the name with it nowhere; too
    # rare there for its frequency alone to outweigh the endings that keep most "-a" as written
    lem = _learned()
    assert lem.base("Kommersanta", "sl", "ORG") == "Kommersant"
    assert lem.base("Tagesspiegela", "sl", "ORG") == "Tagesspiegel"
    # a word of the language's own list, and a name the world writes with its "-a", keep it
    assert lem.base("Andreja", "sl", "PER") == "Andrej"
    assert lem.base("Slovenija", "sl", "LOC") == "Slovenija"
    assert lem.base("Marietta", "sl", "PER") == "Marietta"
