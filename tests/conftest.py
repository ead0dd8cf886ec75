"""Shared fixtures. Tests on ../shared data skip with a visible reason where it is absent
(a user's fresh clone), so the rest of the suite still runs.

``STORYLINE_TEST_BACKEND=postgresql`` runs the whole suite with every store on a throwaway
PostgreSQL server (tests/pgtest.py); where PostgreSQL is not installed, every test skips and says
why. Tests about SQLite files themselves carry ``@pytest.mark.sqlite_only(reason)``."""

from __future__ import annotations

import shutil
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
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test about SQLite files, skipped on PostgreSQL"
    )
    if pgtest.wanted() and not pgtest.active():
        try:
            _cluster = pgtest.start_backend()
        except Exception as exc:  # no PostgreSQL here (a laptop): said once per test, visibly
            _no_cluster = f"PostgreSQL backend asked for but not available: {exc}"


def pytest_unconfigure(config: pytest.Config) -> None:
    if _cluster is not None:
        _cluster.stop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _no_cluster:
            item.add_marker(pytest.mark.skip(reason=_no_cluster))
        elif pgtest.active() and (marker := item.get_closest_marker("sqlite_only")):
            reason = marker.args[0] if marker.args else "about SQLite files"
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
