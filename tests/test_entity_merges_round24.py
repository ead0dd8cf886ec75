"""Audit round 24's wrong merges, with other names than the audit's: a regnal number tells two
rulers of one name apart, the name table's two people stay two, and a name in small letters (a
region's adjective) is not a town of the same stem."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.names.people import person_name, same_person
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_two_regnal_numbers_are_two_people() -> None:
    for a, b, lang in [
        ("Leon X.", "Leon XIII.", "cs"),
        ("Карл ІІ", "Карл V", "uk"),
        ("Henryk IV", "Henryk VIII", "pl"),
    ]:
        x, y = person_name(a, lang), person_name(b, lang)
        assert x is not None and y is not None
        assert not same_person(x, y), (a, b)
    x, y = person_name("Pius XII.", "sk"), person_name("Pius XII.", "cs")
    assert x is not None and y is not None and same_person(x, y)


def test_a_regnal_number_is_no_surname_initial() -> None:
    got = index_linked({
        "a": [_m("Benedikt XVI.", "PER", "Benedikt XVI.", "sl"),
              _m("Benedikt XV.", "PER", "Benedikt XV.", "sl", 40)],
    })  # fmt: skip
    assert got[("a", 0)] != got[("a", 1)]


def test_an_initial_is_still_a_surname_s_initial() -> None:
    # one letter stays an initial: news anonymise so ("Marek V.")
    name = person_name("Marek V.", "cs")
    assert name is not None and name.regnal == ""


def test_a_bare_surname_the_name_table_knows_as_another_person_stays_apart() -> None:
    # the consonants agree (m-r-l), so without the table the bare word would join the full name
    docs = {
        "a": [_m("Тимур Мурель", "PER", "Тимур Мурель", "uk")],
        "b": [_m("Mourla", "PER", "Mourla", "sl")],
    }
    table = Aliases({
        key("PER", "Тимур Мурель", "uk"): "PER-Timur-Murel",
        key("PER", "Mourla", "sl"): "PER-Ivo-Mourla",
    })  # fmt: skip
    got = index_linked(docs, aliases=table)
    assert got[("a", 0)] != got[("b", 0)]
    # one learned person, or none known: the surname joins as before
    same = Aliases(
        {key("PER", "Тимур Мурель", "uk"): "PER-Timur-Murel", key("PER", "Mourla", "sl"): "PER-Timur-Murel"}
    )
    for aliases in (same, Aliases({})):
        got = index_linked(docs, aliases=aliases)
        assert got[("a", 0)] == got[("b", 0)]


def test_a_region_s_adjective_in_small_letters_is_not_a_town_of_its_stem() -> None:
    got = index_linked(
        {
            "a": [_m("Velenjica", "LOC", "Velenjica", "sl")],
            "b": [_m("velenjske", "LOC", "velenjska", "sl")],
        },
        aliases=Aliases({}),
    )
    assert got[("a", 0)] != got[("b", 0)]


def test_an_adjective_in_small_letters_still_joins_its_own_noun() -> None:
    from collections import Counter

    from storyline.link.spelling_guards import other_case

    # the same word with an adjective's ending, or the noun with one: the noun's own adjective
    assert not other_case("małopolski", "pl", {"pl": Counter({"Małopolska": 1})})
    assert not other_case("лондонский", "ru", {"ru": Counter({"Лондон": 1})})
    # a misspelt noun in small letters is left to the other checks
    assert not other_case("kašmir", "sl", {"cs": Counter({"Kašmír": 1})})
    assert other_case("velenjska", "sl", {"sl": Counter({"Velenjica": 1})})
