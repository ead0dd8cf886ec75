"""Text from the documents is data, never code: CSV cells are no formulas, terminal views no
markup (the HTML report in a browser: test_html_browser.py)."""

from __future__ import annotations

import csv
import io

from rich.console import Console

from storyline.export.csv_export import figures_csv, neutralise
from storyline.present import View


def _dossier(outlet: str, title: str, basis: str = "inferred") -> dict:
    doc = {"id": "d-1", "source": "in/[bold]x.txt", "title": title, "outlet": outlet, "lang": "en", "story": "s-1",
           "text": "Nine people were hurt.", "published": {"value": "2025-02-03", "basis": basis}}  # fmt: skip
    figure = {"id": "f-1", "attribute": "injured", "value": 9, "qualifier": "exact",
              "evidence": [{"doc": "d-1", "start": 0, "end": 4, "text": "Nine"}]}  # fmt: skip
    story = {"id": "s-1", "title": title, "documents": ["d-1"], "entities": ["e-gone"]}
    return {"documents": [doc], "stories": [story], "entities": [], "events": [], "figures": [figure],
            "conflicts": [], "quotes": [], "claims": []}  # fmt: skip


def test_formula_cells_are_neutralised() -> None:
    for cell in ('=HYPERLINK("http://x.invalid")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(cell) == "'" + cell
    for cell in ("plain", "12", "-5", "3.5", "", "a=b"):
        assert neutralise(cell) == cell
    rows = list(csv.reader(io.StringIO(figures_csv(_dossier('=HYPERLINK("http://x.invalid","y")', "t")))))
    outlet = rows[1][rows[0].index("outlet")]
    assert outlet == '\'=HYPERLINK("http://x.invalid","y")'
    assert rows[1][rows[0].index("value")] == "9"


def test_markup_in_titles_and_labels_is_shown_as_written() -> None:
    console = Console(record=True, width=200)
    view = View(_dossier("Outlet", "Storm [/] hits [red]Lagos"), console)
    view.story("s-1")
    view.stories()
    view.figures()
    text = console.export_text()
    assert "Storm [/] hits [red]Lagos" in text  # no MarkupError, nothing eaten
    assert "[inferred]" in text and "[bold]x.txt" in text
