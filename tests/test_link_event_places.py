"""An event's place: an occasion is placed by the mention shown for it, a physical happening by
what its retellings agree on."""

from __future__ import annotations

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document

NAMES = {"Иванов": "PER", "Петров": "PER", "Твери": "LOC", "Тверью": "LOC"}
ENTITIES = {"Иванов": "ivanov", "Петров": "petrov", "Твери": "tver", "Тверью": "tver"}


def linked(first: str, second: str):  # noqa: ANN201 - the link context
    docs = [
        (document("a", first, "2021-09-08"), analysis(first, "ru", NAMES)),
        (document("b", second, "2021-09-09"), analysis(second, "ru", NAMES)),
    ]
    ctx = context(docs, ENTITIES)
    resolve_dates(ctx)
    link_events(ctx)
    return ctx


def test_a_meeting_takes_no_place_from_another_mention() -> None:
    ctx = linked(
        "8 сентября 2021 года Иванов и Петров провели переговоры.",
        "Вчера Иванов и Петров провели переговоры в Твери.",
    )
    meetings = [e for e in ctx.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert {s.doc for s in meetings[0].evidence} == {"a", "b"}
    # the mention shown first (the one that dates it) names no place: the other's is not borrowed
    assert meetings[0].evidence[0].doc == "a"
    assert meetings[0].place is None and "Tver" not in meetings[0].label


def test_a_meeting_keeps_the_place_of_the_mention_shown() -> None:
    ctx = linked(
        "8 сентября 2021 года Иванов и Петров провели переговоры в Твери.",
        "Иванов и Петров провели переговоры.",
    )
    meetings = [e for e in ctx.events if e.type == "meeting"]
    assert [m.place for m in meetings] == ["tver"]


def test_a_physical_happening_keeps_the_place_its_retellings_give() -> None:
    ctx = linked(
        # the place a retelling gives is kept where the shown report names it too (link/event_roles)
        "8 сентября 2021 года вертолёт потерпел крушение. Спасатели выехали из Твери.",
        "Крушение вертолёта под Тверью унесло жизни двух человек.",
    )
    crashes = [e for e in ctx.events if e.type == "crash"]
    assert len(crashes) == 1 and crashes[0].evidence[0].doc == "a"
    assert crashes[0].place == "tver"


def test_one_article_dating_two_apologies_to_two_days_keeps_them_apart() -> None:
    text = (
        "On Tuesday the premier apologised to the visiting leaders. "
        "Today she apologised to the families in parliament."
    )
    docs = [(document("a", text, "2024-05-15"), analysis(text, "en"))]  # a Wednesday
    ctx = context(docs)
    resolve_dates(ctx)
    link_events(ctx)
    apologies = sorted((e.date.value, e.evidence[0].text) for e in ctx.events if e.type == "apology")
    assert [day for day, _ in apologies] == ["2024-05-14", "2024-05-15"]
    assert apologies[0][1].startswith("On Tuesday") and apologies[1][1].startswith("Today")


def test_a_crash_dated_a_day_apart_in_one_article_stays_one() -> None:
    # a one-off happening told as late on one day and on the next is one crash
    text = "The plane crashed late on Tuesday. Rescuers said the crash on Wednesday killed all on board."
    docs = [(document("a", text, "2024-05-16"), analysis(text, "en"))]
    ctx = context(docs)
    resolve_dates(ctx)
    link_events(ctx)
    assert len([e for e in ctx.events if e.type == "crash"]) == 1


def test_a_meeting_takes_no_names_from_its_other_mentions() -> None:
    texts = {
        "a": ("8 сентября 2021 года Иванов провёл переговоры.", "2021-09-08"),
        "b": ("Вчера Иванов и Петров провели переговоры.", "2021-09-09"),
        "c": ("Вчера Петров и Иванов провели переговоры.", "2021-09-09"),
    }
    docs = [(document(k, text, day), analysis(text, "ru", NAMES)) for k, (text, day) in texts.items()]
    ctx = context(docs, ENTITIES)
    resolve_dates(ctx)
    link_events(ctx)
    meetings = [e for e in ctx.events if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].evidence[0].doc == "a"
    # Petrov, named by two other reports, is not named by the report shown
    assert meetings[0].participants == ["ivanov"]
