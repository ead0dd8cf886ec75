"""A count tied to a verb that says nothing of the toll is no casualty or crew figure: the crew
that investigators questioned are not the crew on board."""

from __future__ import annotations

import pytest

from helpers import figures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Investigators said three crew members were questioned on Tuesday.", "en"),
        ("Следователи сообщили, что четыре члена экипажа были допрошены.", "ru"),
        ("Слідчі повідомили, що п'ятеро членів екіпажу були допитані.", "uk"),
        ("Прокуратурата съобщи, че двама членове на екипажа са разпитани.", "bg"),
    ],
)
def test_questioned_crew_is_no_crew_figure(text: str, lang: str) -> None:
    assert [f.attribute for f in figures(text, lang)] == []


@pytest.mark.parametrize(
    ("text", "lang", "attribute"),
    [
        ("The ship had seven crew members on board.", "en", "crew"),
        ("Three crew members were killed in the fire.", "en", "dead"),
        ("Two crew members were detained after the fire.", "en", "arrested"),
        ("На борту находились четыре члена экипажа.", "ru", "crew"),
    ],
)
def test_crew_counts_and_tolls_are_still_read(text: str, lang: str, attribute: str) -> None:
    assert attribute in [f.attribute for f in figures(text, lang)]
