"""Disagreements between documents: incompatible figures, competing causes, differing dates.

Everything here is computed from the documents of the ``LinkContext`` alone and is keyed by
content (event ids, story ids, attributes, values), so running it on one story gives the same
conflicts as running it on the whole store, and the ids stay the same across runs.

Figures are grouped by (event, attribute) — by (story, attribute) where no event is known — and
split into positions of mutually compatible values. Compatibility follows the qualifier: "about
480" covers 482 (a tolerance of 5 %, at least 2), "at least 30" covers 35, a range covers what
lies in it. Two or more positions, held by at least two documents, make a conflict:
- ``update`` when the positions follow each other in time (every report of the earlier value is
  valid before every report of the later) and, for counts that only grow (the dead, the injured,
  the arrested …), the later value is the larger: a rising toll;
- ``contradiction`` when reports valid at the same time disagree, and always for what cannot
  change after the fact (the people on board);
- ``unresolved`` when the dates are unknown.
Counts of a part (``subgroup``: "of them", "children", "in <province>", "on the ground") take no
side: they are not the total; a sum the text does not state (``derived``: passengers + crew) takes
one only where its document states no count of the same attribute.

Claims about the cause of one event conflict when causes that cannot hold together are asserted
(one speaker's "jamming, then shot down" is one account: ``claims.toml`` lists which causes fit
together), or one side denies what another asserts (the denial's position is "not <cause>").

Dates: reports of a one-off happening (a crash, a shootdown) that event linking had to keep
apart because their dates differ, in one story and at one place, are one ``date`` conflict.

Every position carries ``support``: how many independent sources hold it (a bound far from the
position's value — "at least 13" beside 144 — is compatible with it but holds nothing for it). Documents count once
per outlet, a duplicate counts as its original, and reports that repeat the same wire text
(the same sentence word for word) or relay the same outlet count once. An outlet is one source
under all its names (``ingest.source_names``: acronym, transliteration, description, full name,
and the aliases its documents spell out as "Full Name (ACRONYM)"), and a report relayed from an
outlet counts with that outlet's own reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from math import inf

from storyline.analyse.phrases import data
from storyline.ingest.source_names import SourceAliases
from storyline.link.context import LinkContext
from storyline.model import Claim, Conflict, Event, Figure, Position
from storyline.serde import stable_id
from storyline.unionfind import UnionFind

ABOUT_TOLERANCE = 0.05
ABOUT_MIN = 2.0
# a bound backs a value only when it comes this close: "at least 130" stands behind 144, "at least
# 13" is consistent with it but says nothing for it (and counting it would inflate the support)
BOUND_NEAR = 0.5
# how many were on board does not change after the fact: differing reports contradict each other
FIXED = frozenset({"on_board", "passengers", "crew"})
# counts that only grow as news comes in: a later, smaller number is no update
RISING = frozenset({"dead", "injured", "arrested", "evacuated", "rescued"})
# happenings that occur once: two dates for one of them are a disagreement
ONE_OFF = frozenset({"crash", "shootdown", "emergency_landing", "funeral", "explosion"})

Item = Figure | Claim | Event


def find_conflicts(ctx: LinkContext) -> None:
    sources = Sources(ctx)
    ctx.conflicts = (
        _figure_conflicts(ctx, sources) + _claim_conflicts(ctx, sources) + _date_conflicts(ctx, sources)
    )


# ---------------------------------------------------------------- independent sources


class Sources:
    """Which documents are independent of each other, for counting corroboration."""

    def __init__(self, ctx: LinkContext) -> None:
        self.ctx = ctx
        self._sentence_cache: dict[tuple[str, int], str] = {}
        self._aliases: SourceAliases | None = None
        self._entity_names: dict[str, str] | None = None

    @property
    def aliases(self) -> SourceAliases:
        """Learned on first use, from the documents being linked: most stories have no conflict."""
        if self._aliases is None:
            docs = self.ctx.documents.values()
            self._aliases = SourceAliases().learn(
                (d.text for d in docs), (d.outlet for d in docs if d.outlet)
            )
        return self._aliases

    def via_key(self, entity: str) -> str:
        """A relaying outlet counts as that outlet: "according to BGNES" and BGNES's own report are
        one source. A relay whose entity is not in this context keeps its id."""
        if self._entity_names is None:
            self._entity_names = {e.id: e.name for e in self.ctx.entities}
        name = self._entity_names.get(entity)
        return f"outlet:{self.outlet_key(name)}" if name else f"via:{entity}"

    def outlet_key(self, name: str) -> str:
        """One key for every name of one newsroom."""
        return self.aliases.key(name)

    def root(self, doc_id: str) -> str:
        doc = self.ctx.documents.get(doc_id)
        if doc is None:
            return f"doc:{doc_id}"
        seen = {doc.id}
        while doc.duplicate_of and doc.duplicate_of in self.ctx.documents and doc.duplicate_of not in seen:
            doc = self.ctx.documents[doc.duplicate_of]
            seen.add(doc.id)
        return f"outlet:{self.outlet_key(doc.outlet)}" if doc.outlet else f"doc:{doc.id}"

    def sentence(self, doc_id: str, offset: int) -> str:
        """The normalised sentence an evidence span stands in: copies of a wire story share it."""
        key = (doc_id, offset)
        if key not in self._sentence_cache:
            doc = self.ctx.documents.get(doc_id)
            analysis = self.ctx.analyses.get(doc_id)
            text = doc.text if doc else ""
            s, e = offset, offset
            if analysis and analysis.sentences:
                i = bisect_right(analysis.sentences, (offset, inf)) - 1
                if i >= 0 and analysis.sentences[i][0] <= offset < analysis.sentences[i][1]:
                    s, e = analysis.sentences[i]
            self._sentence_cache[key] = " ".join(re.findall(r"\w+", text[s:e].casefold()))
        return self._sentence_cache[key]

    def count(self, items: Iterable[Item]) -> int:
        """Independent sources among the items' documents."""
        uf: UnionFind[str] = UnionFind()
        keys: dict[str, str] = {}
        nodes: set[str] = set()
        for it in items:
            via = getattr(it, "via", None)
            for span in it.evidence if isinstance(it, Event) else it.evidence[:1]:
                node = f"doc:{span.doc}"
                nodes.add(node)
                links = [self.root(span.doc)]
                sentence = self.sentence(span.doc, span.start)
                if len(sentence.split()) >= 6:
                    links.append("text:" + sentence)  # the same wire text, word for word
                if via:
                    links.append(self.via_key(via[-1]))  # the outlet the report relied on
                for link in links:
                    if link in keys:
                        uf.union(node, keys[link])
                    else:
                        keys[link] = node
        return len({uf.find(n) for n in nodes})


