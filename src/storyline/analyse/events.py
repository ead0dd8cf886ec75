"""Event triggers (placeholder until the events analyser lands)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, EventMention


def find_events(text: str, analysis: Analysis, published: date | None) -> list[EventMention]:
    return []
