"""The dossier JSON (``storyline.dossier/1``, see ../shared/spec/dossier.md): the canonical view
that the HTML report, the CSV and the web API all render."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from storyline import __version__
from storyline.link.events import is_listed
from storyline.model import Analysis, DateValue, Dossier, Span
from storyline.serde import to_dict
from storyline.titles import unique_titles

FORMAT = "storyline.dossier/1"


def date_dict(value: DateValue) -> dict[str, Any]:
    out: dict[str, Any] = {"value": value.value, "precision": value.precision, "basis": value.basis,
                           "confidence": round(value.confidence, 3)}  # fmt: skip
    if value.earliest:
        out["earliest"] = value.earliest
    if value.latest:
        out["latest"] = value.latest
    if value.month_day:
        out["month_day"] = value.month_day  # "MM-DD": the day the text names, its year not stated
    return out


def _spans(spans: list[Span]) -> list[dict[str, Any]]:
    return [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text} for s in spans]


def _number(x: float | None) -> float | int | None:
    return int(x) if x is not None and float(x).is_integer() else x


def to_dossier(dossier: Dossier, analyses: dict[str, Analysis] | None = None) -> dict[str, Any]:
    analyses = analyses or {}
    story_of = {d: s.id for s in dossier.stories for d in s.documents}
    titles = unique_titles((s.id, s.title, s.start) for s in dossier.stories)
    documents = []
    for doc in dossier.documents:
        analysis = analyses.get(doc.id)
        documents.append({
            "id": doc.id, "source": doc.source, "url": doc.url, "outlet": doc.outlet, "title": doc.title,
            "lang": doc.lang,
            "passages": [to_dict(p) for p in analysis.passages] if analysis else [],
            "lang_support": analysis.lang_support if analysis else "basic",
            "published": date_dict(doc.published), "story": story_of.get(doc.id), "text": doc.text,
            "text_sha256": doc.text_sha256, "raw_sha256": doc.raw_sha256,
            "duplicate_of": doc.duplicate_of, "version_of": doc.version_of,
        })  # fmt: skip
    return {
        "format": FORMAT,
        "generator": {"name": "storyline", "version": __version__},
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "documents": documents,
        "stories": [{**to_dict(s), "title": titles[s.id]} for s in dossier.stories],
        "entities": [
            {
                "id": e.id,
                "type": e.type,
                **({"kind": e.kind} if e.kind else {}),
                "name": e.name,
                "names": e.names,
                "mentions": [
                    {
                        "doc": m.doc,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "base": m.base,
                        "lang": m.lang,
                        **({"kind": m.kind} if m.kind else {}),
                    }
                    for m in e.mentions
                ],
            }
            for e in dossier.entities
        ],  # fmt: skip
        "events": [
            {
                "id": v.id,
                "story": v.story,
                "type": v.type,
                "label": v.label,
                "date": date_dict(v.date),
                "place": v.place,
                # "near": a point the happening was near, not a place that holds it
                **({"place_relation": v.place_relation} if v.place_relation else {}),
                "participants": v.participants,
                "evidence": _spans(v.evidence),
                "confidence": round(v.confidence, 3),
                # whether the timeline lists it; below the threshold it is a low-confidence event
                "listed": is_listed(v),
                # the other types the same happening was reported under (a crash's shoot-down)
                **({"facets": v.facets} if v.facets else {}),
            }
            for v in dossier.events
        ],  # fmt: skip
        "figures": [
            {
                "id": f.id,
                "event": f.event,
                "attribute": f.attribute,
                "value": _number(f.value),
                "value_max": _number(f.value_max),
                "qualifier": f.qualifier,
                "subgroup": f.subgroup,
                "derived": f.derived,
                "source": f.source,
                "via": f.via,
                "as_of": f.as_of,
                "evidence": _spans(f.evidence),
                "confidence": round(f.confidence, 3),
            }
            for f in dossier.figures
        ],  # fmt: skip
        "claims": [
            {
                "id": c.id,
                "event": c.event,
                "attribute": c.attribute,
                "value": c.value,
                "stance": c.stance,
                "speaker": c.speaker,
                "via": c.via,
                "evidence": _spans(c.evidence),
                "confidence": round(c.confidence, 3),
            }
            for c in dossier.claims
        ],  # fmt: skip
        "quotes": [
            {
                "id": q.id,
                "speaker": q.speaker,
                "speaker_text": q.speaker_text,
                "direct": q.direct,
                "cue": q.cue,
                "via": q.via,
                "evidence": _spans(q.evidence),
                "confidence": round(q.confidence, 3),
            }
            for q in dossier.quotes
        ],  # fmt: skip
        "conflicts": [
            {
                "id": c.id,
                "event": c.event,
                "kind": c.kind,
                "attribute": c.attribute,
                "status": c.status,
                "positions": [
                    {
                        "value": _number(p.value) if isinstance(p.value, float) else p.value,
                        "items": p.items,
                        "first_reported": p.first_reported,
                        "support": p.support,
                    }
                    for p in c.positions
                ],
            }
            for c in dossier.conflicts
        ],  # fmt: skip
        "corrections": [to_dict(c) for c in dossier.corrections],
    }
