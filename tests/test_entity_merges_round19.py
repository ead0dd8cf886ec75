"""Wrong merges of audit round 19 (invented names; issue 16, rule N5): a family's plural joined
to its man of the document; a bare given name joined to a full name on a surname's evidence
alone; a woman's name joined to a man's whose given name has her consonants."""

from __future__ import annotations

from entity_support import linked
from storyline.link.entity_index import EntityIndex
from storyline.link.surname_case import family_of
from storyline.model import Mention
from storyline.names.people import person_name, same_person


def _m(text: str, base: str, lang: str, start: int = 0, etype: str = "PER") -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_a_mans_surname_with_the_family_plural_ending_is_his_family() -> None:
    fam = _m("Horákové", "Horáková", "cs", 40)
    assert family_of(fam, ["Tomáš Horák"]) == ("Horák", "Horákové")
    # the same ending is a woman's genitive: with her in the document, it is hers
    assert family_of(fam, ["Tomáš Horák", "Jana Horáková"]) is None
    assert family_of(fam, ["Jana Horáková"]) is None
    assert family_of(fam, []) is None  # no man of the document bears the surname
    assert family_of(_m("Horákovi", "Horák", "cs", 40), ["Tomáš Horák"]) is None  # his dative
    # Polish: the family goes by the bare surname; Slovak: by the plural as written
    assert family_of(_m("Kowalczykowie", "Kowalczyk", "pl"), ["Adam Kowalczyk"]) == ("Kowalczyk", "Kowalczyk")
    assert family_of(_m("Horákovci", "Horákovci", "sk"), ["Tomáš Horák"]) == ("Horák", "Horákovci")
    assert family_of(_m("Horakowie", "Horak", "cs"), ["Tomáš Horak"]) is None  # not the language's


def test_a_family_is_an_entity_of_its_own_in_every_document() -> None:
    got = linked(
        {
            "a": (None, [_m("Tomáš Horák", "Tomáš Horák", "cs", 0), _m("Horákové", "Horáková", "cs", 40)]),
            "b": (None, [_m("Karel Horák", "Karel Horák", "cs", 0), _m("Horákové", "Horáková", "cs", 40)]),
            "c": (
                None,
                [_m("Jana Horáková", "Jana Horáková", "cs", 0), _m("Horákové", "Horáková", "cs", 40)],
            ),
        },
        EntityIndex(),
    )
    assert got[("a", 1)] != got[("a", 0)]
    assert got[("a", 1)] == got[("b", 1)]  # the family, wherever it is named
    assert got[("c", 1)] == got[("c", 0)]  # her genitive


def test_a_bare_given_name_does_not_join_a_full_name_by_its_surname_alone() -> None:
    # a source wrote a full name with the given name twice; the bare given name in another
    # document is anyone of that given name
    got = linked(
        {
            "a": (None, [_m("Oskar Oskar", "Oskar Oskar", "pl")]),
            "b": (None, [_m("Оскар", "Оскар", "bg", 10)]),
            "c": (None, [_m("Oskar Lindqvist", "Oskar Lindqvist", "pl"), _m("Oskar", "Oskar", "pl", 30)]),
        },
        EntityIndex(),
    )
    assert got[("b", 0)] != got[("a", 0)]
    assert got[("c", 1)] == got[("c", 0)]  # after the full name in its own document: his
    # a given name read as the bare bearer's given name found later, the same
    later = linked(
        {
            "b": (None, [_m("Оскар", "Оскар", "bg", 10)]),
            "a": (None, [_m("Oskar Oskar", "Oskar Oskar", "pl")]),
        },
        EntityIndex(),
    )
    assert later[("b", 0)] != later[("a", 0)]
    # a surname that is a given name elsewhere still names the person it is the surname of
    kept = linked(
        {
            "a": (None, [_m("Lena Thomas", "Lena Thomas", "sl")]),
            "b": (None, [_m("Thomas", "Thomas", "sl", 10)]),
        },
        EntityIndex(),
    )
    assert kept[("b", 0)] == kept[("a", 0)]


def test_a_womans_given_name_is_no_mans_of_the_same_consonants() -> None:
    def same(a: str, la: str, b: str, lb: str) -> bool:
        x, y = person_name(a, la), person_name(b, lb)
        assert x is not None and y is not None
        return same_person(x, y)

    assert not same("Симона Кер", "ru", "Simon Keyer", "sl")  # a short surname's consonants alone
    assert not same("Simona Kehr", "ru", "Simon Keyer", "sl")
    assert same("Симон Кер", "ru", "Simon Keyer", "sl")  # his own given name: still enough
    assert same("Симона Кер", "ru", "Simona Kehr", "ru")
