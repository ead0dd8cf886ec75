"""End to end on the real seed articles (../shared/corpus/seeds): ingest → analyse → link →
store → dossier, asserting what the spine issue requires."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.api import Store


@pytest.fixture(scope="module")
def dossier(seeds: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    store = Store(tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = store.ingest(seeds)
    assert not report.failed, report.failed
    return store.dossier()


def _doc_index(dossier: dict, doc_id: str) -> int:
    return [d["id"] for d in dossier["documents"]].index(doc_id)


def test_documents_languages_and_header_dates(dossier: dict) -> None:
    docs = dossier["documents"]
    assert len(docs) == 5
    assert [d["lang"] for d in docs] == ["ru", "bg", "en", "ru", "ru"]
    header = {i: d["published"]["value"] for i, d in enumerate(docs) if d["published"]["basis"] == "header"}
    assert header == {0: "2025-12-25", 3: "2025-10-24", 4: "2025-11-24"}
    passages = {p["lang"] for p in docs[1]["passages"]}
    assert passages == {"bg", "en"}  # the English tweet inside the Bulgarian article


def test_stories(dossier: dict) -> None:
    story_of = [d["story"] for d in dossier["documents"]]
    assert story_of[0] == story_of[1] == story_of[2] == story_of[3]
    assert story_of[4] != story_of[0] and story_of[4] is not None


def test_crash_event_near_aktau(dossier: dict) -> None:
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    crashes = [v for v in dossier["events"] if v["type"] == "crash" and v["date"]["value"] == "2024-12-25"]
    assert len(crashes) == 1, [(v["type"], v["date"], v.get("place")) for v in dossier["events"]]
    crash = crashes[0]
    assert names.get(crash["place"]) == "Aktau"
    assert len({s["doc"] for s in crash["evidence"]}) >= 3


def test_figures_and_on_board_conflict(dossier: dict) -> None:
    dead_docs = {
        f["evidence"][0]["doc"] for f in dossier["figures"] if f["attribute"] == "dead" and f["value"] == 38
    }
    assert len(dead_docs) >= 2
    on_board = [c for c in dossier["conflicts"] if c["kind"] == "figure" and c["attribute"] == "on_board"]
    assert on_board, dossier["conflicts"]
    values = {p["value"] for c in on_board for p in c["positions"]}
    assert {67, 72} <= values


@pytest.mark.parametrize("name", ["Putin", "Aliyev"])
def test_leaders_are_one_entity_across_languages(dossier: dict, name: str) -> None:
    hits = [
        e
        for e in dossier["entities"]
        if e["type"] == "PER" and e["name"].endswith(name) and not e["name"].startswith("Heydar")
    ]
    assert len(hits) == 1, [(e["name"], e["names"]) for e in hits]
    langs = {dossier["documents"][_doc_index(dossier, m["doc"])]["lang"] for m in hits[0]["mentions"]}
    assert {"ru", "bg", "en"} <= langs


def test_every_evidence_span_matches_the_text(dossier: dict) -> None:
    texts = {d["id"]: d["text"] for d in dossier["documents"]}
    checked = 0
    for kind in ("events", "figures", "claims", "quotes"):
        for item in dossier[kind]:
            assert item["evidence"], item
            for span in item["evidence"]:
                assert texts[span["doc"]][span["start"] : span["end"]] == span["text"]
                checked += 1
    for entity in dossier["entities"]:
        for m in entity["mentions"]:
            assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]
    assert checked > 20


def test_dossier_validates_against_the_schema(dossier: dict, shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "spec" / "dossier.schema.json").read_text("utf-8"))
    jsonschema.validate(dossier, schema, format_checker=jsonschema.FormatChecker())
