"""Reads that load what they show: a page of stories, one story, one story's export. Each must
give what the whole-store dossier gives for that part, and none may load the whole store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reads_support import refuse_whole_loads, run, whole_dossier
from storyline import cli
from storyline.api import Store
from storyline.workflow.names import entity_names
from web_support import copy_store


@pytest.fixture(scope="module")
def db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_store(demo_db, tmp_path_factory.mktemp("reads") / "store.db")


@pytest.fixture(scope="module")
def whole(db: Path) -> dict:
    return whole_dossier(db)


@pytest.fixture()
def no_full_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any read of the whole store fails the test."""
    refuse_whole_loads(monkeypatch)


def test_a_page_of_stories_counts_what_the_dossier_holds(db: Path, whole: dict, no_full_load: None) -> None:
    store = Store(db)
    page, names = store.story_page()
    assert [s.id for s in page] == [s["id"] for s in whole["stories"]]
    langs = {d["id"]: d["lang"] or "?" for d in whole["documents"]}
    for summary, story in zip(page, whole["stories"], strict=True):
        assert summary.title == story["title"] and summary.documents == len(story["documents"])
        assert (summary.start, summary.end, summary.topic) == (
            story.get("start"),
            story.get("end"),
            story.get("topic"),
        )
        counted: dict[str, int] = {}
        for d in story["documents"]:
            counted[langs[d]] = counted.get(langs[d], 0) + 1
        assert summary.languages == counted
    known = {e["id"]: e["name"] for e in whole["entities"]}
    assert names and all(known.get(e) == n for e, n in names.items() if e in known)
    assert store.count_stories() == len(whole["stories"])


def test_pages_follow_on_from_each_other(db: Path, whole: dict) -> None:
    store = Store(db)
    first, _ = store.story_page(0, 1)
    rest, _ = store.story_page(1, None)
    assert [s.id for s in first + rest] == [s["id"] for s in whole["stories"]]
    assert len(first) == 1


def test_one_story_is_what_the_whole_dossier_says_of_it(db: Path, whole: dict, no_full_load: None) -> None:
    story = max(whole["stories"], key=lambda s: len(s["documents"]))
    part = Store(db).dossier(story["id"])
    assert [s["id"] for s in part["stories"]] == [story["id"]] and part["stories"][0] == story
    docs = {d["id"]: d for d in whole["documents"]}
    assert [d["id"] for d in part["documents"]] == [d for d in docs if d in set(story["documents"])]
    for d in part["documents"]:
        assert d == docs[d["id"]]
    for kind in ("events", "figures", "claims", "quotes"):
        mine = [x for x in whole[kind] if x.get("story", story["id"]) == story["id"]
                and all(s["doc"] in story["documents"] for s in x["evidence"])]  # fmt: skip
        assert part[kind] == mine, kind
    # an entity of the story keeps the name the whole store gives it, with its mentions here only
    names = {e["id"]: e["name"] for e in whole["entities"]}
    assert part["entities"] and all(names[e["id"]] == e["name"] for e in part["entities"])
    assert all(m["doc"] in story["documents"] for e in part["entities"] for m in e["mentions"])


def test_an_unknown_story_is_none(db: Path) -> None:
    store = Store(db)
    assert store.story_dossier("s-nothing") is None
    with pytest.raises(KeyError):
        store.dossier("s-nothing")


def test_documents_keep_their_number_in_the_store(db: Path, whole: dict, tmp_path: Path) -> None:
    ids = [d["id"] for d in whole["documents"]]
    assert Store(db).positions(ids[-2:]) == {ids[-2]: len(ids) - 1, ids[-1]: len(ids)}
    from sqlalchemy import text

    gaps = Store(copy_store(db, tmp_path / "gaps.db"))
    with gaps.engine.begin() as conn:  # a database sequence may skip numbers: the place is the rank
        conn.execute(text("UPDATE documents SET seq = seq * 10"))
    assert gaps.positions([ids[0], ids[-1]]) == {ids[0]: 1, ids[-1]: len(ids)}


def test_names_from_the_records_are_the_entity_lists_names(db: Path, whole: dict) -> None:
    names = entity_names(Store(db), [e["id"] for e in whole["entities"][:20]])
    assert names == {e["id"]: e["name"] for e in whole["entities"][:20]}


