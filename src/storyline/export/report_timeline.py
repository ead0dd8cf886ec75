"""The drawn timeline: one inline SVG per story, on a real time axis.

Each event is one mark (``class="tl-ev"``): a dot for a day, a band over its month or year for
coarser dates, a faint bar behind it for an uncertain window (``earliest``…``latest``); events far
from the rest go to a tray at the right with their date. Events with no date at all are not drawn:
they follow the drawing as a folded list ("Undated (N)"), closed by default, so that what is known
to have happened when comes first. Labels go into lanes, greedily, so they overlap only when there
are more events than lanes. An event's facets (the shoot-down of a crash) are named in its tooltip
and its list entry, never drawn as marks of their own.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storyline.export.report_figures import finding_title
from storyline.export.report_format import date_detail, date_text, esc
from storyline.export.report_index import ReportIndex

WIDTH = 960
MARGIN = 16
TRAY = 170  # room at the right for undated events and far-off ones
TRAY_CHARS = 24
AXIS_H = 42
ROW_H = 22
MAX_LANES = 14
CHAR_W = 6.3  # average label glyph width at 11px, to estimate label extents
MAX_LABEL = 44
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# Fixed colours for the spec's event types; others get one from the palette by a stable hash.
PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8c6d1f", "#56b4e9", "#e69f00", "#6a3d9a",
           "#b22222", "#2f4f4f"]  # fmt: skip
TYPE_COLOURS = {
    "crash": "#b22222", "shootdown": "#b22222", "attack": "#b22222", "explosion": "#d55e00",
    "fire": "#d55e00", "emergency_landing": "#e69f00", "meeting": "#0072b2", "phone_call": "#0072b2",
    "summit": "#0072b2", "visit": "#0072b2", "statement": "#56b4e9", "apology": "#56b4e9",
    "investigation": "#6a3d9a", "arrest": "#6a3d9a", "detention": "#6a3d9a", "funeral": "#2f4f4f",
    "award": "#009e73", "agreement": "#009e73", "compensation": "#009e73", "election": "#8c6d1f",
    "closure": "#8c6d1f", "disruption": "#8c6d1f",
}  # fmt: skip


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type) or PALETTE[zlib.crc32(event_type.encode()) % len(PALETTE)]


@dataclass
class Placed:
    event: dict[str, Any]
    start: int | None  # ordinal day of the mark (inclusive) …
    end: int | None  # … and its end (exclusive); None for undated events
    window: tuple[int, int] | None  # the uncertain earliest…latest window
    vague: bool = False  # no value, only a window: the window is all we can draw
    lane: int = 0
    x0: float = 0.0
    x1: float = 0.0
    wx0: float = 0.0
    wx1: float = 0.0
    label_left: bool = False
    label_inside: bool = False


def _bounds(value: str | None, precision: str | None) -> tuple[int, int] | None:
    """Ordinal days [start, end) covered by a partial date."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts).toordinal()
            return day, day + 1
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            after = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first.toordinal(), after.toordinal()
        return date(parts[0], 1, 1).toordinal(), date(parts[0] + 1, 1, 1).toordinal()
    except ValueError:
        return None


def _place(event: dict[str, Any]) -> Placed:
    d = event.get("date") or {}
    span = _bounds(d.get("value"), d.get("precision"))
    lo = _bounds(d.get("earliest"), "day")
    hi = _bounds(d.get("latest"), "day")
    window = None
    if lo or hi:  # a one-sided window is closed by the event's own extent
        start = lo[0] if lo else span[0] if span else None
        end = hi[1] if hi else span[1] if span else None
        if start is not None and end is not None and start < end:
            window = (start, end)
    if span is None and window is not None:
        return Placed(event, window[0], window[1], window, vague=True)
    return Placed(event, span[0] if span else None, span[1] if span else None, window)


