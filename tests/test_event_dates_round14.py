"""Dates the audit's rounds 12–14 found wrong: the day a paper published news of a happening, a
year with its ordinal ending, the text's own "today" a day before the page's date."""

from __future__ import annotations

from datetime import date

from helpers import timexes
from test_events_languages import analysed, time_text


def test_the_day_news_was_published_is_not_the_happenings() -> None:
    for text, lang, kind in [
        (
            "Dziennik „Kurier” opublikował w sobotę wyniki policyjnego śledztwa w sprawie firmy.",
            "pl",
            "investigation",
        ),
        ("The weekly published on Friday details of the investigation into the bank.", "en", "investigation"),
    ]:
        analysis, events = analysed(text, lang)
        event = next(e for e in events if e.type == kind)
        assert time_text(analysis, event) is None, text


def test_a_saying_before_its_date_still_dates_what_it_frames() -> None:
    # the date opens the sentence: the scene of the news, as before
    analysis, events = analysed("On Friday police said that a fire broke out in the depot.", "en")
    assert time_text(analysis, next(e for e in events if e.type == "fire")) == "On Friday"
    # the trigger is where the saying took place ("at a meeting"): the saying's day is its day
    text = "Премьер объявил в среду на встрече с губернаторами о новых мерах."
    analysis, events = analysed(text, "ru")
    assert time_text(analysis, next(e for e in events if e.type == "meeting")) == "в среду"


def test_a_year_with_its_ordinal_ending_completes_the_month() -> None:
    for text, lang, value in [
        ("Протестите след гласуването през май 2014-а година продължиха.", "bg", "2014-05"),
        ("Митинги после выборов в марте 2012-го года не утихали.", "ru", "2012-03"),
    ]:
        found = timexes(text, lang, date(2020, 1, 10))
        assert [t.value.value for t in found if t.value] == [value], text


def test_the_texts_own_today_dates_its_relative_days() -> None:
    published = date(2019, 4, 12)
    text = "Об этом мэр сообщил сегодня, 11 апреля. «Сегодня утром прорвало трубу», — сказал он. Вчера был дождь."
    days = [t.value.value for t in timexes(text, "ru", published) if t.value]
    assert days == ["2019-04-11", "2019-04-11", "2019-04-11", "2019-04-10"]
    text = "The mayor said today, April 11, that a pipe burst. Today the street is closed."
    days = [t.value.value for t in timexes(text, "en", published) if t.value]
    assert days == ["2019-04-11", "2019-04-11", "2019-04-11"]


def test_a_today_far_from_the_pages_date_or_in_disagreement_changes_nothing() -> None:
    published = date(2019, 4, 12)
    # "today, 2 April" ten days before the page: a quoted old text, not the writer's today
    text = "He wrote today, April 2, that the pipe burst. Today the street is closed."
    assert [t.value.value for t in timexes(text, "en", published) if t.value][-1] == "2019-04-12"
    text = "He said today, April 11, that the pipe burst. On today, April 10, nothing. Today it is closed."
    assert [t.value.value for t in timexes(text, "en", published) if t.value][-1] == "2019-04-12"


def test_the_place_of_someones_partners_is_not_the_happenings() -> None:
    for text, lang, place in [
        ("Кабинетът зависи от партньорите си в Тракия след загубата на изборите през май.", "bg", "Тракия"),
        ("The cabinet relies on its partners in Wessex after losing the election in May.", "en", "Wessex"),
        ("Правительство зависит от партнеров в Сибири после провала на выборах в мае.", "ru", "Сибири"),
    ]:
        analysis, events = analysed(text, lang, {place: "LOC"})
        assert next(e for e in events if e.type == "election").place is None, text
    # the same place told as the vote's own stays its place
    analysis, events = analysed("Изборите в Тракия се проведоха през май.", "bg", {"Тракия": "LOC"})
    assert analysis.mentions[events[0].place].text == "Тракия"
