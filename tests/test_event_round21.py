"""Audit round 21: shaking and lashing out are figures, not an earthquake or a collapse (E2); "the
coming week" is still to come (E1); a common-noun phrase is no party (E5); a happening over a list
of days takes none of them (E3)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import event_kinds, realis_why
from storyline.analyse.events import common_phrase
from storyline.analyse.events_listed import in_time_list
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.model import Analysis
from test_link_dates import analysis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wyrok wstrząsnął mieszkańcami całego miasta.", "pl"),
        ("Matka napisała wstrząsający apel do sądu.", "pl"),
        ("Obywatelia boli otrasení rozhodnutím parlamentu.", "sk"),
        ("To bol otrasný čin.", "sk"),
        ("Vest je potresla celu porodicu iz Niša.", "sr"),
        ("Ljudi su potreseni presudom suda.", "hr"),
        ("Novica je potresla prebivalce Kranja.", "sl"),
        ("Граѓаните се потресени од пресудата.", "mk"),
    ],
)
def test_shaking_someone_is_no_earthquake(text: str, lang: str) -> None:
    assert "earthquake" not in event_kinds(text, lang), (lang, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wstrząsy odczuwalne były w całym regionie.", "pl"),
        ("Otrasy pocítili obyvatelia celého regiónu.", "sk"),
        ("Potres je pogodio sjever zemlje u ponedjeljak.", "hr"),
    ],
)
def test_tremors_are_still_an_earthquake(text: str, lang: str) -> None:
    assert "earthquake" in event_kinds(text, lang), (lang, text)


def test_lashing_out_with_criticism_is_no_collapse() -> None:
    text = "Министр финансов Иван Сидоров обрушился с критикой на оппозицию."
    assert realis_why(text, "ru", "collapse", "обрушился") == "sense"
    # a roof that fell in still did
    assert (
        realis_why("В Казани обрушилась крыша спортивного комплекса.", "ru", "collapse", "обрушилась") is None
    )
    # a shopping centre's roof is no price ("цен*" had taken "центра" for "цена")
    assert realis_why("В Самаре обрушилась крыша торгового центра.", "ru", "collapse", "обрушилась") is None
    assert realis_why("На бирже обрушились цены на нефть.", "ru", "collapse", "обрушились") == "sense"


@pytest.mark.parametrize(
    "text",
    [
        "Министрите ще обсъдят въпроса, когато идната седмица се срещнат във Виена.",
        "Идния месец премиерите се срещат в Атина.",
    ],
)
def test_the_coming_week_is_still_to_come(text: str) -> None:
    trigger = "срещнат" if "срещнат" in text else "срещат"
    assert realis_why(text, "bg", "meeting", trigger) == "irrealis"


def test_the_coming_week_is_a_time_expression() -> None:
    text = "Министрите ще се срещнат идната седмица."
    a = Analysis(lang="bg", sentences=split_sentences(text))
    (t,) = find_timexes(text, a, date(2024, 5, 15))
    assert t.text.endswith("идната седмица")


@pytest.mark.parametrize(
    ("name", "common"),
    [
        ("rakouská vláda", True),
        ("the government", True),
        ("Rakouská vláda", False),
        ("eBay", False),
        ("وزارة", False),
    ],
)
def test_a_name_in_lower_case_is_a_common_noun_phrase(name: str, common: bool) -> None:
    assert common_phrase(name) is common


def test_a_common_noun_phrase_is_no_party() -> None:
    text = "Obchody se uzavřou, uvedla maďarská vláda v pondělním prohlášení."
    a = analysis(text, "cs", {"maďarská vláda": "ORG"})
    (statement,) = [m for m in a.events if m.type == "statement"]
    assert statement.participants == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trois hommes ont été placés en détention après leur comparution jeudi, vendredi et samedi.", "fr"),
        ("Four suspects were detained on Wednesday, Thursday and Friday in Lyon.", "en"),
        ("Полиция задержала троих в среду, четверг и пятницу.", "ru"),
    ],
)
def test_a_happening_over_a_list_of_days_takes_none(text: str, lang: str) -> None:
    a = analysis(text, lang)
    (detention,) = [m for m in a.events if m.type == "detention"]
    assert detention.time is None
    assert in_time_list(text, lang, a.timexes, 0)


@pytest.mark.parametrize(
    "text",
    [
        # one day told twice
        "Four suspects were detained on Thursday, 14 March, in Lyon.",
        # two days: the happening began on the first
        "Flights to Lyon were cancelled on Thursday and Friday.",
    ],
)
def test_a_weekday_with_its_date_or_two_days_date_the_happening(text: str) -> None:
    a = analysis(text, "en")
    (event,) = [m for m in a.events if m.type in ("detention", "disruption")]
    assert event.time is not None
