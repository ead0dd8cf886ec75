"""The findings of a dossier as JSON Lines: one item a line, for pipelines (jq, a queue, a log
shipper) that take items one by one instead of one large JSON document.

Each line is an object with ``item`` (``document``, ``story``, ``entity``, ``event``, ``figure``,
``claim``, ``quote``, ``conflict``: not ``type``, which entities and events have) and the item's fields exactly as in the dossier
(``storyline.dossier/1``, see its spec), so one reader serves both. Two things are added so a
line stands on its own: every evidence span also names its document's ``url``, ``source``,
``outlet`` and ``published`` date, and a figure, claim or event names its ``story``. Documents
come first (without their text, which can be large: ``text_sha256`` identifies it; the dossier
export has it), then stories, entities, events and the findings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

KINDS = (
    ("documents", "document"),
    ("stories", "story"),
    ("entities", "entity"),
    ("events", "event"),
    ("figures", "figure"),
    ("claims", "claim"),
    ("quotes", "quote"),
    ("conflicts", "conflict"),
)


def _doc_refs(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        d["id"]: {
            "url": d.get("url"),
            "source": d.get("source"),
            "outlet": d.get("outlet"),
            "published": (d.get("published") or {}).get("value"),
        }
        for d in data.get("documents", [])
    }


def findings(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The items of a dossier, each one self-contained."""
    refs = _doc_refs(data)
    story_of_event = {e["id"]: e.get("story") for e in data.get("events", [])}
    story_of_doc = {d["id"]: d.get("story") for d in data.get("documents", [])}
    for key, kind in KINDS:
        for item in data.get(key, []):
            line = {"item": kind, **item}
            if kind == "document":
                line.pop("text", None)
            if "evidence" in line:
                line["evidence"] = [{**e, **refs.get(e["doc"], {})} for e in line["evidence"]]
            if kind in ("figure", "claim", "conflict") and "story" not in line:
                line["story"] = story_of_event.get(item.get("event") or "")
            if kind == "quote" and item.get("evidence"):
                line["story"] = story_of_doc.get(item["evidence"][0]["doc"])
            yield line


def findings_lines(data: dict[str, Any]) -> Iterator[str]:
    for item in findings(data):
        yield json.dumps(item, ensure_ascii=False, sort_keys=False)
