"""Cross-document event coreference: one happening, one event, whatever the language."""

from __future__ import annotations

from pathlib import Path

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from storyline.model import Span
from storyline.serde import stable_id
from test_link_dates import analysis, context, document

PLACES = {"Ухта": "ukhta", "Ухта.": "ukhta", "Ухтой": "ukhta", "Ukhta": "ukhta", "Коми": "komi"}


def crash_story():
    ru = "14 июня 2022 года вертолёт потерпел крушение в районе города Ухта. Погибли трое."
    bg = "Хеликоптер се разби край Ухта през юни 2022 г., съобщиха властите."
    en = "A year after the helicopter crash near Ukhta, the families received compensation on Monday."
    docs = [
        (document("ru1", ru, "2022-06-15"), analysis(ru, "ru", {"Ухта": "LOC"})),
        (document("bg1", bg, "2022-06-16"), analysis(bg, "bg", {"Ухта": "LOC"})),
        (document("en1", en, "2023-06-20"), analysis(en, "en", {"Ukhta": "LOC"})),
    ]
    ctx = context(docs, {"Ухта": "ukhta", "Ukhta": "ukhta"})
    resolve_dates(ctx)
    link_events(ctx)
    return ctx


def test_reports_in_three_languages_become_one_event() -> None:
    ctx = crash_story()
    crashes = [e for e in ctx.events if e.type == "crash"]
    assert len(crashes) == 1
    crash = crashes[0]
    assert {s.doc for s in crash.evidence} == {"ru1", "bg1", "en1"}
    for span in crash.evidence:
        assert span.text == ctx.documents[span.doc].text[span.start : span.end]
    assert any("крушение" in s.text for s in crash.evidence)
    assert crash.place == "ukhta" and crash.label == "crash near Ukhta" and crash.story == "s1"
    # the most precise date wins; the 2023 retelling does not lend its date
    assert (crash.date.value, crash.date.precision, crash.date.basis) == ("2022-06-14", "day", "text")
    ru_mention = ctx.analyses["ru1"].events[0]
    assert crash.id == stable_id("v-", "ru1", ru_mention.start, ru_mention.end)
    assert ctx.event_of_mention[("en1", 0)] == crash.id


def test_events_are_sorted_by_date() -> None:
    ctx = crash_story()
    values = [e.date.value for e in ctx.events]
    assert [e.type for e in ctx.events] == ["crash", "compensation"]
    assert values[0] < values[1] == "2023-06-19"


def test_two_calls_two_weeks_apart_stay_two_events() -> None:
    first = "8 сентября 2021 года Иванов и Петров провели телефонный разговор."
    second = "Иванов и Петров снова провели телефонный разговор 22 сентября 2021 года."
    docs = [
        (document("a", first, "2021-09-08"), analysis(first, "ru", {"Иванов": "PER", "Петров": "PER"})),
        (document("b", second, "2021-09-22"), analysis(second, "ru", {"Иванов": "PER", "Петров": "PER"})),
    ]
    ctx = context(docs, {"Иванов": "ivanov", "Петров": "petrov"})
    resolve_dates(ctx)
    link_events(ctx)
    calls = [e for e in ctx.events if e.type == "phone_call"]
    assert [c.date.value for c in calls] == ["2021-09-08", "2021-09-22"]
    assert calls[0].participants == ["ivanov", "petrov"]
    assert calls[0].label == "phone call: Ivanov and Petrov"


