"""Stories on the real seed articles (../shared/corpus/seeds), end to end through the CLI's store:
000–003 are one story across ru, bg and en, 004 another; titles read as English; --why explains.
Assertions only: nothing in the code knows these articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.api import Store
from storyline.cli import app


@pytest.fixture(scope="module")
def db(seeds: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed-stories") / "seeds.db"
    report = Store(path).ingest(seeds)
    assert not report.failed, report.failed
    return path


@pytest.fixture(scope="module")
def dossier(db: Path) -> dict:
    return Store(db).dossier()


def test_one_story_across_languages_and_another_apart(dossier: dict) -> None:
    story_of = [d["story"] for d in dossier["documents"]]
    assert len(set(story_of[:4])) == 1
    assert story_of[4] not in story_of[:4]
    story = next(s for s in dossier["stories"] if s["id"] == story_of[0])
    langs = {d["lang"] for d in dossier["documents"] if d["id"] in story["documents"]}
    assert {"ru", "bg", "en"} <= langs


def test_titles_are_short_readable_english(dossier: dict) -> None:
    for story in dossier["stories"]:
        title = story["title"]
        assert title and title != "Untitled story"
        assert len(title) <= 60 and title[0].isupper()
        assert re.fullmatch(r"[A-Za-z0-9 ,.'’–-]+", title), title  # Latin script: English titles
        assert story.get("topic") and story.get("start") and story["start"] <= story["end"]
    main = next(s for s in dossier["stories"] if len(s["documents"]) == 4)
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    crash = max(
        (v for v in dossier["events"] if v["story"] == main["id"]),
        key=lambda v: len({s["doc"] for s in v["evidence"]}),
    )
    assert crash["type"] in main["title"].lower() and names[crash["place"]] in main["title"]


def test_why_names_what_the_documents_share(dossier: dict, db: Path) -> None:
    main = next(s for s in dossier["stories"] if len(s["documents"]) == 4)
    features = [w for w in main["why"] if w["kind"] != "document"]
    joins = [w for w in main["why"] if w["kind"] == "document"]
    assert any(w["kind"] == "entity" and w["documents"] >= 3 for w in features)
    assert len(joins) == 4 and sum(1 for w in joins if w["via"]) == 3
    result = CliRunner().invoke(app, ["story", main["id"], "--why", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "How each document joined" in result.output and "opened the story" in result.output
    topics = CliRunner().invoke(app, ["stories", "--topics", "--db", str(db)])
    assert topics.exit_code == 0 and main["topic"] in topics.output
