"""Recognition (issue 12, rec51): a name the passage once puts after a company noun is the company
in its other mentions a tagger typed a person or a place (Slovene, Czech, Polish, Bulgarian,
Russian, Ukrainian). Invented names throughout; the gazetteer is stood in for by invented places."""

from __future__ import annotations

import pytest
from tests.entity_support import placed_in_order

from storyline.analyse import entities_firms_named_once
from storyline.analyse.entities_firms_named_once import firms_named_once

PLACES = {"holmland", "holmlandu"}


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities_firms_named_once, "is_place", lambda name: name.lower() in PLACES)


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


def test_a_place_after_the_noun_is_no_brand() -> None:
    # "the largest carrier of Holmland": the noun's genitive complement, a place
    text = "Je največja letalska družba Holmlandu podobna. V Holmlandu je stavka."
    found = [("Holmlandu", "LOC"), ("Holmlandu", "LOC")]
    assert _types(text, found) == found


def test_czech_too() -> None:
    text = "Společnost Holmgaz podepsala smlouvu. Holmgaz dodá plyn, říkají v Holmgazu."
    found = [("Holmgaz", "ORG"), ("Holmgaz", "PER"), ("Holmgazu", "LOC", "Holmgaz")]
    assert _types(text, found, "cs") == [("Holmgaz", "ORG"), ("Holmgaz", "ORG"), ("Holmgazu", "ORG")]


def test_languages_without_the_key_are_left_alone() -> None:
    text = "The company Holmgaz signed a deal. Holmgaz will deliver gas."
    found = [("Holmgaz", "ORG"), ("Holmgaz", "PER")]
    assert _types(text, found, "en") == found
