"""Entities linked ahead of stories: an ingest with analysis workers links each batch's entities
while the workers analyse the next batch, and the link at the end groups the stories. The store
must end exactly as a link of everything at once leaves it, after a crash in between too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bench import faults

import storyline
import storyline.pipeline as pipeline
from storyline.api import Store
from storyline.store import entity_state, story_state
from storyline.workflow.update import _chained

DEMO = Path(storyline.__file__).parent / "demo"


def _stored_unlinked(db: Path, paths: list[Path]) -> Store:
    """Documents stored and analysed, all waiting for their link (an ingest killed before it)."""
    store = Store(db)
    report = pipeline.Ingestor(store, progress=False).run(paths)
    assert report.new and store.pending_ids()
    return store


def _analysed(store: Store) -> list[str]:
    return story_state.analysed_among(store.engine, store.pending_ids())


@pytest.fixture(scope="module")
def linked_at_once(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = tmp_path_factory.mktemp("once") / "s.db"
    Store(db).ingest([DEMO])
    return faults.snapshot(db)


def test_entities_linked_ahead_in_batches_then_stories_end_as_one_link(
    tmp_path: Path, linked_at_once: str
) -> None:
    store = _stored_unlinked(tmp_path / "s.db", [DEMO])
    pending = store.pending_ids()
    ids = _analysed(store)  # a duplicate waits too, but has no analysis of its own to link
    assert len(ids) >= 6
    assert pipeline.link_entities_ahead(store, ids[:3]) == 3
    assert pipeline.link_entities_ahead(store, ids[3:5]) == 2
    # ahead of their stories: linked entities, still waiting (a crash here loses nothing)
    assert store.pending_ids() == pending
    assert entity_state.ahead_among(store.engine, ids) == set(ids[:5])
    assert entity_state.assignments(store.engine, ids[:5]) and not entity_state.assignments(
        store.engine, ids[5:]
    )
    # linked ahead once only: asking again links nothing
    assert pipeline.link_entities_ahead(store, ids[:5]) == 0
    assert pipeline.link_pending(store) == len(pending)
    assert not store.pending_ids() and not entity_state.ahead_among(store.engine, ids)
    store.close()
    assert faults.snapshot(tmp_path / "s.db") == linked_at_once


def test_a_document_another_process_linked_is_not_linked_ahead_again(tmp_path: Path) -> None:
    store = _stored_unlinked(tmp_path / "s.db", [DEMO])
    ids = _analysed(store)
    pipeline.link_pending(store)
    assert pipeline.link_entities_ahead(store, ids) == 0
    assert not entity_state.ahead_among(store.engine, ids)


def test_a_full_relink_forgets_what_was_linked_ahead(tmp_path: Path, linked_at_once: str) -> None:
    store = _stored_unlinked(tmp_path / "s.db", [DEMO])
    ids = _analysed(store)
    assert pipeline.link_entities_ahead(store, ids[:4]) == 4
    pipeline.relink(store)
    assert not entity_state.ahead_among(store.engine, ids)
    assert entity_state.take_ahead(store.engine, ids) == {}


def test_merges_of_two_ahead_links_chain_to_the_last_survivor() -> None:
    # the first link merged a into b, the second b into c: a story index naming a or b names c
    assert _chained({"a": "b"}, {"b": "c"}) == {"a": "c", "b": "c"}
    assert _chained({"a": "b", "x": "y"}, {}) == {"a": "b", "x": "y"}
    assert _chained({}, {"p": "q"}) == {"p": "q"}


def test_waiting_merges_are_kept_until_the_story_link_takes_them(tmp_path: Path) -> None:
    store = _stored_unlinked(tmp_path / "s.db", [DEMO])
    ids = store.pending_ids()
    with store.atomic():
        entity_state.mark_ahead(store.engine, ids[:2], {"e-old": "e-mid"})
        entity_state.mark_ahead(store.engine, ids[2:3], {"e-mid": "e-new"})
    assert entity_state.ahead_among(store.engine, ids) == set(ids[:3])
    assert entity_state.take_ahead(store.engine, ids[:1]) == {"e-old": "e-mid", "e-mid": "e-new"}
    # the renames are taken whole by the first story link; the other documents still wait
    assert entity_state.ahead_among(store.engine, ids) == set(ids[1:3])
    assert entity_state.take_ahead(store.engine, ids[1:3]) == {}


def test_an_ingest_with_workers_links_entities_ahead_and_stores_what_one_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH", 2)  # batches of two documents: several links ahead
    monkeypatch.setattr(pipeline, "PER_WORKER", 1)
    ahead: list[int] = []
    real = pipeline.link_entities_ahead

    def counted(store: Store, doc_ids: list[str]) -> int:
        ahead.append(real(store, doc_ids))
        return ahead[-1]

    monkeypatch.setattr(pipeline, "link_entities_ahead", counted)
    report = Store(tmp_path / "s.db").ingest([DEMO], jobs=2)
    assert report.new and not report.failed
    # every batch but the last is linked ahead while the next is analysed
    assert len(ahead) >= 3 and sum(ahead) >= len(report.new) - 2
    # the same dossier; only the order documents were stored in may differ (a batch is read, and
    # its duplicates stored, while the batch before it is still being analysed)
    assert _dossier(tmp_path / "s.db") == _dossier(tmp_path / "once.db", ingest=True)


def _dossier(db: Path, ingest: bool = False) -> dict[str, Any]:
    store = Store(db)
    if ingest:
        store.ingest([DEMO])
    dossier = store.dossier()
    dossier.pop("generated_at", None)
    dossier["documents"] = sorted(dossier["documents"], key=lambda d: d["id"])
    assert not store.pending_ids()
    store.close()
    return dossier
