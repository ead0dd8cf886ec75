"""Small formatting helpers shared by the HTML report's sections. Every string that comes from a
dossier goes through ``esc`` before it reaches the page."""

from __future__ import annotations

import html
from typing import Any

QUALIFIER_WORDS = {
    "about": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "less than",
}


def esc(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def counted(n: int, one: str, many: str | None = None) -> str:
    """ "1 document", "2 documents", "1 disagreement": a count with its noun in the right number."""
    return f"{number(n)} {one if n == 1 else many or one + 's'}"


def day_span(start: str | None, end: str | None) -> str:
    """A story's days: "2024-07-02", "2024-07-02 – 2024-07-05", or "undated" (never a bare "?")."""
    if not start and not end:
        return "undated"
    if not start or not end or start == end:
        return str(start or end)
    return f"{start} – {end}"


def number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", "\u202f")  # thin space groups digits in any locale
    return str(value)


def figure_value(figure: dict[str, Any]) -> str:
    """``12``, ``about 480``, ``at least 12``, ``12–15``."""
    value = number(figure.get("value"))
    qualifier = figure.get("qualifier") or "exact"
    if figure.get("value_max") is not None and (
        qualifier == "range" or figure["value_max"] != figure["value"]
    ):
        return f"{value}–{number(figure['value_max'])}"
    word = QUALIFIER_WORDS.get(qualifier)
    return f"{word} {value}" if word else value


def date_text(date: dict[str, Any] | None) -> str:
    """The date as written in the dossier, with a window when it is uncertain."""
    if not date or not date.get("value"):
        if date and date.get("month_day"):
            return f"--{date['month_day']} (year not stated)"
        if date and (date.get("earliest") or date.get("latest")):
            return f"between {date.get('earliest', '?')} and {date.get('latest', '?')}"
        return "undated"
    text = str(date["value"])
    if date.get("earliest") or date.get("latest"):
        text += f" (between {date.get('earliest', '?')} and {date.get('latest', '?')})"
    return text


def date_detail(date: dict[str, Any] | None) -> str:
    """Precision, basis and confidence, for a tooltip or a muted note."""
    if not date:
        return ""
    bits = [str(date[k]) for k in ("precision", "basis") if date.get(k)]
    if isinstance(date.get("confidence"), int | float):
        bits.append(f"confidence {date['confidence']:.2g}")
    return ", ".join(bits)


def item_link(key: str, label: str, cls: str = "ev") -> str:
    """An element that opens the evidence panel for ``key`` (registered in the ReportIndex)."""
    return f'<a class="{cls}" role="button" tabindex="0" data-item="{esc(key)}">{esc(label)}</a>'


def badge(text: str, cls: str) -> str:
    return f'<span class="badge {esc(cls)}">{esc(text)}</span>'


def snippet(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
