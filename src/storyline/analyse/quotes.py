"""Quotes (placeholder until the quotes analyser lands)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, QuoteMention


def find_quotes(text: str, analysis: Analysis, published: date | None) -> list[QuoteMention]:
    return []
