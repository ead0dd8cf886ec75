"""Cross-document event coreference: the reports of one happening become one ``Event``.

Blocking: only mentions of the same type in the same story are compared, so the work grows with
the size of a story, not of the store. Inside a block a greedy pass adds each mention to the
cluster it fits best, dated mentions first so that clusters have dates before undated retellings
arrive:
- dates are a veto: two dated mentions must overlap (a day either way for time zones), so two
  phone calls two weeks apart stay two events (a date resolved against an inferred publication
  date is too weak to veto and only counts against);
- an undated mention cannot join an event that happened after its article appeared;
- shared place, shared participants and the same article are positive evidence; a different
  place is only a penalty ("near Aktau" and "in Kazakhstan" are the same crash);
- one-off types (a crash, a funeral) merge on compatibility alone; repeatable types (meetings,
  calls, statements) need positive evidence.

An event takes the most precise, best supported date its mentions give. A retelling without its
own date never lends its article's date to an event that has one. An event with no dated mention
at all takes the earliest publication date of its reports (basis ``inferred``, low confidence)
— unless an earlier dated event of the same type and place exists in the story, which it is
then most likely a background mention of.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.link.context import LinkContext
from storyline.link.dates import Range, value_range
from storyline.model import DateValue, Event, EventMention, Span
from storyline.serde import stable_id

ONE_OFF = {"crash", "shootdown", "emergency_landing", "funeral"}
TOLERANCE = timedelta(days=1)
MAX_EVIDENCE_CHARS = 300
PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
NOUNS = {
    "emergency_landing": "emergency landing",
    "phone_call": "phone call",
}
NEAR_TYPES = {"crash", "shootdown", "explosion", "fire", "emergency_landing", "attack"}


@dataclass
class Item:
    doc: str
    idx: int
    mention: EventMention
    date: DateValue | None  # its own date (from its time expression), if any
    range: Range | None
    place: str | None
    participants: set[str]
    published: Range | None

    @property
    def order(self) -> tuple[date, str, int]:
        return (self.published[0] if self.published else date.max, self.doc, self.mention.start)


@dataclass
class Cluster:
    items: list[Item] = field(default_factory=list)

    @property
    def ranges(self) -> list[Range]:
        return [i.range for i in self.items if i.range is not None]

    def places(self) -> set[str]:
        return {i.place for i in self.items if i.place}

    def participants(self) -> set[str]:
        return set().union(*(i.participants for i in self.items))

    def docs(self) -> set[str]:
        return {i.doc for i in self.items}


def link_events(ctx: LinkContext) -> None:
    blocks: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    for doc_id, analysis in ctx.analyses.items():
        for k, m in enumerate(analysis.events):
            blocks[(ctx.doc_story.get(doc_id), m.type)].append(_item(ctx, doc_id, k, m))
    names = {e.id: e.name for e in ctx.entities}
    events: list[Event] = []
    for (story, kind), items in blocks.items():
        clusters = _cluster(kind, items)
        dated = [_own_date(c) for c in clusters]
        for c, d in zip(clusters, dated, strict=True):
            ev = _event(ctx, names, story, kind, c, d or _fallback_date(c, clusters, dated))
            events.append(ev)
            for i in c.items:
                ctx.event_of_mention[(i.doc, i.idx)] = ev.id
    ctx.events = sorted(events, key=_sort_key)


def _item(ctx: LinkContext, doc_id: str, k: int, m: EventMention) -> Item:
    own = ctx.timex_values.get((doc_id, m.time)) if m.time is not None else None
    if own is not None and not own.value and not own.earliest:
        own = None
    participants = {e for p in m.participants if (e := ctx.entity_of(doc_id, p))}
    pub = ctx.published.get(doc_id)
    return Item(
        doc_id,
        k,
        m,
        own,
        value_range(own),
        ctx.entity_of(doc_id, m.place),
        participants,
        value_range(pub) if pub else None,
    )


# ---------------------------------------------------------------- clustering


def _cluster(kind: str, items: list[Item]) -> list[Cluster]:
    clusters: list[Cluster] = []
    threshold = 1.0 if kind in ONE_OFF else 3.0
    # dated first, most precise first, so undated retellings find dated clusters to join
    items = sorted(
        items,
        key=lambda i: (
            i.range is None,
            -PRECISION_RANK.get(i.date.precision or "", 0) if i.date else 0,
            i.order,
        ),
    )
    for item in items:
        scored = [(s, n) for n, c in enumerate(clusters) if (s := _score(item, c)) is not None]
        best = max(scored, default=None)
        if best is not None and best[0] >= threshold:
            clusters[best[1]].items.append(item)
        else:
            clusters.append(Cluster([item]))
    return clusters


def _score(item: Item, cluster: Cluster) -> float | None:
    """How well an item fits a cluster; None where it cannot belong to it."""
    score = 1.0
    ranges = cluster.ranges
    if item.range is not None and ranges:
        lo, hi = item.range[0] - TOLERANCE, item.range[1] + TOLERANCE
        for other in cluster.items:
            if other.range is None or not (hi < other.range[0] or lo > other.range[1]):
                continue
            # two dates read from text veto; one resolved against an inferred publication date
            # is too weak to split a happening, it only counts against
            if _inferred(item) or _inferred(other):
                score -= 2
            else:
                return None
        score += 2
    elif item.range is None and ranges and item.published is not None:
        if min(r[0] for r in ranges) > item.published[1]:
            return None  # an article cannot retell what had not happened yet
        # of two candidate happenings, the retelling most likely means the more recent one
        days_before = (item.published[1] - max(r[1] for r in ranges)).days
        score += 0.5 / (1 + max(days_before, 0) / 7)
    places = cluster.places()
    if item.place and places:
        score += 2 if item.place in places else -1
    score += min(2, len(item.participants & cluster.participants()))
    if item.doc in cluster.docs():
        score += 2
    return score


def _inferred(item: Item) -> bool:
    return item.date is not None and item.date.basis == "inferred"


# ---------------------------------------------------------------- the event


def _own_date(cluster: Cluster) -> DateValue | None:
    """The most precise value, then the one most mentions agree with, then the most confident."""
    dated = [i.date for i in cluster.items if i.date is not None and i.date.value]
    if not dated:
        return None
    support = Counter((d.value, d.precision) for d in dated)
    best = max(
        dated,
        key=lambda d: (
            PRECISION_RANK.get(d.precision or "", 0),
            support[(d.value, d.precision)],
            d.basis != "inferred",
            d.confidence,
        ),
    )
    share = support[(best.value, best.precision)] / len(dated)
    return DateValue(
        best.value,
        best.precision,
        best.basis,
        round(best.confidence * (0.7 + 0.3 * share), 2),
        best.earliest,
        best.latest,
    )


def _fallback_date(cluster: Cluster, clusters: list[Cluster], dated: list[DateValue | None]) -> DateValue:
    pubs = [i.published for i in cluster.items if i.published is not None]
    if not pubs:
        return DateValue(None, None, basis="none", confidence=0.0)
    first_pub = min(p[0] for p in pubs)
    places = cluster.places()
    for other, d in zip(clusters, dated, strict=True):
        r = value_range(d)
        if other is cluster or r is None or r[0] > first_pub:
            continue
        if not places or not other.places() or places & other.places():
            # most likely a background mention of that earlier event: no date rather than a wrong one
            return DateValue(None, None, basis="none", confidence=0.0)
    return DateValue(
        first_pub.isoformat(), "day", basis="inferred", confidence=0.4, latest=first_pub.isoformat()
    )


def _event(
    ctx: LinkContext, names: dict[str, str], story: str | None, kind: str, cluster: Cluster, when: DateValue
) -> Event:
    items = sorted(cluster.items, key=lambda i: i.order)
    first = items[0]
    place = Counter(i.place for i in items if i.place).most_common(1)
    counts = Counter(p for i in items for p in sorted(i.participants))
    participants = [p for p, _ in counts.most_common()]
    return Event(
        id=stable_id("v-", first.doc, first.mention.start, first.mention.end),
        type=kind,
        date=when,
        evidence=[_evidence(ctx, i) for i in items],
        story=story,
        label=_label(names, kind, place[0][0] if place else None, participants),
        place=place[0][0] if place else None,
        participants=participants,
        confidence=round(min(0.95, 0.5 + 0.15 * len(cluster.docs())), 2),
    )


def _evidence(ctx: LinkContext, item: Item) -> Span:
    """The sentence of the trigger, cut around the trigger where the sentence is long."""
    m = item.mention
    start, end = m.sent_start, m.sent_end
    if end - start > MAX_EVIDENCE_CHARS:
        half = (MAX_EVIDENCE_CHARS - (m.end - m.start)) // 2
        start, end = max(start, m.start - half), min(end, m.end + half)
    start, end = min(start, m.start), max(end, m.end)
    return ctx.span(item.doc, start, end)


def _label(names: dict[str, str], kind: str, place: str | None, participants: list[str]) -> str:
    noun = NOUNS.get(kind, kind)
    if place and place in names:
        return f"{noun} {'near' if kind in NEAR_TYPES else 'in'} {names[place]}"
    people = [names[p] for p in participants if p in names][:2]
    if people:
        return f"{noun}: {' and '.join(people)}"
    return noun


def _sort_key(e: Event) -> tuple[int, str, str]:
    r = value_range(e.date)
    return (r is None, r[0].isoformat() if r else "", e.id)
