"""Round 12's wrong events (issue 16): criticism that "met" someone in a relative clause, phone calls
only counted, a normative "it is important that", a disaster's scale, a ranking and attacks across a
continent are no happenings; a meeting before a vote is not dated by its article; a place after
the trigger is its own."""

from __future__ import annotations

from helpers import event_kinds as kinds
from storyline.analyse.events import is_anterior
from storyline.model import EventMention
from test_link_dates import analysis


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


def test_a_ranking_of_statements_is_none_at_a_time() -> None:
    assert "statement" not in kinds("Газета собрала самые громкие заявления министров за год.", "ru")
    # the loudest one is one statement
    assert "statement" in kinds("Министр сделал самое громкое заявление в понедельник.", "ru")


def _meeting(text: str, lang: str) -> EventMention:
    a = analysis(text, lang)
    (m,) = [m for m in a.events if m.type == "meeting"]
    return m


def test_a_happening_before_a_vote_is_not_dated_by_the_article() -> None:
    for text, lang in [
        ("Зустрічі відбулися перед референдумом про незалежність.", "uk"),
        ("Встречи прошли перед референдумом о независимости.", "ru"),
        ("The meetings took place before the referendum on independence.", "en"),
    ]:
        assert is_anterior(text, analysis(text, lang), _meeting(text, lang)), text
    for text, lang in [
        ("Зустріч відбулася в Києві з міністром.", "uk"),
        # before the start of talks: the talks' own day
        ("The meeting took place before the start of the summit.", "en"),
        # a comma parts them
        ("The meeting took place in Oslo, before the referendum was called.", "en"),
    ]:
        assert not is_anterior(text, analysis(text, lang), _meeting(text, lang)), text


def _place(text: str, lang: str, kind: str, places: list[str]) -> str | None:
    a = analysis(text, lang, {p: "LOC" for p in places})
    (m,) = [m for m in a.events if m.type == kind]
    return a.mentions[m.place].text if m.place is not None else None


def test_a_place_after_the_trigger_wins_over_one_of_a_list_before_it() -> None:
    text = "Премиерът говори за войните в Ирак и Либия и за атаката срещу хотел в Мароко."
    assert _place(text, "bg", "attack", ["Ирак", "Либия", "Мароко"]) == "Мароко"
    text = "He spoke of the wars in Iraq and the attack on a hotel in Morocco."
    assert _place(text, "en", "attack", ["Iraq", "Morocco"]) == "Morocco"
    # a place before the trigger alone is still its place
    assert _place("В Мароко атаката срещу хотел уби двама.", "bg", "attack", ["Мароко"]) == "Мароко"


def test_attacks_across_a_continent_are_none_at_a_time() -> None:
    text = "Премиерът изрази съчувствие за терористичните нападения в Европа."
    assert "attack" not in kinds(text, "bg", {"Европа": "LOC"})
    text = "The minister spoke of the floods in Africa."
    assert "flood" not in kinds(text, "en", {"Africa": "LOC"})
    # a country, or a continent with a day, places one
    text = "Премиерът изрази съчувствие за терористичните нападения в Белгия."
    assert "attack" in kinds(text, "bg", {"Белгия": "LOC"})
    text = "The floods in Africa on 3 March killed forty people."
    assert "flood" in kinds(text, "en", {"Africa": "LOC"})
    # flights cancelled across a continent by one strike are one disruption
    text = "The carrier cancelled 300 flights in Europe."
    assert "disruption" in kinds(text, "en", {"Europe": "LOC"})


def test_the_day_one_applies_for_a_jab_is_no_address() -> None:
    assert "statement" not in kinds("Прививку делают в день обращения, без записи.", "ru")
    assert "statement" not in kinds("Вторую дозу вводят через месяц после дня обращения.", "ru")
    # an address to the nation stays a statement
    assert "statement" in kinds("Президент выступил с обращением к нации в понедельник.", "ru")


def test_news_met_with_enthusiasm_is_no_meeting() -> None:
    assert "meeting" not in kinds("Цю новину в місті зустріли з ентузіазмом.", "uk")
    assert "meeting" not in kinds("Эту новость в городе встретили с энтузиазмом.", "ru")
    # people who met stay a meeting
    assert "meeting" in kinds("Мер зустрівся з волонтерами в місті.", "uk")
