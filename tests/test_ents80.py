"""Round 34's and web pages round 11's types, non-names and display names (invented names
throughout): a large city's inhabitant, a company's "My <Company>" portal, a "<X> Villa" in a
Cyrillic text, a given name a small town shares, Spanish "la dana", a foreign name in Arabic
script, a site's copyright footer."""

from __future__ import annotations

from collections import Counter

from entity_support import mention_at as _at
from storyline.analyse.copyright_notices import notice_spans, notices_marked
from storyline.analyse.entities_latin_places import latin_places_as_bodies
from storyline.analyse.entities_weather import weather_as_events
from storyline.analyse.entity_confidence import COPYRIGHT_NOTICE, is_listed
from storyline.analyse.entity_rules import find_by_rules
from storyline.link.customer_products import customer_product
from storyline.link.entities import _vowelled_name, build_entities
from storyline.link.entity_index import EntityRecord
from storyline.model import Entity, EntityMention
from storyline.names.arabic_foreign import foreign_given_name, foreign_reading
from storyline.names.concepts import PEOPLE_MEMBER, city_dweller, demonym_plural


def test_a_large_citys_inhabitant_is_a_common_noun() -> None:
    for word in ("Newyorčan", "Newyorčanka", "Londončan", "Ljubljančanka"):
        assert city_dweller(word, "sl"), word
    # the plural of a city of two words, its spaces dropped
    assert demonym_plural("Newyorčani", "sl")
    # given names and surnames that end alike are no town's people
    for word in ("Bojan", "Zoran", "Kristjan", "Dorvilčan"):
        assert not city_dweller(word, "sl"), word


def test_an_entity_of_an_inhabitant_alone_is_folded_from_the_list() -> None:
    text = "»Zaprli smo,« je dejal Newyorčan Tomo Vrečar z Dorvilske ulice."
    m = _at(text, "Newyorčan", "PER", "sl")
    record = EntityRecord("e1", 1, types=Counter({"PER": 1}), names={"sl": Counter({"Newyorčan": 1})})
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {"e1": record}, lambda _k: text)
    assert [x.kind for x in entity.mentions] == [PEOPLE_MEMBER]
    assert not is_listed(entity)


def test_my_company_is_a_product_not_an_outlet() -> None:
    assert customer_product("Moj Dorvilia", "sl") and customer_product("My Kalvert", "pl")
    assert not customer_product("Mojca Dorvil", "sl") and not customer_product("Moj", "sl")
    text = "Škodo lahko prijavite na portalu Moj Dorvilia ali v mobilni aplikaciji."
    m = _at(text, "Moj Dorvilia", "PRO", "sl")
    record = EntityRecord(
        "e1", 1, types=Counter({"PRO": 1}), names={"sl": Counter({"Moj Dorvilia": 1})}, outlet=1
    )
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {"e1": record}, lambda _k: text)
    assert entity.type == "PRO"


def test_a_villa_in_latin_letters_in_a_cyrillic_text_stays_a_place() -> None:
    text = "Землетрус пошкодив 11-поверховий комплекс Lumen Villa, три будівлі якого обвалилися. " * 3
    villa = _at(text, "Lumen Villa", "LOC", "uk")
    firm = _at(text, "будівлі", "LOC", "uk")  # any unknown Latin-less mention is left alone
    out = latin_places_as_bodies(text, [villa, firm], "uk", (0, len(text)))
    assert [m.type for m in out] == ["LOC", "LOC"]
    other = _at(text + " Nordvena", "Nordvena", "LOC", "uk")
    assert latin_places_as_bodies(text + " Nordvena", [other], "uk", (0, len(text) + 9))[0].type == "ORG"


def test_a_given_name_a_small_town_shares_is_the_person() -> None:
    text = 'O atirador gritou para Kovar: "Robi (Robert), chegue mais perto".'
    types = {m.text: m.type for m in find_by_rules(text, 0, len(text), "pt")}
    assert types.get("Robert") == "PER"


def test_spanish_dana_is_an_event() -> None:
    text = "Los muertos por la Dana en Dorvila ya son 30."
    out = weather_as_events([_at(text, "Dana", "LOC", "es"), _at(text, "Dorvila", "LOC", "es")], "es")
    assert [(m.text, m.type) for m in out] == [("Dana", "EVT"), ("Dorvila", "LOC")]
    # a woman called Dana elsewhere: only where the language names a weather system so
    assert weather_as_events([_at(text, "Dana", "PER", "cs")], "cs")[0].type == "PER"


