"""Figures, quotes and claims across documents: each document's mentions become dossier items
with stable ids, evidence spans, and their event, speaker and source as linked ids.

``via`` holds the relaying outlets or people that resolve to an entity (a mention of the same
document with that text); the rest are dropped rather than guessed. A figure is valid as of its
own date where the text gives one, else the publication date of its document.
"""

from __future__ import annotations

from storyline.link.context import LinkContext
from storyline.model import Analysis, Claim, Figure, Quote
from storyline.serde import stable_id


def link_findings(ctx: LinkContext) -> None:
    figures: list[Figure] = []
    quotes: list[Quote] = []
    claims: list[Claim] = []
    for doc, analysis in ctx.analyses.items():
        published = ctx.published.get(doc)
        for f in analysis.figures:
            as_of = published.value if published else None
            own = ctx.timex_values.get((doc, f.time)) if f.time is not None else None
            if own is not None and own.value:
                as_of = own.value
            figures.append(
                Figure(
                    id=stable_id("f-", doc, f.start, f.end),
                    attribute=f.attribute,
                    value=f.value,
                    qualifier=f.qualifier,
                    evidence=[ctx.span(doc, f.start, f.end)],
                    event=ctx.event_of(doc, f.event),
                    value_max=f.value_max,
                    source=ctx.entity_of(doc, f.source),
                    via=_via(ctx, doc, analysis, f.via_texts),
                    as_of=as_of,
                    confidence=f.confidence,
                )
            )
        for q in analysis.quotes:
            s0, e0 = q.spans[0]
            quotes.append(
                Quote(
                    id=stable_id("q-", doc, s0, e0),
                    speaker=ctx.entity_of(doc, q.speaker),
                    direct=q.direct,
                    evidence=[ctx.span(doc, s, e) for s, e in q.spans],
                    speaker_text=q.speaker_text,
                    cue=q.cue,
                    via=_via(ctx, doc, analysis, q.via_texts),
                    confidence=q.confidence,
                )
            )
        for c in analysis.claims:
            claims.append(
                Claim(
                    id=stable_id("k-", doc, c.start, c.end, c.value),
                    attribute=c.attribute,
                    value=c.value,
                    stance=c.stance,
                    evidence=[ctx.span(doc, c.start, c.end)],
                    event=ctx.event_of(doc, c.event),
                    speaker=ctx.entity_of(doc, c.speaker),
                    confidence=c.confidence,
                )
            )
    ctx.figures = figures
    ctx.quotes = quotes
    ctx.claims = claims


def _via(ctx: LinkContext, doc: str, analysis: Analysis, texts: list[str]) -> list[str]:
    out: list[str] = []
    for name in texts:
        key = name.casefold()
        for k, m in enumerate(analysis.mentions):
            if key in (m.text.casefold(), (m.base or "").casefold()):
                entity = ctx.entity_of(doc, k)
                if entity and entity not in out:
                    out.append(entity)
                break
    return out