def test_undated_background_mention_gets_no_date_from_its_article() -> None:
    old = "Взрыв на заводе в Ухте произошёл 2 марта 2020 года."
    retold = "Спустя годы после взрыва на заводе в Ухте завод вновь открылся."
    later = "Пожарные потушили пожар на складе."
    docs = [
        (document("old", old, "2020-03-02"), analysis(old, "ru", {"Ухте": "LOC"})),
        (document("new", retold, "2023-05-01"), analysis(retold, "ru", {"Ухте": "LOC"})),
        (document("fire", later, "2023-05-02"), analysis(later, "ru")),
    ]
    ctx = context(docs, {"Ухте": "ukhta"})
    resolve_dates(ctx)
    link_events(ctx)
    (explosion,) = [e for e in ctx.events if e.type == "explosion"]
    assert explosion.date.value == "2020-03-02"
    assert {s.doc for s in explosion.evidence} == {"old", "new"}
    # with no dated report at all, the publication date is a weak, inferred date
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert (fire.date.value, fire.date.basis) == ("2023-05-02", "inferred") and fire.date.confidence < 0.5


def test_different_stories_never_merge() -> None:
    text = "Самолет потерпел крушение."
    docs = [
        (document("a", text, "2022-01-01"), analysis(text, "ru")),
        (document("b", text, "2022-01-01"), analysis(text, "ru")),
    ]
    ctx = context(docs)
    ctx.doc_story["b"] = "s2"
    resolve_dates(ctx)
    link_events(ctx)
    assert len({e.story for e in ctx.events}) == 2


def test_a_meeting_at_a_summit_takes_the_summits_date_and_merges_across_articles() -> None:
    dated_text = (
        "Петров провел телефонный разговор с Новаком.\n"
        "В продолжение беседы 14 ноября на саммите в Братиславе лидеры обсудили энергетику.\n"
        "Ранее в ноябре Петров встретился с Новаком на саммите в Словакии.\n"
        "Встреча Петрова и Новака в Братиславе началась с обсуждения энергетики."
    )
    undated_text = (
        "Президентът Петров заяви това по време на среща с премиера Новак в Братислава, където лидерите "
        "се събраха за регионален самит."
    )
    ru_names = {"Петров": "PER", "Петрова": "PER", "Новаком": "PER", "Новака": "PER", "Братиславе": "LOC",
                "Словакии": "LOC"}  # fmt: skip
    bg_names = {"Петров": "PER", "Новак": "PER", "Братислава": "LOC"}
    ids = {"Петров": "petrov", "Петрова": "petrov", "Новаком": "novak", "Новака": "novak", "Новак": "novak",
           "Братиславе": "bratislava", "Братислава": "bratislava", "Словакии": "slovakia"}  # fmt: skip
    docs = [
        (document("ru", dated_text, "2023-11-20"), analysis(dated_text, "ru", ru_names)),
        (document("bg", undated_text), analysis(undated_text, "bg", bg_names)),
    ]
    ctx = context(docs, ids)
    resolve_dates(ctx)
    link_events(ctx)
    (meeting,) = [e for e in ctx.events if e.type == "meeting"]
    assert (meeting.date.value, meeting.date.precision) == ("2023-11-14", "day")
    assert {s.doc for s in meeting.evidence} == {"ru", "bg"}
    assert {"petrov", "novak"} <= set(meeting.participants)
    # the call reported as today's news is not dated to the summit
    (call,) = [e for e in ctx.events if e.type == "phone_call"]
    assert (call.date.value, call.date.basis) == ("2023-11-20", "inferred")


def test_todays_call_is_not_last_years_call_between_the_same_people() -> None:
    old = "Petrov and Novak held a phone call on Sunday, the Kremlin said."
    new = "Петров провел телефонный разговор с Новаком. Стороны обсудили торговлю."
    ids = {"Petrov": "petrov", "Novak": "novak", "Петров": "petrov", "Новаком": "novak"}
    docs = [
        (document("old", old, "2023-12-11"), analysis(old, "en", {"Petrov": "PER", "Novak": "PER"})),
        (document("new", new, "2024-05-20"), analysis(new, "ru", {"Петров": "PER", "Новаком": "PER"})),
    ]
    ctx = context(docs, ids)
    resolve_dates(ctx)
    link_events(ctx)
    calls = [e for e in ctx.events if e.type == "phone_call"]
    assert [(c.date.value, {s.doc for s in c.evidence}) for c in calls] == [
        ("2023-12-10", {"old"}),
        ("2024-05-20", {"new"}),
    ]