def _ticks(lo: int, hi: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Minor and major ticks (ordinal, label) adapted to the range: days, weeks, months or years."""
    days = hi - lo
    first, last = date.fromordinal(lo), date.fromordinal(hi)
    minor: list[tuple[int, str]] = []
    major: list[tuple[int, str]] = []
    if days <= 120:
        step = 1 if days <= 21 else 7
        d = first if step == 1 else first + timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        while d <= last:
            minor.append((d.toordinal(), str(d.day)))
            d += timedelta(days=step)
        m = date(first.year, first.month, 1)
        while m <= last:
            major.append((max(m.toordinal(), lo), f"{MONTHS[m.month - 1]} {m.year}"))
            m = date(m.year + m.month // 12, m.month % 12 + 1, 1)
    elif days <= 366 * 4:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        every = 1 if months <= 16 else 3 if months <= 40 else 6
        m = date(first.year, first.month, 1)
        while m <= last:
            if (m.month - 1) % every == 0:
                minor.append((m.toordinal(), MONTHS[m.month - 1]))
            if m.month == 1 or not major:
                major.append((max(m.toordinal(), lo), str(m.year)))
            m = date(m.year + m.month // 12, m.month % 12 + 1, 1)
    else:
        years = last.year - first.year + 1
        every = max(1, -(-years // 12))
        for y in range(first.year, last.year + 1):
            if (y - first.year) % every == 0:
                major.append((date(y, 1, 1).toordinal(), str(y)))
    # a month or year that began before the range is labelled at its left edge, unless the next
    # label follows too closely to leave room for it
    if len(major) > 1 and (major[1][0] - major[0][0]) / days < 0.08:
        major.pop(0)
    return [t for t in minor if lo <= t[0] <= hi], [t for t in major if lo <= t[0] <= hi]


def _label(event: dict[str, Any]) -> str:
    text = event.get("label") or event.get("type") or event.get("id", "")
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _assign_lanes(placed: list[Placed], right: float) -> int:
    """Greedy interval packing of mark + label; returns the number of lanes used."""
    lane_end: list[float] = []
    for p in sorted(placed, key=lambda p: (p.x0, p.x1)):
        width = len(_label(p.event)) * CHAR_W + 10
        left, end = p.x0, max(p.x1, p.x0 + 6) + width
        if end > right and p.x0 - width >= MARGIN:  # no room on the right: put the label before the mark
            p.label_left = True
            left, end = p.x0 - width, max(p.x1, p.x0 + 6)
        elif end > right:  # no room either side (a wide band): write the label over the band
            p.label_inside = True
            left, end = p.x0, max(p.x1, p.x0 + width)
        free = [i for i, e in enumerate(lane_end) if e + 4 <= left]
        if free:
            p.lane = free[0]
        elif len(lane_end) < MAX_LANES:
            p.lane = len(lane_end)
            lane_end.append(end)
            continue
        else:  # out of lanes: overlap where it hurts least
            p.lane = min(range(len(lane_end)), key=lane_end.__getitem__)
        lane_end[p.lane] = max(lane_end[p.lane], end)
    return max(1, len(lane_end))


def _outliers(dated: list[Placed]) -> tuple[list[Placed], list[Placed], list[Placed]]:
    """Split off events far from the rest (a stray "2023" in a March story), so that one outlier
    does not squeeze the story into a corner: they go to the tray, labelled with their date."""
    if len(dated) < 4:
        return dated, [], []
    mids = sorted((p.start + p.end) / 2 for p in dated)  # type: ignore[operator]
    q1, q3 = mids[len(mids) // 4], mids[(3 * len(mids)) // 4]
    reach = max(3 * (q3 - q1), 45)
    lo, hi = q1 - reach, q3 + reach
    core = [p for p in dated if p.start >= lo and p.end <= hi]  # type: ignore[operator]
    earlier = [p for p in dated if p.start < lo]  # type: ignore[operator]
    later = [p for p in dated if p.start >= lo and p.end > hi]  # type: ignore[operator]
    return core, earlier, later


def timeline_svg(events: list[dict[str, Any]], index: ReportIndex, title: str) -> str:
    if not events:
        return '<p class="muted">No events.</p>'
    placed = [_place(e) for e in events]
    undated = [p.event for p in placed if p.start is None]
    if len(undated) == len(placed):
        return '<p class="muted">No dated events.</p>' + undated_list(undated, index)
    dated, earlier, later = _outliers([p for p in placed if p.start is not None])
    tray = [(name, group) for name, group in (("earlier", earlier), ("later", later)) if group]
    right_edge = WIDTH - MARGIN - (TRAY if tray else 0)
    if dated:
        lo = min(min(p.start, p.window[0] if p.window else p.start) for p in dated)  # type: ignore[type-var]
        hi = max(max(p.end, p.window[1] if p.window else p.end) for p in dated)  # type: ignore[type-var]
        if hi - lo < 7:  # a single day or a few: show a week around them
            lo, hi = lo - (7 - (hi - lo)) // 2, lo - (7 - (hi - lo)) // 2 + 7
        month_start = date.fromordinal(lo).replace(day=1).toordinal()
        if hi - lo > 120 and lo - month_start < 0.12 * (hi - lo):
            # events at the end of a month would sit left of the first tick with no month named:
            # start the axis at that month, so that it gets its label
            lo = month_start
        pad = max(1, (hi - lo) // 25)
        lo, hi = lo - pad, hi + pad
    else:
        lo, hi = 0, 1
    scale = (right_edge - MARGIN) / (hi - lo)

    def x(day: float) -> float:
        return MARGIN + (day - lo) * scale

    for p in dated:
        p.x0, p.x1 = x(p.start), x(p.end)  # type: ignore[arg-type]
        if p.window:
            p.wx0, p.wx1 = x(p.window[0]), x(p.window[1])
    lanes = _assign_lanes(dated, right_edge) if dated else 0
    tray_rows = sum(len(group) + 1 for _, group in tray) - (1 if tray else 0)
    height = AXIS_H + max(lanes, tray_rows, 1) * ROW_H + 10
    out = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-label="{esc("Timeline: " + title)}" preserveAspectRatio="xMinYMin meet">'
    ]
    if dated:
        out.append(_axis(lo, hi, x, height))
    for p in dated:
        out.append(_mark(p, index, AXIS_H + p.lane * ROW_H + ROW_H / 2, height))
    tx, row = right_edge + 14, -1
    for name, group in tray:
        if row >= 0:  # the first heading sits in the axis band, the others take a row
            row += 1
        out.append(f'<text class="tl-tray" x="{tx}" y="{AXIS_H - 10 + (row + 1) * ROW_H}">{name}</text>')
        for p in group:
            row += 1
            p.x0 = p.x1 = tx + 6
            out.append(_mark(p, index, AXIS_H + row * ROW_H + ROW_H / 2, height, in_tray=True))
    out.append("</svg>")
    return "".join(out) + undated_list(undated, index)


def undated_list(events: list[dict[str, Any]], index: ReportIndex) -> str:
    """Events with no date, apart from the drawing and folded: each opens its evidence."""
    if not events:
        return ""
    items = []
    for event in events:
        key = f"v:{event['id']}"
        index.register(key, finding_title(index, "event", event), event.get("evidence") or [])
        sources = len({s.get("doc") for s in event.get("evidence") or []})
        items.append(
            f'<li class="tl-ev" data-item="{esc(key)}" data-type="{esc(event.get("type"))}" tabindex="0" '
            f'role="button">{esc(_label(event))}{esc(_facets(event))}'
            f' <span class="muted">({sources} source{"s" if sources != 1 else ""})</span></li>'
        )
    return (
        f'<details class="tl-undated-list"><summary>Undated ({len(events)})</summary>'
        f"<ul>{''.join(items)}</ul></details>"
    )


def _facets(event: dict[str, Any]) -> str:
    facets = [str(f).replace("_", " ") for f in event.get("facets") or []]
    return f" (also reported as: {', '.join(facets)})" if facets else ""


def _axis(lo: int, hi: int, x: Any, height: int) -> str:
    minor, major = _ticks(lo, hi)
    out = [f'<line class="tl-axis" x1="{MARGIN}" x2="{x(hi):.1f}" y1="{AXIS_H - 4}" y2="{AXIS_H - 4}"/>']
    for day, label in minor:
        out.append(
            f'<line class="tl-grid" x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{AXIS_H - 8}" y2="{height}"/>'
        )
        if x(day) < x(hi) - 14:  # the last label would run into the undated tray
            out.append(f'<text class="tl-minor" x="{x(day) + 2:.1f}" y="{AXIS_H - 10}">{esc(label)}</text>')
    for day, label in major:
        out.append(
            f'<line class="tl-major" x1="{x(day):.1f}" x2="{x(day):.1f}" y1="2" y2="{height}"/>'
            f'<text class="tl-majorlabel" x="{x(day) + 3:.1f}" y="13">{esc(label)}</text>'
        )
    return "".join(out)


def _mark(p: Placed, index: ReportIndex, y: float, height: int, in_tray: bool = False) -> str:
    event = p.event
    colour = type_colour(str(event.get("type") or "event"))
    d = event.get("date") or {}
    key = f"v:{event['id']}"
    index.register(key, finding_title(index, "event", event), event.get("evidence") or [])
    tip = f"{event.get('label') or event.get('type')}{_facets(event)}\n{event.get('type')} · {date_text(d)}"
    if date_detail(d):
        tip += f" ({date_detail(d)})"
    if index.conflicts_of.get(event["id"]):
        tip += "\nin conflict: " + ", ".join(index.conflicts_of[event["id"]])
    parts = [
        f'<g class="tl-ev" data-item="{esc(key)}" data-type="{esc(event.get("type"))}" tabindex="0" '
        f'role="button" style="--c:{colour}"><title>{esc(tip)}</title>'
    ]
    if p.start is None:
        parts.append(f'<rect class="tl-undated" x="{p.x0 - 5:.1f}" y="{y - 5:.1f}" width="10" height="10"/>')
    elif in_tray:
        parts.append(f'<circle class="tl-dot" cx="{p.x0:.1f}" cy="{y:.1f}" r="5"/>')
    else:
        if p.window:
            parts.append(
                f'<rect class="tl-window" x="{p.wx0:.1f}" y="{y - 4:.1f}" width="{max(2, p.wx1 - p.wx0):.1f}" '
                f'height="8" rx="4"/>'
            )
        if p.vague:
            cx = (p.x0 + p.x1) / 2
            parts.append(f'<circle class="tl-vague" cx="{cx:.1f}" cy="{y:.1f}" r="4"/>')
        elif d.get("precision") == "day" or (p.end - p.start) <= 1:  # type: ignore[operator]
            cx = (p.x0 + p.x1) / 2
            parts.append(
                f'<line class="tl-stem" x1="{cx:.1f}" x2="{cx:.1f}" y1="{AXIS_H - 4}" y2="{y:.1f}"/>'
            )
            parts.append(f'<circle class="tl-dot" cx="{cx:.1f}" cy="{y:.1f}" r="5"/>')
        else:
            parts.append(
                f'<rect class="tl-band" x="{p.x0:.1f}" y="{y - 5:.1f}" width="{max(3, p.x1 - p.x0):.1f}" '
                f'height="10" rx="2"/>'
            )
    if p.label_left:
        parts.append(f'<text class="tl-label" x="{p.x0 - 8:.1f}" y="{y + 4:.1f}" text-anchor="end">')
    elif p.label_inside:
        parts.append(f'<text class="tl-label inside" x="{max(p.x0, MARGIN) + 6:.1f}" y="{y + 4:.1f}">')
    else:
        parts.append(f'<text class="tl-label" x="{max(p.x1, p.x0 + 6) + 4:.1f}" y="{y + 4:.1f}">')
    label = _label(event)
    if in_tray:  # the tray is narrow: a shorter label, and the date the axis cannot show
        when = f" ({d.get('value') or d.get('earliest')})" if p.start is not None else ""
        room = TRAY_CHARS - len(when)
        label = (label if len(label) <= room else label[: room - 1] + "…") + when
    parts.append(f"{esc(label)}</text></g>")
    return "".join(parts)


def legend(events: list[dict[str, Any]]) -> str:
    types = sorted({str(e.get("type") or "event") for e in events})
    items = "".join(
        f'<span class="lg"><i style="background:{type_colour(t)}"></i>{esc(t.replace("_", " "))}</span>'
        for t in types
    )
    keys = (
        '<span class="lg"><i class="dot"></i>day</span><span class="lg"><i class="band"></i>month / year</span>'
        '<span class="lg"><i class="win"></i>uncertain window</span>'
    )
    return f'<div class="legend">{items}<span class="sep"></span>{keys}</div>'