def test_the_cli_lists_a_page_and_says_how_many_more(db: Path, whole: dict, no_full_load: None,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, out, _ = run(["stories", "--db", str(db), "--limit", "1"], capsys)
    assert code == 0
    assert whole["stories"][0]["id"] in out and whole["stories"][1]["id"] not in out
    assert f"{len(whole['stories']) - 1} more stories" in out
    code, out, _ = run(["stories", "--db", str(db), "--topics"], capsys)
    assert code == 0 and all(s["topic"] in out for s in whole["stories"] if s.get("topic"))


def test_story_and_timeline_read_one_story_and_show_what_the_whole_dossier_shows(
    db: Path, whole: dict, no_full_load: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from storyline.present import View

    story = max(whole["stories"], key=lambda s: len(s["documents"]))
    view = View(whole, cli.out)
    shows = {
        "story": lambda: view.story(story["id"], why=True),
        "timeline": lambda: view.timeline(story["id"]),
    }
    for command, show in shows.items():
        show()
        expected = capsys.readouterr().out
        extra = ["--why"] if command == "story" else []
        code, out, _ = run([command, story["id"], *extra, "--db", str(db)], capsys)
        assert code == 0 and out == expected, command
    code, _, err = run(["story", story["id"][:-1] + "x", "--db", str(db)], capsys)
    assert code == 1 and f"did you mean {story['id']}" in err


def test_export_of_one_story_writes_only_that_story(db: Path, whole: dict, tmp_path: Path, no_full_load: None,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    story = whole["stories"][-1]
    for fmt in ("dossier", "jsonl", "ftm", "csv", "html"):
        target = tmp_path / f"one.{fmt}"
        code, _, err = run(
            ["export", "--db", str(db), "--story", story["id"], "-f", fmt, "-o", str(target)], capsys
        )
        assert code == 0 and target.stat().st_size > 0, err
    data = json.loads((tmp_path / "one.dossier").read_text("utf-8"))
    assert [s["id"] for s in data["stories"]] == [story["id"]]
    assert {d["id"] for d in data["documents"]} == set(story["documents"])
    lines = (tmp_path / "one.jsonl").read_text("utf-8").splitlines()
    assert lines and all(json.loads(line) for line in lines)
    code, _, err = run(
        ["export", "--db", str(db), "--story", "s-nothing", "-o", str(tmp_path / "x.json")], capsys
    )
    assert code == 1 and "no story 's-nothing'" in err and not (tmp_path / "x.json").exists()


def test_a_store_linked_before_names_were_kept_gets_them_once(db: Path, whole: dict, tmp_path: Path) -> None:
    from sqlalchemy import text

    from storyline.workflow.entities import keep_names

    store = Store(copy_store(db, tmp_path / "old.db"))
    _edit_records(store, lambda data: data.pop("name", None))  # as linking left them before names were kept
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM meta WHERE key = 'entity_names_kept'"))
    first = [e["id"] for e in whole["entities"][:10]]
    expected = {e["id"]: e["name"] for e in whole["entities"][:10]}
    assert entity_names(store, first) == expected  # made from the records meanwhile
    assert keep_names(store) > 0 and keep_names(store) == 0
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT data FROM entity_records")).all()
    assert rows and all(json.loads(r.data).get("name") for r in rows)
    assert entity_names(store, first) == expected


def test_the_name_kept_with_a_record_is_the_one_shown(db: Path, whole: dict, tmp_path: Path) -> None:
    # what linking kept is what every read shows: a list, one story, the entity list

    store = Store(copy_store(db, tmp_path / "named.db"))
    story = max(whole["stories"], key=lambda s: len(s["documents"]))
    eid = story["entities"][0]
    _edit_records(store, lambda data: data.update(name="Quillon Marvé"), eid)
    assert entity_names(store, [eid]) == {eid: "Quillon Marvé"}
    assert {e["id"]: e["name"] for e in store.dossier(story["id"])["entities"]}[eid] == "Quillon Marvé"
    assert {e.id: e.name for e in store.entities()}[eid] == "Quillon Marvé"


def _edit_records(store: Store, edit: Any, only: str | None = None) -> None:
    """Change stored entity records' JSON in Python (the same on SQLite and PostgreSQL)."""
    from sqlalchemy import text

    with store.engine.begin() as conn:
        for row in conn.execute(text("SELECT id, data FROM entity_records")).all():
            if only is None or row.id == only:
                data = json.loads(row.data)
                edit(data)
                conn.execute(
                    text("UPDATE entity_records SET data = :d WHERE id = :i"),
                    {"d": json.dumps(data), "i": row.id},
                )
