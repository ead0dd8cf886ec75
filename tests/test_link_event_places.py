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
        "8 сентября 2021 года вертолёт потерпел крушение.",
        "Крушение вертолёта под Тверью унесло жизни двух человек.",
    )
    crashes = [e for e in ctx.events if e.type == "crash"]
    assert len(crashes) == 1 and crashes[0].evidence[0].doc == "a"
    assert crashes[0].place == "tver"
