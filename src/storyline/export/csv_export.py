"""The figures of a dossier as CSV (RFC 4180: comma, double quotes, CRLF), one row per figure.

A figure with several evidence spans keeps one row: its documents, outlets and evidence texts are
joined with " | ", and a figure in several conflicts lists their ids (and whether each is a
contradiction or an update) the same way; ``via`` names the relaying outlets, nearest first;
``subgroup`` says whom a partial count covers, ``derived`` marks sums the text does not state.

Cells come from the documents (outlets, names, evidence), so a spreadsheet must never run them as
formulas: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
a leading apostrophe, as OWASP recommends against CSV injection (numbers are left as they are).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

COLUMNS = ["id", "story", "event", "event_type", "attribute", "value", "value_max", "qualifier", "subgroup",
           "derived", "source", "via", "as_of", "doc", "outlet", "evidence", "conflict", "conflict_status"]  # fmt: skip
JOIN = " | "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never evaluates."""
    if cell.startswith(FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def figures_csv(dossier: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in _rows(dossier):
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def _rows(dossier: dict[str, Any]) -> Iterator[list[str]]:
    docs = {d["id"]: d for d in dossier.get("documents") or []}
    events = {v["id"]: v for v in dossier.get("events") or []}
    names = {e["id"]: e.get("name") or e["id"] for e in dossier.get("entities") or []}
    conflicts_of: dict[str, list[str]] = {}
    status_of: dict[str, list[str]] = {}
    for c in dossier.get("conflicts") or []:
        for position in c.get("positions") or []:
            for item in position.get("items") or []:
                conflicts_of.setdefault(item, []).append(c["id"])
                status_of.setdefault(item, []).append(c.get("status") or "")
    for f in dossier.get("figures") or []:
        evidence = f.get("evidence") or []
        doc_ids = _unique([s.get("doc", "") for s in evidence])
        event = events.get(f.get("event") or "")
        story = (event or {}).get("story") or next(
            (docs[d].get("story") for d in doc_ids if d in docs and docs[d].get("story")), None
        )
        source = f.get("source")
        yield [
            f["id"],
            story or "",
            f.get("event") or "",
            (event or {}).get("type", ""),
            f.get("attribute", ""),
            _number(f.get("value")),
            _number(f.get("value_max")),
            f.get("qualifier", ""),
            f.get("subgroup") or "",
            "yes" if f.get("derived") else "",
            names.get(source, source) if source else "",
            JOIN.join(names.get(v, v) for v in f.get("via") or []),
            f.get("as_of") or "",
            JOIN.join(doc_ids),
            JOIN.join(_unique([docs[d].get("outlet") or "" for d in doc_ids if d in docs])),
            JOIN.join(s.get("text", "") for s in evidence),
            JOIN.join(_unique(conflicts_of.get(f["id"], []))),
            JOIN.join(_unique(status_of.get(f["id"], []))),
        ]
