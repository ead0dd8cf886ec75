"""Base forms of audit round 31 (other names than the audit's)."""

from __future__ import annotations

from helpers import packaged_lemmatizer as _learned


def test_a_slovene_soft_adjective_agrees_with_its_feminine_noun() -> None:
    lem = _learned()
    assert lem.base("Srednji Aziji", "sl", "LOC") == "Srednja Azija"
    assert lem.base("Zgornji Dolini", "sl", "LOC") == "Zgornja Dolina"
    assert lem.base("Spodnji Kamniški dolini", "sl", "LOC") == "Spodnja Kamniška dolina"
    # before a masculine noun in its nominative it is the nominative as written
    assert lem.base("Srednji vzhod", "sl", "LOC") == "Srednji vzhod"
