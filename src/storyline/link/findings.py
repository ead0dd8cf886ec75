"""Figures, quotes and claims across documents (placeholder until the findings step lands)."""
from __future__ import annotations

from storyline.link.context import LinkContext


def link_findings(ctx: LinkContext) -> None:
    return None
