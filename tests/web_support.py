"""Builders for the web app's tests: the bundled demo corpus analysed once per test session, a
private copy of it for each test that writes, a client on it, and a crafted hostile article."""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.api import Store

# An article whose every field tries to inject something into a page (invented text). Its markup
# is escaped, as an export carries it: ingest reads a record's HTML as text (raw tags are dropped),
# so these decode into literal "<script>" text that every page must escape.
HOSTILE = {
    "title": "&lt;script&gt;window.__pwned='title'&lt;/script&gt;Harbour fire\u202e gnp.exe",
    "url": "javascript:window.__pwned='url'",
    "outlet": '"><img src=x onerror="window.__pwned=\'outlet\'">',
    "date": "2024-06-02",
    "text": (
        "&lt;img src=x onerror=&quot;window.__pwned='text'&quot;&gt; Firefighters in Portvale said on Sunday that "
        "at least 4 people were killed when a warehouse burned near the harbour. "
        "&quot;&lt;/script&gt;&lt;script&gt;window.__pwned='quote'&lt;/script&gt;&quot;, said Maren Holt, the fire chief. "
        "\u202eRTL override inside the text\u202c and a link javascript:alert(1)."
    ),
}


def build_demo(db: Path) -> Path:
    """The demo corpus (bundled with the package) analysed into ``db``."""
    store = Store(db)
    with resources.as_file(resources.files("storyline") / "demo") as folder:
        store.ingest(sorted(Path(folder).glob("*.txt")))
    store.close()
    return db


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of an SQLite store (SQLite's backup, so the -wal is folded in), or of
    the database that stands for it in a PostgreSQL test run."""
    import pgtest

    if pgtest.active():
        pgtest.copy_database(source, target)
        return target
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def write_jsonl(folder: Path, name: str, records: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def client(db: Path, **settings: Any) -> Any:
    """A TestClient on the app over ``db``; jobs run inside the request that starts them."""
    import warnings

    with warnings.catch_warnings():  # starlette's note about httpx's successor: not ours to act on
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from storyline.web import Settings, create_app

    settings.setdefault("run_jobs_inline", True)
    settings.setdefault("local_user", "tester")
    settings.setdefault("rate_limit", 0)
    return TestClient(create_app(Settings(db=str(db), **settings)), follow_redirects=False)
