"""Stories of one topic that tell facets of one happening merge (``StoryIndex._join_facets``):
a dam's breach and the flood it let loose, a plane's shoot-down and its crash. Invented happenings
only: a dam in a Laotian province, an airliner over a Bolivian town."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import storyline.link.story_index as story_index
from storyline.link.event_families import facets
from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import StoryIndex
from storyline.store import Store
from storyline.workflow.stories import load_index, open_index, save_new_index

DAY = date(2024, 7, 20).toordinal()


def _doc(name: str, features: dict[str, float], day: int | None = None,
         main: MainEvent | None = None) -> DocSignals:  # fmt: skip
    days = [(day, day)] if day is not None else []
    return DocSignals(name, "en", features, days, main, day)


def _two_tellings(
    first: tuple[str, str | None, int | None],
    second: tuple[str, str | None, int | None],
    second_place: str = "e:attapeu",
    shared: dict[str, float] | None = None,
) -> StoryIndex:
    """Three reports of one kind, then three of another: (kind, place named most, day) each.
    The two groups share the country and (unless ``second_place`` says otherwise) the province,
    too little for a report of one to link to a report of the other, enough for one topic;
    ``shared``: more that both groups name."""
    index = StoryIndex()
    a = {"e:laos": 1.0, "e:attapeu": 1.0, "v:" + first[0]: 0.4, "w:breach": 0.25, "w:wall": 0.25,
         "w:engineers": 0.25, "e:firm": 1.0, "e:minister": 1.0, **(shared or {})}  # fmt: skip
    b = {"e:laos": 1.0, second_place: 1.0, "v:" + second[0]: 0.4, "w:villages": 0.25,
         "w:evacuated": 0.25, "w:rescue": 0.25, "e:redcross": 1.0, "e:governor": 1.0, **(shared or {})}  # fmt: skip
    for n in range(3):
        index.add(
            _doc(f"a{n}", {**a, f"w:a{n}": 0.25}, first[2], MainEvent(first[0], named=first[1], day=first[2]))
        )
    for n in range(3):
        index.add(
            _doc(
                f"b{n}",
                {**b, f"w:b{n}": 0.25},
                second[2],
                MainEvent(second[0], named=second[1], day=second[2]),
            )
        )
    return index


def _one_story(index: StoryIndex) -> bool:
    return len({index.story_of[d] for d in index.story_of}) == 1


def test_facets_are_kinds_of_one_family() -> None:
    assert facets("dam_breach", "flood") and facets("flood", "dam_breach")
    assert facets("shootdown", "crash") and facets("crash", "crash")
    assert not facets("explosion", "flood")
    assert not facets("election", "election")  # a kind of no family has no facets


def test_a_dams_breach_and_its_flood_are_one_story(monkeypatch: pytest.MonkeyPatch) -> None:
    tellings = ("dam_breach", "attapeu", None), ("flood", "attapeu", None)
    monkeypatch.setattr(story_index, "FACET_MERGE", 9.0)  # without the rule: two stories, one topic
    apart = _two_tellings(*tellings)
    assert apart.story_of["a0"] != apart.story_of["b0"]
    assert apart.topic_of[apart.story_of["a0"]] == apart.topic_of[apart.story_of["b0"]]
    monkeypatch.undo()
    assert _one_story(_two_tellings(*tellings))


def test_a_shootdown_and_a_crash_at_one_place_are_one_story() -> None:
    assert _one_story(_two_tellings(("shootdown", "attapeu", None), ("crash", "attapeu", None)))


def test_a_place_in_common_is_needed() -> None:
    # neither side places its happening: nothing says the two are one (two floods of one topic)
    index = _two_tellings(("dam_breach", None, None), ("flood", None, None))
    a, b = index.story_of["a0"], index.story_of["b0"]
    assert a != b and index.topic_of[a] == index.topic_of[b]


def test_facets_at_two_places_stay_apart() -> None:
    # one topic (the river, the dam's operator), two provinces, neither named by the other side
    index = _two_tellings(
        ("dam_breach", "attapeu", None),
        ("flood", "pakse", None),
        second_place="e:pakse",
        shared={"e:mekong": 1.0, "e:operator": 1.0},
    )
    a, b = index.story_of["a0"], index.story_of["b0"]
    assert a != b and index.topic_of[a] == index.topic_of[b]


def test_facets_months_apart_stay_apart() -> None:
    index = _two_tellings(("dam_breach", "attapeu", DAY), ("flood", "attapeu", DAY + 150))
    assert not _one_story(index)


def test_kinds_of_no_family_stay_apart() -> None:
    assert not _one_story(_two_tellings(("election", "attapeu", None), ("protest", "attapeu", None)))
    # a flood and an explosion are not facets of one family either
    assert not _one_story(_two_tellings(("explosion", "attapeu", None), ("flood", "attapeu", None)))


def test_a_batch_meets_a_stored_facet_as_the_whole_index_does(tmp_path: Path) -> None:
    """The breach's reports stored, the flood's added in a later batch: the partial index reads
    the topic's story summaries and merges as the whole index does."""
    tellings = ("dam_breach", "attapeu", None), ("flood", "attapeu", None)
    docs = [_two_tellings(*tellings).signals[d] for d in ("a0", "a1", "a2", "b0", "b1", "b2")]
    whole, part = Store(tmp_path / "whole.db"), Store(tmp_path / "part.db")
    for store in (whole, part):
        first = StoryIndex()
        for sig in docs[:3]:
            first.add(sig)
        save_new_index(store, first)
    full, partial = load_index(whole), open_index(part)
    for sig in docs[3:]:
        assert full.add(sig) == partial.add(sig)
    assert {partial.story_of[d.doc] for d in docs} == {full.story_of[d.doc] for d in docs}
    assert len({full.story_of[d.doc] for d in docs}) == 1
