"""Slovene recognition (issue 12, rec48): a table's places, a known place written out around a
mention, names chained by hyphens, two places run together over a small word, a name run into a
person's full name, an abbreviation and its place, a national body with its country in the
genitive. Invented names throughout; the gazetteer is stood in for by a set of invented places."""

from __future__ import annotations

import re

import pytest

from storyline.analyse import (
    entities_abbreviated_branches,
    entities_before_people,
    entities_chains,
    entities_country_bodies,
    entities_known_places,
    entities_linked_places,
    entities_table_places,
)
from storyline.analyse.entities_abbreviated_branches import abbreviated_branches
from storyline.analyse.entities_before_people import split_before_people
from storyline.analyse.entities_chains import split_chains
from storyline.analyse.entities_country_bodies import bodies_of_countries
from storyline.analyse.entities_known_places import whole_known_places
from storyline.analyse.entities_linked_places import split_linked_places
from storyline.analyse.entities_table_places import table_places
from storyline.model import Mention

PLACES = {
    "tel holma",
    "zagorje ob reki",
    "holmberg",
    "nordvik",
    "nordviku",
    "holmbergu",
    "krasno polje",
    "velika holma",
    "vrbno ob reki",
}


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    def known(name: str) -> bool:
        return name.lower() in PLACES

    for module in (
        entities_table_places,
        entities_known_places,
        entities_chains,
        entities_linked_places,
        entities_before_people,
        entities_abbreviated_branches,
    ):
        monkeypatch.setattr(module, "is_place", known)


def _same(surface: str, _etype: str) -> str:
    return surface


def _unknown(_etype: str, _base: str) -> bool:
    return False


def _at(text: str, word: str, etype: str, nth: int = 0) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Mention(i, i + len(word), word, etype, word, "sl")


