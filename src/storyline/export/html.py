"""The single-file HTML report: a dossier dict (``storyline.dossier/1``) → one page that opens
offline. CSS and script are inlined from the files beside this module; each document's text is
embedded once, as JSON, and the evidence panel highlights spans from it.

    render_html(json.load(open("dossier.json")), title="Danube ferry fire")
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from typing import Any

from storyline.export.report_figures import claims_block, conflict_block, figures_table
from storyline.export.report_format import counted, date_text, day_span, esc, item_link
from storyline.export.report_graph import TYPE_COLOURS, graph_svg
from storyline.export.report_index import ReportIndex
from storyline.export.report_sections import documents_table, entities_table, quotes_by_speaker
from storyline.export.report_timeline import legend, timeline_svg

Obj = dict[str, Any]
UNASSIGNED = ""  # the pseudo-story for findings no story claims


def render_html(dossier: Obj, title: str | None = None) -> str:
    index = ReportIndex(dossier)
    title = title or _default_title(index)
    body = "".join(
        [
            _header(dossier, index, title),
            _stories(index),
            _section("entities", "Entities", _entities(index)),
            _section("quotes", "Quotes by speaker", quotes_by_speaker(index)),
            _section("documents", f"Documents ({len(index.docs)})", documents_table(index)),
        ]
    )
    # the registry is complete only once every section has been rendered
    parts = {
        "title": esc(title),
        "css": _asset("report.css"),
        "body": body,
        "data": _script_json(index.script_data()),
        "js": _asset("report.js"),
    }
    return re.sub(r"<!--@(\w+)-->", lambda m: parts[m.group(1)], _asset("report.html"))


@cache
def _asset(name: str) -> str:
    return (resources.files("storyline.export") / name).read_text("utf-8")


def _script_json(data: Obj) -> str:
    # Inside <script>, only "</script" or "<!--" could end or confuse the block; "<" occurs only
    # inside JSON strings, where \u003c means the same character.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _default_title(index: ReportIndex) -> str:
    if len(index.stories) == 1:
        return index.stories[0].get("title") or "storyline report"
    return "storyline report"


def _section(anchor: str, heading: str, content: str) -> str:
    return f'<section id="{anchor}"><h2>{esc(heading)}</h2>{content}</section>'


def _range(values: list[str]) -> str:
    values = sorted(v for v in values if v)
    if not values:
        return "—"
    return values[0] if values[0] == values[-1] else f"{values[0]} – {values[-1]}"


def _header(dossier: Obj, index: ReportIndex, title: str) -> str:
    docs = index.docs
    languages = Counter(d.get("lang") or "?" for d in docs)
    counts = [
        ("documents", len(docs)),
        ("duplicates", sum(1 for d in docs if d.get("duplicate_of"))),
        ("new versions", sum(1 for d in docs if d.get("version_of"))),
        ("stories", len(index.stories)),
        ("entities", len(index.entities)),
        ("events", len(index.events)),
        ("figures", len(index.figures)),
        ("quotes", len(index.quotes)),
        ("claims", len(index.claims)),
        ("conflicts", len(index.conflicts)),
    ]
    tiles = "".join(f'<div class="tile"><b>{n:,}</b><span>{esc(label)}</span></div>' for label, n in counts)
    langs = " · ".join(f"{esc(lang)} {n}" for lang, n in languages.most_common()) or "—"
    published = _range([(d.get("published") or {}).get("value") or "" for d in docs])
    happened = _range([(v.get("date") or {}).get("value") or "" for v in index.events])
    undated = sum(1 for d in docs if not (d.get("published") or {}).get("value"))
    generator = dossier.get("generator") or {}
    nav = "".join(
        f'<a href="#story-{esc(s["id"])}">{esc(s.get("title") or s["id"])}</a>' for s in index.stories[:30]
    )
    return (
        f"<header><h1>{esc(title)}</h1>"
        f'<p class="muted">{esc(dossier.get("format", ""))} · generated {esc(dossier.get("generated_at", ""))} by '
        f"{esc(generator.get('name', ''))} {esc(generator.get('version', ''))}</p>"
        f'<div class="tiles">{tiles}</div>'
        f'<dl class="facts"><dt>languages</dt><dd>{langs}</dd>'
        f"<dt>published</dt><dd>{esc(published)}"
        + (f' <span class="muted">({undated} without a date)</span>' if undated else "")
        + f"</dd><dt>events</dt><dd>{esc(happened)}</dd></dl>"
        '<nav><a href="#entities">Entities</a><a href="#quotes">Quotes</a><a href="#documents">Documents</a>'
        f"{nav}</nav></header>"
    )


def _story_key(index: ReportIndex, event_id: str | None, evidence: list[Obj]) -> str:
    return index.story_of_event(event_id) or index.story_of_evidence(evidence) or UNASSIGNED


def _stories(index: ReportIndex) -> str:
    events: dict[str, list[Obj]] = defaultdict(list)
    figures: dict[str, list[Obj]] = defaultdict(list)
    claims: dict[str, list[Obj]] = defaultdict(list)
    conflicts: dict[str, list[Obj]] = defaultdict(list)
    for v in index.events:
        if not v.get("listed", True):
            continue  # a low-confidence event: in the dossier JSON, not in the report
        events[v.get("story") or index.story_of_evidence(v.get("evidence") or []) or UNASSIGNED].append(v)
    for f in index.figures:
        figures[_story_key(index, f.get("event"), f.get("evidence") or [])].append(f)
    for k in index.claims:
        claims[_story_key(index, k.get("event"), k.get("evidence") or [])].append(k)
    for c in index.conflicts:
        first = next((i for p in c.get("positions") or [] for i in p.get("items") or []), "")
        found = index.finding(first, c.get("kind"))
        evidence = found[1].get("evidence") or [] if found else []
        conflicts[_story_key(index, c.get("event"), evidence)].append(c)
    stories = list(index.stories)
    if any(key == UNASSIGNED for table in (events, figures, claims, conflicts) for key in table):
        stories.append({"id": UNASSIGNED, "title": "Not assigned to a story", "documents": []})
    if not stories:
        return _section("stories", "Stories", '<p class="muted">No stories.</p>')
    return "".join(
        _story(index, s, events[s["id"]], figures[s["id"]], claims[s["id"]], conflicts[s["id"]])
        for s in stories
    )


def _story(index: ReportIndex, story: Obj, events: list[Obj], figures: list[Obj], claims: list[Obj],
           conflicts: list[Obj]) -> str:  # fmt: skip
    events = sorted(events, key=lambda v: (str((v.get("date") or {}).get("value") or "9999"), v["id"]))
    doc_ids = story.get("documents") or []
    when = day_span(story.get("start"), story.get("end"))
    doc_items = "".join(
        f"<li>{item_link(f'd:{index.doc_index[d]}', index.doc_label(d), 'doc')} "
        f"{esc(index.doc_title(index.docs[index.doc_index[d]]))}</li>"
        for d in doc_ids
        if d in index.doc_index
    )
    why = ", ".join(
        f"{esc(w.get('kind', ''))} {esc(index.entity_name(w.get('id')) if w.get('kind') == 'entity' else w.get('id', ''))}"
        + (f" ({w['weight']:.2g})" if isinstance(w.get("weight"), int | float) else "")
        for w in story.get("why") or []
    )
    parts = [
        f'<section class="story" id="story-{esc(story["id"])}"><h2>{esc(story.get("title") or story["id"])}</h2>',
        f'<p class="muted">{esc(when)} · {counted(len(doc_ids), "document")} · {counted(len(events), "event")}'
        f" · {counted(len(figures), 'figure')}"
        + (f" · topic {esc(story['topic'])}" if story.get("topic") else "")
        + "</p>",
        f'<p class="muted why">grouped by: {why}</p>' if why else "",
        f'<details><summary>Documents ({len(doc_ids)})</summary><ul class="doclist">{doc_items}</ul></details>'
        if doc_ids
        else "",
        "<h3>Timeline</h3>",
        timeline_svg(events, index, story.get("title") or story["id"]),
        legend(events) if events else "",
        _figures(index, events, figures, conflicts),
    ]
    if claims:
        parts.append(f"<h3>Claims</h3>{claims_block(index, claims)}")
    parts.append("</section>")
    return "".join(parts)


def figure_blocks(
    index: ReportIndex, events: list[Obj], figures: list[Obj], conflicts: list[Obj]
) -> list[str]:
    """Per event: its conflicts side by side, then its figures (one block each; the web app's story
    page lays them out the same way). Events without either are skipped."""
    by_event: dict[str, list[Obj]] = defaultdict(list)
    for f in figures:
        by_event[f.get("event") or ""].append(f)
    conflicts_by_event: dict[str, list[Obj]] = defaultdict(list)
    for c in conflicts:
        conflicts_by_event[c.get("event") or ""].append(c)
    order = [v["id"] for v in events] + [
        k for k in {**by_event, **conflicts_by_event} if k not in index.event
    ]
    blocks = []
    for event_id in dict.fromkeys(order):
        if not by_event.get(event_id) and not conflicts_by_event.get(event_id):
            continue
        event = index.event.get(event_id)
        heading = (
            f'<h4>{esc(event.get("label") or event.get("type"))} <span class="muted">{esc(event.get("type"))} · '
            f"{esc(date_text(event.get('date') or {}))}</span></h4>"
            if event
            else '<h4 class="muted">Not tied to an event</h4>'
        )
        body = "".join(conflict_block(index, c) for c in conflicts_by_event.get(event_id, []))
        if by_event.get(event_id):
            body += figures_table(index, by_event[event_id])
        blocks.append(f'<div class="event-figures">{heading}{body}</div>')
    return blocks


def _figures(index: ReportIndex, events: list[Obj], figures: list[Obj], conflicts: list[Obj]) -> str:
    blocks = figure_blocks(index, events, figures, conflicts)
    return f"<h3>Figures and conflicts</h3>{''.join(blocks)}" if blocks else ""


def _entities(index: ReportIndex) -> str:
    key = "".join(
        f'<span class="lg"><i style="background:{c}"></i>{t}</span>' for t, c in TYPE_COLOURS.items()
    )
    return (
        '<div class="entities-wrap"><figure class="graph-box">'
        f"{graph_svg(index)}<figcaption>Entities that appear in the same documents; node area ∝ mentions, "
        f'line width ∝ shared documents.<div class="legend">{key}</div></figcaption></figure>'
        f'<div class="entity-list">{entities_table(index)}</div></div>'
    )
