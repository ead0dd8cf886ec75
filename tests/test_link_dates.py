"""Publication dates and time-expression values across documents (helpers shared with test_link_events)."""

from __future__ import annotations

import re
from datetime import date

from storyline.analyse.events import find_events
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.link.context import LinkContext
from storyline.link.dates import resolve_dates
from storyline.model import Analysis, DateValue, Document, Entity, Mention


def document(doc_id: str, text: str, published: str | None = None, basis: str = "header") -> Document:
    pub = (
        DateValue(published, "day", basis=basis)
        if published
        else DateValue(None, None, basis="none", confidence=0.0)
    )
    return Document(doc_id, f"{doc_id}.txt", text, "sha", "raw", published=pub)


def analysis(text: str, lang: str, names: dict[str, str] | None = None) -> Analysis:
    """Analyse with our own timex and event finders; ``names`` maps surface → type (every occurrence)."""
    a = Analysis(lang=lang, sentences=split_sentences(text))
    for name, kind in (names or {}).items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            a.mentions.append(Mention(m.start(), m.end(), name, kind))
    a.mentions.sort(key=lambda m: m.start)
    a.timexes = find_timexes(text, a, None)
    a.events = find_events(text, a, None)
    return a


def context(
    docs: list[tuple[Document, Analysis]], entities: dict[str, str] | None = None, story: str | None = "s1"
) -> LinkContext:
    """``entities`` maps a mention's surface text to an entity id (its name is the id capitalised)."""
    ctx = LinkContext(documents={d.id: d for d, _ in docs}, analyses={d.id: a for d, a in docs})
    entities = entities or {}
    for d, a in docs:
        for k, m in enumerate(a.mentions):
            if m.text in entities:
                ctx.mention_entity[(d.id, k)] = entities[m.text]
        if story:
            ctx.doc_story[d.id] = story
    ids = sorted(set(entities.values()))
    # each entity has the type of its mentions (LOC where none is found)
    types = {entities[m.text]: m.type for _d, a in docs for m in a.mentions if m.text in entities}
    ctx.entities = [Entity(i, types.get(i, "LOC"), i.capitalize(), {}, []) for i in ids]
    return ctx


def day(s: str) -> date:
    return date.fromisoformat(s)


# ---------------------------------------------------------------- tests


def test_header_and_dateline_dates_are_kept() -> None:
    a = document("a", "Вчера в Омске открыли мост.", "2022-05-20")
    b_text = "Вчера в Омске открыли мост."
    b = document("b", b_text)
    b_an = analysis(b_text, "ru")
    b_an.dateline = DateValue("2022-05-18", "day", basis="text")
    ctx = context([(a, analysis(a.text, "ru")), (b, b_an)])
    resolve_dates(ctx)
    assert ctx.published["a"].value == "2022-05-20" and ctx.published["a"].basis == "header"
    assert ctx.published["b"].value == "2022-05-18" and ctx.published["b"].basis == "text"
    assert ctx.timex_values[("a", 0)].value == "2022-05-19"
    assert ctx.timex_values[("b", 0)].value == "2022-05-17"


def test_undated_article_is_dated_from_the_story_event() -> None:
    dated_text = "14 июня 2022 года вертолёт потерпел крушение в районе города Ухта."
    undated_text = "The helicopter crashed on Tuesday near Ukhta. On Thursday the crew was buried."
    dated, undated = document("a", dated_text, "2022-06-16"), document("b", undated_text)
    ctx = context([(dated, analysis(dated_text, "ru")), (undated, analysis(undated_text, "en"))])
    resolve_dates(ctx)
    pub = ctx.published["b"]
    assert pub.basis == "inferred" and 0 < pub.confidence < 1
    # the week after the Tuesday crash, and of it the days on which "Thursday" (the burial) does not
    # fall before the crash
    assert (pub.earliest, pub.latest) == ("2022-06-16", "2022-06-20")
    assert (pub.value, pub.precision) == ("2022-06", "month")
    tuesday, thursday = ctx.timex_values[("b", 0)], ctx.timex_values[("b", 1)]
    assert (tuesday.value, tuesday.precision, tuesday.basis) == ("2022-06-14", "day", "inferred")
    assert (thursday.value, thursday.precision, thursday.basis) == ("2022-06-16", "day", "inferred")


