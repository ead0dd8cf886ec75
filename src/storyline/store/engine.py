"""The SQLAlchemy engine behind a store, and the one transaction that linking runs in.

SQLite needs two things pysqlite does not do by itself:
- real transactions: pysqlite opens a transaction only before the first write, so a read followed
  by a write is not isolated. We take over (``isolation_level = None``) and emit ``BEGIN`` ourselves;
- ``BEGIN IMMEDIATE`` for writes: a deferred transaction that reads first and writes later fails
  at once with "database is locked" when another process wrote in between (the busy timeout is
  not consulted for that case). Taking the write lock first makes concurrent writers wait their
  turn, up to the lock timeout.

PostgreSQL gets the same contract from a transaction-level advisory lock that every write
transaction takes first (``WRITER_LOCK``): writers from any number of processes or machines take
turns, exactly as on SQLite, so a linking — one long read-modify-write transaction over the entity
and story indexes — never interleaves with another one. ``lock_timeout`` bounds the wait the same
way. Reads never take it (MVCC: they see the last commit), and analysis, the costly part of an
ingest, runs outside any transaction, so several ingesting machines still work in parallel.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

DEFAULT_LOCK_TIMEOUT = 300.0  # seconds a command waits for another process's write lock (a linking)
WRITE_OPTION = "storyline_write"
# the key of the advisory lock PostgreSQL writers take turns on: any constant no other application
# on the same database is likely to use ("storylin" in ASCII)
WRITER_LOCK = 0x73746F72796C696E


def lock_timeout_from_env() -> float:
    try:
        return float(os.environ.get("STORYLINE_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def make_engine(url: str, lock_timeout: float) -> Engine:
    if url.startswith("postgres"):
        return _postgresql_engine(url, lock_timeout)
    if not url.startswith("sqlite"):
        return create_engine(url)
    engine = create_engine(url, connect_args={"timeout": lock_timeout})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see the module docstring)
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    except sqlite3.OperationalError:
        pass  # a store opened read-only keeps the mode it has
    cur.execute("PRAGMA synchronous=NORMAL")  # in WAL mode still crash-safe: a commit is atomic
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


def _postgresql_engine(url: str, lock_timeout: float) -> Engine:
    if url.startswith("postgres://"):  # the libpq spelling, which SQLAlchemy does not know
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):  # psycopg 3, the driver the [postgres] extra installs
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    # READ COMMITTED whatever the server's default: writers take turns, so a stricter level would
    # only add serialisation failures; pre-ping: a server restarted under a long-running app costs
    # one reconnect, not an error
    engine = create_engine(url, pool_pre_ping=True, isolation_level="READ COMMITTED")
    millis = max(1, int(lock_timeout * 1000))

    def begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {millis}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    event.listen(engine, "begin", begin)
    return engine


class Pinned:
    """Stands in for the engine while one transaction spans many steps (linking): every
    ``connect()`` and ``begin()`` gets that transaction's connection, so each step reads what
    the steps before it wrote and nothing is committed until all of them are done. Code that
    opens its own short transactions (the entity and story index tables) needs no change."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        yield self._conn

    begin = connect

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn.engine, name)
