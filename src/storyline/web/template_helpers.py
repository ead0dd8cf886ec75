"""Filters and helpers the templates use. Jinja escapes every value; these only format."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from storyline.export.report_format import counted, date_detail, date_text, day_span, figure_value, number


def safe_url(url: str | None) -> str | None:
    """A document's URL as a link target only when it is plain http(s): a ``javascript:`` or
    ``data:`` URL in an article's metadata is shown as text, never followed."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string: ``params`` with ``changes`` applied (None drops a key)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", False)}
    return "?" + urlencode(merged) if merged else "?"


def segments(text: str, findings: list[dict[str, Any]], marks: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The text cut where any finding or requested mark starts or ends: each piece with the
    findings (indices) and whether a requested mark covers it, so nested and overlapping spans
    all show."""
    cuts = {0, len(text)}
    for f in findings:
        cuts.update((max(0, min(f["start"], len(text))), max(0, min(f["end"], len(text)))))
    for s, e in marks:
        cuts.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    points = sorted(cuts)
    out = []
    first_mark = True
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        covering = [i for i, f in enumerate(findings) if f["start"] <= a and f["end"] >= b]
        marked = any(s <= a and e >= b for s, e in marks)
        kinds = sorted({findings[i]["kind"] for i in covering})
        out.append({"text": text[a:b], "ids": covering, "kinds": kinds, "hl": marked,
                    "anchor": marked and first_mark})  # fmt: skip
        if marked:
            first_mark = False
    return out


def percent(done: int, total: int) -> int:
    return 0 if not total else min(100, round(100 * done / total))


GLOBALS = {"query": query, "percent": percent, "counted": counted, "day_span": day_span}
FILTERS = {
    "date_text": date_text,
    "date_detail": date_detail,
    "figure_value": figure_value,
    "number": number,
    "safe_url": safe_url,
}
