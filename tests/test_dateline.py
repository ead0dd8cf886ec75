"""The publication date a page prints: the inline header, a label, a date-only line at the top
or bottom — never a date of the body. Invented pages."""

from __future__ import annotations

from datetime import date, timedelta

from storyline.analyse.timex import find_timexes
from storyline.model import Analysis, DateValue


def dateline(text: str, lang: str) -> tuple[DateValue | None, Analysis]:
    analysis = Analysis(lang=lang)
    analysis.timexes = find_timexes(text, analysis, None)
    return analysis.dateline, analysis


def test_the_inline_header_gives_day_or_month_precision() -> None:
    value, _ = dateline("date 2021-04-12 Storm floods the coastal road.", "en")
    assert (value.value, value.precision, value.basis) == ("2021-04-12", "day", "header")
    value, _ = dateline("date 2021-04 Storm floods the coastal road.", "en")
    assert (value.value, value.precision, value.basis) == ("2021-04", "month", "header")


def test_impossible_and_future_headers_are_no_dates() -> None:
    assert dateline("date 2021-13 Storm floods the road.", "en")[0] is None
    future = (date.today() + timedelta(days=40)).isoformat()
    assert dateline(f"date {future} Storm floods the road.", "en")[0] is None
    assert dateline("date 0001-01-01 Storm floods the road.", "en")[0] is None


def test_a_labelled_date_in_any_language() -> None:
    value, _ = dateline(
        "Požár skladu v Brně\nDatum publikování: 7. 6. 2021\nHasiči zasahovali celou noc.", "cs"
    )
    assert (value.value, value.basis) == ("2021-06-07", "text")
    value, _ = dateline("Incendie à Lyon\nPublié le 3 mai 2021 à 10h15\nLes pompiers sont intervenus.", "fr")
    assert value.value == "2021-05-03"
    # a label of another language is still a label
    value, _ = dateline("Fire at the port\nVeröffentlicht: 12.04.2021\nFirefighters worked all night.", "en")
    assert value.value == "2021-04-12"


def test_a_date_alone_on_a_line_near_the_top() -> None:
    text = "Fire at the port of Varna\n\nport.jpeg\n23/04/2021 - 10:15\n\nFirefighters worked all night."
    value, _ = dateline(text, "en")
    assert value.value == "2021-04-23"
    value, _ = dateline("Storm hits coast\nTuesday, 6 April 2021\nA storm reached the coast at dawn.", "en")
    assert value.value == "2021-04-06"


def test_dates_of_the_body_are_not_datelines() -> None:
    assert dateline("The council met on 3 May 2021 to discuss the bridge.", "en")[0] is None
    body = "\n".join(f"Paragraph {n} of the report on the bridge." for n in range(12))
    assert dateline(body + "\n3 May 2021\n" + body, "en")[0] is None  # mid-text, not at the top
    post = "Rain all day.\n\nThe river rose fast. pic.twitter.com/abc\n\n— Weather Desk (@weatherdesk) May 3, 2021"
    assert dateline(post, "en")[0] is None  # a post's signature dates the post


def test_the_dateline_is_no_event_time_and_anchors_relative_dates() -> None:
    value, analysis = dateline(
        "Fire at the port\n23/04/2021\nYesterday a fire broke out in a warehouse.", "en"
    )
    assert value.value == "2021-04-23"
    assert [(t.text, t.value.value) for t in analysis.timexes] == [("Yesterday", "2021-04-22")]
