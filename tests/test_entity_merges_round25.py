"""Wrong merges and display names of audit round 25 and web pages round 2 (invented names and
sentences; issue 16): a subsidiary shown by its parent's name; a surname's letters in another
order; vowels after a surname that its language has as no ending; a plural adjective's surname; a
given name alone with a doubled letter; a town's adjective; an owner's abbreviation after its
unit's name. (The Greek display's digraphs: test_names.)"""

from __future__ import annotations

from collections import Counter

import pytest

from entity_support import linked
from storyline.link import entities as linking
from storyline.link.entities import record_name
from storyline.link.entity_index import EntityIndex, EntityRecord, bracketed_pairs
from storyline.link.spelling_guards import adjective_apart
from storyline.model import Mention
from storyline.names.people import person_name, same_person, same_surname


def test_a_subsidiary_is_not_shown_by_its_parents_learned_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def table(_etype: str, name: str, _lang: str) -> str | None:
        return "ORG-Baltoria" if name.startswith(("Baltoria", "Балтория")) else None

    monkeypatch.setattr(linking.ner, "alias_table", lambda: table)

    def shown(name: str) -> str:
        record = EntityRecord("e-1", 0, Counter({"ORG": 3}), {"ru": Counter({name: 3})})
        return record_name(record)

    assert shown("Балтория Газ Трейдинг энд Финанс Б.В.").startswith("Baltoriya Gaz")
    assert shown("Балтория") == "Baltoria"  # the parent's own name goes by its id


def _m(text: str, etype: str, lang: str) -> Mention:
    return Mention(0, len(text), text, etype, text, lang)


def _p(name: str, lang: str):  # type: ignore[no-untyped-def]
    found = person_name(name, lang)
    assert found is not None
    return found


def test_a_surname_with_its_letters_in_another_order_is_another_surname() -> None:
    # the phonetic key drops an h: "Hersan" opens with a vowel, "Рахсан" with a consonant
    assert not same_person(_p("Maja Hersan", "pl"), _p("Мий Рашсан", "bg"))
    assert not same_surname(_p("Рахсан", "bg"), _p("Maja Hersan", "pl"))
    assert same_surname(_p("Рашсан", "bg"), _p("Amir Rashsan", "en"))  # the same surname
    assert same_surname(_p("Эрнандо", "ru"), _p("Luis Hernando", "es"))  # an h not written


def test_vowels_after_a_surname_that_are_no_case_ending_make_another_name() -> None:
    # Bulgarian declines no surname in "-оу": the name is its own, not "Дрист" inflected
    assert not same_surname(_p("Дристоу", "bg"), _p("Ашок Дрист", "ru"))
    assert same_surname(_p("Дриста", "bg"), _p("Ашок Дрист", "ru"))  # an ending the list has
    assert same_surname(_p("Kowalu", "pl"), _p("Jan Kowal", "pl"))  # a Polish case ending


def test_a_plural_adjective_surname_joins_no_person_of_another_document() -> None:
    got = linked(
        {
            "a": (None, [_m("Светлогорские", "PER", "ru")]),
            "b": (None, [_m("Петър Светлогорски", "PER", "bg")]),
            "c": (None, [_m("Светлогорски", "PER", "bg")]),
            "d": (None, [_m("Kamieńscy", "PER", "pl")]),
            "e": (None, [_m("Jan Kamieński", "PER", "pl")]),
        },
        EntityIndex(),
    )
    assert got[("a", 0)] != got[("b", 0)]  # seen before the full name: not absorbed by it
    assert got[("c", 0)] == got[("b", 0)]  # the singular is his surname
    assert got[("d", 0)] != got[("e", 0)]


def test_a_given_name_alone_keeps_its_doubled_letter_across_scripts() -> None:
    # a bare word that is a given name too is the surname only as spelled: Алли is Alli, not Ali
    assert not same_surname(_p("Алли", "bg"), _p("Tariq Ali", "pl"))
    assert same_surname(_p("Али", "bg"), _p("Tariq Ali", "pl"))
    assert same_surname(_p("Хари", "bg"), _p("Harry", "en"))  # a double the other script drops


def test_an_adjective_of_a_town_is_not_the_town_by_spelling() -> None:
    towns = {"pt": Counter({"Zelenivka": 2})}
    assert adjective_apart("Зеленовская", "ru", {"pt": Counter({"Zelenovka": 1})})
    assert adjective_apart("Zelenovka", "pt", {"ru": Counter({"Зеленовская": 1, "Зеленовский": 1})})
    assert not adjective_apart("Zelenivka", "pt", towns)  # two spellings of the town
    assert not adjective_apart("Зеленовская", "ru", {"ru": Counter({"Зеленовский": 1})})  # both adjectives
    # a town's case whose ending reads as an adjective's is the town
    assert not adjective_apart("Zelenogorska", "cs", {"ru": Counter({"Зеленогорск": 1})})
    assert not adjective_apart("Zelenogorščenska", "cs", {"cs": Counter({"Zelenogoršensk": 1})})
    got = linked(
        {
            "a": (None, [_m("Зеленовская", "LOC", "ru")]),
            "b": (None, [_m("Zelenovka", "LOC", "pt")]),
        },
        EntityIndex(),
    )
    assert got[("a", 0)] != got[("b", 0)]


def test_an_abbreviation_of_the_owner_after_a_units_name_is_the_owners() -> None:
    text = "Poročilo Oddelka za kakovost vode Državnega zavoda za okolje (DZO) je jasno."
    unit = "Oddelka za kakovost vode Državnega zavoda za okolje"
    i = text.index(unit)
    j = text.index("DZO")
    mentions = [
        Mention(i, i + len(unit), unit, "ORG", unit, "sl"),
        Mention(j, j + 3, "DZO", "ORG", "DZO", "sl"),
    ]
    assert bracketed_pairs(mentions, text) == []  # the unit is not the institute
    whole = "Državnega zavoda za okolje"
    k = text.index(whole)
    mentions[0] = Mention(k, k + len(whole), whole, "ORG", whole, "sl")
    assert bracketed_pairs(mentions, text) == [(0, 1)]
    # one word said with the owner's name is no unit's name: the brackets name the whole
    text = "Podle Novák Open Data Foundation (ODF) je to tak."
    name = "Novák Open Data Foundation"
    i, j = text.index(name), text.index("ODF")
    mentions = [
        Mention(i, i + len(name), name, "ORG", name, "cs"),
        Mention(j, j + 3, "ODF", "ORG", "ODF", "cs"),
    ]
    assert bracketed_pairs(mentions, text) == [(0, 1)]
