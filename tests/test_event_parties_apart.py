"""A name right after "<trigger> and" opens the next conjunct, and a name after "without" or
"behind the back of" is kept out: neither is a party to the happening."""

from __future__ import annotations

from helpers import event_parties as parties


def test_a_name_after_the_trigger_and_and_is_the_next_clauses() -> None:
    text = "Později se Nováková za zprávy omluvila a Svoboda oznámil svůj odchod."
    assert parties(text, "cs", {"Nováková": "PER", "Svoboda": "PER"}, "apology") == ["Nováková"]
    text = "The minister apologised and Kowalski announced his resignation."
    assert parties(text, "en", {"Kowalski": "PER"}, "apology") == []


def test_a_name_after_a_word_between_and_and_it_still_takes_part() -> None:
    # "и" is "also" here: she met the vice-chancellor as well
    text = "Във Виена Петрова се срещна и с вицеканцлера Иван Стоянов."
    assert parties(text, "bg", {"Петрова": "PER", "Иван Стоянов": "PER"}, "meeting") == [
        "Петрова",
        "Иван Стоянов",
    ]


def test_a_name_behind_whose_back_it_happened_takes_no_part() -> None:
    text = "Советник Сидоров втайне от Ивановой провёл встречу с депутатами."
    assert parties(text, "ru", {"Сидоров": "PER", "Ивановой": "PER"}, "meeting") == ["Сидоров"]
    text = "The envoy met the rebels behind the back of Kovacs."
    assert parties(text, "en", {"Kovacs": "PER"}, "meeting") == []
    # the same name as the partner of the meeting takes part
    text = "Советник Сидоров провёл встречу с Ивановой."
    assert parties(text, "ru", {"Сидоров": "PER", "Ивановой": "PER"}, "meeting") == ["Сидоров", "Ивановой"]


def test_a_happening_a_commemoration_remembers_takes_no_names_of_its_sentence() -> None:
    text = "Zagraniczna podróż Nowaka w 5. rocznicę katastrofy w Gdańsku wywołała spór."
    assert parties(text, "pl", {"Nowaka": "PER", "Gdańsku": "LOC"}, "crash") == []
    # without the commemoration the same name nearby is a party
    text = "Nowak przeżył katastrofę w Gdańsku."
    assert parties(text, "pl", {"Nowak": "PER", "Gdańsku": "LOC"}, "crash") == ["Nowak"]


def test_a_happening_on_an_anniversary_keeps_its_parties() -> None:
    text = "Nowak odwiedził Gdańsk w 20. rocznicę porozumienia."
    assert parties(text, "pl", {"Nowak": "PER", "Gdańsk": "LOC"}, "visit") == ["Nowak"]
