"""Cross-document event coreference: the reports of one happening become one ``Event``.

Everything is computed from the documents of one story at a time (blocks of one story and one
event type), so the result for a story is the same whether it is linked with the whole store or
alone, and the work grows with the size of a story, not of the store.

Inside a block a greedy pass adds each mention to the cluster it fits best, in an order fixed by
content (dated mentions first, most precise first, then by publication date, document id and
offset), so that clusters have dates before undated retellings arrive:
- dates are a veto: two dated mentions must overlap (a day either way for time zones), so two
  phone calls two weeks apart stay two events (a date resolved against an inferred publication
  date is too weak to veto and only counts against); one article that dates two mentions of a
  repeatable type to two days from its own text tells two happenings (no day's tolerance);
- an undated mention cannot join an event that happened after its article appeared;
- the *news* of an article — an undated mention in its first sentences that is neither a
  reference ("after the crash") nor inside a relative clause — happened about when the article
  appeared: for repeatable types it counts against events dated long before (a phone call
  reported today is not the call of last December); one-off happenings (a crash) merge anyway;
- shared place, shared participants and the same article are positive evidence; a different
  place is only a penalty ("near Aktau" and "in Kazakhstan" are the same crash);
- one-off types (a crash, an earthquake, a flood, a funeral) merge on compatibility alone;
  repeatable types (meetings, calls, statements, attacks) need positive evidence;
- a day and month without a year in an undated article ("the quake of 28 March") fits only an
  event dated to that day and month.

An event takes the most precise, best supported date its mentions give; a meeting held at a
summit takes the summit's date when it is more precise (the date of the event it is attached
to). A retelling without its own date never lends its article's date to an event. An event with
no dated mention at all is dated only when it is an article's news: then the publication date
(basis ``inferred``, low confidence, the day before as ``earliest``) — unless an article that appeared
before it already told the happening; otherwise it stays undated.
A physical happening takes the place its mentions most often give and the names at least two of
them give; an occasion (a meeting, a statement, a cancellation) only the place and names of the
mention shown first — its other mentions' are as often another occasion's or a bystander's.
Event ids derive from the earliest evidence (document id and offsets), never from positions in
a list, so relinking a story gives the same ids.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, partial
from typing import Any

from storyline.analyse.event_realis import CONCRETE
from storyline.analyse.events import (
    in_series,
    is_anterior,
    is_reference,
    is_subordinate,
    lexicon_at,
    place_is_near,
)
from storyline.analyse.events_evidence import MentionEvidence, mention_evidence
from storyline.analyse.events_listing import features, listing_threshold, probability, support
from storyline.analyse.timex_resolve import Range, value_range
from storyline.link.context import LinkContext
from storyline.link.event_families import families, told_apart
from storyline.link.event_roles import event_participants, event_place
from storyline.link.places import Area, area_of, areas, within
from storyline.model import Analysis, DateValue, Document, Event, EventMention, Span
from storyline.names.gazetteers import fold
from storyline.serde import stable_id

# happenings a story has one of: within a story they merge on compatibility alone (its
# investigation too: "the investigation" retold by every report is the one into its happening)
ONE_OFF = {"crash", "shootdown", "emergency_landing", "funeral", "earthquake", "flood", "storm", "collapse",
           "dam_breach", "landslide", "fire", "investigation"}  # fmt: skip
# a meeting, statement or agreement mentioned in the same sentence as a summit or visit took
# place at it ("met Aliyev at the summit in Dushanbe"): it may take the summit's date
CONTAINERS = {"summit", "visit"}
HELD_AT = {"meeting", "statement", "agreement", "award", "apology"}
LEAD_SENTENCES = 4
# happenings whose report precedes or spans them: cancelled flights are next week's, a visit or a
# summit lasts days, a vote is called for a day to come; the article's day is not theirs
AHEAD = {"disruption", "visit", "summit", "election", "closure"}
ELSEWHERE_SENTENCES = 6  # the lead and the sentences after it, where a news item's own day is told
ELSEWHERE_DAYS = 90  # a day named this long before publication may be the news' own
NEWS_DAYS = 2  # an article's news happened on its publication day or shortly before
NAMED_DAY_WINDOW = 7  # days; in a wider publication window (a month's) weekday names pick no day
TOLERANCE = timedelta(days=1)
MAX_EVIDENCE_CHARS = 300
WHOLE_REACH = 60  # characters of a sentence's end a cut window takes in rather than leave out
PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
NOUNS = {"emergency_landing": "emergency landing", "phone_call": "phone call"}
# what follows a happening over weeks or months: undated, it lies between the happening and its report
AFTERMATH = {"investigation", "compensation", "award"}
NEAR_TYPES = {"crash", "shootdown", "explosion", "fire", "emergency_landing", "attack"}
ANCHORING_KINDS = {"same_day", "offset", "weekday", "month_day"}
YEAR_DAYS = 365  # a day and month without a year ("28 March") is at most a year old
# an event reaches the timeline, the report and the audit draw from this confidence (the listing
# model's chance that it is right) up; below it stays in the store and the dossier as a
# low-confidence event (``storyline timeline --all``). Chosen from the leave-one-round-out curve
# of ``eval.audit_listing`` and shipped with the weights
LISTED = listing_threshold()


def event_confidence(signs: list[dict[str, float]], mentions: int) -> float:
    """An event is as believable as its best mention by the listing model
    (``analyse.events_listing``), told how many mentions report it."""
    return round(max((probability({**f, "support": support(mentions)}) for f in signs), default=0.0), 2)


def is_listed(event: Event) -> bool:
    return event.confidence >= LISTED


@dataclass
class Item:
    """One event mention with what coreference looks at."""

    doc: str
    idx: int
    mention: EventMention
    date: DateValue | None  # its own date (from its time expression), if any
    range: Range | None
    place: str | None
    participants: set[str]
    published: Range | None
    rel: dict[str, Any] | None = None  # a relative date still waiting for its anchor
    mention_sentence: str = ""  # the sentence as written: copies of one text say it alike
    news: bool = False  # the article's own news (see the module doc)
    # the news, and nothing near the lead puts a happening on another day: the article's date may
    # stand for its date
    inferable: bool = False
    reference: bool = False
    # told as one of a series ("the second crash of the type"): not the happening the other reports
    # of its article name
    series: bool = False
    # the listing model's inputs from this mention (events_evidence's signs, fields filled)
    signs: dict[str, float] = field(default_factory=dict)
    # its place is a point it was near ("near X", "15 km from X"), not one holding it; None where its
    # language has no cues of nearness to tell
    near: bool | None = False

    @property
    def order(self) -> tuple[date, str, int]:
        return (self.published[0] if self.published else date.max, self.doc, self.mention.start)

    @property
    def weak_range(self) -> Range | None:
        """Where the news of an article happened, when nothing else dates it."""
        if self.range is None and self.news and self.published and self.mention.type not in ONE_OFF:
            return self.published[0] - timedelta(days=NEWS_DAYS), self.published[1]
        return None


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

    def days_from_others(self, doc: str) -> list[date]:
        """Day-precise dates read from text in other articles: what a relative date can match."""
        return [
            i.range[0]
            for i in self.items
            if i.doc != doc and i.range and i.range[0] == i.range[1] and i.date and i.date.basis != "inferred"
        ]


# ---------------------------------------------------------------- items


def story_key(ctx: LinkContext, doc_id: str) -> str:
    return ctx.doc_story.get(doc_id) or f"doc:{doc_id}"


def make_items(
    ctx: LinkContext, doc_ids: list[str], value_of: Callable[[str, int], DateValue | None]
) -> dict[tuple[str, str], list[Item]]:
    """Items per (story, type) block. ``value_of(doc, timex index)`` gives a time expression's
    value as far as it is known (an undated article's relative dates are not, before inference)."""
    blocks: dict[tuple[str, str], list[Item]] = defaultdict(list)
    # a mention the recogniser typed PER or ORG whose entity is a place across the store (a town
    # read as a person once) is no participant
    # (or whose one-word name the gazetteer knows as a town or a country: "Odesa" typed PER)
    places = {
        e.id for e in ctx.entities if e.type == "LOC" or (len(e.name.split()) == 1 and area_of(e) is not None)
    }
    for doc_id in doc_ids:
        analysis = ctx.analyses.get(doc_id)
        if analysis is None:
            continue
        text = ctx.documents[doc_id].text
        lead_end = (
            analysis.sentences[LEAD_SENTENCES - 1][1]
            if len(analysis.sentences) >= LEAD_SENTENCES
            else len(text)
        )
        pub = ctx.published.get(doc_id)
        published = value_range(pub) if pub and pub.value else None
        values = [value_of(doc_id, j) for j in range(len(analysis.timexes))] if analysis.events else []
        for k, m in enumerate(analysis.events):
            own = value_of(doc_id, m.time) if m.time is not None else None
            if own is not None and not own.value and not own.earliest:
                own = None
            t = analysis.timexes[m.time] if m.time is not None else None
            # a relative date can pin the article's date only when the sentence itself dates the event
            same_sentence = t is not None and m.sent_start <= t.start < m.sent_end
            pending = (
                t.rel if t is not None and own is None and t.rel and not t.anchor and same_sentence else None
            )
            facts = ctx.mention_facts.get((doc_id, k))
            if facts is None:  # the same whether dates are being inferred or events linked
                facts = ctx.mention_facts[(doc_id, k)] = _facts(ctx, doc_id, analysis, m, places)
            reference, subordinate, anterior, evidence, participants, series = facts
            news = (
                m.start < lead_end and m.time is None and not reference and not subordinate and not anterior
            )
            inferable = news and may_infer(analysis, values, published, m.type)
            blocks[(story_key(ctx, doc_id), m.type)].append(
                Item(
                    doc_id,
                    k,
                    m,
                    own,
                    value_range(own),
                    ctx.entity_of(doc_id, m.place),
                    set(participants),
                    published,
                    rel=pending if pending and pending.get("kind") in ANCHORING_KINDS else None,
                    mention_sentence=text[m.sent_start : m.sent_end],
                    news=news,
                    inferable=inferable,
                    reference=reference,
                    series=series,
                    signs=features(
                        evidence,
                        inferred=inferable,
                        place=m.place is not None,
                        parties=bool(m.participants),
                    ),
                    near=place_is_near(text, analysis, m),
                )
            )
    return blocks


def _facts(
    ctx: LinkContext, doc_id: str, analysis: Analysis, m: EventMention, places: set[str]
) -> tuple[bool, bool, bool, MentionEvidence, frozenset[str], bool]:
    """What a mention says of itself, whatever the dates: a reference, subordinate, anterior;
    the listing model's evidence; its parties (entities that are no place and no outlet); one of
    a series."""
    text = ctx.documents[doc_id].text
    reference = is_reference(text, analysis, m)
    subordinate = is_subordinate(text, analysis, m)
    # "arrested earlier", "last month": told as before the news, so not the news itself
    anterior = m.time is None and is_anterior(text, analysis, m)
    evidence = mention_evidence(text, analysis, m, reported=reference or subordinate)
    participants = frozenset(
        e
        for p in m.participants
        if not _not_a_party(ctx.documents[doc_id], analysis, p)
        and (e := ctx.entity_of(doc_id, p))
        and e not in places
    )
    return reference, subordinate, anterior, evidence, participants, in_series(text, analysis, m)


QUOTES = {"«": "»", "„": "“”", "“": "”", '"': '"', "‘": "’", "'": "'"}
QUOTE_MARKS = "".join(sorted(set("".join(QUOTES)) | set("".join(QUOTES.values()))))
CREDIT_MARKS = {"/": "/", "(": ")", "[": "]"}
DATELINE_CHARS = 120  # "CITY, 15 March /AGENCY/ –": an agency's credit opens the article


def _not_a_party(doc: Document, analysis: Analysis, k: int) -> bool:
    """A name that is not a party to the happening: the outlet that reports it (the credit of a
    dateline, "/AGENCY/", "(AGENCY) —", or the outlet the document names), a name written in
    quotation marks (a ship's, a newspaper's, an aircraft's: «Name») or a vehicle's name next to a
    noun for it ("the <name> ferry", the pack's ``vehicles``)."""
    m = analysis.mentions[k]
    text = doc.text
    # a recogniser may take one mark or both into the mention ("Name»"): look past them
    lo = m.start + len(m.text) - len(m.text.lstrip(QUOTE_MARKS))
    hi = m.end - (len(m.text) - len(m.text.rstrip(QUOTE_MARKS)))
    before, after = text[lo - 1 : lo], text[hi : hi + 1]
    if lo < hi and before in QUOTES and after and after in QUOTES[before]:
        return True
    para = text.rfind("\n", 0, m.start) + 1
    if before in CREDIT_MARKS and after == CREDIT_MARKS[before] and m.start - para < DATELINE_CHARS:
        return True
    lex = lexicon_at(analysis, m.start)
    word_before = re.findall(r"\w[\w-]*", text[max(0, lo - 30) : lo])[-1:]
    word_after = re.findall(r"\w[\w-]*", text[hi : hi + 30])[:1]
    # "ферибот <name>", "the ferry <name>" name the vehicle; "the <name> ferry" too, unless the name
    # is an organisation's (the airline in "an <airline> plane" is its operator, a party)
    if any(lex.is_vehicle(w) for w in word_before + (word_after if m.type != "ORG" else [])):
        return True
    outlets = {fold(o) for o in (doc.outlet, analysis.outlet) if o}
    if outlets & {fold(m.text), fold(m.base or m.text)}:
        return True
    # a news agency or broadcaster reports happenings, it takes no part in them ("…, AP reported",
    # a photo credit "Photo: Reuters", "the broadcaster RTE"): one the shipped list knows, or one
    # the word before names as an outlet (the list's descriptor heads: "agency", "телеканал")
    return _known_outlet(m.base or m.text) or _known_outlet(m.text) or _outlet_word(word_before)


@cache
def _known_outlet(name: str) -> bool:
    from storyline.ingest.source_names import SourceAliases

    return SourceAliases().canonical(name) is not None


def _outlet_word(words: list[str]) -> bool:
    from storyline.ingest.source_names import loose_key, shipped

    return bool(words) and loose_key(words[-1]) in shipped().heads


# ---------------------------------------------------------------- clustering


def cluster(kind: str, items: list[Item], place_areas: dict[str, Area] | None = None) -> list[Cluster]:
    """``place_areas`` (entity id → area, ``link.places``) lets "near a town" and "in its country"
    agree; without it only the same place entity does."""
    clusters: list[Cluster] = []
    threshold = 1.0 if kind in ONE_OFF else 3.0
    items = sorted(
        items,
        key=lambda i: (
            i.range is None,
            -PRECISION_RANK.get(i.date.precision or "", 0) if i.date else 0,
            i.order,
        ),
    )
    for item in items:
        scored = [
            (s, -n) for n, c in enumerate(clusters) if (s := _score(item, c, place_areas or {})) is not None
        ]
        best = max(scored, default=None)
        if best is not None and best[0] >= threshold:
            clusters[-best[1]].items.append(item)
        else:
            clusters.append(Cluster([item]))
    return clusters


def _overlaps(a: Range, b: Range) -> bool:
    return not (a[1] + TOLERANCE < b[0] or a[0] - TOLERANCE > b[1])


def _score(item: Item, cluster: Cluster, place_areas: dict[str, Area]) -> float | None:
    """How well an item fits a cluster; None where it cannot belong to it."""
    score = 1.0
    ranges = cluster.ranges
    if item.range is not None and ranges:
        for other in cluster.items:
            if other.range is not None and _two_days_of_one_article(item, other):
                return None
            if other.range is None or _overlaps(item.range, other.range):
                continue
            # two dates read from text veto; one resolved against an inferred publication date
            # is too weak to split a happening, it only counts against
            if _inferred(item) or _inferred(other):
                score -= 2
            else:
                return None
        score += 2
    elif item.rel is not None and (days := cluster.days_from_others(item.doc)):
        if not any(publication_window(item.rel, d) for d in days):
            return None  # "on Wednesday" cannot be a Thursday
        # a weekday that fits is weak evidence, a day and month strong; "today" or "yesterday"
        # fit any day and are none
        score += {"weekday": 1, "month_day": 2}.get(item.rel.get("kind", ""), 0)
    elif item.range is None and ranges:
        if item.published is not None and min(r[0] for r in ranges) > item.published[1]:
            return None  # an article cannot retell what had not happened yet
        weak = item.weak_range
        if weak is not None and not any(_overlaps(weak, r) for r in ranges):
            score -= 2  # today's news is not last year's happening
        elif item.published is not None:
            # of two candidate happenings, the retelling most likely means the more recent one
            days_before = (item.published[1] - max(r[1] for r in ranges)).days
            score += 0.5 / (1 + max(days_before, 0) / 7)
    places = cluster.places()
    if item.place and places:
        score += _place_score(item.mention.type, item.place, places, place_areas)
    score += min(2, len(item.participants & cluster.participants()))
    if item.doc in cluster.docs():
        score += 2
    return score


def _two_days_of_one_article(a: Item, b: Item) -> bool:
    """Two mentions of a repeatable happening that one article dates to two different days from its
    own text ("apologised on Tuesday … today she apologised again") are two happenings: the day's
    tolerance is for reports that count from different publication days, not for one text."""
    return (
        a.doc == b.doc
        and a.mention.type not in ONE_OFF
        and a.range is not None
        and b.range is not None
        and a.range[0] == a.range[1]
        and b.range[0] == b.range[1]
        and a.range != b.range
        and not _inferred(a)
        and not _inferred(b)
    )


def _place_score(kind: str, place: str, places: set[str], place_areas: dict[str, Area]) -> float:
    """The same place, or one inside the other ("near Aktau", "in Kazakhstan"), is evidence for;
    two places the gazetteer tells apart are evidence against. A place it does not know (a river,
    a region) may well hold the other: against a repeatable happening it still counts (a meeting
    elsewhere is another meeting), against a one-off happening of the story it counts for nothing."""
    if place in places:
        return 2
    verdicts = [within(place_areas.get(place), place_areas.get(p)) for p in places]
    if any(v is True for v in verdicts):
        return 2
    if kind in ONE_OFF and all(v is None for v in verdicts):
        return 0
    return -1


def _inferred(item: Item) -> bool:
    return item.date is not None and item.date.basis == "inferred"


def publication_window(rel: dict[str, Any], day: date) -> Range | None:
    """All publication dates P for which a relative date resolved against P means ``day``."""
    kind = rel["kind"]
    if kind == "same_day":
        return day, day
    if kind == "offset":
        p = day - timedelta(days=int(rel.get("days", 0)))
        return p, p
    if kind == "month_day":
        # "28 March" means this day only on its own date; the article appeared within a year
        # after it (before it, for a plan)
        if (day.month, day.day) != (int(rel["month"]), int(rel["day"])):
            return None
        if rel.get("weekday") is not None and day.weekday() != int(rel["weekday"]):
            return None
        if rel.get("direction") == "future":
            return day - timedelta(days=YEAR_DAYS - 1), day
        return day, day + timedelta(days=YEAR_DAYS - 1)
    if kind != "weekday" or day.weekday() != int(rel["weekday"]):
        return None
    shift = 1 if rel.get("strict") else 0
    if rel.get("direction") == "future":
        return day - timedelta(days=6 + shift), day - timedelta(days=shift)
    return day + timedelta(days=shift), day + timedelta(days=6 + shift)


# ---------------------------------------------------------------- linking


def link_events(ctx: LinkContext) -> None:
    blocks = make_items(ctx, sorted(ctx.analyses), lambda d, k: ctx.timex_values.get((d, k)))
    names = {e.id: e.name for e in ctx.entities}
    named_in: dict[str, set[str]] = defaultdict(set)  # document → the entities it names
    for (doc, _k), entity in ctx.mention_entity.items():
        named_in[doc].add(entity)
    place_areas = areas(ctx.entities, named_in.values())
    clustered = {key: cluster(key[1], items, place_areas) for key, items in sorted(blocks.items())}
    dates = {id(c): _own_date(c) for clusters in clustered.values() for c in clusters}
    _dates_from_containers(ctx, clustered, dates)
    clustered = {key: _merge_same_day(key[1], clusters, dates) for key, clusters in clustered.items()}
    facets = _merge_families(clustered, dates, place_areas)
    clustered = {
        key: _join_retellings(key[1], clusters, dates, place_areas) for key, clusters in clustered.items()
    }
    happened = _happening_days(clustered, dates)
    events: list[Event] = []
    for (story, kind), clusters in clustered.items():
        for c in clusters:
            when = dates[id(c)] or _news_date(c)
            if kind in AFTERMATH and not (when.value or when.earliest or when.month_day):
                when = _after_happening(c, happened.get(story)) or when
            ev = _event(ctx, names, (place_areas, named_in), story, kind, c, when)
            ev.facets = sorted(facets.get(id(c), set()))
            events.append(ev)
            for i in c.items:
                ctx.event_of_mention[(i.doc, i.idx)] = ev.id
    ctx.events = sorted(events, key=_sort_key)


def _own_date(cluster: Cluster) -> DateValue | None:
    """The most precise value, then the one most mentions agree with, then the most confident —
    of the values the reports allow (``_possible``)."""
    dated = [i.date for i in _possible([i for i in cluster.items if i.date is not None and i.date.value])]
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


def _possible(items: list[Item]) -> list[Item]:
    """The dated mentions whose day the other reports leave possible. An article that dates the
    happening to its own day or before says it had happened by the time it appeared, so a later day
    read elsewhere is impossible: "today" in a copy published a day later (a reprint, a feed that
    stamps its own day) names the copy's day, not the happening's. Mentions dated after their own
    article (plans) bound nothing; when nothing would be left, all stay."""
    reported = [i.published[1] for i in items if i.published and i.range and i.range[1] <= i.published[1]]
    if not reported:
        return items
    by = min(reported)
    kept = [i for i in items if i.range is None or i.range[0] <= by]
    return kept or items


def _dates_from_containers(
    ctx: LinkContext, clustered: dict[tuple[str, str], list[Cluster]], dates: dict[int, DateValue | None]
) -> None:
    """A meeting at a summit takes the summit's date where it is more precise and compatible —
    not a statement made before it ("shortly before leaving on the visit, which takes place on
    Monday": round 18)."""
    container_of: dict[tuple[str, int], tuple[Cluster, Item]] = {}  # (doc, sentence start) → container
    for (_story, kind), clusters in clustered.items():
        if kind in CONTAINERS:
            for c in clusters:
                for i in c.items:
                    container_of.setdefault((i.doc, i.mention.sent_start), (c, i))
    for (_story, kind), clusters in clustered.items():
        if kind not in HELD_AT:
            continue
        for c in clusters:
            own = dates[id(c)]
            own_range = value_range(own)
            for i in sorted(c.items, key=lambda i: i.order):
                found = container_of.get((i.doc, i.mention.sent_start))
                if found is None or _told_before(ctx, i, found[1]):
                    continue
                theirs = dates.get(id(found[0]))
                their_range = value_range(theirs)
                if theirs is None or their_range is None:
                    continue
                finer = own is None or PRECISION_RANK.get(theirs.precision or "", 0) > PRECISION_RANK.get(
                    own.precision or "", 0
                )
                inside = own_range is None or (
                    own_range[0] <= their_range[0] and their_range[1] <= own_range[1]
                )
                if finer and inside:
                    dates[id(c)] = DateValue(
                        theirs.value, theirs.precision, theirs.basis, round(theirs.confidence * 0.9, 2),
                        theirs.earliest, theirs.latest,
                    )  # fmt: skip
                    break


def _told_before(ctx: LinkContext, held: Item, host: Item) -> bool:
    """Is the held mention told as before the container its sentence names after it, a "before"
    (``before_words``) between them ("made the statement shortly before leaving on a visit")?
    It happened before the container, not at it."""
    if host.mention.start <= held.mention.end:
        return False
    text = ctx.documents[held.doc].text
    lex = lexicon_at(ctx.analyses[held.doc], held.mention.sent_start)
    between = {w.lower() for w in re.findall(r"\w+", text[held.mention.end : host.mention.start])}
    return bool(between & lex.before_words)


def _merge_same_day(kind: str, clusters: list[Cluster], dates: dict[int, DateValue | None]) -> list[Cluster]:
    """Two clusters of one type dated to the same day that share participants or a place are one
    happening named differently ("met Aliyev at the summit in Tajikistan", "the meeting in
    Dushanbe" — we do not know that Dushanbe is in Tajikistan)."""
    out: list[Cluster] = []
    for c in clusters:
        d = dates[id(c)]
        target = None
        if d is not None and d.precision == "day" and not d.earliest:
            target = next(
                (
                    o
                    for o in out
                    if (od := dates[id(o)]) is not None
                    and (od.value, od.precision) == (d.value, d.precision)
                    and (
                        kind in ONE_OFF
                        or len(o.participants() & c.participants()) >= 2
                        or o.places() & c.places()
                    )
                ),
                None,
            )
        if target is None:
            out.append(c)
        else:
            target.items.extend(c.items)
    return out


def _merge_families(
    clustered: dict[tuple[str, str], list[Cluster]],
    dates: dict[int, DateValue | None],
    place_areas: dict[str, Area],
) -> dict[int, set[str]]:
    """Within a story, the events of one family (``lang/events/families.toml``: a crash, the
    shoot-down and the emergency landing of the same plane) whose dates and places agree become
    one event of the family's first type present; the other types are its facets. Merged clusters
    leave ``clustered``; returns the facet types per remaining cluster."""
    facets: dict[int, set[str]] = defaultdict(set)
    for story in sorted({story for story, _k in clustered}):
        taken: set[int] = set()
        for family in families():
            if not clustered.get((story, family.head)):
                continue
            members = [
                (kind, c)
                for kind in family.types
                for c in clustered.get((story, kind), [])
                if id(c) not in taken
            ]
            # the head type first, dated before undated, the best reported first
            members.sort(key=lambda kc: (family.rank(kc[0]), dates[id(kc[1])] is None, -len(kc[1].docs())))
            groups: list[tuple[str, Cluster]] = []
            for kind, c in members:
                host = next(
                    (
                        g
                        for g in groups
                        if _same_happening(g[1], c, dates, place_areas)
                        and (kind == g[0] or not told_apart(g[1], c))
                    ),
                    None,
                )
                if host is None:
                    groups.append((kind, c))
                    continue
                host[1].items.extend(c.items)
                facets[id(host[1])] |= {kind} if kind != host[0] else set()
                facets[id(host[1])] |= facets.pop(id(c), set())
                dates[id(host[1])] = _own_date(host[1])
                taken.add(id(c))
                clustered[(story, kind)] = [o for o in clustered[(story, kind)] if o is not c]
            taken |= {id(c) for _k, c in groups}
    return facets


def _same_happening(
    host: Cluster, other: Cluster, dates: dict[int, DateValue | None], place_areas: dict[str, Area]
) -> bool:
    """Can two clusters of one family be one happening? Their dates must overlap; an undated one
    cannot have been published before the host happened. Two places the gazetteer tells apart
    keep two dated happenings apart; an undated retelling is not held apart by a place alone
    (a story is one happening, and a place is the likeliest thing to be misread)."""
    host_range, other_range = value_range(dates[id(host)]), value_range(dates[id(other)])
    if host_range is not None and other_range is not None:
        if not _overlaps(host_range, other_range):
            return False
        return not any(
            within(place_areas.get(a), place_areas.get(b)) is False
            for a in host.places()
            for b in other.places()
        ) or bool(host.places() & other.places())
    dated, undated = (host_range, other) if host_range is not None else (other_range, host)
    if dated is None:
        return True
    pubs = [i.published for i in undated.items if i.published is not None]
    if pubs and all(p[1] < dated[0] for p in pubs):
        return False  # retold before it happened
    # an undated happening that is its article's news happened about when the article appeared
    news = [(p[0] - timedelta(days=NEWS_DAYS), p[1]) for i in undated.items if i.news and (p := i.published)]
    return not news or any(_overlaps(window, dated) for window in news)


def _join_retellings(
    kind: str, clusters: list[Cluster], dates: dict[int, DateValue | None], place_areas: dict[str, Area]
) -> list[Cluster]:
    """Undated mentions of a dated event join it: where a story has one dated event of a type, its
    undated retellings of that type ("the investigation", "after the talks") are that event —
    unless they are their article's own news, which happened when the article appeared, or name
    their own place or parties and share none with it (``_unrelated``)."""
    clusters = _merge_copies(clusters, dates)
    dated = [c for c in clusters if dates[id(c)] is not None]
    if kind in ONE_OFF or len(dated) != 1:
        return clusters
    host = dated[0]
    host_range = value_range(dates[id(host)])
    out = []
    for c in clusters:
        retold = (
            c is not host
            and dates[id(c)] is None
            and not any(i.news for i in c.items)
            and not _unrelated(host, c, place_areas)
        )
        pubs = [i.published for i in c.items if i.published is not None]
        after = host_range is None or not pubs or any(p[1] >= host_range[0] for p in pubs)
        if retold and after:
            host.items.extend(c.items)
        else:
            out.append(c)
    return out


def _unrelated(host: Cluster, other: Cluster, place_areas: dict[str, Area]) -> bool:
    """Does a retelling name places or parties of its own, none of them the host's (the same
    party, the same place or one inside the other), in articles the host's reports are not? A big
    story holds many meetings and strikes; the one dated among them is not every undated one
    (the audit rounds found a meeting in Lithuania merged with talks in Mexico and at the White
    House, and placed by them)."""
    if host.docs() & other.docs() or host.participants() & other.participants():
        return False
    mine, theirs = other.places(), host.places()
    if mine & theirs or any(within(place_areas.get(a), place_areas.get(b)) for a in mine for b in theirs):
        return False
    return bool(mine or other.participants())


def _merge_copies(clusters: list[Cluster], dates: dict[int, DateValue | None]) -> list[Cluster]:
    """Undated events reported in the very same sentence (a wire copy, an updated version of an
    article) are one event."""
    out: list[Cluster] = []
    seen: dict[str, Cluster] = {}
    for c in clusters:
        keys = {" ".join(i.mention_sentence.split()) for i in c.items}
        host = next((seen[k] for k in keys if k in seen), None) if dates[id(c)] is None else None
        if host is None:
            out.append(c)
            if dates[id(c)] is None:
                seen.update(dict.fromkeys(keys, c))
        else:
            host.items.extend(c.items)
    return out


def _happening_days(
    clustered: dict[tuple[str, str], list[Cluster]], dates: dict[int, DateValue | None]
) -> dict[str, date]:
    """Per story, the first day a one-off happening of it is dated to (a crash, a fire)."""
    days: dict[str, date] = {}
    for (story, kind), clusters in clustered.items():
        if kind not in ONE_OFF or kind in AFTERMATH:
            continue
        for c in clusters:
            d = dates[id(c)]
            if d is not None and d.value and d.precision == "day":
                day = date.fromisoformat(d.value)
                days[story] = min(days.get(story, day), day)
    return days


def _after_happening(cluster: Cluster, happened: date | None) -> DateValue | None:
    """An investigation or a compensation retold with no date of its own lies between the
    happening it follows and the first report of it — never on the happening's day by default,
    never on the report's."""
    pubs = [i.published for i in cluster.items if i.published is not None]
    if happened is None or not pubs:
        return None
    latest = min(p[1] for p in pubs)
    if latest <= happened:
        return None
    return DateValue(None, None, basis="inferred", confidence=0.3,
                     earliest=happened.isoformat(), latest=latest.isoformat())  # fmt: skip


def may_infer(analysis: Analysis, values: list[DateValue | None], published: Range | None, kind: str) -> bool:
    """May the article's date stand for an undated news happening of this kind?"""
    return kind not in AHEAD and not placed_elsewhere(analysis, values, published, kind)


def placed_elsewhere(
    analysis: Analysis, values: list[DateValue | None], published: Range | None, kind: str
) -> bool:
    """Does the article's beginning name a day, week or month other than its own ("detained on
    Friday night", "the flights of next week")? Then its news may have happened then, and the
    publication date is no date for it: the audit rounds found the article's day wrong for such
    news as often as right. A date in a sentence that tells only happenings of other kinds is
    theirs ("the talks continued those of 9 October at the summit"); a year or an older period is
    background; neither counts."""
    if published is None:
        return True
    same = [(m.sent_start, m.sent_end) for m in analysis.events if m.type == kind]
    other = [(m.sent_start, m.sent_end) for m in analysis.events if m.type != kind]
    end = (
        analysis.sentences[ELSEWHERE_SENTENCES - 1][1]
        if len(analysis.sentences) >= ELSEWHERE_SENTENCES
        else None
    )
    for t, v in zip(analysis.timexes, values, strict=False):
        if end is not None and t.start >= end:
            break
        if any(a <= t.start < b for a, b in other) and not any(a <= t.start < b for a, b in same):
            continue
        if v is None or not (v.value or v.earliest):
            if t.rel is not None and t.rel.get("kind") != "same_day":
                return True  # a relative day the store could not resolve
            continue
        if v.precision == "year":
            continue
        r = value_range(v)
        told = any(a <= t.start < b for a, b in same)  # a sentence that tells this kind of happening
        if r is not None and not (r[0] <= published[1] and published[0] <= r[1]):
            if told or (published[0] - r[1]).days <= ELSEWHERE_DAYS:
                return True
    return False


def _news_date(cluster: Cluster) -> DateValue:
    """An undated event that is an article's news happened about when the article appeared —
    unless the article's beginning names another day (``placed_elsewhere``): then it stays undated."""
    pubs = sorted(i.published for i in cluster.items if i.inferable and i.published is not None)
    undated = _month_day_only(cluster) or DateValue(None, None, basis="none", confidence=0.0)
    if not pubs:
        return undated
    first, last = pubs[0]
    # every report of it had appeared after it happened (an undated mention joins no event after
    # its article): an article that told it before the inferring one appeared — "the prosecutors
    # are investigating" on the 15th — rules out the later article's day
    told_by = min((i.published[1] for i in cluster.items if i.published is not None), default=last)
    if first > told_by:
        return undated
    # in an article dated only to its month, weekday names ("on Sunday, Monday and Tuesday") fit
    # a day only by coincidence (the audit found such days wrong); a day of the month that other
    # reports name ("28 March") still picks its day
    narrow = (last - first).days <= NAMED_DAY_WINDOW
    kinds = ("month_day", "weekday") if narrow else ("month_day",)
    # in a month's window a day is the news' day only when the month-dated report names it itself:
    # another report's "28 March" is no day for an article that says none (the audit found such
    # days too precise, five times over one quake)
    own = None if narrow else {i.doc for i in cluster.items if i.inferable and i.published == pubs[0]}
    named = _named_day(cluster, first - timedelta(days=NEWS_DAYS), last, kinds, own)
    if named is not None:
        return named
    if first != last:  # an inferred publication window: the event lies in it, or just before
        return DateValue(None, None, basis="inferred", confidence=0.3,
                         earliest=(first - timedelta(days=1)).isoformat(), latest=last.isoformat())  # fmt: skip
    return DateValue(
        first.isoformat(),
        "day",
        basis="inferred",
        confidence=0.4,
        earliest=(first - timedelta(days=1)).isoformat(),
        latest=first.isoformat(),
    )


def _month_day_only(cluster: Cluster) -> DateValue | None:
    """No report is dated, yet they name the day without its year ("on 6 February"): that day is
    kept as month and day — most reports agreeing — and the year left open."""
    named = Counter(
        (i.rel["month"], i.rel["day"])
        for i in cluster.items
        if i.rel is not None and i.rel.get("kind") == "month_day" and not i.reference
    )
    if not named:
        return None
    (month, day), n = max(named.items(), key=lambda kv: (kv[1], kv[0]))
    if n * 2 <= sum(named.values()):  # no majority
        return None
    return DateValue(None, None, basis="text", confidence=0.5, month_day=f"{month:02d}-{day:02d}")


def _named_day(
    cluster: Cluster,
    first: date,
    last: date,
    kinds: tuple[str, ...] = ("month_day", "weekday"),
    docs: set[str] | None = None,
) -> DateValue | None:
    """The one day of a news window that other reports name without a year or a week ("28 March",
    "on Friday"): today's news of a quake on a 28 March is the quake of this 28 March."""
    rels = [
        i.rel
        for i in cluster.items
        if i.rel is not None and i.rel["kind"] in kinds and (docs is None or i.doc in docs)
    ]
    if not rels:
        return None
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    fits = {d: sum(publication_window(rel, d) is not None for rel in rels) for d in days}
    best = max(fits.values(), default=0)
    chosen = [d for d, n in fits.items() if n == best]
    if best == 0 or len(chosen) != 1:
        return None
    return DateValue(chosen[0].isoformat(), "day", basis="inferred", confidence=0.6)


def _event(
    ctx: LinkContext,
    names: dict[str, str],
    where: tuple[dict[str, Area], dict[str, set[str]]],
    story: str,
    kind: str,
    cluster: Cluster,
    when: DateValue,
) -> Event:
    items = sorted(cluster.items, key=lambda i: i.order)
    first = items[0]
    order = partial(_evidence_order, when, kind)
    shown = min(items, key=order)  # the mention shown first, the one that dates the event
    place_areas, named_in = where
    named = named_in.get(shown.doc, set())
    if kind not in CONCRETE:
        # an occasion (a meeting, a statement, a cancellation) is placed and peopled by the mention
        # shown only: the audit rounds found the places and names of its other mentions mostly
        # another occasion's (an earlier strike, another round of talks, the premier named near
        # every mention of the referendum) or a participant's country
        place = shown.place
        participants = [p for p in event_participants(items, shown, named) if p in shown.participants]
    else:
        # a physical happening keeps what its retellings agree on ("near Izmail" for "the fire on
        # the ferry") where the shown mention's document names it too (link/event_roles)
        place = event_place(items, shown, named, place_areas)
        participants = event_participants(items, shown, named)
        if shown.series:
            # "the second crash of the type": the names the other reports give are most often the
            # first one's (round 14: the first crash's airline given to the second)
            participants = [p for p in participants if p in shown.participants]
    # a place every mention that gives it gives as a point the happening was near ("near X", "15 km
    # from X") is not claimed to hold it; one "in X" among them says it does
    near = place is not None and all(i.near for i in items if i.place == place)
    return Event(
        id=stable_id("v-", first.doc, first.mention.start, first.mention.end),
        type=kind,
        date=when,
        evidence=[_evidence(ctx, i) for i in sorted(items, key=order)],
        story=None if story.startswith("doc:") else story,
        label=_label(names, kind, place, participants, _titled_near(items, shown, place)),
        place=place,
        participants=participants,
        confidence=event_confidence([i.signs for i in items], len(items)),
        place_relation="near" if near else None,
    )


def _evidence_order(
    when: DateValue, kind: str, i: Item
) -> tuple[bool, bool, bool, bool, int, date, str, int]:
    """Mentions that date the event first — those that give the event's own date before the others
    (most precise first) — then the undated ones, each by publication. The date most reports agree
    on is not the date of a mention a day off ("last night" in one report, the day in five): shown
    first, that mention would say one day and the event another (round 20). Of the mentions that
    agree, one whose date its own article's text gives comes before one resolved against a date
    inferred for an undated article ("on Monday" in an article the story dates): shown first, the
    undated article would seem to give a day it does not name (round 22). Of those, one that tells
    the event's own type comes before a facet's (a flood that a dam's destruction caused, shown by
    "the two sides accuse each other of destroying the dam", reads as a destruction typed flood:
    web pages round 1)."""
    dated = i.date is not None and bool(i.date.value)
    agrees = dated and i.date is not None and (i.date.value, i.date.precision) == (when.value, when.precision)
    inferred = dated and i.date is not None and i.date.basis == "inferred" and when.basis != "inferred"
    precision = PRECISION_RANK.get(i.date.precision or "", 0) if dated and i.date else 0
    return (not dated, not agrees, inferred, i.mention.type != kind, -precision, *i.order)


def _evidence(ctx: LinkContext, item: Item) -> Span:
    """The sentence of the trigger, cut around the trigger where the sentence is long: a window of
    ``MAX_EVIDENCE_CHARS``, what one side of the trigger leaves unused going to the other (a trigger
    near the sentence's end still shows 300 characters of it), and a cut that would leave out no
    more than ``WHOLE_REACH`` characters at an end of the sentence keeps them (a sentence a few
    words over the window shown from its third word reads as one split in the wrong place: web
    pages round 8); a window cut at its start opens on the next clause where one follows
    (``_clause_start``)."""
    m = item.mention
    start, end = m.sent_start, m.sent_end
    if end - start > MAX_EVIDENCE_CHARS:
        half = (MAX_EVIDENCE_CHARS - (m.end - m.start)) // 2
        lo, hi = max(start, m.start - half), min(end, m.end + half)
        spare = max(0, MAX_EVIDENCE_CHARS - (hi - lo))
        lo, hi = max(start, lo - spare), min(end, hi + spare)
        text = ctx.documents[item.doc].text
        if lo - start > WHOLE_REACH:
            start = _clause_start(text, lo, m.start, hi)
        if end - hi > WHOLE_REACH:
            end = _word_end(text, hi, m.end)
        while start < m.start and text[start].isspace():  # a cut between words opens on the word
            start += 1
        while end > m.end and text[end - 1].isspace():
            end -= 1
    start, end = min(start, m.start), max(end, m.end)
    return ctx.span(item.doc, start, end)


# how far a cut looks for a space: scripts written without spaces keep the cut where it falls
WORD_SNAP = 40


def _word_start(text: str, cut: int, limit: int) -> int:
    """A cut inside a word moves to the next word, so the evidence never opens with half a word
    ("…Те|реза Мей" showed as "реза Мей")."""
    if not (text[cut - 1 : cut].isalnum() and text[cut : cut + 1].isalnum()):
        return cut
    for i in range(cut, min(limit, cut + WORD_SNAP)):
        if text[i].isspace():
            return i + 1
    return cut


# a clause's opening after a dash, a semicolon or a colon: where a window cut into a long sentence
# opens, if one follows the cut and the window keeps at least CLAUSE_KEEP characters from it
CLAUSE_OPENING = re.compile(r"(?:\s[–—-]|[;:])\s+")
CLAUSE_KEEP = MAX_EVIDENCE_CHARS // 2


def _clause_start(text: str, cut: int, limit: int, end: int) -> int:
    """A window cut into a long sentence opens at the next clause before the trigger ("…, proved
    wrong – said the member, when in May he visited …" opens at "said") where the window keeps
    ``CLAUSE_KEEP`` characters to ``end``, else at the next word: an evidence opening on a clause
    reads as a part of the sentence, one opening on the last words of another clause as a sentence
    split in the wrong place (round 31)."""
    found = CLAUSE_OPENING.search(text, cut, limit)  # the first keeps the most of the window
    if found is not None and end - found.end() >= CLAUSE_KEEP:
        return found.end()
    return _word_start(text, cut, limit)


def _word_end(text: str, cut: int, limit: int) -> int:
    """A cut inside a word moves back to the end of the word before it."""
    if not (text[cut - 1 : cut].isalnum() and text[cut : cut + 1].isalnum()):
        return cut
    for i in range(cut - 1, max(limit, cut - WORD_SNAP) - 1, -1):
        if text[i].isspace():
            return i
    return cut


def _titled_near(items: list[Item], shown: Item, place: str | None) -> bool | None:
    """Does the title say "near" the place: do more of the mentions that give it, and can tell,
    put the happening near it than in it (a tie: as the mention shown first tells it)? None where
    none can tell (their languages have no ``near_cues``)."""
    told = [i.near for i in items if place is not None and i.place == place and i.near is not None]
    if not told:
        return None
    near, inside = told.count(True), told.count(False)
    if near != inside:
        return near > inside
    return bool(shown.near) if shown.place == place else False


def _label(
    names: dict[str, str], kind: str, place: str | None, participants: list[str], near: bool | None = False
) -> str:
    """The event's title: "crash in X", or "crash near X" where the text puts it near X. Round 20
    found "near X" for happenings the text puts in X ("в Белгородской области", "w Syrii"); only
    where no mention's language can tell (``near`` None) does a physical happening keep the hedge
    "near"."""
    noun = NOUNS.get(kind, kind)
    if place and place in names:
        said_near = near if near is not None else kind in NEAR_TYPES
        return f"{noun} {'near' if said_near else 'in'} {names[place]}"
    people = [names[p] for p in participants if p in names][:2]
    if people:
        return f"{noun}: {' and '.join(people)}"
    return noun


def _sort_key(e: Event) -> tuple[int, str, str]:
    r = value_range(e.date)
    return (r is None, r[0].isoformat() if r else "", e.id)
