"""Audit round 27 and web pages round 4's junk and span classes (issue 16), with other names than
the audit's: an acronym's possessive adjective written after a hyphen."""

from __future__ import annotations

import pytest

from storyline.ner.lemma_hyphen import without_case


@pytest.mark.parametrize(
    ("lang", "word", "tail"),
    [
        ("sl", "NLB", "-jeva"),  # "NLB-jeva banka": the NLB's bank
        ("sl", "UEFA", "-ina"),
        ("sl", "OZN", "-ovega"),
        ("hr", "HDZ", "-ovi"),  # "HDZ-ovi zastupnici": the HDZ's deputies
        ("pl", "PiS", "-owski"),  # "PiS-owski rząd": the PiS's government
        ("pl", "COVID", "-owej"),
    ],
)
def test_an_acronym_s_possessive_adjective_has_the_acronym_for_base(lang: str, word: str, tail: str) -> None:
    assert without_case((word, tail), lang) == (word, "")


def test_a_capitalised_tail_after_an_acronym_stays() -> None:
    assert without_case(("SI", "-Certa"), "sl") == ("SI", "-Certa")
