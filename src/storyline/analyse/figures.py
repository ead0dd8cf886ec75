"""Figures (placeholder until the figures analyser lands)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, FigureMention


def find_figures(text: str, analysis: Analysis, published: date | None) -> list[FigureMention]:
    return []
