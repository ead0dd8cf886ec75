"""Read latency at 1k, 10k and 100k documents: `storyline stories`, `storyline story ID`, one
story's export, the whole-store listings (a page of the timeline, figures, quotes, claims and
conflicts) and the whole-store export written as it is read.

    python -m bench.reads [--db /tmp/storyline-bsnlp.db] [--sizes 1000,10000,100000] [--export-up-to 100000]

The stores are made from one linked store (build it with ``python -m eval.stories`` or
``storyline ingest`` + ``storyline link``) by copying its rows in SQL, not by linking again
(linking 100k documents would take hours on this machine): smaller sizes keep whole stories (in
id order) until they hold the size; larger ones add copies of every story with new document,
story, item and topic ids (``d-`` becomes ``d3-`` in copy 3, everywhere in the rows' JSON) and
story dates moved 400 days per copy; the entities stay those of the original (the same people
and places recur in later news), so each entity's mentions grow with the copies. The story
index tables are not copied: reads do not use them.

Every command runs as its own process, as a user runs it (start-up included); its peak RSS is
that process's. ``--export-up-to``: the whole-store export (the dossier JSON, minutes at 100k) is
timed only up to this size. ``--repeat N``: each command runs N times, the best kept (on a shared
machine the others' jobs only ever add time).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from storyline.store.reads import EVENT_INDEXES, ITEM_INDEX, LIST_INDEX

SHIFT_DAYS = 400
COPIED = {  # table → the columns holding a document id (renamed in each copy)
    "documents": ("id", "duplicate_of", "version_of"),
    "analyses": ("doc_id",),
    "mention_entities": ("doc_id",),
}
PREFIXES = ("d", "s", "t", "v", "f", "k", "q", "c")  # documents, stories, topics and the items
ORIGINAL = "substr(id, 2, 1) = '-'"  # a row of the original store, not of a copy ("d3-…")


def _renamed(expr: str, copy: int) -> str:
    """An SQL expression that gives ids (or JSON holding them) of copy ``copy``."""
    for p in PREFIXES:
        expr = f"replace({expr}, '\"{p}-', '\"{p}{copy}-')"
    return expr


def _id(expr: str, copy: int) -> str:
    return (
        f"CASE WHEN {expr} IS NULL THEN NULL ELSE substr({expr}, 1, 1) || '{copy}' || substr({expr}, 2) END"
    )


def build(base: Path, target: Path, size: int) -> int:
    """A store of about ``size`` documents made from ``base``; returns its document count."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(base)
    db = sqlite3.connect(target)
    src.backup(db)
    src.close()
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    stories = db.execute(
        "SELECT story, count(*) FROM linked WHERE kind='published' AND story IS NOT NULL GROUP BY story ORDER BY story"
    ).fetchall()
    total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    if size < total:
        _keep(db, _first_stories(stories, size))
    else:
        max_seq = db.execute("SELECT max(seq) FROM documents").fetchone()[0]
        copy, have = 0, total
        while have < size:
            copy += 1
            chosen = _first_stories(stories, size - have) if size - have < total else None
            have += _copy(db, copy, chosen, copy * max_seq)
    for statement in (
        LIST_INDEX,
        ITEM_INDEX,
        *EVENT_INDEXES,
    ):  # as linking makes them (the base may be older)
        db.execute(statement)
    db.commit()
    n = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    db.execute("ANALYZE")
    db.close()
    return n


def _first_stories(stories: list[tuple[str, int]], size: int) -> list[str]:
    chosen, n = [], 0
    for story, docs in stories:
        if n >= size:
            break
        chosen.append(story)
        n += docs
    return chosen


def _keep(db: sqlite3.Connection, chosen: list[str]) -> None:
    db.execute("CREATE TEMP TABLE keep_story(story TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO keep_story VALUES (?)", [(s,) for s in chosen])
    db.execute("CREATE TEMP TABLE keep_doc AS SELECT id FROM linked WHERE kind='published' "
               "AND story IN (SELECT story FROM keep_story)")  # fmt: skip
    db.execute("DELETE FROM linked WHERE story IS NULL OR story NOT IN (SELECT story FROM keep_story)")
    for table, cols in COPIED.items():
        db.execute(f"DELETE FROM {table} WHERE {cols[0]} NOT IN (SELECT id FROM keep_doc)")
    for table in ("pending_links", "story_docs"):
        db.execute(f"DELETE FROM {table} WHERE doc_id NOT IN (SELECT id FROM keep_doc)")


