"""Base forms of audit round 24 (other names than the audit's; issue 16): a small place of the
language's own country written as its own name; an acronym with a plural case ending after its
hyphen."""

from __future__ import annotations

from storyline.names.home_places import home_place
from storyline.ner.lemma import Lemmatizer

# training cut the plural "-e" of Slovene one-word places to a feminine "-a"
E_CUTS = {"s|sl|LOC|o|C|e": [("e", "a", 0.9), ("", "", 0.1)]}


def test_sl_a_home_municipality_as_written_is_its_nominative() -> None:
    # Slovene municipalities (a town, a municipality with no town of its name) named as written
    assert home_place("Zreče", "sl") and home_place("Moravče", "sl")
    assert Lemmatizer(E_CUTS).base("Zreče", "sl", "LOC") == "Zreče"
    assert Lemmatizer(E_CUTS).base("Moravče", "sl", "LOC") == "Moravče"
    # a word no home place is named so still takes the learned ending
    assert not home_place("Zbrove", "sl")
    assert Lemmatizer(E_CUTS).base("Zbrove", "sl", "LOC") == "Zbrova"
    # a place of another country's language is none of Slovenia's
    assert not home_place("Zreče", "pl")


def test_pl_an_acronyms_plural_case_after_a_hyphen_is_its_plural_nominative() -> None:
    # many offices of one kind: the annotators' plural nominative, "-y"
    assert Lemmatizer({}).base("NFZ-ów", "pl", "ORG") == "NFZ-y"
    assert Lemmatizer({}).base("PUP-ach", "pl", "ORG") == "PUP-y"
    # the singular's cases still go to the acronym, the nominative plural stays
    assert Lemmatizer({}).base("NFZ-u", "pl", "ORG") == "NFZ"
    assert Lemmatizer({}).base("NFZ-y", "pl", "ORG") == "NFZ-y"


def test_sl_and_hr_an_acronyms_case_after_a_hyphen_is_the_acronym() -> None:
    assert Lemmatizer({}).base("NLB-ov", "sl", "ORG") == "NLB"
    assert Lemmatizer({}).base("SDP-a", "hr", "ORG") == "SDP"
    assert Lemmatizer({}).base("HNS-om", "hr", "ORG") == "HNS"
    # a number after the hyphen is part of the name
    assert Lemmatizer({}).base("B-52", "hr", "PRO") == "B-52"


def test_sl_a_citys_own_name_after_a_genitive_preposition_is_another_citys_case() -> None:
    # "Pisa" stays the Italian city as written; but a foreign town whose own name is the genitive
    # of a bigger city's (Slovene "-a" of "-o") is that city's case after "iz", "do", "pri" …,
    # alone or in a list the preposition governs
    from storyline.ner.lemma_context import after_oblique_preposition

    assert after_oblique_preposition("novice iz ", "sl")
    assert after_oblique_preposition("potniki iz Madrida, Pariza ali ", "sl")
    assert not after_oblique_preposition("potovanje v ", "sl")  # "v" takes the accusative too
    assert not after_oblique_preposition("Kranj 12 4 0,5 ", "sl")  # a table's row, no list
    assert not after_oblique_preposition("iz ", "en")  # a language without the list never asks
    lemmatizer = Lemmatizer({})
    assert lemmatizer.base("Trevisa", "sl", "LOC", before="letalo iz Milana ali ") == "Treviso"
    assert lemmatizer.base("Pisa", "sl", "LOC", before="letalo iz ") == "Pisa"
    # a place's own name with no such preposition before it keeps its form
    assert lemmatizer.base("Zreče", "sl", "LOC", before="prebivalci iz Celja in ") == "Zreče"


def test_sl_a_place_in_o_known_to_the_gazetteers_takes_its_genitive_back() -> None:
    # the genitive "-a" of a place's "-o" goes back only to a known place: a feminine word whose
    # accusative in "-o" the document writes stays as it is
    assert Lemmatizer({}).base("Sacramenta", "sl", "LOC") == "Sacramento"
    assert Lemmatizer({}).base("Santo Dominga", "sl", "LOC") == "Santo Domingo"
    assert Lemmatizer({}).base("Kalifornija", "sl", "LOC", ["Kalifornijo"]) == "Kalifornija"


def test_a_home_regions_adjective_alone_is_shown_as_the_regions_name() -> None:
    # "v Karlovarském a Zlínském kraji": each adjective is a region the shared noun names
    from collections import Counter

    from storyline.link.entities import display_name

    assert display_name(Counter({("Karlovarský", "cs"): 1}), "LOC") == "Karlovarský kraj"
    assert display_name(Counter({("Istarska", "hr"): 1}), "LOC") == "Istarska županija"
    # a name whose subdivision goes on with capitalised words or no noun is as it was
    assert display_name(Counter({("Ústí", "cs"): 1}), "LOC") == "Ústí"
    # another country's region is none of the language's
    assert display_name(Counter({("Karlovarský", "pl"): 1}), "LOC") == "Karlovarský"
