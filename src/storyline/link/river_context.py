"""A river told by its text where its name is also a city's.

The shipped river table (``lang/places/rivers.toml``) keys a river by the name each language gives
it, but leaves out a name that a language also gives the city on it (Ukrainian "Дніпро", Russian
"Днепр", and "Dnipro", the transliteration most press writes for both): the name alone cannot
tell which is meant, and the gazetteer reads it as the city. The text can: a word for a river
right before the name or right after it ("südlich des Flusses X", "râul X", "реки X", "the X
River"), or a preposition its language puts before a river but not before a city (German "am X");
and one document that so marks a name means the river at its other mentions of that name too.
The words are ``lang/places/river_words.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from storyline.model import Mention
from storyline.names.gazetteers import fold, river_names_anywhere

_WORD = re.compile(r"[^\W\d_]+")
CONTEXT_CHARS = 40  # text looked at on each side of a name for a word beside it


@cache
def _table() -> dict[str, dict[str, frozenset[str]]]:
    path = resources.files("storyline") / "lang" / "places" / "river_words.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return {
        part: {
            lang: frozenset(fold(w) for w in str(words).split()) for lang, words in data.get(part, {}).items()
        }
        for part in ("words", "prepositions")
    }


@cache
def river_words() -> frozenset[str]:
    """Every language's words for a river, folded."""
    return frozenset(w for words in _table()["words"].values() for w in words)


def _prepositions(lang: str | None) -> frozenset[str]:
    return _table()["prepositions"].get(lang or "", frozenset())


def _named_river(base: str) -> str | None:
    """The river a name is in any language of the table, with a word for a river in it dropped
    ("Dnipro River"): its id, else None."""
    words = [w for w in base.split() if fold(w) not in river_words()]
    if not words:
        return None
    return river_names_anywhere().get(fold(" ".join(words)))


def _marked(m: Mention, text: str) -> bool:
    """A word for a river in the name or right beside it, or a river's preposition right before."""
    if len((m.base or m.text).split()) > 1 and any(
        fold(w) in river_words() for w in (m.base or m.text).split()
    ):
        return True
    before = [fold(w) for w in _WORD.findall(text[max(0, m.start - CONTEXT_CHARS) : m.start])]
    after = [fold(w) for w in _WORD.findall(text[m.end : m.end + CONTEXT_CHARS])]
    gap_before = text[max(0, m.start - CONTEXT_CHARS) : m.start]
    if before and not re.search(r"[.!?;:,]\s*$", gap_before):  # not across a clause's end
        if before[-1] in river_words() or before[-1] in _prepositions(m.lang):
            return True
    gap_after = text[m.end : m.end + CONTEXT_CHARS]
    return bool(after) and after[0] in river_words() and not re.match(r"\s*[.!?;:,]", gap_after)


def rivers_by_text(mentions: Sequence[Mention], text: str | None) -> dict[int, str]:
    """Mention index → "river:<id>" for the place mentions whose text makes them a river of the
    table, and for the document's other mentions of a name so made one."""
    if not text:
        return {}
    candidates = {
        i: river
        for i, m in enumerate(mentions)
        if m.type == "LOC" and (river := _named_river(m.base or m.text)) is not None
    }
    marked = {fold(mentions[i].base or mentions[i].text) for i in candidates if _marked(mentions[i], text)}
    marked_rivers = {
        candidates[i] for i in candidates if fold(mentions[i].base or mentions[i].text) in marked
    }
    return {
        i: f"river:{river}"
        for i, river in candidates.items()
        if fold(mentions[i].base or mentions[i].text) in marked
        # the bare name elsewhere in a text that marks it once ("the X River … along the X")
        or (river in marked_rivers and len((mentions[i].base or mentions[i].text).split()) == 1)
    }
