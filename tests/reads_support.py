"""What the read tests share: a store to read, the whole dossier to compare with, a guard that fails
a test on any whole-store load, and the CLI run in process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline import cli
from storyline.api import Store
from storyline.store import Store as BaseStore


def whole_dossier(db: Path) -> dict:
    store = Store(db)
    try:
        return store.dossier()
    finally:
        store.close()


def refuse_whole_loads(monkeypatch: pytest.MonkeyPatch, every_document: bool = False) -> None:
    """Any read of the whole store fails the test (with ``every_document``, listing every document
    does too)."""

    def refuse(self: BaseStore, *args: Any) -> None:
        raise AssertionError("the whole store was loaded")

    monkeypatch.setattr(BaseStore, "load_dossier", refuse)
    if every_document:
        real = BaseStore.documents
        monkeypatch.setattr(
            BaseStore, "documents", lambda self, ids=None: refuse(self) if ids is None else real(self, ids)
        )


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    captured = capsys.readouterr()
    return (stop.value.code or 0), captured.out, captured.err