def _copy(db: sqlite3.Connection, copy: int, chosen: list[str] | None, seq_shift: int) -> int:
    """Copy every story (or the ``chosen`` ones) with its documents; returns the documents added."""
    db.execute("DROP TABLE IF EXISTS copy_doc")
    where = "" if chosen is None else f"AND story IN ({','.join('?' * len(chosen))})"
    db.execute(f"CREATE TEMP TABLE copy_doc AS SELECT id FROM linked WHERE kind='published' "
               f"AND story IS NOT NULL AND {ORIGINAL} {where}", chosen or [])  # fmt: skip
    db.execute("CREATE INDEX IF NOT EXISTS temp.copy_doc_id ON copy_doc(id)")
    for table, id_cols in COPIED.items():
        cols = [r[1] for r in db.execute(f"PRAGMA main.table_info({table})")]
        exprs = []
        for c in cols:
            if c in id_cols:
                exprs.append(_id(c, copy))
            elif table == "documents" and c == "seq":
                exprs.append(f"seq + {seq_shift}")
            elif table == "documents" and c == "source":
                exprs.append(f"source || '#{copy}'")
            elif table == "documents" and c == "fingerprint":
                exprs.append("NULL")
            else:
                exprs.append(f'"{c}"')
        quoted = ", ".join(f'"{c}"' for c in cols)
        db.execute(f"INSERT INTO {table} ({quoted}) SELECT {', '.join(exprs)} FROM {table} "
                   f"WHERE {id_cols[0]} IN (SELECT id FROM copy_doc)")  # fmt: skip
    shift = f"'+{copy * SHIFT_DAYS} days'"
    data = _renamed("data", copy)
    data = (f"CASE WHEN kind = 'stories' THEN json_set({data}, "
            f"'$.start', date(json_extract(data, '$.start'), {shift}), "
            f"'$.end', date(json_extract(data, '$.end'), {shift})) ELSE {data} END")  # fmt: skip
    keep = "story IS NOT NULL" if chosen is None else f"story IN ({','.join('?' * len(chosen))})"
    db.execute(f"INSERT INTO linked (kind, id, story, pos, data) SELECT kind, {_id('id', copy)}, "
               f"{_id('story', copy)}, pos, {data} FROM linked WHERE {keep} AND {ORIGINAL}",
               chosen or [])  # fmt: skip
    return db.execute("SELECT count(*) FROM copy_doc").fetchone()[0]


