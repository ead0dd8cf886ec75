"""Names read with the common nouns next to them, of the kinds the precision audit's round 15 found
wrong (invented names and sentences throughout): a township typed as a person, a country's
citizens read as a place, a news agency's name with the German noun for "news agency", a street
without its word for "lane", a newspaper holding a copyright typed as a product."""

from __future__ import annotations

from entity_support import as_written as _as_written
from entity_support import found as _found
from entity_support import mention_at as _at
from storyline.analyse.entities_heads import read_heads


def test_a_place_named_with_a_division_word_is_a_place() -> None:
    text = "Sebanyak 40 orang hilang tercatat berasal dari Kyauk Pyin Township, di mana sebuah toko runtuh."
    assert ("Kyauk Pyin Township", "LOC") in _found(text, "id")
    text = "Korban di Orvano District dan Selmeri Regency bertambah."
    assert {("Orvano District", "LOC"), ("Selmeri Regency", "LOC")} <= set(_found(text, "id"))


def test_a_division_word_must_end_the_name_and_be_capitalised() -> None:
    text = "Kemarin Budi Hartanto district kepala datang."
    found = [_at(text, "Budi Hartanto district", "PER", "id")]
    assert [m.type for m in read_heads(text, found, "id", _as_written)] == ["PER"]
    text = "Yesterday the County Clerk Mara Lindqvist spoke."
    found = [_at(text, "Mara Lindqvist", "PER", "en")]
    assert [m.type for m in read_heads(text, found, "en", _as_written)] == ["PER"]


def test_a_countrys_citizens_are_the_country_alone() -> None:
    text = "Kementerian berkoordinasi untuk memastikan keselamatan Warga Negara Malaysia (WNM) di sana."
    found = _found(text, "id")
    assert ("Malaysia", "LOC") in found
    assert not any(t.startswith("Warga") for t, _ in found)
    text = "Kementerian mengimbau Penduduk Filipina agar tetap tenang."
    assert ("Filipina", "LOC") in _found(text, "id")


def test_a_people_noun_before_what_is_no_country_stays() -> None:
    text = "Mereka tiba di Rakyat Selatan kemarin."
    found = [_at(text, "Rakyat Selatan", "LOC", "id")]
    assert [m.text for m in read_heads(text, found, "id", _as_written)] == ["Rakyat Selatan"]


def test_a_german_word_for_an_outlet_is_not_the_outlets_name() -> None:
    text = "Das meldete die staatliche Nachrichtenagentur Varnex am Abend. Laut der Zeitung Borkum Blatt war es kalt."
    found = _found(text, "de")
    assert ("Varnex", "ORG") in found
    assert not any(t.startswith("Nachrichtenagentur") for t, _ in found)
    found = [_at(text, "Nachrichtenagentur Varnex", "ORG", "de")]
    (m,) = read_heads(text, found, "de", _as_written)
    assert (m.text, m.base, text[m.start : m.end]) == ("Varnex", "Varnex", "Varnex")


def test_an_outlet_noun_before_a_frequent_word_may_be_the_name() -> None:
    text = "Der Sender Freies Holmland sendete am Montag."
    found = [_at(text, "Sender Freies Holmland", "ORG", "de")]
    assert [m.text for m in read_heads(text, found, "de", _as_written)] == ["Sender Freies Holmland"]
    # English capitalises such a noun only in a name ("Radio Holmland")
    text = "Radio Holmland said so."
    found = [_at(text, "Radio Holmland", "ORG", "en")]
    assert [m.text for m in read_heads(text, found, "en", _as_written)] == ["Radio Holmland"]


def test_a_street_takes_in_the_word_for_a_street_in_an_address() -> None:
    text = "Адрес: 123456, г. Москва, переулок Верхний Кирпичный, дом 7, строение 2."
    assert ("переулок Верхний Кирпичный", "LOC") in _found(text, "ru")
    text = "Редакция находится по адресу: улица Садовая, дом 3."
    found = [_at(text, "Садовая", "LOC", "ru")]
    (m,) = read_heads(text, found, "ru", _as_written)
    assert (m.text, m.base, text[m.start : m.end]) == ("улица Садовая", "улица Садовая", "улица Садовая")


def test_a_citys_streets_are_the_city() -> None:
    text = "Люди вышли на улицы Лахора, а потом на площадь Берлин."
    found = [_at(text, "Лахора", "LOC", "ru"), _at(text, "Берлин", "LOC", "ru")]
    found[0].base = "Лахор"
    assert [m.text for m in read_heads(text, found, "ru", _as_written)] == ["Лахора", "Берлин"]


def test_an_outlet_holding_a_copyright_is_an_organisation() -> None:
    text = 'Уряд пішов у відставку. © 2005-2019, Вечірня зоря. Використання матеріалів на "Вечірню зорю".'
    found = [_at(text, "Вечірня зоря", "PRO", "uk"), _at(text, "Вечірню зорю", "PRO", "uk")]
    assert [m.type for m in read_heads(text, found, "uk", _as_written)] == ["ORG", "PRO"]
    text = "(c) Holmby Evening Post. All rights reserved."
    assert [
        m.type for m in read_heads(text, [_at(text, "Holmby Evening Post", "PRO", "en")], "en", _as_written)
    ] == ["ORG"]


def test_a_street_named_after_a_place_in_the_genitive_leaves_the_place() -> None:
    text = "Поликлиника по адресу: наб. Кривого канала, д. 14."
    found = [_at(text, "Кривого канала", "LOC", "ru")]
    found[0].base = "Кривой канал"
    assert [m.text for m in read_heads(text, found, "ru", _as_written)] == ["Кривого канала"]
