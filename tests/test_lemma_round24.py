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
