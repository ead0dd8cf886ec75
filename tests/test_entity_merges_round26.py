"""Wrong merges of audit round 26 / web pages round 3 (invented names and sentences; issue 16):
an abbreviation written without the marks that its language keeps on a long name's initials
("ZSP" in Czech news) joined to that long name ("Železniční správa přístavů"); two people whose
given names are two names ("Marie" / "Maja") joined by their alike surnames."""

from __future__ import annotations

from entity_support import linked
from storyline.link.acronym_fit import marks_lost
from storyline.model import Mention
from storyline.names.people import person_name, same_person


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_an_abbreviation_keeps_the_marks_of_its_initials_where_its_language_does() -> None:
    assert marks_lost("ZSP", "Železniční správa přístavů", "cs")
    assert marks_lost("SUD", "Štátny úrad dopravy", "sk")
    assert not marks_lost("PZM", "Polska Żegluga Morska", "pl")  # a mark inside is often dropped
    assert not marks_lost("ŽSP", "Železniční správa přístavů", "cs")  # written with its marks
    assert not marks_lost("ZSP", "Zemská správa přístavů", "cs")  # no marks to lose
    assert not marks_lost("ZSP", "Železniční správa přístavů", "en")  # another language's text
    assert not marks_lost("EDV", "Électricité du Vallon", "fr")  # French capitals drop accents


def test_a_plain_abbreviation_is_not_a_long_name_whose_initials_have_marks() -> None:
    party = "Předseda ZSP Karel Dvořák to odmítl."
    office = "Podle Železniční správy přístavů je provoz omezen."
    docs = {
        "a": (party, [_m("ZSP", "ORG", "ZSP", "cs", party.index("ZSP"))]),
        "b": (office, [_m("Železniční správy přístavů", "ORG", "Železniční správa přístavů", "cs", 6)]),
    }
    got = linked(docs)
    assert got[("a", 0)] != got[("b", 0)]
    docs = {"b": docs["b"], "a": docs["a"]}  # the long name first, then the abbreviation
    got = linked(docs)
    assert got[("a", 0)] != got[("b", 0)]
    # a plain long name still joins its plain abbreviation
    plain = "Podle Zemské správy přístavů je provoz omezen."
    got = linked(
        {
            "a": docs["a"],
            "c": (plain, [_m("Zemské správy přístavů", "ORG", "Zemská správa přístavů", "cs", 6)]),
        }
    )
    assert got[("a", 0)] == got[("c", 0)]


def test_two_known_given_names_written_apart_are_two_people() -> None:
    def same(a: str, la: str, b: str, lb: str) -> bool:
        x, y = person_name(a, la), person_name(b, lb)
        assert x is not None and y is not None
        return same_person(x, y)

    assert not same("Marie Drahošová", "cs", "Maja Drahos", "pl")  # Marie / Maja
    assert not same("Helena Kowalska", "pl", "Olga Kowalska", "pl")
    assert same("Piotr Lewandowski", "pl", "Peter Lewandowski", "en")  # one name's spellings
    assert same("Aleksander Wiśniewski", "pl", "Alexander Wisniewski", "de")
    assert same("Alex Wiśniewski", "pl", "Alexander Wiśniewski", "pl")  # a short form
    assert same("De Vries", "nl", "Johanna de Vries", "nl")  # a particle is no given name
    got = linked(
        {
            "a": (None, [_m("Marie Drahošové", "PER", "Marie Drahošová", "cs")]),
            "b": (None, [_m("Maja Drahos", "PER", "Maja Drahos", "pl")]),
        }
    )
    assert got[("a", 0)] != got[("b", 0)]


def test_a_home_town_is_not_a_gazetteer_place_a_letter_away() -> None:
    # Ankaran (a Slovene municipality) is no Ankara, Milín (a Czech village) no Milan
    for city, town, lang in (("Ankara", "Ankaran", "sl"), ("Milan", "Milín", "cs")):
        got = linked(
            {
                "a": (None, [_m(city, "LOC", city, lang)]),
                "b": (None, [_m(town, "LOC", town, lang)]),
            }
        )
        assert got[("a", 0)] != got[("b", 0)], town
    # the city's own case forms still join it
    got = linked(
        {
            "a": (None, [_m("Ankara", "LOC", "Ankara", "sl")]),
            "b": (None, [_m("Ankari", "LOC", "Ankara", "sl")]),
        }
    )
    assert got[("a", 0)] == got[("b", 0)]