# ---------------------------------------------------------------- figures


def interval(f: Figure) -> tuple[float, float]:
    """The values a figure allows."""
    v = f.value
    match f.qualifier:
        case "about":
            tol = max(ABOUT_MIN, v * ABOUT_TOLERANCE)
            return v - tol, v + tol
        case "at_least":
            return v, inf
        case "more_than":
            return v + 1e-9, inf
        case "at_most":
            return 0.0, v
        case "less_than":
            return 0.0, v - 1e-9
        case "range":
            return v, f.value_max if f.value_max is not None else v
    return v, v


def compatible(a: Figure, b: Figure) -> bool:
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _group_key(ctx: LinkContext, item: Figure | Claim) -> tuple[str, str]:
    """The event the item is about, else its story."""
    if item.event:
        return "event", item.event
    return "story", ctx.doc_story.get(item.evidence[0].doc) or "-"


def _figure_conflicts(ctx: LinkContext, sources: Sources) -> list[Conflict]:
    groups: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    stated = {(f.evidence[0].doc, f.attribute) for f in ctx.figures if not f.derived and not f.subgroup}
    for f in ctx.figures:
        if f.subgroup:
            continue  # a part ("of them", "in Kherson") is no account of the total
        if f.derived and (f.evidence[0].doc, f.attribute) in stated:
            continue  # a sum never stands against what its own text states
        groups[(*_group_key(ctx, f), f.attribute)].append(f)
    out = []
    for (scope, about, attribute), group in sorted(groups.items()):
        if len({f.evidence[0].doc for f in group}) < 2:
            continue  # one article's own partial counts ("two of the injured died") are no dispute
        figures = _totals(group)
        positions = _figure_positions(figures, sources)
        if len(positions) < 2:
            continue
        by_id = {f.id: f for f in figures}
        status = _figure_status(attribute, positions, by_id)
        out.append(
            Conflict(
                id=stable_id("c-", "figure", about, attribute),
                kind="figure",
                attribute=attribute,
                status=status,
                positions=_order(positions),
                event=about if scope == "event" else None,
            )
        )
    return out


