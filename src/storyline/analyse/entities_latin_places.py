"""A "place" written in Latin letters inside a Cyrillic text is a body, unless it is a known place.

Ukrainian, Russian and Bulgarian news write places in their own letters ("Ліон", not "Lyon") and
keep the Latin spelling for what a brand or a body spells so itself: a drug maker, an airline, a
project company, an outlet. A tagger that never saw such a firm reads a one-word Latin name ending
as Slavic and Italian towns do ("Nordvena", "Holmbia") as a town. Annotated news in these languages
types a Latin-script name a place a handful of times in thousands (and those are the gazetteer's
countries: "Germany" in a quoted English sentence), so where the language says so
(``latin_places_known_only`` in ``lang/entities/<lang>.toml``) a Latin-script "place" no gazetteer
knows (``names.is_place``) in a passage written mostly in Cyrillic becomes an organisation. Not a
code in capitals in brackets ("во Флоренции (FLR)"): an airport's letters the text gives after the
place, which ``entities_place_codes`` typed a place.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.model import Mention
from storyline.names import is_place
from storyline.names.parts import entity_data
from storyline.names.script import is_latin, script

SAMPLE = 400  # letters of the passage that decide its script


def latin_places_as_bodies(
    text: str, mentions: list[Mention], lang: str | None, bounds: tuple[int, int]
) -> list[Mention]:
    """``mentions`` with each unknown Latin-script place of a Cyrillic passage typed ORG."""
    if not lang or not entity_data(lang).get("latin_places_known_only"):
        return mentions
    if not any(m.type == "LOC" and is_latin(m.text) for m in mentions):
        return mentions
    start, end = bounds
    letters = "".join(ch for ch in text[start:end] if ch.isalpha())[:SAMPLE]
    if script(letters) != "CYRILLIC":
        return mentions
    return [
        replace(m, type="ORG")
        if m.type == "LOC"
        and m.kind != "adjective"
        and is_latin(m.text)
        and not is_place(m.text)
        and not is_place(m.base or "")
        and not _bracketed_code(text, m)
        else m
        for m in mentions
    ]


def _bracketed_code(text: str, m: Mention) -> bool:
    """A word in capitals alone in brackets: a place's code, no firm's name."""
    return m.text.isupper() and text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
