"""Several ingests into one store at once, from separate processes: on SQLite, and on PostgreSQL in
the PostgreSQL run (``make test-pg``), where they could as well come from separate machines.
Every document must be stored once, numbered once, and linked into exactly one story."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from storyline.api import Store
from storyline.store import schema

REPO = Path(__file__).resolve().parents[1]

# invented news: three stories, told in pieces that land in different processes
ARTICLES = [
    "date 2024-03-04\nA landslide buried part of the village of Dornhaven on Monday. Four people died and "
    "eleven were hurt, rescuers said.",
    "date 2024-03-05\nRescuers in Dornhaven found a fifth victim of the landslide on Tuesday, mayor Ilse Varga said.",
    "date 2024-03-05\nThe city of Kellmark opened its new tram line on Tuesday. Mayor Tomas Reuter said 30,000 "
    "passengers a day would use it.",
    "date 2024-03-06\nKellmark's tram line carried 12,000 passengers on its first day, Tomas Reuter said.",
    "date 2024-03-06\nThe chemical plant at Norrvik was shut after a gas leak on Wednesday; 23 workers were "
    "taken to hospital, the company said.",
    "date 2024-03-07\nInspectors began checking the Norrvik chemical plant after the gas leak that sent 23 "
    "workers to hospital.",
    "date 2024-03-07\nIlse Varga, mayor of Dornhaven, asked the government for help after the landslide.",
    "date 2024-03-08\nThe Norrvik plant will stay closed for a month, the company said.",
]
PROCESSES = 4


def test_concurrent_ingests_store_each_document_once_and_link_it_into_one_story(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    Store(db).close()  # the tables exist before the writers race
    folders = []
    for i in range(PROCESSES):
        folder = tmp_path / f"part{i}"
        folder.mkdir()
        for j, text in enumerate(ARTICLES[i::PROCESSES]):
            (folder / f"a{i}_{j}.txt").write_text(text, "utf-8")
        folders.append(folder)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "storyline.cli",
                "ingest",
                "--db",
                str(db),
                str(folder),
                "--no-progress",
                "--jobs",
                "1",
            ],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for folder in folders
    ]
    errors = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, errors
    assert not any("error" in e.lower() for e in errors), errors

    store = Store(db)
    documents = store.documents()
    assert len(documents) == len(ARTICLES)
    assert store.pending_ids() == []  # every ingest linked what it stored, or another one did
    with store.engine.connect() as conn:
        seqs = [row.seq for row in conn.execute(schema.documents.select())]
    assert len(set(seqs)) == len(seqs)  # no two writers drew the same number
    in_stories = Counter(d for s in store.load_dossier().stories for d in s.documents)
    assert set(in_stories) == {d.id for d in documents}
    assert max(in_stories.values()) == 1  # each in exactly one story
