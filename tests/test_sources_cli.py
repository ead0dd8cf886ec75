"""`storyline fetch`, `follow` and `watch` from the command line, against a local server started
here; `watch` killed with SIGKILL in the middle of a poll goes on where it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.local_site import LocalSite

from sites import rss, serve_articles
from storyline import cli
from storyline.api import Store

REPO = Path(__file__).resolve().parents[1]
FAST = ["--delay", "0", "--ignore-robots"]


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as s:
        yield s


def _run(args: list[str]) -> int:
    try:
        cli.main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_fetch_ingests_pages_and_names_their_story(
    site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = serve_articles(site, 2)
    db = str(tmp_path / "s.db")
    assert _run(["fetch", "--db", db, *FAST, *(site.url(p) for p in paths)]) == 0
    said = capsys.readouterr().err
    assert "2 pages: 2 new" in said and "story " in said
    assert _run(["fetch", "--db", db, *FAST, site.url(paths[0])]) == 0  # fetched again: same body
    assert "1 unchanged" in capsys.readouterr().err
    assert _run(["fetch", "--db", db, "notes.txt"]) == 2
    assert "not a web address" in capsys.readouterr().err


def test_fetch_fails_when_every_page_fails(
    site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["fetch", "--db", str(tmp_path / "s.db"), *FAST, site.url("/missing")]) == 1
    assert "HTTP 404" in capsys.readouterr().err


def test_follow_reads_a_watch_file(
    site: LocalSite, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = serve_articles(site, 3)
    site.page("/feed.xml", rss(site, paths), content_type="application/rss+xml")
    folder = tmp_path / "drop"
    folder.mkdir()
    watchfile = tmp_path / "sources.toml"
    watchfile.write_text(
        f'every = "10m"\nmax_items = 2\n\n[[source]]\nurl = "{site.url("/feed.xml")}"\n\n'
        '[[source]]\nfolder = "drop"\nevery = "1h"\n',
        "utf-8",
    )
    db = str(tmp_path / "s.db")
    assert _run(["follow", "--db", db, *FAST, str(watchfile)]) == 0
    said = capsys.readouterr().err
    assert "(3 listed, 2 new)" in said and "nothing new" in said  # max_items, and the empty folder
    followed = {s.kind: s for s in Store(db).followed()}
    assert followed["folder"].key == str(folder.resolve()) and followed["folder"].every == 3600


def test_follow_names_a_bad_source_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["follow", "--db", str(tmp_path / "s.db"), str(tmp_path / "nowhere")]) == 2
    assert "neither a web address" in capsys.readouterr().err
    bad = tmp_path / "w.toml"
    bad.write_text('evry = "1m"\n', "utf-8")
    assert _run(["follow", "--db", str(tmp_path / "s.db"), str(bad)]) == 2
    assert "unknown setting evry" in capsys.readouterr().err


def test_watch_takes_one_round_and_refuses_a_bad_interval(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    db = str(tmp_path / "s.db")
    assert _run(["watch", "--db", db, "--rounds", "1", str(folder)]) == 0
    assert "1 poll done" in capsys.readouterr().err
    assert _run(["watch", "--db", db, "--every", "5 weeks"]) == 2
    assert "not a duration" in capsys.readouterr().err
    assert _run(["watch", "--db", str(tmp_path / "empty.db"), "--rounds", "1"]) == 1
    assert "nothing to watch" in capsys.readouterr().err


def test_watch_killed_mid_poll_resumes_without_fetching_stored_pages_again(
    site: LocalSite, tmp_path: Path
) -> None:
    paths = serve_articles(site, 20)
    site.page("/feed.xml", rss(site, paths), content_type="application/rss+xml")
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "storyline.cli", "watch", "--db", str(db), "--every", "1h", *FAST]
    proc = subprocess.Popen([*command, site.url("/feed.xml")], env=env, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 240
    while stored == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                pass  # tables not made yet
    assert stored, "the watch stored nothing"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(db)
    before = {d.source for d in store.documents()}
    hits_before = {p: len(site.hits(p)) for p in paths}
    again = subprocess.run([*command, "--rounds", "1"], env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode == 0, again.stderr
    store = Store(db)
    assert {d.source for d in store.documents()} == {site.url(p) for p in paths}
    for p in paths:
        if site.url(p) in before:
            assert len(site.hits(p)) == hits_before[p] == 1, p  # stored before the kill: not fetched again
    assert store.pending_ids() == []  # what the killed watch stored is linked now
    assert {d for s in store.load_dossier().stories for d in s.documents} == {d.id for d in store.documents()}