def test_an_anniversary_article_does_not_date_the_crash_today() -> None:
    first = "3 апреля 2022 года паром потерпел крушение у Измаила."
    later = (
        "Сегодня мы скорбим по поводу крушения парома и вспоминаем погибших.\n"
        "Паром потерпел крушение у Измаила 3 апреля 2022 года."
    )
    docs = [
        (document("first", first, "2022-04-04"), analysis(first, "ru", {"Измаила": "LOC"})),
        (document("later", later, "2023-04-03"), analysis(later, "ru", {"Измаила": "LOC"})),
    ]
    ctx = context(docs, {"Измаила": "izmail"})
    resolve_dates(ctx)
    link_events(ctx)
    crashes = [e for e in ctx.events if e.type == "crash"]
    assert [(c.date.value, c.date.precision) for c in crashes] == [("2022-04-03", "day")]
    assert {s.doc for s in crashes[0].evidence} == {"first", "later"}


def test_event_ids_do_not_depend_on_document_order() -> None:
    ctx_a = crash_story()
    docs = list(ctx_a.documents.values())[::-1]
    ctx_b = context([(d, ctx_a.analyses[d.id]) for d in docs], {"Ухта": "ukhta", "Ukhta": "ukhta"})
    resolve_dates(ctx_b)
    link_events(ctx_b)
    assert [(e.id, e.date) for e in ctx_a.events] == [(e.id, e.date) for e in ctx_b.events]


def test_an_undated_disaster_is_dated_by_the_day_other_reports_name_in_the_news_window() -> None:
    # today's news of an earthquake, and a report without a date saying it struck on 3 May
    news = "Earthquake in the mountains: rescuers are searching the villages."
    other = "Le séisme a frappé la région le 3 mai, selon les secours."
    docs = [
        (document("en", news, "2021-05-04"), analysis(news, "en")),
        (document("fr", other), analysis(other, "fr")),
    ]
    ctx = context(docs)
    resolve_dates(ctx)
    link_events(ctx)
    (quake,) = [e for e in ctx.events if e.type == "earthquake"]
    assert (quake.date.value, quake.date.basis) == ("2021-05-03", "inferred")
    assert {s.doc for s in quake.evidence} == {"en", "fr"}


def test_disasters_are_one_off_within_a_story() -> None:
    a = "Flooding hit the valley on 3 May 2021."
    b = "The floods damaged two bridges, officials said."
    ctx = context(
        [
            (document("a", a, "2021-05-04"), analysis(a, "en")),
            (document("b", b, "2021-05-05"), analysis(b, "en")),
        ]
    )
    resolve_dates(ctx)
    link_events(ctx)
    floods = [e for e in ctx.events if e.type == "flood"]
    assert len(floods) == 1 and floods[0].date.value == "2021-05-03"


def test_a_day_named_without_a_year_in_undated_reports_is_kept_as_month_and_day(tmp_path: Path) -> None:
    """Two undated reports of one flood both say "on 14 September": the event keeps 09-14 and
    leaves the year open rather than guess it."""
    from storyline.api import Store

    texts = [
        "Heavy rain caused a flood in the town of Brindlemoor on 14 September. Eleven people died.",
        "The flood that hit Brindlemoor on 14 September destroyed two bridges, officials said.",
    ]
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text, "utf-8")
    store = Store(tmp_path / "s.db")
    store.ingest(sorted(tmp_path.glob("*.txt")))
    floods = [e for e in store.dossier()["events"] if e["type"] == "flood"]
    assert floods and floods[0]["date"]["value"] is None
    assert floods[0]["date"]["month_day"] == "09-14"


