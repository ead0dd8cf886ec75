"""ents83 (issue 16, audit rounds 30–35): what main still showed wrong at earlier rounds' items
(invented names throughout)."""

from __future__ import annotations

from collections import Counter

from entity_support import mention_at as _at
from helpers import index_linked
from storyline.analyse.entities_makers import read_products
from storyline.link.acronym_fit import transliterated_initials
from storyline.link.entities import build_entities
from storyline.link.entity_index import EntityRecord
from storyline.link.outlet_share import told_as_outlet
from storyline.model import Mention
from storyline.names.parts import data_words
from storyline.ner.aliases import Aliases


def _product(outlet: int, mentions: int) -> str:
    text = "Вакцина Дорвакс V, сообщает агентство Дорвакс, прошла испытания."
    m = _at(text, "Дорвакс V", "PRO", "ru")
    record = EntityRecord(
        "e1",
        1,
        types=Counter({"PRO": mentions}),
        names={"ru": Counter({"Дорвакс V": mentions})},
        mentions=mentions,
        outlet=outlet,
    )
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {"e1": record}, lambda _k: text)
    return entity.type


def test_a_product_a_few_of_whose_many_texts_tell_the_news_stays_a_product() -> None:
    # a vaccine named two hundred times, four of them where an agency of its bare name reports
    assert _product(outlet=4, mentions=200) == "PRO"
    assert not told_as_outlet(1, 24) and not told_as_outlet(0, 1)


def test_a_product_its_texts_often_call_the_teller_is_an_outlet() -> None:
    assert _product(outlet=1, mentions=1) == "ORG"  # as before: one mention, called a teller
    assert _product(outlet=3, mentions=27) == "ORG"  # a daily cited in one of nine mentions
    assert told_as_outlet(1, 16) and told_as_outlet(1, 20)


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


_PARTY = "Мутавиль Дарбис-э-Кахар"  # a foreign party's name in Cyrillic letters: no Russian word


def test_latin_capitals_are_no_transliterated_name_of_another_script_by_initials_alone() -> None:
    assert transliterated_initials("MDK", _PARTY, "ru")
    assert not transliterated_initials("NTB", "Норвежское телеграфное бюро", "ru")  # translated words
    got = index_linked(
        {
            "a": [_m("MDK", "ORG", "pl")],  # a sport's letters in a Polish report
            "b": [_m(_PARTY, "ORG", "ru")],
            "c": [_m(_PARTY, "ORG", "ru", 5)],
            "d": [_m("MDK", "ORG", "cs")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]  # the abbreviation first
    assert got[("c", 0)] != got[("d", 0)]  # the name first


def test_a_document_writing_both_still_joins_them() -> None:
    got = index_linked(
        {"a": [_m(_PARTY, "ORG", "ru"), _m("MDK", "ORG", "ru", 40)], "b": [_m("MDK", "ORG", "pl")]},
        Aliases({}),
    )
    assert got[("a", 0)] == got[("a", 1)]


def test_a_makers_systems_company_is_no_aircraft_model() -> None:
    maker = data_words("common", "aircraft_makers")[-1]
    for company in (f"{maker} Systems", f"{maker} system", f"{maker} Systèmes"):
        text = f"V sodelovanju z Dorvilo in {company} bodo vzpostavili register."
        [m] = read_products(text, [_at(text, company, "ORG", "sl")], "sl")
        assert m.type == "ORG", company
    text = f"Letalo {maker} Dorvix je pristalo."  # a model's name after the maker: a product
    [m] = read_products(text, [_at(text, f"{maker} Dorvix", "ORG", "sl")], "sl")
    assert m.type == "PRO"
