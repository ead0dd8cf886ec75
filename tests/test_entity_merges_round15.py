"""Wrong merges of audit round 15 (invented names and sentences, real gazetteer places; issue 16):
an abbreviation whose letters are picked from inside a word, a city spelled like a country in
another script, and one mention alike in letters to two things of different kinds."""

from __future__ import annotations

from collections import Counter

from entity_support import linked as _linked
from storyline.link.acronym_fit import plain_fit, sole_fit
from storyline.link.entity_index import EntityIndex, abbreviates
from storyline.link.spelling_guards import elsewhere, typed_as
from storyline.model import Mention


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_plain_abbreviations_take_initials_a_syllable_or_one_more_letter() -> None:
    assert plain_fit("NORA", "Nowa Rada")  # the letters right after each initial
    assert plain_fit("KOAL", "Komitet Alpejski")  # one more letter of a word
    assert plain_fit("ZMIK", "Związek Miast i Kurortów")  # a function word's initial
    assert plain_fit("ZMK", "Związek Miast i Kurortów")  # or none
    # letters picked from inside a word fit the letter rule but are no plain abbreviation
    assert abbreviates("ILOS", "Instytut Lorenskiego")
    assert not plain_fit("ILOS", "Instytut Lorenskiego")
    assert not plain_fit("TRVA", "Teatr Rovalski")


def test_an_abbreviation_picked_from_inside_words_needs_its_document() -> None:
    abbreviation = ("Bojownicy ILOS zajęli miasto.", [_m("ILOS", "ORG", "ILOS", "pl", 10)])
    elsewhere_text = "Raport Instytutu Lorenskiego."
    got = _linked(
        {
            "a": abbreviation,
            "b": (elsewhere_text, [_m("Instytutu Lorenskiego", "ORG", "Instytut Lorenskiego", "pl", 7)]),
        }
    )
    assert got[("a", 0)] != got[("b", 0)]  # nothing pairs them: two things
    both = "Instytut Lorenskiego pisze, że ILOS milczy."
    got = _linked(
        {
            "a": abbreviation,
            "c": (
                both,
                [
                    _m("Instytut Lorenskiego", "ORG", "Instytut Lorenskiego", "pl", 0),
                    _m("ILOS", "ORG", "ILOS", "pl", both.index("ILOS")),
                ],
            ),
        }
    )
    assert got[("a", 0)] == got[("c", 0)]  # one document writes both
    plain = _linked(
        {
            "a": ("Mówi NORA.", [_m("NORA", "ORG", "NORA", "pl", 5)]),
            "b": ("Raport Nowej Rady.", [_m("Nowej Rady", "ORG", "Nowa Rada", "pl", 7)]),
        }
    )
    assert plain[("a", 0)] == plain[("b", 0)]  # a plain abbreviation needs no pairing


def test_a_city_is_not_a_country_spelled_alike_in_another_script() -> None:
    got = _linked(
        {
            "a": (None, [_m("Австралии", "LOC", "Австралия", "ru")]),
            "b": (None, [_m("اوسترافا", "LOC", "اوسترافا", "ar")]),  # Ostrava, in Arabic script
            "c": (None, [_m("Ostrava", "LOC", "Ostrava", "cs")]),
        }
    )
    assert got[("b", 0)] != got[("a", 0)]
    assert got[("b", 0)] == got[("c", 0)]  # the gazetteer's city


def test_elsewhere_asks_the_gazetteer_of_every_name() -> None:
    names = {"ru": Counter({"Австралия": 2}), "pl": Counter({"Australia": 1})}
    assert elsewhere("city:3068799", names)
    assert not elsewhere("country:AU", names)
    assert not elsewhere("city:3068799", {"pl": Counter({"Kordunia": 1})})  # nothing known


def test_one_mention_alike_to_two_things_joins_the_one_of_its_type() -> None:
    def aliases(_etype: str, name: str, _lang: str) -> str | None:
        return "ORG-Kalibrovan-Party" if name.lower().startswith("kalibrovanc") else None

    got = _linked(
        {
            "a": (None, [_m("Kalibrova", "LOC", "Kalibrova", "pl")]),  # a place
            "b": (None, [_m("kalibrovanci", "PER", "kalibrovanci", "sl")]),  # a party's members
            "c": (None, [_m("kalibrovanci", "ORG", "kalibrovanci", "sl")]),
            "d": (None, [_m("kalibrovanske", "ORG", "kalibrovanski", "sl")]),  # the party's adjective
        },
        EntityIndex(aliases=aliases),
    )
    assert got[("d", 0)] == got[("c", 0)] == got[("b", 0)]
    assert got[("a", 0)] != got[("d", 0)]


def test_typed_as_keeps_all_where_types_tell_nothing() -> None:
    types = {"x": Counter({"LOC": 1}), "y": Counter({"ORG": 2, "PER": 1})}
    assert typed_as("ORG", ["x", "y"], types) == ["y"]
    assert typed_as("PRO", ["x", "y"], types) == ["x", "y"]
    assert typed_as("LOC", ["x"], types) == ["x"]


def test_only_an_unambiguous_abbreviation_joins() -> None:
    assert sole_fit([("x", False), ("x", True)]) == ["x"]
    assert sole_fit([("x", True), ("y", False)]) == []  # a fit picked from inside still counts
    assert sole_fit([("x", False)]) == []
