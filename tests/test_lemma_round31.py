"""Base forms of audit round 31 (other names than the audit's)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned
from storyline.ner import lemma_coordinated, lemma_own_given, lemma_signs
from storyline.ner.lemma import _complements_kept


def test_a_given_name_before_a_polish_surname_or_an_initial_is_the_polish_one() -> None:
    lem = _learned()
    # "Marka" was more often Mark (an English name) than Marek in training; the surname's own
    # declension ("-skiego") or an initial marks a Polish name
    assert lem.base("Marka Zielińskiego", "pl", "PER") == "Marek Zieliński"
    assert lem.base("Marka T.", "pl", "PER") == "Marek T."
    assert lem.base("Marka T", "pl", "PER") == "Marek T"
    # a foreign surname leaves the learned reading alone
    assert lem.base("Marka Ortegi", "pl", "PER") == "Mark Ortega"


def test_own_given_names_needs_a_first_name_of_the_same_gender() -> None:
    assert lemma_own_given.own_given_names(["Jacka", "Z."], ["Jack", "Z."], "pl") == ["Jacek", "Z."]
    # a surname that shows no Polish declension: as the learned endings made it
    assert lemma_own_given.own_given_names(["Jacka", "Ortegi"], ["Jack", "Ortega"], "pl") == [
        "Jack",
        "Ortega",
    ]
    # the word list's form already chosen, or a name alone
    assert lemma_own_given.own_given_names(["Jacka", "Z."], ["Jacek", "Z."], "pl") == ["Jacek", "Z."]
    assert lemma_own_given.own_given_names(["Jacka"], ["Jack"], "pl") == ["Jack"]


def test_a_slovene_soft_adjective_agrees_with_its_feminine_noun() -> None:
    lem = _learned()
    assert lem.base("Srednji Aziji", "sl", "LOC") == "Srednja Azija"
    assert lem.base("Zgornji Dolini", "sl", "LOC") == "Zgornja Dolina"
    assert lem.base("Spodnji Kamniški dolini", "sl", "LOC") == "Spodnja Kamniška dolina"
    # before a masculine noun in its nominative it is the nominative as written
    assert lem.base("Srednji vzhod", "sl", "LOC") == "Srednji vzhod"


def test_a_firm_of_names_joined_by_a_sign_declines_at_its_end_only() -> None:
    lem = _learned()
    assert lem.base("Kröte + Lange", "sl", "ORG") == "Kröte + Lange"
    assert lem.base("Kröte + Langeja", "sl", "ORG") == "Kröte + Lange"
    assert lemma_signs.before_the_sign_as_written(["Kröte", "&", "Lange"], ["Kröta", "&", "Lange"]) == [
        "Kröte",
        "&",
        "Lange",
    ]
    # no sign: the base forms as made
    assert lemma_signs.before_the_sign_as_written(["Kröte", "Lange"], ["Kröta", "Lange"]) == [
        "Kröta",
        "Lange",
    ]


def test_words_joined_by_a_conjunction_with_one_ending_take_one_edit() -> None:
    tokens = ["Dumnych", "i", "Uczciwych"]
    assert lemma_coordinated.same_edit(tokens, 0, ["i", "Uczciwi"], "pl") == "Dumni"
    # the partner as written, a shared ending of one letter, or no conjunction: nothing to share
    assert lemma_coordinated.same_edit(tokens, 0, ["i", "Uczciwych"], "pl") is None
    assert lemma_coordinated.same_edit(["Dumna", "i", "Wolna"], 0, ["i", "Wolny"], "pl") is None
    assert lemma_coordinated.same_edit(["Dumnych", "w", "Uczciwych"], 0, ["w", "Uczciwi"], "pl") is None


def test_a_conjunction_after_a_changed_word_starts_no_complement() -> None:
    tokens = ["Dumnych", "i", "Uczciwych"]
    assert _complements_kept(tokens, ["Dumni", "i", "Uczciwi"], "pl") == ["Dumni", "i", "Uczciwi"]
    # after a word kept as written, the words it joins keep their case ("Bośni i Hercegowiny")
    assert _complements_kept(tokens, ["Dumnych", "i", "Uczciwi"], "pl") == tokens
    # a complement after a changed head: as written ("Izba Przemysłu i Handlu")
    assert _complements_kept(
        ["Izby", "Rybołówstwa", "i", "Żeglugi"], ["Izba", "Rybołówstwa", "i", "Żegluga"], "pl"
    ) == [
        "Izba",
        "Rybołówstwa",
        "i",
        "Żeglugi",
    ]


def test_a_bulgarian_hyphenated_adjective_loses_its_article_before_its_noun() -> None:
    lem = _learned()
    assert lem.base("Национал-патриотическия съюз", "bg", "ORG") == "Национал-патриотически съюз"
    assert lem.base("Национал-либералната партия", "bg", "ORG") == "Национал-либерална партия"
    # before a preposition the compound opens a title, as written
    assert lem.base("Най-новото за София", "bg", "ORG") == "Най-новото за София"
