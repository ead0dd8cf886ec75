"""Entity mentions (placeholder)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, Mention


def find_mentions(text: str, analysis: Analysis, published: date | None) -> list[Mention]:
    return []
