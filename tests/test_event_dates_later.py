"""An event is dated by when it happened, not by when it was reported: a later investigation does
not take the crash's day, undated retellings join the event they retell."""

from __future__ import annotations

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document


def test_an_investigation_takes_no_date_from_the_sentence_before() -> None:
    text = "On 3 May 2021 a cargo plane crashed near Gdansk. Investigators found that an engine had failed."
    a = analysis(text, "en")
    crash = next(m for m in a.events if m.type == "crash")
    probe = next(m for m in a.events if m.type == "investigation")
    assert crash.time is not None and probe.time is None
    same = "Prosecutors opened an inquiry on 4 May 2021."
    (probe,) = [m for m in analysis(same, "en").events if m.type == "investigation"]
    assert probe.time is not None  # its own sentence still dates it


def test_a_retold_investigation_lies_between_the_happening_and_the_report() -> None:
    crash = "A cargo plane crashed near Gdansk on 3 May 2021. Both pilots died."
    later = (
        "Airline shares rose on Monday. The company hired new pilots. Its new planes arrived. "
        "Ticket prices fell. Earlier investigations found that the plane crashed after an engine failed."
    )
    ctx = context(
        [
            (document("a", crash, "2021-05-03"), analysis(crash, "en", {"Gdansk": "LOC"})),
            (document("b", later, "2021-11-10"), analysis(later, "en")),
        ],
        {"Gdansk": "gdansk"},
    )
    resolve_dates(ctx)
    link_events(ctx)
    (probe,) = [e for e in ctx.events if e.type == "investigation"]
    assert probe.date.value is None and probe.date.basis == "inferred"
    assert (probe.date.earliest, probe.date.latest) == ("2021-05-03", "2021-11-10")
    (crash_event,) = [e for e in ctx.events if e.type == "crash"]
    assert crash_event.date.value == "2021-05-03"


def test_an_undated_retelling_joins_the_one_dated_event_of_its_type() -> None:
    first = "Novak and Horvat met in Split on 12 March 2022 to discuss the port."
    later = (
        "Port traffic grew in April. New cranes arrived. Workers were hired. Exports rose. "
        "After the talks in Split, both sides said the port would expand."
    )
    ctx = context(
        [
            (
                document("a", first, "2022-03-12"),
                analysis(first, "en", {"Novak": "PER", "Horvat": "PER", "Split": "LOC"}),
            ),
            (document("b", later, "2022-05-02"), analysis(later, "en", {"Split": "LOC"})),
        ],
        {"Novak": "novak", "Horvat": "horvat", "Split": "split"},
    )
    resolve_dates(ctx)
    link_events(ctx)
    meetings = [e for e in ctx.events if e.type == "meeting"]
    assert len(meetings) == 1 and {s.doc for s in meetings[0].evidence} == {"a", "b"}
    assert meetings[0].date.value == "2022-03-12"


def test_two_versions_of_one_undated_sentence_are_one_event() -> None:
    text = "The bus operator said in a statement that it was helping the police."
    ctx = context(
        [
            (
                document("a", text + " Roads stayed closed.", "2022-05-02"),
                analysis(text + " Roads stayed closed.", "en"),
            ),
            (
                document("b", text + " Roads opened again.", "2022-05-03"),
                analysis(text + " Roads opened again.", "en"),
            ),
        ]
    )
    resolve_dates(ctx)
    link_events(ctx)
    statements = [e for e in ctx.events if e.type == "statement"]
    assert len(statements) == 1 and {s.doc for s in statements[0].evidence} == {"a", "b"}


def test_the_investigation_of_a_story_is_one_event() -> None:
    a = "A cargo plane crashed near Gdansk on 3 May 2021. Prosecutors opened an investigation."
    b = "The investigation into the crash continues, officials said."
    ctx = context(
        [
            (document("a", a, "2021-05-03"), analysis(a, "en", {"Gdansk": "LOC"})),
            (document("b", b, "2021-05-20"), analysis(b, "en")),
        ],
        {"Gdansk": "gdansk"},
    )
    resolve_dates(ctx)
    link_events(ctx)
    probes = [e for e in ctx.events if e.type == "investigation"]
    assert len(probes) == 1 and {s.doc for s in probes[0].evidence} == {"a", "b"}


def test_a_later_article_does_not_date_what_an_earlier_one_already_told() -> None:
    """The later article's news (an investigation opened) was told, undated, by an article two days
    before it: the happening had begun by then, so the later article's day is no date for it."""
    early = (
        "A footbridge collapsed in Varnik on 8 June 2023. Two cyclists were hurt. The river was high. "
        "Traffic was diverted. Prosecutors are investigating the collapse of the footbridge."
    )
    later = "Prosecutors opened an investigation into the collapse of the footbridge in Varnik."
    ctx = context(
        [
            (document("early", early, "2023-06-10"), analysis(early, "en", {"Varnik": "LOC"})),
            (document("later", later, "2023-06-12"), analysis(later, "en", {"Varnik": "LOC"})),
        ],
        {"Varnik": "varnik"},
    )
    resolve_dates(ctx)
    link_events(ctx)
    (probe,) = [e for e in ctx.events if e.type == "investigation"]
    assert {s.doc for s in probe.evidence} == {"early", "later"}
    assert probe.date.value is None and probe.date.latest == "2023-06-10"
    # the later article alone still dates its news by its day
    ctx = context([(document("later", later, "2023-06-12"), analysis(later, "en", {"Varnik": "LOC"}))])
    resolve_dates(ctx)
    link_events(ctx)
    (probe,) = [e for e in ctx.events if e.type == "investigation"]
    assert probe.date.value == "2023-06-12"
