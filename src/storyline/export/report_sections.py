"""The report's dossier-wide lists: entities, quotes by speaker, documents."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.export.report_figures import doc_links, evidence_text, finding_link
from storyline.export.report_format import badge, date_detail, date_text, esc, item_link
from storyline.export.report_index import ReportIndex

Obj = dict[str, Any]
MAX_ENTITY_ROWS = 500  # beyond this the JSON dossier is the place to look


def entities_table(index: ReportIndex) -> str:
    """The entities, most mentioned first; the less certain names (``analyse.entity_confidence``)
    folded into a closed list of their own below."""
    from storyline.analyse.entity_confidence import from_dossier, is_listed

    ranked = sorted(index.entities, key=lambda e: (-len(e.get("mentions") or []), e.get("name", "")))
    listed = [e for e in ranked if is_listed(from_dossier(e))]
    shown = {e["id"] for e in listed}
    less = [e for e in ranked if e["id"] not in shown]
    table = _entity_rows(index, listed)
    if less:
        table += (
            f'<details class="less-certain"><summary>{len(less)} less certain names</summary>'
            f"{_entity_rows(index, less)}</details>"
        )
    return table


def _entity_rows(index: ReportIndex, ranked: list[Obj]) -> str:
    rows = []
    for entity in ranked[:MAX_ENTITY_ROWS]:
        mentions = entity.get("mentions") or []
        key = index.register(f"e:{entity['id']}", f"{entity['type']} {entity['name']}", mentions)
        names = "; ".join(
            f"<b>{esc(lang)}</b> {esc(', '.join(forms))}"
            for lang, forms in sorted((entity.get("names") or {}).items())
        )
        kind = f' <span class="muted">{esc(entity["kind"])}</span>' if entity.get("kind") else ""
        rows.append(
            f"<tr><td>{badge(entity['type'], 'etype-' + entity['type'])}{kind}</td>"
            f"<td>{item_link(key, entity['name'])}</td><td>{names}</td>"
            f'<td class="num">{len(mentions)}</td><td class="num">{len({m.get("doc") for m in mentions})}</td></tr>'
        )
    more = len(ranked) - MAX_ENTITY_ROWS
    note = (
        f'<p class="muted">and {more} more entities with fewer mentions (see the dossier JSON)</p>'
        if more > 0
        else ""
    )
    return (
        '<table class="entities"><thead><tr><th>type</th><th>name</th><th>names by language</th>'
        f"<th>mentions</th><th>documents</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{note}"
    )


def quotes_by_speaker(index: ReportIndex) -> str:
    groups: dict[str, list[Obj]] = defaultdict(list)
    for quote in index.quotes:
        who = index.entity_name(quote.get("speaker")) or quote.get("speaker_text") or ""
        groups[who].append(quote)
    if not groups:
        return '<p class="muted">No quotes.</p>'
    out = []
    # most-quoted first; quotes without a speaker last, since they are the least useful
    for who, quotes in sorted(groups.items(), key=lambda g: (g[0] == "", -len(g[1]), g[0])):
        items = []
        for quote in quotes:
            evidence = quote.get("evidence") or []
            kind = badge("direct", "direct") if quote.get("direct") else badge("reported", "reported")
            cue = f' <span class="muted">{esc(quote["cue"])}</span>' if quote.get("cue") else ""
            said = (
                f' <span class="muted">as “{esc(quote["speaker_text"])}”</span>'
                if quote.get("speaker_text") and quote.get("speaker_text") != who
                else ""
            )
            items.append(
                f'<li class="{"direct" if quote.get("direct") else "reported"}">{kind}{cue}{said} '
                f"{finding_link(index, 'quote', quote, evidence_text(evidence))}"
                f'<div class="src">{doc_links(index, evidence)}</div></li>'
            )
        heading = esc(who) if who else '<span class="muted">speaker unknown</span>'
        out.append(
            f'<div class="speaker"><h4>{heading} <span class="muted">({len(quotes)})</span></h4><ul>{"".join(items)}</ul></div>'
        )
    return "".join(out)


def _published(doc: Obj) -> str:
    published = doc.get("published") or {}
    detail = date_detail(published)
    return esc(date_text(published)) + (f'<div class="muted">{esc(detail)}</div>' if detail else "")


def _doc_ref(index: ReportIndex, doc_id: str | None, word: str) -> str:
    if not doc_id:
        return ""
    i = index.doc_index.get(doc_id)
    target = item_link(f"d:{i}", index.doc_label(doc_id), "doc") if i is not None else esc(doc_id)
    return f'<div class="muted">{word} {target}</div>'


def documents_table(index: ReportIndex) -> str:
    rows = []
    for i, doc in enumerate(index.docs):
        langs = sorted(
            {
                p.get("lang")
                for p in doc.get("passages") or []
                if p.get("lang") and p.get("lang") != doc.get("lang")
            }
        )
        lang = esc(doc.get("lang") or "?") + (
            f' <span class="muted">+ {esc(", ".join(langs))}</span>' if langs else ""
        )
        if doc.get("lang_support") and doc["lang_support"] != "full":
            lang += f'<div class="muted">{esc(doc["lang_support"])} support</div>'
        story = index.story.get(doc.get("story") or "")
        url = f'<div class="muted url">{esc(doc["url"])}</div>' if doc.get("url") else ""
        rows.append(
            f'<tr id="doc-{i}"><td>{item_link(f"d:{i}", index.doc_title(doc))}'
            f'<div class="muted">{esc(doc.get("source"))}</div>{url}</td>'
            f"<td>{esc(doc.get('outlet') or '—')}</td><td>{lang}</td><td>{_published(doc)}</td>"
            f"<td>{esc(story['title']) if story else esc(doc.get('story') or '—')}</td>"
            f"<td>{_doc_ref(index, doc.get('duplicate_of'), 'duplicate of')}"
            f"{_doc_ref(index, doc.get('version_of'), 'new version of')}</td></tr>"
        )
    return (
        '<table class="documents"><thead><tr><th>document</th><th>outlet</th><th>lang</th><th>published</th>'
        f"<th>story</th><th>relation</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
