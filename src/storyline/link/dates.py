"""Publication dates for every document, then a value for every time expression.

The cascade for a document's date, first that applies:
1. its own date: header / metadata (``Document.published``), else the dateline the page prints
   (``Analysis.dateline``), else a date in its URL ("/2024/03/26/…", basis ``metadata``);
2. inferred from the other documents of its story (never from other stories, so that linking one
   story alone gives the same result as linking the store). The story's event mentions are
   clustered once with what is known before inference (``link.events.cluster``); then every event
   this article shares with a dated report constrains its date:
   - a relative date tied to the event ("the plane crashed *on Wednesday*") whose other reports
     date it to a day (2024-12-25) pins the article to the days where "Wednesday" means that
     day — a hard window;
   - any mention of a dated happening is a floor: an article cannot report what had not happened;
   - the article's news (an undated, unsubordinated mention in its first sentences: "talks *in
     Dushanbe* with Putin and Aliyev") makes it recent: at most ``RECENT_DAYS`` after that event;
   - the latest absolute date the article mentions (outside future-tense sentences) is a floor;
   - a day and month it names without a year ("28 March") that a happening of its story fell on
     (in another article's words, 28 March 2025) puts it within the year after that day.
   When the window is still more than a day wide, weekday names are ambiguous; we prefer the
   days under which the article's weekday-dated events do not precede the happening it was tied
   to (an aftermath report narrates the days after the crash, not the days before it).
   The result: basis ``inferred``, a window (``earliest``/``latest``), a confidence below 1 and a
   value only as precise as the window allows;
3. nothing: value None, basis ``none`` — never a guess. The floor is still kept as ``earliest``.

Time expressions are then resolved against their own anchor (an embedded post's date) or the
document's date; against a window they are resolved at both ends and keep the precision both
ends agree on. Inference runs each time the story is linked, so an inferred date — and every
relative date resolved against it — changes when new reports of the story arrive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from storyline.analyse.timex import is_future_sentence, rules
from storyline.analyse.timex_resolve import NONE, Range, resolve, resolve_from, value_range, window
from storyline.ingest.dates import date_from_url
from storyline.link.context import LinkContext
from storyline.link.events import Cluster, cluster, make_items, publication_window, story_key
from storyline.model import Analysis, DateValue, Document, TimeExpr

RECENT_DAYS = 7
IN_WINDOW_KINDS = {"month_day", "month"}  # a day or month named inside the article's own window
MAX_AFTERMATH_WINDOW = 62  # days; a wider window is too vague to weigh weekdays in


def resolve_dates(ctx: LinkContext) -> None:
    by_story: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(ctx.documents):
        by_story[story_key(ctx, doc_id)].append(doc_id)
    undated: list[str] = []
    for doc_id in sorted(ctx.documents):
        own = _own_date(ctx.documents[doc_id], ctx.analyses.get(doc_id))
        if own is None:
            undated.append(doc_id)
        else:
            ctx.published[doc_id] = own
            _resolve_timexes(ctx, doc_id)
    # inference reads the dated documents' event dates, so it runs once they are resolved
    for story in sorted({story_key(ctx, d) for d in undated}):
        docs = by_story[story]
        blocks = make_items(ctx, docs, lambda d, k: _known_value(ctx, d, k))
        clusters_of: dict[str, list[Cluster]] = defaultdict(list)  # only the clusters a document is in
        days_of: dict[str, set[date]] = defaultdict(set)  # the days each document dates a happening to
        for (_s, kind), items in sorted(blocks.items()):
            for c in cluster(kind, items):
                for doc_id in dict.fromkeys(i.doc for i in c.items):
                    clusters_of[doc_id].append(c)
                for i in c.items:
                    if i.range and i.range[0] == i.range[1] and i.date and i.date.basis != "inferred":
                        days_of[i.doc].add(i.range[0])
        for doc_id in [d for d in docs if d not in ctx.published]:
            story_days = {day for other, days in days_of.items() if other != doc_id for day in days}
            ctx.published[doc_id] = _infer(ctx, doc_id, clusters_of[doc_id], story_days)
            _resolve_timexes(ctx, doc_id)


def _own_date(doc: Document, analysis: Analysis | None) -> DateValue | None:
    """Header or metadata, else the dateline the text prints, else the date in the page's URL."""
    if doc.published.value and doc.published.basis != "none":
        return doc.published
    if analysis is not None and analysis.dateline is not None and analysis.dateline.value:
        return analysis.dateline
    return date_from_url(doc.url)


