"""Figures, conflicts and claims of one story, grouped by the event they are about."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.export.report_format import badge, date_text, esc, figure_value, item_link, number, snippet
from storyline.export.report_index import ReportIndex

Obj = dict[str, Any]
KEY_PREFIX = {"figure": "f", "claim": "k", "event": "v", "date": "v", "quote": "q"}
STATUS_NOTE = {
    "contradiction": "sources disagree",
    "update": "a later report replaced an earlier one",
    "unresolved": "not yet decided",
}


def finding_title(index: ReportIndex, kind: str, obj: Obj) -> str:
    """The evidence panel's heading: what the item says, not the words it was found in."""
    if kind == "figure":
        source = index.entity_name(obj.get("source"))
        return f"{obj.get('attribute', '').replace('_', ' ')}: {figure_value(obj)}" + (
            f" ({source})" if source else ""
        )
    if kind == "claim":
        return f"{obj.get('attribute', '')}: {obj.get('value', '')} — {obj.get('stance', '')}"
    if kind == "quote":
        who = index.entity_name(obj.get("speaker")) or obj.get("speaker_text") or "unknown speaker"
        return f"{'quote' if obj.get('direct') else 'reported speech'} — {who}"
    return f"Event: {obj.get('label') or obj.get('type')}"


def finding_link(index: ReportIndex, kind: str, obj: Obj, label: str) -> str:
    key = f"{KEY_PREFIX.get(kind, kind)}:{obj['id']}"
    index.register(key, finding_title(index, kind, obj), obj.get("evidence") or [])
    return item_link(key, label)


def doc_links(index: ReportIndex, evidence: list[Obj]) -> str:
    seen: list[str] = []
    for span in evidence:
        if span.get("doc") not in seen:
            seen.append(span.get("doc", ""))
    out = []
    for doc_id in seen:
        i = index.doc_index.get(doc_id)
        out.append(item_link(f"d:{i}", index.doc_label(doc_id), "doc") if i is not None else esc(doc_id))
    return "<br>".join(out)


def evidence_text(evidence: list[Obj]) -> str:
    return " … ".join(snippet(s.get("text", ""), 140) for s in evidence)


def conflict_badges(index: ReportIndex, item_id: str) -> str:
    return " ".join(
        f'<a class="badge conflict-ref" href="#conflict-{esc(c)}">{esc(c)}</a>'
        for c in index.conflicts_of.get(item_id, [])
    )


