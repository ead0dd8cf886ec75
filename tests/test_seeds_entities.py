"""Entities end to end: the seed articles (../shared/corpus/seeds) and a variant corpus written for
this test, in which the people, places and the airline are others. Each name must be one entity
across the documents and scripts that mention it, people with one surname stay apart, and no
entity is a month, a section word, a sentence fragment or a common noun at a sentence start."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.api import Store
from storyline.names import fold

MONTHS_AND_SECTIONS = {
    "январь", "февраль", "декабрь", "януари", "декември", "january", "december", "политика",
    "общество", "новости", "спорт", "фото", "видео", "news", "politics",
}  # fmt: skip


def _dossier(paths: list[Path], tmp: Path) -> dict:
    store = Store(tmp / "s.db")
    report = store.ingest(paths)
    assert not report.failed, report.failed
    return store.dossier()


def _holders(d: dict, *names: str) -> list[dict]:
    """Entities any of whose base forms or written forms is one of ``names``."""
    want = {fold(n) for n in names}
    return [
        e
        for e in d["entities"]
        if want
        & ({fold(b) for v in e["names"].values() for b in v} | {fold(m["text"]) for m in e["mentions"]})
    ]


def _docs(d: dict, e: dict) -> set[int]:
    order = [x["id"] for x in d["documents"]]
    return {order.index(m["doc"]) for m in e["mentions"]}


def _no_junk(d: dict) -> None:
    for e in d["entities"]:
        for lang, names in e["names"].items():
            for n in names:
                assert fold(n) not in MONTHS_AND_SECTIONS, (e["name"], lang, n)
                assert len(n.split()) <= 8, (e["name"], n)  # a sentence fragment is no name


# ---------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds_dossier(seeds: list[Path], tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _dossier(seeds, tmp_path_factory.mktemp("seeds-entities"))


@pytest.mark.parametrize(
    ("names", "min_docs"),
    [
        (("Путин", "Putin"), 3),
        (("Алиев", "Aliyev"), 3),
        (("Актау", "Aktau"), 3),
        (("Баку", "Baku"), 3),
        (("Грозный", "Грозни", "Grozny"), 3),
        (("Казахстан", "Kazakhstan"), 3),
        (("Azerbaijan Airlines", "AZAL"), 2),
        (("Токаев", "Tokayev", "Kassym-Jomart Tokayev"), 1),  # 003's mention is in a cut headline
    ],
)
def test_seed_names_are_one_entity_each(seeds_dossier: dict, names: tuple[str, ...], min_docs: int) -> None:
    hits = _holders(seeds_dossier, *names)
    hits = [e for e in hits if e["type"] != "PER" or not {"Heydar", "Hokuma"} & set(e["name"].split())]
    assert len(hits) == 1, [(e["name"], e["names"]) for e in hits]
    assert len(_docs(seeds_dossier, hits[0])) >= min_docs


def test_seed_people_with_one_surname_stay_apart(seeds_dossier: dict) -> None:
    aliyevs = {e["name"] for e in seeds_dossier["entities"] if e["type"] == "PER" and "Aliyev" in e["name"]}
    firsts = {n.split()[0] for n in aliyevs if len(n.split()) > 1}
    assert {"Heydar", "Hokuma"} <= firsts and len(firsts) >= 3, aliyevs


def test_seed_entities_are_names(seeds_dossier: dict) -> None:
    _no_junk(seeds_dossier)


# ---------------------------------------------------------------- a variant corpus

VARIANTS = {
    "v1_ru.txt": (
        "date 2025-03-04\nПрезидент Узбекистана Шавкат Мирзиёев провел в Ташкенте переговоры с президентом "
        "Таджикистана Эмомали Рахмоном. Мирзиёев заявил, что авиакомпания «Узбекские авиалинии» (UZAL) "
        "откроет прямые рейсы из Самарканда в Душанбе. Рахмон поблагодарил Мирзиёева за приглашение.\n"
        "На встрече также присутствовала первая леди Зироатхон Мирзиёева."
    ),
    "v2_bg.txt": (
        "date 2025-03-05\nПрезидентът на Узбекистан Шавкат Мирзиёев се срещна в Ташкент с таджикския "
        "лидер Емомали Рахмон. Според Мирзиёев новите полети между Самарканд и Душанбе ще започнат през "
        "април."
    ),
    "v3_en.txt": (
        "date 2025-03-05\nUzbek President Shavkat Mirziyoyev hosted Tajik leader Emomali Rahmon in Tashkent "
        "on Tuesday. Mirziyoyev said Uzbekistan Airlines would fly between Samarkand and Dushanbe. "
        "Rahmon thanked his host. Saida Mirziyoyeva, the president's daughter, also attended."
    ),
    "v4_ru.txt": (
        "date 2025-03-06\nАвиакомпания UZAL объявила расписание новых рейсов. По данным перевозчика, первый самолет "
        "вылетит из Самарканда в Душанбе в апреле."
    ),
}


@pytest.fixture(scope="module")
def variant_dossier(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("variants")
    for name, text in VARIANTS.items():
        (folder / name).write_text(text, "utf-8")
    return _dossier(sorted(folder.glob("*.txt")), folder)


@pytest.mark.parametrize(
    ("names", "min_docs"),
    [
        (("Мирзиёев", "Mirziyoyev"), 3),
        (("Рахмон", "Rahmon"), 3),
        (("Ташкент", "Tashkent"), 3),
        (("Самарканд", "Samarkand"), 3),
        (("Душанбе", "Dushanbe"), 3),
        (("Узбекские авиалинии", "UZAL", "Uzbekistan Airlines"), 2),  # ru name (UZAL) → en name
    ],
)
def test_variant_names_are_one_entity_each(
    variant_dossier: dict, names: tuple[str, ...], min_docs: int
) -> None:
    hits = _holders(variant_dossier, *names)
    hits = [
        e for e in hits if e["type"] != "PER" or not {"Zira", "Ziroatkhon", "Saida"} & set(e["name"].split())
    ]
    assert len(hits) == 1, [(e["name"], e["names"]) for e in hits]
    assert len(_docs(variant_dossier, hits[0])) >= min_docs


def test_variant_women_with_the_surname_are_others(variant_dossier: dict) -> None:
    president = _holders(variant_dossier, "Shavkat Mirziyoyev")
    assert len(president) == 1
    others = [e for e in variant_dossier["entities"] if e["type"] == "PER" and e["id"] != president[0]["id"]]
    women = [
        e
        for e in others
        if any(n.split()[0] in ("Зироатхон", "Saida") for v in e["names"].values() for n in v)
    ]
    assert women, [(e["name"], e["names"]) for e in others]
    _no_junk(variant_dossier)
