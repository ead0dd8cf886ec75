"""Time expressions (placeholder until the timex analyser lands)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, TimeExpr


def find_timexes(text: str, analysis: Analysis, published: date | None) -> list[TimeExpr]:
    return []
