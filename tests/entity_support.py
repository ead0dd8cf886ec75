"""Helpers the entity tests share: a mention placed in a text, what the recogniser finds in a
text, and the entities an index links documents into."""

from __future__ import annotations

from storyline.analyse.entities import find_in
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def mention_at(text: str, surface: str, etype: str, lang: str) -> Mention:
    """``surface`` where it first stands in ``text``, as written (its base form too)."""
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def as_written(surface: str, etype: str) -> str:
    """A base-form function that keeps every name as written."""
    return surface


def found(text: str, lang: str) -> list[tuple[str, str]]:
    """(surface, type) of the mentions the recogniser finds in the whole text."""
    return [(m.text, m.type) for m in find_in(text, 0, len(text), lang)]


def linked(
    docs: dict[str, tuple[str | None, list[Mention]]], index: EntityIndex | None = None
) -> dict[tuple[str, int], str]:
    """(document, mention number) → entity, for documents (text, mentions) added in order."""
    index = index or EntityIndex()
    out = {}
    for doc_id, (text, mentions) in docs.items():
        for i, eid in index.add_document(doc_id, mentions, text).items():
            out[(doc_id, i)] = eid
    return {k: index.resolve(v) for k, v in out.items()}


def placed_in_order(text: str, found: list[tuple[str, ...]], lang: str) -> list[Mention]:
    """Mentions of ``found`` — (surface, type) or (surface, type, base form) — each placed where it
    next stands in ``text`` after the one before (a base form as written where none is given)."""
    mentions = []
    at = 0
    for name, etype, *base in found:
        i = text.index(name, at)
        at = i + len(name)
        mentions.append(Mention(i, i + len(name), name, etype, base[0] if base else name, lang))
    return mentions
