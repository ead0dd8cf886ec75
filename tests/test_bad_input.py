"""The bad-input catalogue: every kind of odd file, odd store and mistyped command a user can
give the CLI, each handled cleanly — one line naming what is wrong, no traceback, the right exit
status, and for an ingest the good files beside it still stored.

Each case is one kind (its test id says which); RELIABILITY.md counts them.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from storyline import cli
from storyline.store import Store, schema

GOOD = "date 2025-04-02\nA landslide hit the village of Kordel on Tuesday. Three people were injured, the mayor said."
OTHER = (
    "date 2025-04-03\nThe museum of Velden reopened on Wednesday after repairs. The director Mira Osen "
    "thanked the volunteers."
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    captured = capsys.readouterr()
    code = stop.value.code if isinstance(stop.value.code, int) else (0 if stop.value.code is None else 1)
    return code, captured.out, captured.err


def clean(err: str) -> None:
    assert "Traceback" not in err and "sqlalchemy" not in err.lower() and 'File "' not in err, err


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "title.txt").write_text(
        "date 2025-04-04\nFloods [/] in [red]Ostra\n" + OTHER.split("\n", 1)[1], "utf-8"
    )
    db = folder / "s.db"
    with pytest.raises(SystemExit) as stop:
        cli.main(
            ["ingest", "--db", str(db), str(folder / "good.txt"), str(folder / "title.txt"), "--no-progress"]
        )
    assert stop.value.code in (0, None)
    return db


# ------------------------------------------------------------------ bad files given to ingest


@dataclass
class FileCase:
    name: str
    make: Callable[[Path], Path]  # writes the bad input into a folder, returns the path to name
    message: str  # the error line must hold this (and the file's name); "" when the file is fine
    stored: bool = False  # the odd file is still ingested (decoded, warned about)


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "sock.txt"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()
    return path


def _loop(folder: Path) -> Path:
    sub = folder / "loop"
    sub.mkdir()
    (sub / "back").symlink_to(folder, target_is_directory=True)
    return sub / "back"


def _broken_link(folder: Path) -> Path:
    path = folder / "gone.txt"
    path.symlink_to(folder / "never-there.txt")
    return path


def _link_to_store(folder: Path) -> Path:
    """A link to the folder that holds the store (the test's store is ../s.db): its live files
    must never be read as input."""
    path = folder / "store_link"
    path.symlink_to(folder.parent, target_is_directory=True)
    return path


def _too_large(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(9_000_000)  # sparse: over the 8 MB limit without writing it
    return path


FILE_CASES = [
    FileCase("empty file", _write("empty.txt", b""), "empty file"),
    FileCase("whitespace only", _write("blank.txt", b"  \n\t\n "), "empty file"),
    FileCase("random binary", _write("noise.txt", bytes(range(256)) * 30), "binary"),
    FileCase("NUL bytes", _write("nul.txt", b"abc\x00\x01\x02" * 300), "binary"),
    FileCase("unsupported type", _write("scan.pdf", b"%PDF-1.4 ..."), "unsupported file type"),
    FileCase("file over the size limit", _too_large, "file too large"),
    FileCase("HTML without an article", _write("menu.html", b"<html><head><title>x</title></head></html>"), "article"),
    FileCase("malformed JSON", _write("bad.json", b'{"text": "unterminated'), "not valid JSON"),
    FileCase("JSON that is not an object", _write("num.json", b"42"), "neither an object"),
    FileCase("JSONL record that is not an object", _write("list.jsonl", b'["a", "b"]\n'), "not a JSON object"),
    FileCase("JSONL record without text", _write("notext.jsonl", b'{"title": "no body"}\n'), "has no text"),
    FileCase("JSONL broken line", _write("broken.jsonl", b"{nope\n"), "not valid JSON at line 1"),
    FileCase("JSONL line not UTF-8", _write("latin.jsonl", b'{"text": "caf\xe9 fire"}\n'), "line 1"),
    FileCase("named pipe", _fifo, "named pipe"),
    FileCase("unix socket", _socket, "socket"),
    FileCase("broken symbolic link", _broken_link, "broken symbolic link"),
    FileCase("markup in a file name", _write("[red]odd[x].txt", b""), "empty file"),
    FileCase("only digits and punctuation", _write("digits.txt", b"12 34 -- 56 !!"), ""),
    FileCase("control characters in text", _write("ctrl.txt", ("Fire\x07 in\x1b[31m Brest " * 5).encode()), ""),
    FileCase("truncated UTF-8", _write("cut.txt", "Пожар в порту Варны уничтожил склад".encode()[:-1]), "", True),
    FileCase("UTF-16 without BOM", _write("u16.txt", "A ferry sank near Brindisi on Monday.".encode("utf-16-le")), "", True),
    FileCase("cp1251 text", _write("cp1251.txt", "Пожар на складе в Самаре потушили утром.".encode("cp1251")), "", True),
    FileCase("cp1252 French text", _write("fr.txt", "Une enquête a été ouverte après l'incendie à Brest.".encode("cp1252")), "", True),
    FileCase("symlink loop", _loop, ""),
    FileCase("link into the store's folder", _link_to_store, ""),
]  # fmt: skip


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.name for c in FILE_CASES])
def test_bad_file_is_one_line_and_the_rest_goes_on(
    case: FileCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    bad = case.make(folder)
    db = tmp_path / "s.db"
    Store(db).close()  # the store exists (with its -wal and -shm) before the folder is read
    code, _, err = run(["ingest", "--db", str(db), str(folder), "--no-progress"], capsys)
    clean(err)
    assert code == 0, err  # the good file was ingested, so the run succeeded
    errors = [ln for ln in err.splitlines() if ln.startswith("error")]
    if case.message:
        assert len(errors) == 1 and case.message in errors[0] and bad.name in errors[0], err
    else:
        assert not errors, err
    assert "1 new" in err or "2 new" in err or "3 new" in err


def test_odd_encodings_are_stored_and_read_right(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storyline.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    for case in FILE_CASES:
        if case.stored:
            case.make(folder)
    run(["ingest", "--db", str(tmp_path / "s.db"), str(folder), "--no-progress"], capsys)
    texts = {Path(d.source).name: d.text for d in Store(tmp_path / "s.db").documents()}
    assert "enquête" in texts["fr.txt"] and "Самаре" in texts["cp1251.txt"] and "Brindisi" in texts["u16.txt"]


def test_many_duplicates_are_summarised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": GOOD.split("\n", 1)[1]}) for i in range(300)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n{broken\n" * 40, "utf-8")
    code, _, err = run(["ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "feed.jsonl"), "--no-progress",
                        "--log", str(tmp_path / "log.tsv")], capsys)  # fmt: skip
    clean(err)
    assert code == 0 and "299 duplicates" in err
    assert len(err.splitlines()) < 30  # counts and the first few, not one line per record
    assert "more duplicates" in err and "more errors not shown" in err
    log = (tmp_path / "log.tsv").read_text("utf-8").splitlines()
    assert (
        sum(row.startswith("duplicate\t") for row in log) == 299
        and sum(r.startswith("failed\t") for r in log) == 40
    )


def test_an_analysis_over_the_time_limit_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    code, _, err = run(["ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "a.txt"), "--no-progress",
                        "--time-limit", "0.001"], capsys)  # fmt: skip
    clean(err)
    assert "skipped: analysis took longer than 0.001 s" in err and "a.txt" in err
    assert code == 1  # nothing could be ingested


# ------------------------------------------------------------------ stores and commands


def _future(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()


@dataclass
class CommandCase:
    name: str
    argv: Callable[[Path, Path], list[str]]  # (a linked store, a scratch folder) → command line
    code: int  # expected exit status
    message: str  # the one line must hold this
    prepare: Callable[[Path, Path], None] | None = None


def _copy_store(db: Path, tmp: Path) -> Path:
    from web_support import copy_store

    return copy_store(db, tmp / "copy.db")


COMMAND_CASES = [
    CommandCase("non-SQLite file as --db", lambda db, t: ["stories", "--db", str(t / "notes.txt")], 1,
                "not a storyline store", lambda db, t: (t / "notes.txt").write_text("hello", "utf-8")),
    CommandCase("SQLite file of another program", lambda db, t: ["stories", "--db", str(t / "other.db")], 1,
                "not a storyline store", lambda db, t: sqlite3.connect(t / "other.db").execute("CREATE TABLE x (a)")),
    CommandCase("mistyped --db for a read command", lambda db, t: ["stories", "--db", str(db) + "x"], 1,
                "did you mean"),
    CommandCase("folder as --db", lambda db, t: ["stories", "--db", str(t)], 1, "is a folder"),
    CommandCase("--db in a missing folder", lambda db, t: ["ingest", "--db", str(t / "no" / "s.db"), str(t)], 1,
                "does not exist"),
    CommandCase("read-only store, ingest", lambda db, t: ["ingest", "--db", f"sqlite:///file:{db}?mode=ro&uri=true",
                                                          str(t / "new.txt"), "--no-progress"], 1, "read-only",
                lambda db, t: (t / "new.txt").write_text(OTHER.replace("Velden", "Tarna"), "utf-8")),
    CommandCase("future schema", lambda db, t: ["stories", "--db", str(t / "copy.db")], 1, "newer than this storyline",
                lambda db, t: _future(_copy_store(db, t))),
    CommandCase("export to a missing folder", lambda db, t: ["export", "-o", "/missing/dir/x", "--db", str(db)], 2,
                "does not exist"),
    CommandCase("export onto a folder", lambda db, t: ["export", "-o", str(t), "--db", str(db)], 2, "is a folder"),
    CommandCase("unknown export format", lambda db, t: ["export", "-o", str(t / "x"), "-f", "pdf", "--db", str(db)], 2,
                "unknown export format"),
    CommandCase("analyse a missing file", lambda db, t: ["analyse", str(t / "nope.txt")], 1, "no such file"),
    CommandCase("analyse a folder", lambda db, t: ["analyse", str(t)], 1, "is a folder"),
    CommandCase("analyse a binary file", lambda db, t: ["analyse", str(t / "b.bin")], 1, "binary",
                lambda db, t: (t / "b.bin").write_bytes(bytes(range(256)) * 20)),
    CommandCase("analyse with an impossible date", lambda db, t: ["analyse", str(t / "a.txt"), "--published",
                                                                  "2025-13-45"], 2, "not a date",
                lambda db, t: (t / "a.txt").write_text(GOOD, "utf-8")),
    CommandCase("timeline of an unknown story", lambda db, t: ["timeline", "s-nope", "--db", str(db)], 1, "no story"),
    CommandCase("figures of an unknown story", lambda db, t: ["figures", "s-nope", "--db", str(db)], 1, "no story"),
    CommandCase("story with an unknown id", lambda db, t: ["story", "s-nope", "--db", str(db)], 1, "no story"),
    CommandCase("unknown entity type", lambda db, t: ["entities", "--type", "XYZ", "--db", str(db)], 2,
                "unknown entity type"),
    CommandCase("entity nobody is named", lambda db, t: ["entity", "Nobody Atall", "--db", str(db)], 1, "no entity"),
    CommandCase("undo a correction that is not there", lambda db, t: ["corrections", "--undo", "99", "--db",
                                                                      str(t / "copy.db")], 1, "no correction",
                lambda db, t: _copy_store(db, t) and None),
    CommandCase("reject an unknown item", lambda db, t: ["reject", "f-nope", "--db", str(t / "copy.db")], 1,
                "unknown item", lambda db, t: _copy_store(db, t) and None),
    CommandCase("merge unknown entities", lambda db, t: ["merge", "e-a", "e-b", "--db", str(t / "copy.db")], 1,
                "unknown", lambda db, t: _copy_store(db, t) and None),
    CommandCase("negative --jobs", lambda db, t: ["ingest", "--db", str(t / "s.db"), str(t), "--jobs", "-1"], 2,
                "must not be negative"),
]  # fmt: skip


@pytest.mark.parametrize("case", COMMAND_CASES, ids=[c.name for c in COMMAND_CASES])
def test_bad_command_is_one_line(case: CommandCase, linked_store: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    if case.prepare:
        case.prepare(linked_store, tmp_path)
    code, _, err = run(case.argv(linked_store, tmp_path), capsys)
    clean(err)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == case.code, err
    assert len(lines) == 1 and case.message in lines[0], err


def test_a_locked_store_says_so_and_reads_go_on(linked_store: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    db = _copy_store(linked_store, tmp_path)
    (tmp_path / "new.txt").write_text(OTHER.replace("Velden", "Harrow"), "utf-8")
    monkeypatch.setenv("STORYLINE_LOCK_TIMEOUT", "0.3")
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(["stories", "--db", str(db)], capsys)
        assert code == 0 and "Stories" in out
        code, _, err = run(["ingest", "--db", str(db), str(tmp_path / "new.txt"), "--no-progress"], capsys)
        clean(err)
        assert code == 1 and "locked by another storyline command (waited 0.3 s)" in err
        assert len([ln for ln in err.splitlines() if ln.startswith("error")]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_full_disk_is_one_line_and_the_rerun_finishes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """SQLite's page limit gives the same SQLITE_FULL as a full disk."""
    import storyline.store as store_module
    from storyline.store import Store
    from storyline.store import engine as engine_module

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(
            GOOD.replace("Kordel", f"Kordel{i}") + " Filler text." * 200, "utf-8"
        )
    db = tmp_path / "s.db"
    Store(db).close()
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    real = engine_module.make_engine

    def small_disk(url: str, timeout: float):  # noqa: ANN202
        engine = real(url, timeout)
        from sqlalchemy import event

        event.listen(engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages + 12}"))
        return engine

    monkeypatch.setattr(store_module, "make_engine", small_disk)
    code, _, err = run(["ingest", "--db", str(db), str(folder), "--no-progress"], capsys)
    clean(err)
    assert code == 1 and "disk full" in err and len(err.strip().splitlines()) == 1
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    monkeypatch.setattr(store_module, "make_engine", real)
    code, _, err = run(["ingest", "--db", str(db), str(folder), "--no-progress"], capsys)
    assert code == 0
    store = Store(db)
    assert store.count_documents() == 6 and store.pending_ids() == [] and store.load_dossier().stories


def test_document_text_is_never_markup(linked_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storyline.api import Store

    dossier = Store(linked_store).dossier()
    sid = next(d["story"] for d in dossier["documents"] if "Ostra" in (d["title"] or ""))
    code, out, err = run(["story", sid, "--db", str(linked_store)], capsys)
    clean(err)
    assert code == 0 and "Floods [/] in [red]Ostra" in out and "[header]" in out
    assert Store(linked_store).count_documents() == 2


def test_analyse_detects_the_encoding_like_ingest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Пожар на складе в Самаре потушили утром, пострадали двое рабочих.".encode("cp1251"))
    code, out, err = run(["analyse", str(path), "--published", "2025-05-06"], capsys)
    clean(err)
    assert code == 0 and "Самаре" in out


def test_reads_name_documents_waiting_for_linking(linked_store: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from storyline.pipeline import Ingestor
    from storyline.store import Store

    db = _copy_store(linked_store, tmp_path)
    (tmp_path / "new.txt").write_text(OTHER.replace("Velden", "Borsk"), "utf-8")
    Ingestor(Store(db), progress=False).run([tmp_path / "new.txt"])  # stored, as if killed before linking
    code, _, err = run(["stories", "--db", str(db)], capsys)
    assert code == 0 and "1 stored documents are not linked yet" in err and "link --pending" in err
    code, _, err = run(["link", "--pending", "--db", str(db)], capsys)
    assert code == 0 and "1 documents linked" in err
    assert Store(db).pending_ids() == []


def test_an_export_onto_a_full_disk_is_one_line(linked_store: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import errno

    import storyline.api as api

    def full(path: Path, content: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    target = tmp_path / "report.html"
    target.write_text("the previous report", "utf-8")
    monkeypatch.setattr(api, "_write_whole", full)
    code, _, err = run(["export", "-o", str(target), "-f", "html", "--db", str(linked_store)], capsys)
    clean(err)
    assert (
        code == 1
        and err.strip()
        == f"error: {target}: disk full — nothing half-written was kept; free some space and run the same command again"
    )
    assert target.read_text("utf-8") == "the previous report"


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import storyline.api as api

    target = tmp_path / "report.html"
    target.write_text("the previous report", "utf-8")

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(api.os, "fsync", no_space)
    with pytest.raises(OSError) as failure:
        api._write_whole(target, "a new report " * 1000)
    assert failure.value.filename == str(target) and failure.value.errno == errno.ENOSPC
    assert target.read_text("utf-8") == "the previous report" and list(tmp_path.iterdir()) == [target]


def test_a_folders_readme_is_skipped_not_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "README.md").write_text("# About these files\nThree articles on a landslide.", "utf-8")
    log = tmp_path / "run.tsv"
    code, _, err = run(
        ["ingest", "--db", str(tmp_path / "s.db"), str(folder), "--no-progress", "--log", str(log)], capsys
    )
    clean(err)
    assert code == 0, err
    assert not [ln for ln in err.splitlines() if ln.startswith("error")], err
    assert "0 failed, 1 skipped" in err and "skipped" in err and "README.md" in err, err
    assert any(
        row.startswith("skipped\t") and "README.md" in row for row in log.read_text("utf-8").splitlines()
    )
