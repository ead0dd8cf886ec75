"""Claims (placeholder until the claims analyser lands)."""
from __future__ import annotations

from datetime import date

from storyline.model import Analysis, ClaimMention


def find_claims(text: str, analysis: Analysis, published: date | None) -> list[ClaimMention]:
    return []