def timed(argv: list[str], module: str = "storyline.cli") -> tuple[float, float, float, str]:
    """Seconds (wall clock and CPU: on a shared machine the CPU time is what the command itself
    costs), peak RSS in MB and the output of one storyline command in its own process."""
    env = {**os.environ, "COLUMNS": "160", "OMP_NUM_THREADS": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", module, *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, env=env)  # fmt: skip
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"storyline {' '.join(argv)} failed:\n{out.decode()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.decode()


def probe(db: Path, typical: str, big: str, out: Path) -> dict[str, float]:
    """The same reads inside one process whose imports are done: what a command costs beyond
    Python's start (the web app and the API pay only this); the best of three runs, wall and CPU."""
    import io

    from rich.console import Console

    import storyline.workflow.entities  # noqa: F401 - imported before timing, as a running app has
    from storyline.api import Store
    from storyline.present import View

    times: dict[str, float] = {}
    store = Store(db, create=False)

    def best(name: str, read: Callable[[], object]) -> None:
        # the best of three: on a shared machine the others' jobs only ever add time
        walls, cpus = [], []
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            read()
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        times[name], times[f"{name} CPU"] = min(walls), min(cpus)

    def stories() -> None:
        page, names = store.story_page(0, 100)
        entities = [{"id": e, "name": n} for e, n in names.items()]
        view = View({"documents": [], "entities": entities}, Console(file=io.StringIO()))
        view.story_list([vars(s) for s in page], more=store.count_stories() - len(page))

    best("stories", stories)
    from storyline.workflow.pages import findings_page

    for kind in ("events", "figures", "quotes", "claims", "conflicts"):
        best(
            f"{'timeline' if kind == 'events' else kind} page",
            lambda kind=kind: findings_page(store, kind, 0, 100),
        )
    for name, story in (("median", typical), ("largest", big)):
        best(
            f"export --story ({name})",
            lambda story=story, name=name: store.export(out / f"{name}.json", story=story),
        )
    store.close()
    print(json.dumps({k: round(v, 3) for k, v in times.items()}))
    return times


def timed_module(argv: list[str]) -> tuple[float, float, float, str]:
    return timed(argv, "bench.reads")


def measure(db: Path, docs: int, export: bool, tmp: Path, repeat: int = 1,
            only: str | None = None) -> dict[str, object]:  # fmt: skip
    con = sqlite3.connect(db)
    sizes = con.execute(
        "SELECT story, count(*) n FROM linked WHERE kind='published' AND story IS NOT NULL "
        "GROUP BY story ORDER BY n DESC, story"
    ).fetchall()
    con.close()
    (big, big_docs), (typical, typical_docs) = sizes[0], sizes[len(sizes) // 2]
    row: dict[str, object] = {"documents": docs, "stories": len(sizes), "MB": round(db.stat().st_size / 2**20),
                              "median / largest story docs": f"{typical_docs} / {big_docs}"}  # fmt: skip
    at = ["--db", str(db)]
    runs = {
        "start (--help)": ["--help"],
        "stories": ["stories", *at],
        "stories --limit 0": ["stories", "--limit", "0", *at],
        "story (median)": ["story", typical, *at],
        "story (largest)": ["story", big, *at],
        "export --story (median)": ["export", "--story", typical, "-o", str(tmp / "one.json"), *at],
        "export --story (largest)": ["export", "--story", big, "-o", str(tmp / "big.json"), *at],
        "export --story -f html (median)": ["export", "--story", typical, "-f", "html", "-o", str(tmp / "one.html"), *at],
    }  # fmt: skip
    for command in ("timeline", "figures", "quotes", "claims", "conflicts"):
        runs[f"{command} (whole store, a page)"] = [command, *at]
    if export:
        runs["export (whole store, dossier)"] = ["export", "-o", str(tmp / "all.json"), *at]
    *_, probed = timed_module(["--probe", str(db), typical, big, str(tmp)])
    for name, seconds in json.loads(probed.strip().splitlines()[-1]).items():
        row[f"{name} in process s"] = seconds
        print(f"  {name} (in process): {seconds:.2f} s", flush=True)
    runs = {name: argv for name, argv in runs.items() if only is None or only in name}
    for name, argv in runs.items():
        tries = [timed(argv) for _ in range(1 if name.startswith("export (whole") else repeat)]
        seconds, cpu, rss, _ = min(tries, key=lambda t: t[0])
        row[f"{name} s"] = round(seconds, 2)
        row[f"{name} CPU s"] = round(cpu, 2)
        row[f"{name} MB"] = round(rss)
        print(f"  {name}: {seconds:.2f} s, CPU {cpu:.2f} s, {rss:.0f} MB", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/storyline-bsnlp.db"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--export-up-to", type=int, default=200000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command, the best kept")
    parser.add_argument("--only", help="measure only the commands whose name holds this")
    parser.add_argument("--keep", type=Path, help="a folder to keep the built stores in")
    parser.add_argument("--reuse", action="store_true", help="measure the stores --keep holds, if built")
    parser.add_argument(
        "--probe", nargs=4, metavar=("DB", "MEDIAN", "LARGEST", "FOLDER"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.probe:
        probe(Path(args.probe[0]), args.probe[1], args.probe[2], Path(args.probe[3]))
        return
    if not args.db.exists():
        raise SystemExit(f"{args.db} not found: build it first with `python -m eval.stories --db {args.db}`")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        rows = []
        for size in [int(s) for s in args.sizes.split(",")]:
            target = folder / f"reads-{size}.db"
            t = time.perf_counter()
            if args.reuse and target.exists():
                docs = sqlite3.connect(target).execute("SELECT count(*) FROM documents").fetchone()[0]
            else:
                docs = build(args.db, target, size)
                print(f"{docs} documents built in {time.perf_counter() - t:.1f} s ({target})", flush=True)
            rows.append(measure(target, docs, docs <= args.export_up_to, Path(tmp), args.repeat, args.only))
    keys = list(dict.fromkeys(k for r in rows for k in r))
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(str(r.get(k, "–")) for k in keys) + " |")


if __name__ == "__main__":
    main()
