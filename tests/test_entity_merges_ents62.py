"""Loose merges of audit round 30 (rule N5: every name of an entity names the same thing), as
classes: towns whose names differ only by a mark, a namesake's given name learned for a bare
surname. People are invented; the towns are the gazetteer's own (a Czech village and a Slovak
town whose names fold alike), as the rule is about what the gazetteer knows."""

from __future__ import annotations

from collections import Counter

from helpers import index_linked
from storyline.link.alias_people import given_apart
from storyline.link.entities import shown_alias
from storyline.model import Mention
from storyline.names import place_key
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, lang: str) -> Mention:
    return Mention(0, len(text), text, etype, text, lang)


def test_the_towns_are_two_in_the_gazetteer() -> None:
    # the premise of the tests below: one match key, two towns
    assert place_key("Březno", "cs") != place_key("Брезно", "bg")
    assert place_key("Brezno", "sk") == place_key("Брезно", "bg")


def test_a_town_written_with_a_mark_is_not_a_cyrillic_town_written_without_it() -> None:
    got = index_linked({"a": [_m("Březno", "LOC", "cs")], "b": [_m("Брезно", "LOC", "bg")]})
    assert got[("a", 0)] != got[("b", 0)]
    # in either order
    got = index_linked({"a": [_m("Брезно", "LOC", "bg")], "b": [_m("Březno", "LOC", "cs")]})
    assert got[("a", 0)] != got[("b", 0)]


def test_a_town_written_with_a_mark_is_not_a_far_town_written_without_it() -> None:
    # a Czech village and a Saudi town: á and a fold alike, the gazetteer knows two places
    got = index_linked({"a": [_m("Dubá", "LOC", "cs")], "b": [_m("Duba", "LOC", "en")]})
    assert got[("a", 0)] != got[("b", 0)]


def test_one_town_in_two_scripts_still_joins() -> None:
    got = index_linked({"a": [_m("Brezno", "LOC", "sk")], "b": [_m("Брезно", "LOC", "bg")]})
    assert got[("a", 0)] == got[("b", 0)]


def _surname_table(alias: str) -> Aliases:
    return Aliases({key("PER", "Брантов", "bg"): alias})


def test_a_bare_surname_learned_as_a_namesake_joins_no_full_name_of_another_given_name() -> None:
    docs = {"a": [_m("Милан Брантов", "PER", "ru")], "b": [_m("Брантов", "PER", "bg")]}
    got = index_linked(docs, aliases=_surname_table("PER-Lovro-Brantov"))
    assert got[("a", 0)] != got[("b", 0)]


def test_a_bare_surname_learned_as_the_full_name_s_person_joins_it() -> None:
    docs = {"a": [_m("Милан Брантов", "PER", "ru")], "b": [_m("Брантов", "PER", "bg")]}
    got = index_linked(docs, aliases=_surname_table("PER-Milan-Brantov"))
    assert got[("a", 0)] == got[("b", 0)]
    got = index_linked(docs, aliases=Aliases({}))  # a surname the table does not know
    assert got[("a", 0)] == got[("b", 0)]


def test_the_alias_s_given_name_against_the_entity_s_full_names() -> None:
    names = {"ru": Counter({"Милан Брантов": 2}), "bg": Counter({"Брантов": 1})}
    assert given_apart("PER-Lovro-Brantov", names)
    assert not given_apart("PER-Milan-Brantov", names)
    assert not given_apart("PER-Brantov", names)  # no given name to compare
    assert not given_apart("PER-Lovro-Brantov", {"bg": Counter({"Брантов": 1})})  # no full name
    assert not given_apart("ORG-Lovro-Brantov", names)


def test_an_entity_is_not_shown_by_a_namesake_s_learned_id() -> None:
    names = Counter({("Милан Брантов", "ru"): 2, ("Брантов", "bg"): 1})
    assert shown_alias(names, "PER", "PER-Lovro-Brantov") is None
    assert shown_alias(names, "PER", "PER-Milan-Brantov") == "PER-Milan-Brantov"


def test_a_bare_name_two_vowels_longer_than_a_short_surname_is_another_word() -> None:
    # "<Sor>yja" reads "soria": not the three-letter surname with a case ending (one vowel is)
    from storyline.names.people import person_name, same_surname

    full = person_name("Павел Сор", "bg")
    assert full is not None
    longer, inflected = person_name("Soryja", "pl"), person_name("Sora", "pl")
    assert longer is not None and inflected is not None
    assert not same_surname(longer, full)
    assert same_surname(inflected, full)
    got = index_linked({"a": [_m("Soryja", "PER", "pl")], "b": [_m("Павел Сор", "PER", "bg")]}, Aliases({}))
    assert got[("a", 0)] != got[("b", 0)]


def test_a_word_for_a_kind_of_land_is_a_mention_of_a_country_but_no_name_of_it() -> None:
    from storyline.link.entities import entity_names

    ms = [
        Mention(0, 8, "Velandii", "LOC", "Velandia", "pl"),
        Mention(0, 9, "Królestwo", "LOC", "Królestwo", "pl"),
        Mention(0, 5, "Otoku", "LOC", "Otok", "sl"),
        Mention(0, 8, "Velandija", "LOC", "Velandija", "sl"),
    ]
    assert entity_names(ms, "LOC") == {"pl": ["Velandia"], "sl": ["Velandija"]}
    # an entity of such words alone still lists them; a body's name with one is another thing
    assert entity_names(ms[1:3], "LOC") == {"pl": ["Królestwo"], "sl": ["Otok"]}
    assert entity_names([Mention(0, 13, "Otok Velandia", "LOC", "Otok Velandia", "sl")], "LOC") == {
        "sl": ["Otok Velandia"]
    }


def test_a_far_locale_s_country_name_in_capitals_is_a_brand_not_the_country() -> None:
    # Indonesian writes the Netherlands "Belanda": a Slovene text's "družba BELANDA" is a company
    assert place_key("Belanda", "sl") == "country:NL"  # written as a name, the country as before
    assert place_key("BELANDA", "sl") is None
    assert place_key("NIZOZEMSKA", "sl") == "country:NL"  # the text's own language in capitals
    assert place_key("NETHERLANDS", "sl") == "country:NL"  # and English
    assert place_key("USA", "sl") == "country:US"  # a locale writes it in capitals


def test_a_brand_in_capitals_joins_no_country_by_its_letters() -> None:
    docs = {
        "a": [_m("Nizozemska", "LOC", "sl")],
        "b": [_m("Belanda", "LOC", "id")],  # the country in an Indonesian text
        "c": [_m("BELANDA", "ORG", "sl")],
        "d": [_m("BELANDA", "LOC", "sl")],  # whatever type the recogniser gave it
    }
    got = index_linked(docs)
    assert got[("a", 0)] == got[("b", 0)]
    assert got[("c", 0)] != got[("a", 0)]
    assert got[("d", 0)] != got[("a", 0)]
    assert got[("c", 0)] == got[("d", 0)]  # the brand is one
