"""The timeline shows what is known to have happened when; undated events are apart and folded."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from storyline.export.report_index import ReportIndex
from storyline.export.report_timeline import timeline_svg
from storyline.present import View

TEXT = "A barge sank near Tulcea on 2 April 2023. Divers searched the river. A tug was also hit."


def _span(start: int, end: int) -> dict[str, Any]:
    return {"doc": "d1", "start": start, "end": end, "text": TEXT[start:end]}


def _event(eid: str, label: str, date: dict[str, Any], span: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"id": eid, "type": more.pop("type", "crash"), "label": label, "date": date, "story": "s1",
            "evidence": [span], "participants": [], **more}  # fmt: skip


def _dossier() -> dict[str, Any]:
    none = {"value": None, "precision": None, "basis": "none", "confidence": 0.0}
    events = [
        _event(
            "v1",
            "sinking near Tulcea",
            {"value": "2023-04-02", "precision": "day", "basis": "text", "confidence": 0.9},
            _span(0, 40),
            facets=["explosion"],
        ),  # fmt: skip
        _event("v2", "search", none, _span(42, 68), type="investigation"),
        _event("v3", "tug hit", none, _span(70, 89), type="attack"),
    ]
    return {
        "documents": [
            {
                "id": "d1",
                "source": "d1.txt",
                "text": TEXT,
                "title": "Barge",
                "lang": "en",
                "published": {"value": "2023-04-02", "precision": "day", "basis": "header"},
            }
        ],  # fmt: skip
        "stories": [{"id": "s1", "title": "Barge sinking near Tulcea", "documents": ["d1"]}],
        "entities": [],
        "events": events,
        "figures": [],
        "claims": [],
        "quotes": [],
        "conflicts": [],
    }


def test_cli_timeline_folds_undated_events_unless_asked() -> None:
    console = Console(record=True, width=200)
    View(_dossier(), console).timeline()
    out = console.export_text()
    assert "sinking near Tulcea (also: explosion)" in out
    assert "2 undated events folded" in out and "tug hit" not in out
    console = Console(record=True, width=200)
    View(_dossier(), console).timeline(undated=True)
    out = console.export_text()
    assert "Undated events" in out and "tug hit" in out
    assert out.index("sinking near Tulcea") < out.index("Undated events") < out.index("tug hit")


def test_html_timeline_draws_dated_events_and_lists_undated_ones_folded() -> None:
    dossier = _dossier()
    html = timeline_svg(dossier["events"], ReportIndex(dossier), "Barge")
    svg, rest = html.split("</svg>", 1)
    assert 'data-item="v:v1"' in svg and "v:v2" not in svg and "v:v3" not in svg
    assert '<details class="tl-undated-list"><summary>Undated (2)</summary>' in rest
    assert 'data-item="v:v2"' in rest and 'data-item="v:v3"' in rest
    assert "also reported as: explosion" in svg
