"""The second of a series ("the second crash of the type") is another happening than the first the
article names: the names its other mentions give are the first one's, not its parties."""

from __future__ import annotations

import pytest

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document

AIRLINES = ["Nordair", "Baltavia", "Skyline Express"]


def linked(text: str, names: dict[str, str]):  # noqa: ANN201 - the link context
    docs = [(document("d0", text, "2021-09-08"), analysis(text, "en", names))]
    ctx = context(docs, {name: name.lower() for name in names})
    resolve_dates(ctx)
    link_events(ctx)
    return ctx


@pytest.mark.parametrize("airline", AIRLINES)
def test_the_second_crash_takes_no_party_of_the_first(airline: str) -> None:
    text = (
        "The second crash of the type in five months sparked a debate about its safety. "
        f"A {airline} jet of the same type crashed into the sea. "
        f"The {airline} jet crashed minutes after takeoff."
    )
    ctx = linked(text, {airline: "ORG"})
    shown = [e for e in ctx.events if e.type == "crash" and e.evidence[0].start == 0]
    assert shown and airline.lower() not in shown[0].participants


@pytest.mark.parametrize("airline", AIRLINES)
def test_a_crash_told_first_keeps_the_party_its_reports_agree_on(airline: str) -> None:
    text = (
        "The crash of the jet sparked a debate about its safety. "
        f"A {airline} jet of the same type crashed into the sea. "
        f"The {airline} jet crashed minutes after takeoff."
    )
    ctx = linked(text, {airline: "ORG"})
    shown = [e for e in ctx.events if e.type == "crash" and e.evidence[0].start == 0]
    assert shown and airline.lower() in shown[0].participants
