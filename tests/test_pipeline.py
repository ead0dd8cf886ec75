"""The ingest pipeline on corpora the tests write: bad input, duplicates, versions, interruption."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storyline.pipeline as pipeline
from storyline.api import Store

FERRY_RU = (
    "date 2025-03-14\nПаром «Звезда» загорелся на Дунае у города Измаил. По данным ГСЧС, погибли 12 человек, "
    "ещё 30 пострадали. Губернатор Олег Коваль заявил, что спасатели работали всю ночь."
)
FERRY_EN = (
    "date 2025-03-15\nA ferry caught fire on the Danube near Izmail on Friday. Twelve people were killed and "
    "30 were injured, the emergency service said. Governor Oleg Koval said rescuers had worked through the night."
)
THEATRE_RU = (
    "date 2025-03-20\nВ Одессе открылся новый театральный сезон. Режиссёр Анна Лысенко рассказала, что "
    "в программе восемь премьер и гастроли в Кишинёве."
)


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "ferry_ru.txt", FERRY_RU)
    _write(folder, "ferry_en.txt", FERRY_EN)
    _write(folder, "theatre.txt", THEATRE_RU)
    return folder


def test_bad_files_get_one_error_each_and_good_ones_are_stored(corpus: Path, tmp_path: Path) -> None:
    _write(corpus, "empty.txt", b"")
    _write(corpus, "binary.txt", bytes(range(256)) * 40)
    _write(corpus, "truncated.txt", "date 2025-03-16\nСпасатели нашли ещё двоих".encode()[:-1])
    _write(corpus, "nobody.html", b"<html><head><title>x</title></head></html>")
    _write(
        corpus, "feed.jsonl", json.dumps({"text": FERRY_EN.replace("Twelve", "Fourteen")}) + "\n{not json\n"
    )
    store = Store(tmp_path / "s.db")
    report = store.ingest([corpus])
    failed = dict(report.failed)
    assert any(s.endswith("empty.txt") for s in failed)
    assert any(s.endswith("binary.txt") for s in failed)
    assert any(s.endswith("nobody.html") for s in failed)
    assert any("feed.jsonl" in s for s in failed)
    assert all("\n" not in msg and msg for msg in failed.values())
    assert report.ok
    sources = {Path(d.source.split("#")[0]).name for d in store.documents()}
    assert {"ferry_ru.txt", "ferry_en.txt", "theatre.txt", "feed.jsonl"} <= sources


def test_reingesting_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    first = store.ingest([corpus])
    assert len(first.new) == 3
    again = store.ingest([corpus])
    assert again.stored == 0 and len(again.unchanged) == 3
    assert store.count_documents() == 3


def test_duplicates_and_updated_versions(corpus: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.ingest([corpus])
    extra = tmp_path / "later"
    extra.mkdir()
    _write(extra, "copy_of_ferry.txt", FERRY_RU)  # the same article from another file
    _write(extra, "ferry_ru_update.txt", FERRY_RU.replace("погибли 12", "погибли 14"))
    report = store.ingest([extra])
    assert [Path(s).name for s, _ in report.duplicates] == ["copy_of_ferry.txt"]
    assert [Path(s).name for s, _ in report.versions] == ["ferry_ru_update.txt"]
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["copy_of_ferry.txt"].duplicate_of == docs["ferry_ru.txt"].id
    assert (
        docs["copy_of_ferry.txt"].lang == docs["ferry_ru.txt"].lang == "ru"
    )  # a copy is in its original's language
    assert docs["ferry_ru_update.txt"].version_of == docs["ferry_ru.txt"].id
    analysed = store.analyses()
    assert docs["copy_of_ferry.txt"].id not in analysed and docs["ferry_ru_update.txt"].id in analysed
    dossier = store.dossier()
    dead = {f["value"] for f in dossier["figures"] if f["attribute"] == "dead"}
    assert {12, 14} <= dead


def test_an_interrupted_ingest_keeps_what_was_stored(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline._analyse_one
    calls = {"n": 0}

    def flaky(args: tuple[str, str | None, str | None]):  # noqa: ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(args)

    monkeypatch.setattr(pipeline, "_analyse_one", flaky)
    monkeypatch.setattr(pipeline, "BATCH", 1)
    store = Store(tmp_path / "s.db")
    report = store.ingest([corpus])
    assert report.interrupted and len(report.new) == 1
    assert store.count_documents() == 1 and len(store.analyses()) == 1
    monkeypatch.setattr(pipeline, "_analyse_one", real)
    rest = store.ingest([corpus])
    assert len(rest.new) == 2 and len(rest.unchanged) == 1
    assert store.count_documents() == 3


def test_nothing_ingestable_is_a_failure(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    _write(folder, "empty.txt", b"")
    report = Store(tmp_path / "s.db").ingest([folder])
    assert not report.ok and len(report.failed) == 1


def test_stories_split_unrelated_articles(corpus: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.ingest([corpus])
    dossier = store.dossier()
    story = {Path(d["source"]).name: d["story"] for d in dossier["documents"]}
    assert story["ferry_ru.txt"] == story["ferry_en.txt"] != story["theatre.txt"]


def test_link_reanalyse_brings_old_analyses_up_to_date(tmp_path: Path) -> None:
    from sqlalchemy import update

    from storyline.analyse import ANALYSER_VERSION
    from storyline.api import Store as ApiStore
    from storyline.pipeline import reanalyse
    from storyline.store import schema

    (tmp_path / "a.txt").write_text(
        "date 2025-05-02\nFloods in Novi Sad killed four people on Friday.", "utf-8"
    )
    store = ApiStore(tmp_path / "s.db")
    store.ingest([tmp_path / "a.txt"])
    with store.engine.begin() as conn:  # as an older storyline left it
        conn.execute(update(schema.analyses).values(version="0", data='{"lang": "en"}'))
    assert len(store.stale_analyses(ANALYSER_VERSION)) == 1
    assert reanalyse(store, progress=False) == 1
    assert store.stale_analyses(ANALYSER_VERSION) == []
    assert any(m.text == "Novi Sad" for a in store.analyses().values() for m in a.mentions)


def test_a_copy_stored_before_its_original_is_analysed_takes_its_language(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, "a.txt", FERRY_RU)
    _write(folder, "b.txt", FERRY_RU)  # the same text in the same run: stored while "a" is analysed
    store = Store(tmp_path / "s.db")
    store.ingest([folder])
    docs = {Path(d.source).name: d for d in store.documents()}
    assert docs["b.txt"].duplicate_of == docs["a.txt"].id and docs["b.txt"].lang == "ru"
    assert all("?" not in s.languages for s in store.story_page()[0])  # the listing counts it as Russian
