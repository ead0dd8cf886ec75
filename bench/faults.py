"""Fault injection: kill -9 an ingest at random moments, run it again, compare with a run that was
never interrupted; and the store's other faults (full disk, read-only, locked, orphan workers).

    python -m bench.faults [--kills 52] [--docs 6] [--seed 1] [--json faults.json]   # make faults
    python -m bench.faults --kills 0 --extras                                          # only the others

Each kill: a fresh store, ``storyline ingest`` of a small corpus (real pages of
../shared/data/pages, plus an exact copy and an updated version of one of them, so duplicates and
versions are in play; invented articles where ../shared is missing), ``kill -9`` at a random
moment of a phase taken in turn — start-up and reading (before the first document is stored),
analysis and storing (after it), linking (after the last document is stored), anywhere in the
run — with ``--jobs 1`` and ``--jobs 2``; the phases' times come from watching an uninterrupted
run. Then:
``pragma integrity_check`` must say ok; no process of that ingest may be alive a few seconds
later (its analysis workers die with it); the same command run again must leave the store equal
to the uninterrupted one: the same documents, stories, entities, events, figures, conflicts (the
whole dossier but its timestamp) and nothing waiting for linking. The phase a kill hit is read
from the store it left: nothing stored yet (start-up, reading), some documents stored (analysis
and storing), all stored but not linked (linking), all linked (finishing).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "data" / "pages" / "pages.jsonl"
ORPHAN_WAIT = 3.0  # seconds after the kill before looking for survivors
STEP = 0.01  # seconds a stopped ingest runs between two looks, to kill it inside its linking

INVENTED = [
    ("en", "A fire broke out at a chemical plant near Tarnow on Monday. Four workers were killed and eleven "
           "were injured, the regional fire service said. Governor Adam Wolski visited the site."),
    ("en", "Rescuers recovered two more bodies at the Tarnow chemical plant, raising the death toll to six. "
           "Governor Adam Wolski said an inquiry had begun into the blast on Monday."),
    ("ru", "На химическом заводе под Тарнувом в понедельник произошёл пожар. Погибли четыре рабочих, ещё "
           "одиннадцать пострадали, сообщила пожарная служба."),
    ("en", "The city council of Alderney approved a new harbour budget on Thursday after a long debate. "
           "Mayor Ruth Calder said works would start in spring."),
    ("en", "Floods in the Sava valley forced 300 people from their homes on Saturday, and two people died, "
           "officials in Brod said. Minister Ivan Peric promised aid."),
    ("uk", "Повінь у долині Сави змусила 300 людей залишити домівки в суботу, двоє людей загинули, "
           "повідомили чиновники."),
]  # fmt: skip


@dataclass
class Trial:
    delay: float  # seconds after the start (for a phase-targeted kill: after its trigger)
    jobs: int
    phase: str
    integrity: str
    orphans: int
    identical: bool
    rerun_rc: int
    stored_at_kill: int
    pending_at_kill: int
    target: str = ""  # the phase the kill aimed at (``phase`` is where it landed)


@dataclass
class Results:
    docs: int
    reference_seconds: float
    trials: list[Trial] = field(default_factory=list)
    extras: dict[str, str] = field(default_factory=dict)


def make_corpus(folder: Path, docs: int) -> Path:
    """One JSONL file: ``docs`` real pages (or the invented articles), an exact copy of the first
    under another id and an updated version of the second (one number changed)."""
    records = []
    if PAGES.exists():
        with PAGES.open(encoding="utf-8") as fh:
            for line, _ in zip(fh, range(docs), strict=False):
                page = json.loads(line)
                records.append({"id": page["id"], "url": page.get("url"), "lang": page.get("lang"),
                                "text": page["text"]})  # fmt: skip
    else:
        records = [{"id": f"inv{i}", "lang": lang, "text": text} for i, (lang, text) in enumerate(INVENTED)]
    records.append({**records[0], "id": records[0]["id"] + "-copy", "url": None})
    second = records[1]["text"]
    digit = next((i for i, ch in enumerate(second) if ch.isdigit()), None)
    changed = (
        second[:digit] + str((int(second[digit]) + 1) % 10) + second[digit + 1 :]
        if digit is not None
        else second + " 7"
    )
    records.append({**records[1], "id": records[1]["id"] + "-update", "text": changed})
    path = folder / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _command(db: Path, corpus: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "ingest", "--db", str(db), str(corpus), "--no-progress",
            "--jobs", str(jobs)]  # fmt: skip


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def ingest(db: Path, corpus: Path, jobs: int = 1, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(db, corpus, jobs), env=_env(**env), capture_output=True, text=True,
                          timeout=1800, check=False)  # fmt: skip


def snapshot(db: Path) -> str:
    """A hash of everything an ingest decides: the documents (but when they were ingested) and
    the whole dossier (but when it was written), plus what still waits for linking."""
    from storyline.api import Store

    store = Store(db, create=False)
    try:
        dossier = store.dossier()
        dossier.pop("generated_at", None)
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, seq, source, duplicate_of, version_of, published, text_sha256 FROM documents ORDER BY seq"
            ).fetchall()
        state = {"documents": [list(r) for r in rows], "pending": store.pending_ids(), "dossier": dossier}
    finally:
        store.close()
    return hashlib.sha256(json.dumps(state, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def integrity(db: Path) -> str:
    if not db.exists():
        return "ok"  # killed before the store was created: nothing to damage
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _state_at_kill(db: Path) -> tuple[int, int]:
    """(documents stored, documents waiting for linking) in a killed store."""
    if not db.exists():
        return 0, 0
    conn = sqlite3.connect(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables or "pending_links" not in tables:
            return 0, 0
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM pending_links").fetchone()[0]
        return int(stored), int(pending)
    finally:
        conn.close()


def _phase(stored: int, pending: int, total: int) -> str:
    if stored == 0:
        return "start-up/reading"
    if stored < total:
        return "analysis/storing"
    return "linking" if pending else "finishing"


def survivors(marker: str) -> list[int]:
    """Processes whose command line holds ``marker`` (a forked worker keeps its parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = next(
                (ln for ln in (entry / "status").read_text().splitlines() if ln.startswith("State:")), ""
            )
        except OSError:
            continue
        if marker in cmdline and "zombie" not in state:
            found.append(int(entry.name))
    return found


@dataclass
class Timeline:
    """When an uninterrupted ingest stored its first and its last document, and ended (seconds)."""

    first_stored: float
    all_stored: float
    linked: float  # the linking transaction committed
    end: float


def watch(proc: subprocess.Popen[bytes], db: Path, total: int) -> Timeline:
    start = time.monotonic()
    first = last = linked = None
    while proc.poll() is None:
        stored, pending = _state_at_kill(db)
        now = time.monotonic() - start
        if stored and first is None:
            first = now
        if stored >= total and last is None:
            last = now
        if last is not None and not pending and linked is None:
            linked = now
        time.sleep(0.02)
    end = time.monotonic() - start
    return Timeline(first or end, last or end, linked or end, end)


PHASES = ("start-up/reading", "analysis/storing", "linking", "anywhere")


def _wait_then_kill(proc: subprocess.Popen[bytes], db: Path, total: int, target: str, timeline: Timeline,
                    rng: random.Random) -> float:  # fmt: skip
    """Kill the ingest in the target phase: before its first document is stored, while it
    stores (after a random number of documents), while it links (stepped into: see
    ``_step_into``), or at any moment; returns when, in seconds after the start."""
    start = time.monotonic()

    def wait_for(stored: int) -> None:
        while (
            proc.poll() is None
            and _state_at_kill(db)[0] < stored
            and time.monotonic() - start < timeline.end * 3
        ):
            time.sleep(0.02)

    if target == "start-up/reading":
        delay = rng.uniform(0.3, max(0.4, timeline.first_stored))
    elif target == "anywhere":
        delay = rng.uniform(0.3, timeline.end * 1.05)
    elif target == "analysis/storing":
        wait_for(rng.randint(1, max(1, total - 1)))
        delay = time.monotonic() - start + rng.uniform(0, 0.3)
    else:
        wait_for(total - 1)
        _step_into(
            proc, db, total, rng.randint(0, max(1, int((timeline.linked - timeline.all_stored) / STEP / 2)))
        )
        delay = time.monotonic() - start
    remaining = delay - (time.monotonic() - start)
    try:
        proc.wait(timeout=max(0.0, remaining))
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return delay


def _step_into(proc: subprocess.Popen[bytes], db: Path, total: int, steps: int) -> None:
    """Linking lasts a fraction of a second on a small corpus, too short to aim at by the clock
    on a loaded machine. So from the last document's analysis on, the stopped ingest runs in
    slices of ``STEP`` seconds until every document is stored, then ``steps`` more slices (fewer
    if its linking commits first); the kill that follows lands at that moment of the linking."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGSTOP)
    deadline = time.monotonic() + 600

    def run_a_slice() -> None:
        proc.send_signal(signal.SIGCONT)
        time.sleep(STEP)
        proc.send_signal(signal.SIGSTOP)

    while _state_at_kill(db)[0] < total and proc.poll() is None and time.monotonic() < deadline:
        run_a_slice()
    for _ in range(steps):
        if not _state_at_kill(db)[1]:
            break  # linked already: the kill lands after it
        run_a_slice()


def kill_trial(corpus: Path, reference: str, total: int, timeline: Timeline, target: str, jobs: int,
               folder: Path, rng: random.Random) -> Trial:  # fmt: skip
    db = folder / f"kill-{time.monotonic_ns()}.db"
    proc = subprocess.Popen(_command(db, corpus, jobs), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    delay = _wait_then_kill(proc, db, total, target, timeline, rng)
    time.sleep(ORPHAN_WAIT if jobs > 1 else 0.2)
    orphans = survivors(str(db))
    for pid in orphans:  # do not let one failure spoil the next trials
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    check = integrity(db)
    stored, pending = _state_at_kill(db)
    rerun = ingest(db, corpus, jobs)
    same = rerun.returncode == 0 and snapshot(db) == reference
    for f in folder.glob(db.name + "*"):
        f.unlink()
    return Trial(round(delay, 2), jobs, _phase(stored, pending, total), check, len(orphans), same, rerun.returncode,
                 stored, pending)  # fmt: skip


def _one_line_error(proc: subprocess.CompletedProcess[str], needle: str) -> str:
    """'ok' when the command failed with one line holding ``needle`` and no traceback."""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("error")]
    if proc.returncode == 0:
        return "failed: exit status 0"
    if "Traceback" in proc.stderr:
        return "failed: traceback"
    if len(errors) != 1 or needle not in errors[0]:
        return f"failed: {lines[-3:]}"
    return "ok"


def disk_full(corpus: Path, reference: str, folder: Path, full_size: int) -> str:
    """Ingest onto a tmpfs too small for the store: one line, an intact store, and after the
    disk is made larger the same command finishes to the uninterrupted result."""
    mnt = folder / "small-disk"
    mnt.mkdir()
    size_kb = max(64, full_size // 1024 // 3)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mnt)],
                      capture_output=True, check=False).returncode:  # fmt: skip
        return "skipped: cannot mount a tmpfs here (needs root)"
    try:
        db = mnt / "s.db"
        first = ingest(db, corpus)
        verdict = _one_line_error(first, "disk full")
        if verdict != "ok":
            return verdict
        if integrity(db) != "ok":
            return "failed: integrity_check"
        subprocess.run(["mount", "-o", f"remount,size={full_size // 1024 * 4}k", str(mnt)], check=True)
        again = ingest(db, corpus)
        if again.returncode != 0 or snapshot(db) != reference:
            return "failed: the re-run did not reach the uninterrupted result"
        return "ok"
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def read_only(reference_db: Path, folder: Path) -> str:
    """A store on a read-only mount: read commands work, ingest says read-only in one line."""
    ro = folder / "ro"
    src = folder / "ro-src"
    src.mkdir()
    ro.mkdir()
    shutil.copy(reference_db, src / "s.db")
    ok = (
        subprocess.run(["mount", "--bind", str(src), str(ro)], capture_output=True, check=False).returncode
        == 0
    )
    ok = ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], capture_output=True,
                               check=False).returncode == 0  # fmt: skip
    if not ok:
        return "skipped: cannot make a read-only mount here (needs root)"
    try:
        read = subprocess.run([sys.executable, "-m", "storyline.cli", "stories", "--db", str(ro / "s.db")],
                              env=_env(), capture_output=True, text=True, check=False)  # fmt: skip
        if read.returncode != 0 or "Traceback" in read.stderr:
            return f"failed: reading a read-only store: {read.stderr.strip()[-200:]}"
        extra = folder / "new.txt"
        extra.write_text(
            "A dam burst near Orsova on Sunday; two villages were flooded, officials said.", "utf-8"
        )
        write = ingest(ro / "s.db", extra)  # something new to store: the store must be written
        return _one_line_error(write, "read-only")
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)


def locked(reference_db: Path, corpus: Path, folder: Path) -> str:
    """Another process holds the write lock: reads go on, an ingest waits the lock timeout and
    then says so in one line."""
    db = folder / "locked.db"
    shutil.copy(reference_db, db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        read = subprocess.run([sys.executable, "-m", "storyline.cli", "stories", "--db", str(db)], env=_env(),
                              capture_output=True, text=True, check=False)  # fmt: skip
        if read.returncode != 0:
            return f"failed: a read was blocked: {read.stderr.strip()[-200:]}"
        extra = folder / "extra.txt"
        extra.write_text(
            "A bridge collapsed in Kessel on Sunday; three people were injured, police said.", "utf-8"
        )
        write = ingest(db, extra, STORYLINE_LOCK_TIMEOUT="2")
        return _one_line_error(write, "locked")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def orphans_after_kill(corpus: Path, folder: Path, delay: float) -> str:
    db = folder / "orphans.db"
    proc = subprocess.Popen(_command(db, corpus, 2), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(delay)
    children = survivors(str(db))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(ORPHAN_WAIT)
    left = survivors(str(db))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    if len(children) < 2:
        return f"inconclusive: only {len(children)} processes seen before the kill"
    return "ok" if not left else f"failed: {len(left)} workers outlived the ingest"


def run(kills: int, docs: int, seed: int, extras: bool, log: bool = True) -> Results:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="storyline-faults-") as tmp:
        folder = Path(tmp)
        corpus = make_corpus(folder, docs)
        total = sum(1 for _ in corpus.open(encoding="utf-8"))
        reference_db = folder / "reference.db"
        proc = subprocess.Popen(_command(reference_db, corpus, 1), env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)  # fmt: skip
        timeline = watch(proc, reference_db, total)
        if proc.returncode != 0:
            raise SystemExit(
                f"the uninterrupted ingest failed: {proc.stderr.read()[-2000:] if proc.stderr else ''}"
            )
        seconds = timeline.end
        reference = snapshot(reference_db)
        results = Results(total, round(seconds, 1))
        for n in range(kills):
            jobs = 1 + (n // len(PHASES)) % 2  # each phase with both --jobs 1 and --jobs 2
            target = PHASES[n % len(PHASES)]
            trial = kill_trial(corpus, reference, total, timeline, target, jobs, folder, rng)
            trial.target = target
            results.trials.append(trial)
            if log:
                print(f"kill {n + 1}/{kills}: {asdict(trial)}", file=sys.stderr, flush=True)
        if extras:
            two = folder / "jobs2.db"
            results.extras["uninterrupted --jobs 2 equals --jobs 1"] = (
                "ok" if ingest(two, corpus, 2).returncode == 0 and snapshot(two) == reference else "failed"
            )
            results.extras["disk full (ENOSPC)"] = disk_full(
                corpus, reference, folder, reference_db.stat().st_size
            )
            results.extras["read-only store"] = read_only(reference_db, folder)
            results.extras["locked store"] = locked(reference_db, corpus, folder)
            results.extras["no orphan workers"] = orphans_after_kill(corpus, folder, min(seconds * 0.5, 15))
            if log:
                for k, v in results.extras.items():
                    print(f"{k}: {v}", file=sys.stderr, flush=True)
    return results


def summary(results: Results) -> str:
    trials = results.trials
    lines = [f"corpus: {results.docs} records; uninterrupted ingest {results.reference_seconds} s"]
    if trials:
        same = sum(t.identical for t in trials)
        lines.append(f"kills: {len(trials)} tried, {same} identical final states, "
                     f"{sum(t.integrity == 'ok' for t in trials)} integrity_check ok, "
                     f"{sum(t.orphans for t in trials)} orphan processes")  # fmt: skip
        phases: dict[str, list[int]] = {}
        for t in trials:
            phases.setdefault(t.phase, [0, 0])
            phases[t.phase][0] += 1
            phases[t.phase][1] += t.identical
        for phase, (n, ok) in sorted(phases.items()):
            lines.append(f"  {phase}: {n} kills, {ok} identical")
    for name, verdict in results.extras.items():
        lines.append(f"{name}: {verdict}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=52)
    parser.add_argument(
        "--docs", type=int, default=6, help="real pages in the corpus (plus a copy and a version)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extras", action=argparse.BooleanOptionalAction, default=True,
                        help="also disk full, read-only, locked, orphans")  # fmt: skip
    parser.add_argument("--json", type=Path, help="write every trial here")
    args = parser.parse_args()
    results = run(args.kills, args.docs, args.seed, args.extras)
    print(summary(results))
    if args.json:
        args.json.write_text(json.dumps(asdict(results), indent=1), "utf-8")
    failed = any(not t.identical or t.integrity != "ok" or t.orphans for t in results.trials)
    failed = failed or any(v.startswith("failed") for v in results.extras.values())
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
