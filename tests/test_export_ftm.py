"""FollowTheMoney and JSON Lines exports: the FtM entities validated by the followthemoney library
itself (known schemata and properties, valid values, required properties, references resolving to
entities of the right schema), the findings one self-contained line each."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from followthemoney import model

from storyline.api import Store
from storyline.export.ftm import ftm_lines
from storyline.export.jsonl import findings_lines

TEXT = "Mayor Clara Vennholt said on Monday that 14 people were injured when the Orvik bridge collapsed."


def _span(needle: str) -> dict[str, Any]:
    start = TEXT.index(needle)
    return {"doc": "d-1", "start": start, "end": start + len(needle), "text": needle}


def dossier() -> dict[str, Any]:
    date = {"value": "2026-02-02", "precision": "day", "basis": "metadata", "confidence": 1.0}
    return {
        "format": "storyline.dossier/1",
        "documents": [
            {"id": "d-1", "source": "https://news.example/orvik", "url": "https://news.example/orvik",
             "outlet": "Example News", "title": "Bridge collapses", "lang": "en", "published": date,
             "story": "s1", "text": TEXT, "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest()},
        ],
        "stories": [{"id": "s1", "title": "Orvik bridge collapse", "documents": ["d-1"], "entities": ["e1", "e2"]}],
        "entities": [
            {"id": "e1", "type": "PER", "name": "Clara Vennholt", "names": {"en": ["Clara Vennholt", "Vennholt"]},
             "mentions": [{**_span("Clara Vennholt"), "base": "Clara Vennholt"}]},
            {"id": "e2", "type": "LOC", "name": "Orvik", "names": {"en": ["Orvik"]},
             "mentions": [{**_span("Orvik"), "base": "Orvik"}]},
            {"id": "e3", "type": "PRO", "name": "Widget", "names": {}, "mentions": []},
        ],
        "events": [
            {"id": "v1", "story": "s1", "type": "collapse", "label": "bridge collapses in Orvik",
             "date": date, "place": "e2", "participants": ["e1"], "evidence": [_span("collapsed")]},
        ],
        "figures": [
            {"id": "f1", "event": "v1", "attribute": "injured", "value": 14, "value_max": None,
             "qualifier": "exact", "source": "e1", "via": [], "evidence": [_span("14 people were injured")]},
        ],
        "claims": [],
        "quotes": [],
        "conflicts": [],
    }  # fmt: skip


def assert_valid_ftm(lines: list[str]) -> dict[str, Any]:
    """Every line an entity the followthemoney library accepts; every reference resolves."""
    entities = {}
    for line in lines:
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # unknown schema or property: InvalidData
        assert proxy.id == data["id"] and proxy.id not in entities
        assert proxy.schema.validate(proxy.to_dict()) is None
        missing = [p for p in proxy.schema.required if not proxy.get(p)]
        assert not missing, (proxy.schema.name, missing)
        entities[proxy.id] = proxy
    for proxy in entities.values():
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in entities, f"{proxy.id}.{prop.name} → {value} is not in the export"
                assert entities[value].schema.is_a(prop.range), (prop.qname, entities[value].schema.name)
    return entities


def test_ftm_entities_are_valid_and_keep_their_evidence() -> None:
    entities = assert_valid_ftm(list(ftm_lines(dossier())))
    by_schema: dict[str, list[Any]] = {}
    for p in entities.values():
        by_schema.setdefault(p.schema.name, []).append(p)
    assert set(by_schema) == {"Article", "Person", "Address", "Event", "Mention", "Documentation"}  # no PRO
    article = by_schema["Article"][0]
    assert article.get("sourceUrl") == ["https://news.example/orvik"] and article.get("language") == ["eng"]
    assert article.get("publishedAt") == ["2026-02-02"] and article.get("bodyText") == [TEXT]
    person = by_schema["Person"][0]
    assert person.get("name") == ["Clara Vennholt"] and person.get("alias") == ["Vennholt"]
    assert person.get("proof") == [article.id]
    mention = by_schema["Mention"][0]
    assert mention.get("resolved") == [person.id] and mention.get("name") == ["Clara Vennholt"]
    spans = {p.first("entity"): p.first("summary") for p in by_schema["Documentation"]}
    assert spans[person.id] == "«Clara Vennholt» [d-1 6–20]"
    event = by_schema["Event"][0]
    assert event.get("addressEntity") == [by_schema["Address"][0].id] and event.get("involved") == [person.id]
    assert event.get("date") == ["2026-02-02"] and any("injured 14" in n for n in event.get("notes"))
    assert "«14 people were injured»" in event.first("notes")


def test_the_same_dossier_gives_the_same_entities() -> None:
    assert list(ftm_lines(dossier())) == list(ftm_lines(dossier()))


def test_jsonl_findings_stand_on_their_own() -> None:
    lines = [json.loads(line) for line in findings_lines(dossier())]
    assert [x["item"] for x in lines] == [
        "document",
        "story",
        "entity",
        "entity",
        "entity",
        "event",
        "figure",
    ]
    assert lines[2]["type"] == "PER" and "text" not in lines[0] and lines[0]["text_sha256"]
    figure = lines[-1]
    assert figure["story"] == "s1" and figure["value"] == 14
    assert figure["evidence"][0]["url"] == "https://news.example/orvik"
    assert figure["evidence"][0]["published"] == "2026-02-02"
    assert (
        figure["evidence"][0]["text"] == TEXT[figure["evidence"][0]["start"] : figure["evidence"][0]["end"]]
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "a.txt").write_text(
        "date 2026-01-10\nMayor Clara Vennholt said on Monday that 14 people were injured when the old bridge "
        "in Orvik collapsed during a storm. Rescue teams from Dunmere worked through the night.\n",
        "utf-8",
    )
    (folder / "b.txt").write_text(
        "date 2026-01-11\nThe number of people injured in the Orvik bridge collapse rose to 17, mayor Clara "
        "Vennholt told reporters in Orvik on Tuesday. Engineers are inspecting two other bridges.\n",
        "utf-8",
    )
    s = Store(tmp_path_factory.mktemp("db") / "s.db")
    s.ingest([folder])
    return s


def test_a_real_store_exports_valid_ftm_from_the_api_and_the_cli(store: Store, tmp_path: Path) -> None:
    from storyline import cli

    path = store.export(tmp_path / "out.ftm.json", "ftm")
    entities = assert_valid_ftm(path.read_text("utf-8").splitlines())
    assert sum(p.schema.name == "Article" for p in entities.values()) == 2
    assert any(p.schema.name == "Person" and "Clara Vennholt" in p.get("name") for p in entities.values())
    with pytest.raises(SystemExit) as done:
        cli.main(
            ["export", "--db", str(store.location), "--format", "jsonl", "-o", str(tmp_path / "f.jsonl")]
        )
    assert done.value.code in (0, None)
    types = [json.loads(line)["item"] for line in (tmp_path / "f.jsonl").read_text("utf-8").splitlines()]
    assert types.count("document") == 2 and "entity" in types and "story" in types


def test_an_unknown_format_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ftm"):
        store.export(tmp_path / "x", "xml")
