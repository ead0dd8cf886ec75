"""Round 12's wrong events (issue 16): criticism that "met" someone in a relative clause, phone calls
only counted, a normative "it is important that", and a disaster's scale are no happenings."""

from __future__ import annotations

from helpers import event_kinds as kinds


def test_a_relative_clause_about_criticism_meets_nobody() -> None:
    assert "meeting" not in kinds("Wójt nawiązał do krytyki, jaka spotkała go po zebraniu.", "pl")
    assert "meeting" not in kinds("Radny skomentował krytykę, która spotkała go w Lublinie.", "pl")
    assert "meeting" not in kinds("Мэр ответил на возражения, которые встретил его проект в городе.", "ru")
    # people a relative clause is about still meet
    assert "meeting" in kinds("Wójt pozdrowił sołtysa, który spotkał się z nim w Lublinie.", "pl")
    assert "meeting" in kinds("Мэр поблагодарил жителей, которые встретились с ним вчера.", "ru")
    # the comma alone does not make a noun before it the subject: no relative word, no sense
    assert "meeting" in kinds("Po krytyce, wójt spotkał się z rolnikami w Lublinie.", "pl")


def test_phone_calls_counted_in_words_are_none_at_a_time() -> None:
    assert "phone_call" not in kinds("Ministra sta doslej najmanj sedemkrat govorila po telefonu.", "sl")
    # a call told once stays one
    assert "phone_call" in kinds("Ministra sta včeraj govorila po telefonu.", "sl")
    # "twice" is two recent calls, each news
    assert "phone_call" in kinds("Ministra sta ta teden dvakrat govorila po telefonu.", "sl")


def test_what_is_important_to_happen_has_not_happened() -> None:
    text = "Затова е важно изявленията на министъра да бъдат разпространявани в областите."
    assert "statement" not in kinds(text, "bg")
    # a statement said to be important was made
    assert "statement" in kinds("Министърът направи важно изявление пред журналисти в Пловдив.", "bg")


def test_a_disaster_of_such_scale_is_no_crash() -> None:
    assert "crash" not in kinds("Жертвы неизбежны для катастрофы такого масштаба.", "ru")
    assert "crash" not in kinds("Масштаб катастрофы на реке поражает.", "ru")
    # a plane's crash stays one
    assert "crash" in kinds("Самолёт потерпел катастрофу под Казанью в понедельник.", "ru")
