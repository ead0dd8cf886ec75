"""The store: schema versioning, one transaction per document, corrections, linked results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storyline.model import Analysis, DateValue, Document, Dossier, Mention, Span, Story
from storyline.model import Event as EventItem
from storyline.store import Store, StoreError, schema


def _doc(i: int) -> Document:
    return Document(f"d-{i:016x}", f"src{i}.txt", f"text {i}", "a" * 64, "b" * 64,
                    published=DateValue(f"2025-01-0{i % 9 + 1}", "day", "header", 1.0))  # fmt: skip


def test_documents_and_analyses_round_trip(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    analysis = Analysis(
        "ru", "full", mentions=[Mention(0, 4, "text", "PER", "Text", "ru")], sentences=[(0, 6)]
    )
    store.add_document(_doc(1), b"raw", analysis, b"fp")
    again = Store(tmp_path / "s.db")
    assert again.schema_version == schema.SCHEMA_VERSION
    [doc] = again.documents()
    assert doc.published.value == "2025-01-02" and doc.published.basis == "header"
    assert again.analyses()[doc.id].mentions[0].base == "Text"
    assert again.analyses()[doc.id].sentences == [(0, 6)]
    assert again.raw(doc.id) == b"raw"
    assert list(again.fingerprints()) == [(doc.id, b"fp")]


BAND_TEXTS = ["The harbour of Kestrel Bay reopened after a storm damaged two piers on Friday morning.",
              "A new tram line connects the old town of Vardeno with its university campus from May."]  # fmt: skip


def _banded(tmp_path: Path) -> Store:
    from storyline.ingest import fingerprint

    store = Store(tmp_path / "s.db")
    for i, text in enumerate(BAND_TEXTS, 1):
        store.add_document(_doc(i), b"raw", Analysis("en"), fingerprint(text))
    store.add_document(_doc(3), b"raw", Analysis("en"), b"fp")  # not a fingerprint: no bands
    return store


def test_stored_fingerprints_are_found_by_their_band_keys(tmp_path: Path) -> None:
    from storyline.ingest import fingerprint
    from storyline.ingest.dedup import band_keys

    store = _banded(tmp_path)
    found = store.band_matches(band_keys(fingerprint(BAND_TEXTS[0])))
    assert [doc for _seq, doc, _fp in found] == [_doc(1).id]
    assert bytes(found[0][2]) == fingerprint(BAND_TEXTS[0])
    assert store.band_matches([]) == []
    assert store.sources_of([_doc(2).id, "d-none"]) == {_doc(2).id: ("src2.txt", None)}


@pytest.mark.sqlite_only("makes an old store by editing the file")
def test_an_older_store_gets_the_band_keys_of_its_fingerprints(tmp_path: Path) -> None:
    import sqlite3

    from storyline.ingest import fingerprint
    from storyline.ingest.dedup import band_keys

    _banded(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "s.db")  # as schema 6 left it
    conn.execute("DROP TABLE doc_bands")
    conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    again = Store(tmp_path / "s.db")
    assert [doc for _s, doc, _f in again.band_matches(band_keys(fingerprint(BAND_TEXTS[1])))] == [_doc(2).id]


def test_a_failed_document_leaves_nothing_half_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.add_document(_doc(1), b"raw", Analysis("en"))
    with pytest.raises(IntegrityError):
        store.add_document(_doc(1), b"raw", Analysis("en"))  # same id: the whole document fails
    assert store.count_documents() == 1
    assert len(store.analyses()) == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.engine.begin() as conn:
        conn.execute(schema.meta.update().values(value=str(schema.SCHEMA_VERSION + 1)))
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path / "s.db")


def test_a_story_is_replaced_whole_and_inferred_dates_stay_apart(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    doc, other = _doc(2), _doc(3)
    store.add_document(doc, b"raw", Analysis("en"))
    store.add_document(other, b"raw", Analysis("en"))
    doc.published = DateValue("2025-02-01", "day", "inferred", 0.6, "2025-01-30", "2025-02-03")
    event = EventItem("v-1", "crash", DateValue("2025-01-29", "day"), [Span(doc.id, 0, 4, "text")])
    kept = EventItem("v-2", "fire", DateValue("2025-01-20", "day"), [Span(other.id, 0, 4, "text")])
    store.replace_stories(
        ["s-1"], Dossier(documents=[doc], stories=[Story("s-1", "A story", [doc.id])], events=[event])
    )
    store.replace_stories(
        ["s-2"], Dossier(documents=[other], stories=[Story("s-2", "B", [other.id])], events=[kept])
    )
    loaded = store.load_dossier()
    assert {d.id: d.published.basis for d in loaded.documents}[doc.id] == "inferred"
    assert {e.id for e in loaded.events} == {"v-1", "v-2"}
    assert {d.id: d for d in store.documents()}[doc.id].published.basis == "header"  # the input's date
    store.replace_stories(["s-1"], Dossier(documents=[doc], stories=[Story("s-1", "A story", [doc.id])]))
    assert [e.id for e in store.load_dossier().events] == ["v-2"]  # only s-1 was redone


def _written(store: Store, run: Callable[[], None]) -> list[str]:
    """The ids of the linked rows ``run`` inserts, updates or deletes (by the statements' parameters)."""
    seen: list[str] = []

    def note(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("INSERT INTO LINKED", "DELETE FROM LINKED")):
            for p in params if many else [params]:
                seen.extend(
                    str(v) for v in (p.values() if isinstance(p, dict) else p) if str(v).startswith("v-")
                )

    sa_event.listen(store.engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        sa_event.remove(store.engine, "before_cursor_execute", note)
    return seen


def test_a_story_finished_again_writes_only_the_rows_that_changed(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.db")
    doc, moved = _doc(4), _doc(5)
    store.add_document(doc, b"raw", Analysis("en"))
    store.add_document(moved, b"raw", Analysis("en"))
    events = [EventItem(f"v-{n}", "flood", DateValue(f"2025-03-0{n}", "day"), [Span(doc.id, 0, 4, "text")])
              for n in range(1, 5)]  # fmt: skip
    elsewhere = EventItem("v-9", "storm", DateValue("2025-03-09", "day"), [Span(moved.id, 0, 4, "text")])
    story = Story("s-1", "Floods", [doc.id])
    store.replace_stories(["s-1"], Dossier(documents=[doc], stories=[story], events=events))
    store.replace_stories(["s-2"], Dossier(documents=[moved], stories=[Story("s-2", "S", [moved.id])],
                                           events=[elsewhere]))  # fmt: skip
    same = Dossier(documents=[doc], stories=[story], events=events)
    assert _written(store, lambda: store.replace_stories(["s-1"], same)) == []
    # v-2 changes, v-4 goes, v-9 comes over from s-2 (as when s-2 is merged into s-1): only they are written
    changed = EventItem(
        "v-2", "flood", DateValue("2025-03-02", "day", "text", 0.5), [Span(doc.id, 0, 4, "text")]
    )
    after = Dossier(documents=[doc], stories=[story], events=[events[0], changed, events[2], elsewhere])
    assert sorted(set(_written(store, lambda: store.replace_stories(["s-1"], after)))) == [
        "v-2",
        "v-4",
        "v-9",
    ]
    loaded = store.load_dossier()
    assert {e.id: e.date.confidence for e in loaded.events} == {
        "v-1": 1.0,
        "v-2": 0.5,
        "v-3": 1.0,
        "v-9": 1.0,
    }
    with store.engine.connect() as conn:
        c = schema.linked.c
        filed = dict(conn.execute(select(c.id, c.story).where(c.kind == "events")).all())
    assert filed == {"v-1": "s-1", "v-2": "s-1", "v-3": "s-1", "v-9": "s-1"}


def test_corrections_are_records_of_their_own(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    fix = store.add_correction(
        "reject", {"id": "f-1", "evidence": ["d-1", 0, 5]}, note="not a casualty count"
    )
    assert fix.id == 1
    assert [c.kind for c in Store(tmp_path / "s.db").corrections()] == ["reject"]
    assert store.remove_correction(1) and store.corrections() == []
