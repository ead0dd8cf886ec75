"""Slovene recognition (issue 12, rec51): a name the passage once puts after a company noun is the
company in its other mentions a tagger typed a person or a place. Invented names throughout."""

from __future__ import annotations

from tests.entity_support import placed_in_order

from storyline.analyse.entities_firms_named_once import firms_named_once


def _types(text: str, found: list[tuple[str, ...]], lang: str = "sl") -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in firms_named_once(text, placed_in_order(text, found, lang), lang)]


def test_the_brand_after_its_noun_types_its_other_mentions() -> None:
    text = "Z ruskim plinskim gigantom Holmgaz so podpisali pogodbo. Holmgaz bo dobavil plin, delež Holmgaza raste."
    found = [("Holmgaz", "ORG"), ("Holmgaz", "PER"), ("Holmgaza", "PER", "Holmgaz")]
    assert _types(text, found) == [("Holmgaz", "ORG"), ("Holmgaz", "ORG"), ("Holmgaza", "ORG")]


def test_a_place_reading_of_the_brand_is_the_firm_too() -> None:
    text = "Podjetje Velmora je razvilo cepivo. Velmora pričakuje dovoljenje."
    found = [("Velmora", "ORG"), ("Velmora", "LOC")]
    assert _types(text, found) == [("Velmora", "ORG"), ("Velmora", "ORG")]


def test_case_forms_share_the_stem() -> None:
    text = "Letalska družba Velair je odpovedala lete. Potniki Velaira so ostali doma."
    found = [("Velair", "PER"), ("Velaira", "PER")]
    assert _types(text, found) == [("Velair", "ORG"), ("Velaira", "ORG")]


def test_no_company_noun_leaves_the_types() -> None:
    text = "Holmgaz je dejal, da Velmora ne bo prišla."
    found = [("Holmgaz", "PER"), ("Velmora", "LOC")]
    assert _types(text, found) == found


def test_a_person_after_a_title_and_the_noun_stays() -> None:
    text = "Direktor podjetja Brakvist je odstopil. Brakvist je dejal, da ne bo komentiral."
    found = [("Brakvist", "PER"), ("Brakvist", "PER")]
    assert _types(text, found) == found


def test_a_full_name_after_the_noun_is_no_brand() -> None:
    text = "V podjetju Anna Brakvist so povedali več. Brakvist je dejala, da ne bo komentirala."
    found = [("Anna Brakvist", "PER"), ("Brakvist", "PER")]
    assert _types(text, found) == found


def test_other_languages_are_left_alone() -> None:
    text = "Společnost Holmgaz podepsala smlouvu. Holmgaz dodá plyn."
    found = [("Holmgaz", "ORG"), ("Holmgaz", "PER")]
    assert _types(text, found, "cs") == found
