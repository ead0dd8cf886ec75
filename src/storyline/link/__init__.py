"""link: what can only be decided across documents.

The steps run in a fixed order, each reading what the earlier ones put on the ``LinkContext``:
entities → stories → publication dates and time expressions → events → figures, quotes and
claims → conflicts. Analyst corrections are applied where they bite (entity merges and splits
inside entity linking; rejections and speaker fixes on the final items), so a relink never
silently undoes them.
"""

from __future__ import annotations

from storyline.link import conflicts, corrections, dates, entities, events, findings, stories
from storyline.link.context import LinkContext
from storyline.model import Analysis, Correction, Document, Dossier


def link(
    documents: list[Document], analyses: dict[str, Analysis], fixes: list[Correction] | None = None
) -> Dossier:
    ctx = LinkContext(documents={d.id: d for d in documents}, analyses=analyses, corrections=fixes or [])
    entities.link_entities(ctx)
    stories.group_stories(ctx)
    dates.resolve_dates(ctx)
    events.link_events(ctx)
    stories.describe_stories(ctx)
    findings.link_findings(ctx)
    corrections.apply_item_corrections(ctx)
    conflicts.find_conflicts(ctx)
    for doc in ctx.documents.values():
        if doc.id in ctx.published:
            doc.published = ctx.published[doc.id]
    return Dossier(
        documents=list(ctx.documents.values()),
        stories=ctx.stories,
        entities=ctx.entities,
        events=ctx.events,
        figures=ctx.figures,
        claims=ctx.claims,
        quotes=ctx.quotes,
        conflicts=ctx.conflicts,
        corrections=ctx.corrections,
    )
