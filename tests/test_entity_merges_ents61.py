"""Entity merges and display names of the ents61 brief, with invented names: a bridge named after
a person written with its head noun after the name ("<Name> Bridge", "<Name>-Brücke") meets the
head-first form ("ponte <Name>") and the bare name, and stays apart from the person; a place is
shown by a form opening with a capital where the sources write one."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, text, lang)


def test_a_bridge_with_its_head_noun_last_meets_the_head_first_form() -> None:
    got = index_linked(
        {
            "a": [_m("ponte Walter Brennick", "LOC", "it")],
            "b": [_m("Walter Brennick Bridge", "LOC", "en")],
            "c": [_m("Walter-Brennick-Brücke", "LOC", "de")],
            "d": [_m("Walter Brennick Bridge", "LOC", "de")],  # the English name in a German text
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("b", 0)] == got[("c", 0)] == got[("d", 0)]


def test_a_bridge_stays_apart_from_the_person_it_is_named_after() -> None:
    got = index_linked(
        {
            "a": [_m("Walter Brennick Bridge", "LOC", "en")],
            "b": [_m("Walter Brennick", "PER", "en", 10)],
            "c": [_m("ponte Walter Brennick", "LOC", "it")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] == got[("c", 0)] != got[("b", 0)]


def test_a_bridge_named_after_a_place_or_one_word_keeps_its_own_name() -> None:
    got = index_linked(
        {
            "a": [_m("Norvale Bridge", "LOC", "en")],
            "b": [_m("Norvale", "LOC", "en")],
            "c": [_m("Brennick Bridge", "LOC", "en")],
            "d": [_m("Brennick", "LOC", "en")],
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] != got[("d", 0)]


def test_a_place_is_shown_by_a_form_opening_with_a_capital_where_the_sources_write_one() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    names = Counter({("ponte Walter Brennick", "it"): 3, ("ponte Walter Brennick", "pt"): 2})
    names[("Walter Brennick Bridge", "de")] = 1
    names[("Walter-Brennick-Brücke", "de")] = 2
    assert display_name(names, "LOC") == "Walter-Brennick-Brücke"  # the most frequent such form
    alone = Counter({("ponte Walter Brennick", "it"): 3})
    assert display_name(alone, "LOC") == "ponte Walter Brennick"  # nothing else is written
