"""Audit round 32: whoever heads or was conducting the negotiations holds a role, no meeting at a
time (E2)."""

from __future__ import annotations

import pytest

from helpers import realis_why


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Иван Сомов стал членом кабинета в марте 2011 года и возглавил переговоры о торговле с Эстландией.",
            "ru",
            "переговоры",
        ),
        ("Министр Сомов, который вёл переговоры с Эстландией, ушёл в отставку.", "ru", "переговоры"),
        ("Сомова назначили руководить переговорами с Эстландией.", "ru", "переговорами"),
        ("Іван Сомченко увійшов до складу уряду й очолив переговори з Естландією.", "uk", "переговори"),
        ("Иван Сомов стана член на кабинета и оглави преговорите с Естландия.", "bg", "преговорите"),
    ],
)
def test_heading_the_negotiations_is_a_role_no_meeting(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "meeting", trigger) == "sense"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Министр Сомов провёл переговоры с Эстландией в понедельник.", "ru", "переговоры"),
        ("Иван Сомов возглавил делегацию на переговорах в Твери в понедельник.", "ru", "переговорах"),
        ("Міністр Сомченко провів переговори з Естландією в понеділок.", "uk", "переговори"),
    ],
)
def test_talks_held_stay_a_meeting(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "meeting", trigger) is None
