"""Audit round 32 and the round-31 E1 still open: whoever heads or was conducting the negotiations
holds a role, no meeting at a time (E2); the attackers are people, no attack, and the largest known
damage of an attack is a record among all the known cases (E1)."""

from __future__ import annotations

import pytest

from helpers import event_kinds, realis_why


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


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Med krizo so se spletni napadalci usmerili v banke v Kranju.", "sl", "napadalci"),
        ("Útočníci se během krize zaměřili na banky v Kolíně.", "cs", "Útočníci"),
        ("Útočníci sa počas krízy zamerali na banky v Senci.", "sk", "Útočníci"),
        ("Napadači su se tijekom krize usmjerili na banke u Kninu.", "hr", "Napadači"),
        ("Нападники під час кризи переключилися на банки Тальне.", "uk", "Нападники"),
    ],
)
def test_the_attackers_are_no_attack(text: str, lang: str, trigger: str) -> None:
    assert "attack" not in event_kinds(text, lang)
    assert realis_why(text, lang, "attack", trigger) == "sense"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Lani je bila največja znana škoda pri napadu na banko v Kranju 3,1 milijona evrov.",
            "sl",
            "napadu",
        ),
        ("Największa znana szkoda po ataku na bank w Kole wyniosła 3 mln zł.", "pl", "ataku"),
        ("Největší známá škoda po útoku na banku v Kolíně činila 3 miliony korun.", "cs", "útoku"),
    ],
)
def test_the_largest_known_damage_of_an_attack_is_a_record(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "attack", trigger) == "habitual"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Napad na banko v Kranju se je zgodil včeraj.", "sl", "Napad"),
        ("Napadalca sta včeraj izvedla napad na banko v Kranju.", "sl", "napad"),
        ("Útok na banku v Kolíně se stal včera.", "cs", "Útok"),
        # "the most famous" ranks by fame, not by a count of cases
        ("Najbolj znan napad na banko v Kranju se je zgodil včeraj.", "sl", "napad"),
    ],
)
def test_one_attack_stays_an_attack(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "attack", trigger) is None
    assert "attack" in event_kinds(text, lang)
