"""Analyst corrections are stored as records and survive relinking and new ingests."""

from __future__ import annotations

from pathlib import Path

from storyline.api import Store

ARTICLE_EN = (
    "date 2025-06-02\nA bus fell into a ravine near Kraljevo on Sunday. Seven people were killed and 19 "
    "injured, police said. Minister Dragan Ilic said the driver had lost control."
)
ARTICLE_RU = (
    "date 2025-06-03\nАвтобус упал в ущелье возле Кралево. Погибли семь человек, 19 пострадали. "
    "Министр Драган Илич заявил, что водитель потерял управление."
)
LATER_EN = (
    "date 2025-06-05\nThe toll of the bus crash near Kraljevo rose to nine, police said. "
    "Dragan Ilic visited the injured in hospital."
)


def _store(tmp_path: Path) -> Store:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_en.txt").write_text(ARTICLE_EN, "utf-8")
    (folder / "b_ru.txt").write_text(ARTICLE_RU, "utf-8")
    store = Store(tmp_path / "s.db")
    store.ingest([folder])
    return store


def test_merge_split_and_reject_survive_a_new_ingest(tmp_path: Path) -> None:
    store = _store(tmp_path)
    entities = store.load_dossier().entities
    a, b = entities[0], entities[-1]
    store.merge([a.id, b.id], note="same thing")
    merged = [
        e
        for e in store.load_dossier().entities
        if {m.text for m in a.mentions} <= {m.text for m in e.mentions}
    ]
    assert len(merged) == 1 and {m.text for m in b.mentions} <= {m.text for m in merged[0].mentions}

    figure = store.load_dossier().figures[0]
    store.reject(figure.id)
    assert figure.id not in {f.id for f in store.load_dossier().figures}

    later = tmp_path / "later"
    later.mkdir()
    (later / "c_en.txt").write_text(LATER_EN, "utf-8")
    store.ingest([later])
    after = store.load_dossier()
    assert figure.id not in {f.id for f in after.figures}
    still = [e for e in after.entities if {m.text for m in a.mentions} <= {m.text for m in e.mentions}]
    assert len(still) == 1 and {m.text for m in b.mentions} <= {m.text for m in still[0].mentions}
    assert [c.kind for c in store.corrections()] == ["merge", "reject"]
    assert [c["kind"] for c in store.dossier()["corrections"]] == ["merge", "reject"]


def test_split_moves_a_name_out(tmp_path: Path) -> None:
    store = _store(tmp_path)
    target = max(store.load_dossier().entities, key=lambda e: len({m.base for m in e.mentions}))
    bases = sorted({m.base or m.text for m in target.mentions})
    assert len(bases) >= 2, "fixture needs an entity with two base forms"
    store.split(target.id, [bases[0]])
    holders = [
        e for e in store.load_dossier().entities if any((m.base or m.text) == bases[0] for m in e.mentions)
    ]
    assert all(bases[1] not in {m.base or m.text for m in e.mentions} for e in holders)
