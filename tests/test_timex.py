"""Time expressions: absolute, partial and relative, in ru, bg, uk, en; durations are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import one_timex, timexes
from storyline.analyse.timex import find_timexes, resolve
from storyline.model import Analysis, Passage

one = one_timex


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "precision"),
    [
        ("Пожар начался 3 августа 2021 года на складе.", "ru", "3 августа 2021 года", "2021-08-03", "day"),
        ("Срещата беше на 14 ноември 2019 г. в Пловдив.", "bg", "14 ноември 2019 г.", "2019-11-14", "day"),
        ("Указ підписано 5 травня 2020 року.", "uk", "5 травня 2020 року", "2020-05-05", "day"),
        ("The ferry sank on March 3, 2018, off the coast.", "en", "March 3, 2018", "2018-03-03", "day"),
        ("The vote was held on 4th of July 2016.", "en", "4th of July 2016", "2016-07-04", "day"),
        ("Документ датирован 07.09.2015.", "ru", "07.09.2015", "2015-09-07", "day"),
        ("Закон вступил в силу в январе 2022 года.", "ru", "в январе 2022 года", "2022-01", "month"),
        ("Изборите са насрочени през октомври 2024 г.", "bg", "през октомври 2024 г.", "2024-10", "month"),
        # the year's ordinal ending between the year and its word
        (
            "Референдумът през март 2011-а година промени всичко.",
            "bg",
            "през март 2011-а година",
            "2011-03",
            "month",
        ),
        (
            "Стачката от август 2009-та година продължи дълго.",
            "bg",
            "от август 2009-та година",
            "2009-08",
            "month",
        ),
        ("Соглашение подписали в апреле 2013-го года.", "ru", "в апреле 2013-го года", "2013-04", "month"),
        ("Завод построили в 1998 году.", "ru", "в 1998 году", "1998", "year"),
        ("The bridge opened in 2009.", "en", "in 2009", "2009", "year"),
    ],
)
def test_absolute_dates_are_fixed_by_the_text(
    text: str, lang: str, span: str, value: str, precision: str
) -> None:
    t = one(text, lang, published=None)
    assert (t.text, t.value.value, t.value.precision, t.value.basis) == (span, value, precision, "text")
    assert t.rel is None


@pytest.mark.parametrize(
    ("text", "lang", "rel", "value"),
    [
        ("Вчера в Казани прошел митинг.", "ru", {"kind": "offset", "days": -1}, "2023-03-15"),
        ("Преди два дни кметът подаде оставка.", "bg", {"kind": "offset", "days": -2}, "2023-03-14"),
        ("Два дні тому у Львові стався вибух.", "uk", {"kind": "offset", "days": -2}, "2023-03-14"),
        ("Earlier today a tanker ran aground.", "en", {"kind": "same_day"}, "2023-03-16"),
        ("В субботу губернатор посетил больницу.", "ru", {"kind": "weekday", "weekday": 5}, "2023-03-11"),
        ("В събота министърът откри моста.", "bg", {"kind": "weekday", "weekday": 5}, "2023-03-11"),
        ("On Thursday the mayor resigned.", "en", {"kind": "weekday", "weekday": 3}, "2023-03-16"),
        (
            "Last Thursday the mayor resigned.",
            "en",
            {"kind": "weekday", "weekday": 3, "strict": True},
            "2023-03-09",
        ),
        (
            "Next Monday the minister will travel.",
            "en",
            {"kind": "weekday", "direction": "future"},
            "2023-03-20",
        ),
        ("В феврале цены выросли.", "ru", {"kind": "month", "month": 2}, "2023-02"),
        ("Ранее в октябре стороны встречались.", "ru", {"kind": "month", "month": 10}, "2022-10"),
        ("През юни заводът спря работа.", "bg", {"kind": "month", "month": 6}, "2022-06"),
        ("Earlier in October the talks stalled.", "en", {"kind": "month", "month": 10}, "2022-10"),
        ("В октябре прошлого года завод закрыли.", "ru", {"kind": "month", "years": -1}, "2022-10"),
        ("Саммит прошел 9 октября.", "ru", {"kind": "month_day", "month": 10, "day": 9}, "2022-10-09"),
        ("Last year the port was closed.", "en", {"kind": "year_offset", "years": -1}, "2022"),
        ("Миналата година заводът беше затворен.", "bg", {"kind": "year_offset", "years": -1}, "2022"),
    ],
)
def test_relative_dates_stay_symbolic_and_resolve_with_an_anchor(
    text: str, lang: str, rel: dict, value: str
) -> None:
    symbolic = one(text, lang, published=None)
    assert symbolic.value is None
    assert rel.items() <= symbolic.rel.items()
    assert one(text, lang).value.value == value


def test_month_only_dates_never_get_a_day() -> None:
    t = one("В феврале цены выросли.", "ru")
    assert (t.value.value, t.value.precision) == ("2023-02", "month")


def test_next_day_counts_from_the_previous_date_not_the_publication() -> None:
    found = timexes("Митинг прошел 2 марта 2023 года. На следующий день задержали организатора.", "ru")
    assert [t.text for t in found] == ["2 марта 2023 года", "На следующий день"]
    assert found[1].rel == {"kind": "next_day_of", "days": 1, "ref": 0}
    assert found[1].value.value == "2023-03-03"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Тушение длилось в течение 30 минут.", "ru"),
        ("The road was closed for two weeks.", "en"),
        ("Это дело 20-летней давности.", "ru"),
        ("He may resign, the minister said.", "en"),
        ("Окружающая среда страдает.", "ru"),
        ("Рейс 2024 отменили.", "ru"),
    ],
)
def test_durations_and_lookalikes_are_not_dates(text: str, lang: str) -> None:
    assert timexes(text, lang) == []


def test_embedded_post_anchors_its_own_relative_dates() -> None:
    text = (
        "Министърът коментира инцидента в четвъртък.\n\n"
        "A cargo ship ran aground near Varna earlier today. No injuries reported.\n\n"
        "— Sea Watch (@seawatch) March 3, 2021\n\n"
        "Корабът беше изтеглен."
    )
    found = timexes(text, "bg", published=date(2021, 3, 10))
    earlier = next(t for t in found if t.text == "earlier today")
    assert earlier.anchor == "2021-03-03"
    assert earlier.value.value == "2021-03-03"
    thursday = next(t for t in found if t.text == "в четвъртък")
    assert thursday.anchor is None and thursday.value.value == "2021-03-04"


def test_passages_choose_the_rules() -> None:
    text = "Новина. The plant closed on Friday."
    analysis = Analysis(lang="bg", passages=[Passage(0, 7, "bg"), Passage(8, len(text), "en")])
    found = find_timexes(text, analysis, None)
    assert [t.rel["weekday"] for t in found] == [4]


def test_resolve_week_window_keeps_precision_honest() -> None:
    v = resolve({"kind": "week_offset", "weeks": -1}, date(2023, 3, 1))  # the week of 20-26 Feb
    assert (v.value, v.precision, v.earliest, v.latest) == ("2023-02", "month", "2023-02-20", "2023-02-26")


def test_resolve_past_month_is_never_in_the_future() -> None:
    assert resolve({"kind": "month", "month": 11, "direction": "past"}, date(2023, 3, 16)).value == "2022-11"
    assert (
        resolve({"kind": "month", "month": 11, "direction": "future"}, date(2023, 3, 16)).value == "2023-11"
    )


def test_other_languages_fall_back_to_dateparser() -> None:
    t = one("Der Vertrag wurde am 12. Mai 2019 unterzeichnet.", "de", published=None)
    assert t.value.value == "2019-05-12"


def test_seeds_dates(seeds: list) -> None:
    from storyline.analyse.events import find_events

    text = seeds[0].read_text("utf-8").split("date 2025-12-25", 1)[1]
    analysis = Analysis(lang="ru")
    analysis.timexes = find_timexes(text, analysis, date(2025, 12, 25))
    t = next(t for t in analysis.timexes if t.text == "25 декабря 2024 года")
    assert t.value.value == "2024-12-25"
    events = find_events(text, analysis, date(2025, 12, 25))
    assert any(e.type == "crash" and e.sent_start <= t.start < e.sent_end for e in events)
    wednesday = next(t for t in timexes(seeds[2].read_text("utf-8"), "en", None) if "Wednesday" in t.text)
    assert wednesday.value is None and wednesday.rel["kind"] == "weekday" and wednesday.rel["weekday"] == 2


def test_year_spans_are_windows() -> None:
    t = one("Он руководил заводом в 1998—2005 годах.", "ru", published=None)
    assert (t.value.value, t.value.earliest, t.value.latest) == (None, "1998-01-01", "2005-12-31")


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "precision", "window"),
    [
        ("В 1997-м он переехал в Омск.", "ru", "В 1997-м", "1997", "year", None),
        ("Завод работал в 1990-е годы.", "ru", "в 1990-е годы", None, None, ("1990-01-01", "1999-12-31")),
        (
            "Мост построили летом 2014 года.",
            "ru",
            "летом 2014 года",
            "2014",
            "year",
            ("2014-06-01", "2014-08-31"),
        ),
        (
            "Форум пройдет 11-12 мая 2016 года.",
            "ru",
            "11-12 мая 2016 года",
            "2016-05",
            "month",
            ("2016-05-11", "2016-05-12"),
        ),
        ("Он избирался в 1993 и 2003 годах.", "ru", "2003 годах", "2003", "year", None),
        ("Он избирался в 1993 и 2003 годах.", "ru", "в 1993", "1993", "year", None),
        ("Её фильмы: «Волна» (2003), «Берег» (2006).", "ru", "2003", "2003", "year", None),
        ("Сезон 2016/17 клуб провалил.", "ru", "Сезон 2016/17", None, None, ("2016-01-01", "2017-12-31")),
        ("Она стала чемпионкой Олимпиады-2016.", "ru", "2016", "2016", "year", None),
    ],
)
def test_more_absolute_forms(
    text: str, lang: str, span: str, value: str | None, precision: str | None, window: tuple | None
) -> None:
    t = next(t for t in timexes(text, lang, published=None) if t.text == span)
    assert (t.value.value, t.value.precision) == (value, precision)
    if window:
        assert (t.value.earliest, t.value.latest) == window


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Смотрите программу «Сегодня» на канале.", "ru"),
        ("The interview aired on Russia Today last month.", "en"),  # only "last month" is a date
        ("До 2000 человек вышли на улицы.", "ru"),
        ("Цены выросли от 2000 до 3000 рублей.", "ru"),
        ("Накануне выборов кандидаты спорили.", "ru"),
        ("След месеци на напрежение лидерите се срещнаха.", "bg"),
        ("The crash was due to ice, investigators said.", "en"),
    ],
)
def test_names_counts_and_vague_stretches_are_not_dates(text: str, lang: str) -> None:
    found = [t.text for t in timexes(text, lang)]
    assert found in ([], ["last month"]), found


@pytest.mark.parametrize(
    ("text", "lang", "span", "value"),
    [
        ("Накануне в Кремле прошло совещание.", "ru", "Накануне", "2023-03-15"),
        ("Взрыв произошел 3 марта. Накануне на заводе сменили охрану.", "ru", "Накануне", "2023-03-02"),
        ("Взрыв произошел 3 марта. В тот же день задержали охранника.", "ru", "В тот же день", "2023-03-03"),
        ("Закон приняли в мае 2019 года. Годом позже его отменили.", "ru", "Годом позже", "2020"),
        ("В минувшие выходные в парке прошел фестиваль.", "ru", "В минувшие выходные", "2023-03"),
        ("Снощи пожар унищожи склад.", "bg", "Снощи", "2023-03-15"),
        ("The strike ended over the weekend.", "en", "over the weekend", "2023-03"),
    ],
)
def test_relative_references_and_weekends(text: str, lang: str, span: str, value: str) -> None:
    t = next(t for t in timexes(text, lang) if t.text == span)
    assert t.value.value == value
