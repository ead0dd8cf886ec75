"""What the story index knows about one document: language-independent features, the days it
is anchored to, and its main event.

Features are strings with a one-letter kind, weighted by how much they say about the story:
- ``e:<entity id>`` linked entities, the strongest cross-lingual signal (Путин / Putin are one id);
- ``v:<type>`` event types, ``x:<type>@<place entity>`` an event at a place ("crash near Aktau");
- ``d:<YYYY-MM-DD>`` a day the text names: two reports of one happening name its day;
- ``m:<MM-DD>`` a day named without its year ("28 March"), as news writes the day of a recent
  happening: it crosses languages as well as a full date;
- ``f:<attribute>=<value>`` a figure ("38 dead") — numbers cross languages unchanged;
- ``w:<key>`` base-form keywords (transliterated match keys) and ``p:<stem>`` their first letters,
  which meet across related languages (pandemia / пандемия / pandemie share ``pandem``).
All of them are computed from one analysis plus the mention → entity map of linking, so a
document's features never depend on the order documents arrived in (only on entity ids).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from storyline.analyse.text import WORD_RE
from storyline.link.story_evidence import broad_features, country_level, country_word
from storyline.model import Analysis, DateValue, TimeExpr
from storyline.names import match_key

ENTITY_WEIGHT = 1.0
EVENT_WEIGHT = 0.4
PLACED_EVENT_WEIGHT = 1.0
DAY_WEIGHT = 0.6
FIGURE_WEIGHT = 0.6
KEYWORD_WEIGHT = 0.25  # language-bound (mostly): must not drown the cross-lingual signal
STEM_WEIGHT = 0.2
STEM_LENGTH = 6
NAME_WEIGHT = 0.5
NAME_STEM = 4  # letters of a name's skeleton (see ``name_skeleton``)
MAX_NAMES = 30
MIN_NAME = 4
MAX_KEYWORDS = 25
MAX_DAYS = 12  # intervals kept per document for the time test
WEAK_EVENTS = {"statement"}  # said of nearly everything: never a document's main event

Interval = tuple[int, int]  # first and last day (proleptic ordinals) a date may mean


@dataclass
class MainEvent:
    """The happening a document mostly reports: its type, the place most of its mentions name
    (an entity id) and their day, when known."""

    type: str
    place: str | None = None
    day: int | None = None
    month_day: tuple[int, int] | None = None  # the day as named without a year, when no full day is known
    # the place the report names most, when its events have none: weaker evidence than a placed
    # event (a place named twice may be a country in a list, or a split entity of the event's
    # place), so it only keeps two whole stories apart (``conflicting_mains(named=True)``)
    named: str | None = None


@dataclass
class DocSignals:
    doc: str
    lang: str | None
    features: dict[str, float]  # raw weights; idf is applied by the index at comparison time
    days: list[Interval] = field(default_factory=list)
    main: MainEvent | None = None
    anchor: int | None = None  # the day the document speaks from: published, else the latest it names
    embedding: str | None = None  # the lead's multilingual vector, packed (analyse.embedding)
    # its country-level features (countries, capitals, their adjectives: ``story_evidence``),
    # which alone are no evidence that two reports tell one happening
    broad: frozenset[str] = frozenset()

    def entity_ids(self) -> set[str]:
        return {f[2:] for f in self.features if f.startswith("e:")}


def interval(value: DateValue | None) -> Interval | None:
    """Day range of a date value at day or month precision (a year says too little)."""
    if value is None or not value.value:
        return None
    try:
        if value.earliest and value.latest:
            first, last = date.fromisoformat(value.earliest), date.fromisoformat(value.latest)
            return (first.toordinal(), last.toordinal()) if (last - first).days <= 31 else None
        if value.precision == "day":
            day = date.fromisoformat(value.value).toordinal()
            return day, day
        if value.precision == "month":
            year, month = map(int, value.value.split("-")[:2])
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1)
            return first.toordinal(), last.toordinal() - 1
    except ValueError:  # a malformed value from upstream never breaks grouping
        return None
    return None


def doc_signals(
    doc_id: str,
    analysis: Analysis,
    entity_of: dict[int, str],
    published: DateValue | None = None,
    lang: str | None = None,
    text: str | None = None,
) -> DocSignals:
    """``entity_of`` maps the index of each linked mention in ``analysis.mentions`` to its entity;
    ``text`` (the canonical text) adds the stems of its capitalised words, which meet across
    languages and scripts even where recognition or linking missed a name."""
    feats: Counter[str] = Counter()
    broad_names: set[str] = set()
    if text:
        stems, broad_names = _name_stems(text, lang or analysis.lang)
        for stem, n in stems.most_common(MAX_NAMES):
            feats["n:" + stem] += NAME_WEIGHT * min(n, 3)
    broad_entities: set[str] = set()
    for i, mention in enumerate(analysis.mentions):
        if i in entity_of:
            feats["e:" + entity_of[i]] += ENTITY_WEIGHT
            if country_level(mention, lang or analysis.lang):
                broad_entities.add(entity_of[i])
    days: list[Interval] = []
    own = interval(published)
    if own:
        days.append(own)
    for t in analysis.timexes:
        span = interval(t.value)
        if span and span not in days:
            days.append(span)
            if span[0] == span[1]:
                feats["d:" + date.fromordinal(span[0]).isoformat()] += DAY_WEIGHT
        elif (md := month_day(t)) is not None:
            feats[f"m:{md[0]:02d}-{md[1]:02d}"] += DAY_WEIGHT
    for ev in analysis.events:
        feats["v:" + ev.type] += EVENT_WEIGHT
        place = entity_of.get(ev.place) if ev.place is not None else None
        if place:
            feats[f"x:{ev.type}@{place}"] += PLACED_EVENT_WEIGHT
    for fig in analysis.figures:
        feats[f"f:{fig.attribute}={fig.value:g}"] += FIGURE_WEIGHT
    keywords = analysis.keywords[:MAX_KEYWORDS]
    for rank, word in enumerate(keywords):
        weight = 1.0 - rank / (2 * len(keywords))  # the most frequent words of the text first
        feats["w:" + word] += KEYWORD_WEIGHT * weight
        stem = word.replace(" ", "")[:STEM_LENGTH]
        if len(stem) == STEM_LENGTH:
            feats["p:" + stem] = max(feats["p:" + stem], STEM_WEIGHT * weight)
    # sublinear: the tenth mention of a name says less than the second
    features = {f: round(1 + math.log(c) if c > 1 else c, 4) for f, c in feats.items()}
    return DocSignals(
        doc_id, lang or analysis.lang, features, days[:MAX_DAYS], _main_event(analysis, entity_of),
        anchor=_anchor(own, days), embedding=analysis.embedding,
        broad=broad_features(broad_entities, broad_names & {f[2:] for f in features if f.startswith("n:")}),
    )  # fmt: skip


def _anchor(own: Interval | None, days: list[Interval]) -> int | None:
    """The day a document speaks from: its own date (the middle of a window it is known to lie
    in), else the latest single day it names — news tells of the past, so the latest day named is
    the nearest to when it was written."""
    if own:
        return (own[0] + own[1]) // 2
    named = [a for a, b in days if a == b]
    return max(named) if named else None


def _name_stems(text: str, lang: str | None) -> tuple[Counter[str], set[str]]:
    """The skeletons of the text's capitalised words, and those made only of country words
    (a country's name, adjective or capital: ``story_evidence.country_word``)."""
    stems: Counter[str] = Counter()
    specific: set[str] = set()
    broad: set[str] = set()
    for m in WORD_RE.finditer(text):
        word = m.group()
        if len(word) < MIN_NAME or not word[0].isupper() or word.isupper():
            continue
        skeleton = name_skeleton(match_key(word, lang))
        if len(skeleton) == NAME_STEM:
            stems[skeleton] += 1
            (broad if country_word(word, lang) else specific).add(skeleton)
    return stems, broad - specific


_VOWELS = re.compile(r"[aeiouy ]")


def name_skeleton(key: str) -> str:
    """First letter and the next consonants of a match key: Brexit / Брекзит → brks,
    Brytania / Británie / Британия → brtn — inflection and vowel spelling differ across Slavic
    languages far more than the consonants of a name's stem do."""
    if not key:
        return ""
    rest = _VOWELS.sub("", key[1:].replace("z", "s").replace("w", "v"))
    return (key[0] + rest)[:NAME_STEM]


def _main_event(analysis: Analysis, entity_of: dict[int, str]) -> MainEvent | None:
    counts = Counter(ev.type for ev in analysis.events if ev.type not in WEAK_EVENTS)
    if not counts:
        return None
    kind = max(counts, key=lambda k: (counts[k], k))
    places: Counter[str] = Counter()
    days: Counter[int] = Counter()
    month_days: Counter[tuple[int, int]] = Counter()
    for ev in analysis.events:
        if ev.type != kind:
            continue
        if ev.place is not None and ev.place in entity_of:
            places[entity_of[ev.place]] += 1
        if ev.time is not None and ev.time < len(analysis.timexes):
            timex = analysis.timexes[ev.time]
            span = interval(timex.value)
            if span and span[0] == span[1]:
                days[span[0]] += 1
            elif (md := month_day(timex)) is not None:
                month_days[md] += 1
    place = max(places, key=lambda p: (places[p], p)) if places else None
    named = None if place else _most_named_place(analysis, entity_of)
    day = max(days, key=lambda d: (days[d], d)) if days else None
    if day is not None:
        on = date.fromordinal(day)
        return MainEvent(kind, place, day, (on.month, on.day), named)
    md = max(month_days, key=lambda m: (month_days[m], m)) if month_days else None
    return MainEvent(kind, place, None, md, named)


def _most_named_place(analysis: Analysis, entity_of: dict[int, str]) -> str | None:
    """The place a report names most, when none of its events has a place of its own: "the
    earthquake that struck central Burma" leaves the event unplaced, yet the report is about
    Burma. Only a place named more than once, and more often than any other, speaks for the
    whole report."""
    named: Counter[str] = Counter(
        entity_of[i] for i, m in enumerate(analysis.mentions) if m.type == "LOC" and i in entity_of
    )
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def month_day(timex: TimeExpr) -> tuple[int, int] | None:
    """The month and day of a date written without its year ("6 February"), kept symbolic by
    the analysis until linking knows the year."""
    rel = timex.rel or {}
    if (
        rel.get("kind") == "month_day"
        and isinstance(rel.get("month"), int)
        and isinstance(rel.get("day"), int)
    ):
        return rel["month"], rel["day"]
    return None


def month_day_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two month-days, the shorter way round the year (a non-leap one)."""
    first = date(2001, *a).toordinal() if _valid(a) else 0
    second = date(2001, *b).toordinal() if _valid(b) else 0
    gap = abs(first - second)
    return min(gap, 365 - gap)


def _valid(md: tuple[int, int]) -> bool:
    try:
        date(2001, *md)
    except ValueError:  # 29 February, or a month-day no calendar has
        return False
    return True


def time_gap(a: list[Interval], b: list[Interval]) -> int | None:
    """Days between the closest dates two documents name (0 when they overlap); None when either
    names none, which is no evidence either way."""
    if not a or not b:
        return None
    return min(max(0, b0 - a1, a0 - b1) for a0, a1 in a for b0, b1 in b)


def conflicting_events(a: DocSignals, b: DocSignals, max_days: int) -> bool:
    """Two reports of the same kind of happening at different places on different days: two
    air crashes in the same weeks share their vocabulary, but not their place and day. A place
    that the other document also names (Aktau / Kazakhstan) is no conflict."""
    return conflicting_mains(a.main, b.main, max_days, a.features, b.features, broad=a.broad | b.broad)


def conflicting_mains(
    ma: MainEvent | None, mb: MainEvent | None, max_days: int,
    features_a: Container[str] = (), features_b: Container[str] = (), named: bool = False,
    broad: Container[str] = (),
) -> bool:  # fmt: skip
    """``conflicting_events`` for two main events, of documents or of whole stories; a place
    named among the other side's features is no conflict. ``named``: an unplaced event takes
    the place its reports name most (``MainEvent.named``). ``broad``: the country-level features
    (``DocSignals.broad``); a country and a place below country level are no conflict either —
    a region the gazetteer does not know may lie in that country (a crash "in Russia" and one
    "in <a Russian region>")."""
    if ma is None or mb is None or ma.type != mb.type:
        return False
    place_a, place_b = ma.place, mb.place
    if named:
        place_a, place_b = place_a or ma.named, place_b or mb.named
    places_differ = (
        place_a is not None
        and place_b is not None
        and place_a != place_b
        and "e:" + place_a not in features_b
        and "e:" + place_b not in features_a
        and ("e:" + place_a in broad) == ("e:" + place_b in broad)
    )
    days_differ = ma.day is not None and mb.day is not None and abs(ma.day - mb.day) > max_days
    if ma.day is None or mb.day is None:
        # a day named without a year on either side: compare month and day
        days_differ = (
            ma.month_day is not None
            and mb.month_day is not None
            and month_day_gap(ma.month_day, mb.month_day) > max_days
        )
    same_place = ma.place is not None and ma.place == mb.place
    if days_differ and not same_place:
        return True  # two happenings of one kind on days far apart, not shown to be at one place
    return places_differ and (days_differ or ma.day is None or mb.day is None)


def representative(mains: Iterable[MainEvent | None]) -> MainEvent | None:
    """The main event of a group of documents: the kind most of them report, with the place,
    day and month-day most of those name."""
    found = [m for m in mains if m is not None]
    kinds = Counter(m.type for m in found)
    if not kinds:
        return None
    kind = max(kinds, key=lambda k: (kinds[k], k))
    same = [m for m in found if m.type == kind]

    def most(values: list[Any]) -> Any:
        counts = Counter(v for v in values if v is not None)
        return max(counts, key=lambda v: (counts[v], str(v))) if counts else None

    return MainEvent(kind, most([m.place for m in same]), most([m.day for m in same]),
                     most([m.month_day for m in same]), most([m.named for m in same]))  # fmt: skip
