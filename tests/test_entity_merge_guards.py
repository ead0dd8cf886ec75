"""Merges that need evidence: a one-word person joins a full name only as its surname (spelled by
another language's rules), and a two-letter abbreviation is not a longer one read by sound."""

from __future__ import annotations

from helpers import bare_surname_of, index_linked
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention
from storyline.names.people import person_name, same_person


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def _linked(docs: dict[str, list[Mention]]) -> dict[tuple[str, int], str]:
    return index_linked(docs)


_bare_is = bare_surname_of


def test_a_lone_word_with_other_consonants_is_not_the_surname() -> None:
    # letters alike, consonants not: a given name or another surname, never this person
    assert not _bare_is("Tomir", "en", "Jana Tomil", "sl")
    assert not _bare_is("Варла", "bg", "Борис Варас", "bg")
    assert not _bare_is("Dilva", "pl", "Kaspar Dila", "cs")


def test_a_short_name_inside_a_longer_one_is_not_its_surname() -> None:
    # one consonant in common is no skeleton of a name
    assert not _bare_is("Асус", "ru", "Педро Ребейро де Сус", "ru")


def test_a_surname_in_another_script_or_with_an_ending_still_joins() -> None:
    assert _bare_is("Зорич", "ru", "Milan Zorić", "hr")
    assert _bare_is("Orlandov", "en", "Петър Орландов", "bg")
    assert _bare_is("Hudeca", "sl", "Ivan Hudec", "cs")


def test_an_initial_written_against_the_surname_is_a_given_name() -> None:
    short, full = person_name("И.Петренко", "ru"), person_name("Иван Петренко", "ru")
    assert short is not None and full is not None
    assert short.full and short.surname == full.surname
    assert same_person(short, full)


def test_a_lone_given_name_in_another_document_stays_apart_from_a_namesake_s_surname() -> None:
    got = _linked({
        "a": [_m("Jana Tomil", "PER", "Jana Tomil", "sl")],
        "b": [_m("Tomir", "PER", "Tomir", "en")],
        "c": [_m("Tomil", "PER", "Tomil", "cs")],
    })  # fmt: skip
    assert got[("b", 0)] != got[("a", 0)] == got[("c", 0)]


def test_an_abbreviation_keeps_each_of_its_letters() -> None:
    # a doubled letter is a word of its own: KKP is not KP (two letters are keyed apart)
    got = _linked({
        "a": [_m("KP", "ORG", "KP", "pl")],
        "b": [_m("KKP", "ORG", "KKP", "cs")],
        "c": [_m("ТАСС", "ORG", "ТАСС", "ru")],
        "d": [_m("TASS", "ORG", "TASS", "en")],
    })  # fmt: skip
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] == got[("d", 0)]


def test_three_letters_written_beside_the_name_join_it() -> None:
    text = "Quill Rowan Ventures (QRV) said so."
    index = EntityIndex()
    got = index.add_document(
        "a",
        [
            _m("Quill Rowan Ventures", "ORG", "Quill Rowan Ventures", "en", 0),
            _m("QRV", "ORG", "QRV", "en", 22),
        ],
        text,
    )
    assert index.resolve(got[0]) == index.resolve(got[1])


def test_a_lone_given_name_is_a_surname_only_as_spelled() -> None:
    assert not _bare_is("Марина", "ru", "Tom Marny", "en")  # the consonants agree, the name does not
    assert _bare_is("Джонсън", "bg", "Tom Johnson", "en")  # a given name too, and this surname as spelled
