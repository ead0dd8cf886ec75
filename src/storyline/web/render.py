"""The story page's drawn parts, made by the HTML report's own code (export/report_*.py).

The report embeds every document's text and highlights spans in a side panel; the app links to
its document pages instead. ``WebIndex`` is the report's index over one story's items, holding
documents' metadata without their texts, and recording each clickable item's spans as
(document id, start, end) in code points, which the page's script turns into a link to the
document with those spans highlighted.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from storyline.export.html import figure_blocks
from storyline.export.report_figures import claims_block
from storyline.export.report_graph import graph_svg
from storyline.export.report_index import ReportIndex
from storyline.export.report_sections import quotes_by_speaker
from storyline.export.report_timeline import legend, timeline_svg
from storyline.web.snapshot import Snapshot

Obj = dict[str, Any]
MAX_SPANS = 200


class WebIndex(ReportIndex):
    def register(self, key: str, title: str, spans: Any) -> str:
        if key in self.items:
            return key
        if key.startswith("e:"):  # an entity opens its own page: its spans need not travel
            self.items[key] = {"t": title, "s": []}
            return key
        out = []
        for span in spans:
            if len(out) >= MAX_SPANS:
                break
            out.append([span.get("doc"), int(span.get("start", 0)), int(span.get("end", 0))])
        self.items[key] = {"t": title, "s": out}
        return key

    def script_data(self) -> Obj:
        return {"docs": [d["id"] for d in self.docs], "items": self.items}


def story_index(snap: Snapshot, story_id: str, items: dict[str, list[Obj]], with_mentions: bool) -> WebIndex:
    """The report index over one story: its documents (metadata only), its items, and its
    entities (with their mentions in the story's documents when the graph needs them)."""
    summary = snap.stories[story_id]
    members = set(summary.documents)
    docs = []
    for d in summary.documents:
        meta = snap.docs.get(d)
        if meta is None:
            continue
        docs.append({"id": meta.id, "source": meta.source, "outlet": meta.outlet, "lang": meta.lang,
                     "published": meta.published, "title": meta.title, "text": meta.head, "story": story_id})  # fmt: skip
    entities: dict[str, Obj] = {}
    for d in summary.documents:
        for eid, m in snap.doc_mentions.get(d, []):
            entity = snap.entities.get(eid)
            if entity is None:
                continue
            node = entities.setdefault(eid, {"id": eid, "name": entity.name, "type": entity.type, "names": {},
                                             "mentions": []})  # fmt: skip
            if with_mentions and m.doc in members:
                node["mentions"].append({"doc": m.doc, "start": m.start, "end": m.end, "text": m.text})
    referenced = {x for kind in ("figures", "claims", "quotes") for item in items[kind]
                  for x in (item.get("source"), item.get("speaker"), *(item.get("via") or [])) if x}  # fmt: skip
    for eid in referenced - entities.keys():
        if eid in snap.entities:
            e = snap.entities[eid]
            entities[eid] = {"id": eid, "name": e.name, "type": e.type, "names": {}, "mentions": []}
    dossier = {"documents": docs, "stories": [{"id": story_id, "title": summary.title}],
               "entities": list(entities.values()), **items}  # fmt: skip
    return WebIndex(dossier)


def event_window(events: list[Obj]) -> tuple[str, str] | None:
    """The first and last day the story's dated events cover."""
    days = []
    for e in events:
        d = e.get("date") or {}
        for v in (d.get("value"), d.get("earliest"), d.get("latest")):
            if v:
                days.append(_first_day(v))
                days.append(_last_day(v))
    days = [d for d in days if d]
    return (min(days), max(days)) if days else None


def _first_day(value: str) -> str | None:
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return f"{int(parts[0]):04d}-01-01"
        if len(parts) == 2:
            return f"{int(parts[0]):04d}-{int(parts[1]):02d}-01"
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _last_day(value: str) -> str | None:
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return f"{int(parts[0]):04d}-12-31"
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            nxt = date(y + m // 12, m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def in_window(event: Obj, lo: str | None, hi: str | None) -> bool:
    """Whether an event overlaps the zoom window (undated events always show, in their tray)."""
    d = event.get("date") or {}
    value = d.get("value") or d.get("earliest") or d.get("latest")
    if not value:
        return True
    first, last = _first_day(d.get("earliest") or value), _last_day(d.get("latest") or value)
    return not ((hi and first and first > hi) or (lo and last and last < lo))


def zoom_links(window: tuple[str, str], lo: str | None, hi: str | None) -> dict[str, tuple[str, str] | None]:
    """Windows for zooming in (the middle half), out (twice as wide) and back to everything."""
    a = date.fromisoformat(lo or window[0]).toordinal()
    b = date.fromisoformat(hi or window[1]).toordinal()
    span = max(b - a, 1)
    mid = (a + b) // 2
    quarter = max(span // 4, 1)
    zin = (date.fromordinal(mid - quarter).isoformat(), date.fromordinal(mid + quarter).isoformat())
    zout = (date.fromordinal(a - span // 2).isoformat(), date.fromordinal(b + span // 2).isoformat())
    return {"in": zin if span > 2 else None, "out": zout if lo or hi else None}


def timeline(index: WebIndex, events: list[Obj], title: str) -> str:
    events = sorted(events, key=lambda v: (str((v.get("date") or {}).get("value") or "9999"), v["id"]))
    return timeline_svg(events, index, title) + (legend(events) if events else "")


def figures_and_conflicts(
    index: WebIndex, events: list[Obj], figures: list[Obj], conflicts: list[Obj]
) -> str:
    """Per event: its conflicts side by side, then its figures (as the report lays them out)."""
    return "".join(figure_blocks(index, events, figures, conflicts)) or '<p class="muted">No figures.</p>'


def claims(index: WebIndex, items: list[Obj]) -> str:
    return claims_block(index, items) if items else '<p class="muted">No claims.</p>'


def quotes(index: WebIndex) -> str:
    return quotes_by_speaker(index)


def graph(index: WebIndex) -> str:
    return graph_svg(index)
