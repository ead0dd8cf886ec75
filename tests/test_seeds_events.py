"""End to end on the seed articles: dates, events merged across articles, and the timeline.

Only assertions here — the rules that make them hold are general (see test_link_dates.py and
test_link_events.py for the same rules on texts with other people, places and dates)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from storyline.api import Store
from storyline.link import dates, entities, events, stories
from storyline.link.context import LinkContext


@pytest.fixture(scope="module")
def store(seeds: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("seeds-events") / "seeds.db")
    report = s.ingest(seeds)
    assert not report.failed, report.failed
    return s


@pytest.fixture(scope="module")
def dossier(store: Store) -> dict:
    return store.dossier()


@pytest.fixture(scope="module")
def ctx(store: Store) -> LinkContext:
    """The link steps up to events, run on the whole store."""
    c = LinkContext(documents={d.id: d for d in store.documents()}, analyses=store.analyses())
    entities.link_entities(c)
    stories.group_stories(c)
    dates.resolve_dates(c)
    events.link_events(c)
    return c


def _seed(dossier: dict, n: int) -> str:
    return next(d["id"] for d in dossier["documents"] if Path(d["source"]).name.startswith(f"{n:03d}_"))


def _entity(dossier: dict, name: str) -> str:
    return next(e["id"] for e in dossier["entities"] if e["name"].endswith(name))


def test_the_crash_is_one_event_reported_by_four_articles(dossier: dict) -> None:
    story = next(d["story"] for d in dossier["documents"] if d["id"] == _seed(dossier, 0))
    crashes = [v for v in dossier["events"] if v["type"] == "crash" and v["story"] == story]
    assert len(crashes) == 1, [(v["date"], len(v["evidence"])) for v in crashes]
    crash = crashes[0]
    assert (crash["date"]["value"], crash["date"]["precision"]) == ("2024-12-25", "day")
    assert {s["doc"] for s in crash["evidence"]} >= {_seed(dossier, n) for n in range(4)}


def test_the_meeting_in_dushanbe_is_one_event_from_two_articles(dossier: dict) -> None:
    putin, aliyev = _entity(dossier, "Putin"), _entity(dossier, "Aliyev")
    meetings = [
        v
        for v in dossier["events"]
        if v["type"] == "meeting" and (v["date"]["value"] or "").startswith("2025-10")
    ]
    assert len(meetings) == 1, [(v["date"], v["label"]) for v in meetings]
    meeting = meetings[0]
    assert {_seed(dossier, 1), _seed(dossier, 3)} <= {s["doc"] for s in meeting["evidence"]}
    assert {putin, aliyev} <= set(meeting["participants"])
    assert any("Душанбе" in s["text"] for s in meeting["evidence"])


def test_undated_articles_are_dated_from_their_story(dossier: dict) -> None:
    docs = {d["id"]: d for d in dossier["documents"]}
    p2 = docs[_seed(dossier, 2)]["published"]
    assert p2["basis"] == "inferred" and 0 < p2["confidence"] < 1
    assert "2024-12-20" <= p2["earliest"] <= p2["latest"] <= "2025-01-10"
    p1 = docs[_seed(dossier, 1)]["published"]
    assert p1["basis"] == "inferred" and 0 < p1["confidence"] < 1
    assert "2025-10-01" <= p1["earliest"] <= p1["latest"] <= "2025-11-15"  # near the Dushanbe meeting
    for n, day in ((0, "2025-12-25"), (3, "2025-10-24")):
        assert (
            docs[_seed(dossier, n)]["published"]["value"],
            docs[_seed(dossier, n)]["published"]["basis"],
        ) == (
            day,
            "header",
        )


def test_saturday_and_sunday_in_seed_002_are_the_last_days_of_december_2024(
    ctx: LinkContext, dossier: dict
) -> None:
    doc = _seed(dossier, 2)
    analysis = ctx.analyses[doc]
    values = {
        t.text.lower(): ctx.timex_values[(doc, k)]
        for k, t in enumerate(analysis.timexes)
        if t.text.lower() in ("on saturday", "on sunday")
    }
    assert set(values) == {"on saturday", "on sunday"}
    for v in values.values():
        assert v.precision == "day" and "2024-12-25" < v.value <= "2024-12-31", v


def test_the_tweet_keeps_its_own_date(ctx: LinkContext, dossier: dict) -> None:
    doc = _seed(dossier, 1)
    earlier = [
        ctx.timex_values[(doc, k)]
        for k, t in enumerate(ctx.analyses[doc].timexes)
        if t.text == "earlier today"
    ]
    assert [v.value for v in earlier] == ["2024-12-25"]


def test_retellings_do_not_lend_their_dates(dossier: dict) -> None:
    """The 2025 articles retell the crash; no crash (nor shootdown) takes a 2025 date."""
    for v in dossier["events"]:
        if v["type"] in ("crash", "shootdown", "emergency_landing") and v["date"]["value"]:
            assert v["date"]["value"].startswith("2024-12"), v


def test_phone_calls_months_apart_stay_apart(dossier: dict) -> None:
    calls = sorted(v["date"]["value"] or "" for v in dossier["events"] if v["type"] == "phone_call")
    assert len({c[:7] for c in calls if c}) >= 2, calls


def test_a_story_linked_alone_gives_the_same_dates_and_events(ctx: LinkContext) -> None:
    """What incremental linking relies on: a story relinked with only its own documents (entity
    ids and stories as the whole-store run left them) comes out the same."""
    for story in sorted(set(ctx.doc_story.values())):
        docs = [d for d in ctx.documents if ctx.doc_story.get(d) == story]
        alone = LinkContext(
            documents={d: replace(ctx.documents[d]) for d in docs},
            analyses={d: ctx.analyses[d] for d in docs if d in ctx.analyses},
            entities=ctx.entities,
            mention_entity={k: v for k, v in ctx.mention_entity.items() if k[0] in docs},
            doc_story={d: story for d in docs},
        )
        dates.resolve_dates(alone)
        events.link_events(alone)
        assert {d: alone.published[d] for d in docs} == {d: ctx.published[d] for d in docs}
        assert alone.timex_values == {k: v for k, v in ctx.timex_values.items() if k[0] in docs}
        mine = [e for e in ctx.events if e.story == story]
        assert [(e.id, e.type, e.date, e.evidence, e.place, e.participants) for e in alone.events] == [
            (e.id, e.type, e.date, e.evidence, e.place, e.participants) for e in mine
        ]


def test_timeline_command_lists_events_in_date_order_with_precision_and_sources(
    store: Store, dossier: dict
) -> None:
    from rich.console import Console

    from storyline.present import View

    console = Console(record=True, width=200)
    story = next(d["story"] for d in dossier["documents"] if d["id"] == _seed(dossier, 0))
    View(dossier, console).timeline(story)
    out = console.export_text()
    assert "2024-12-25" in out and "2025-10-09" in out
    assert out.index("2024-12-25") < out.index("2025-10-09")
    assert "day" in out and "month" in out


def test_the_shootdown_and_the_emergency_landing_are_facets_of_the_crash(dossier: dict) -> None:
    story = next(d["story"] for d in dossier["documents"] if d["id"] == _seed(dossier, 0))
    mine = [v for v in dossier["events"] if v["story"] == story]
    assert not [v["label"] for v in mine if v["type"] in ("shootdown", "emergency_landing")]
    (crash,) = [v for v in mine if v["type"] == "crash"]
    assert {"shootdown", "emergency_landing"} <= set(crash["facets"])
