"""A body named after a person: its head noun, the word "named after" and the person's name are
one name ("институт им. Н. Ф. Иванова", "центр имени Петрова").

A tagger finds the person's name after the marker (``named_after_markers`` of
``lang/entities/<lang>.toml``: "им.", "имени", "ім.", "імені") and often the
body's type for it, but leaves out the head noun before the marker, written in lower case ("the
institute named after …"): the cut name, shown alone, is a person's name standing for a body.
BSNLP's gold takes the head in (lower case included: "центра им. Гамалеи", base "центр им.
Гамалеи"). So a mention right after a marker starts at the word before it, when that word is a
noun (the dictionary's where the language has one; a word of its ``stopwords`` never: "от имени
X" is "on behalf of X"), and a mention that ends at that word ("НИИ" | "им. X") takes the rest in.
The whole is an organisation, or a place where the head is one of the language's place words
(``loc_words``: "улица имени X", a street). Only languages with a dictionary that tells a noun
list markers: Polish "im." is also "to them" ("Pomogliśmy im. Jan …").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

import regex

from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention
from storyline.names.parts import data_words

Rebase = Callable[[str, str], str]  # (surface, type) → base form


@cache
def _before(lang: str) -> regex.Pattern[str] | None:
    """A head word and a marker, ending where the mention starts."""
    markers = data_words(lang, "named_after_markers")
    if not markers:
        return None
    alternatives = "|".join(regex.escape(m) for m in sorted(markers, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])([\p{{L}}\p{{M}}]+)[ \t]+(?:{alternatives})[ \t]*$")


LOOK_BACK = 40  # characters before a mention where the head and the marker stand


def named_after(text: str, mentions: list[Mention], lang: str | None, rebase: Rebase) -> list[Mention]:
    """``mentions`` (sorted) with a body's name named after a person made whole (the module's doc)."""
    pattern = _before(lang) if lang else None
    if pattern is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        found = pattern.search(text, max(0, m.start - LOOK_BACK), m.start)
        if found is None or m.type not in ("PER", "ORG"):
            out.append(m)
            continue
        head = found.group(1)
        start = found.start(1)
        prev = out[-1] if out else None
        if prev is not None and prev.end == found.end(1) and prev.type != "PER":
            start = prev.start  # "НИИ" | "им. X": the tagger's name for the body, then its patron
            out.pop()
        elif prev is not None and prev.end > start:
            out.append(m)  # the head belongs to another name
            continue
        elif not _head_noun(head, lang or ""):
            out.append(m)
            continue
        surface = text[start : m.end]
        etype = "LOC" if head.casefold() in lexicon(lang).loc_words else "ORG"
        out.append(replace(m, start=start, text=surface, type=etype, base=rebase(surface, etype)))
    return out


def _head_noun(word: str, lang: str) -> bool:
    """A noun that can head a body's name: never a function word ("от имени X": on behalf of X);
    the dictionary's noun where the language has one."""
    if word.casefold() in lexicon(lang).stopwords or len(word) < 3:
        return False
    morph = _analyzer(lang)
    if morph is None:
        return True
    return any(p.tag.POS == "NOUN" for p in morph.parse(word.lower()))


@cache
def _analyzer(lang: str):  # noqa: ANN202 - pymorphy's analyzer
    from storyline.ner import morphology

    m = morphology.for_lang(lang)
    return m.analyzer if m else None
