"""Faults an unattended run must survive: a crash while linking, kill -9 while storing, workers
that would outlive their ingest, two ingests at once, older stores. The many-kill harness is
``make faults`` (bench/faults.py); this is its fast sample."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from bench import faults

import storyline.workflow.update as update
from helpers import workers_left_after_kill
from storyline.api import Store
from storyline.store import schema

ARTICLES = {
    "a_en.txt": "date 2025-06-02\nA bus fell into a ravine near Kraljevo on Sunday. Seven people were killed and "
    "19 injured, police said. Minister Dragan Ilic said the driver had lost control.",
    "b_ru.txt": "date 2025-06-03\nАвтобус упал в ущелье возле Кралево. Погибли семь человек, 19 пострадали. "
    "Министр Драган Илич заявил, что водитель потерял управление.",
    "c_en.txt": "date 2025-06-04\nThe harbour of Molde opened a new ferry terminal on Tuesday. Mayor Siri Dahl "
    "said 40 jobs were created.",
    "d_en.txt": "date 2025-06-05\nThe toll of the bus crash near Kraljevo rose to nine, police said. "
    "Dragan Ilic visited the injured in hospital.",
}
REPO = Path(__file__).resolve().parents[1]
needs_proc = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="needs Linux /proc to see processes"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture()
def reference(corpus: Path, tmp_path: Path) -> str:
    db = tmp_path / "reference.db"
    Store(db).ingest([corpus])
    return faults.snapshot(db)


def test_documents_wait_for_linking_until_it_is_done(corpus: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    from storyline.pipeline import Ingestor

    report = Ingestor(store, progress=False).run([corpus])
    assert store.pending_ids() == report.doc_ids and len(report.doc_ids) == 4  # stored, marked, in order
    assert store.link_pending() == 4
    assert store.pending_ids() == [] and store.load_dossier().stories


def test_a_crash_while_linking_keeps_nothing_of_it_and_the_rerun_finishes(
    corpus: Path, tmp_path: Path, reference: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = update._finish

    def crash_half_way(store, index, touched, fixes, progress):  # noqa: ANN001, ANN202
        real(store, index, set(sorted(touched)[:1]), fixes, progress)  # one story written, then the crash
        raise RuntimeError("power cut")

    monkeypatch.setattr(update, "_finish", crash_half_way)
    db = tmp_path / "s.db"
    with pytest.raises(RuntimeError, match="power cut"):
        Store(db).ingest([corpus])
    store = Store(db)
    assert store.count_documents() == 4 and len(store.pending_ids()) == 4
    assert store.load_dossier().stories == [] and store.load_dossier().entities == []  # rolled back whole
    monkeypatch.setattr(update, "_finish", real)
    again = Store(db).ingest([corpus])
    assert len(again.unchanged) == 4 and again.linked == 4
    assert faults.snapshot(db) == reference


@needs_proc
def test_kill_9_while_storing_then_rerun_equals_an_uninterrupted_run(
    corpus: Path, tmp_path: Path, reference: str
) -> None:
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "storyline.cli",
            "ingest",
            "--db",
            str(db),
            str(corpus),
            "--no-progress",
            "--jobs",
            "2",
        ],
        env=faults._env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if faults._state_at_kill(db)[0] >= 1:  # the first document is stored: kill mid-run
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(2)
    assert faults.survivors(str(db)) == []  # no analysis worker outlived the ingest
    assert faults.integrity(db) == "ok"
    Store(db).ingest([corpus])
    assert faults.snapshot(db) == reference


@needs_proc
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from storyline.pipeline import make_pool
        pool = make_pool(2)
        futures = [pool.submit(time.sleep, 600) for _ in range(2)]
        time.sleep(1)
        print(" ".join(str(p) for p in pool._processes), flush=True)
        time.sleep(600)
        """
    )
    workers, alive = workers_left_after_kill(script, faults._env(), wait_s=1.5)
    assert len(workers) == 2
    assert alive == []


