"""Story grouping end to end on articles the tests write: two air crashes in the same weeks in
three languages, and a theatre season. The real analysers and linkers run on them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storyline.api import Store
from storyline.link import entities
from storyline.link.context import LinkContext
from storyline.link.stories import describe_stories, group_stories
from storyline.workflow.stories import load_index, rebuild_stories, update_stories

# one crash near Yerevan on 3 March, one near Murmansk on 10 March: same vocabulary, other place and day
YEREVAN = {
    "yerevan_en.txt": (
        "date 2025-03-03\nA passenger plane of Armavia crashed near Yerevan on March 3, 2025, killing 12 people. "
        "The Armavia jet went down shortly after take-off from Zvartnots airport, the emergency ministry said. "
        "Prime minister Nikol Pashinyan ordered an investigation into the Yerevan crash. 12 dead, 31 injured."
    ),
    "yerevan_ru.txt": (
        "date 2025-03-03\nПассажирский самолет авиакомпании Armavia разбился под Ереваном 3 марта 2025 года, "
        "погибли 12 человек. Самолет Armavia рухнул вскоре после взлета из аэропорта Звартноц. "
        "Премьер-министр Никол Пашинян поручил расследовать катастрофу под Ереваном. 31 человек пострадал."
    ),
    "yerevan_bg.txt": (
        "date 2025-03-04\nПътнически самолет на Armavia се разби край Ереван на 3 март 2025 г., загинаха 12 души. "
        "Самолетът на Armavia падна малко след излитане от летище Звартноц. Премиерът Никол Пашинян нареди "
        "разследване на катастрофата край Ереван. Ранени са 31 души."
    ),
}
MURMANSK = {
    "murmansk_en.txt": (
        "date 2025-03-10\nA cargo plane of Nordavia crashed near Murmansk on March 10, 2025, killing 5 crew members. "
        "The Nordavia aircraft went down in a snowstorm near the Murmansk airport, the transport prosecutor said. "
        "Governor Andrei Chibis said 5 dead and 2 injured had been found."
    ),
    "murmansk_ru.txt": (
        "date 2025-03-10\nГрузовой самолет авиакомпании Nordavia разбился под Мурманском 10 марта 2025 года, "
        "погибли 5 членов экипажа. Самолет Nordavia рухнул в метель у аэропорта Мурманска, сообщила "
        "транспортная прокуратура. Губернатор Андрей Чибис сообщил, что 5 погибших и 2 пострадавших."
    ),
}
THEATRE = {
    "theatre_ru.txt": (
        "date 2025-03-07\nВ Одессе открылся новый театральный сезон. Режиссер Анна Лысенко рассказала, что "
        "в программе восемь премьер и гастроли в Кишиневе."
    ),
}
ARTICLES = {**YEREVAN, **MURMANSK, **THEATRE}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crashes")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture(scope="module")
def store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("db") / "s.db")
    report = store.ingest(sorted(corpus.glob("*.txt")))
    assert not report.failed
    return store


def _by_name(store: Store) -> dict[str, str]:
    return {Path(d.source).name: d.id for d in store.documents()}


def _context(store: Store, order: list[str] | None = None) -> LinkContext:
    """A linking run over the documents in ``order`` (all, in ingestion order, by default)."""
    docs = {d.id: d for d in store.documents()}
    ids = order or list(docs)
    analyses = store.analyses()
    ctx = LinkContext(
        documents={i: docs[i] for i in ids}, analyses={i: analyses[i] for i in ids if i in analyses}
    )
    entities.link_entities(ctx)
    return ctx


def _partition(doc_story: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc, story in doc_story.items():
        groups.setdefault(story, set()).add(doc)
    return {frozenset(g) for g in groups.values()}


def test_two_crashes_in_the_same_weeks_are_two_stories(store: Store) -> None:
    dossier = store.dossier()
    by_name = _by_name(store)
    story_of = {d["id"]: d["story"] for d in dossier["documents"]}
    yerevan = {story_of[by_name[n]] for n in YEREVAN}
    murmansk = {story_of[by_name[n]] for n in MURMANSK}
    assert len(yerevan) == 1, "the three reports of the Yerevan crash (en, ru, bg) are one story"
    assert len(murmansk) == 1
    assert yerevan != murmansk, "another crash at another place and day is another story"
    assert story_of[by_name["theatre_ru.txt"]] not in yerevan | murmansk


def test_titles_dates_topics_and_why(store: Store) -> None:
    dossier = store.dossier()
    by_name = _by_name(store)
    story = next(s for s in dossier["stories"] if by_name["yerevan_ru.txt"] in s["documents"])
    assert "crash" in story["title"].lower() and "Yerevan" in story["title"], story["title"]
    assert story["title"].isascii() and len(story["title"]) <= 80
    assert story["start"] == "2025-03-03" and story["end"] == "2025-03-04"
    assert all(s.get("topic") for s in dossier["stories"])
    kinds = {w["kind"] for w in story["why"]}
    assert "entity" in kinds and "document" in kinds
    joined = [w for w in story["why"] if w["kind"] == "document" and w["via"]]
    assert joined and all(w["via"] in story["documents"] and w["shared"] for w in joined)


def test_result_does_not_depend_on_the_order_of_ingestion(store: Store) -> None:
    ids = [d.id for d in store.documents()]
    first = _context(store)
    group_stories(first)
    for seed in (1, 2, 3):
        order = ids[:]
        random.Random(seed).shuffle(order)
        ctx = _context(store, order)
        group_stories(ctx)
        assert _partition(ctx.doc_story) == _partition(first.doc_story)


def test_incremental_update_matches_the_batch_grouping(store: Store, tmp_path: Path) -> None:
    """Documents arrive in two batches; the index kept in a second store places the late ones
    into the stories of the early ones, and reloads to the same state."""
    batch = _context(store)
    group_stories(batch)
    ids = list(batch.documents)
    early, late = ids[:3], ids[3:]
    state = Store(tmp_path / "state.db")
    first = _context(store, early)  # what linking saw when only the early ones were stored
    touched_early = update_stories(state, first, early)
    assert set(first.doc_story) == set(early)
    assert touched_early == set(first.doc_story.values())
    ctx = _context(store)
    touched_late = update_stories(state, ctx, late)
    assert _partition(ctx.doc_story) == _partition(batch.doc_story)
    assert touched_late >= {ctx.doc_story[d] for d in late}
    reloaded = load_index(state)
    assert _partition(reloaded.story_of) == _partition(batch.doc_story)
    assert len(reloaded) == len(ids)
    # adding nothing new touches nothing and changes nothing
    assert update_stories(state, ctx, late) == set()


def test_describe_names_a_story_without_events_by_its_entities(store: Store) -> None:
    ctx = _context(store)
    group_stories(ctx)
    ctx.events = []
    describe_stories(ctx)
    assert all(s.title and s.title != "Untitled story" for s in ctx.stories if s.entities)


def test_a_full_rebuild_replaces_the_stored_index(store: Store, tmp_path: Path) -> None:
    state = Store(tmp_path / "state.db")
    early = [d.id for d in store.documents()][:2]
    update_stories(state, _context(store, early), early)
    ctx = _context(store)
    index = rebuild_stories(state, ctx)
    reloaded = load_index(state)
    assert reloaded.story_of == index.story_of and reloaded.topic_of == index.topic_of
    assert update_stories(state, _context(store), []) == set()
