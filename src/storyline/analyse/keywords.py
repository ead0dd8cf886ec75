"""Keywords (placeholder)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis


def find_keywords(text: str, analysis: Analysis, published: date | None) -> list[str]:
    return []
