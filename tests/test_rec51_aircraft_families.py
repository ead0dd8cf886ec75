"""Recognition (issue 12, rec51): an aircraft model the passage names with its maker once is the
model where it is named by its number or its model name alone after. Invented numbers and
sentences; the makers are the listed ones (``aircraft_makers``), the models are made up."""

from __future__ import annotations

from tests.entity_support import placed_in_order

from storyline.analyse.entities_aircraft_families import aircraft_families
from storyline.model import Mention


def _found(text: str, found: list[tuple[str, ...]] = (), lang: str = "sl") -> list[tuple[str, str]]:
    mentions = placed_in_order(text, list(found), lang)
    return [(m.text, m.type) for m in aircraft_families(text, mentions, lang, (0, len(text)))]


def test_the_number_alone_after_the_maker_named_it() -> None:
    text = "Letalo boeing 848 je pristalo. Prevoznik ima 848-300 in naročil je še 848 max 100."
    assert _found(text, [("boeing 848", "PRO")]) == [
        ("boeing 848", "PRO"),
        ("848-300", "PRO"),
        ("848 max 100", "PRO"),
    ]


def test_the_model_name_in_capitals_alone_with_its_case_ending() -> None:
    text = "Airbus A848 ZEN je nov. Po padcu ZEN-a so ZEN 200 prizemljili."
    found = [("Airbus A848 ZEN", "PRO"), ("ZEN", "ORG")]
    # only MAX is read as a model name: an invented name stays as the tagger had it
    assert _found(text, found) == [("Airbus A848 ZEN", "PRO"), ("ZEN", "ORG")]
    text = "Boeing 848 MAX je nov. Po padcu MAX-a so MAX 200 prizemljili."
    found = [("Boeing 848 MAX", "PRO"), ("MAX", "ORG")]
    assert _found(text, found) == [("Boeing 848 MAX", "PRO"), ("MAX-a", "PRO"), ("MAX 200", "PRO")]


def test_a_number_no_maker_names_is_left() -> None:
    text = "Boeing 848 je pristal. Umrlo je 1.848 ljudi, 949 jih je ozdravelo in 848,5 tone."
    assert _found(text, [("Boeing 848", "PRO")]) == [("Boeing 848", "PRO")]


def test_no_maker_no_models() -> None:
    text = "Umrlo je 848 ljudi, MAX-a ni."
    assert _found(text) == []


def test_a_longer_name_holding_the_number_stays() -> None:
    text = "Boeing 848 je nov. Klub Ekipa 848 Zmaga je zmagal."
    found = [("Boeing 848", "PRO"), ("Ekipa 848 Zmaga", "ORG")]
    assert _found(text, found) == found


def test_languages_without_the_key_are_left_alone() -> None:
    text = "The Boeing 848 landed. The 848-300 followed."
    assert _found(text, [("Boeing 848", "PRO")], "en") == [("Boeing 848", "PRO")]


def test_mentions_inside_go() -> None:
    text = "Boeing 848 MAX je nov. Zdaj stavijo na 848 MAX."
    found = [("Boeing 848 MAX", "PRO"), ("MAX", "ORG")]
    out = aircraft_families(text, placed_in_order(text, found, "sl"), "sl", (0, len(text)))
    assert [(m.text, m.type) for m in out] == [("Boeing 848 MAX", "PRO"), ("848 MAX", "PRO")]
    assert all(isinstance(m, Mention) for m in out)