def _known_value(ctx: LinkContext, doc_id: str, k: int) -> DateValue | None:
    """A time expression's value as far as it is known before inference: resolved for dated
    documents, only the text's own absolute (or own-anchored) dates for undated ones."""
    if doc_id in ctx.published:
        return ctx.timex_values.get((doc_id, k))
    t = ctx.analyses[doc_id].timexes[k]
    if t.rel is None or t.anchor or t.rel.get("kind") == "next_day_of":
        return t.value
    return None


# ---------------------------------------------------------------- time expressions


def _resolve_timexes(ctx: LinkContext, doc_id: str) -> None:
    analysis = ctx.analyses.get(doc_id)
    if analysis is None:
        return
    anchor = ctx.published[doc_id]
    doc_range = value_range(anchor) if anchor.value or (anchor.earliest and anchor.latest) else None
    values: list[DateValue] = []
    for k, t in enumerate(analysis.timexes):
        v = _timex_value(t, values, doc_range, anchor)
        values.append(v)
        ctx.timex_values[(doc_id, k)] = v


def _timex_value(
    t: TimeExpr, before: list[DateValue], doc_range: Range | None, anchor: DateValue
) -> DateValue:
    if t.rel is None:
        return t.value or NONE
    if t.rel.get("kind") == "next_day_of":
        ref = t.rel.get("ref")
        base = before[ref] if ref is not None and 0 <= ref < len(before) else None
        if base is None or not base.value:
            return NONE
        v = resolve_from(t.rel, base)
        if not v.value:
            return NONE
        return DateValue(v.value, v.precision, base.basis, round(min(v.confidence, base.confidence), 2))
    if t.anchor:
        own = date.fromisoformat(t.anchor)
        return resolve_range(t.rel, (own, own), "text", 1.0)
    basis = "inferred" if anchor.basis == "inferred" else "text"
    return resolve_range(t.rel, doc_range, basis, anchor.confidence)


def resolve_range(rel: dict[str, Any], rng: Range | None, basis: str, confidence: float) -> DateValue:
    """``resolve`` against an anchor known to lie in a window: one value where both ends agree,
    else a window as wide as they disagree."""
    if rng is None:
        return NONE
    lo, hi = resolve(rel, rng[0]), resolve(rel, rng[1])
    conf = round(min(lo.confidence, confidence), 2)
    if lo.value == hi.value and lo.earliest == hi.earliest:
        return DateValue(lo.value, lo.precision, basis, conf, lo.earliest, lo.latest)
    if rel.get("kind") in IN_WINDOW_KINDS and (hi_day := value_range(hi)) and rng[0] <= hi_day[0] <= rng[1]:
        # "22 March" in an article of March 2024 is 22 March 2024: a year earlier the text would
        # have said "last year"
        return DateValue(hi.value, hi.precision, basis, round(conf * 0.9, 2), hi.earliest, hi.latest)
    lo_r, hi_r = value_range(lo), value_range(hi)
    if lo_r is None or hi_r is None:
        return NONE
    return window(lo_r[0], hi_r[1], confidence=round(conf * 0.8, 2), basis=basis)


# ---------------------------------------------------------------- inference


