"""Base forms of audit round 30 (other names than the audit's; issue 12)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned


def test_a_foreign_place_in_a_case_gets_the_soft_sign_its_ending_implies() -> None:
    # Ukrainian: the dictionary's words that end in "…мені" are soft stems ("…мінь"/"…мень");
    # a foreign place it does not know keeps its own vowel and takes the soft sign back
    lem = _learned()
    assert lem.base("Керестешнамені", "uk", "LOC") == "Керестешнамень"
    assert lem.base("Керестешнаменем", "uk", "LOC") == "Керестешнамень"
    # a hard stem the guesser reads as hard, and a place the dictionary knows, stay hard
    assert lem.base("Ужгороді", "uk", "LOC") == "Ужгород"
    assert lem.base("Мюнхені", "uk", "LOC") == "Мюнхен"
    assert lem.base("Бекешчабі", "uk", "LOC") == "Бекешчаба"
