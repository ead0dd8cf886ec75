"""Cross-document event coreference (placeholder until the events step lands)."""
from __future__ import annotations

from storyline.link.context import LinkContext


def link_events(ctx: LinkContext) -> None:
    return None
