"""Publication dates and time-expression values (placeholder until the dates step lands)."""
from __future__ import annotations

from storyline.link.context import LinkContext


def resolve_dates(ctx: LinkContext) -> None:
    for doc in ctx.documents.values():
        ctx.published[doc.id] = doc.published
