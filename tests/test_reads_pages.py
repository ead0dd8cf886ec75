"""Whole-store listings and exports that never load the whole store: a page of the timeline,
figures, quotes, claims or conflicts read with SQL, and the whole export written as it is read.
Each must show or write what the whole-store load gives for the same items."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reads_support import refuse_whole_loads, run, whole_dossier
from storyline import cli
from storyline.api import Store
from storyline.export.csv_export import figures_csv
from storyline.export.jsonl import findings_lines
from storyline.present import View, _date_order, _when
from storyline.workflow.pages import findings_page
from web_support import client, copy_store

API = "/api/v1"
COMMANDS = ("timeline", "figures", "quotes", "claims", "conflicts")


@pytest.fixture(scope="module")
def db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_store(demo_db, tmp_path_factory.mktemp("pages") / "store.db")


@pytest.fixture(scope="module")
def whole(db: Path) -> dict:
    return whole_dossier(db)


@pytest.fixture()
def no_full_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any read of the whole store (every document, every item) fails the test."""
    refuse_whole_loads(monkeypatch, every_document=True)


def shown(whole: dict, command: str, capsys: pytest.CaptureFixture[str], **kwargs: Any) -> str:
    getattr(View(whole, cli.out), command)(**kwargs)
    return capsys.readouterr().out