def figures_table(index: ReportIndex, figures: list[Obj]) -> str:
    rows = []
    for f in sorted(figures, key=lambda f: (f.get("attribute", ""), str(f.get("as_of") or ""), f["id"])):
        conflicted = f["id"] in index.conflicts_of
        source = index.entity_name(f.get("source"))
        via = [index.entity_name(v) or v for v in f.get("via") or []]
        who = esc(source or "—") + (f'<div class="muted">via {esc(", ".join(via))}</div>' if via else "")
        rows.append(
            f'<tr class="{"conflicted" if conflicted else ""}" id="fig-{esc(f["id"])}">'
            f"<td>{esc(f.get('attribute', '').replace('_', ' '))}{_part_note(f)}</td>"
            f'<td class="num">{esc(figure_value(f))}</td>'
            f"<td>{who}</td><td>{esc(f.get('as_of') or '—')}</td>"
            f"<td>{doc_links(index, f.get('evidence') or [])}</td>"
            f"<td>{finding_link(index, 'figure', f, evidence_text(f.get('evidence') or []))} "
            f"{conflict_badges(index, f['id'])}</td></tr>"
        )
    return (
        '<table class="figures"><thead><tr><th>attribute</th><th>value</th><th>source</th><th>as of</th>'
        f"<th>document</th><th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _part_note(f: Obj) -> str:
    """Whom a partial count covers, and whether the text only implies the number (a sum)."""
    notes = []
    if f.get("subgroup"):
        notes.append(f"part: {esc(f['subgroup'])}")
    if f.get("derived"):
        notes.append("derived (sum)")
    return f'<div class="muted">{"; ".join(notes)}</div>' if notes else ""


def _position_value(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, dict):
        return date_text(value)
    return str(value)


def _support(n: Any) -> str:
    """Corroboration: independent sources, copies of one wire story counted once."""
    if not isinstance(n, int) or n <= 0:
        return ""
    return f" · {n} independent source{'s' if n != 1 else ''}"


def conflict_block(index: ReportIndex, conflict: Obj) -> str:
    status = conflict.get("status", "unresolved")
    positions = list(conflict.get("positions") or [])
    if status == "update":  # show the sequence of reports in the order they appeared
        positions.sort(key=lambda p: str(p.get("first_reported") or "9999"))
    cells = []
    for n, position in enumerate(positions):
        items = []
        for item_id in position.get("items") or []:
            found = index.finding(item_id, conflict.get("kind"))
            if not found:
                items.append(f"<li>{esc(item_id)}</li>")
                continue
            kind, obj = found
            evidence = obj.get("evidence") or []
            stance = (
                f" {badge(obj['stance'], 'stance-' + obj['stance'])}"
                if kind == "claim" and obj.get("stance")
                else ""
            )
            items.append(
                f"<li>{doc_links(index, evidence)}{stance}<br>{finding_link(index, kind, obj, evidence_text(evidence))}</li>"
            )
        arrow = '<div class="arrow" aria-hidden="true">→</div>' if status == "update" and n else ""
        cells.append(
            f'{arrow}<div class="position"><div class="pos-value">{esc(_position_value(position.get("value")))}</div>'
            f'<div class="muted">first reported {esc(position.get("first_reported") or "—")}'
            f"{_support(position.get('support'))}</div>"
            f"<ul>{''.join(items)}</ul></div>"
        )
    event = index.event.get(conflict.get("event") or "")
    about = f" · {esc(event.get('label') or event.get('type'))}" if event else ""
    return (
        f'<div class="conflict {esc(status)}" id="conflict-{esc(conflict["id"])}">'
        f'<div class="c-head">{badge(status, "status-" + status)} <strong>{esc(conflict.get("attribute", "").replace("_", " "))}</strong>'
        f' <span class="muted">{esc(conflict.get("kind"))} conflict {esc(conflict["id"])}{about} — '
        f"{esc(STATUS_NOTE.get(status, ''))}</span></div>"
        f'<div class="positions">{"".join(cells)}</div></div>'
    )


def claims_block(index: ReportIndex, claims: list[Obj]) -> str:
    """Claims grouped by what they claim (attribute and value), each with its stance."""
    groups: dict[tuple[str, str], list[Obj]] = defaultdict(list)
    for claim in claims:
        groups[(claim.get("attribute", ""), claim.get("value", ""))].append(claim)
    out = []
    for (attribute, value), members in sorted(groups.items(), key=lambda g: (g[0][0], -len(g[1]), g[0][1])):
        stances: dict[str, int] = defaultdict(int)
        for claim in members:
            stances[claim.get("stance", "")] += 1
        summary = " ".join(badge(f"{n} {s}", "stance-" + s) for s, n in sorted(stances.items()))
        rows = []
        for claim in members:
            event = index.event.get(claim.get("event") or "")
            via = [index.entity_name(v) or v for v in claim.get("via") or []]
            rows.append(
                f'<tr class="{"conflicted" if claim["id"] in index.conflicts_of else ""}">'
                f"<td>{badge(claim.get('stance', ''), 'stance-' + claim.get('stance', ''))}</td>"
                f"<td>{esc(index.entity_name(claim.get('speaker')) or '—')}"
                + (f'<div class="muted">via {esc(", ".join(via))}</div>' if via else "")
                + f"</td><td>{esc((event or {}).get('label') or '')}</td>"
                f"<td>{doc_links(index, claim.get('evidence') or [])}</td>"
                f"<td>{finding_link(index, 'claim', claim, evidence_text(claim.get('evidence') or []))} "
                f"{conflict_badges(index, claim['id'])}</td></tr>"
            )
        out.append(
            f'<div class="claim-group"><h4>{esc(attribute.replace("_", " "))}: <q>{esc(value)}</q> {summary}</h4>'
            '<table class="claims"><thead><tr><th>stance</th><th>speaker</th><th>event</th><th>document</th>'
            f"<th>evidence</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )
    return "".join(out)
