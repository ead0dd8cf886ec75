"""The web app's search index on whichever database the store is (SQLite FTS5 in `make test`,
PostgreSQL text search in `make test-pg`): real index, never the substring fallback, and one that
is dropped and made again fills itself from the start."""

from __future__ import annotations

from pathlib import Path

from storyline.api import Store
from storyline.store import schema
from web_support import client, copy_store

API = "/api/v1"


def test_a_search_index_dropped_and_made_again_fills_itself_on_either_database(
    demo_db: Path, tmp_path: Path
) -> None:
    db = copy_store(demo_db, tmp_path / "store.db")
    with client(db) as c:
        assert c.app.state.web.state.search.enabled  # the database's own text search
        first = c.get(f"{API}/search", params={"q": "fire"}).json()["documents"]
        inflected = c.get(f"{API}/search", params={"q": "пожаре"}).json()["documents"]["total"]
    assert first["total"] > 0 and inflected > 0  # a Russian inflected form finds its base form
    assert any(marked for d in first["items"] for _, marked in d["snippet"])
    store = Store(db)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TABLE {schema.SEARCH_TABLE}")
    store.close()
    Store(db).close()  # opening the store makes the index table again, empty
    with client(db) as c:
        again = c.get(f"{API}/search", params={"q": "fire"}).json()["documents"]
    assert again["total"] == first["total"]
    assert [d["id"] for d in again["items"]] == [d["id"] for d in first["items"]]
