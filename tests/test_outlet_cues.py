"""Cues that call a product-typed name a news outlet (audit round 30 N3): a media word's
abbreviation, a quoted title's apposition, a station with its kind, speech to an outlet; and the
look-alikes that are none (a compressor station, a bay that a channel reports on)."""

from __future__ import annotations

from storyline.link.entities import build_entities
from storyline.model import Mention
from storyline.names.media import outlet_context


def _at(text: str, name: str, lang: str, etype: str = "PRO") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, etype, name, lang)


def test_an_abbreviated_media_word_before_a_quoted_name_names_an_outlet() -> None:
    text = "Фермерът Петър Колев разказа пред в. “Вечерен Фар”, че при него работят 40 души."
    assert outlet_context(text, _at(text, "Вечерен Фар", "bg"))
    # the same letter without its dot is the preposition "in"
    plain = "Фермерът го видя в “Вечерен Фар” миналата година."
    assert not outlet_context(plain, _at(plain, "Вечерен Фар", "bg"))


def test_a_quoted_title_with_a_media_word_in_apposition_is_an_outlet() -> None:
    text = 'W wywiadzie dla "Lanterne", francuskojęzycznego magazynu dla emigrantów, powiedział to.'
    assert outlet_context(text, _at(text, "Lanterne", "pl"))
    # unquoted, or the newspaper the teller of the words before it: no apposition
    bare = "Budowa rurociągu Srebrna Strzała, podaje dziennik, ruszy w maju."
    assert not outlet_context(bare, _at(bare, "Srebrna Strzała", "pl"))
    told = 'Budowa rurociągu "Srebrna Strzała", pisze gazeta, ruszy w maju.'
    assert not outlet_context(told, _at(told, "Srebrna Strzała", "pl"))


def test_a_station_is_an_outlet_only_with_nothing_but_its_kind_before_the_name() -> None:
    tv = "Wywiad wyemitowała stacja telewizyjna Fala Plus w piątek."
    assert outlet_context(tv, _at(tv, "Fala Plus", "pl"))
    pipe = "Odcinek magistrali Borki-stacja kompresorowa Jodłowska o długości 300 km powstanie w 2030 roku."
    assert not outlet_context(pipe, _at(pipe, "Jodłowska", "pl"))


def test_a_dash_ends_the_clause_a_reporting_verb_after_it_belongs_to() -> None:
    text = "Ekolodzy są przeciw budowie w Zatoce Mglistej – podaje telewizja Fala Plus."
    assert not outlet_context(text, _at(text, "Zatoce Mglistej", "pl", "LOC"))
    assert outlet_context(text, _at(text, "Fala Plus", "pl"))


def test_a_product_someone_spoke_to_is_an_outlet() -> None:
    text = "Директор турфирмы Иван Орлов говорил Вечерний Звон Эстония, что рейсы отменены."
    assert outlet_context(text, _at(text, "Вечерний Звон Эстония", "ru"))


def test_the_entity_of_a_compressor_station_stays_a_place_and_the_magazine_is_an_organisation() -> None:
    pipe = "Odcinek magistrali Borki-stacja kompresorowa Jodłowska o długości 300 km powstanie w 2030 roku."
    station = _at(pipe, "Jodłowska", "pl", "LOC")
    [entity] = build_entities({("a", 0): "e1"}, {("a", 0): station}, {}, lambda k: pipe)
    assert entity.type == "LOC"
    text = 'W wywiadzie dla "Lanterne", francuskojęzycznego magazynu dla emigrantów, powiedział to.'
    magazine = _at(text, "Lanterne", "pl")
    [entity] = build_entities({("b", 0): "e2"}, {("b", 0): magazine}, {}, lambda k: text)
    assert entity.type == "ORG"


def test_a_media_word_after_a_spaced_dash_names_an_outlet_without_quotes() -> None:
    text = "Иван Колев, някогашен шеф на Вечерен Фар - водещия сайт на десните, пристигна."
    assert outlet_context(text, _at(text, "Вечерен Фар", "bg"))
    # the newspaper after the dash the teller of the words before it; or no media word at all
    told = "Строежът на Сребърна стрела - пише вестникът - започва през май."
    assert not outlet_context(told, _at(told, "Сребърна стрела", "bg"))
    thing = "Новият Вечерен Фар - моделът за тази година, излиза в май."
    assert not outlet_context(thing, _at(thing, "Вечерен Фар", "bg"))
