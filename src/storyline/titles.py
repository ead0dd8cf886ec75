"""Story titles are unique within a store: a title two stories would share gets the first day each
covers ("Fire near Izmir (2024-07-02)"), and a number where even that collides.

Linking titles the stories it touches; the dossier, built from the whole store, applies the same
rule again, so that stories linked at different times never show one title."""

from __future__ import annotations

from collections.abc import Iterable


def unique_titles(stories: Iterable[tuple[str, str, str | None]]) -> dict[str, str]:
    """(id, title, first day) per story → id → a title no other story has."""
    by_title: dict[str, list[tuple[str, str | None]]] = {}
    for sid, title, start in stories:
        by_title.setdefault(title, []).append((sid, start))
    taken = set(by_title)
    out: dict[str, str] = {}
    for title, same in by_title.items():
        if len(same) == 1:
            out[same[0][0]] = title
            continue
        for sid, start in sorted(same, key=lambda s: (s[1] or "", s[0])):
            base = f"{title} ({start or 'undated'}"
            new, n = base + ")", 2
            while new in taken:
                new, n = f"{base}, {n})", n + 1
            taken.add(new)
            out[sid] = new
    return out
