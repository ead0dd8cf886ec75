"""A happening "in the centre of" a town took place in the town: the word for a centre stands
between the place cue and the name as a word for a town does ("v centru X" as "ve městě X")."""

from __future__ import annotations

import pytest

from test_events_languages import analysed


@pytest.mark.parametrize(
    ("text", "lang", "place", "kind"),
    [
        (
            "Včera odpoledne došlo ke střelbě v centru Holmova, zraněni byli dva lidé.",
            "cs",
            "Holmova",
            "shooting",
        ),
        ("Вчера в центре Нордвика произошёл пожар, пострадавших нет.", "ru", "Нордвика", "fire"),
        ("Wczoraj w centrum Holmowa doszło do strzelaniny pod sklepem.", "pl", "Holmowa", "shooting"),
        ("Учора в центрі Нордвіка сталася пожежа на ринку.", "uk", "Нордвіка", "fire"),
    ],
)
def test_the_centre_of_a_town_is_the_town(text: str, lang: str, place: str, kind: str) -> None:
    analysis, events = analysed(text, lang, {place: "LOC"})
    event = next(e for e in events if e.type == kind)
    assert event.place is not None and analysis.mentions[event.place].text == place
