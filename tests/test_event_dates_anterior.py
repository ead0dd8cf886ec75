"""A happening the text tells as before its news ("earlier", "last month", "ранее") is not dated by
the article's date; a date the sentence gives the report of it is not its date either."""

from __future__ import annotations

from storyline.analyse.events import is_anterior
from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document


def _event(text: str, lang: str, kind: str, published: str) -> object:
    ctx = context([(document("a", text, published), analysis(text, lang))])
    resolve_dates(ctx)
    link_events(ctx)
    (event,) = [e for e in ctx.events if e.type == kind]
    return event


def test_an_arrest_told_as_earlier_takes_no_date_from_its_article() -> None:
    for text, lang in [
        ("Police earlier arrested two men in Tartu.", "en"),
        ("Полиция ранее арестовала двух мужчин в Тарту.", "ru"),
        ("Policja wcześniej aresztowała dwóch mężczyzn w Tartu.", "pl"),
        ("Полицията по-рано арестува двама мъже в Тарту.", "bg"),
    ]:
        event = _event(text, lang, "arrest", "2022-06-10")
        assert event.date.value is None, (lang, event.date)


def test_without_the_cue_the_news_still_takes_the_article_date() -> None:
    event = _event("Police arrested two men in Tartu.", "en", "arrest", "2022-06-10")
    assert (event.date.value, event.date.basis) == ("2022-06-10", "inferred")


def test_earlier_today_is_a_date_not_a_cue() -> None:
    text = "Police arrested two men in Tartu earlier today."
    a = analysis(text, "en")
    (arrest,) = [m for m in a.events if m.type == "arrest"]
    assert not is_anterior(text, a, arrest)


def test_a_cue_in_another_clause_does_not_count() -> None:
    text = "Police arrested two men in Tartu, which had been quiet earlier."
    a = analysis(text, "en")
    (arrest,) = [m for m in a.events if m.type == "arrest"]
    assert not is_anterior(text, a, arrest)


def test_a_date_of_the_report_before_the_cue_does_not_date_the_happening() -> None:
    text = "Вчера сообщалось, что охрана ранее задержала двух заключённых."
    a = analysis(text, "ru")
    (arrest,) = [m for m in a.events if m.type in ("arrest", "detention")]
    assert arrest.time is None
    plain = "Вчера охрана задержала двух заключённых."
    (arrest,) = [m for m in analysis(plain, "ru").events if m.type in ("arrest", "detention")]
    assert arrest.time is not None


def test_an_article_dated_to_its_month_takes_no_day_from_weekday_names() -> None:
    from datetime import date

    from storyline.link.events import Cluster, Item, _news_date
    from storyline.model import EventMention

    m = EventMention(type="detention", start=0, end=8, text="detained", sent_start=0, sent_end=40)

    def item(doc: str, pub: tuple[date, date] | None, rel: dict | None = None) -> Item:
        return Item(doc, 0, m, None, None, None, set(), pub, rel=rel, news=rel is None, inferable=rel is None)

    day, month = (date(2022, 6, 24), date(2022, 6, 24)), (date(2022, 6, 1), date(2022, 6, 30))
    # two days of the month named by other reports, and a weekday that fits one of them (24 June
    # 2022 was a Friday)
    named = [
        item("b", None, {"kind": "month_day", "month": 6, "day": 22}),
        item("c", None, {"kind": "month_day", "month": 6, "day": 24}),
        item("d", None, {"kind": "weekday", "weekday": 4, "direction": "past"}),
    ]
    assert _news_date(Cluster([item("a", day), *named])).value == "2022-06-24"  # a day's article
    undated = _news_date(Cluster([item("a", month), *named]))
    assert undated.value is None and (undated.earliest, undated.latest) == ("2022-05-31", "2022-06-30")
    # one day of the month that only other reports name picks no day for a month-dated article:
    # its own text says none (the audit found such days too precise)
    alone = _news_date(Cluster([item("a", month), named[1]]))
    assert alone.value is None and (alone.earliest, alone.latest) == ("2022-05-31", "2022-06-30")
    # the month-dated article that names the day itself ("on 24 June") still picks it
    own = Item("a", 1, m, None, None, None, set(), month, rel={"kind": "month_day", "month": 6, "day": 24})
    assert _news_date(Cluster([item("a", month), own])).value == "2022-06-24"


def test_a_cue_set_off_by_commas_describes_someone_else() -> None:
    text = "Anna Berg was appointed minister, formerly a deputy, the government said in a statement."
    a = analysis(text, "en")
    (statement,) = [m for m in a.events if m.type == "statement"]
    assert not is_anterior(text, a, statement)
    opening = "Earlier, police arrested two men in Tartu."
    a = analysis(opening, "en")
    (arrest,) = [m for m in a.events if m.type == "arrest"]
    assert is_anterior(opening, a, arrest)


def test_last_month_dates_the_happening_to_that_month() -> None:
    for text, lang in [
        ("Police detained two men in Tartu last month.", "en"),
        ("В прошлом месяце полиция задержала двух мужчин в Тарту.", "ru"),
    ]:
        event = _event(text, lang, "detention", "2022-06-10")
        assert (event.date.value, event.date.basis) == ("2022-05", "text"), lang


def test_what_follows_a_happening_told_as_last_month_takes_no_date_from_its_article() -> None:
    # the summit is told as last month; "after the summit" ties the statement to it
    for text, lang in [
        (
            "Na vrhu v Oslu pretekli mesec je Erna Solberg govorila dolgo. Po vrhu je Solberg izjavila, da zaupa zavezniku.",
            "sl",
        ),
        (
            "The summit in Oslo last month ended late. After the summit, Erna Solberg said in a statement that she trusted her ally.",
            "en",
        ),
    ]:
        a = analysis(text, lang)
        (statement,) = [m for m in a.events if m.type == "statement"]
        assert is_anterior(text, a, statement), lang


def test_what_follows_a_happening_of_the_news_keeps_the_article_date() -> None:
    text = "The summit in Oslo ended late. After the summit, Erna Solberg said in a statement that she trusted her ally."
    a = analysis(text, "en")
    (statement,) = [m for m in a.events if m.type == "statement"]
    assert not is_anterior(text, a, statement)
