"""ents83 (issue 16, audit rounds 30–35): what main still showed wrong at earlier rounds' items
(invented names throughout)."""

from __future__ import annotations

from collections import Counter

from entity_support import mention_at as _at
from storyline.link.entities import build_entities
from storyline.link.entity_index import EntityRecord
from storyline.link.outlet_share import told_as_outlet


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
