"""The shared state of one linking run: what each linking step reads and adds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.model import (
    Analysis,
    Claim,
    Conflict,
    Correction,
    DateValue,
    Document,
    Entity,
    Event,
    Figure,
    Quote,
    Span,
    Story,
)

MentionKey = tuple[str, int]  # (document id, index into that analysis' list)


@dataclass
class LinkContext:
    """Filled step by step: entities → stories → dates and events → findings → conflicts.

    ``documents`` holds every stored document (duplicates too); ``analyses`` only those that were
    analysed (duplicates are not)."""

    documents: dict[str, Document]
    analyses: dict[str, Analysis]
    corrections: list[Correction] = field(default_factory=list)
    # entities
    entities: list[Entity] = field(default_factory=list)
    mention_entity: dict[MentionKey, str] = field(default_factory=dict)
    # stories
    stories: list[Story] = field(default_factory=list)
    doc_story: dict[str, str] = field(default_factory=dict)
    # dates: the publication date used as anchor (header, metadata, text or inferred)
    published: dict[str, DateValue] = field(default_factory=dict)
    timex_values: dict[MentionKey, DateValue] = field(default_factory=dict)
    # events
    events: list[Event] = field(default_factory=list)
    event_of_mention: dict[MentionKey, str] = field(default_factory=dict)
    # what each event mention says of itself (``link.events.make_items``), worked out once for
    # both passes over a story's mentions (date inference, then event linking)
    mention_facts: dict[MentionKey, Any] = field(default_factory=dict)
    # findings
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def span(self, doc: str, start: int, end: int) -> Span:
        """Evidence span whose text is by construction the document text at those offsets."""
        return Span(doc, start, end, self.documents[doc].text[start:end])

    def entity_of(self, doc: str, mention: int | None) -> str | None:
        return None if mention is None else self.mention_entity.get((doc, mention))

    def event_of(self, doc: str, event: int | None) -> str | None:
        return None if event is None else self.event_of_mention.get((doc, event))