def test_no_evidence_no_date_but_a_lower_bound() -> None:
    text = "Договор, подписанный 3 марта 2019 года, продлили. В субботу его обсудили."
    doc = document("a", text)
    ctx = context([(doc, analysis(text, "ru"))])
    resolve_dates(ctx)
    pub = ctx.published["a"]
    assert (pub.value, pub.basis, pub.earliest) == (None, "none", "2019-03-03")
    assert ctx.timex_values[("a", 0)].value == "2019-03-03"
    assert ctx.timex_values[("a", 1)].value is None


def test_own_anchor_and_next_day() -> None:
    text = (
        "Министърът говори в понеделник.\n\n"
        "A barge sank near Ruse earlier today.\n— River News (@rivernews) April 2, 2020\n\n"
        "Баржата потъна на 2 април 2020 г. На следващия ден започна разследване."
    )
    doc = document("a", text, "2020-04-09")
    an = analysis(text, "bg")
    ctx = context([(doc, an)])
    resolve_dates(ctx)
    by_text = {t.text: ctx.timex_values[("a", k)].value for k, t in enumerate(an.timexes)}
    assert by_text["в понеделник"] == "2020-04-06"
    assert by_text["earlier today"] == "2020-04-02"
    assert by_text["На следващия ден"] == "2020-04-03"


def test_aftermath_report_is_dated_after_the_happening_it_reports() -> None:
    """An undated report says the helicopter crashed "on Sunday" and narrates Friday and Saturday:
    the Sunday is the crash known elsewhere, and Friday/Saturday come after it."""
    dated_text = "5 марта 2023 года вертолёт Ми-8 потерпел крушение в районе города Норильск."
    undated_text = (
        "On Friday, governor Ivan Lebedev apologised over the helicopter, which crashed after an engine "
        "failure. The helicopter crashed on Sunday near Norilsk. Lebedev and minister Olga Frolova held "
        "a phone call on Saturday."
    )
    dated, undated = document("ru", dated_text, "2023-03-06"), document("en", undated_text)
    names = {"Норильск": "LOC"}
    ctx = context(
        [
            (dated, analysis(dated_text, "ru", names)),
            (undated, analysis(undated_text, "en", {"Norilsk": "LOC"})),
        ],
        {"Норильск": "norilsk", "Norilsk": "norilsk"},
    )
    resolve_dates(ctx)
    pub = ctx.published["en"]
    assert pub.basis == "inferred" and (pub.earliest, pub.latest) == ("2023-03-11", "2023-03-11")
    by_text = {t.text: ctx.timex_values[("en", k)] for k, t in enumerate(ctx.analyses["en"].timexes)}
    assert by_text["on Sunday"].value == "2023-03-05"
    assert by_text["On Friday"].value == "2023-03-10"
    assert by_text["on Saturday"].value == "2023-03-11"


def test_undated_report_of_a_meeting_is_dated_near_that_meeting() -> None:
    dated_text = (
        "Петров провел телефонный разговор с Новаком.\n"
        "В продолжение беседы 14 ноября на саммите в Братиславе лидеры обсудили энергетику.\n"
        "Ранее в ноябре Петров встретился с Новаком на саммите в Словакии."
    )
    undated_text = (
        "Президентът Петров заяви това по време на среща с премиера Новак в Братислава, където лидерите "
        "се събраха за регионален самит. Преди това двамата говориха през юни."
    )
    ru_names = {"Петров": "PER", "Новаком": "PER", "Братиславе": "LOC", "Словакии": "LOC"}
    bg_names = {"Петров": "PER", "Новак": "PER", "Братислава": "LOC"}
    ids = {"Петров": "petrov", "Новаком": "novak", "Новак": "novak", "Братиславе": "bratislava",
           "Братислава": "bratislava", "Словакии": "slovakia"}  # fmt: skip
    dated, undated = document("ru", dated_text, "2023-11-20"), document("bg", undated_text)
    ctx = context(
        [(dated, analysis(dated_text, "ru", ru_names)), (undated, analysis(undated_text, "bg", bg_names))],
        ids,
    )
    resolve_dates(ctx)
    pub = ctx.published["bg"]
    assert pub.basis == "inferred" and 0 < pub.confidence < 1
    assert "2023-11-14" <= pub.earliest <= pub.latest <= "2023-11-21"
    june = next(k for k, t in enumerate(ctx.analyses["bg"].timexes) if "юни" in t.text)
    assert ctx.timex_values[("bg", june)].value == "2023-06"  # resolved against the inferred date