def test_news_is_not_dated_by_its_article_when_its_beginning_names_another_day() -> None:
    from datetime import date

    from storyline.analyse.timex_resolve import resolve
    from storyline.link.events import placed_elsewhere

    pub = (date(2022, 3, 14), date(2022, 3, 14))  # a Monday

    def values(a):  # noqa: ANN001, ANN202 - the relative dates resolved against the article's day
        return [
            t.value if t.value and t.value.value else resolve(t.rel, pub[0]) if t.rel else None
            for t in a.timexes
        ]

    told = analysis(
        "Police detained two men in Orlavo. They were detained on Friday night after a fight.", "en"
    )
    assert placed_elsewhere(told, values(told), pub, "detention")
    # a date of a sentence that tells only another kind of happening is that happening's
    other = analysis("Police detained two men in Orlavo. The summit ended on Friday in Dravik.", "en")
    assert not placed_elsewhere(other, values(other), pub, "detention")
    plain = analysis("Police detained two men in Orlavo. The men are from Dravik.", "en")
    assert not placed_elsewhere(plain, values(plain), pub, "detention")


def test_a_happening_reported_as_today_is_not_dated_by_a_later_copy() -> None:
    """Two later copies say "today" too, a day after the first report: the happening cannot be on a
    day after an article that already reported it, so the first report's day stands."""
    text = "The airline cancelled 120 flights today because of a pilots' strike."
    docs = [
        (document("first", text, "2021-03-05"), analysis(text, "en")),
        (document("copy1", text + " ", "2021-03-06"), analysis(text + " ", "en")),
        (document("copy2", text + "  ", "2021-03-06"), analysis(text + "  ", "en")),
    ]
    ctx = context(docs)
    resolve_dates(ctx)
    link_events(ctx)
    [event] = [e for e in ctx.events if e.type == "disruption"]
    assert {s.doc for s in event.evidence} == {"first", "copy1", "copy2"}
    assert event.date.value == "2021-03-05"


def test_a_plan_dated_after_its_article_bounds_nothing() -> None:
    """A mention dated after its own article is no report of a past happening: it does not rule out
    the day another report gives."""
    early = "The airline will cancel 120 flights on 9 March 2021 because of a pilots' strike."
    later = "The airline cancelled 120 flights on 10 March 2021 because of a pilots' strike."
    docs = [
        (document("plan", early, "2021-03-05"), analysis(early, "en")),
        (document("report", later, "2021-03-11"), analysis(later, "en")),
    ]
    ctx = context(docs)
    resolve_dates(ctx)
    link_events(ctx)
    dates = {e.date.value for e in ctx.events if e.type == "disruption"}
    assert "2021-03-10" in dates


def crash_evidence(text: str) -> Span:
    """The evidence of the one crash a Russian text about the town of Ukhta tells of."""
    doc = (document("ru1", text, "2022-06-15"), analysis(text, "ru", {"Ухта": "LOC"}))
    ctx = context([doc], {"Ухта": "ukhta"})
    resolve_dates(ctx)
    link_events(ctx)
    (crash,) = [e for e in ctx.events if e.type == "crash"]
    (span,) = crash.evidence
    return span


def test_a_long_sentence_is_cut_at_words_around_the_trigger() -> None:
    """The evidence of a long sentence is a window around the trigger; it opens and closes on
    whole words wherever the character window falls."""
    lead = " ".join(f"Словосочетание{k:02d}" for k in range(30))
    tail = " ".join(f"продолжение{k:02d}" for k in range(30))
    text = f"{lead}, когда вертолёт потерпел крушение в районе города Ухта, {tail}."
    span = crash_evidence(text)
    assert "крушение" in span.text and len(span.text) <= 300
    assert span.start > 0 and span.end < len(text) - 1  # the window was cut on both sides
    assert text[span.start - 1].isspace() and not text[span.start].isspace()
    assert text[span.end].isspace() and not text[span.end - 1].isspace()