def _pairs(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


TABLE = (
    "občina novi skupaj aktivni (%) ------ Holmberg 12 340 120 0,5 Nordvik 8 95 33 1,2 "
    "Sveti Ovid 3 40 12 0,2 Krasno Polje 5 60 22 0,9 Vrbno ob Reki 2 41 17 0,4 Velika Holma 3 9 4 0,1 "
    "tuji državljani 4 30 11 SKUPAJ 34 606 215\n"
)


def test_the_labels_of_a_table_of_places_are_places() -> None:
    found = [_at(TABLE, "Sveti Ovid 3", "PRO"), _at(TABLE, "Reki", "LOC"), _at(TABLE, "Holmberg", "LOC")]
    got = table_places(TABLE, found, "sl", _same, _unknown, (0, len(TABLE)))
    assert _pairs(got) == [
        ("Holmberg", "LOC"),
        ("Nordvik", "LOC"),
        ("Sveti Ovid", "LOC"),
        ("Krasno Polje", "LOC"),
        ("Vrbno ob Reki", "LOC"),
        ("Velika Holma", "LOC"),
    ]


def test_a_table_whose_labels_are_no_places_is_left() -> None:
    text = "Stranka Sonca 12 340 Lista Vetra 8 95 Zveza Rek 3 40 Gibanje Luči 5 60 Holmberg 2 7\n"
    found = [_at(text, "Stranka Sonca", "ORG")]
    assert table_places(text, found, "sl", _same, _unknown, (0, len(text))) == found


def test_a_sentence_with_figures_is_no_table() -> None:
    text = "V Holmbergu je 12 340 ljudi, v Nordviku pa 8 95 in v Krasnem Polju 3 40 prebivalcev.\n"
    found = [_at(text, "Holmbergu", "LOC")]
    assert table_places(text, found, "sl", _same, _unknown, (0, len(text))) == found


def test_a_route_chained_by_hyphens_is_its_places() -> None:
    text = "Lete na relaciji Holmberg-Nordvik-Holmberg so odpovedali."
    got = split_chains([_at(text, "Holmberg-Nordvik-Holmberg", "LOC")], "sl", _same)
    assert _pairs(got) == [("Holmberg", "LOC"), ("Nordvik", "LOC"), ("Holmberg", "LOC")]


def test_a_chain_of_names_the_passage_names_alone_is_split_with_their_types() -> None:
    text = "Cepivo Zentra-Morvax so razvili pri Zentri. Zentra in Morvax sta podjetji."
    found = [
        _at(text, "Zentra-Morvax", "PRO"),
        _at(text, "Zentra", "ORG", nth=1),
        _at(text, "Morvax", "ORG", nth=1),
    ]
    got = split_chains(found, "sl", _same)
    assert _pairs(got) == [("Zentra", "ORG"), ("Morvax", "ORG"), ("Zentra", "ORG"), ("Morvax", "ORG")]


def test_a_double_surname_is_left_whole() -> None:
    text = "Poslanec Ostrow-Kelmby je glasoval proti."
    found = [_at(text, "Ostrow-Kelmby", "PER")]
    assert split_chains(found, "sl", _same) == found


def test_two_places_run_together_over_a_preposition_are_two() -> None:
    text = "V sredo je bil v Holmbergu v Nordviku na shodu."
    got = split_linked_places([_at(text, "Holmbergu v Nordviku", "LOC")], "sl", _same)
    assert _pairs(got) == [("Holmbergu", "LOC"), ("Nordviku", "LOC")]


def test_a_place_named_by_its_river_is_left() -> None:
    text = "Živi v Vrbno ob Reki že dolgo."
    found = [_at(text, "Vrbno ob Reki", "LOC")]
    assert split_linked_places(found, "sl", _same) == found


def test_a_body_run_into_a_persons_full_name_is_two_names() -> None:
    text = "Direktor podjetja Nordgas Ivan Kolmar je dejal, da Nordgas ne bo plačal."
    found = [_at(text, "Nordgas Ivan Kolmar", "ORG"), _at(text, "Nordgas", "ORG", nth=1)]
    got = split_before_people(found, "sl", _same, _unknown)
    assert _pairs(got) == [("Nordgas", "ORG"), ("Ivan Kolmar", "PER"), ("Nordgas", "ORG")]


def test_an_abbreviation_run_into_a_persons_name_is_a_body() -> None:
    text = "Poslanec iz vrst NZS Marko Velbin je zapisal."
    got = split_before_people([_at(text, "NZS Marko Velbin", "ORG")], "sl", _same, _unknown)
    assert _pairs(got) == [("NZS", "ORG"), ("Marko Velbin", "PER")]


def test_a_place_run_into_a_persons_name_is_the_place() -> None:
    text = "Guvernerka Holmberga Maria Kestel je napovedala."
    found = [_at(text, "Holmberga Maria Kestel", "PER")]
    got = split_before_people(found, "sl", lambda s, _t: "Holmberg" if s == "Holmberga" else s, _unknown)
    assert _pairs(got) == [("Holmberga", "LOC"), ("Maria Kestel", "PER")]


def test_two_full_names_side_by_side_are_two_people() -> None:
    text = "Predstavnica kanclerke Angela Morvik Ulrike Destel je povedala."
    got = split_before_people([_at(text, "Angela Morvik Ulrike Destel", "PER")], "sl", _same, _unknown)
    assert _pairs(got) == [("Angela Morvik", "PER"), ("Ulrike Destel", "PER")]


def test_a_body_named_after_a_person_is_left_whole() -> None:
    text = "Na Inštitutu Jakob Velmar so razvili test."
    found = [_at(text, "Inštitutu Jakob Velmar", "ORG")]
    assert split_before_people(found, "sl", _same, _unknown) == found


def test_a_double_given_name_is_left_whole() -> None:
    text = "Pilotka Mary Anne Holbrook je pristala."
    found = [_at(text, "Mary Anne Holbrook", "PER")]
    assert split_before_people(found, "sl", _same, _unknown) == found


def test_an_abbreviation_and_a_place_in_the_nominative_are_one_body() -> None:
    text = "Okužbe so potrdili na TVK Holmberg in pri ZN Nordviku."
    found = [_at(text, "TVK", "PRO"), _at(text, "Holmberg", "LOC"), _at(text, "Nordviku", "LOC")]

    def nominative(surface: str, _etype: str) -> str:
        return "Nordvik" if surface == "Nordviku" else surface

    got = abbreviated_branches(text, found, "sl", nominative)
    assert _pairs(got) == [("TVK Holmberg", "ORG"), ("Nordviku", "LOC")]


def test_a_mention_inside_a_known_place_written_out_is_the_place() -> None:
    text = "Delal je v Zagorju ob Reki, nato pa v Tel Holma kot Holma."
    zagorju = Mention(text.index("Zagorju"), text.index("Zagorju") + 7, "Zagorju", "LOC", "Zagorje", "sl")
    found = [zagorju, _at(text, "Holma", "PER"), _at(text, "Holma", "PER", nth=1)]
    got = whole_known_places(text, found, "sl", (0, len(text)))
    assert [(m.text, m.type, m.base) for m in got] == [
        ("Zagorju ob Reki", "LOC", "Zagorje ob Reki"),
        ("Tel Holma", "LOC", "Tel Holma"),
        ("Holma", "PER", "Holma"),
    ]


def test_no_place_is_made_of_a_mention_and_words_no_gazetteer_knows() -> None:
    text = "V Holmbergu ob Reki je mirno."
    found = [_at(text, "Holmbergu", "LOC")]
    assert whole_known_places(text, found, "sl", (0, len(text))) == found


def test_a_body_named_with_its_country_in_the_genitive_is_one_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities_country_bodies, "countries", lambda: {"holmija"})
    text = "Pomoč je zbral tudi Modri krog Holmije, o položaju Holmije pa so molčali. Prebivalci Holmije so mirni."
    found = [
        Mention(m.start(), m.end(), "Holmije", "LOC", "Holmija", "sl") for m in re.finditer("Holmije", text)
    ]
    got = bodies_of_countries(text, found, "sl", _same)
    assert _pairs(got) == [("Modri krog Holmije", "ORG"), ("Holmije", "LOC"), ("Holmije", "LOC")]