def test_a_foreign_name_in_arabic_script_is_read_with_its_vowels() -> None:
    assert foreign_given_name("Maryana") == "Mariana"
    assert foreign_given_name("Khlwd") is None  # no Latin given name: romanised as before
    assert foreign_reading("Swlyras") == "Soliras"
    assert _vowelled_name("ماريانا سوليراس", "ar") == "Mariana Soliras"
    # a name the Arabic data spells, as before
    assert _vowelled_name("عثمان عبد الجليل", "ar") == "Othman Abdul Jalil"


def test_a_sites_copyright_footer_is_marked_and_folded() -> None:
    body = "Dorvil. Министърът Калин Вертов заяви, че преговорите продължават. " * 8
    footer = (
        'Всички текстове в Dorvil.bg са собственост на "Калверт Медия" АД и са под закрила на '
        '"Закона за защита на текстовете". © 2001 - 2019 KALVERT MEDIA. ВСИЧКИ ПРАВА ЗАПАЗЕНИ.'
    )
    text = body + "\n\n" + footer
    [(start, end)] = notice_spans(text)
    assert text[start:end] == footer
    law = _at(text, "Закона за защита на текстовете", "PRO", "bg")
    person = _at(text, "Калин Вертов", "PER", "bg")
    marked = notices_marked(text, [person, law])
    assert [m.kind for m in marked] == [None, COPYRIGHT_NOTICE]
    entity = Entity(
        "e1",
        "PRO",
        "Zakon",
        {},
        [EntityMention("d", law.start, law.end, law.text, law.text, "bg", COPYRIGHT_NOTICE)],
    )
    assert not is_listed(entity)


def test_a_footer_run_into_the_article_begins_at_its_sign() -> None:
    text = "Дорвил. Калин Вертов заяви, че ще подаде оставка. © 2019 Всички права запазени. Агенция Калверт!"
    [(start, end)] = notice_spans(text)
    assert text[start:end].startswith("© 2019") and end == len(text)
    # a photo credit far from the end is no notice
    assert notice_spans("Снимка © Дорвил. " + "Калин Вертов заяви. " * 60) == []


def test_a_quoted_chain_of_pharmacies_is_shown_as_a_company() -> None:
    text = "Поставками будут заниматься «Дорвильские аптеки»: у них есть транспорт."
    m = _at(text, "Дорвильские аптеки", "PRO", "ru")
    record = EntityRecord(
        "e1", 1, types=Counter({"PRO": 1}), names={"ru": Counter({"Дорвильские аптеки": 1})}
    )
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): m}, {"e1": record}, lambda _k: text)
    assert entity.type == "ORG"
    # a product named by other words stays one
    m = _at(text.replace("Дорвильские аптеки", "Дорвильские души"), "Дорвильские души", "PRO", "ru")
    record = EntityRecord("e2", 1, types=Counter({"PRO": 1}), names={"ru": Counter({"Дорвильские души": 1})})
    [entity] = build_entities({("a", 0): "e2"}, {("a", 0): m}, {"e2": record}, lambda _k: text)
    assert entity.type == "PRO"


def test_the_acronym_in_capitals_is_an_event_in_any_language() -> None:
    text = "Seorang berdiri di jalan setelah badai DANA, di kota Dorvila."
    assert weather_as_events([_at(text, "DANA", "ORG", "id")], "id")[0].type == "EVT"
    assert weather_as_events([_at("Dana Kovar", "Dana", "PER", "id")], "id")[0].type == "PER"


def test_a_footer_without_a_sign_is_found_by_the_languages_words() -> None:
    body = "Дорвил. Калин Вертов заяви, че преговорите продължават. " * 8
    footer = (
        "Съдържанието на kalvert.bg е под закрила на Закона за защита на текстовете. Всички права запазени."
    )
    text = body + "\n\n" + footer
    [(start, end)] = notice_spans(text, "bg")
    assert text[start:end] == footer
    assert notice_spans(text, "pl") == []  # the words are the language's


def test_a_large_citys_inhabitants_in_their_cases() -> None:
    for word in ("Newyorčanov", "Newyorčanom", "Londončanov"):
        assert city_dweller(word, "sl"), word
    for word in ("Romanov", "Milanov", "Stefanov", "Bojanom"):  # surnames, given names
        assert not city_dweller(word, "sl"), word