def _totals(figures: list[Figure]) -> list[Figure]:
    """Each article's total: where one article gives several values for the same count, the
    smaller ones are parts or increments of it ("two more died overnight, bringing the toll to
    31"), not other accounts of the whole."""
    top: dict[str, float] = {}
    for f in figures:
        doc = f.evidence[0].doc
        top[doc] = max(top.get(doc, 0.0), interval(f)[0])
    return [f for f in figures if interval(f)[1] >= top[f.evidence[0].doc]]


def _figure_positions(figures: list[Figure], sources: Sources) -> list[Position]:
    """Greedy: exact figures first, each joining the position it fits entirely whose value is
    nearest its own ("at least 12" goes with 12, not with 14)."""
    ordered = sorted(figures, key=lambda f: (f.qualifier != "exact", f.as_of or "", f.value, f.id))
    members: list[list[Figure]] = []
    for f in ordered:
        fits = [m for m in members if all(compatible(f, g) for g in m)]
        home = min(fits, key=lambda m: (abs(m[0].value - f.value), members.index(m))) if fits else None
        if home is None:
            members.append([f])
        else:
            home.append(f)
    positions = []
    for m in members:
        exact = next((f for f in m if f.qualifier == "exact"), m[0])
        value: object = int(exact.value) if exact.value == int(exact.value) else exact.value
        backing = [f for f in m if _backs(f, exact.value)]
        dates = [d for d in _precise([f.as_of for f in backing]) if d]
        positions.append(
            Position(
                value=value,
                items=sorted(f.id for f in m),
                first_reported=min(dates, default=None),
                support=sources.count(backing),
            )
        )
    return positions


def _backs(f: Figure, value: float) -> bool:
    """Whether a member of a position speaks for its value: every stated or approximate value does,
    a bound only near it — a far lower bound ("at least 13" dead beside 144) is kept with the
    position it does not contradict, but neither counts as a source for it nor dates it."""
    match f.qualifier:
        case "at_least" | "more_than":
            return f.value >= BOUND_NEAR * value
        case "at_most" | "less_than":
            return f.value * BOUND_NEAR <= value
    return True


def _figure_status(attribute: str, positions: list[Position], by_id: dict[str, Figure]) -> str:
    if attribute in FIXED:
        return "contradiction"
    dated = [_precise([by_id[i].as_of for i in p.items]) for p in positions]
    if any(d is None for ds in dated for d in ds):
        return "unresolved"
    spans = sorted(
        ((min(ds), max(ds), p.value) for ds, p in zip(dated, positions, strict=True)),  # type: ignore[type-var]
        key=lambda s: (s[0], s[1]),
    )
    ordered = all(prev[1] < nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))
    if ordered and attribute in RISING:
        ordered = all(_num(prev[2]) < _num(nxt[2]) for prev, nxt in zip(spans, spans[1:], strict=False))
    return "update" if ordered else "contradiction"


