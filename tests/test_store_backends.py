"""What the store does the same on SQLite and PostgreSQL (the whole suite also runs on each:
``make test`` and ``make test-pg``), and the few things it does per database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from storyline.model import Analysis, Document
from storyline.store import Store, StoreError, StoreFull, StoreLocked, schema
from storyline.store.errors import describe
from storyline.store.retry import retrying


def _doc(n: int) -> Document:
    return Document(f"d-{n:016x}", f"file{n}.txt", f"Text number {n}.", "0" * 64, "0" * 64, lang="en")


class _Orig(Exception):
    """A driver error as psycopg raises it: a message and its SQLSTATE."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _db_error(message: str, sqlstate: str | None = None) -> OperationalError:
    return OperationalError("INSERT ...", {}, _Orig(message, sqlstate))


def test_a_deadlock_or_serialisation_failure_is_run_again_and_other_errors_are_not() -> None:
    calls = []

    def collides_twice() -> str:
        calls.append(1)
        if len(calls) <= 2:
            raise _db_error("deadlock detected", "40P01" if len(calls) == 1 else "40001")
        return "done"

    assert retrying(collides_twice, first_wait_s=0.001) == "done" and len(calls) == 3

    def always_collides() -> None:
        calls.append(1)
        raise _db_error("could not serialize access", "40001")

    calls.clear()
    with pytest.raises(OperationalError):
        retrying(always_collides, attempts=3, first_wait_s=0.001)
    assert len(calls) == 3  # bounded

    def broken() -> None:
        calls.append(1)
        raise _db_error("syntax error", "42601")

    calls.clear()
    with pytest.raises(OperationalError):
        retrying(broken, first_wait_s=0.001)
    assert len(calls) == 1


def test_postgresql_failures_are_one_line_of_the_right_kind() -> None:
    where = "postgresql://someone@db.example/news"
    assert isinstance(
        describe(_db_error("canceling statement due to lock timeout", "55P03"), where, 5), StoreLocked
    )
    missing = describe(_db_error('database "news" does not exist'), where)
    assert isinstance(missing, StoreError) and "createdb" in str(missing)
    assert isinstance(describe(_db_error("could not extend file: No space left on device"), where), StoreFull)
    gone = describe(_db_error('relation "documents" does not exist'), where)
    assert isinstance(gone, StoreError) and "not a storyline store" in str(gone)
    refused = describe(_db_error("connection failed: Connection refused"), where)
    assert isinstance(refused, StoreError) and "cannot reach the database server" in str(refused)


def test_the_same_document_from_two_ingests_at_once_is_one_line_and_stored_once(tmp_path: Path) -> None:
    first, second = Store(tmp_path / "s.db"), Store(tmp_path / "s.db")
    first.add_document(_doc(1), b"raw", Analysis("en"))
    with pytest.raises(Exception) as failed:  # the second ingest read the store before the first wrote
        second.add_document(_doc(1), b"raw", Analysis("en"))
    error = second.error(failed.value)
    assert isinstance(error, StoreError) and "another ingest stored the same document" in str(error)
    assert second.count_documents() == 1


def test_a_database_url_is_never_shown_with_its_password() -> None:
    pytest.importorskip("psycopg", reason="the [postgres] extra (psycopg) is not installed")
    with pytest.raises(StoreError) as failed:
        Store("postgresql://reader:hunter2secret@127.0.0.1:9/news", lock_timeout=1)  # nothing listens on 9
    assert "hunter2secret" not in str(failed.value) and "reader" in str(failed.value)


def test_numbers_follow_ingestion_order_and_are_never_drawn_twice(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    for n in range(1, 4):
        store.add_document(_doc(n), b"raw", Analysis("en"))
    assert [d.id for d in store.documents()] == [_doc(n).id for n in range(1, 4)]
    again = Store(tmp_path / "s.db")  # another process opening the store draws past them
    again.add_document(_doc(4), b"raw", Analysis("en"))
    assert [d.id for d in again.documents()][-1] == _doc(4).id


def test_a_writer_waits_for_another_writers_turn_and_then_says_locked(tmp_path: Path) -> None:
    holder = Store(tmp_path / "s.db")
    waiter = Store(tmp_path / "s.db", lock_timeout=0.5)
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with holder.atomic():
            holder.add_document(_doc(1), b"raw", Analysis("en"))
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert entered.wait(10)
        with pytest.raises(Exception) as failed:
            waiter.add_document(_doc(2), b"raw", Analysis("en"))
        assert isinstance(waiter.error(failed.value), StoreLocked)
        assert waiter.count_documents() == 0  # the holder's document is not committed yet
    finally:
        release.set()
        thread.join()
    waiter.add_document(_doc(2), b"raw", Analysis("en"))  # its turn now
    assert waiter.count_documents() == 2


def test_postgresql_search_terms_are_quoted_and_accents_folded() -> None:
    from storyline.web.search_pg import folded, tsquery

    assert tsquery([{"harbour", "harbor"}, {"o'neil"}]) == "('harbor' | 'harbour') & ('o''neil')"
    assert tsquery([{"a\\b"}]) == "('a\\\\b')"
    assert folded("Český plán and café") == "cesky plan cafe"
    assert folded("plain words only") == ""


def test_an_older_store_gains_the_search_index_and_numbers_on_past_its_documents(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    for n in range(1, 4):
        store.add_document(_doc(n), b"raw", Analysis("en"))
    with store.engine.begin() as conn:  # as a store from before the index (and, on PostgreSQL, the sequence)
        conn.exec_driver_sql(f"DROP TABLE {schema.SEARCH_TABLE}")
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"DROP SEQUENCE {schema.document_seq.name}")
    store.close()
    again = Store(tmp_path / "s.db")
    again.add_document(_doc(4), b"raw", Analysis("en"))
    with again.engine.connect() as conn:
        seqs = dict(conn.execute(select(schema.documents.c.id, schema.documents.c.seq)).all())
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {schema.SEARCH_TABLE}").scalar_one() == 0
    assert seqs[_doc(4).id] > max(seqs[_doc(n).id] for n in range(1, 4))
