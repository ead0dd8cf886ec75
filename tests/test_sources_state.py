"""The watch state in the store: the version-4 migration, sources and pages remembered."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from storyline.sources.state import Seen, Source, WatchState
from storyline.store import Store, schema


def test_a_version_3_store_gains_empty_watch_tables(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE watch_sources")
    conn.execute("DROP TABLE watch_seen")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    store = Store(db)
    assert store.schema_version == schema.SCHEMA_VERSION == 12
    assert WatchState(store).sources() == [] and WatchState(store).seen(["http://a.test/x"]) == {}


def test_sources_and_seen_pages_survive_reopening(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    state = WatchState(Store(db))
    feed = Source("http://a.test/feed", "feed", "http://a.test/feed", "2026-01-01T00:00:00Z", etag='"e1"')
    site = Source(
        "http://b.test/", "site", "http://b.test/", "2026-01-01T00:00:00Z", resolved=["http://b.test/rss"]
    )
    state.save_sources([feed, site])
    state.mark_seen([Seen("http://a.test/1", feed.key, 200, "2026-01-01T00:00:01Z", sha256="ab")])
    again = WatchState(Store(db))
    assert [s.key for s in again.sources()] == [feed.key, site.key]
    assert again.source(site.key).resolved == ["http://b.test/rss"]  # type: ignore[union-attr]
    assert again.seen(["http://a.test/1"])["http://a.test/1"].settled
    assert again.with_body(["ab"]) == {"ab": "http://a.test/1"}
    assert again.forget(site.key) == 1 and [s.key for s in again.sources()] == [feed.key]


def test_a_page_that_got_no_answer_is_tried_again_a_few_times() -> None:
    assert not Seen("u", "s", 0, "t", attempts=1).settled
    assert not Seen("u", "s", 503, "t", attempts=2).settled
    assert Seen("u", "s", 503, "t", attempts=3).settled
    assert Seen("u", "s", 404, "t").settled


def test_a_source_is_followed_and_unfollowed_through_the_api(tmp_path: Path) -> None:
    from storyline.api import Store as ApiStore

    folder = tmp_path / "drop"
    folder.mkdir()
    store = ApiStore(tmp_path / "s.db")
    report = store.follow([str(folder)])
    assert [s.status for s in report.sources] == ["nothing new"]
    assert [(s.key, s.kind) for s in store.followed()] == [(str(folder.resolve()), "folder")]
    assert store.unfollow(str(folder)) == 1 and store.followed() == []


def test_a_watch_file_sets_the_interval_unless_the_caller_does(tmp_path: Path) -> None:
    from storyline.api import Store as ApiStore

    (tmp_path / "drop").mkdir()
    watchfile = tmp_path / "w.toml"
    watchfile.write_text('every = "2s"\n[[source]]\nfolder = "drop"\n', "utf-8")
    started = time.monotonic()
    assert ApiStore(tmp_path / "s.db").watch([str(watchfile)], rounds=2) == 2
    # the second poll 2 s after the first (its time is kept to the second), not 15 minutes
    assert 1.0 < time.monotonic() - started < 60
