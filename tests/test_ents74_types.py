"""Types of the ents74 dev sample's classes (invented names)."""

from __future__ import annotations

from entity_support import mention_at as at
from storyline.analyse.entities_buildings import buildings_as_places


def test_a_body_named_right_after_a_spaceport_airport_or_station_word_is_a_place() -> None:
    text = "На строительстве космодрома Северный заняты тысячи. Рейсы из аэропорта Лесное отменены."
    port = at(text, "Северный", "ORG", "ru")
    field = at(text, "Лесное", "ORG", "ru")
    got = buildings_as_places([port, field], text, "ru")
    assert [(m.text, m.type) for m in got] == [("Северный", "LOC"), ("Лесное", "LOC")]
    uk = "Пуск із космодрому Північний перенесли."
    assert buildings_as_places([at(uk, "Північний", "ORG", "uk")], uk, "uk")[0].type == "LOC"


def test_a_body_that_owns_the_airport_stays_a_body() -> None:
    from dataclasses import replace

    text = "Представители аэропорта Аэрофлота заявили о задержках."
    owner = replace(at(text, "Аэрофлота", "ORG", "ru"), base="Аэрофлот")
    assert buildings_as_places([owner], text, "ru")[0].type == "ORG"


def test_a_foreign_mastheads_article_stands_between_an_attribution_and_the_outlet() -> None:
    from storyline.names.media import outlet_context

    text = "Про це повідомляє видання з посиланням на la Gazzetta Nordica. За його словами, все гаразд."
    assert outlet_context(text, at(text, "Gazzetta Nordica", "PRO", "uk"))
    # the article alone credits nothing: a product after "la" in a plain sentence is no outlet
    plain = "Компанія показала la Gazzetta Nordica на виставці."
    assert not outlet_context(plain, at(plain, "Gazzetta Nordica", "PRO", "uk"))


def test_a_three_letter_code_in_brackets_after_a_place_is_that_place() -> None:
    from storyline.analyse.entities_place_codes import codes_as_places

    text = "Рейсы в Нордвике (NRD) и в Лесограде (LSG) отменены, сообщило агентство ТАСС (ТСС)."
    # a place at the end of a body's name the tagger cut gives the body's code
    party = "Он вступил в союз с партией Свободы Нордвика (PSN) в прошлом году."
    mentions = [
        at(text, "Нордвике", "LOC", "ru"),
        at(text, "NRD", "ORG", "ru"),
        at(text, "Лесограде", "LOC", "ru"),
        at(text, "LSG", "PER", "ru"),
        at(text, "ТАСС", "ORG", "ru"),
        at(text, "ТСС", "ORG", "ru"),
    ]
    got = [(m.text, m.type) for m in codes_as_places(text, mentions, "ru")]
    # a body's code stays; a code the tagger typed a person is left to the rules that read people
    assert got == [
        ("Нордвике", "LOC"),
        ("NRD", "LOC"),
        ("Лесограде", "LOC"),
        ("LSG", "PER"),
        ("ТАСС", "ORG"),
        ("ТСС", "ORG"),
    ]
    # after a country's abbreviation in capitals ("США (FDA)") the code is the body's, not the place's
    caps = "Регулятор США (FDA) одобрил препарат."
    got = codes_as_places(caps, [at(caps, "США", "LOC", "ru"), at(caps, "FDA", "ORG", "ru")], "ru")
    assert got[1].type == "ORG"
    got = codes_as_places(party, [at(party, "Нордвика", "LOC", "ru"), at(party, "PSN", "ORG", "ru")], "ru")
    assert got[1].type == "ORG"