def test_two_ingests_and_reads_at_once(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    names = list(ARTICLES)
    procs = []
    for part in (names[:2], names[2:]):
        folder = tmp_path / part[0]
        folder.mkdir()
        for name in part:
            (folder / name).write_text(ARTICLES[name], "utf-8")
        procs.append(subprocess.Popen([sys.executable, "-m", "storyline.cli", "ingest", "--db", str(db), str(folder),
                                       "--no-progress"], env=faults._env(), stderr=subprocess.PIPE, text=True))  # fmt: skip
    reads = 0
    while any(p.poll() is None for p in procs):
        Store(db, create=False).load_dossier()  # reading while both write never fails
        reads += 1
        time.sleep(0.2)
    for p in procs:
        assert p.wait() == 0, p.stderr.read() if p.stderr else ""
    store = Store(db)
    assert reads > 0 and store.count_documents() == 4 and store.pending_ids() == []
    assert {d for s in store.load_dossier().stories for d in s.documents} == {d.id for d in store.documents()}
    assert faults.integrity(db) == "ok"


def _as_version(db: Path, version: int) -> None:
    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE pending_links")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    if version == 1:  # version 1 kept one linking result for the whole store, in another layout
        conn.execute("DROP TABLE linked")
        conn.execute(
            "CREATE TABLE linked (kind TEXT, id TEXT, pos INTEGER, data TEXT, PRIMARY KEY (kind, id))"
        )
    conn.commit()
    conn.close()


def test_a_version_2_store_keeps_its_results(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).ingest([corpus])
    before = faults.snapshot(db)
    _as_version(db, 2)
    store = Store(db)
    assert store.schema_version == schema.SCHEMA_VERSION and store.pending_ids() == []
    assert faults.snapshot(db) == before


def test_a_version_1_store_says_what_to_run_and_is_rebuilt(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from storyline import cli

    db = tmp_path / "s.db"
    Store(db).ingest([corpus])
    stories = {tuple(sorted(s.documents)) for s in Store(db).load_dossier().stories}
    _as_version(db, 1)
    with pytest.raises(SystemExit):
        cli.main(["stories", "--db", str(db)])
    assert f"`storyline link --db {db}` rebuilds them" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["link", "--db", str(db)])
    assert {tuple(sorted(s.documents)) for s in Store(db).load_dossier().stories} == stories


def test_a_copy_of_a_near_duplicate_points_at_the_original(tmp_path: Path) -> None:
    text = ARTICLES["a_en.txt"] + (
        " Rescue teams from three towns worked through the night under heavy rain. The road was closed for"
        " hours while cranes lifted the wreck. Relatives gathered at the regional hospital waiting for news."
        " The bus company said its vehicles were inspected every spring. Prosecutors opened a case against"
        " the operator and seized its maintenance records. Local radio said the pass had seen two crashes"
        " in the past decade and residents had long asked for guard rails."
    )
    first, second, third = (tmp_path / n for n in ("first", "second", "third"))
    for folder in (first, second, third):
        folder.mkdir()
    (first / "orig.txt").write_text(text, "utf-8")
    near = text.replace("police said.", "police said on Monday.")
    (second / "near.txt").write_text(near, "utf-8")
    (third / "copy_of_near.txt").write_text(near, "utf-8")
    store = Store(tmp_path / "s.db")
    for folder in (first, second, third):
        store.ingest([folder])
    docs = {Path(d.source).name: d for d in store.documents()}
    original = docs["orig.txt"].id
    assert docs["near.txt"].duplicate_of == original and docs["copy_of_near.txt"].duplicate_of == original
    story = next(s for s in store.load_dossier().stories if original in s.documents)
    assert docs["copy_of_near.txt"].id in story.documents


def test_a_rejected_entity_is_named_nowhere(corpus: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.ingest([corpus])
    dossier = store.load_dossier()
    used = [p for v in dossier.events for p in [*v.participants, v.place] if p]
    used += [e for s in dossier.stories for e in s.entities]
    target = max(set(used), key=used.count)
    store.reject(target)
    after = store.load_dossier()
    assert target not in {e.id for e in after.entities}
    assert all(target not in [*v.participants, v.place] for v in after.events)
    assert all(target not in s.entities for s in after.stories)
    assert all(target not in (f.source, *f.via) for f in after.figures)


def test_the_time_limit_holds_in_analysis_processes() -> None:
    from storyline.pipeline import Skipped, _map, make_pool

    pool = make_pool(2)
    assert pool is not None
    try:
        text = ARTICLES["a_en.txt"] * 50
        results = list(_map(pool, [(text, None, None, 0.001), (ARTICLES["c_en.txt"], None, None, None)]))
    finally:
        pool.shutdown()
    assert isinstance(results[0], Skipped) and "took longer than 0.001 s" in results[0].reason
    assert not isinstance(results[1], Skipped) and results[1].mentions
