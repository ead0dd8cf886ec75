"""Titles: every document has one that is not a file name; stories name the happening and its
place, and no two stories of a store share a title."""

from __future__ import annotations

from storyline.ingest.title import cut, fallback_title
from storyline.link.stories import _title
from storyline.model import DateValue, Entity, EntityMention, Event, Span, Story
from storyline.titles import unique_titles


def test_a_document_without_a_title_gets_its_first_sentence_without_the_dateline() -> None:
    text = "PLEVEN, 4 May /NOVAPRESS/ – Heavy rain flooded the old town of Pleven overnight. Roads closed."
    assert fallback_title(text) == "Heavy rain flooded the old town of Pleven overnight."


def test_an_inline_date_header_a_record_kept_is_no_part_of_its_title() -> None:
    # web indexes start a page's text with "date YYYY-MM[-DD]"; a JSON record keeps it
    text = " date 2021-09 Ein Frachter lief bei Hamburg auf Grund. Die Besatzung blieb unverletzt."
    assert fallback_title(text) == "Ein Frachter lief bei Hamburg auf Grund."
    dated = "date 2021-09-14\nGDYNIA, 14 September /NORDPRESS/ – Two tugs pulled the ship free. More."
    assert fallback_title(dated) == "Two tugs pulled the ship free."


def test_boilerplate_and_bare_dates_are_skipped() -> None:
    text = "Share\n04.05.2021\nThe mayor of Lovech opened a new bridge on Monday. It cost a lot."
    assert fallback_title(text) == "The mayor of Lovech opened a new bridge on Monday."


def test_a_long_sentence_is_cut_at_a_word() -> None:
    sentence = "The regional council of Gabrovo approved " + "a very long list of repairs " * 8 + "today."
    title = cut(sentence)
    assert title.endswith("…") and len(title) <= 110
    assert title[:-1] == sentence[: len(title) - 1].rstrip() and sentence[len(title) - 1] == " "
    assert fallback_title("") is None and fallback_title("\n\n  \n") is None


def test_colliding_story_titles_get_their_date_and_unique_ones_stay() -> None:
    titles = unique_titles(
        [
            ("s1", "Fire near Izmir", "2024-07-02"),
            ("s2", "Fire near Izmir", "2023-08-10"),
            ("s3", "Flood", None),
        ]
    )
    assert titles == {
        "s1": "Fire near Izmir (2024-07-02)",
        "s2": "Fire near Izmir (2023-08-10)",
        "s3": "Flood",
    }
    same_day = unique_titles([("a", "Storm", "2022-01-01"), ("b", "Storm", "2022-01-01")])
    assert len(set(same_day.values())) == 2


def _story_with(entities: dict[str, Entity]) -> Story:
    return Story("s1", "", ["d1", "d2"], entities=list(entities))


def test_a_bare_event_title_takes_the_storys_place() -> None:
    place = Entity("e-loc", "LOC", "Kherson", {}, [EntityMention("d1", 0, 7, "Kherson")])
    event = Event("v1", "disruption", DateValue(None, None), [Span("d1", 0, 7, "Kherson")])
    assert _title(_story_with({"e-loc": place}), event, {"e-loc": place}) == "Disruption in Kherson"


def test_an_event_few_reports_mention_does_not_title_a_large_story() -> None:
    from storyline.link.stories import _reported_widely

    story = Story("s1", "", [f"d{i}" for i in range(12)])
    crash = Event(
        "v1", "crash", DateValue(None, None), [Span("d1", 0, 5, "crash"), Span("d2", 0, 5, "crash")]
    )
    assert not _reported_widely(story, crash)
    crash.evidence += [Span(f"d{i}", 0, 5, "crash") for i in range(3, 6)]
    assert _reported_widely(story, crash)


def test_a_country_gives_way_to_the_town_the_story_names_in_it() -> None:
    country = Entity("e-c", "LOC", "Bulgaria", {}, [EntityMention("d1", 0, 8, "Bulgaria")])
    town = Entity("e-t", "LOC", "Plovdiv", {}, [EntityMention("d1", 10, 17, "Plovdiv")])
    abroad = Entity("e-a", "LOC", "Lyon", {}, [EntityMention("d2", 0, 4, "Lyon")])
    entities = {"e-a": abroad, "e-c": country, "e-t": town}
    event = Event("v1", "attack", DateValue(None, None), [Span("d1", 0, 8, "Bulgaria")], place="e-c")
    assert _title(_story_with(entities), event, entities) == "Attack near Plovdiv"


def test_a_story_title_says_in_or_near_as_its_events_title_does() -> None:
    # round 20: "crash near <region>" where the text put the crash in it; the event's own title
    # tells from its mentions, and the story's follows it
    town = Entity("e-t", "LOC", "Tarnów", {}, [EntityMention("d1", 0, 6, "Tarnów")])
    entities = {"e-t": town}
    span = [Span("d1", 0, 6, "Tarnów")]
    inside = Event("v1", "crash", DateValue(None, None), span, place="e-t", label="crash in Tarnów")
    assert _title(_story_with(entities), inside, entities) == "Crash in Tarnów"
    near = Event("v1", "crash", DateValue(None, None), span, place="e-t", label="crash near Tarnów")
    assert _title(_story_with(entities), near, entities) == "Crash near Tarnów"


def _event(eid: str, kind: str, docs: list[str], confidence: float = 0.7, place: str | None = None) -> Event:
    return Event(eid, kind, DateValue(None, None), [Span(d, 0, 5, kind) for d in docs], place=place,
                 confidence=confidence)  # fmt: skip


def test_a_happening_titles_its_story_before_a_response_to_it() -> None:
    from storyline.titles import main_event

    # one report: a crash told without a place and a memorial with one — the story is the crash
    crash = _event("v1", "crash", ["d1"], 0.65)
    memorial = _event("v2", "commemoration", ["d1"], 0.4, place="e-town")
    assert main_event([memorial, crash], {"statement"}, lambda ev: True) is crash
    # a response titles the story only where no happening of another kind is reported widely
    assert main_event([memorial, crash], {"statement"}, lambda ev: ev is not crash) is memorial
    assert main_event([_event("v3", "statement", ["d1"])], {"statement"}, lambda ev: True) is None
    # among happenings: more documents first, then one the timeline lists over one it does not
    fire, quake = _event("v4", "fire", ["d1", "d2"], 0.5), _event("v5", "earthquake", ["d3"], 0.9)
    assert main_event([quake, fire], set(), lambda ev: True) is fire
    listed, unlisted = _event("v6", "flood", ["d1"], 0.8), _event("v7", "storm", ["d1"], 0.3, place="e-x")
    assert main_event([unlisted, listed], set(), lambda ev: True) is listed


def test_counts_and_story_days_read_as_words() -> None:
    from storyline.export.report_format import counted, day_span

    assert (counted(1, "document"), counted(2, "document"), counted(0, "document")) == (
        "1 document", "2 documents", "0 documents"
    )  # fmt: skip
    assert counted(3, "entity", "entities") == "3 entities"
    assert day_span(None, None) == "undated"
    assert day_span("2024-07-02", "2024-07-02") == day_span("2024-07-02", None) == "2024-07-02"
    assert day_span("2024-07-02", "2024-07-05") == "2024-07-02 – 2024-07-05"
