"""End to end on the bundled demo: the ferry fire is one event, reported by every article of it."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyline
from storyline.api import Store

DEMO = Path(storyline.__file__).parent / "demo"


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> dict:
    store = Store(tmp_path_factory.mktemp("demo") / "demo.db")
    store.ingest(sorted(DEMO.glob("*.txt")))
    return store.dossier()


def test_the_fire_is_one_event_with_its_explosion_as_a_facet(dossier: dict) -> None:
    fires = [v for v in dossier["events"] if v["type"] in ("fire", "explosion")]
    assert len(fires) == 1, [v["label"] for v in fires]
    (fire,) = fires
    assert fire["type"] == "fire" and fire["date"]["value"]
    story = next(s for s in dossier["stories"] if s["id"] == fire["story"])
    assert len({s["doc"] for s in fire["evidence"]}) >= len(story["documents"]) - 2


def test_every_document_has_a_title_and_stories_titles_differ(dossier: dict) -> None:
    assert all(d["title"] and not d["title"].endswith(".txt") for d in dossier["documents"])
    titles = [s["title"] for s in dossier["stories"]]
    assert len(titles) == len(set(titles))


def test_the_fire_is_placed_near_the_town_it_was_downstream_of(dossier: dict) -> None:
    # "about 15 kilometres downstream from Izmail", "неподалік Ізмаїла": the town is a point the fire
    # was near, so the dossier does not claim it took place in it
    (fire,) = [v for v in dossier["events"] if v["type"] == "fire"]
    names = {e["id"]: e["name"] for e in dossier["entities"]}
    assert names.get(fire["place"]) == "Izmail" and fire.get("place_relation") == "near"
