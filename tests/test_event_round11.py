"""Round 11's wrong types and parties (issue 16): an abstract subject or object "meets" nobody, a
happening only pushed for or still ahead is none, and a piece of a cut name, a name from another
sentence the splitter joined or a person whose relatives met someone is no party."""

from __future__ import annotations

from helpers import event_kinds as kinds
from helpers import event_parties as parties


def test_objections_and_punishments_meet_nobody() -> None:
    assert "meeting" not in kinds("Законът срещна остри възражения от страна на общините.", "bg")
    assert "meeting" not in kinds("Планът срещна сериозни трудности още през първата година.", "bg")
    assert "meeting" not in kinds("Surowa kara spotkała też dwóch innych urzędników.", "pl")
    assert "meeting" not in kinds("Проект встретил возражения со стороны соседних стран.", "ru")
    # people who meet stay a meeting
    assert "meeting" in kinds("Министърът се срещна с кметовете на общините.", "bg")
    assert "meeting" in kinds("Burmistrz spotkał się wczoraj z dwoma urzędnikami.", "pl")
    assert "meeting" in kinds("Министр встретился с послами соседних стран.", "ru")


def test_a_happening_only_pushed_for_or_ahead_is_none() -> None:
    assert "disruption" not in kinds("Odbory stupňují tlak na zrušení nové dálnice.", "cs")
    assert "election" not in kinds("Tisíce lidí demonstrují v Brně za nové referendum o smlouvě.", "cs")
    assert "election" not in kinds("Хиляди души протестираха в Пловдив за нов референдум.", "bg")
    assert "meeting" not in kinds("Министры спорят о бюджете в преддверии ключевой встречи в среду.", "ru")
    # the cancellation, the vote and the meeting themselves stay happenings
    assert "disruption" in kinds("Ministerstvo včera oznámilo zrušení nové dálnice.", "cs")
    assert "election" in kinds("V Brně se v neděli konalo referendum o smlouvě.", "cs")
    assert "meeting" in kinds("Министры провели ключевую встречу в среду.", "ru")
    # a clause that names a year tells back to it
    assert "election" in kinds("Он в преддверии референдума в 2014 году выступал против.", "ru")


def test_a_piece_of_a_cut_name_is_no_party() -> None:
    # the splitter ended the sentence at the "&amp;" of "Smith & Smith"
    text = "В марте в Канаде приостановили испытания препарата от Smith &amp;"
    assert parties(text, "ru", {"Smith &amp;": "ORG"}, "disruption") == []
    text = "В марте в Канаде приостановили испытания препарата от Smith & Smith."
    assert parties(text, "ru", {"Smith": "ORG"}, "disruption") == []
    text = "В марте в Канаде приостановили испытания препарата от Smith."
    assert parties(text, "ru", {"Smith": "ORG"}, "disruption") == ["Smith"]
    text = "Jan Nowak wziął udział w spotkaniu Rady Handlowej Kanady-Unia Afrykańska w Oslo."
    names = {"Jan Nowak": "PER", "Rady Handlowej Kanady": "ORG", "Unia Afrykańska": "ORG"}
    assert parties(text, "pl", names, "meeting") == ["Jan Nowak"]
    # two names glued by a hyphen stay parties ("talks Nowak-Kowalski")
    text = "Rozmowa Nowak-Kowalski odbyła się w Oslo."
    assert parties(text, "pl", {"Nowak": "PER", "Kowalski": "PER"}, "meeting") == ["Nowak", "Kowalski"]
    # names joined by a plain "and" stay parties
    text = "Jan Nowak wziął udział w spotkaniu z Radą Handlową Kanady i Unią Afrykańską."
    names = {"Jan Nowak": "PER", "Radą Handlową Kanady": "ORG", "Unią Afrykańską": "ORG"}
    assert parties(text, "pl", names, "meeting") == ["Jan Nowak", "Radą Handlową Kanady", "Unią Afrykańską"]


def test_a_name_before_a_sentence_the_splitter_joined_is_no_party() -> None:
    names = {"Nokia": "ORG", "Janom Novakom": "PER"}
    text = "Minister je opozoril pred podjetjem Nokia in omrežjem 4G. Po srečanju z Janom Novakom je odšel."
    assert parties(text, "sl", names, "meeting") == ["Janom Novakom"]


def test_the_relatives_of_a_person_met_not_the_person() -> None:
    names = {"Мария": "PER", "Иван": "PER"}
    assert parties("Срещата на близките на Мария с министъра в София", "bg", names, "meeting") == []
    assert parties("Срещата на Мария с министъра в София", "bg", names, "meeting") == ["Мария"]


def test_a_representative_at_the_talks_is_no_meeting() -> None:
    assert "meeting" not in kinds("Представители на Канада на преговорите отхвърлиха вчера исканията.", "bg")
    assert "meeting" not in kinds(
        "Вчера представитель Канады на переговорах Иван Петров отверг требования.", "ru"
    )
    # the representatives who hold talks, or talks with them, are a meeting
    assert "meeting" in kinds("Вчера представителите на Канада проведоха преговори в Рим.", "bg")
    assert "meeting" in kinds("Министърът се срещна с представители на Канада в Рим.", "bg")
