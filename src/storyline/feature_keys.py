"""How a story feature names an entity: shared by the story index (which renames features when
entities merge) and the store (which keeps the entity beside each feature row, so a rename finds
its features without reading them all). Neither layer imports the other; both import this."""

from __future__ import annotations


def entity_of(feature: str) -> str | None:
    """The entity a feature names ("e:ID", or an event at a place "type@ID"), else None."""
    if feature.startswith("e:"):
        return feature[2:]
    return feature.rsplit("@", 1)[1] if "@" in feature else None