def test_an_article_without_story_evidence_stays_undated() -> None:
    text = "В субботу в Твери прошел митинг."
    other = "14 мая 2022 года в Омске открыли мост."
    ctx = context(
        [
            (document("a", text), analysis(text, "ru")),
            (document("b", other, "2022-05-15"), analysis(other, "ru")),
        ]
    )
    resolve_dates(ctx)
    assert (ctx.published["a"].value, ctx.published["a"].basis) == (None, "none")
    assert ctx.timex_values[("a", 0)].value is None


def test_the_url_dates_a_page_that_prints_no_date() -> None:
    text = "Вчера в Омске открыли мост."
    doc = document("a", text)
    doc.url = "https://news.example/city/2022/05/20/bridge-opened"
    ctx = context([(doc, analysis(text, "ru"))])
    resolve_dates(ctx)
    assert (ctx.published["a"].value, ctx.published["a"].basis) == ("2022-05-20", "metadata")
    assert ctx.timex_values[("a", 0)].value == "2022-05-19"


def test_a_day_named_inside_a_month_header_is_of_that_month() -> None:
    text = "Мост в Омске обрушился 22 марта."
    doc = document("a", text)
    doc.published = DateValue("2024-03", "month", basis="header")
    ctx = context([(doc, analysis(text, "ru"))])
    resolve_dates(ctx)
    assert ctx.timex_values[("a", 0)].value == "2024-03-22"


def test_a_day_and_month_anchor_an_undated_report_to_the_storys_day() -> None:
    dated = "Le séisme du 3 mai 2021 a détruit le port de Varna."
    # the undated report calls it a storm; the day it names is the day the story dates
    undated = "Badai yang melanda Varna pada 3 Mei menewaskan 12 orang. Gempa itu merusak pelabuhan."
    ctx = context(
        [
            (document("fr", dated, "2021-05-04"), analysis(dated, "fr", {"Varna": "LOC"})),
            (document("id", undated), analysis(undated, "id", {"Varna": "LOC"})),
        ],
        {"Varna": "varna"},
    )
    resolve_dates(ctx)
    pub = ctx.published["id"]
    assert pub.basis == "inferred" and pub.earliest == "2021-05-03"
    may = next(k for k, t in enumerate(ctx.analyses["id"].timexes) if t.text == "3 Mei")
    assert ctx.timex_values[("id", may)].value == "2021-05-03"


def test_a_dateline_without_a_year_picks_its_day_of_the_inferred_window() -> None:
    # "ВАРНА, 18 юни /АГЕНЦИЯ/": ingest keeps the day and month; the story gives the year and week
    dated_text = "14 июня 2022 года вертолёт потерпел крушение в районе города Ухта."
    undated_text = "The helicopter crashed on Tuesday near Ukhta. Yesterday the crew was buried."
    dated, undated = document("a", dated_text, "2022-06-16"), document("b", undated_text)
    undated.meta["dateline"] = {"day": 18, "month": 6, "year": None, "span": [0, 12]}
    ctx = context([(dated, analysis(dated_text, "ru")), (undated, analysis(undated_text, "en"))])
    resolve_dates(ctx)
    pub = ctx.published["b"]
    assert (pub.value, pub.precision, pub.basis) == ("2022-06-18", "day", "inferred")
    assert ctx.timex_values[("b", 1)].value == "2022-06-17"  # "yesterday" from the dateline's day
    # a day and month outside the window the story allows are no evidence: the window stays
    windows = []
    for dateline in ({"day": 3, "month": 9, "year": None, "span": [0, 12]}, None):
        undated.meta["dateline"] = dateline
        ctx = context([(dated, analysis(dated_text, "ru")), (undated, analysis(undated_text, "en"))])
        resolve_dates(ctx)
        windows.append((ctx.published["b"].earliest, ctx.published["b"].latest))
    assert windows[0] == windows[1] and windows[0][0] != windows[0][1]
