"""Publication dates for every document, then a value for every time expression.

The cascade for a document's date, first that applies:
1. its own date: header / metadata (``Document.published``), else a dateline in the body
   (``Analysis.dateline``);
2. inferred from the story: a relative expression tied to an event ("the plane crashed on
   Wednesday") whose other reports date that event (2024-12-25) pins the article to the days
   where "Wednesday" means that date — a window (earliest/latest), basis ``inferred``,
   confidence below 1, precision only as fine as the window allows;
3. nothing: value None, basis ``none`` — never a guess. The latest absolute date the article
   mentions is still kept as ``earliest``: an article cannot predate what it reports.

Time expressions are then resolved against their own anchor (an embedded post's date) or the
document's date; against a window they are resolved at both ends and keep the precision both
ends agree on.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from storyline.analyse.timex import resolve, window
from storyline.link.context import LinkContext
from storyline.model import Analysis, DateValue, Document, TimeExpr

Range = tuple[date, date]
ANCHORING_KINDS = {"same_day", "offset", "weekday"}


def resolve_dates(ctx: LinkContext) -> None:
    undated: list[str] = []
    for doc in ctx.documents.values():
        own = _own_date(doc, ctx.analyses.get(doc.id))
        if own is None:
            undated.append(doc.id)
        else:
            ctx.published[doc.id] = own
            _resolve_timexes(ctx, doc.id)
    # inference reads the dated documents' event dates, so it runs once they are resolved
    for doc_id in undated:
        ctx.published[doc_id] = _infer(ctx, doc_id)
        _resolve_timexes(ctx, doc_id)


def _own_date(doc: Document, analysis: Analysis | None) -> DateValue | None:
    if doc.published.value and doc.published.basis != "none":
        return doc.published
    if analysis is not None and analysis.dateline is not None and analysis.dateline.value:
        return analysis.dateline
    return None


# ---------------------------------------------------------------- time expressions


def _resolve_timexes(ctx: LinkContext, doc_id: str) -> None:
    analysis = ctx.analyses.get(doc_id)
    if analysis is None:
        return
    anchor = ctx.published[doc_id]
    # a lower bound alone (value None) is no anchor
    doc_range = value_range(anchor) if anchor.value else None
    values: list[DateValue] = []
    for k, t in enumerate(analysis.timexes):
        v = _timex_value(t, values, doc_range, anchor)
        values.append(v)
        ctx.timex_values[(doc_id, k)] = v


def _timex_value(
    t: TimeExpr, before: list[DateValue], doc_range: Range | None, anchor: DateValue
) -> DateValue:
    if t.rel is None:
        return t.value or DateValue(None, None, basis="none", confidence=0.0)
    if t.rel.get("kind") == "next_day_of":
        ref = t.rel.get("ref")
        base = before[ref] if ref is not None and 0 <= ref < len(before) else None
        rng = value_range(base) if base is not None and base.precision == "day" else None
        return resolve_range(t.rel, rng, base.basis if base else "none", base.confidence if base else 0.0)
    if t.anchor:
        own = date.fromisoformat(t.anchor)
        return resolve_range(t.rel, (own, own), "text", 1.0)
    basis = "inferred" if anchor.basis == "inferred" else "text"
    return resolve_range(t.rel, doc_range, basis, anchor.confidence)


def resolve_range(rel: dict[str, Any], rng: Range | None, basis: str, confidence: float) -> DateValue:
    """``resolve`` against an anchor known to lie in a window: one value where both ends agree,
    else a window as wide as they disagree."""
    if rng is None:
        return DateValue(None, None, basis="none", confidence=0.0)
    lo, hi = resolve(rel, rng[0]), resolve(rel, rng[1])
    conf = round(min(lo.confidence, confidence), 2)
    if lo.value == hi.value and lo.earliest == hi.earliest:
        return DateValue(lo.value, lo.precision, basis, conf, lo.earliest, lo.latest)
    lo_r, hi_r = value_range(lo), value_range(hi)
    if lo_r is None or hi_r is None:
        return DateValue(None, None, basis="none", confidence=0.0)
    return window(lo_r[0], hi_r[1], confidence=round(conf * 0.8, 2), basis=basis)


def value_range(v: DateValue | None) -> Range | None:
    """The first and last day a date value may mean."""
    if v is None:
        return None
    if v.earliest and v.latest:
        return date.fromisoformat(v.earliest), date.fromisoformat(v.latest)
    if not v.value:
        return None
    if v.precision == "day":
        d = date.fromisoformat(v.value)
        return d, d
    if v.precision == "month":
        y, m = map(int, v.value.split("-")[:2])
        first = date(y, m, 1)
        return first, (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1))
    y = int(v.value[:4])
    return date(y, 1, 1), date(y, 12, 31)


# ---------------------------------------------------------------- inference


def _infer(ctx: LinkContext, doc_id: str) -> DateValue:
    analysis = ctx.analyses.get(doc_id)
    if analysis is None:
        return DateValue(None, None, basis="none", confidence=0.0)
    floor = _latest_mentioned(analysis)
    constraints = _story_constraints(ctx, doc_id, analysis)
    if constraints:
        first, last = _intersect(constraints)
        if floor and floor > first:
            first = floor if floor <= last else first  # a floor that contradicts the events is ignored
        inferred = window(first, last, confidence=0.7 if first == last else 0.6, basis="inferred")
        inferred.earliest, inferred.latest = first.isoformat(), last.isoformat()
        return inferred
    earliest = floor.isoformat() if floor else None
    return DateValue(None, None, basis="none", confidence=0.0, earliest=earliest)


def _latest_mentioned(analysis: Analysis) -> date | None:
    starts = [r[0] for t in analysis.timexes if t.rel is None and (r := value_range(t.value)) is not None]
    return max(starts) if starts else None


def _story_constraints(ctx: LinkContext, doc_id: str, analysis: Analysis) -> list[Range]:
    """Windows for the publication date, one per event that this article dates relatively
    ("on Wednesday") and other reports of the story date absolutely."""
    story = ctx.doc_story.get(doc_id)
    known = _dated_events(ctx, story, doc_id)
    out: list[Range] = []
    for e in analysis.events:
        if e.time is None:
            continue
        t = analysis.timexes[e.time]
        if not t.rel or t.anchor or t.rel.get("kind") not in ANCHORING_KINDS or not known.get(e.type):
            continue
        day = known[e.type].most_common(1)[0][0]
        rng = _publication_window(t.rel, day)
        if rng is not None:
            out.append(rng)
    return out


def _dated_events(ctx: LinkContext, story: str | None, doc_id: str) -> dict[str, Counter[date]]:
    """Day-precise dates of each event type in the story, from the documents already dated and
    from this document's own absolute dates."""
    by_type: dict[str, Counter[date]] = {}
    for other, analysis in ctx.analyses.items():
        own = other == doc_id
        if not own and (story is None or ctx.doc_story.get(other) != story):
            continue
        for e in analysis.events:
            if e.time is None or (own and analysis.timexes[e.time].rel is not None):
                continue
            v = analysis.timexes[e.time].value if own else ctx.timex_values.get((other, e.time))
            if v is not None and v.precision == "day" and v.value and v.basis != "inferred":
                by_type.setdefault(e.type, Counter())[date.fromisoformat(v.value)] += 1
    return by_type


def _publication_window(rel: dict[str, Any], day: date) -> Range | None:
    """All publication dates P for which ``resolve(rel, P) == day``."""
    kind = rel["kind"]
    if kind == "same_day":
        return day, day
    if kind == "offset":
        p = day - timedelta(days=int(rel.get("days", 0)))
        return p, p
    if day.weekday() != int(rel["weekday"]):
        return None  # "on Wednesday" cannot be a Thursday: this evidence does not fit
    shift = 1 if rel.get("strict") else 0
    if rel.get("direction") == "future":
        return day - timedelta(days=6 + shift), day - timedelta(days=shift)
    return day + timedelta(days=shift), day + timedelta(days=6 + shift)


def _intersect(ranges: list[Range]) -> Range:
    first, last = max(r[0] for r in ranges), min(r[1] for r in ranges)
    if first <= last:
        return first, last
    # contradictory evidence: keep the window most of the evidence agrees with
    return Counter(ranges).most_common(1)[0][0]