def listed(whole: dict, everything: bool = False) -> list[dict]:
    """The dated events the whole timeline lists, in its order."""
    events = [v for v in whole["events"] if everything or v["listed"]]
    events.sort(key=lambda v: (*_date_order(v["date"]), v["id"]))
    return [v for v in events if _when(v["date"]) != "undated"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_item_of_a_listing_shows_what_the_whole_store_shows(
    command: str, db: Path, whole: dict, no_full_load: None, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = shown(whole, command, capsys)
    code, out, err = run([command, "--db", str(db), "--limit", "0"], capsys)
    assert code == 0 and out == expected, err
    assert whole["figures"] and whole["quotes"] and whole["events"]  # the demo has something to show


def test_the_whole_timeline_with_undated_and_low_confidence_events(
    db: Path, whole: dict, no_full_load: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for flags, kwargs in ((["--undated"], {"undated": True}), (["--all"], {"everything": True}),
                          (["--undated", "--all"], {"undated": True, "everything": True})):  # fmt: skip
        expected = shown(whole, "timeline", capsys, **kwargs)
        code, out, _ = run(["timeline", "--db", str(db), "--limit", "0", *flags], capsys)
        assert code == 0 and out == expected, flags


def test_timeline_pages_run_from_the_newest_back_and_join_up(
    db: Path, whole: dict, no_full_load: None
) -> None:
    store = Store(db)
    events = listed(whole)
    assert len(events) >= 4  # two pages of two
    first = store.findings_page("events", 0, 2)  # the API's page, as the CLI reads it
    second = store.findings_page("events", 2, 2)
    assert [v["id"] for v in first.data["events"]] == [v["id"] for v in events[-2:]]
    assert [v["id"] for v in second.data["events"]] == [v["id"] for v in events[-4:-2]]
    assert first.total == len(events) and first.shown == 2
    every = listed(whole, everything=True)
    pages = [
        findings_page(store, "events", n, 3, everything=True).data["events"] for n in range(0, len(every), 3)
    ]
    assert [v["id"] for page in reversed(pages) for v in page] == [v["id"] for v in every]
    by_id = {v["id"]: v for v in whole["events"]}
    assert all(v == by_id[v["id"]] for v in first.data["events"])  # each item as the whole dossier has it
    low = sum(1 for v in whole["events"] if not v["listed"])
    apart = sum(1 for v in whole["events"] if v["listed"] and _when(v["date"]) == "undated")
    assert first.counts == {"low": low, "apart": apart}


@pytest.mark.parametrize("kind", ["figures", "quotes", "claims", "conflicts"])
def test_pages_of_findings_follow_the_stored_order(
    kind: str, db: Path, whole: dict, no_full_load: None
) -> None:
    store = Store(db)
    items = whole[kind]
    pages = [findings_page(store, kind, offset, 3) for offset in range(0, len(items) + 3, 3)]
    assert [x for p in pages for x in p.data[kind]] == items
    assert all(p.total == len(items) for p in pages)


def test_a_page_shows_what_the_whole_store_shows_of_its_items(
    db: Path, whole: dict, no_full_load: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for command, kind in (("figures", "figures"), ("quotes", "quotes"), ("timeline", "events")):
        items = listed(whole)[-3:] if kind == "events" else whole[kind][3:6]
        part = {**whole, kind: items}
        folded = {"apart": sum(1 for v in whole["events"] if v["listed"] and _when(v["date"]) == "undated"),
                  "low": sum(1 for v in whole["events"] if not v["listed"])}  # fmt: skip
        expected = shown(part, command, capsys, **({"folded": folded} if kind == "events" else {}))
        extra = ["--offset", "0"] if kind == "events" else ["--offset", "3"]
        code, out, err = run([command, "--db", str(db), "--limit", "3", *extra], capsys)
        assert code == 0 and out == expected, command
        assert "more" in err


def test_the_whole_export_is_written_as_it_is_read_and_is_the_same(
    db: Path, whole: dict, tmp_path: Path, no_full_load: None
) -> None:
    store = Store(db)
    store.export(tmp_path / "all.json")
    text = (tmp_path / "all.json").read_text("utf-8")
    written = json.loads(text)
    assert text == json.dumps(
        {**whole, "generated_at": written["generated_at"]}, ensure_ascii=False, indent=1
    )
    store.export(tmp_path / "all.jsonl", "jsonl")
    assert (tmp_path / "all.jsonl").read_text("utf-8").splitlines() == list(findings_lines(whole))
    store.export(tmp_path / "all.csv", "csv")
    with (tmp_path / "all.csv").open(newline="", encoding="utf-8") as fh:
        assert fh.read() == figures_csv(whole)


def test_the_api_filters_a_listing_in_the_database(db: Path, whole: dict) -> None:
    attribute = whole["figures"][0]["attribute"]
    speaker = next(q["speaker"] for q in whole["quotes"] if q.get("speaker"))
    with client(db) as c:
        figures = c.get(f"{API}/figures", params={"attribute": attribute, "per_page": 500}).json()
        quotes = c.get(f"{API}/quotes", params={"speaker": speaker, "per_page": 2, "page": 1}).json()
    wanted = [f for f in whole["figures"] if f["attribute"] == attribute]
    assert figures["items"] == wanted and figures["total"] == len(wanted)
    said = [q for q in whole["quotes"] if q.get("speaker") == speaker]
    assert quotes["items"] == said[:2] and quotes["total"] == len(said)


def test_the_web_app_sends_the_whole_export_as_it_reads_it(db: Path, whole: dict, no_full_load: None) -> None:
    with client(db) as c:
        sent = c.get(f"{API}/export", params={"format": "dossier"})
        lines = c.get("/export", params={"format": "jsonl"})
    assert sent.status_code == 200 and "attachment" in sent.headers["content-disposition"]
    assert sent.json() == {**whole, "generated_at": sent.json()["generated_at"]}
    assert lines.text.splitlines() == list(findings_lines(whole))


def test_a_store_linked_before_the_timeline_indexes_pages_the_same(db: Path, tmp_path: Path) -> None:
    from sqlalchemy import text

    indexed = findings_page(Store(db), "events", 1, 2, everything=True, undated=True)
    store = Store(copy_store(db, tmp_path / "older.db"))
    with store.engine.begin() as conn:
        for name in ("ix_linked_event_dates", "ix_linked_event_counts", "ix_linked_kind_story"):
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    older = findings_page(store, "events", 1, 2, everything=True, undated=True)
    assert older.data["events"] == indexed.data["events"] and older.counts == indexed.counts
    assert (older.total, older.shown) == (indexed.total, indexed.shown)


@pytest.mark.parametrize("kind", ["reject", "merge"])
def test_the_streamed_entity_list_lays_the_corrections_over(
    kind: str, db: Path, whole: dict, tmp_path: Path
) -> None:
    store = Store(copy_store(db, tmp_path / "fixed.db"))
    first, second = whole["entities"][0]["id"], whole["entities"][1]["id"]
    payload = {"id": first} if kind == "reject" else {"entities": [first, second], "mentions": []}
    store.add_correction(kind, payload)  # read-time: the entity list lays it over without a relink
    full = store.dossier()
    store.export(tmp_path / "all.json")
    written = json.loads((tmp_path / "all.json").read_text("utf-8"))
    assert written["entities"] == full["entities"] and written["corrections"] == full["corrections"]
    assert [e["id"] for e in full["entities"]] != [e["id"] for e in whole["entities"]]  # it did change


def test_the_command_line_loads_the_store_only_for_commands_that_open_one() -> None:
    import os
    import subprocess
    import sys

    import storyline

    here = str(Path(storyline.__file__).parents[1])  # this checkout's package, not an installed one
    check = "import sys, storyline.cli; print(sorted(m for m in ('sqlalchemy', 'storyline.api') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": here}
    found = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert found.strip() == "[]"  # `storyline --help` and argument errors never import them
