"""A region's adjective in the locative or the instrumental runs on over its noun (invented names)."""

from __future__ import annotations

import pytest

from storyline.analyse.entities_regions import with_region_nouns
from storyline.model import Mention


def _joined(text: str, adjective: str, lang: str) -> str:
    i = text.index(adjective)
    found = [Mention(i, i + len(adjective), adjective, "LOC", adjective, lang)]
    return with_region_nouns(text, found, lang, lambda s, _t: s)[0].text


@pytest.mark.parametrize(
    ("text", "adjective", "lang", "whole"),
    [
        ("Лікарка у Холмбецькому районі Нордина сказала.", "Холмбецькому", "uk", "Холмбецькому районі"),
        ("Лікарка в Холмбецькім районі сказала.", "Холмбецькім", "uk", "Холмбецькім районі"),
        ("Він керує Холмбецьким районом давно.", "Холмбецьким", "uk", "Холмбецьким районом"),
        ("Він керує Нордівським районом давно.", "Нордівським", "uk", "Нордівським районом"),
        ("Он руководит Холмбинским районом давно.", "Холмбинским", "ru", "Холмбинским районом"),
        ("Он руководит Нордецким районом давно.", "Нордецким", "ru", "Нордецким районом"),
    ],
)
def test_the_locative_and_instrumental_adjective_takes_its_region_noun(
    text: str, adjective: str, lang: str, whole: str
) -> None:
    assert _joined(text, adjective, lang) == whole
