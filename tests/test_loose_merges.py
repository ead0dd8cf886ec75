"""Loose merges of the audit (round 31, web pages round 8), with invented names: a title and a
name the name table reads as another person than a full name of that surname, and a Bulgarian
word alone a vowel off a surname."""

from __future__ import annotations

from helpers import index_linked
from storyline.model import Mention
from storyline.names.people import person_name, same_surname
from storyline.ner.aliases import Aliases, key


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_a_title_and_name_the_table_files_as_another_person_stays_apart() -> None:
    docs = {
        "d1": [_m("papieżem Lucjanem", "PER", "Lucjan", "pl", 0)],
        "d2": [_m("Anton Lucjan", "PER", "Anton Lucjan", "pl", 0)],
    }
    table = Aliases({key("PER", "Lucjan", "pl"): "PER-Pope-Lucjan"})
    got = index_linked(docs, table)
    assert got[("d2", 0)] != got[("d1", 0)]
    # without the table's reading the bare word is the surname of the full name that follows it
    got = index_linked(docs, Aliases({}))
    assert got[("d2", 0)] == got[("d1", 0)]


def test_a_bulgarian_word_alone_is_the_surname_only_as_written() -> None:
    full_bg, full_ru = person_name("Аджит Ралви", "bg"), person_name("Аджит Ралви", "ru")
    bare_bg, bare_ru = person_name("Ралв", "bg"), person_name("Ралв", "ru")
    assert full_bg and full_ru and bare_bg and bare_ru
    assert not same_surname(bare_bg, full_bg)  # Bulgarian puts no case ending on a name
    assert same_surname(person_name("Ралви", "bg"), full_bg)  # type: ignore[arg-type]
    got = index_linked(
        {
            "d1": [_m("Ралв", "PER", "Ралв", "bg", 0), _m("Ралв", "PER", "Ралв", "bg", 30)],
            "d2": [_m("Аджит Ралви", "PER", "Аджит Ралви", "bg", 0)],
        },
        Aliases({}),
    )
    assert got[("d2", 0)] != got[("d1", 0)]