def _infer(
    ctx: LinkContext, doc_id: str, clusters: list[Cluster], story_days: set[date] = frozenset()
) -> DateValue:
    analysis = ctx.analyses.get(doc_id)
    if analysis is None:
        return DateValue(None, None, basis="none", confidence=0.0)
    floors = [f] if (f := _latest_mentioned(ctx.documents[doc_id].text, analysis)) else []
    windows: list[Range] = _named_days(analysis, story_days)
    caps: list[date] = []
    pivots: list[date] = []
    for c in clusters:
        mine = [i for i in c.items if i.doc == doc_id]
        happened = _happened(c, doc_id)
        if not mine or happened is None:
            continue
        pivots.append(happened[0])
        floors.append(happened[0])
        days = c.days_from_others(doc_id)
        for i in mine:
            if i.rel is not None:
                windows.extend(w for d in sorted(set(days)) if (w := publication_window(i.rel, d)))
            if i.news:
                caps.append(happened[1] + timedelta(days=RECENT_DAYS))
    floor = max(floors) if floors else None
    if windows:
        first, last = _intersect(windows)
        if floor and floor > first:
            first = floor if floor <= last else first  # a floor that contradicts the events is ignored
        confidence = 0.7
    elif floor and any(cap >= floor for cap in caps):
        first, last, confidence = floor, min(cap for cap in caps if cap >= floor), 0.5
    else:
        return DateValue(
            None, None, basis="none", confidence=0.0, earliest=floor.isoformat() if floor else None
        )
    if caps and (cap := min((c for c in caps if c >= first), default=None)) is not None:
        last = min(last, cap)
    first, last = _aftermath(analysis, first, last, max(pivots) if pivots else None)
    if (day := _dateline_day(ctx.documents[doc_id], first, last)) is not None:
        first = last = day
    confidence = round(confidence + (0.1 if first == last else 0.0), 2)
    inferred = window(first, last, confidence=confidence, basis="inferred")
    inferred.earliest, inferred.latest = first.isoformat(), last.isoformat()
    return inferred


def _dateline_day(doc: Document, first: date, last: date) -> date | None:
    """The one day of the inferred window that a dateline without a year names ("РУСЕ, 15 март
    /АГЕНЦИЯ/": ingest keeps its day and month), or None when the window holds none or several."""
    dl = doc.meta.get("dateline")
    if not dl or not dl.get("month") or not dl.get("day"):
        return None
    days = []
    for year in range(first.year, last.year + 1):
        try:
            day = date(year, int(dl["month"]), int(dl["day"]))
        except ValueError:
            continue
        if first <= day <= last:
            days.append(day)
    return days[0] if len(days) == 1 else None


def _named_days(analysis: Analysis, story_days: set[date]) -> list[Range]:
    """ "28 March" in an article whose story dates a happening to 28 March 2025 (whatever type the
    others gave it: a storm here, the floods it caused there): the article appeared within the year
    after that day."""
    windows: list[Range] = []
    for t in analysis.timexes:
        if t.rel is None or t.anchor or t.rel.get("kind") != "month_day":
            continue
        windows.extend(w for d in sorted(story_days) if (w := publication_window(t.rel, d)))
    return windows


def _happened(c: Cluster, doc_id: str) -> Range | None:
    """When the happening of a cluster took place, by the other articles' text dates: the most
    precise range they give."""
    others = [i for i in c.items if i.doc != doc_id and i.range and i.date and i.date.basis != "inferred"]
    if not others:
        return None
    return min((i.range for i in others if i.range), key=lambda r: (r[1] - r[0], r[0]))


def _latest_mentioned(text: str, analysis: Analysis) -> date | None:
    """The latest date the article itself fixes (not counting plans: "elections will be held in
    2030" does not date an article)."""
    future = r.future if (r := rules(analysis.lang or "")) else frozenset()
    starts = [
        rng[0]
        for t in analysis.timexes
        if (t.rel is None or t.anchor)
        and (rng := value_range(t.value)) is not None
        and not is_future_sentence(text, t.start, future)
    ]
    return max(starts) if starts else None


def _intersect(ranges: list[Range]) -> Range:
    first, last = max(r[0] for r in ranges), min(r[1] for r in ranges)
    if first <= last:
        return first, last
    # contradictory evidence: keep the window most of the evidence agrees with
    return Counter(ranges).most_common(1)[0][0]


def _aftermath(analysis: Analysis, first: date, last: date, pivot: date | None) -> Range:
    """Of the candidate days, those under which fewest weekday-dated events precede ``pivot``."""
    if pivot is None or first == last or (last - first).days > MAX_AFTERMATH_WINDOW:
        return first, last
    rels = [
        t.rel
        for k in sorted({e.time for e in analysis.events if e.time is not None})
        if (t := analysis.timexes[k]).rel and t.rel.get("kind") == "weekday" and not t.anchor
    ]
    if not rels:
        return first, last
    candidates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    before = {
        p: sum(date.fromisoformat(resolve(rel, p).value or "9999-12-31") < pivot for rel in rels)
        for p in candidates
    }
    fewest = min(before.values())
    keep = [p for p in candidates if before[p] == fewest]
    return keep[0], keep[-1]
