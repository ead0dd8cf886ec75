"""A place whose name in some language the name table knows is not joined, by letters or sound
alone, by another name of that language (invented names; issue 16, audit round 11: a Slovene
name of one region, alike in its beginning to the Polish name of another, joined it)."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.ner.aliases import Aliases, key


def _m(text: str, lang: str) -> Mention:
    return Mention(0, len(text), text, "LOC", text, lang)


# the table learned the Polish and the (otherwise spelled) Slovene name of one invented region
TABLE = Aliases({key("LOC", "Velia", "pl"): "GPE-Velia", key("LOC", "Velsa", "sl"): "GPE-Velia"})


def test_another_name_of_a_language_the_table_knows_is_another_place() -> None:
    got = index_linked(
        {"a": [_m("Velia", "pl")], "b": [_m("Velsa", "sl")], "c": [_m("Velonija", "sl")]}, aliases=TABLE
    )
    assert got[("a", 0)] == got[("b", 0)]
    assert got[("c", 0)] != got[("a", 0)]


def test_a_typo_of_the_languages_own_name_still_joins() -> None:
    got = index_linked(
        {"a": [_m("Velia", "pl")], "b": [_m("Velsa", "sl")], "c": [_m("Velsta", "sl")]}, aliases=TABLE
    )
    assert got[("c", 0)] == got[("a", 0)]


def test_without_the_languages_own_name_a_spelling_still_joins() -> None:
    # the table knows no Slovene name of the place: a Slovene spelling alike to its Polish one joins
    table = Aliases({key("LOC", "Velia", "pl"): "GPE-Velia", key("LOC", "Velia", "cs"): "GPE-Velia"})
    got = index_linked({"a": [_m("Velia", "pl")], "c": [_m("Velonija", "sl")]}, aliases=table)
    assert got[("c", 0)] == got[("a", 0)]


def test_a_word_of_the_languages_own_name_said_alone_still_joins() -> None:
    table = Aliases({key("LOC", "Velia", "pl"): "GPE-Velia", key("LOC", "Nowa Velonija", "sl"): "GPE-Velia"})
    got = index_linked(
        {"a": [_m("Velia", "pl")], "b": [_m("Nowa Velonija", "sl")], "c": [_m("Velonija", "sl")]},
        aliases=table,
    )
    assert got[("a", 0)] == got[("b", 0)]
    assert got[("c", 0)] == got[("a", 0)]
