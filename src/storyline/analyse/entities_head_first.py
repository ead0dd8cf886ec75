"""A bridge, a road or a tunnel named after a person, in a language that writes the head noun first
and in lower case ("il ponte <Given> <Surname>", "a rodovia <Given> <Surname>", "le pont <Given>
<Surname>"): the head noun and the person's name are one name, a place (web pages round 6: the
person's name alone was shown, once typed as the person).

The head nouns are the language's ``head_first_place_words`` (``lang/entities/<lang>.toml``),
each right before the name with one space between. Only a name that is a person's: typed PER, or
opening with a given name; a place's own name after such a word ("il ponte Vecchio", capitalised
head, or "la rodovia <Town>") is left as it is, as is a known city or country. The base form
keeps the head as written before the name's own base form.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from storyline.model import Mention
from storyline.names import cities, countries, fold, given_name
from storyline.names.parts import head_first_words

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\-])(\p{Ll}[\p{L}\p{M}]*)[ ]$")
LOOK_BACK = 30  # characters before a mention where its head noun stands


def with_head_first(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """``mentions`` with a place named after a person taking its head noun in (the module's doc)."""
    heads = head_first_words(lang)
    if not heads:
        return mentions
    out = []
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - LOOK_BACK), m.start)
        if before is not None and before.group(1) in heads and _persons_name(m):
            lead = text[before.start(1) : m.start]
            m = replace(
                m, start=before.start(1), text=lead + m.text, base=lead + (m.base or m.text), type="LOC"
            )
        out.append(m)
    return out


def _persons_name(m: Mention) -> bool:
    if m.type not in ("PER", "LOC", "ORG") or " " not in m.text.strip():
        return False
    if fold(m.text) in countries() or fold(m.text) in cities():
        return False
    return m.type == "PER" or bool(given_name(m.text.split()[0]))
