"""Dates a report does not give its happening: the second crash of a series told back to, a day
after the report's own weekday, "weeks ago" with no number."""

from __future__ import annotations

from datetime import date

from helpers import timexes
from storyline.analyse.events import is_anterior
from test_event_dates_anterior import _event
from test_link_dates import analysis

TUESDAY = date(2021, 9, 14)


def _days(text: str, lang: str, published: date) -> list[str | None]:
    return [t.value.value if t.value else None for t in timexes(text, lang, published)]


def test_a_weekday_after_the_reports_weekday_is_the_next_day() -> None:
    for text, lang in [
        ("Przewoźnik poinformował we wtorek o odwołaniu w środę 90 kursów.", "pl"),
        ("The carrier said on Tuesday it cancelled 90 trips on Wednesday.", "en"),
        ("Превозвачът съобщи във вторник за отменени в сряда 90 курса.", "bg"),
    ]:
        assert _days(text, lang, TUESDAY) == ["2021-09-14", "2021-09-15"], lang


def test_a_weekday_told_alone_or_before_the_other_stays_in_the_past() -> None:
    assert _days("The carrier cancelled 90 trips on Wednesday.", "en", TUESDAY) == ["2021-09-08"]
    # Monday after Tuesday is no day after: the past Monday
    assert _days("The carrier said on Tuesday it cancelled trips on Monday.", "en", TUESDAY) == [
        "2021-09-14",
        "2021-09-13",
    ]


def test_the_day_after_an_earlier_weekday_is_the_same_either_way() -> None:
    thursday = date(2021, 9, 16)
    text = "The carrier said on Tuesday it cancelled 90 trips on Wednesday."
    assert _days(text, "en", thursday) == ["2021-09-14", "2021-09-15"]


def test_weeks_ago_without_a_number_is_no_day() -> None:
    assert _days("Sindikat je pred tedni zapisal izjavo.", "sl", TUESDAY) == []
    assert _days("Sindikat je pred tednom zapisal izjavo.", "sl", TUESDAY) == ["2021-09-07"]
    assert _days("Sindikat je pred tremi tedni zapisal izjavo.", "sl", TUESDAY) == ["2021-08-24"]


def test_the_second_crash_of_a_series_takes_no_date_from_its_article() -> None:
    for text, lang in [
        ("The second crash of the airliner sparked a debate on safety in Canada.", "en"),
        ("Že druga nesreča tega letala je sprožila razpravo o varnosti v Kanadi.", "sl"),
        ("Вторая катастрофа этого самолета вызвала споры о безопасности в Канаде.", "ru"),
        ("Druga katastrofa tego samolotu wywołała debatę o bezpieczeństwie w Kanadzie.", "pl"),
    ]:
        event = _event(text, lang, "crash", "2021-09-14")
        assert event.date.value is None, (lang, event.date)


def test_a_crash_without_an_ordinal_still_takes_the_article_date() -> None:
    event = _event(
        "The crash of the airliner sparked a debate on safety in Canada.", "en", "crash", "2021-09-14"
    )
    assert (event.date.value, event.date.basis) == ("2021-09-14", "inferred")


def test_an_ordinal_of_a_meeting_or_an_anniversary_is_no_cue() -> None:
    for text, kind in [
        ("The ministers held a second meeting in Oslo.", "meeting"),
        ("Activists marked the second anniversary of the vote in Oslo.", "commemoration"),
    ]:
        a = analysis(text, "en")
        (m,) = [m for m in a.events if m.type == kind]
        assert not is_anterior(text, a, m), text
