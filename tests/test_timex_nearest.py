"""Dates resolved from the clause around them (issue 16): a day-month without a year takes the
year nearest the article's date, a weekday looks ahead in a future clause and sits in the week a
"next week" beside it names, and "last night" is the day before. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import timexes

MID_JULY = date(2019, 7, 17)  # a Wednesday
WEDNESDAY = date(2019, 9, 4)
TUESDAY = date(2019, 9, 10)


def values(text: str, lang: str, published: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value.value if t.value else None) for t in timexes(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Ferries were cancelled on 30 July because of the storm.", "2019-07-30"),
        ("ru", "Паромы отменили 30 июля из-за шторма.", "2019-07-30"),
        ("bg", "Фериботите бяха отменени на 30 юли заради бурята.", "2019-07-30"),
        ("pl", "Promy odwołano 30 lipca z powodu burzy.", "2019-07-30"),
        ("uk", "Пороми скасували 30 липня через шторм.", "2019-07-30"),
        # a few weeks back stays this year, a past clause or not
        ("en", "Ferries were cancelled on 2 July because of the storm.", "2019-07-02"),
    ],
)
def test_a_day_month_a_few_weeks_ahead_is_this_year(lang: str, text: str, value: str) -> None:
    assert [v for _, v in values(text, lang, MID_JULY)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The bridge will reopen on 20 December, the council says.", "2019-12-20"),
        ("ru", "Мост откроют 20 декабря, сообщили в мэрии.", "2019-12-20"),
        ("pl", "Most otwarto 20 grudnia po remoncie.", "2019-12-20"),
    ],
)
def test_last_december_in_a_january_article(lang: str, text: str, value: str) -> None:
    assert [v for _, v in values(text, lang, date(2020, 1, 9))] == [value]


def test_the_tense_decides_a_near_tie() -> None:
    # December is five months ahead of mid-July and seven behind: the clause says which;
    # so it does for May in March (eight weeks ahead)
    past = values("The mill was shut on 10 December after the fire.", "en", MID_JULY)
    ahead = values("The mill will be shut on 10 December for repairs.", "en", MID_JULY)
    assert (past[0][1], ahead[0][1]) == ("2018-12-10", "2019-12-10")
    parade = values("Парад прошёл 9 мая на главной площади.", "ru", date(2024, 3, 10))
    assert parade[0][1] == "2023-05-09"


def test_a_day_range_without_a_year_is_a_window_in_the_nearest_year() -> None:
    (t,) = timexes("Flights were cancelled on 30–31 July across the region.", "en", MID_JULY)
    assert (t.value.earliest, t.value.latest) == ("2019-07-30", "2019-07-31")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Dock workers plan to strike on Friday."),
        ("en", "Dock workers are set to walk out on Friday."),
        ("ru", "Докеры будут бастовать в пятницу."),
        ("bg", "Пристанищните работници ще стачкуват в петък."),
        ("pl", "Dokerzy będą strajkować w piątek."),
        ("uk", "Докери страйкуватимуть у п'ятницю."),
    ],
)
def test_a_weekday_in_a_future_clause_is_the_coming_one(lang: str, text: str) -> None:
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2019-09-06"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The strike was held on Friday."),
        ("ru", "Забастовка прошла в пятницу."),
        ("bg", "Стачката се проведе в петък."),
        ("pl", "Strajk odbył się w piątek."),
        ("uk", "Страйк відбувся у п'ятницю."),
    ],
)
def test_a_weekday_in_a_past_clause_is_the_last_one(lang: str, text: str) -> None:
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2019-08-30"]


def test_the_weekday_of_the_article_is_today_unless_next() -> None:
    said = values("The court ruled on Tuesday that the deal was void.", "en", TUESDAY)
    coming = values("The court will rule on Tuesday.", "en", TUESDAY)
    then = values("The court will rule next Tuesday.", "en", TUESDAY)
    assert (said[0][1], coming[0][1], then[0][1]) == ("2019-09-10", "2019-09-10", "2019-09-17")
    assert values("Съдът ще се произнесе във вторник.", "bg", TUESDAY)[0][1] == "2019-09-10"


def test_a_weekday_with_a_day_keeps_the_year_nearness_gives() -> None:
    # 17 July 2019 is a Wednesday, 17 July 2018 a Tuesday: the day after a mis-written weekday is
    # still the day before the article, not one a year ahead
    assert values("W środę 17 lipca odwołano loty.", "pl", date(2018, 7, 18))[0][1] == "2018-07-17"


@pytest.mark.parametrize(
    ("lang", "text", "week"),
    [
        ("en", "Talks will take place on Wednesday and Thursday next week.", ["2019-09-11", "2019-09-12"]),
        ("ru", "Переговоры пройдут в среду и четверг на следующей неделе.", ["2019-09-11", "2019-09-12"]),
        ("en", "The ministers met on Monday and Tuesday last week.", ["2019-08-26", "2019-08-27"]),
        ("ru", "На прошлой неделе в четверг министры встретились в столице.", ["2019-08-29"]),
    ],
)
def test_weekdays_beside_a_week_are_days_of_that_week(lang: str, text: str, week: list[str]) -> None:
    days = [v for _, v in values(text, lang, WEDNESDAY) if v and len(v) == 10]
    assert days == week


def test_a_week_in_another_clause_leaves_the_weekday_alone() -> None:
    text = "Тя ще се срещне с кабинета в петък, а през следващата седмица ще пътува."
    assert values(text, "bg", WEDNESDAY)[0] == ("в петък", "2019-09-06")
    assert values("The union will strike on Friday and next week.", "en", WEDNESDAY)[0][1] == "2019-09-06"
    text = "Преговорите ще се състоят от вторник до петък следващата седмица."
    assert [v for _, v in values(text, "bg", WEDNESDAY)][:2] == ["2019-09-10", "2019-09-13"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The union struck on Wednesday and Thursday at four ports."),
        ("uk", "Профспілка страйкувала в середу та четвер у чотирьох портах."),
        ("pl", "Związek strajkował w środę i czwartek w czterech portach."),
    ],
)
def test_the_days_of_a_weekday_list_follow_the_first(lang: str, text: str) -> None:
    # said on the Wednesday: the Thursday is tomorrow, not last week's
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2019-09-04", "2019-09-05"]


def test_a_weekday_told_of_the_future_once_is_the_same_day_again() -> None:
    text = "Pilots plan to strike on Friday. The airline cancelled forty flights on Friday."
    assert [v for _, v in values(text, "en", WEDNESDAY)] == ["2019-09-06", "2019-09-06"]


def test_a_weekday_never_lands_on_another_weekday() -> None:
    for published in (WEDNESDAY, TUESDAY, MID_JULY):
        for text in ("Talks will resume on Tuesday.", "Talks resumed on Tuesday."):
            (t,) = timexes(text, "en", published)
            assert date.fromisoformat(t.value.value).weekday() == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A fire broke out in the warehouse last night."),
        ("ru", "Вчера вечером на складе начался пожар."),
        ("ru", "Минувшей ночью на складе начался пожар."),
        ("bg", "Снощи в склада избухна пожар."),
        ("pl", "Zeszłej nocy w magazynie wybuchł pożar."),
        ("pl", "Wczoraj wieczorem w magazynie wybuchł pożar."),
        ("uk", "Минулої ночі на складі спалахнула пожежа."),
        ("cs", "Včera večer vypukl ve skladu požár."),
    ],
)
def test_last_night_is_the_day_before(lang: str, text: str) -> None:
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2019-09-03"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The port cancelled all ferries for Friday."),
        ("cs", "Přístav na pátek zrušil všechny trajekty."),
        ("pl", "Port odwołał wszystkie promy na piątek."),
        ("ru", "Порт отменил все паромы на пятницу."),
        ("uk", "Порт скасував усі пороми на п'ятницю."),
        ("bg", "Пристанището отмени всички фериботи за петък."),
        ("sl", "Pristanišče je odpovedalo vse trajekte za petek."),
    ],
)
def test_a_weekday_something_is_set_for_is_the_coming_one(lang: str, text: str) -> None:
    # a past verb, but the day the cancellations are for lies ahead
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2019-09-06"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В ночь на пятницу в порту сгорел склад."),
        ("cs", "V noci ze čtvrtka na pátek shořel v přístavu sklad."),
    ],
)
def test_the_night_to_a_weekday_is_not_set_ahead(lang: str, text: str) -> None:
    assert values(text, lang, WEDNESDAY)[-1][1] == "2019-08-30"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Rybář byl zatčen v roce 2009 po hádce v přístavu."),
        ("sk", "Rybára zatkli v roku 2009 po hádke v prístave."),
        ("pl", "Rybak został zatrzymany w roku 2009 po kłótni w porcie."),
        ("sl", "Ribiča so aretirali leta 2009 po prepiru v pristanišču."),
    ],
)
def test_a_year_after_the_word_for_year_is_a_year(lang: str, text: str) -> None:
    assert [v for _, v in values(text, lang, WEDNESDAY)] == ["2009"]
