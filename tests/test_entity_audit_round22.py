"""Names of the kinds the precision audit's round 22 found wrong (invented names and sentences
throughout): an English place word in another language's text, a body named after a person, a
ministry's listed matters, outlets, a possessive adjective of an organisation."""

from __future__ import annotations

from entity_support import found as _found


def test_an_english_place_word_makes_a_place_in_any_latin_text() -> None:
    # the rules (Romanian) and the tagger (Polish) both read "X River" as a person without it
    found = _found("Podul peste Velna River a fost distrus, iar Orvik Dam a cedat.", "ro")
    assert ("Velna River", "LOC") in found
    assert ("Orvik Dam", "LOC") in found
    assert ("Karpenko River", "LOC") in _found("Nad Karpenko River stoi nowa zapora.", "pl")
    # a first name before the word: a person called so
    assert ("John Lake", "PER") in _found("Spotkanie prowadził John Lake z Londynu.", "pl")
