"""Generational words as written: "Jr", "Jr.", ", Jr.", "Junior", "Sr.", "Jnr", a numeral
("III"); the son's and the father's words tell two people apart, and so do two numerals (invented
names)."""

from __future__ import annotations

import pytest

from storyline.analyse.entities_generation import with_generation
from storyline.model import Mention
from storyline.names.generation import ELDER, YOUNGER, without_generation
from storyline.names.people import person_name, same_person, same_surname


@pytest.mark.parametrize(
    ("written", "sense"),
    [
        ("Tobias Hollender Jr", YOUNGER),
        ("Tobias Hollender Jr.", YOUNGER),
        ("Tobias Hollender, Jr.", YOUNGER),
        ("Tobias Hollender Junior", YOUNGER),
        ("Tobias Hollender JR.", YOUNGER),
        ("Tobias Hollender Jnr", YOUNGER),
        ("Tobias Hollender Sr.", ELDER),
        ("Tobias Hollender, Sr", ELDER),
        ("Tobias Hollender Senior", ELDER),
        ("Tobias Hollender starší", ELDER),
        ("Тобиас Холендер-старши", ELDER),
        ("Tobias Hollender III", "III"),
    ],
)
def test_every_written_form_is_read_off_the_name(written: str, sense: str) -> None:
    words, got = without_generation(written.split())
    assert got == sense
    assert words[-1] in ("Hollender", "Холендер")


def test_the_son_the_father_and_the_plain_name_are_three_people() -> None:
    names = ["Tobias Hollender Jr.", "Tobias Hollender Sr.", "Tobias Hollender"]
    son, father, plain = (person_name(n, "en") for n in names)
    assert son is not None and father is not None and plain is not None
    assert not same_person(son, father) and not same_person(son, plain) and not same_person(father, plain)
    bare = person_name("Hollender", "en")
    assert bare is not None and not same_surname(bare, son) and same_surname(bare, plain)


def test_a_numeral_after_a_full_name_is_a_generation_not_the_surname() -> None:
    third, other, plain = (
        person_name(n, "en") for n in ("Marcus Pell III", "Marcus Dorn III", "Marcus Pell")
    )
    assert third is not None and other is not None and plain is not None
    assert third.surname == plain.surname  # Pell, not the numeral
    assert not same_person(third, other)  # two men of one numeral are not one for it
    assert not same_person(third, plain)
    king = person_name("Gustav III.", "de")  # after a given name alone: a ruler's number
    assert king is not None and king.regnal == "III" and not king.generation


def test_a_numeral_after_given_names_is_a_ruler_s_with_or_without_a_title() -> None:
    pope, titled = person_name("Anselm XVI", "en"), person_name("Папа Анселм XVI", "bg")
    assert pope is not None and titled is not None
    assert not titled.generation and titled.regnal == "XVI"  # "Анселм" is a given name
    assert same_person(titled, pope)


def _per(text: str, written: str) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, "PER", written, "en")


def test_a_tagger_s_jr_after_the_comma_goes_into_the_name() -> None:
    text = "Then Tobias Hollender, Jr. spoke."
    got = with_generation(text, [_per(text, "Tobias Hollender"), _per(text, "Jr")], "en")
    assert [(m.text, m.base) for m in got] == [("Tobias Hollender, Jr", "Tobias Hollender, Jr")]


def test_a_small_junior_after_an_english_name_is_a_rank() -> None:
    text = "They named Anna Brook junior minister."
    got = with_generation(text, [_per(text, "Anna Brook")], "en")
    assert [m.text for m in got] == ["Anna Brook"]
