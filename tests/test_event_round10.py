"""Round 10's wrong types and parties (issue 16): travellers kept on the ground are not detained,
the adjective "negotiating" holds no talks, criticism that "meets" someone is no meeting, and a body's reaction to an attack does not make the
body a party to it."""

from __future__ import annotations

from helpers import event_kinds as kinds
from helpers import event_parties as parties


def test_travellers_kept_on_the_ground_are_not_detained() -> None:
    assert "detention" not in kinds("W lipcu strajk kontrolerów zatrzymał na ziemi 30 tys. turystów.", "pl")
    assert "detention" not in kinds("Забастовка диспетчеров задержала на земле сотни туристов.", "ru")
    assert "detention" not in kinds(
        "Туристите, които вече минали проверка, били задържани в транзитната зона до сутринта.", "bg"
    )
    # people held by the police stay a detention
    assert "detention" in kinds("W lipcu policja zatrzymała w Gdańsku trzech turystów.", "pl")
    assert "detention" in kinds("Полицията задържа двама туристи на границата.", "bg")


def test_the_negotiating_position_is_no_meeting() -> None:
    assert "meeting" not in kinds(
        "Кабинетът още не е публикувал преговорната си позиция за търговията.", "bg"
    )
    assert "meeting" not in kinds("Министр рассказал о трудностях переговорного процесса с соседями.", "ru")
    # the talks themselves are one
    assert "meeting" in kinds("Вчера министрите проведоха преговори в София.", "bg")


def test_criticism_that_meets_someone_is_no_meeting() -> None:
    assert "meeting" not in kinds("Po wywiadzie burmistrza spotkała go ostra krytyka mieszkańców.", "pl")
    assert "meeting" in kinds("Po wywiadzie burmistrz spotkał się z mieszkańcami.", "pl")


def test_a_body_reacting_to_an_attack_is_no_party() -> None:
    names = {"NATO": "ORG", "Gdańsku": "LOC"}
    text = "Ministrowie rozmawiali o reakcji NATO na zamach w Gdańsku."
    assert parties(text, "pl", names, "attack") == []
    text = "Ministrowie rozmawiali o zamachu NATO w Gdańsku."
    assert parties(text, "pl", names, "attack") == ["NATO"]


def test_an_advisers_meeting_is_not_the_leaders() -> None:
    names = {"Сидорова": "PER", "Джонсона": "PER", "Ивановым": "PER"}
    text = "Советник Джонсона тайно встретился с Ивановым."
    assert parties(text, "ru", names, "meeting") == ["Ивановым"]
    # the adviser's own name in the nominative is the one who met
    text = "Советник Сидоров тайно встретился с Ивановым."
    assert parties(text, "ru", {"Сидоров": "PER", "Ивановым": "PER"}, "meeting") == ["Сидоров", "Ивановым"]
    names = {"Kowalski": "PER"}
    assert parties("The chief adviser to Kowalski met the rebels in secret.", "en", names, "meeting") == []
    assert parties("Kowalski met the rebels in secret.", "en", names, "meeting") == ["Kowalski"]
    names = {"Петров": "PER"}
    assert parties("Съветникът на Петров се срещна тайно с бунтовниците.", "bg", names, "meeting") == []


def test_the_airline_whose_plane_it_was_is_no_party_to_an_attack_aboard() -> None:
    names = {"Adria": "ORG", "Novak": "PER"}
    text = "Novak je na letalu Adria napadel potnico."
    assert parties(text, "sl", names, "attack") == ["Novak"]
    text = "The police arrested a man who attacked a passenger on a Lufthansa plane."
    assert parties(text, "en", {"Lufthansa": "ORG"}, "attack") == []
    # a company that attacks is a party
    text = "Adria je napadla konkurenco."
    assert parties(text, "sl", {"Adria": "ORG"}, "attack") == ["Adria"]


def test_under_fire_and_opening_fire_are_no_blaze_in_hungarian() -> None:
    assert "fire" not in kinds("A katonák a falut egész nap tűz alatt tartották.", "hu")
    assert "fire" not in kinds("Az ostromlók a hidat tűz alá vették.", "hu")
    assert "fire" not in kinds("A rendőrök tüzet nyitottak a tüntetőkre.", "hu")
    # a blaze, and "during the fire", stay one
    assert "fire" in kinds("Tegnap éjjel tűz ütött ki a gyárban.", "hu")
    assert "fire" in kinds("A tűz alatt a lakók elmenekültek.", "hu")
