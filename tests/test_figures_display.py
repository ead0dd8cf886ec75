"""Parts and sums are shown as such in the terminal figures table and the HTML report."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from storyline.export.report_figures import figures_table
from storyline.export.report_index import ReportIndex
from storyline.present import View

TEXT = "The fire killed 31 people, including 6 children. On board were 40 passengers and 4 crew."


def _figure(fid: str, attribute: str, value: int, said: str, **extra: Any) -> dict[str, Any]:
    start = TEXT.index(said)
    evidence = [{"doc": "d1", "start": start, "end": start + len(said), "text": said}]
    return {"id": fid, "attribute": attribute, "value": value, "qualifier": "exact", "evidence": evidence,
            "event": None, "source": None, "via": [], "as_of": None, "confidence": 0.8, **extra}  # fmt: skip


def _dossier() -> dict[str, Any]:
    doc = {"id": "d1", "source": "x.txt", "lang": "en", "text": TEXT, "story": "s1", "title": None,
           "published": {"value": None}, "passages": []}  # fmt: skip
    figures = [
        _figure("f1", "dead", 31, "31"),
        _figure("f2", "dead", 6, "6 children", subgroup="children"),
        _figure("f3", "on_board", 44, "40 passengers and 4 crew", derived=True),
    ]
    return {"documents": [doc], "stories": [], "entities": [], "events": [], "figures": figures,
            "claims": [], "quotes": [], "conflicts": []}  # fmt: skip


def test_the_html_table_marks_parts_and_sums() -> None:
    dossier = _dossier()
    html = figures_table(ReportIndex(dossier), dossier["figures"])
    assert "part: children" in html and "derived (sum)" in html
    assert html.count("part:") == 1


def test_the_terminal_table_marks_parts_and_sums() -> None:
    console = Console(record=True, width=160)
    View(_dossier(), console).figures()
    out = console.export_text()
    assert "part: children" in out and "derived (sum)" in out
