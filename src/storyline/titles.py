"""Story titles: the happening a story is about, and titles unique within a store.

A title two stories would share gets the first day each covers ("Fire near Izmir (2024-07-02)"),
and a number where even that collides.

Linking titles the stories it touches; the dossier, built from the whole store, applies the same
rule again, so that stories linked at different times never show one title."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from storyline.model import Event


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


# what is said or done about a happening (an inquiry into a crash, a memorial for its dead): a
# story's title names one of these only when the story reports no happening of another kind widely
RESPONSES = frozenset(
    {"statement", "apology", "investigation", "commemoration", "funeral", "compensation", "award"}
)


def main_event(
    events: Iterable[Event], weak: Collection[str], widely: Callable[[Event], bool]
) -> Event | None:
    """The happening a story is about: of the events not ``weak``, a happening before a response
    to one, each only where ``widely`` reported; within a kind, the one most documents report,
    then one the timeline lists, then one with a place, then the likeliest."""
    from storyline.link.events import is_listed  # here: the store reads this module, not the linker

    def weight(ev: Event) -> tuple[int, bool, bool, float, int, str]:
        docs = len({s.doc for s in ev.evidence})
        return docs, is_listed(ev), ev.place is not None, ev.confidence, -len(ev.id), ev.id

    strong = [ev for ev in events if ev.type not in weak]
    happenings = [ev for ev in strong if ev.type not in RESPONSES]
    responses = [ev for ev in strong if ev.type in RESPONSES]
    for pool in (happenings, responses):
        if pool:
            best = max(pool, key=weight)
            if widely(best):
                return best
    return None
