"""Audit round 20 (and what rounds 7–18 left): titles "in X" unless the text puts the happening near X
(E6); the mention shown first gives the event's date; a statement before a visit (E3); an ability (E1)."""

from __future__ import annotations

import pytest

from helpers import realis_why
from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document


def _linked(text: str, lang: str, place: str, kind: str):
    ctx = context(
        [(document("a", text, "2022-06-10"), analysis(text, lang, {place: "LOC"}))], {place: "tallinn"}
    )
    resolve_dates(ctx)
    link_events(ctx)
    (event,) = [e for e in ctx.events if e.type == kind]
    return event


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Самолет потерпел крушение в Таллине при выполнении планового полета.", "ru", "Таллине"),
        ("Kanclerz potępiła atak z użyciem gazu trującego w Tallinie.", "pl", "Tallinie"),
        ("On Monday a plane crashed in Tallinn, officials said.", "en", "Tallinn"),
        ("Beim Flugzeugabsturz in Tallinn starben am Montag drei Menschen.", "de", "Tallinn"),
    ],
)
def test_a_happening_the_text_puts_in_a_place_is_titled_in_it(text: str, lang: str, place: str) -> None:
    event = _linked(text, lang, place, "crash" if "atak" not in text else "attack")
    assert event.place == "tallinn" and " in " in event.label, (lang, event.label)
    assert event.place_relation is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Самолет потерпел крушение недалеко от Таллина.", "ru", "Таллина"),
        ("On Monday a plane crashed near Tallinn, officials said.", "en", "Tallinn"),
        ("Beim Flugzeugabsturz nahe Tallinn starben am Montag drei Menschen.", "de", "Tallinn"),
    ],
)
def test_a_happening_the_text_puts_near_a_place_is_titled_near_it(text: str, lang: str, place: str) -> None:
    event = _linked(text, lang, place, "crash")
    assert event.place == "tallinn" and " near " in event.label, (lang, event.label)
    assert event.place_relation == "near"


def test_the_mention_shown_first_gives_the_date_the_event_takes() -> None:
    # two reports date the crash to 14 June, one (published first) a day earlier: the event takes
    # the day most reports give, and shows first a mention that gives it (audit round 20, E3)
    texts = [
        ("a", "13 июня 2022 года вертолёт потерпел крушение в Тарту. Погибли трое.", "2022-06-14"),
        ("b", "14 июня 2022 года вертолёт потерпел крушение в Тарту. Погибли трое.", "2022-06-15"),
        ("c", "14 июня 2022 года в Тарту потерпел крушение вертолёт, сообщили власти.", "2022-06-16"),
    ]
    docs = [(document(d, t, day), analysis(t, "ru", {"Тарту": "LOC"})) for d, t, day in texts]
    ctx = context(docs, {"Тарту": "tartu"})
    resolve_dates(ctx)
    link_events(ctx)
    (crash,) = [e for e in ctx.events if e.type == "crash"]
    assert {s.doc for s in crash.evidence} == {"a", "b", "c"}
    assert crash.date.value == "2022-06-14"
    assert crash.evidence[0].doc in {"b", "c"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Петров е направил изявлението си малко преди да отлети на двудневно посещение в Норвегия, "
            "което ще се проведе в понеделник.",
            "bg",
        ),
        ("Peters made the statement shortly before leaving on a visit to Norway on Monday.", "en"),
    ],
)
def test_a_statement_before_a_visit_does_not_take_the_visits_date(text: str, lang: str) -> None:
    # the visit is Monday's; the statement was made before it, on a day the text does not give
    event = _linked(text, lang, "Норвегия" if lang == "bg" else "Norway", "statement")
    assert event.date.value not in {"2022-06-06", "2022-06-13"}, (lang, event.date)


def test_a_statement_at_a_visit_takes_the_visits_date() -> None:
    text = "Peters made the statement during a visit to Norway on Monday."
    event = _linked(text, "en", "Norway", "statement")
    assert event.date.value == "2022-06-06", event.date


def test_the_title_follows_what_most_reports_say_of_the_place() -> None:
    # two reports put the crash near the town, one in it: "near" (the dossier's place_relation
    # still claims nearness only where every report does)
    texts = [
        ("a", "14 июня 2022 года самолет потерпел крушение недалеко от Тарту.", "2022-06-14"),
        ("b", "On 14 June 2022 a plane crashed near Tartu, officials said.", "2022-06-15"),
        ("c", "14 июня 2022 года самолет потерпел крушение в Тарту.", "2022-06-16"),
    ]
    places = {"Тарту": "LOC", "Tartu": "LOC"}
    docs = [(document(d, t, day), analysis(t, "en" if d == "b" else "ru", places)) for d, t, day in texts]
    ctx = context(docs, {"Тарту": "tartu", "Tartu": "tartu"})
    resolve_dates(ctx)
    link_events(ctx)
    (crash,) = [e for e in ctx.events if e.type == "crash"]
    assert {s.doc for s in crash.evidence} == {"a", "b", "c"}
    assert crash.label == "crash near Tartu" and crash.place_relation is None


def test_talks_a_country_is_only_able_to_hold_are_no_happening() -> None:
    text = (
        "Петров посочи, че Осло е готов да сключи голяма сделка с Рим веднага щом Италия бъде в "
        "състояние да води търговски преговори."
    )
    assert realis_why(text, "bg", "meeting", "преговори") is not None
    assert (
        realis_why("Петров посочи, че Осло и Рим водиха търговски преговори.", "bg", "meeting", "преговори")
        is None
    )
