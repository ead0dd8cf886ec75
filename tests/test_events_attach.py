"""A place or a participant only from the happening's own attachment: not the complement of a
person's title or of a body, not a photo credit."""

from __future__ import annotations

from storyline.model import Analysis
from test_link_dates import analysis


def _event(a: Analysis, kind: str, text: str) -> tuple[str | None, list[str]]:
    (m,) = [m for m in a.events if m.type == kind]
    place = a.mentions[m.place].text if m.place is not None else None
    return place, [a.mentions[k].text for k in m.participants]


def test_a_province_in_a_governors_title_is_not_where_he_was_shot() -> None:
    # Bulgarian "на" is both "of" and "on, at": after a title it is the title's "of"
    text = "Въоръжени мъже застреляха губернатора на Велмора в петък."
    a = analysis(text, "bg", {"Велмора": "LOC"})
    assert _event(a, "shooting", text)[0] is None
    text = "Въоръжени мъже застреляха шофьор в Тарск в петък."
    assert _event(analysis(text, "bg", {"Тарск": "LOC"}), "shooting", text)[0] == "Тарск"


def test_a_country_in_a_presidents_title_is_no_place_of_his_call() -> None:
    text = "The President of Ruritania Anton Vasko spoke by phone with Greta Lind."
    a = analysis(text, "en", {"Ruritania": "LOC", "Anton Vasko": "PER", "Greta Lind": "PER"})
    place, parties = _event(a, "phone_call", text)
    assert place is None and "Ruritania" not in parties


def test_a_council_named_in_a_title_before_a_name_is_no_party() -> None:
    # a title the language's list lacks ("deputy mayor"): the organisation written right before the
    # person's name is in his title all the same
    text = "Podžupan Mestnega sveta Kaldora Ivan Marek je imel pogovor z Ano Lukić."
    a = analysis(text, "sl", {"Mestnega sveta Kaldora": "ORG", "Ivan Marek": "PER", "Ano Lukić": "PER"})
    _, parties = _event(a, "meeting", text)
    assert "Mestnega sveta Kaldora" not in parties and "Ivan Marek" in parties


def test_the_police_in_a_town_keep_the_town_as_the_place() -> None:
    # a body before a place cue is where the body is: the town is where the arrest happened
    text = "The police in Orlavo arrested two men on Monday."
    a = analysis(text, "en", {"Orlavo": "LOC"})
    place, _ = _event(a, "arrest", text)
    assert place == "Orlavo"


def test_a_photographer_credited_after_an_agency_is_no_party() -> None:
    text = "Dock workers went on strike and the port cancelled all ferries Reuters Pia Holm."
    a = analysis(text, "en", {"Reuters": "ORG", "Pia Holm": "PER"})
    events = [e for e in a.events if e.participants]
    assert all(a.mentions[k].text != "Pia Holm" for e in events for k in e.participants)


def test_a_commission_of_inquiry_names_a_body_not_an_investigation() -> None:
    assert "investigation" not in {
        m.type for m in analysis("The commission of inquiry said the death toll rose to 40.", "en").events
    }
    assert "investigation" not in {
        m.type for m in analysis("Le comité d'enquête a annoncé samedi un nouveau bilan.", "fr").events
    }
    opened = analysis("The police opened an investigation into the fire.", "en").events
    assert "investigation" in {m.type for m in opened}


def test_a_place_inside_a_vehicles_description_is_not_where_its_captain_was_detained() -> None:
    text = "Капитан сгоревшего на Волге парома задержан в Самаре."
    a = analysis(text, "ru", {"Волге": "LOC", "Самаре": "LOC"})
    assert _event(a, "detention", text)[0] == "Самаре"
    text = "Капитан сгоревшего на Волге парома задержан."
    assert _event(analysis(text, "ru", {"Волге": "LOC"}), "detention", text)[0] is None


def test_a_place_said_as_one_before_the_subjects_name_stays_the_place() -> None:
    text = "В Самаре Иван Петров встретился с рыбаками."
    a = analysis(text, "ru", {"Самаре": "LOC", "Иван Петров": "PER"})
    assert _event(a, "meeting", text)[0] == "Самаре"
