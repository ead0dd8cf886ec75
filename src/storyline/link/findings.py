"""Figures, quotes and claims across documents: each document's mentions become dossier items
with stable ids, evidence spans, and their event, speaker and source as linked ids.

Everything is computed per document from the documents of the ``LinkContext`` alone, and ids are
derived from the document (its text hash) and the evidence offsets, so a run on one story gives
the same items as a run on the whole store.

- ``source``: the entity the text attributes a figure to ("по данным МЧС"); where the sentence
  names none and the figure stands inside someone's quote or reported speech ("Жертвите вече са
  9, съобщи министърът"), the speaker of that quote — unless the sentence says, without a name,
  who gave it and that speaker only relays it ("the authorities reported 27 cases, writes X").
- ``via``: the relaying outlets or people, nearest first, that resolve to an entity (a mention of
  the same document with that text); the rest are dropped rather than guessed. A figure or claim
  inside a relayed quote ("…, съобщи „Киев Индипендънт“") is relayed the same way.
- ``as_of``: the figure's own date where the text gives one, else its document's publication date.
"""

from __future__ import annotations

from storyline.ingest.source_names import is_body, is_platform
from storyline.link.context import LinkContext
from storyline.model import Analysis, Claim, ClaimMention, Figure, FigureMention, Quote, QuoteMention
from storyline.serde import stable_id


def link_findings(ctx: LinkContext) -> None:
    figures: list[Figure] = []
    quotes: list[Quote] = []
    claims: list[Claim] = []
    for doc, analysis in ctx.analyses.items():
        quote_items = [_quote(ctx, doc, analysis, q) for q in analysis.quotes]
        quotes += quote_items
        figures += [_figure(ctx, doc, analysis, f, quote_items) for f in analysis.figures]
        claims += [_claim(ctx, doc, analysis, c, quote_items) for c in analysis.claims]
    ctx.figures = figures
    ctx.quotes = quotes
    ctx.claims = claims


def _quote(ctx: LinkContext, doc: str, analysis: Analysis, q: QuoteMention) -> Quote:
    s0, e0 = q.spans[0]
    return Quote(
        id=stable_id("q-", doc, s0, e0),
        speaker=ctx.entity_of(doc, q.speaker),
        direct=q.direct,
        evidence=[ctx.span(doc, s, e) for s, e in q.spans],
        speaker_text=q.speaker_text,
        cue=q.cue,
        via=_via(ctx, doc, analysis, q.via_texts),
        confidence=q.confidence,
    )


def _figure(ctx: LinkContext, doc: str, analysis: Analysis, f: FigureMention, quotes: list[Quote]) -> Figure:
    published = ctx.published.get(doc)
    as_of = published.value if published else None
    own = ctx.timex_values.get((doc, f.time)) if f.time is not None else None
    if own is not None and own.value:
        as_of = own.value
    source = ctx.entity_of(doc, f.source)
    via = _via(ctx, doc, analysis, f.via_texts)
    around = _quote_around(quotes, f.start)
    if around is not None:
        # the reported speech's "speaker" is no source where the figure's sentence says who gave
        # the figure and has that speaker as its relay ("the authorities reported 27 cases, writes X")
        passed_on = f.source_text is not None and around.speaker in via
        if source is None and around.speaker is not None and not passed_on:
            source = around.speaker
        via = _chain(via, around.via)
    if source in via:
        via.remove(source)
    return Figure(
        id=stable_id("f-", doc, f.start, f.end),
        attribute=f.attribute,
        value=f.value,
        qualifier=f.qualifier,
        evidence=[ctx.span(doc, f.start, f.end)],
        event=ctx.event_of(doc, f.event),
        value_max=f.value_max,
        source=source,
        via=via,
        as_of=as_of,
        confidence=f.confidence,
        subgroup=f.subgroup,
        derived=f.derived,
    )


def _claim(ctx: LinkContext, doc: str, analysis: Analysis, c: ClaimMention, quotes: list[Quote]) -> Claim:
    around = _quote_around(quotes, c.start)
    return Claim(
        id=stable_id("k-", doc, c.start, c.end, c.value),
        attribute=c.attribute,
        value=c.value,
        stance=c.stance,
        evidence=[ctx.span(doc, c.start, c.end)],
        event=ctx.event_of(doc, c.event),
        speaker=ctx.entity_of(doc, c.speaker),
        via=list(around.via) if around is not None else [],
        confidence=c.confidence,
    )


def _quote_around(quotes: list[Quote], offset: int) -> Quote | None:
    """The quote whose words hold the offset."""
    for q in quotes:
        if any(s.start <= offset < s.end for s in q.evidence):
            return q
    return None


def _chain(outer: list[str], inner: list[str]) -> list[str]:
    """Relays nearest the reader first, without repeats."""
    out = list(outer)
    for v in inner:
        if v not in out:
            out.append(v)
    return out


def _via(ctx: LinkContext, doc: str, analysis: Analysis, texts: list[str]) -> list[str]:
    out: list[str] = []
    for name in texts:
        if is_platform(name) or is_body(name):
            continue  # where it was posted, or a body speaking for itself: no outlet relaying it
        key = name.casefold().strip("«»„“”\"' ")
        for k, m in enumerate(analysis.mentions):
            if key in (m.text.casefold(), (m.base or "").casefold()):
                entity = ctx.entity_of(doc, k)
                if entity and entity not in out:
                    out.append(entity)
                break
    return out
