"""Insert-or-update for the two databases the store speaks (SQLite, PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table


def upsert(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table)
    values = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    if not values:  # the key is the whole row: a row already there is the same row
        conn.execute(stmt.on_conflict_do_nothing(index_elements=keys), rows)
        return
    conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=values), rows)
