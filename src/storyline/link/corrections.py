"""Analyst corrections on linked items: rejections and speaker fixes.

Items are matched by their first evidence span (document and offsets), which does not change
when other documents arrive, so a correction keeps biting after every relink. Entity merges and
splits are applied inside entity linking (``link.entities``).
"""

from __future__ import annotations

from storyline.link.context import LinkContext
from storyline.model import Span

KINDS = ("events", "figures", "claims", "quotes", "entities")


def evidence_key(spans: list[Span]) -> list[object]:
    first = spans[0]
    return [first.doc, first.start, first.end]


def apply_item_corrections(ctx: LinkContext) -> None:
    rejected: set[tuple[object, ...]] = set()
    rejected_ids: set[str] = set()
    for fix in ctx.corrections:
        if fix.kind == "reject":
            rejected_ids.add(fix.payload["id"])
            if fix.payload.get("evidence"):
                rejected.add(tuple(fix.payload["evidence"]))
    for fix in ctx.corrections:
        if fix.kind == "set_speaker":
            target = tuple(fix.payload["evidence"])
            speaker = _entity_holding(ctx, fix.payload.get("mentions", [])) or fix.payload.get("entity")
            for q in ctx.quotes:
                if tuple(evidence_key(q.evidence)) == target or q.id == fix.payload.get("quote"):
                    q.speaker = speaker
                    q.speaker_text = fix.payload.get("name", q.speaker_text)
                    q.confidence = 1.0
    if not rejected and not rejected_ids:
        return
    ctx.events = [e for e in ctx.events if not _hit(e.id, e.evidence, rejected_ids, rejected)]
    ctx.figures = [f for f in ctx.figures if not _hit(f.id, f.evidence, rejected_ids, rejected)]
    ctx.claims = [c for c in ctx.claims if not _hit(c.id, c.evidence, rejected_ids, rejected)]
    ctx.quotes = [q for q in ctx.quotes if not _hit(q.id, q.evidence, rejected_ids, rejected)]
    gone = {e.id for e in ctx.entities if e.id in rejected_ids}
    ctx.entities = [e for e in ctx.entities if e.id not in gone]
    for key, eid in list(ctx.mention_entity.items()):
        if eid in gone:
            del ctx.mention_entity[key]
    _forget_entities(ctx, rejected_ids)


def _forget_entities(ctx: LinkContext, rejected: set[str]) -> None:
    """A rejected entity is named nowhere any more: not as an event's place or participant, a
    figure's source, a speaker, a relay, nor among a story's entities and reasons (the ids of
    other rejected items in the set match no entity and change nothing)."""
    for v in ctx.events:
        v.participants = [p for p in v.participants if p not in rejected]
        if v.place in rejected:
            v.place = None
    for f in ctx.figures:
        f.via = [x for x in f.via if x not in rejected]
        if f.source in rejected:
            f.source = None
    for item in (*ctx.quotes, *ctx.claims):
        item.via = [x for x in item.via if x not in rejected]
        if item.speaker in rejected:
            item.speaker = None
    for story in ctx.stories:
        story.entities = [e for e in story.entities if e not in rejected]
        why = getattr(story, "why", None)
        if isinstance(why, list):
            story.why = [w for w in why if not (isinstance(w, dict) and w.get("id") in rejected)]


def _hit(item_id: str, evidence: list[Span], ids: set[str], spans: set[tuple[object, ...]]) -> bool:
    return item_id in ids or (bool(evidence) and tuple(evidence_key(evidence)) in spans)


def _entity_holding(ctx: LinkContext, mentions: list[list[object]]) -> str | None:
    """The entity that now holds the mentions recorded with the correction (ids may change
    when entities are re-linked; mentions do not)."""
    doc_mentions = {}
    for e in ctx.entities:
        for m in e.mentions:
            doc_mentions[(m.doc, m.start, m.end)] = e.id
    for m in mentions:
        hit = doc_mentions.get(tuple(m))  # type: ignore[arg-type]
        if hit:
            return hit
    return None
