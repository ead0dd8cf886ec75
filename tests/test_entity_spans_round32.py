"""Audit round 32's span and type classes, with invented names: a one-word name run into the
city it stands in ("<Airport> w <City>"), ..."""

from __future__ import annotations

from entity_support import as_written
from entity_support import mention_at as at
from storyline.analyse.entities_seat import split_seats
from storyline.model import Mention


def _place(etype: str, base: str) -> bool:
    """The learned table knows the invented towns as places, and nothing else."""
    return etype == "LOC" and base in {"Valdorze", "Valdora", "Валдоре"}


def _spans(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions]


def test_pl_a_one_word_name_and_the_city_after_w_are_two_names() -> None:
    text = "Rząd zapowiedział testy na lotnisku Vendraholm w Valdorze, gdzie do tej pory ich nie było."
    got = split_seats(text, [at(text, "Vendraholm w Valdorze", "LOC", "pl")], "pl", as_written, _place)
    assert _spans(got) == [("Vendraholm", "LOC"), ("Valdorze", "LOC")]
    assert got[1].start == text.index("Valdorze")
    text = "Pracuje w firmie Kwintrex w Valdorze od roku."
    got = split_seats(text, [at(text, "Kwintrex w Valdorze", "ORG", "pl")], "pl", as_written, _place)
    assert _spans(got) == [("Kwintrex", "ORG"), ("Valdorze", "LOC")]


def test_pl_a_kind_noun_before_w_keeps_the_name_whole() -> None:
    # BSNLP's gold: "Uniwersytetu w <City>", "Lotnisko w <City>" are one name each
    for name, etype in (("Uniwersytetu w Valdorze", "ORG"), ("Lotnisko w Valdorze", "LOC")):
        text = f"Wykład odbył się na {name} wczoraj."
        whole = [at(text, name, etype, "pl")]
        assert split_seats(text, whole, "pl", as_written, _place) == whole, name
    # a rare name whose whole the learned table knows, or no place after the preposition
    text = "Testy na lotnisku Vendraholm w Valdorze."
    whole = [at(text, "Vendraholm w Valdorze", "LOC", "pl")]
    assert (
        split_seats(text, whole, "pl", as_written, lambda t, b: _place(t, b) or b == whole[0].text) == whole
    )
    assert split_seats(text, whole, "pl", as_written, lambda t, b: False) == whole
