"""Shared fixtures. Tests on ../shared data skip with a visible reason where it is absent
(a user's fresh clone), so the rest of the suite still runs.

``STORYLINE_TEST_BACKEND=postgresql`` runs the whole suite with every store on a throwaway
PostgreSQL server (tests/pgtest.py); where PostgreSQL is not installed, every test skips and says
why. Tests about SQLite files themselves carry ``@pytest.mark.sqlite_only(reason)``."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pgtest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
_cluster: pgtest.Cluster | None = None
_no_cluster: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _cluster, _no_cluster
    # the tables storyline keeps between processes (storyline.table_cache) go to a folder of this
    # run's own, it and the processes it starts: a test that builds one from made-up resources
    # must never leave it where the user's next run reads it, nor read a table the user's has
    cache = tempfile.mkdtemp(prefix="storyline-test-tables-")
    atexit.register(shutil.rmtree, cache, True)
    os.environ["STORYLINE_CACHE"] = cache
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test about SQLite files, skipped on PostgreSQL"
    )
    if pgtest.wanted() and not pgtest.active():
        try:
            _cluster = pgtest.start_backend()
            # stopped when the interpreter exits, not at unconfigure: the web app's job threads of
            # the last tests may still be looking at their store then
            atexit.register(_cluster.stop)
        except Exception as exc:  # no PostgreSQL here (a laptop): said once per test, visibly
            _no_cluster = f"PostgreSQL backend asked for but not available: {exc}"


# Tests about SQLite files themselves (what a file path can be, -wal files, a file's own limits),
# by node id, so the test files stay as they are; a whole test may also carry the marker.
SQLITE_ONLY = {
    "test_bad_command_is_one_line[non-SQLite file as --db]": "a file that is not an SQLite database",
    "test_bad_command_is_one_line[SQLite file of another program]": "an SQLite file of another program",
    "test_bad_command_is_one_line[mistyped --db for a read command]": "the hint lists store files beside the path",
    "test_bad_command_is_one_line[folder as --db]": "a folder where the store file should be",
    "test_bad_command_is_one_line[--db in a missing folder]": "the folder of a store file",
    "test_bad_command_is_one_line[read-only store, ingest]": "an SQLite URI opened read-only",
    "test_bad_command_is_one_line[future schema]": "edits the file with sqlite3",
    "test_a_full_disk_is_one_line_and_the_rerun_finishes": "SQLite's page limit stands in for a full disk",
    "test_a_locked_store_says_so_and_reads_go_on": "holds SQLite's write lock (test_store_backends: on both)",
    "test_a_version_1_store_says_what_to_run_and_is_rebuilt": "makes an old store by editing the file",
    "test_an_older_store_gets_the_rows_partial_loading_reads": "makes an old store by editing the file",
    "test_a_version_2_store_keeps_its_results": "makes an old store by editing the file",
    "test_a_version_3_store_gains_empty_watch_tables": "makes an old store by editing the file",
    "test_a_version_3_store_gains_the_web_tables_and_keeps_its_results": "makes an old store by editing the file",
    "test_a_search_index_made_again_fills_itself_from_the_start": "drops SQLite's FTS5 table with sqlite3",
    "test_watch_killed_mid_poll_resumes_without_fetching_stored_pages_again": "polls the store file with sqlite3 "
    "and runs the watch with a PYTHONPATH of its own",
    "test_users_command_line": "reads the stored password hash from the file with sqlite3",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _no_cluster:
            item.add_marker(pytest.mark.skip(reason=_no_cluster))
        elif pgtest.active():
            marker = item.get_closest_marker("sqlite_only")
            reason = SQLITE_ONLY.get(item.name) or (marker and (marker.args or ["about SQLite files"])[0])
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def backend() -> str:
    """The database the stores of this run live on: ``sqlite`` or ``postgresql``."""
    return "postgresql" if pgtest.active() else "sqlite"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "README.md").exists():
        pytest.skip(f"../shared not found at {SHARED}: data-driven test skipped")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo corpus analysed once for all the web app's tests (read it; copy it with
    ``web_support.copy_store`` to write)."""
    from web_support import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.db")


# Debian's chromium, driven by Playwright (never a browser download); flags for a machine with no
# display, no sandbox and no network beyond 127.0.0.1
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless chromium for one test module; skipped with the reason when it is absent."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install chromium): browser test skipped")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()
