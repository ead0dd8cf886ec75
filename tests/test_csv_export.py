"""The figures CSV, on a hand-made dossier."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from storyline.export.csv_export import COLUMNS, figures_csv

TEXT = 'ИЗМАИЛ, 14 марта. Погибли 12 человек, "по данным ГСЧС", а позже — 14 погибших.\nВторая строка.'


def _span(needle: str) -> dict[str, Any]:
    start = TEXT.index(needle)
    return {"doc": "d-1", "start": start, "end": start + len(needle), "text": needle}


def dossier() -> dict[str, Any]:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    return {
        "format": "storyline.dossier/1",
        "generator": {"name": "storyline", "version": "0.1.0"},
        "generated_at": "2025-03-20T10:00:00Z",
        "documents": [
            {
                "id": "d-1",
                "source": "a.txt",
                "url": None,
                "outlet": "ТАСС, Москва",
                "title": None,
                "lang": "ru",
                "published": {
                    "value": "2025-03-14",
                    "precision": "day",
                    "basis": "header",
                    "confidence": 1.0,
                },
                "story": "s1",
                "text": TEXT,
                "text_sha256": sha,
                "duplicate_of": None,
                "version_of": None,
            },
        ],
        "stories": [{"id": "s1", "title": "Ferry fire", "documents": ["d-1"]}],
        "entities": [
            {
                "id": "e-ses",
                "type": "ORG",
                "name": "State Emergency Service",
                "names": {"ru": ["ГСЧС"]},
                "mentions": [{**_span("ГСЧС"), "base": "ГСЧС"}],
            },
        ],
        "events": [
            {
                "id": "v1",
                "story": "s1",
                "type": "fire",
                "label": "Fire",
                "date": {"value": "2025-03-14", "precision": "day"},
                "evidence": [_span("Погибли")],
            },
        ],
        "figures": [
            {
                "id": "f1",
                "event": "v1",
                "attribute": "dead",
                "value": 12.0,
                "value_max": None,
                "qualifier": "exact",
                "source": "e-ses",
                "via": [],
                "as_of": "2025-03-14",
                "evidence": [_span('Погибли 12 человек, "по данным ГСЧС"')],
            },
            {
                "id": "f2",
                "event": "v1",
                "attribute": "dead",
                "value": 14,
                "value_max": None,
                "qualifier": "exact",
                "source": None,
                "via": [],
                "as_of": "2025-03-15",
                "evidence": [_span("14 погибших.\nВторая")],
            },
            {
                "id": "f3",
                "event": None,
                "attribute": "injured",
                "value": 20,
                "value_max": 25,
                "qualifier": "range",
                "subgroup": "children",
                "derived": True,
                "source": None,
                "via": [],
                "as_of": None,
                "evidence": [_span("ИЗМАИЛ"), _span("Вторая строка")],
            },
        ],
        "claims": [],
        "quotes": [],
        "conflicts": [
            {
                "id": "c1",
                "event": "v1",
                "kind": "figure",
                "attribute": "dead",
                "status": "update",
                "positions": [
                    {"value": 12, "items": ["f1"], "first_reported": "2025-03-14"},
                    {"value": 14, "items": ["f2"], "first_reported": "2025-03-15"},
                ],
            },
        ],
    }


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_fixture_follows_the_schema(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(dossier(), json.loads((shared / "spec" / "dossier.schema.json").read_text("utf-8")))


def test_one_row_per_figure_with_every_column() -> None:
    text = figures_csv(dossier())
    assert text.splitlines()[0] == ",".join(COLUMNS)
    table = rows(text)
    assert [r["id"] for r in table] == ["f1", "f2", "f3"]
    f1 = table[0]
    assert f1 == {
        "id": "f1",
        "story": "s1",
        "event": "v1",
        "event_type": "fire",
        "attribute": "dead",
        "value": "12",
        "value_max": "",
        "qualifier": "exact",
        "subgroup": "",
        "derived": "",
        "source": "State Emergency Service",
        "via": "",
        "as_of": "2025-03-14",
        "doc": "d-1",
        "outlet": "ТАСС, Москва",
        "evidence": 'Погибли 12 человек, "по данным ГСЧС"',
        "conflict": "c1",
        "conflict_status": next(c["status"] for c in dossier()["conflicts"] if c["id"] == "c1"),
    }


def test_rfc4180_quoting_and_line_ends() -> None:
    text = figures_csv(dossier())
    assert text.endswith("\r\n")
    assert '"Погибли 12 человек, ""по данным ГСЧС"""' in text  # comma and quotes: quoted, quotes doubled
    assert rows(text)[1]["evidence"] == "14 погибших.\nВторая"  # a newline inside a field survives


def test_story_from_documents_and_several_spans() -> None:
    f3 = rows(figures_csv(dossier()))[2]
    assert f3["story"] == "s1"  # no event: the story comes from the evidence's document
    assert (f3["value"], f3["value_max"], f3["qualifier"]) == ("20", "25", "range")
    assert f3["evidence"] == "ИЗМАИЛ | Вторая строка"
    assert f3["doc"] == "d-1" and f3["conflict"] == ""


def test_empty_dossier_gives_the_header_only() -> None:
    assert figures_csv({"figures": []}) == ",".join(COLUMNS) + "\r\n"


def test_a_part_and_a_sum_are_marked() -> None:
    f3 = rows(figures_csv(dossier()))[2]
    assert (f3["subgroup"], f3["derived"]) == ("children", "yes")
