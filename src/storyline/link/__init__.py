"""link: what can only be decided across documents.

Two levels:
- across the whole store: entities (``entities``, the incremental ``EntityIndex``) and stories
  (``stories``, the incremental ``StoryIndex``). New documents join what these indexes hold;
  nothing stored is re-clustered;
- inside one story: publication dates and time expressions → events → titles → figures, quotes
  and claims → corrections → conflicts (``finish_story``). A story is finished from its own
  documents only, so an ingest re-finishes just the stories it touched (``update``).

``link`` runs both levels over a set of documents held in memory (tests, evaluations, the
``analyse`` command); ``update.update_store`` runs them over the store. Analyst corrections are
applied where they bite (merges and splits over the entity index's answer, rejections and speaker
fixes on the final items), so a relink never silently undoes them.
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
    finish_story(ctx)
    return dossier_of(ctx)


def finish_story(ctx: LinkContext) -> None:
    """Everything decided inside stories, for the stories and documents of ``ctx``."""
    dates.resolve_dates(ctx)
    events.link_events(ctx)
    stories.describe_stories(ctx)
    findings.link_findings(ctx)
    corrections.apply_item_corrections(ctx)
    conflicts.find_conflicts(ctx)
    for doc in ctx.documents.values():
        if doc.id in ctx.published:
            doc.published = ctx.published[doc.id]


def dossier_of(ctx: LinkContext) -> Dossier:
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
