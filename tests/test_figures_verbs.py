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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three fishermen are presumed dead after their boat sank off Carrow Point.", "en"),
        ("Nine climbers are feared dead on the north face of Mount Vell.", "en"),
        ("Trois marins présumés morts n'ont pas été retrouvés au large de Port-Aurel.", "fr"),
        ("Altri tre operai presumibilmente morti sono ancora dispersi nel lago di Varno.", "it"),
        (
            "Četiri radnika, koji se vode kao nestali posle pada skele u Lukovu, pretpostavlja se da su poginuli.",
            "sr",
        ),
        ("Пятеро рыбаков на озере Светлое предположительно погибли.", "ru"),
        ("Pięciu górników z kopalni Dębina przypuszczalnie zginęło.", "pl"),
    ],
)
def test_a_death_only_presumed_counts_the_missing(text: str, lang: str) -> None:
    assert [f.attribute for f in figures(text, lang)] == ["missing"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nine climbers died on the north face of Mount Vell.", "en"),
        ("Bei dem Unglück in Tannfeld sind vermutlich 12 Menschen ums Leben gekommen.", "de"),
        ("Пятеро рыбаков погибли на озере Светлое, предположительно от переохлаждения.", "ru"),
    ],
)
def test_a_death_said_plainly_or_a_hedged_number_is_still_dead(text: str, lang: str) -> None:
    # "vermutlich 12": the hedge is on the number, not on whether they died
    assert [f.attribute for f in figures(text, lang)] == ["dead"]
