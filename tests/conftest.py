"""Shared fixtures. Tests on ../shared data skip with a visible reason where it is absent
(a user's fresh clone), so the rest of the suite still runs."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


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