def _precise(dates: list[str | None]) -> list[str | None]:
    """The day-precise dates of a position where it has any: a report dated only "2025-03" says
    nothing about which day in March its number held."""
    days = [d for d in dates if d and len(d) == 10]
    return days or dates


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _order(positions: list[Position]) -> list[Position]:
    """The first reported first (an update in the order it unfolded), then the best supported."""
    return sorted(positions, key=lambda p: (p.first_reported or "9999", -(p.support or 0), str(p.value)))


# ---------------------------------------------------------------- claims


def _claim_conflicts(ctx: LinkContext, sources: Sources) -> list[Conflict]:
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        groups[(*_group_key(ctx, c), c.attribute)].append(c)
    out = []
    for (scope, about, attribute), claims in sorted(groups.items()):
        sides: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            sides[f"not {c.value}" if c.stance == "denies" else c.value].append(c)
        if len(sides) < 2 or not _disagree(sources, sides):
            continue
        positions = [
            Position(
                value=v,
                items=sorted(c.id for c in cs),
                first_reported=_first(ctx, cs),
                support=sources.count(cs),
            )
            for v, cs in sides.items()
        ]
        out.append(
            Conflict(
                id=stable_id("c-", "claim", about, attribute),
                kind="claim",
                attribute=attribute,
                status="contradiction",
                positions=_order(positions),
                event=about if scope == "event" else None,
            )
        )
    return out


def _speaker_key(sources: Sources, c: Claim) -> str:
    return c.speaker or sources.root(c.evidence[0].doc)


def fit_together(a: str, b: str) -> bool:
    """Causes that can both be true of one event ("shot down" and "missile fragments")."""
    groups: list[list[str]] = data("claims").get("compatible", [])
    return any(a in g and b in g for g in groups)


def _disagree(sources: Sources, sides: dict[str, list[Claim]]) -> bool:
    """A cause and its denial held by different speakers, or two causes that do not fit together
    and that no speaker holds both of."""
    speakers = {v: {_speaker_key(sources, c) for c in cs} for v, cs in sides.items()}
    values = list(speakers)
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            denial = a == f"not {b}" or b == f"not {a}"
            if denial:
                if speakers[a] != speakers[b]:
                    return True
                continue
            if a.startswith("not ") or b.startswith("not "):
                continue  # denying one cause does not contradict asserting another
            if not fit_together(a, b) and not speakers[a] & speakers[b]:
                return True
    return False


def _first(ctx: LinkContext, items: list[Claim]) -> str | None:
    dates = [p.value for c in items if (p := ctx.published.get(c.evidence[0].doc)) and p.value]
    return min(dates, default=None)


# ---------------------------------------------------------------- dates


def _date_conflicts(ctx: LinkContext, sources: Sources) -> list[Conflict]:
    """One-off happenings of one type, story and place kept apart only by their dates."""
    groups: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
    for ev in ctx.events:
        if (
            ev.type in ONE_OFF
            and ev.story
            and ev.place
            and ev.date.value
            and ev.date.precision == "day"
            and ev.date.basis != "inferred"
        ):
            groups[(ev.story, ev.type, ev.place)].append(ev)
    out = []
    for (story, kind, place), events in sorted(groups.items()):
        by_value: dict[str, list[Event]] = defaultdict(list)
        for ev in events:
            by_value[str(ev.date.value)].append(ev)
        if len(by_value) < 2:
            continue
        positions = [
            Position(
                value=value,
                items=sorted(e.id for e in evs),
                first_reported=_first_published(ctx, evs),
                support=sources.count(evs),
            )
            for value, evs in by_value.items()
        ]
        out.append(
            Conflict(
                id=stable_id("c-", "date", story, kind, place),
                kind="date",
                attribute="date",
                status="contradiction",
                positions=_order(positions),
                event=min(events, key=lambda e: e.id).id,
            )
        )
    return out


def _first_published(ctx: LinkContext, events: list[Event]) -> str | None:
    dates = [p.value for ev in events for s in ev.evidence if (p := ctx.published.get(s.doc)) and p.value]
    return min(dates, default=None)
