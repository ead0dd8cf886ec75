"""An event's place and participants must hold for the mention it is shown by: what other
mentions of the merged event give is kept only where the shown mention's document names it (or,
for a place, one that lies in it or holds it)."""

from __future__ import annotations

import pytest

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document

TOWNS = [("Dover", "dover", "United Kingdom", "united kingdom"), ("Lyon", "lyon", "France", "france")]
PEOPLE = [("Novak", "Horvat", "Kovač"), ("Lindqvist", "Berg", "Dahl")]


def linked(*texts: str, names: dict[str, str]):  # noqa: ANN201 - the link context
    docs = [
        (document(f"d{k}", text, f"2021-09-0{8 + k}"), analysis(text, "en", names))
        for k, text in enumerate(texts)
    ]
    ctx = context(docs, {name: name.lower() for name in names})
    resolve_dates(ctx)
    link_events(ctx)
    return ctx


def only(ctx, kind: str):  # noqa: ANN001, ANN201 - the one event of that type
    (event,) = [e for e in ctx.events if e.type == kind]
    return event


@pytest.mark.parametrize(("town", "_id", "country", "_cid"), TOWNS)
def test_a_place_only_another_report_names_is_not_the_events(
    town: str, _id: str, country: str, _cid: str
) -> None:
    ctx = linked(
        "On 7 September 2021 a helicopter crashed, killing two people.",
        f"The helicopter crashed near {town}, killing two people.",
        names={town: "LOC"},
    )
    crash = only(ctx, "crash")
    assert crash.evidence[0].doc == "d0" and {s.doc for s in crash.evidence} == {"d0", "d1"}
    assert crash.place is None and town not in (crash.label or "")


@pytest.mark.parametrize(("town", "town_id", "country", "_cid"), TOWNS)
def test_a_place_the_shown_document_names_is_kept(town: str, town_id: str, country: str, _cid: str) -> None:
    ctx = linked(
        f"On 7 September 2021 a helicopter crashed, killing two people. Rescuers came from {town}.",
        f"The helicopter crashed near {town}, killing two people.",
        names={town: "LOC"},
    )
    assert only(ctx, "crash").place == town_id


@pytest.mark.parametrize(("town", "town_id", "country", "_cid"), TOWNS)
def test_a_town_in_the_country_the_shown_document_names_is_kept(
    town: str, town_id: str, country: str, _cid: str
) -> None:
    ctx = linked(
        f"On 7 September 2021 a helicopter crashed, killing two people. Flags in {country} flew at half-mast.",
        f"The helicopter crashed near {town}, killing two people.",
        names={town: "LOC", country: "LOC"},
    )
    crash = only(ctx, "crash")
    assert crash.evidence[0].doc == "d0"
    assert crash.place == town_id  # the gazetteer puts the town in the country the shown text names


@pytest.mark.parametrize(("host", "guest", "other"), PEOPLE)
def test_a_party_only_other_reports_name_is_not_the_events(host: str, guest: str, other: str) -> None:
    names = {host: "PER", guest: "PER", other: "PER"}
    ctx = linked(
        f"On 7 September 2021 {host} and {guest} held talks.",
        f"{host} and {other} held talks on Tuesday.",
        f"{host} and {other} held talks, the office said.",
        names=names,
    )
    meeting = only(ctx, "meeting")
    assert meeting.evidence[0].doc == "d0" and len(meeting.evidence) == 3
    assert other.lower() not in meeting.participants
    assert {host.lower(), guest.lower()} <= set(meeting.participants)


@pytest.mark.parametrize(("host", "guest", "other"), PEOPLE)
def test_an_occasion_takes_no_party_from_other_reports_even_one_its_document_names(
    host: str, guest: str, other: str
) -> None:
    # an occasion is peopled by its shown mention only (link/events: a name other reports of talks
    # give is most often another round's); a physical happening keeps one its document names
    names = {host: "PER", guest: "PER", other: "PER"}
    ctx = linked(
        f"On 7 September 2021 {host} and {guest} held talks. {other} joined them later.",
        f"{host} and {other} held talks on Tuesday.",
        f"{host} and {other} held talks, the office said.",
        names=names,
    )
    assert other.lower() not in only(ctx, "meeting").participants


@pytest.mark.parametrize(("town", "country"), [("Dover", "France"), ("Lyon", "United Kingdom")])
def test_a_town_outside_the_country_the_shown_document_names_is_not_kept(town: str, country: str) -> None:
    ctx = linked(
        f"On 7 September 2021 a helicopter crashed, killing two people. Flags in {country} flew at half-mast.",
        f"The helicopter crashed near {town}, killing two people.",
        names={town: "LOC", country: "LOC"},
    )
    assert only(ctx, "crash").place is None


@pytest.mark.parametrize(("host", "guest", "other"), PEOPLE)
@pytest.mark.parametrize(("town", "country"), [("Dover", "France"), ("Lyon", "United Kingdom")])
def test_an_undated_meeting_of_other_parties_elsewhere_is_not_the_dated_one(
    host: str, guest: str, other: str, town: str, country: str
) -> None:
    names = {host: "PER", guest: "PER", other: "PER", town: "LOC", country: "LOC"}
    ctx = linked(
        f"On 7 September 2021 {host} and {guest} held talks in {town}.",
        f"Bus fares rose. Trains were late. Roads were closed. Rain fell. {other} held talks in {country}.",
        "Bus fares rose. Trains were late. Roads were closed. Rain fell. After the talks, both sides were pleased.",
        names=names,
    )
    meetings = sorted(([s.doc for s in e.evidence] for e in ctx.events if e.type == "meeting"), key=len)
    # the retelling that names nothing of its own still joins the one dated meeting of the story
    assert meetings == [["d1"], ["d0", "d2"]]
