"""Disagreements between documents: incompatible figures and competing causes.

Figures are grouped by (event, attribute) — by (story, attribute) where no event is known — and
split into positions of mutually compatible values. Compatibility follows the qualifier: "about
480" covers 482 (a tolerance of 5 %, at least 2), "at least 30" covers 35, a range covers what
lies in it. Two or more positions make a conflict: an ``update`` when the positions follow each
other in time (every report of the earlier value is dated before every report of the later: a
rising death toll; never for what cannot change, like the people on board), a ``contradiction`` when reports of overlapping dates disagree, ``unresolved``
when the dates are unknown.

Claims about the cause of one event conflict when different speakers assert different causes, or
one denies what another asserts (the denial's position is "not <cause>").

Positions are ordered by when they were first reported, then by how many independent outlets
carry them: documents of the same outlet, and a duplicate and its original, count once.
"""

from __future__ import annotations

from collections import defaultdict
from math import inf

from storyline.link.context import LinkContext
from storyline.model import Claim, Conflict, Figure, Position
from storyline.serde import stable_id

ABOUT_TOLERANCE = 0.05
ABOUT_MIN = 2.0
# how many were on board does not change after the fact: differing reports contradict each other
FIXED = frozenset({"on_board", "passengers", "crew"})


def find_conflicts(ctx: LinkContext) -> None:
    ctx.conflicts = _figure_conflicts(ctx) + _claim_conflicts(ctx)


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


def _figure_conflicts(ctx: LinkContext) -> list[Conflict]:
    groups: dict[tuple[str | None, str | None, str], list[Figure]] = defaultdict(list)
    for f in ctx.figures:
        doc = f.evidence[0].doc
        key = (f.event, None, f.attribute) if f.event else (None, ctx.doc_story.get(doc), f.attribute)
        groups[key].append(f)
    out = []
    for (event, story, attribute), figures in groups.items():
        positions = _figure_positions(figures)
        if len(positions) < 2:
            continue
        by_id = {f.id: f for f in figures}
        dated = [[by_id[i].as_of for i in p.items] for p in positions]
        status = "contradiction" if attribute in FIXED else _status(dated)
        out.append(
            Conflict(
                id=stable_id("c-", "figure", event or story, attribute),
                kind="figure",
                attribute=attribute,
                status=status,
                positions=_order(ctx, positions, by_id),
                event=event,
            )
        )
    return out


def _figure_positions(figures: list[Figure]) -> list[Position]:
    """Greedy: exact figures first, each joining the first position it fits entirely."""
    ordered = sorted(figures, key=lambda f: (f.qualifier != "exact", f.as_of or "", f.id))
    members: list[list[Figure]] = []
    for f in ordered:
        home = next((m for m in members if all(compatible(f, g) for g in m)), None)
        if home is None:
            members.append([f])
        else:
            home.append(f)
    positions = []
    for m in members:
        exact = next((f for f in m if f.qualifier == "exact"), m[0])
        value: object = int(exact.value) if exact.value == int(exact.value) else exact.value
        dates = [f.as_of for f in m if f.as_of]
        positions.append(
            Position(value=value, items=[f.id for f in m], first_reported=min(dates, default=None))
        )
    return positions


def _status(dated: list[list[str | None]]) -> str:
    if any(d is None for ds in dated for d in ds):
        return "unresolved"
    spans = sorted((min(ds), max(ds)) for ds in dated if ds)  # type: ignore[type-var]
    ordered = all(prev[1] < nxt[0] for prev, nxt in zip(spans, spans[1:], strict=False))
    return "update" if ordered else "contradiction"


def _order(ctx: LinkContext, positions: list[Position], by_id: dict[str, Figure | Claim]) -> list[Position]:
    def support(p: Position) -> int:
        return len({independent_source(ctx, by_id[i].evidence[0].doc) for i in p.items})

    return sorted(positions, key=lambda p: (p.first_reported or "9999", -support(p)))


def independent_source(ctx: LinkContext, doc_id: str) -> str:
    """What counts once for corroboration: the outlet, else the original of a duplicate."""
    doc = ctx.documents.get(doc_id)
    if doc is None:
        return doc_id
    while doc.duplicate_of and doc.duplicate_of in ctx.documents:
        doc = ctx.documents[doc.duplicate_of]
    return f"outlet:{doc.outlet.casefold()}" if doc.outlet else f"doc:{doc.id}"


# ---------------------------------------------------------------- claims


def _claim_conflicts(ctx: LinkContext) -> list[Conflict]:
    groups: dict[tuple[str | None, str | None, str], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        doc = c.evidence[0].doc
        key = (c.event, None, c.attribute) if c.event else (None, ctx.doc_story.get(doc), c.attribute)
        groups[key].append(c)
    out = []
    for (event, story, attribute), claims in groups.items():
        sides: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            sides[f"not {c.value}" if c.stance == "denies" else c.value].append(c)
        if len(sides) < 2 or not _disagree(ctx, sides):
            continue
        by_id: dict[str, Figure | Claim] = {c.id: c for c in claims}
        positions = [
            Position(value=v, items=[c.id for c in cs], first_reported=_first(ctx, cs))
            for v, cs in sides.items()
        ]
        out.append(
            Conflict(
                id=stable_id("c-", "claim", event or story, attribute),
                kind="claim",
                attribute=attribute,
                status="contradiction",
                positions=_order(ctx, positions, by_id),
                event=event,
            )
        )
    return out


def _speaker_key(ctx: LinkContext, c: Claim) -> str:
    return c.speaker or independent_source(ctx, c.evidence[0].doc)


def _disagree(ctx: LinkContext, sides: dict[str, list[Claim]]) -> bool:
    """A cause and its denial held by different speakers, or two causes no speaker holds both
    of (one speaker's "jamming, then shot down" is one account, not a dispute)."""
    speakers = {v: {_speaker_key(ctx, c) for c in cs} for v, cs in sides.items()}
    values = list(speakers)
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            denial = a == f"not {b}" or b == f"not {a}"
            if (denial and speakers[a] != speakers[b]) or (not denial and not speakers[a] & speakers[b]):
                return True
    return False


def _first(ctx: LinkContext, claims: list[Claim]) -> str | None:
    dates = [p.value for c in claims if (p := ctx.published.get(c.evidence[0].doc)) and p.value]
    return min(dates, default=None)
