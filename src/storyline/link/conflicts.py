"""Disagreements between documents (placeholder until the conflicts step lands)."""
from __future__ import annotations

from storyline.link.context import LinkContext


def find_conflicts(ctx: LinkContext) -> None:
    return None
