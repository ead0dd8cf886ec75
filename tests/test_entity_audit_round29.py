"""Wrong merges and display names of audit round 29 and web-pages round 6, as classes (invented
names and places)."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.ner.aliases import Aliases


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_an_abbreviation_in_its_long_name_s_script_still_joins_it() -> None:
    name = "Krajowy Monitor Rzeczny"
    got = index_linked(
        {"a": [_m("KMR", "ORG", "KMR", "pl")], "b": [_m(name, "ORG", name, "pl")]},
        Aliases({}),
    )
    assert got[("a", 0)] == got[("b", 0)]


def test_an_arabic_city_with_its_article_is_shown_by_the_gazetteer_s_english_name() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    # not "Alqahrt", "Almwsl": the article and a letter-by-letter romanisation no source writes
    assert display_name(Counter({("القاهرة", "ar"): 2}), "LOC") == "Cairo"
    assert display_name(Counter({("الموصل", "ar"): 1}), "LOC") == "Mosul"
    assert display_name(Counter({("دمشق", "ar"): 1}), "LOC") == "Damascus"


def test_a_city_the_gazetteer_names_in_cyrillic_is_no_cyrillic_name_a_letter_off() -> None:
    got = index_linked(
        {
            "a": [_m("Kannur", "LOC", "Kannur", "pl")],
            "b": [_m("Канура", "LOC", "Канура", "ru")],  # a river or region, not the Indian city
            "c": [_m("Tampere", "LOC", "Tampere", "pl")],
            "d": [_m("Тампера", "LOC", "Тампера", "ru")],  # the city in a case form its lemma kept
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] == got[("d", 0)]


def test_a_lone_given_name_joins_only_its_own_spelling_not_a_word_an_ending_away() -> None:
    got = index_linked(
        {
            "a": [_m("Marian", "PER", "Marian", "pl")],
            "b": [_m("Mariani", "PER", "Mariani", "it")],  # a district, a surname: another word
            "c": [_m("Ivanka", "PER", "Ivanka", "sl")],
            "d": [_m("Иванка", "PER", "Иванка", "bg")],  # the same given name in other letters
        },
        Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] == got[("d", 0)]
